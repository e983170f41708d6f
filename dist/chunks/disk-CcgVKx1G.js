import { readFileSync, realpathSync, statSync, readdirSync, existsSync } from 'node:fs';
import { isAbsolute, resolve, join, sep, relative } from 'node:path';
import require$$0 from 'process';
import require$$0$1 from 'buffer';
import { a as allRules, e as engineRules, g as getDefaultExportFromCjs, p as picomatch, o as object, l as literal, s as string$1, d as array } from './index-CL11jZyO.js';
import { P as PlanguardError, e as errorMessage, f as formatLocation } from './version-BalW4RBN.js';
import { d as defaultConfig, c as configSchema, D as DEFAULT_FIELD_ALIASES } from './schema-ByAc-_wP.js';
import { execFile } from 'node:child_process';
import { isUtf8 } from 'node:buffer';

var dist = {};

var composer = {};

var directives = {};

var identity = {};

var hasRequiredIdentity;

function requireIdentity () {
	if (hasRequiredIdentity) return identity;
	hasRequiredIdentity = 1;

	const ALIAS = Symbol.for('yaml.alias');
	const DOC = Symbol.for('yaml.document');
	const MAP = Symbol.for('yaml.map');
	const PAIR = Symbol.for('yaml.pair');
	const SCALAR = Symbol.for('yaml.scalar');
	const SEQ = Symbol.for('yaml.seq');
	const NODE_TYPE = Symbol.for('yaml.node.type');
	const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case MAP:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	function isNode(node) {
	    if (node && typeof node === 'object')
	        switch (node[NODE_TYPE]) {
	            case ALIAS:
	            case MAP:
	            case SCALAR:
	            case SEQ:
	                return true;
	        }
	    return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

	identity.ALIAS = ALIAS;
	identity.DOC = DOC;
	identity.MAP = MAP;
	identity.NODE_TYPE = NODE_TYPE;
	identity.PAIR = PAIR;
	identity.SCALAR = SCALAR;
	identity.SEQ = SEQ;
	identity.hasAnchor = hasAnchor;
	identity.isAlias = isAlias;
	identity.isCollection = isCollection;
	identity.isDocument = isDocument;
	identity.isMap = isMap;
	identity.isNode = isNode;
	identity.isPair = isPair;
	identity.isScalar = isScalar;
	identity.isSeq = isSeq;
	return identity;
}

var visit = {};

var hasRequiredVisit;

function requireVisit () {
	if (hasRequiredVisit) return visit;
	hasRequiredVisit = 1;

	var identity = requireIdentity();

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove node');
	/**
	 * Apply a visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	function visit$1(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        visit_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit$1.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit$1.SKIP = SKIP;
	/** Remove the current node */
	visit$1.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
	    const ctrl = callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visit_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = visit_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = visit_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = visit_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	/**
	 * Apply an async visitor to an AST node or document.
	 *
	 * Walks through the tree (depth-first) starting from `node`, calling a
	 * `visitor` function with three arguments:
	 *   - `key`: For sequence values and map `Pair`, the node's index in the
	 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	 *     `null` for the root node.
	 *   - `node`: The current node.
	 *   - `path`: The ancestry of the current node.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `Promise`: Must resolve to one of the following values
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
	 *     sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
	 *   - `Node`: Replace the current node, then continue by visiting it
	 *   - `number`: While iterating the items of a sequence or map, set the index
	 *     of the next step. This is useful especially if the index of the current
	 *     node has changed.
	 *
	 * If `visitor` is a single function, it will be called with all values
	 * encountered in the tree, including e.g. `null` values. Alternatively,
	 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	 * `Alias` and `Scalar` node. To define the same visitor function for more than
	 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	 * specific defined one will be used for each node.
	 */
	async function visitAsync(node, visitor) {
	    const visitor_ = initVisitor(visitor);
	    if (identity.isDocument(node)) {
	        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
	        if (cd === REMOVE)
	            node.contents = null;
	    }
	    else
	        await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
	    const ctrl = await callVisitor(key, node, visitor, path);
	    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
	        replaceNode(key, path, ctrl);
	        return visitAsync_(key, ctrl, visitor, path);
	    }
	    if (typeof ctrl !== 'symbol') {
	        if (identity.isCollection(node)) {
	            path = Object.freeze(path.concat(node));
	            for (let i = 0; i < node.items.length; ++i) {
	                const ci = await visitAsync_(i, node.items[i], visitor, path);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    node.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	        }
	        else if (identity.isPair(node)) {
	            path = Object.freeze(path.concat(node));
	            const ck = await visitAsync_('key', node.key, visitor, path);
	            if (ck === BREAK)
	                return BREAK;
	            else if (ck === REMOVE)
	                node.key = null;
	            const cv = await visitAsync_('value', node.value, visitor, path);
	            if (cv === BREAK)
	                return BREAK;
	            else if (cv === REMOVE)
	                node.value = null;
	        }
	    }
	    return ctrl;
	}
	function initVisitor(visitor) {
	    if (typeof visitor === 'object' &&
	        (visitor.Collection || visitor.Node || visitor.Value)) {
	        return Object.assign({
	            Alias: visitor.Node,
	            Map: visitor.Node,
	            Scalar: visitor.Node,
	            Seq: visitor.Node
	        }, visitor.Value && {
	            Map: visitor.Value,
	            Scalar: visitor.Value,
	            Seq: visitor.Value
	        }, visitor.Collection && {
	            Map: visitor.Collection,
	            Seq: visitor.Collection
	        }, visitor);
	    }
	    return visitor;
	}
	function callVisitor(key, node, visitor, path) {
	    if (typeof visitor === 'function')
	        return visitor(key, node, path);
	    if (identity.isMap(node))
	        return visitor.Map?.(key, node, path);
	    if (identity.isSeq(node))
	        return visitor.Seq?.(key, node, path);
	    if (identity.isPair(node))
	        return visitor.Pair?.(key, node, path);
	    if (identity.isScalar(node))
	        return visitor.Scalar?.(key, node, path);
	    if (identity.isAlias(node))
	        return visitor.Alias?.(key, node, path);
	    return undefined;
	}
	function replaceNode(key, path, node) {
	    const parent = path[path.length - 1];
	    if (identity.isCollection(parent)) {
	        parent.items[key] = node;
	    }
	    else if (identity.isPair(parent)) {
	        if (key === 'key')
	            parent.key = node;
	        else
	            parent.value = node;
	    }
	    else if (identity.isDocument(parent)) {
	        parent.contents = node;
	    }
	    else {
	        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
	        throw new Error(`Cannot replace node with ${pt} parent`);
	    }
	}

	visit.visit = visit$1;
	visit.visitAsync = visitAsync;
	return visit;
}

var hasRequiredDirectives;

function requireDirectives () {
	if (hasRequiredDirectives) return directives;
	hasRequiredDirectives = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	const escapeChars = {
	    '!': '%21',
	    ',': '%2C',
	    '[': '%5B',
	    ']': '%5D',
	    '{': '%7B',
	    '}': '%7D'
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
	class Directives {
	    constructor(yaml, tags) {
	        /**
	         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
	         * included in the document's stringified representation.
	         */
	        this.docStart = null;
	        /** The doc-end marker `...`.  */
	        this.docEnd = false;
	        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
	        this.tags = Object.assign({}, Directives.defaultTags, tags);
	    }
	    clone() {
	        const copy = new Directives(this.yaml, this.tags);
	        copy.docStart = this.docStart;
	        return copy;
	    }
	    /**
	     * During parsing, get a Directives instance for the current document and
	     * update the stream state according to the current version's spec.
	     */
	    atDocument() {
	        const res = new Directives(this.yaml, this.tags);
	        switch (this.yaml.version) {
	            case '1.1':
	                this.atNextDocument = true;
	                break;
	            case '1.2':
	                this.atNextDocument = false;
	                this.yaml = {
	                    explicit: Directives.defaultYaml.explicit,
	                    version: '1.2'
	                };
	                this.tags = Object.assign({}, Directives.defaultTags);
	                break;
	        }
	        return res;
	    }
	    /**
	     * @param onError - May be called even if the action was successful
	     * @returns `true` on success
	     */
	    add(line, onError) {
	        if (this.atNextDocument) {
	            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
	            this.tags = Object.assign({}, Directives.defaultTags);
	            this.atNextDocument = false;
	        }
	        const parts = line.trim().split(/[ \t]+/);
	        const name = parts.shift();
	        switch (name) {
	            case '%TAG': {
	                if (parts.length !== 2) {
	                    onError(0, '%TAG directive should contain exactly two parts');
	                    if (parts.length < 2)
	                        return false;
	                }
	                const [handle, prefix] = parts;
	                this.tags[handle] = prefix;
	                return true;
	            }
	            case '%YAML': {
	                this.yaml.explicit = true;
	                if (parts.length !== 1) {
	                    onError(0, '%YAML directive should contain exactly one part');
	                    return false;
	                }
	                const [version] = parts;
	                if (version === '1.1' || version === '1.2') {
	                    this.yaml.version = version;
	                    return true;
	                }
	                else {
	                    const isValid = /^\d+\.\d+$/.test(version);
	                    onError(6, `Unsupported YAML version ${version}`, isValid);
	                    return false;
	                }
	            }
	            default:
	                onError(0, `Unknown directive ${name}`, true);
	                return false;
	        }
	    }
	    /**
	     * Resolves a tag, matching handles to those defined in %TAG directives.
	     *
	     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
	     *   `'!local'` tag, or `null` if unresolvable.
	     */
	    tagName(source, onError) {
	        if (source === '!')
	            return '!'; // non-specific tag
	        if (source[0] !== '!') {
	            onError(`Not a valid tag: ${source}`);
	            return null;
	        }
	        if (source[1] === '<') {
	            const verbatim = source.slice(2, -1);
	            if (verbatim === '!' || verbatim === '!!') {
	                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
	                return null;
	            }
	            if (source[source.length - 1] !== '>')
	                onError('Verbatim tags must end with a >');
	            return verbatim;
	        }
	        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
	        if (!suffix)
	            onError(`The ${source} tag has no suffix`);
	        const prefix = this.tags[handle];
	        if (prefix) {
	            try {
	                return prefix + decodeURIComponent(suffix);
	            }
	            catch (error) {
	                onError(String(error));
	                return null;
	            }
	        }
	        if (handle === '!')
	            return source; // local tag
	        onError(`Could not resolve tag: ${source}`);
	        return null;
	    }
	    /**
	     * Given a fully resolved tag, returns its printable string form,
	     * taking into account current tag prefixes and defaults.
	     */
	    tagString(tag) {
	        for (const [handle, prefix] of Object.entries(this.tags)) {
	            if (tag.startsWith(prefix))
	                return handle + escapeTagName(tag.substring(prefix.length));
	        }
	        return tag[0] === '!' ? tag : `!<${tag}>`;
	    }
	    toString(doc) {
	        const lines = this.yaml.explicit
	            ? [`%YAML ${this.yaml.version || '1.2'}`]
	            : [];
	        const tagEntries = Object.entries(this.tags);
	        let tagNames;
	        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
	            const tags = {};
	            visit.visit(doc.contents, (_key, node) => {
	                if (identity.isNode(node) && node.tag)
	                    tags[node.tag] = true;
	            });
	            tagNames = Object.keys(tags);
	        }
	        else
	            tagNames = [];
	        for (const [handle, prefix] of tagEntries) {
	            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
	                continue;
	            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
	                lines.push(`%TAG ${handle} ${prefix}`);
	        }
	        return lines.join('\n');
	    }
	}
	Directives.defaultYaml = { explicit: false, version: '1.2' };
	Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

	directives.Directives = Directives;
	return directives;
}

var Document = {};

var Alias = {};

var anchors = {};

var hasRequiredAnchors;

function requireAnchors () {
	if (hasRequiredAnchors) return anchors;
	hasRequiredAnchors = 1;

	var identity = requireIdentity();
	var visit = requireVisit();

	/**
	 * Verify that the input string is a valid anchor.
	 *
	 * Will throw on errors.
	 */
	function anchorIsValid(anchor) {
	    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
	        const sa = JSON.stringify(anchor);
	        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
	        throw new Error(msg);
	    }
	    return true;
	}
	function anchorNames(root) {
	    const anchors = new Set();
	    visit.visit(root, {
	        Value(_key, node) {
	            if (node.anchor)
	                anchors.add(node.anchor);
	        }
	    });
	    return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
	    for (let i = 1; true; ++i) {
	        const name = `${prefix}${i}`;
	        if (!exclude.has(name))
	            return name;
	    }
	}
	function createNodeAnchors(doc, prefix) {
	    const aliasObjects = [];
	    const sourceObjects = new Map();
	    let prevAnchors = null;
	    return {
	        onAnchor: (source) => {
	            aliasObjects.push(source);
	            prevAnchors ?? (prevAnchors = anchorNames(doc));
	            const anchor = findNewAnchor(prefix, prevAnchors);
	            prevAnchors.add(anchor);
	            return anchor;
	        },
	        /**
	         * With circular references, the source node is only resolved after all
	         * of its child nodes are. This is why anchors are set only after all of
	         * the nodes have been created.
	         */
	        setAnchors: () => {
	            for (const source of aliasObjects) {
	                const ref = sourceObjects.get(source);
	                if (typeof ref === 'object' &&
	                    ref.anchor &&
	                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
	                    ref.node.anchor = ref.anchor;
	                }
	                else {
	                    const error = new Error('Failed to resolve repeated object (this should not happen)');
	                    error.source = source;
	                    throw error;
	                }
	            }
	        },
	        sourceObjects
	    };
	}

	anchors.anchorIsValid = anchorIsValid;
	anchors.anchorNames = anchorNames;
	anchors.createNodeAnchors = createNodeAnchors;
	anchors.findNewAnchor = findNewAnchor;
	return anchors;
}

var Node = {};

var applyReviver = {};

var hasRequiredApplyReviver;

function requireApplyReviver () {
	if (hasRequiredApplyReviver) return applyReviver;
	hasRequiredApplyReviver = 1;

	/**
	 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	 *
	 * Includes extensions for handling Map and Set objects.
	 */
	function applyReviver$1(reviver, obj, key, val) {
	    if (val && typeof val === 'object') {
	        if (Array.isArray(val)) {
	            for (let i = 0, len = val.length; i < len; ++i) {
	                const v0 = val[i];
	                const v1 = applyReviver$1(reviver, val, String(i), v0);
	                // eslint-disable-next-line @typescript-eslint/no-array-delete
	                if (v1 === undefined)
	                    delete val[i];
	                else if (v1 !== v0)
	                    val[i] = v1;
	            }
	        }
	        else if (val instanceof Map) {
	            for (const k of Array.from(val.keys())) {
	                const v0 = val.get(k);
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    val.delete(k);
	                else if (v1 !== v0)
	                    val.set(k, v1);
	            }
	        }
	        else if (val instanceof Set) {
	            for (const v0 of Array.from(val)) {
	                const v1 = applyReviver$1(reviver, val, v0, v0);
	                if (v1 === undefined)
	                    val.delete(v0);
	                else if (v1 !== v0) {
	                    val.delete(v0);
	                    val.add(v1);
	                }
	            }
	        }
	        else {
	            for (const [k, v0] of Object.entries(val)) {
	                const v1 = applyReviver$1(reviver, val, k, v0);
	                if (v1 === undefined)
	                    delete val[k];
	                else if (v1 !== v0)
	                    val[k] = v1;
	            }
	        }
	    }
	    return reviver.call(obj, key, val);
	}

	applyReviver.applyReviver = applyReviver$1;
	return applyReviver;
}

var toJS = {};

var hasRequiredToJS;

function requireToJS () {
	if (hasRequiredToJS) return toJS;
	hasRequiredToJS = 1;

	var identity = requireIdentity();

	/**
	 * Recursively convert any node or its contents to native JavaScript
	 *
	 * @param value - The input value
	 * @param arg - If `value` defines a `toJSON()` method, use this
	 *   as its first argument
	 * @param ctx - Conversion context, originally set in Document#toJS(). If
	 *   `{ keep: true }` is not set, output should be suitable for JSON
	 *   stringification.
	 */
	function toJS$1(value, arg, ctx) {
	    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
	    if (Array.isArray(value))
	        return value.map((v, i) => toJS$1(v, String(i), ctx));
	    if (value && typeof value.toJSON === 'function') {
	        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	        if (!ctx || !identity.hasAnchor(value))
	            return value.toJSON(arg, ctx);
	        const data = { aliasCount: 0, count: 1, res: undefined };
	        ctx.anchors.set(value, data);
	        ctx.onCreate = res => {
	            data.res = res;
	            delete ctx.onCreate;
	        };
	        const res = value.toJSON(arg, ctx);
	        if (ctx.onCreate)
	            ctx.onCreate(res);
	        return res;
	    }
	    if (typeof value === 'bigint' && !ctx?.keep)
	        return Number(value);
	    return value;
	}

	toJS.toJS = toJS$1;
	return toJS;
}

var hasRequiredNode;

function requireNode () {
	if (hasRequiredNode) return Node;
	hasRequiredNode = 1;

	var applyReviver = requireApplyReviver();
	var identity = requireIdentity();
	var toJS = requireToJS();

	class NodeBase {
	    constructor(type) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
	    }
	    /** Create a copy of this node.  */
	    clone() {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** A plain JavaScript representation of this node. */
	    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        if (!identity.isDocument(doc))
	            throw new TypeError('A document argument is required');
	        const ctx = {
	            anchors: new Map(),
	            doc,
	            keep: true,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this, '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	}

	Node.NodeBase = NodeBase;
	return Node;
}

var hasRequiredAlias;

function requireAlias () {
	if (hasRequiredAlias) return Alias;
	hasRequiredAlias = 1;

	var anchors = requireAnchors();
	var visit = requireVisit();
	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	let Alias$1 = class Alias extends Node.NodeBase {
	    constructor(source) {
	        super(identity.ALIAS);
	        this.source = source;
	        Object.defineProperty(this, 'tag', {
	            set() {
	                throw new Error('Alias nodes cannot have tags');
	            }
	        });
	    }
	    /**
	     * Resolve the value of this alias within `doc`, finding the last
	     * instance of the `source` anchor before this node.
	     */
	    resolve(doc, ctx) {
	        if (ctx?.maxAliasCount === 0)
	            throw new ReferenceError('Alias resolution is disabled');
	        let nodes;
	        if (ctx?.aliasResolveCache) {
	            nodes = ctx.aliasResolveCache;
	        }
	        else {
	            nodes = [];
	            visit.visit(doc, {
	                Node: (_key, node) => {
	                    if (identity.isAlias(node) || identity.hasAnchor(node))
	                        nodes.push(node);
	                }
	            });
	            if (ctx)
	                ctx.aliasResolveCache = nodes;
	        }
	        let found = undefined;
	        for (const node of nodes) {
	            if (node === this)
	                break;
	            if (node.anchor === this.source)
	                found = node;
	        }
	        if (found && ctx) {
	            const { anchors, doc, maxAliasCount } = ctx;
	            let data = anchors.get(found);
	            if (!data) {
	                // Resolve anchors for Node.prototype.toJS()
	                toJS.toJS(found, null, ctx);
	                data = anchors.get(found);
	            }
	            /* istanbul ignore if */
	            if (data?.res === undefined) {
	                const msg = 'This should not happen: Alias anchor was not resolved?';
	                throw new ReferenceError(msg);
	            }
	            if (maxAliasCount >= 0) {
	                data.count += 1;
	                if (data.aliasCount === 0)
	                    data.aliasCount = getAliasCount(doc, found, anchors);
	                if (data.count * data.aliasCount > maxAliasCount) {
	                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
	                    throw new ReferenceError(msg);
	                }
	            }
	        }
	        return found;
	    }
	    toJSON(_arg, ctx) {
	        if (!ctx)
	            return { source: this.source };
	        const source = this.resolve(ctx.doc, ctx);
	        if (!source) {
	            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	            throw new ReferenceError(msg);
	        }
	        return ctx.anchors.get(source).res;
	    }
	    toString(ctx, _onComment, _onChompKeep) {
	        const src = `*${this.source}`;
	        if (ctx) {
	            anchors.anchorIsValid(this.source);
	            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
	                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
	                throw new Error(msg);
	            }
	            if (ctx.implicitKey)
	                return `${src} `;
	        }
	        return src;
	    }
	};
	function getAliasCount(doc, node, anchors) {
	    if (identity.isAlias(node)) {
	        const source = node.resolve(doc);
	        const anchor = anchors && source && anchors.get(source);
	        return anchor ? anchor.count * anchor.aliasCount : 0;
	    }
	    else if (identity.isCollection(node)) {
	        let count = 0;
	        for (const item of node.items) {
	            const c = getAliasCount(doc, item, anchors);
	            if (c > count)
	                count = c;
	        }
	        return count;
	    }
	    else if (identity.isPair(node)) {
	        const kc = getAliasCount(doc, node.key, anchors);
	        const vc = getAliasCount(doc, node.value, anchors);
	        return Math.max(kc, vc);
	    }
	    return 1;
	}

	Alias.Alias = Alias$1;
	return Alias;
}

var Collection = {};

var createNode = {};

var Scalar = {};

var hasRequiredScalar;

function requireScalar () {
	if (hasRequiredScalar) return Scalar;
	hasRequiredScalar = 1;

	var identity = requireIdentity();
	var Node = requireNode();
	var toJS = requireToJS();

	const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
	let Scalar$1 = class Scalar extends Node.NodeBase {
	    constructor(value) {
	        super(identity.SCALAR);
	        this.value = value;
	    }
	    toJSON(arg, ctx) {
	        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
	    }
	    toString() {
	        return String(this.value);
	    }
	};
	Scalar$1.BLOCK_FOLDED = 'BLOCK_FOLDED';
	Scalar$1.BLOCK_LITERAL = 'BLOCK_LITERAL';
	Scalar$1.PLAIN = 'PLAIN';
	Scalar$1.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
	Scalar$1.QUOTE_SINGLE = 'QUOTE_SINGLE';

	Scalar.Scalar = Scalar$1;
	Scalar.isScalarValue = isScalarValue;
	return Scalar;
}

var hasRequiredCreateNode;

function requireCreateNode () {
	if (hasRequiredCreateNode) return createNode;
	hasRequiredCreateNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var Scalar = requireScalar();

	const defaultTagPrefix = 'tag:yaml.org,2002:';
	function findTagObject(value, tagName, tags) {
	    if (tagName) {
	        const match = tags.filter(t => t.tag === tagName);
	        const tagObj = match.find(t => !t.format) ?? match[0];
	        if (!tagObj)
	            throw new Error(`Tag ${tagName} not found`);
	        return tagObj;
	    }
	    return tags.find(t => t.identify?.(value) && !t.format);
	}
	function createNode$1(value, tagName, ctx) {
	    if (identity.isDocument(value))
	        value = value.contents;
	    if (identity.isNode(value))
	        return value;
	    if (identity.isPair(value)) {
	        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
	        map.items.push(value);
	        return map;
	    }
	    if (value instanceof String ||
	        value instanceof Number ||
	        value instanceof Boolean ||
	        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
	    ) {
	        // https://tc39.es/ecma262/#sec-serializejsonproperty
	        value = value.valueOf();
	    }
	    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
	    // Detect duplicate references to the same object & use Alias nodes for all
	    // after first. The `ref` wrapper allows for circular references to resolve.
	    let ref = undefined;
	    if (aliasDuplicateObjects && value && typeof value === 'object') {
	        ref = sourceObjects.get(value);
	        if (ref) {
	            ref.anchor ?? (ref.anchor = onAnchor(value));
	            return new Alias.Alias(ref.anchor);
	        }
	        else {
	            ref = { anchor: null, node: null };
	            sourceObjects.set(value, ref);
	        }
	    }
	    if (tagName?.startsWith('!!'))
	        tagName = defaultTagPrefix + tagName.slice(2);
	    let tagObj = findTagObject(value, tagName, schema.tags);
	    if (!tagObj) {
	        if (value && typeof value.toJSON === 'function') {
	            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
	            value = value.toJSON();
	        }
	        if (!value || typeof value !== 'object') {
	            const node = new Scalar.Scalar(value);
	            if (ref)
	                ref.node = node;
	            return node;
	        }
	        tagObj =
	            value instanceof Map
	                ? schema[identity.MAP]
	                : Symbol.iterator in Object(value)
	                    ? schema[identity.SEQ]
	                    : schema[identity.MAP];
	    }
	    if (onTagObj) {
	        onTagObj(tagObj);
	        delete ctx.onTagObj;
	    }
	    const node = tagObj?.createNode
	        ? tagObj.createNode(ctx.schema, value, ctx)
	        : typeof tagObj?.nodeClass?.from === 'function'
	            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
	            : new Scalar.Scalar(value);
	    if (tagName)
	        node.tag = tagName;
	    else if (!tagObj.default)
	        node.tag = tagObj.tag;
	    if (ref)
	        ref.node = node;
	    return node;
	}

	createNode.createNode = createNode$1;
	return createNode;
}

var hasRequiredCollection;

function requireCollection () {
	if (hasRequiredCollection) return Collection;
	hasRequiredCollection = 1;

	var createNode = requireCreateNode();
	var identity = requireIdentity();
	var Node = requireNode();

	function collectionFromPath(schema, path, value) {
	    let v = value;
	    for (let i = path.length - 1; i >= 0; --i) {
	        const k = path[i];
	        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
	            const a = [];
	            a[k] = v;
	            v = a;
	        }
	        else {
	            v = new Map([[k, v]]);
	        }
	    }
	    return createNode.createNode(v, undefined, {
	        aliasDuplicateObjects: false,
	        keepUndefined: false,
	        onAnchor: () => {
	            throw new Error('This should not happen, please report a bug.');
	        },
	        schema,
	        sourceObjects: new Map()
	    });
	}
	// Type guard is intentionally a little wrong so as to be more useful,
	// as it does not cover untypable empty non-string iterables (e.g. []).
	const isEmptyPath = (path) => path == null ||
	    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
	let Collection$1 = class Collection extends Node.NodeBase {
	    constructor(type, schema) {
	        super(type);
	        Object.defineProperty(this, 'schema', {
	            value: schema,
	            configurable: true,
	            enumerable: false,
	            writable: true
	        });
	    }
	    /**
	     * Create a copy of this collection.
	     *
	     * @param schema - If defined, overwrites the original's schema
	     */
	    clone(schema) {
	        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
	        if (schema)
	            copy.schema = schema;
	        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /**
	     * Adds a value to the collection. For `!!map` and `!!omap` the value must
	     * be a Pair instance or a `{ key, value }` object, which may not have a key
	     * that already exists in the map.
	     */
	    addIn(path, value) {
	        if (isEmptyPath(path))
	            this.add(value);
	        else {
	            const [key, ...rest] = path;
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.addIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	    /**
	     * Removes a value from the collection.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.delete(key);
	        const node = this.get(key, true);
	        if (identity.isCollection(node))
	            return node.deleteIn(rest);
	        else
	            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        const [key, ...rest] = path;
	        const node = this.get(key, true);
	        if (rest.length === 0)
	            return !keepScalar && identity.isScalar(node) ? node.value : node;
	        else
	            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
	    }
	    hasAllNullValues(allowScalar) {
	        return this.items.every(node => {
	            if (!identity.isPair(node))
	                return false;
	            const n = node.value;
	            return (n == null ||
	                (allowScalar &&
	                    identity.isScalar(n) &&
	                    n.value == null &&
	                    !n.commentBefore &&
	                    !n.comment &&
	                    !n.tag));
	        });
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     */
	    hasIn(path) {
	        const [key, ...rest] = path;
	        if (rest.length === 0)
	            return this.has(key);
	        const node = this.get(key, true);
	        return identity.isCollection(node) ? node.hasIn(rest) : false;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        const [key, ...rest] = path;
	        if (rest.length === 0) {
	            this.set(key, value);
	        }
	        else {
	            const node = this.get(key, true);
	            if (identity.isCollection(node))
	                node.setIn(rest, value);
	            else if (node === undefined && this.schema)
	                this.set(key, collectionFromPath(this.schema, rest, value));
	            else
	                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
	        }
	    }
	};

	Collection.Collection = Collection$1;
	Collection.collectionFromPath = collectionFromPath;
	Collection.isEmptyPath = isEmptyPath;
	return Collection;
}

var Pair = {};

var stringifyPair = {};

var stringify = {};

var stringifyComment = {};

var hasRequiredStringifyComment;

function requireStringifyComment () {
	if (hasRequiredStringifyComment) return stringifyComment;
	hasRequiredStringifyComment = 1;

	/**
	 * Stringifies a comment.
	 *
	 * Empty comment lines are left empty,
	 * lines consisting of a single space are replaced by `#`,
	 * and all other lines are prefixed with a `#`.
	 */
	const stringifyComment$1 = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
	function indentComment(comment, indent) {
	    if (/^\n+$/.test(comment))
	        return comment.substring(1);
	    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith('\n')
	    ? indentComment(comment, indent)
	    : comment.includes('\n')
	        ? '\n' + indentComment(comment, indent)
	        : (str.endsWith(' ') ? '' : ' ') + comment;

	stringifyComment.indentComment = indentComment;
	stringifyComment.lineComment = lineComment;
	stringifyComment.stringifyComment = stringifyComment$1;
	return stringifyComment;
}

var stringifyString = {};

var foldFlowLines = {};

var hasRequiredFoldFlowLines;

function requireFoldFlowLines () {
	if (hasRequiredFoldFlowLines) return foldFlowLines;
	hasRequiredFoldFlowLines = 1;

	const FOLD_FLOW = 'flow';
	const FOLD_BLOCK = 'block';
	const FOLD_QUOTED = 'quoted';
	/**
	 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	 * terminated with `\n` and started with `indent`.
	 */
	function foldFlowLines$1(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
	    if (!lineWidth || lineWidth < 0)
	        return text;
	    if (lineWidth < minContentWidth)
	        minContentWidth = 0;
	    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
	    if (text.length <= endStep)
	        return text;
	    const folds = [];
	    const escapedFolds = {};
	    let end = lineWidth - indent.length;
	    if (typeof indentAtStart === 'number') {
	        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
	            folds.push(0);
	        else
	            end = lineWidth - indentAtStart;
	    }
	    let split = undefined;
	    let prev = undefined;
	    let overflow = false;
	    let i = -1;
	    let escStart = -1;
	    let escEnd = -1;
	    if (mode === FOLD_BLOCK) {
	        i = consumeMoreIndentedLines(text, i, indent.length);
	        if (i !== -1)
	            end = i + endStep;
	    }
	    for (let ch; (ch = text[(i += 1)]);) {
	        if (mode === FOLD_QUOTED && ch === '\\') {
	            escStart = i;
	            switch (text[i + 1]) {
	                case 'x':
	                    i += 3;
	                    break;
	                case 'u':
	                    i += 5;
	                    break;
	                case 'U':
	                    i += 9;
	                    break;
	                default:
	                    i += 1;
	            }
	            escEnd = i;
	        }
	        if (ch === '\n') {
	            if (mode === FOLD_BLOCK)
	                i = consumeMoreIndentedLines(text, i, indent.length);
	            end = i + indent.length + endStep;
	            split = undefined;
	        }
	        else {
	            if (ch === ' ' &&
	                prev &&
	                prev !== ' ' &&
	                prev !== '\n' &&
	                prev !== '\t') {
	                // space surrounded by non-space can be replaced with newline + indent
	                const next = text[i + 1];
	                if (next && next !== ' ' && next !== '\n' && next !== '\t')
	                    split = i;
	            }
	            if (i >= end) {
	                if (split) {
	                    folds.push(split);
	                    end = split + endStep;
	                    split = undefined;
	                }
	                else if (mode === FOLD_QUOTED) {
	                    // white-space collected at end may stretch past lineWidth
	                    while (prev === ' ' || prev === '\t') {
	                        prev = ch;
	                        ch = text[(i += 1)];
	                        overflow = true;
	                    }
	                    // Account for newline escape, but don't break preceding escape
	                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
	                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
	                    if (escapedFolds[j])
	                        return text;
	                    folds.push(j);
	                    escapedFolds[j] = true;
	                    end = j + endStep;
	                    split = undefined;
	                }
	                else {
	                    overflow = true;
	                }
	            }
	        }
	        prev = ch;
	    }
	    if (overflow && onOverflow)
	        onOverflow();
	    if (folds.length === 0)
	        return text;
	    if (onFold)
	        onFold();
	    let res = text.slice(0, folds[0]);
	    for (let i = 0; i < folds.length; ++i) {
	        const fold = folds[i];
	        const end = folds[i + 1] || text.length;
	        if (fold === 0)
	            res = `\n${indent}${text.slice(0, end)}`;
	        else {
	            if (mode === FOLD_QUOTED && escapedFolds[fold])
	                res += `${text[fold]}\\`;
	            res += `\n${indent}${text.slice(fold + 1, end)}`;
	        }
	    }
	    return res;
	}
	/**
	 * Presumes `i + 1` is at the start of a line
	 * @returns index of last newline in more-indented block
	 */
	function consumeMoreIndentedLines(text, i, indent) {
	    let end = i;
	    let start = i + 1;
	    let ch = text[start];
	    while (ch === ' ' || ch === '\t') {
	        if (i < start + indent) {
	            ch = text[++i];
	        }
	        else {
	            do {
	                ch = text[++i];
	            } while (ch && ch !== '\n');
	            end = i;
	            start = i + 1;
	            ch = text[start];
	        }
	    }
	    return end;
	}

	foldFlowLines.FOLD_BLOCK = FOLD_BLOCK;
	foldFlowLines.FOLD_FLOW = FOLD_FLOW;
	foldFlowLines.FOLD_QUOTED = FOLD_QUOTED;
	foldFlowLines.foldFlowLines = foldFlowLines$1;
	return foldFlowLines;
}

var hasRequiredStringifyString;

function requireStringifyString () {
	if (hasRequiredStringifyString) return stringifyString;
	hasRequiredStringifyString = 1;

	var Scalar = requireScalar();
	var foldFlowLines = requireFoldFlowLines();

	const getFoldOptions = (ctx, isBlock) => ({
	    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
	    lineWidth: ctx.options.lineWidth,
	    minContentWidth: ctx.options.minContentWidth
	});
	// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
	// presume that's starting a new document.
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
	    if (!lineWidth || lineWidth < 0)
	        return false;
	    const limit = lineWidth - indentLength;
	    const strLen = str.length;
	    if (strLen <= limit)
	        return false;
	    for (let i = 0, start = 0; i < strLen; ++i) {
	        if (str[i] === '\n') {
	            if (i - start > limit)
	                return true;
	            start = i + 1;
	            if (strLen - start <= limit)
	                return false;
	        }
	    }
	    return true;
	}
	function doubleQuotedString(value, ctx) {
	    const json = JSON.stringify(value);
	    if (ctx.options.doubleQuotedAsJSON)
	        return json;
	    const { implicitKey } = ctx;
	    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    let str = '';
	    let start = 0;
	    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
	        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
	            // space before newline needs to be escaped to not be folded
	            str += json.slice(start, i) + '\\ ';
	            i += 1;
	            start = i;
	            ch = '\\';
	        }
	        if (ch === '\\')
	            switch (json[i + 1]) {
	                case 'u':
	                    {
	                        str += json.slice(start, i);
	                        const code = json.substr(i + 2, 4);
	                        switch (code) {
	                            case '0000':
	                                str += '\\0';
	                                break;
	                            case '0007':
	                                str += '\\a';
	                                break;
	                            case '000b':
	                                str += '\\v';
	                                break;
	                            case '001b':
	                                str += '\\e';
	                                break;
	                            case '0085':
	                                str += '\\N';
	                                break;
	                            case '00a0':
	                                str += '\\_';
	                                break;
	                            case '2028':
	                                str += '\\L';
	                                break;
	                            case '2029':
	                                str += '\\P';
	                                break;
	                            default:
	                                if (code.substr(0, 2) === '00')
	                                    str += '\\x' + code.substr(2);
	                                else
	                                    str += json.substr(i, 6);
	                        }
	                        i += 5;
	                        start = i + 1;
	                    }
	                    break;
	                case 'n':
	                    if (implicitKey ||
	                        json[i + 2] === '"' ||
	                        json.length < minMultiLineLength) {
	                        i += 1;
	                    }
	                    else {
	                        // folding will eat first newline
	                        str += json.slice(start, i) + '\n\n';
	                        while (json[i + 2] === '\\' &&
	                            json[i + 3] === 'n' &&
	                            json[i + 4] !== '"') {
	                            str += '\n';
	                            i += 2;
	                        }
	                        str += indent;
	                        // space after newline needs to be escaped to not be folded
	                        if (json[i + 2] === ' ')
	                            str += '\\';
	                        i += 1;
	                        start = i + 1;
	                    }
	                    break;
	                default:
	                    i += 1;
	            }
	    }
	    str = start ? str + json.slice(start) : json;
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
	    if (ctx.options.singleQuote === false ||
	        (ctx.implicitKey && value.includes('\n')) ||
	        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
	    )
	        return doubleQuotedString(value, ctx);
	    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
	    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
	    return ctx.implicitKey
	        ? res
	        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
	    const { singleQuote } = ctx.options;
	    let qs;
	    if (singleQuote === false)
	        qs = doubleQuotedString;
	    else {
	        const hasDouble = value.includes('"');
	        const hasSingle = value.includes("'");
	        if (hasDouble && !hasSingle)
	            qs = singleQuotedString;
	        else if (hasSingle && !hasDouble)
	            qs = doubleQuotedString;
	        else
	            qs = singleQuote ? singleQuotedString : doubleQuotedString;
	    }
	    return qs(value, ctx);
	}
	// The negative lookbehind avoids a polynomial search,
	// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
	let blockEndNewlines;
	try {
	    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
	}
	catch {
	    blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
	    const { blockQuote, commentString, lineWidth } = ctx.options;
	    // 1. Block can't end in whitespace unless the last line is non-empty.
	    // 2. Strings consisting of only whitespace are best rendered explicitly.
	    if (!blockQuote || /\n[\t ]+$/.test(value)) {
	        return quotedString(value, ctx);
	    }
	    const indent = ctx.indent ||
	        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
	    const literal = blockQuote === 'literal'
	        ? true
	        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
	            ? false
	            : type === Scalar.Scalar.BLOCK_LITERAL
	                ? true
	                : !lineLengthOverLimit(value, lineWidth, indent.length);
	    if (!value)
	        return literal ? '|\n' : '>\n';
	    // determine chomping from whitespace at value end
	    let chomp;
	    let endStart;
	    for (endStart = value.length; endStart > 0; --endStart) {
	        const ch = value[endStart - 1];
	        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
	            break;
	    }
	    let end = value.substring(endStart);
	    const endNlPos = end.indexOf('\n');
	    if (endNlPos === -1) {
	        chomp = '-'; // strip
	    }
	    else if (value === end || endNlPos !== end.length - 1) {
	        chomp = '+'; // keep
	        if (onChompKeep)
	            onChompKeep();
	    }
	    else {
	        chomp = ''; // clip
	    }
	    if (end) {
	        value = value.slice(0, -end.length);
	        if (end[end.length - 1] === '\n')
	            end = end.slice(0, -1);
	        end = end.replace(blockEndNewlines, `$&${indent}`);
	    }
	    // determine indent indicator from whitespace at value start
	    let startWithSpace = false;
	    let startEnd;
	    let startNlPos = -1;
	    for (startEnd = 0; startEnd < value.length; ++startEnd) {
	        const ch = value[startEnd];
	        if (ch === ' ')
	            startWithSpace = true;
	        else if (ch === '\n')
	            startNlPos = startEnd;
	        else
	            break;
	    }
	    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
	    if (start) {
	        value = value.substring(start.length);
	        start = start.replace(/\n+/g, `$&${indent}`);
	    }
	    const indentSize = indent ? '2' : '1'; // root is at -1
	    // Leading | or > is added later
	    let header = (startWithSpace ? indentSize : '') + chomp;
	    if (comment) {
	        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
	        if (onComment)
	            onComment();
	    }
	    if (!literal) {
	        const foldedValue = value
	            .replace(/\n+/g, '\n$&')
	            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
	            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
	            .replace(/\n+/g, `$&${indent}`);
	        let literalFallback = false;
	        const foldOptions = getFoldOptions(ctx, true);
	        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
	            foldOptions.onOverflow = () => {
	                literalFallback = true;
	            };
	        }
	        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
	        if (!literalFallback)
	            return `>${header}\n${indent}${body}`;
	    }
	    value = value.replace(/\n+/g, `$&${indent}`);
	    return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
	    const { type, value } = item;
	    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
	    if ((implicitKey && value.includes('\n')) ||
	        (inFlow && /[[\]{},]/.test(value))) {
	        return quotedString(value, ctx);
	    }
	    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
	        // not allowed:
	        // - '-' or '?'
	        // - start with an indicator character (except [?:-]) or /[?-] /
	        // - '\n ', ': ' or ' \n' anywhere
	        // - '#' not preceded by a non-space char
	        // - end with ' ' or ':'
	        return implicitKey || inFlow || !value.includes('\n')
	            ? quotedString(value, ctx)
	            : blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (!implicitKey &&
	        !inFlow &&
	        type !== Scalar.Scalar.PLAIN &&
	        value.includes('\n')) {
	        // Where allowed & type not set explicitly, prefer block style for multiline strings
	        return blockString(item, ctx, onComment, onChompKeep);
	    }
	    if (containsDocumentMarker(value)) {
	        if (indent === '') {
	            ctx.forceBlockIndent = true;
	            return blockString(item, ctx, onComment, onChompKeep);
	        }
	        else if (implicitKey && indent === indentStep) {
	            return quotedString(value, ctx);
	        }
	    }
	    const str = value.replace(/\n+/g, `$&\n${indent}`);
	    // Verify that output will be parsed as a string, as e.g. plain numbers and
	    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
	    // and others in v1.1.
	    if (actualString) {
	        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
	        const { compat, tags } = ctx.doc.schema;
	        if (tags.some(test) || compat?.some(test))
	            return quotedString(value, ctx);
	    }
	    return implicitKey
	        ? str
	        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString$1(item, ctx, onComment, onChompKeep) {
	    const { implicitKey, inFlow } = ctx;
	    const ss = typeof item.value === 'string'
	        ? item
	        : Object.assign({}, item, { value: String(item.value) });
	    let { type } = item;
	    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	        // force double quotes on control characters & unpaired surrogates
	        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
	            type = Scalar.Scalar.QUOTE_DOUBLE;
	    }
	    const _stringify = (_type) => {
	        switch (_type) {
	            case Scalar.Scalar.BLOCK_FOLDED:
	            case Scalar.Scalar.BLOCK_LITERAL:
	                return implicitKey || inFlow
	                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
	                    : blockString(ss, ctx, onComment, onChompKeep);
	            case Scalar.Scalar.QUOTE_DOUBLE:
	                return doubleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.QUOTE_SINGLE:
	                return singleQuotedString(ss.value, ctx);
	            case Scalar.Scalar.PLAIN:
	                return plainString(ss, ctx, onComment, onChompKeep);
	            default:
	                return null;
	        }
	    };
	    let res = _stringify(type);
	    if (res === null) {
	        const { defaultKeyType, defaultStringType } = ctx.options;
	        const t = (implicitKey && defaultKeyType) || defaultStringType;
	        res = _stringify(t);
	        if (res === null)
	            throw new Error(`Unsupported default string type ${t}`);
	    }
	    return res;
	}

	stringifyString.stringifyString = stringifyString$1;
	return stringifyString;
}

var hasRequiredStringify;

function requireStringify () {
	if (hasRequiredStringify) return stringify;
	hasRequiredStringify = 1;

	var anchors = requireAnchors();
	var identity = requireIdentity();
	var stringifyComment = requireStringifyComment();
	var stringifyString = requireStringifyString();

	function createStringifyContext(doc, options) {
	    const opt = Object.assign({
	        blockQuote: true,
	        commentString: stringifyComment.stringifyComment,
	        defaultKeyType: null,
	        defaultStringType: 'PLAIN',
	        directives: null,
	        doubleQuotedAsJSON: false,
	        doubleQuotedMinMultiLineLength: 40,
	        falseStr: 'false',
	        flowCollectionPadding: true,
	        indentSeq: true,
	        lineWidth: 80,
	        minContentWidth: 20,
	        nullStr: 'null',
	        simpleKeys: false,
	        singleQuote: null,
	        trailingComma: false,
	        trueStr: 'true',
	        verifyAliasOrder: true
	    }, doc.schema.toStringOptions, options);
	    let inFlow;
	    switch (opt.collectionStyle) {
	        case 'block':
	            inFlow = false;
	            break;
	        case 'flow':
	            inFlow = true;
	            break;
	        default:
	            inFlow = null;
	    }
	    return {
	        anchors: new Set(),
	        doc,
	        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
	        indent: '',
	        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
	        inFlow,
	        options: opt
	    };
	}
	function getTagObject(tags, item) {
	    if (item.tag) {
	        const match = tags.filter(t => t.tag === item.tag);
	        if (match.length > 0)
	            return match.find(t => t.format === item.format) ?? match[0];
	    }
	    let tagObj = undefined;
	    let obj;
	    if (identity.isScalar(item)) {
	        obj = item.value;
	        let match = tags.filter(t => t.identify?.(obj));
	        if (match.length > 1) {
	            const testMatch = match.filter(t => t.test);
	            if (testMatch.length > 0)
	                match = testMatch;
	        }
	        tagObj =
	            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
	    }
	    else {
	        obj = item;
	        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
	    }
	    if (!tagObj) {
	        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
	        throw new Error(`Tag not resolved for ${name} value`);
	    }
	    return tagObj;
	}
	// needs to be called before value stringifier to allow for circular anchor refs
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
	    if (!doc.directives)
	        return '';
	    const props = [];
	    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
	    if (anchor && anchors.anchorIsValid(anchor)) {
	        anchors$1.add(anchor);
	        props.push(`&${anchor}`);
	    }
	    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
	    if (tag)
	        props.push(doc.directives.tagString(tag));
	    return props.join(' ');
	}
	function stringify$1(item, ctx, onComment, onChompKeep) {
	    if (identity.isPair(item))
	        return item.toString(ctx, onComment, onChompKeep);
	    if (identity.isAlias(item)) {
	        if (ctx.doc.directives)
	            return item.toString(ctx);
	        if (ctx.resolvedAliases?.has(item)) {
	            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
	        }
	        else {
	            if (ctx.resolvedAliases)
	                ctx.resolvedAliases.add(item);
	            else
	                ctx.resolvedAliases = new Set([item]);
	            item = item.resolve(ctx.doc);
	        }
	    }
	    let tagObj = undefined;
	    const node = identity.isNode(item)
	        ? item
	        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
	    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
	    const props = stringifyProps(node, tagObj, ctx);
	    if (props.length > 0)
	        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
	    const str = typeof tagObj.stringify === 'function'
	        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
	        : identity.isScalar(node)
	            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
	            : node.toString(ctx, onComment, onChompKeep);
	    if (!props)
	        return str;
	    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
	        ? `${props} ${str}`
	        : `${props}\n${ctx.indent}${str}`;
	}

	stringify.createStringifyContext = createStringifyContext;
	stringify.stringify = stringify$1;
	return stringify;
}

var hasRequiredStringifyPair;

function requireStringifyPair () {
	if (hasRequiredStringifyPair) return stringifyPair;
	hasRequiredStringifyPair = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyPair$1({ key, value }, ctx, onComment, onChompKeep) {
	    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
	    let keyComment = (identity.isNode(key) && key.comment) || null;
	    if (simpleKeys) {
	        if (keyComment) {
	            throw new Error('With simple keys, key nodes cannot have comments');
	        }
	        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
	            const msg = 'With simple keys, collection cannot be used as a key value';
	            throw new Error(msg);
	        }
	    }
	    let explicitKey = !simpleKeys &&
	        (!key ||
	            (keyComment && value == null && !ctx.inFlow) ||
	            identity.isCollection(key) ||
	            (identity.isScalar(key)
	                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
	                : typeof key === 'object'));
	    ctx = Object.assign({}, ctx, {
	        allNullValues: false,
	        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
	        indent: indent + indentStep
	    });
	    let keyCommentDone = false;
	    let chompKeep = false;
	    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
	    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
	        if (simpleKeys)
	            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
	        explicitKey = true;
	    }
	    if (ctx.inFlow) {
	        if (allNullValues || value == null) {
	            if (keyCommentDone && onComment)
	                onComment();
	            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
	        }
	    }
	    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
	        str = `? ${str}`;
	        if (keyComment && !keyCommentDone) {
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        }
	        else if (chompKeep && onChompKeep)
	            onChompKeep();
	        return str;
	    }
	    if (keyCommentDone)
	        keyComment = null;
	    if (explicitKey) {
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	        str = `? ${str}\n${indent}:`;
	    }
	    else {
	        str = `${str}:`;
	        if (keyComment)
	            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
	    }
	    let vsb, vcb, valueComment;
	    if (identity.isNode(value)) {
	        vsb = !!value.spaceBefore;
	        vcb = value.commentBefore;
	        valueComment = value.comment;
	    }
	    else {
	        vsb = false;
	        vcb = null;
	        valueComment = null;
	        if (value && typeof value === 'object')
	            value = doc.createNode(value);
	    }
	    ctx.implicitKey = false;
	    if (!explicitKey && !keyComment && identity.isScalar(value))
	        ctx.indentAtStart = str.length + 1;
	    chompKeep = false;
	    if (!indentSeq &&
	        indentStep.length >= 2 &&
	        !ctx.inFlow &&
	        !explicitKey &&
	        identity.isSeq(value) &&
	        !value.flow &&
	        !value.tag &&
	        !value.anchor) {
	        // If indentSeq === false, consider '- ' as part of indentation where possible
	        ctx.indent = ctx.indent.substring(2);
	    }
	    let valueCommentDone = false;
	    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
	    let ws = ' ';
	    if (keyComment || vsb || vcb) {
	        ws = vsb ? '\n' : '';
	        if (vcb) {
	            const cs = commentString(vcb);
	            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
	        }
	        if (valueStr === '' && !ctx.inFlow) {
	            if (ws === '\n' && valueComment)
	                ws = '\n\n';
	        }
	        else {
	            ws += `\n${ctx.indent}`;
	        }
	    }
	    else if (!explicitKey && identity.isCollection(value)) {
	        const vs0 = valueStr[0];
	        const nl0 = valueStr.indexOf('\n');
	        const hasNewline = nl0 !== -1;
	        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
	        if (hasNewline || !flow) {
	            let hasPropsLine = false;
	            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
	                let sp0 = valueStr.indexOf(' ');
	                if (vs0 === '&' &&
	                    sp0 !== -1 &&
	                    sp0 < nl0 &&
	                    valueStr[sp0 + 1] === '!') {
	                    sp0 = valueStr.indexOf(' ', sp0 + 1);
	                }
	                if (sp0 === -1 || nl0 < sp0)
	                    hasPropsLine = true;
	            }
	            if (!hasPropsLine)
	                ws = `\n${ctx.indent}`;
	        }
	    }
	    else if (valueStr === '' || valueStr[0] === '\n') {
	        ws = '';
	    }
	    str += ws + valueStr;
	    if (ctx.inFlow) {
	        if (valueCommentDone && onComment)
	            onComment();
	    }
	    else if (valueComment && !valueCommentDone) {
	        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
	    }
	    else if (chompKeep && onChompKeep) {
	        onChompKeep();
	    }
	    return str;
	}

	stringifyPair.stringifyPair = stringifyPair$1;
	return stringifyPair;
}

var addPairToJSMap = {};

var log = {};

var hasRequiredLog;

function requireLog () {
	if (hasRequiredLog) return log;
	hasRequiredLog = 1;

	var node_process = require$$0;

	function debug(logLevel, ...messages) {
	    if (logLevel === 'debug')
	        console.log(...messages);
	}
	function warn(logLevel, warning) {
	    if (logLevel === 'debug' || logLevel === 'warn') {
	        if (typeof node_process.emitWarning === 'function')
	            node_process.emitWarning(warning);
	        else
	            console.warn(warning);
	    }
	}

	log.debug = debug;
	log.warn = warn;
	return log;
}

var merge = {};

var hasRequiredMerge;

function requireMerge () {
	if (hasRequiredMerge) return merge;
	hasRequiredMerge = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();

	// If the value associated with a merge key is a single mapping node, each of
	// its key/value pairs is inserted into the current mapping, unless the key
	// already exists in it. If the value associated with the merge key is a
	// sequence, then this sequence is expected to contain mapping nodes and each
	// of these nodes is merged in turn according to its order in the sequence.
	// Keys in mapping nodes earlier in the sequence override keys specified in
	// later mapping nodes. -- http://yaml.org/type/merge.html
	const MERGE_KEY = '<<';
	const merge$1 = {
	    identify: value => value === MERGE_KEY ||
	        (typeof value === 'symbol' && value.description === MERGE_KEY),
	    default: 'key',
	    tag: 'tag:yaml.org,2002:merge',
	    test: /^<<$/,
	    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
	        addToJSMap: addMergeToJSMap
	    }),
	    stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge$1.identify(key) ||
	    (identity.isScalar(key) &&
	        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
	        merge$1.identify(key.value))) &&
	    ctx?.doc.schema.tags.some(tag => tag.tag === merge$1.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (identity.isSeq(source))
	        for (const it of source.items)
	            mergeValue(ctx, map, it);
	    else if (Array.isArray(source))
	        for (const it of source)
	            mergeValue(ctx, map, it);
	    else
	        mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
	    const source = resolveAliasValue(ctx, value);
	    if (!identity.isMap(source))
	        throw new Error('Merge sources must be maps or map aliases');
	    const srcMap = source.toJSON(null, ctx, Map);
	    for (const [key, value] of srcMap) {
	        if (map instanceof Map) {
	            if (!map.has(key))
	                map.set(key, value);
	        }
	        else if (map instanceof Set) {
	            map.add(key);
	        }
	        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
	            Object.defineProperty(map, key, {
	                value,
	                writable: true,
	                enumerable: true,
	                configurable: true
	            });
	        }
	    }
	    return map;
	}
	function resolveAliasValue(ctx, value) {
	    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}

	merge.addMergeToJSMap = addMergeToJSMap;
	merge.isMergeKey = isMergeKey;
	merge.merge = merge$1;
	return merge;
}

var hasRequiredAddPairToJSMap;

function requireAddPairToJSMap () {
	if (hasRequiredAddPairToJSMap) return addPairToJSMap;
	hasRequiredAddPairToJSMap = 1;

	var log = requireLog();
	var merge = requireMerge();
	var stringify = requireStringify();
	var identity = requireIdentity();
	var toJS = requireToJS();

	function addPairToJSMap$1(ctx, map, { key, value }) {
	    if (identity.isNode(key) && key.addToJSMap)
	        key.addToJSMap(ctx, map, value);
	    // TODO: Should drop this special case for bare << handling
	    else if (merge.isMergeKey(ctx, key))
	        merge.addMergeToJSMap(ctx, map, value);
	    else {
	        const jsKey = toJS.toJS(key, '', ctx);
	        if (map instanceof Map) {
	            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
	        }
	        else if (map instanceof Set) {
	            map.add(jsKey);
	        }
	        else {
	            const stringKey = stringifyKey(key, jsKey, ctx);
	            const jsValue = toJS.toJS(value, stringKey, ctx);
	            if (stringKey in map)
	                Object.defineProperty(map, stringKey, {
	                    value: jsValue,
	                    writable: true,
	                    enumerable: true,
	                    configurable: true
	                });
	            else
	                map[stringKey] = jsValue;
	        }
	    }
	    return map;
	}
	function stringifyKey(key, jsKey, ctx) {
	    if (jsKey === null)
	        return '';
	    // eslint-disable-next-line @typescript-eslint/no-base-to-string
	    if (typeof jsKey !== 'object')
	        return String(jsKey);
	    if (identity.isNode(key) && ctx?.doc) {
	        const strCtx = stringify.createStringifyContext(ctx.doc, {});
	        strCtx.anchors = new Set();
	        for (const node of ctx.anchors.keys())
	            strCtx.anchors.add(node.anchor);
	        strCtx.inFlow = true;
	        strCtx.inStringifyKey = true;
	        const strKey = key.toString(strCtx);
	        if (!ctx.mapKeyWarned) {
	            let jsonStr = JSON.stringify(strKey);
	            if (jsonStr.length > 40)
	                jsonStr = jsonStr.substring(0, 36) + '..."';
	            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
	            ctx.mapKeyWarned = true;
	        }
	        return strKey;
	    }
	    return JSON.stringify(jsKey);
	}

	addPairToJSMap.addPairToJSMap = addPairToJSMap$1;
	return addPairToJSMap;
}

var hasRequiredPair;

function requirePair () {
	if (hasRequiredPair) return Pair;
	hasRequiredPair = 1;

	var createNode = requireCreateNode();
	var stringifyPair = requireStringifyPair();
	var addPairToJSMap = requireAddPairToJSMap();
	var identity = requireIdentity();

	function createPair(key, value, ctx) {
	    const k = createNode.createNode(key, undefined, ctx);
	    const v = createNode.createNode(value, undefined, ctx);
	    return new Pair$1(k, v);
	}
	let Pair$1 = class Pair {
	    constructor(key, value = null) {
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
	        this.key = key;
	        this.value = value;
	    }
	    clone(schema) {
	        let { key, value } = this;
	        if (identity.isNode(key))
	            key = key.clone(schema);
	        if (identity.isNode(value))
	            value = value.clone(schema);
	        return new Pair(key, value);
	    }
	    toJSON(_, ctx) {
	        const pair = ctx?.mapAsMap ? new Map() : {};
	        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        return ctx?.doc
	            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
	            : JSON.stringify(this);
	    }
	};

	Pair.Pair = Pair$1;
	Pair.createPair = createPair;
	return Pair;
}

var Schema = {};

var map = {};

var YAMLMap = {};

var stringifyCollection = {};

var hasRequiredStringifyCollection;

function requireStringifyCollection () {
	if (hasRequiredStringifyCollection) return stringifyCollection;
	hasRequiredStringifyCollection = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyCollection$1(collection, ctx, options) {
	    const flow = ctx.inFlow ?? collection.flow;
	    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
	    return stringify(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
	    const { indent, options: { commentString } } = ctx;
	    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
	    let chompKeep = false; // flag for the preceding node's status
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (!chompKeep && item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (!chompKeep && ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
	            }
	        }
	        chompKeep = false;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        if (chompKeep && comment)
	            chompKeep = false;
	        lines.push(blockItemPrefix + str);
	    }
	    let str;
	    if (lines.length === 0) {
	        str = flowChars.start + flowChars.end;
	    }
	    else {
	        str = lines[0];
	        for (let i = 1; i < lines.length; ++i) {
	            const line = lines[i];
	            str += line ? `\n${indent}${line}` : '\n';
	        }
	    }
	    if (comment) {
	        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
	        if (onComment)
	            onComment();
	    }
	    else if (chompKeep && onChompKeep)
	        onChompKeep();
	    return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
	    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
	    itemIndent += indentStep;
	    const itemCtx = Object.assign({}, ctx, {
	        indent: itemIndent,
	        inFlow: true,
	        type: null
	    });
	    let reqNewline = false;
	    let linesAtValue = 0;
	    const lines = [];
	    for (let i = 0; i < items.length; ++i) {
	        const item = items[i];
	        let comment = null;
	        if (identity.isNode(item)) {
	            if (item.spaceBefore)
	                lines.push('');
	            addCommentBefore(ctx, lines, item.commentBefore, false);
	            if (item.comment)
	                comment = item.comment;
	        }
	        else if (identity.isPair(item)) {
	            const ik = identity.isNode(item.key) ? item.key : null;
	            if (ik) {
	                if (ik.spaceBefore)
	                    lines.push('');
	                addCommentBefore(ctx, lines, ik.commentBefore, false);
	                if (ik.comment)
	                    reqNewline = true;
	            }
	            const iv = identity.isNode(item.value) ? item.value : null;
	            if (iv) {
	                if (iv.comment)
	                    comment = iv.comment;
	                if (iv.commentBefore)
	                    reqNewline = true;
	            }
	            else if (item.value == null && ik?.comment) {
	                comment = ik.comment;
	            }
	        }
	        if (comment)
	            reqNewline = true;
	        let str = stringify.stringify(item, itemCtx, () => (comment = null));
	        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
	        if (i < items.length - 1) {
	            str += ',';
	        }
	        else if (ctx.options.trailingComma) {
	            if (ctx.options.lineWidth > 0) {
	                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
	                    (str.length + 2) >
	                    ctx.options.lineWidth);
	            }
	            if (reqNewline) {
	                str += ',';
	            }
	        }
	        if (comment)
	            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
	        lines.push(str);
	        linesAtValue = lines.length;
	    }
	    const { start, end } = flowChars;
	    if (lines.length === 0) {
	        return start + end;
	    }
	    else {
	        if (!reqNewline) {
	            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
	            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
	        }
	        if (reqNewline) {
	            let str = start;
	            for (const line of lines)
	                str += line ? `\n${indentStep}${indent}${line}` : '\n';
	            return `${str}\n${indent}${end}`;
	        }
	        else {
	            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
	        }
	    }
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
	    if (comment && chompKeep)
	        comment = comment.replace(/^\n+/, '');
	    if (comment) {
	        const ic = stringifyComment.indentComment(commentString(comment), indent);
	        lines.push(ic.trimStart()); // Avoid double indent on first line
	    }
	}

	stringifyCollection.stringifyCollection = stringifyCollection$1;
	return stringifyCollection;
}

var hasRequiredYAMLMap;

function requireYAMLMap () {
	if (hasRequiredYAMLMap) return YAMLMap;
	hasRequiredYAMLMap = 1;

	var stringifyCollection = requireStringifyCollection();
	var addPairToJSMap = requireAddPairToJSMap();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();

	function findPair(items, key) {
	    const k = identity.isScalar(key) ? key.value : key;
	    for (const it of items) {
	        if (identity.isPair(it)) {
	            if (it.key === key || it.key === k)
	                return it;
	            if (identity.isScalar(it.key) && it.key.value === k)
	                return it;
	        }
	    }
	    return undefined;
	}
	let YAMLMap$1 = class YAMLMap extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:map';
	    }
	    constructor(schema) {
	        super(identity.MAP, schema);
	        this.items = [];
	    }
	    /**
	     * A generic collection parsing method that can be extended
	     * to other node classes that inherit from YAMLMap
	     */
	    static from(schema, obj, ctx) {
	        const { keepUndefined, replacer } = ctx;
	        const map = new this(schema);
	        const add = (key, value) => {
	            if (typeof replacer === 'function')
	                value = replacer.call(obj, key, value);
	            else if (Array.isArray(replacer) && !replacer.includes(key))
	                return;
	            if (value !== undefined || keepUndefined)
	                map.items.push(Pair.createPair(key, value, ctx));
	        };
	        if (obj instanceof Map) {
	            for (const [key, value] of obj)
	                add(key, value);
	        }
	        else if (obj && typeof obj === 'object') {
	            for (const key of Object.keys(obj))
	                add(key, obj[key]);
	        }
	        if (typeof schema.sortMapEntries === 'function') {
	            map.items.sort(schema.sortMapEntries);
	        }
	        return map;
	    }
	    /**
	     * Adds a value to the collection.
	     *
	     * @param overwrite - If not set `true`, using a key that is already in the
	     *   collection will throw. Otherwise, overwrites the previous value.
	     */
	    add(pair, overwrite) {
	        let _pair;
	        if (identity.isPair(pair))
	            _pair = pair;
	        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
	            // In TypeScript, this never happens.
	            _pair = new Pair.Pair(pair, pair?.value);
	        }
	        else
	            _pair = new Pair.Pair(pair.key, pair.value);
	        const prev = findPair(this.items, _pair.key);
	        const sortEntries = this.schema?.sortMapEntries;
	        if (prev) {
	            if (!overwrite)
	                throw new Error(`Key ${_pair.key} already set`);
	            // For scalars, keep the old node & its comments and anchors
	            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
	                prev.value.value = _pair.value;
	            else
	                prev.value = _pair.value;
	        }
	        else if (sortEntries) {
	            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
	            if (i === -1)
	                this.items.push(_pair);
	            else
	                this.items.splice(i, 0, _pair);
	        }
	        else {
	            this.items.push(_pair);
	        }
	    }
	    delete(key) {
	        const it = findPair(this.items, key);
	        if (!it)
	            return false;
	        const del = this.items.splice(this.items.indexOf(it), 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const it = findPair(this.items, key);
	        const node = it?.value;
	        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
	    }
	    has(key) {
	        return !!findPair(this.items, key);
	    }
	    set(key, value) {
	        this.add(new Pair.Pair(key, value), true);
	    }
	    /**
	     * @param ctx - Conversion context, originally set in Document#toJS()
	     * @param {Class} Type - If set, forces the returned collection type
	     * @returns Instance of Type, Map, or Object
	     */
	    toJSON(_, ctx, Type) {
	        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const item of this.items)
	            addPairToJSMap.addPairToJSMap(ctx, map, item);
	        return map;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        for (const item of this.items) {
	            if (!identity.isPair(item))
	                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
	        }
	        if (!ctx.allNullValues && this.hasAllNullValues(false))
	            ctx = Object.assign({}, ctx, { allNullValues: true });
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '',
	            flowChars: { start: '{', end: '}' },
	            itemIndent: ctx.indent || '',
	            onChompKeep,
	            onComment
	        });
	    }
	};

	YAMLMap.YAMLMap = YAMLMap$1;
	YAMLMap.findPair = findPair;
	return YAMLMap;
}

var hasRequiredMap;

function requireMap () {
	if (hasRequiredMap) return map;
	hasRequiredMap = 1;

	var identity = requireIdentity();
	var YAMLMap = requireYAMLMap();

	const map$1 = {
	    collection: 'map',
	    default: true,
	    nodeClass: YAMLMap.YAMLMap,
	    tag: 'tag:yaml.org,2002:map',
	    resolve(map, onError) {
	        if (!identity.isMap(map))
	            onError('Expected a mapping for this tag');
	        return map;
	    },
	    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};

	map.map = map$1;
	return map;
}

var seq = {};

var YAMLSeq = {};

var hasRequiredYAMLSeq;

function requireYAMLSeq () {
	if (hasRequiredYAMLSeq) return YAMLSeq;
	hasRequiredYAMLSeq = 1;

	var createNode = requireCreateNode();
	var stringifyCollection = requireStringifyCollection();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Scalar = requireScalar();
	var toJS = requireToJS();

	let YAMLSeq$1 = class YAMLSeq extends Collection.Collection {
	    static get tagName() {
	        return 'tag:yaml.org,2002:seq';
	    }
	    constructor(schema) {
	        super(identity.SEQ, schema);
	        this.items = [];
	    }
	    add(value) {
	        this.items.push(value);
	    }
	    /**
	     * Removes a value from the collection.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     *
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return false;
	        const del = this.items.splice(idx, 1);
	        return del.length > 0;
	    }
	    get(key, keepScalar) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            return undefined;
	        const it = this.items[idx];
	        return !keepScalar && identity.isScalar(it) ? it.value : it;
	    }
	    /**
	     * Checks if the collection includes a value with the key `key`.
	     *
	     * `key` must contain a representation of an integer for this to succeed.
	     * It may be wrapped in a `Scalar`.
	     */
	    has(key) {
	        const idx = asItemIndex(key);
	        return typeof idx === 'number' && idx < this.items.length;
	    }
	    /**
	     * Sets a value in this collection. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     *
	     * If `key` does not contain a representation of an integer, this will throw.
	     * It may be wrapped in a `Scalar`.
	     */
	    set(key, value) {
	        const idx = asItemIndex(key);
	        if (typeof idx !== 'number')
	            throw new Error(`Expected a valid index, not ${key}.`);
	        const prev = this.items[idx];
	        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
	            prev.value = value;
	        else
	            this.items[idx] = value;
	    }
	    toJSON(_, ctx) {
	        const seq = [];
	        if (ctx?.onCreate)
	            ctx.onCreate(seq);
	        let i = 0;
	        for (const item of this.items)
	            seq.push(toJS.toJS(item, String(i++), ctx));
	        return seq;
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        return stringifyCollection.stringifyCollection(this, ctx, {
	            blockItemPrefix: '- ',
	            flowChars: { start: '[', end: ']' },
	            itemIndent: (ctx.indent || '') + '  ',
	            onChompKeep,
	            onComment
	        });
	    }
	    static from(schema, obj, ctx) {
	        const { replacer } = ctx;
	        const seq = new this(schema);
	        if (obj && Symbol.iterator in Object(obj)) {
	            let i = 0;
	            for (let it of obj) {
	                if (typeof replacer === 'function') {
	                    const key = obj instanceof Set ? it : String(i++);
	                    it = replacer.call(obj, key, it);
	                }
	                seq.items.push(createNode.createNode(it, undefined, ctx));
	            }
	        }
	        return seq;
	    }
	};
	function asItemIndex(key) {
	    let idx = identity.isScalar(key) ? key.value : key;
	    if (idx && typeof idx === 'string')
	        idx = Number(idx);
	    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
	        ? idx
	        : null;
	}

	YAMLSeq.YAMLSeq = YAMLSeq$1;
	return YAMLSeq;
}

var hasRequiredSeq;

function requireSeq () {
	if (hasRequiredSeq) return seq;
	hasRequiredSeq = 1;

	var identity = requireIdentity();
	var YAMLSeq = requireYAMLSeq();

	const seq$1 = {
	    collection: 'seq',
	    default: true,
	    nodeClass: YAMLSeq.YAMLSeq,
	    tag: 'tag:yaml.org,2002:seq',
	    resolve(seq, onError) {
	        if (!identity.isSeq(seq))
	            onError('Expected a sequence for this tag');
	        return seq;
	    },
	    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};

	seq.seq = seq$1;
	return seq;
}

var string = {};

var hasRequiredString;

function requireString () {
	if (hasRequiredString) return string;
	hasRequiredString = 1;

	var stringifyString = requireStringifyString();

	const string$1 = {
	    identify: value => typeof value === 'string',
	    default: true,
	    tag: 'tag:yaml.org,2002:str',
	    resolve: str => str,
	    stringify(item, ctx, onComment, onChompKeep) {
	        ctx = Object.assign({ actualString: true }, ctx);
	        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
	    }
	};

	string.string = string$1;
	return string;
}

var tags = {};

var _null = {};

var hasRequired_null;

function require_null () {
	if (hasRequired_null) return _null;
	hasRequired_null = 1;

	var Scalar = requireScalar();

	const nullTag = {
	    identify: value => value == null,
	    createNode: () => new Scalar.Scalar(null),
	    default: true,
	    tag: 'tag:yaml.org,2002:null',
	    test: /^(?:~|[Nn]ull|NULL)?$/,
	    resolve: () => new Scalar.Scalar(null),
	    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
	        ? source
	        : ctx.options.nullStr
	};

	_null.nullTag = nullTag;
	return _null;
}

var bool$1 = {};

var hasRequiredBool$1;

function requireBool$1 () {
	if (hasRequiredBool$1) return bool$1;
	hasRequiredBool$1 = 1;

	var Scalar = requireScalar();

	const boolTag = {
	    identify: value => typeof value === 'boolean',
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
	    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
	    stringify({ source, value }, ctx) {
	        if (source && boolTag.test.test(source)) {
	            const sv = source[0] === 't' || source[0] === 'T';
	            if (value === sv)
	                return source;
	        }
	        return value ? ctx.options.trueStr : ctx.options.falseStr;
	    }
	};

	bool$1.boolTag = boolTag;
	return bool$1;
}

var float$1 = {};

var stringifyNumber = {};

var hasRequiredStringifyNumber;

function requireStringifyNumber () {
	if (hasRequiredStringifyNumber) return stringifyNumber;
	hasRequiredStringifyNumber = 1;

	function stringifyNumber$1({ format, minFractionDigits, tag, value }) {
	    if (typeof value === 'bigint')
	        return String(value);
	    const num = typeof value === 'number' ? value : Number(value);
	    if (!isFinite(num))
	        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
	    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
	    if (!format &&
	        minFractionDigits &&
	        (!tag || tag === 'tag:yaml.org,2002:float') &&
	        /^-?\d/.test(n) &&
	        !n.includes('e')) {
	        let i = n.indexOf('.');
	        if (i < 0) {
	            i = n.length;
	            n += '.';
	        }
	        let d = minFractionDigits - (n.length - i - 1);
	        while (d-- > 0)
	            n += '0';
	    }
	    return n;
	}

	stringifyNumber.stringifyNumber = stringifyNumber$1;
	return stringifyNumber;
}

var hasRequiredFloat$1;

function requireFloat$1 () {
	if (hasRequiredFloat$1) return float$1;
	hasRequiredFloat$1 = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: str => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
	    resolve: str => parseFloat(str),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str));
	        const dot = str.indexOf('.');
	        if (dot !== -1 && str[str.length - 1] === '0')
	            node.minFractionDigits = str.length - dot - 1;
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float$1.float = float;
	float$1.floatExp = floatExp;
	float$1.floatNaN = floatNaN;
	return float$1;
}

var int$1 = {};

var hasRequiredInt$1;

function requireInt$1 () {
	if (hasRequiredInt$1) return int$1;
	hasRequiredInt$1 = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value) && value >= 0)
	        return prefix + value.toString(radix);
	    return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^0o[0-7]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
	    stringify: node => intStringify(node, 8, '0o')
	};
	const int = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: value => intIdentify(value) && value >= 0,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^0x[0-9a-fA-F]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int$1.int = int;
	int$1.intHex = intHex;
	int$1.intOct = intOct;
	return int$1;
}

var schema$2 = {};

var hasRequiredSchema$3;

function requireSchema$3 () {
	if (hasRequiredSchema$3) return schema$2;
	hasRequiredSchema$3 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();

	const schema = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.boolTag,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float
	];

	schema$2.schema = schema;
	return schema$2;
}

var schema$1 = {};

var hasRequiredSchema$2;

function requireSchema$2 () {
	if (hasRequiredSchema$2) return schema$1;
	hasRequiredSchema$2 = 1;

	var Scalar = requireScalar();
	var map = requireMap();
	var seq = requireSeq();

	function intIdentify(value) {
	    return typeof value === 'bigint' || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
	    {
	        identify: value => typeof value === 'string',
	        default: true,
	        tag: 'tag:yaml.org,2002:str',
	        resolve: str => str,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => value == null,
	        createNode: () => new Scalar.Scalar(null),
	        default: true,
	        tag: 'tag:yaml.org,2002:null',
	        test: /^null$/,
	        resolve: () => null,
	        stringify: stringifyJSON
	    },
	    {
	        identify: value => typeof value === 'boolean',
	        default: true,
	        tag: 'tag:yaml.org,2002:bool',
	        test: /^true$|^false$/,
	        resolve: str => str === 'true',
	        stringify: stringifyJSON
	    },
	    {
	        identify: intIdentify,
	        default: true,
	        tag: 'tag:yaml.org,2002:int',
	        test: /^-?(?:0|[1-9][0-9]*)$/,
	        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
	        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
	    },
	    {
	        identify: value => typeof value === 'number',
	        default: true,
	        tag: 'tag:yaml.org,2002:float',
	        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
	        resolve: str => parseFloat(str),
	        stringify: stringifyJSON
	    }
	];
	const jsonError = {
	    default: true,
	    tag: '',
	    test: /^/,
	    resolve(str, onError) {
	        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
	        return str;
	    }
	};
	const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

	schema$1.schema = schema;
	return schema$1;
}

var binary = {};

var hasRequiredBinary;

function requireBinary () {
	if (hasRequiredBinary) return binary;
	hasRequiredBinary = 1;

	var node_buffer = require$$0$1;
	var Scalar = requireScalar();
	var stringifyString = requireStringifyString();

	const binary$1 = {
	    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
	    default: false,
	    tag: 'tag:yaml.org,2002:binary',
	    /**
	     * Returns a Buffer in node and an Uint8Array in browsers
	     *
	     * To use the resulting buffer as an image, you'll want to do something like:
	     *
	     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
	     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
	     */
	    resolve(src, onError) {
	        if (typeof node_buffer.Buffer === 'function') {
	            return node_buffer.Buffer.from(src, 'base64');
	        }
	        else if (typeof atob === 'function') {
	            // On IE 11, atob() can't handle newlines
	            const str = atob(src.replace(/[\n\r]/g, ''));
	            const buffer = new Uint8Array(str.length);
	            for (let i = 0; i < str.length; ++i)
	                buffer[i] = str.charCodeAt(i);
	            return buffer;
	        }
	        else {
	            onError('This environment does not support reading binary tags; either Buffer or atob is required');
	            return src;
	        }
	    },
	    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
	        if (!value)
	            return '';
	        const buf = value; // checked earlier by binary.identify()
	        let str;
	        if (typeof node_buffer.Buffer === 'function') {
	            str =
	                buf instanceof node_buffer.Buffer
	                    ? buf.toString('base64')
	                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
	        }
	        else if (typeof btoa === 'function') {
	            let s = '';
	            for (let i = 0; i < buf.length; ++i)
	                s += String.fromCharCode(buf[i]);
	            str = btoa(s);
	        }
	        else {
	            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
	        }
	        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
	        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
	            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
	            const n = Math.ceil(str.length / lineWidth);
	            const lines = new Array(n);
	            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
	                lines[i] = str.substr(o, lineWidth);
	            }
	            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
	        }
	        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
	    }
	};

	binary.binary = binary$1;
	return binary;
}

var omap = {};

var pairs = {};

var hasRequiredPairs;

function requirePairs () {
	if (hasRequiredPairs) return pairs;
	hasRequiredPairs = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLSeq = requireYAMLSeq();

	function resolvePairs(seq, onError) {
	    if (identity.isSeq(seq)) {
	        for (let i = 0; i < seq.items.length; ++i) {
	            let item = seq.items[i];
	            if (identity.isPair(item))
	                continue;
	            else if (identity.isMap(item)) {
	                if (item.items.length > 1)
	                    onError('Each pair must have its own sequence indicator');
	                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
	                if (item.commentBefore)
	                    pair.key.commentBefore = pair.key.commentBefore
	                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
	                        : item.commentBefore;
	                if (item.comment) {
	                    const cn = pair.value ?? pair.key;
	                    cn.comment = cn.comment
	                        ? `${item.comment}\n${cn.comment}`
	                        : item.comment;
	                }
	                item = pair;
	            }
	            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
	        }
	    }
	    else
	        onError('Expected a sequence for this tag');
	    return seq;
	}
	function createPairs(schema, iterable, ctx) {
	    const { replacer } = ctx;
	    const pairs = new YAMLSeq.YAMLSeq(schema);
	    pairs.tag = 'tag:yaml.org,2002:pairs';
	    let i = 0;
	    if (iterable && Symbol.iterator in Object(iterable))
	        for (let it of iterable) {
	            if (typeof replacer === 'function')
	                it = replacer.call(iterable, String(i++), it);
	            let key, value;
	            if (Array.isArray(it)) {
	                if (it.length === 2) {
	                    key = it[0];
	                    value = it[1];
	                }
	                else
	                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
	            }
	            else if (it && it instanceof Object) {
	                const keys = Object.keys(it);
	                if (keys.length === 1) {
	                    key = keys[0];
	                    value = it[key];
	                }
	                else {
	                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
	                }
	            }
	            else {
	                key = it;
	            }
	            pairs.items.push(Pair.createPair(key, value, ctx));
	        }
	    return pairs;
	}
	const pairs$1 = {
	    collection: 'seq',
	    default: false,
	    tag: 'tag:yaml.org,2002:pairs',
	    resolve: resolvePairs,
	    createNode: createPairs
	};

	pairs.createPairs = createPairs;
	pairs.pairs = pairs$1;
	pairs.resolvePairs = resolvePairs;
	return pairs;
}

var hasRequiredOmap;

function requireOmap () {
	if (hasRequiredOmap) return omap;
	hasRequiredOmap = 1;

	var identity = requireIdentity();
	var toJS = requireToJS();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var pairs = requirePairs();

	class YAMLOMap extends YAMLSeq.YAMLSeq {
	    constructor() {
	        super();
	        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
	        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
	        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
	        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
	        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
	        this.tag = YAMLOMap.tag;
	    }
	    /**
	     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
	     * but TypeScript won't allow widening the signature of a child method.
	     */
	    toJSON(_, ctx) {
	        if (!ctx)
	            return super.toJSON(_);
	        const map = new Map();
	        if (ctx?.onCreate)
	            ctx.onCreate(map);
	        for (const pair of this.items) {
	            let key, value;
	            if (identity.isPair(pair)) {
	                key = toJS.toJS(pair.key, '', ctx);
	                value = toJS.toJS(pair.value, key, ctx);
	            }
	            else {
	                key = toJS.toJS(pair, '', ctx);
	            }
	            if (map.has(key))
	                throw new Error('Ordered maps must not include duplicate keys');
	            map.set(key, value);
	        }
	        return map;
	    }
	    static from(schema, iterable, ctx) {
	        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
	        const omap = new this();
	        omap.items = pairs$1.items;
	        return omap;
	    }
	}
	YAMLOMap.tag = 'tag:yaml.org,2002:omap';
	const omap$1 = {
	    collection: 'seq',
	    identify: value => value instanceof Map,
	    nodeClass: YAMLOMap,
	    default: false,
	    tag: 'tag:yaml.org,2002:omap',
	    resolve(seq, onError) {
	        const pairs$1 = pairs.resolvePairs(seq, onError);
	        const seenKeys = [];
	        for (const { key } of pairs$1.items) {
	            if (identity.isScalar(key)) {
	                if (seenKeys.includes(key.value)) {
	                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
	                }
	                else {
	                    seenKeys.push(key.value);
	                }
	            }
	        }
	        return Object.assign(new YAMLOMap(), pairs$1);
	    },
	    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};

	omap.YAMLOMap = YAMLOMap;
	omap.omap = omap$1;
	return omap;
}

var schema = {};

var bool = {};

var hasRequiredBool;

function requireBool () {
	if (hasRequiredBool) return bool;
	hasRequiredBool = 1;

	var Scalar = requireScalar();

	function boolStringify({ value, source }, ctx) {
	    const boolObj = value ? trueTag : falseTag;
	    if (source && boolObj.test.test(source))
	        return source;
	    return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
	    identify: value => value === true,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
	    resolve: () => new Scalar.Scalar(true),
	    stringify: boolStringify
	};
	const falseTag = {
	    identify: value => value === false,
	    default: true,
	    tag: 'tag:yaml.org,2002:bool',
	    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
	    resolve: () => new Scalar.Scalar(false),
	    stringify: boolStringify
	};

	bool.falseTag = falseTag;
	bool.trueTag = trueTag;
	return bool;
}

var float = {};

var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	var Scalar = requireScalar();
	var stringifyNumber = requireStringifyNumber();

	const floatNaN = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
	    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
	        ? NaN
	        : str[0] === '-'
	            ? Number.NEGATIVE_INFINITY
	            : Number.POSITIVE_INFINITY,
	    stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'EXP',
	    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
	    resolve: (str) => parseFloat(str.replace(/_/g, '')),
	    stringify(node) {
	        const num = Number(node.value);
	        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
	    }
	};
	const float$1 = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
	    resolve(str) {
	        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
	        const dot = str.indexOf('.');
	        if (dot !== -1) {
	            const f = str.substring(dot + 1).replace(/_/g, '');
	            if (f[f.length - 1] === '0')
	                node.minFractionDigits = f.length;
	        }
	        return node;
	    },
	    stringify: stringifyNumber.stringifyNumber
	};

	float.float = float$1;
	float.floatExp = floatExp;
	float.floatNaN = floatNaN;
	return float;
}

var int = {};

var hasRequiredInt;

function requireInt () {
	if (hasRequiredInt) return int;
	hasRequiredInt = 1;

	var stringifyNumber = requireStringifyNumber();

	const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
	    const sign = str[0];
	    if (sign === '-' || sign === '+')
	        offset += 1;
	    str = str.substring(offset).replace(/_/g, '');
	    if (intAsBigInt) {
	        switch (radix) {
	            case 2:
	                str = `0b${str}`;
	                break;
	            case 8:
	                str = `0o${str}`;
	                break;
	            case 16:
	                str = `0x${str}`;
	                break;
	        }
	        const n = BigInt(str);
	        return sign === '-' ? BigInt(-1) * n : n;
	    }
	    const n = parseInt(str, radix);
	    return sign === '-' ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
	    const { value } = node;
	    if (intIdentify(value)) {
	        const str = value.toString(radix);
	        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
	    }
	    return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'BIN',
	    test: /^[-+]?0b[0-1_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
	    stringify: node => intStringify(node, 2, '0b')
	};
	const intOct = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'OCT',
	    test: /^[-+]?0[0-7_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
	    stringify: node => intStringify(node, 8, '0')
	};
	const int$1 = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    test: /^[-+]?[0-9][0-9_]*$/,
	    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
	    stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
	    identify: intIdentify,
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'HEX',
	    test: /^[-+]?0x[0-9a-fA-F_]+$/,
	    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
	    stringify: node => intStringify(node, 16, '0x')
	};

	int.int = int$1;
	int.intBin = intBin;
	int.intHex = intHex;
	int.intOct = intOct;
	return int;
}

var set = {};

var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();

	class YAMLSet extends YAMLMap.YAMLMap {
	    constructor(schema) {
	        super(schema);
	        this.tag = YAMLSet.tag;
	    }
	    add(key) {
	        let pair;
	        if (identity.isPair(key))
	            pair = key;
	        else if (key &&
	            typeof key === 'object' &&
	            'key' in key &&
	            'value' in key &&
	            key.value === null)
	            pair = new Pair.Pair(key.key, null);
	        else
	            pair = new Pair.Pair(key, null);
	        const prev = YAMLMap.findPair(this.items, pair.key);
	        if (!prev)
	            this.items.push(pair);
	    }
	    /**
	     * If `keepPair` is `true`, returns the Pair matching `key`.
	     * Otherwise, returns the value of that Pair's key.
	     */
	    get(key, keepPair) {
	        const pair = YAMLMap.findPair(this.items, key);
	        return !keepPair && identity.isPair(pair)
	            ? identity.isScalar(pair.key)
	                ? pair.key.value
	                : pair.key
	            : pair;
	    }
	    set(key, value) {
	        if (typeof value !== 'boolean')
	            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
	        const prev = YAMLMap.findPair(this.items, key);
	        if (prev && !value) {
	            this.items.splice(this.items.indexOf(prev), 1);
	        }
	        else if (!prev && value) {
	            this.items.push(new Pair.Pair(key));
	        }
	    }
	    toJSON(_, ctx) {
	        return super.toJSON(_, ctx, Set);
	    }
	    toString(ctx, onComment, onChompKeep) {
	        if (!ctx)
	            return JSON.stringify(this);
	        if (this.hasAllNullValues(true))
	            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
	        else
	            throw new Error('Set items must all have null values');
	    }
	    static from(schema, iterable, ctx) {
	        const { replacer } = ctx;
	        const set = new this(schema);
	        if (iterable && Symbol.iterator in Object(iterable))
	            for (let value of iterable) {
	                if (typeof replacer === 'function')
	                    value = replacer.call(iterable, value, value);
	                set.items.push(Pair.createPair(value, null, ctx));
	            }
	        return set;
	    }
	}
	YAMLSet.tag = 'tag:yaml.org,2002:set';
	const set$1 = {
	    collection: 'map',
	    identify: value => value instanceof Set,
	    nodeClass: YAMLSet,
	    default: false,
	    tag: 'tag:yaml.org,2002:set',
	    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
	    resolve(map, onError) {
	        if (identity.isMap(map)) {
	            if (map.hasAllNullValues(true))
	                return Object.assign(new YAMLSet(), map);
	            else
	                onError('Set items must all have null values');
	        }
	        else
	            onError('Expected a mapping for this tag');
	        return map;
	    }
	};

	set.YAMLSet = YAMLSet;
	set.set = set$1;
	return set;
}

var timestamp = {};

var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp;
	hasRequiredTimestamp = 1;

	var stringifyNumber = requireStringifyNumber();

	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
	    const sign = str[0];
	    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
	    const num = (n) => asBigInt ? BigInt(n) : Number(n);
	    const res = parts
	        .replace(/_/g, '')
	        .split(':')
	        .reduce((res, p) => res * num(60) + num(p), num(0));
	    return (sign === '-' ? num(-1) * res : res);
	}
	/**
	 * hhhh:mm:ss.sss
	 *
	 * Internal types handle bigint as number, because TS can't figure it out.
	 */
	function stringifySexagesimal(node) {
	    let { value } = node;
	    let num = (n) => n;
	    if (typeof value === 'bigint')
	        num = n => BigInt(n);
	    else if (isNaN(value) || !isFinite(value))
	        return stringifyNumber.stringifyNumber(node);
	    let sign = '';
	    if (value < 0) {
	        sign = '-';
	        value *= num(-1);
	    }
	    const _60 = num(60);
	    const parts = [value % _60]; // seconds, including ms
	    if (value < 60) {
	        parts.unshift(0); // at least one : is required
	    }
	    else {
	        value = (value - parts[0]) / _60;
	        parts.unshift(value % _60); // minutes
	        if (value >= 60) {
	            value = (value - parts[0]) / _60;
	            parts.unshift(value); // hours
	        }
	    }
	    return (sign +
	        parts
	            .map(n => String(n).padStart(2, '0'))
	            .join(':')
	            .replace(/000000\d*$/, '') // % 60 may introduce error
	    );
	}
	const intTime = {
	    identify: value => typeof value === 'bigint' || Number.isInteger(value),
	    default: true,
	    tag: 'tag:yaml.org,2002:int',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
	    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
	    stringify: stringifySexagesimal
	};
	const floatTime = {
	    identify: value => typeof value === 'number',
	    default: true,
	    tag: 'tag:yaml.org,2002:float',
	    format: 'TIME',
	    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
	    resolve: str => parseSexagesimal(str, false),
	    stringify: stringifySexagesimal
	};
	const timestamp$1 = {
	    identify: value => value instanceof Date,
	    default: true,
	    tag: 'tag:yaml.org,2002:timestamp',
	    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
	    // may be omitted altogether, resulting in a date format. In such a case, the time part is
	    // assumed to be 00:00:00Z (start of day, UTC).
	    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
	        '(?:' + // time is optional
	        '(?:t|T|[ \\t]+)' + // t | T | whitespace
	        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
	        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
	        ')?$'),
	    resolve(str) {
	        const match = str.match(timestamp$1.test);
	        if (!match)
	            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
	        const [, year, month, day, hour, minute, second] = match.map(Number);
	        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
	        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
	        const tz = match[8];
	        if (tz && tz !== 'Z') {
	            let d = parseSexagesimal(tz, false);
	            if (Math.abs(d) < 30)
	                d *= 60;
	            date -= 60000 * d;
	        }
	        return new Date(date);
	    },
	    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
	};

	timestamp.floatTime = floatTime;
	timestamp.intTime = intTime;
	timestamp.timestamp = timestamp$1;
	return timestamp;
}

var hasRequiredSchema$1;

function requireSchema$1 () {
	if (hasRequiredSchema$1) return schema;
	hasRequiredSchema$1 = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var binary = requireBinary();
	var bool = requireBool();
	var float = requireFloat();
	var int = requireInt();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schema$1 = [
	    map.map,
	    seq.seq,
	    string.string,
	    _null.nullTag,
	    bool.trueTag,
	    bool.falseTag,
	    int.intBin,
	    int.intOct,
	    int.int,
	    int.intHex,
	    float.floatNaN,
	    float.floatExp,
	    float.float,
	    binary.binary,
	    merge.merge,
	    omap.omap,
	    pairs.pairs,
	    set.set,
	    timestamp.intTime,
	    timestamp.floatTime,
	    timestamp.timestamp
	];

	schema.schema = schema$1;
	return schema;
}

var hasRequiredTags;

function requireTags () {
	if (hasRequiredTags) return tags;
	hasRequiredTags = 1;

	var map = requireMap();
	var _null = require_null();
	var seq = requireSeq();
	var string = requireString();
	var bool = requireBool$1();
	var float = requireFloat$1();
	var int = requireInt$1();
	var schema = requireSchema$3();
	var schema$1 = requireSchema$2();
	var binary = requireBinary();
	var merge = requireMerge();
	var omap = requireOmap();
	var pairs = requirePairs();
	var schema$2 = requireSchema$1();
	var set = requireSet();
	var timestamp = requireTimestamp();

	const schemas = new Map([
	    ['core', schema.schema],
	    ['failsafe', [map.map, seq.seq, string.string]],
	    ['json', schema$1.schema],
	    ['yaml11', schema$2.schema],
	    ['yaml-1.1', schema$2.schema]
	]);
	const tagsByName = {
	    binary: binary.binary,
	    bool: bool.boolTag,
	    float: float.float,
	    floatExp: float.floatExp,
	    floatNaN: float.floatNaN,
	    floatTime: timestamp.floatTime,
	    int: int.int,
	    intHex: int.intHex,
	    intOct: int.intOct,
	    intTime: timestamp.intTime,
	    map: map.map,
	    merge: merge.merge,
	    null: _null.nullTag,
	    omap: omap.omap,
	    pairs: pairs.pairs,
	    seq: seq.seq,
	    set: set.set,
	    timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
	    'tag:yaml.org,2002:binary': binary.binary,
	    'tag:yaml.org,2002:merge': merge.merge,
	    'tag:yaml.org,2002:omap': omap.omap,
	    'tag:yaml.org,2002:pairs': pairs.pairs,
	    'tag:yaml.org,2002:set': set.set,
	    'tag:yaml.org,2002:timestamp': timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
	    const schemaTags = schemas.get(schemaName);
	    if (schemaTags && !customTags) {
	        return addMergeTag && !schemaTags.includes(merge.merge)
	            ? schemaTags.concat(merge.merge)
	            : schemaTags.slice();
	    }
	    let tags = schemaTags;
	    if (!tags) {
	        if (Array.isArray(customTags))
	            tags = [];
	        else {
	            const keys = Array.from(schemas.keys())
	                .filter(key => key !== 'yaml11')
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
	        }
	    }
	    if (Array.isArray(customTags)) {
	        for (const tag of customTags)
	            tags = tags.concat(tag);
	    }
	    else if (typeof customTags === 'function') {
	        tags = customTags(tags.slice());
	    }
	    if (addMergeTag)
	        tags = tags.concat(merge.merge);
	    return tags.reduce((tags, tag) => {
	        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
	        if (!tagObj) {
	            const tagName = JSON.stringify(tag);
	            const keys = Object.keys(tagsByName)
	                .map(key => JSON.stringify(key))
	                .join(', ');
	            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
	        }
	        if (!tags.includes(tagObj))
	            tags.push(tagObj);
	        return tags;
	    }, []);
	}

	tags.coreKnownTags = coreKnownTags;
	tags.getTags = getTags;
	return tags;
}

var hasRequiredSchema;

function requireSchema () {
	if (hasRequiredSchema) return Schema;
	hasRequiredSchema = 1;

	var identity = requireIdentity();
	var map = requireMap();
	var seq = requireSeq();
	var string = requireString();
	var tags = requireTags();

	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	let Schema$1 = class Schema {
	    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
	        this.compat = Array.isArray(compat)
	            ? tags.getTags(compat, 'compat')
	            : compat
	                ? tags.getTags(null, compat)
	                : null;
	        this.name = (typeof schema === 'string' && schema) || 'core';
	        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
	        this.tags = tags.getTags(customTags, this.name, merge);
	        this.toStringOptions = toStringDefaults ?? null;
	        Object.defineProperty(this, identity.MAP, { value: map.map });
	        Object.defineProperty(this, identity.SCALAR, { value: string.string });
	        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
	        // Used by createMap()
	        this.sortMapEntries =
	            typeof sortMapEntries === 'function'
	                ? sortMapEntries
	                : sortMapEntries === true
	                    ? sortMapEntriesByKey
	                    : null;
	    }
	    clone() {
	        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
	        copy.tags = this.tags.slice();
	        return copy;
	    }
	};

	Schema.Schema = Schema$1;
	return Schema;
}

var stringifyDocument = {};

var hasRequiredStringifyDocument;

function requireStringifyDocument () {
	if (hasRequiredStringifyDocument) return stringifyDocument;
	hasRequiredStringifyDocument = 1;

	var identity = requireIdentity();
	var stringify = requireStringify();
	var stringifyComment = requireStringifyComment();

	function stringifyDocument$1(doc, options) {
	    const lines = [];
	    let hasDirectives = options.directives === true;
	    if (options.directives !== false && doc.directives) {
	        const dir = doc.directives.toString(doc);
	        if (dir) {
	            lines.push(dir);
	            hasDirectives = true;
	        }
	        else if (doc.directives.docStart)
	            hasDirectives = true;
	    }
	    if (hasDirectives)
	        lines.push('---');
	    const ctx = stringify.createStringifyContext(doc, options);
	    const { commentString } = ctx.options;
	    if (doc.commentBefore) {
	        if (lines.length !== 1)
	            lines.unshift('');
	        const cs = commentString(doc.commentBefore);
	        lines.unshift(stringifyComment.indentComment(cs, ''));
	    }
	    let chompKeep = false;
	    let contentComment = null;
	    if (doc.contents) {
	        if (identity.isNode(doc.contents)) {
	            if (doc.contents.spaceBefore && hasDirectives)
	                lines.push('');
	            if (doc.contents.commentBefore) {
	                const cs = commentString(doc.contents.commentBefore);
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            // top-level block scalars need to be indented if followed by a comment
	            ctx.forceBlockIndent = !!doc.comment;
	            contentComment = doc.contents.comment;
	        }
	        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
	        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
	        if (contentComment)
	            body += stringifyComment.lineComment(body, '', commentString(contentComment));
	        if ((body[0] === '|' || body[0] === '>') &&
	            lines[lines.length - 1] === '---') {
	            // Top-level block scalars with a preceding doc marker ought to use the
	            // same line for their header.
	            lines[lines.length - 1] = `--- ${body}`;
	        }
	        else
	            lines.push(body);
	    }
	    else {
	        lines.push(stringify.stringify(doc.contents, ctx));
	    }
	    if (doc.directives?.docEnd) {
	        if (doc.comment) {
	            const cs = commentString(doc.comment);
	            if (cs.includes('\n')) {
	                lines.push('...');
	                lines.push(stringifyComment.indentComment(cs, ''));
	            }
	            else {
	                lines.push(`... ${cs}`);
	            }
	        }
	        else {
	            lines.push('...');
	        }
	    }
	    else {
	        let dc = doc.comment;
	        if (dc && chompKeep)
	            dc = dc.replace(/^\n+/, '');
	        if (dc) {
	            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
	                lines.push('');
	            lines.push(stringifyComment.indentComment(commentString(dc), ''));
	        }
	    }
	    return lines.join('\n') + '\n';
	}

	stringifyDocument.stringifyDocument = stringifyDocument$1;
	return stringifyDocument;
}

var hasRequiredDocument;

function requireDocument () {
	if (hasRequiredDocument) return Document;
	hasRequiredDocument = 1;

	var Alias = requireAlias();
	var Collection = requireCollection();
	var identity = requireIdentity();
	var Pair = requirePair();
	var toJS = requireToJS();
	var Schema = requireSchema();
	var stringifyDocument = requireStringifyDocument();
	var anchors = requireAnchors();
	var applyReviver = requireApplyReviver();
	var createNode = requireCreateNode();
	var directives = requireDirectives();

	let Document$1 = class Document {
	    constructor(value, replacer, options) {
	        /** A comment before this Document */
	        this.commentBefore = null;
	        /** A comment immediately after this Document */
	        this.comment = null;
	        /** Errors encountered during parsing. */
	        this.errors = [];
	        /** Warnings encountered during parsing. */
	        this.warnings = [];
	        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
	        let _replacer = null;
	        if (typeof replacer === 'function' || Array.isArray(replacer)) {
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const opt = Object.assign({
	            intAsBigInt: false,
	            keepSourceTokens: false,
	            logLevel: 'warn',
	            prettyErrors: true,
	            strict: true,
	            stringKeys: false,
	            uniqueKeys: true,
	            version: '1.2'
	        }, options);
	        this.options = opt;
	        let { version } = opt;
	        if (options?._directives) {
	            this.directives = options._directives.atDocument();
	            if (this.directives.yaml.explicit)
	                version = this.directives.yaml.version;
	        }
	        else
	            this.directives = new directives.Directives({ version });
	        this.setSchema(version, options);
	        // @ts-expect-error We can't really know that this matches Contents.
	        this.contents =
	            value === undefined ? null : this.createNode(value, _replacer, options);
	    }
	    /**
	     * Create a deep copy of this Document and its contents.
	     *
	     * Custom Node values that inherit from `Object` still refer to their original instances.
	     */
	    clone() {
	        const copy = Object.create(Document.prototype, {
	            [identity.NODE_TYPE]: { value: identity.DOC }
	        });
	        copy.commentBefore = this.commentBefore;
	        copy.comment = this.comment;
	        copy.errors = this.errors.slice();
	        copy.warnings = this.warnings.slice();
	        copy.options = Object.assign({}, this.options);
	        if (this.directives)
	            copy.directives = this.directives.clone();
	        copy.schema = this.schema.clone();
	        // @ts-expect-error We can't really know that this matches Contents.
	        copy.contents = identity.isNode(this.contents)
	            ? this.contents.clone(copy.schema)
	            : this.contents;
	        if (this.range)
	            copy.range = this.range.slice();
	        return copy;
	    }
	    /** Adds a value to the document. */
	    add(value) {
	        if (assertCollection(this.contents))
	            this.contents.add(value);
	    }
	    /** Adds a value to the document. */
	    addIn(path, value) {
	        if (assertCollection(this.contents))
	            this.contents.addIn(path, value);
	    }
	    /**
	     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
	     *
	     * If `node` already has an anchor, `name` is ignored.
	     * Otherwise, the `node.anchor` value will be set to `name`,
	     * or if an anchor with that name is already present in the document,
	     * `name` will be used as a prefix for a new unique anchor.
	     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
	     */
	    createAlias(node, name) {
	        if (!node.anchor) {
	            const prev = anchors.anchorNames(this);
	            node.anchor =
	                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
	        }
	        return new Alias.Alias(node.anchor);
	    }
	    createNode(value, replacer, options) {
	        let _replacer = undefined;
	        if (typeof replacer === 'function') {
	            value = replacer.call({ '': value }, '', value);
	            _replacer = replacer;
	        }
	        else if (Array.isArray(replacer)) {
	            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
	            const asStr = replacer.filter(keyToStr).map(String);
	            if (asStr.length > 0)
	                replacer = replacer.concat(asStr);
	            _replacer = replacer;
	        }
	        else if (options === undefined && replacer) {
	            options = replacer;
	            replacer = undefined;
	        }
	        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
	        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        anchorPrefix || 'a');
	        const ctx = {
	            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
	            keepUndefined: keepUndefined ?? false,
	            onAnchor,
	            onTagObj,
	            replacer: _replacer,
	            schema: this.schema,
	            sourceObjects
	        };
	        const node = createNode.createNode(value, tag, ctx);
	        if (flow && identity.isCollection(node))
	            node.flow = true;
	        setAnchors();
	        return node;
	    }
	    /**
	     * Convert a key and a value into a `Pair` using the current schema,
	     * recursively wrapping all values as `Scalar` or `Collection` nodes.
	     */
	    createPair(key, value, options = {}) {
	        const k = this.createNode(key, null, options);
	        const v = this.createNode(value, null, options);
	        return new Pair.Pair(k, v);
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    delete(key) {
	        return assertCollection(this.contents) ? this.contents.delete(key) : false;
	    }
	    /**
	     * Removes a value from the document.
	     * @returns `true` if the item was found and removed.
	     */
	    deleteIn(path) {
	        if (Collection.isEmptyPath(path)) {
	            if (this.contents == null)
	                return false;
	            // @ts-expect-error Presumed impossible if Strict extends false
	            this.contents = null;
	            return true;
	        }
	        return assertCollection(this.contents)
	            ? this.contents.deleteIn(path)
	            : false;
	    }
	    /**
	     * Returns item at `key`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    get(key, keepScalar) {
	        return identity.isCollection(this.contents)
	            ? this.contents.get(key, keepScalar)
	            : undefined;
	    }
	    /**
	     * Returns item at `path`, or `undefined` if not found. By default unwraps
	     * scalar values from their surrounding node; to disable set `keepScalar` to
	     * `true` (collections are always returned intact).
	     */
	    getIn(path, keepScalar) {
	        if (Collection.isEmptyPath(path))
	            return !keepScalar && identity.isScalar(this.contents)
	                ? this.contents.value
	                : this.contents;
	        return identity.isCollection(this.contents)
	            ? this.contents.getIn(path, keepScalar)
	            : undefined;
	    }
	    /**
	     * Checks if the document includes a value with the key `key`.
	     */
	    has(key) {
	        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
	    }
	    /**
	     * Checks if the document includes a value at `path`.
	     */
	    hasIn(path) {
	        if (Collection.isEmptyPath(path))
	            return this.contents !== undefined;
	        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    set(key, value) {
	        if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, [key], value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.set(key, value);
	        }
	    }
	    /**
	     * Sets a value in this document. For `!!set`, `value` needs to be a
	     * boolean to add/remove the item from the set.
	     */
	    setIn(path, value) {
	        if (Collection.isEmptyPath(path)) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = value;
	        }
	        else if (this.contents == null) {
	            // @ts-expect-error We can't really know that this matches Contents.
	            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
	        }
	        else if (assertCollection(this.contents)) {
	            this.contents.setIn(path, value);
	        }
	    }
	    /**
	     * Change the YAML version and schema used by the document.
	     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
	     * It also requires the `schema` option to be given as a `Schema` instance value.
	     *
	     * Overrides all previously set schema options.
	     */
	    setSchema(version, options = {}) {
	        if (typeof version === 'number')
	            version = String(version);
	        let opt;
	        switch (version) {
	            case '1.1':
	                if (this.directives)
	                    this.directives.yaml.version = '1.1';
	                else
	                    this.directives = new directives.Directives({ version: '1.1' });
	                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
	                break;
	            case '1.2':
	            case 'next':
	                if (this.directives)
	                    this.directives.yaml.version = version;
	                else
	                    this.directives = new directives.Directives({ version });
	                opt = { resolveKnownTags: true, schema: 'core' };
	                break;
	            case null:
	                if (this.directives)
	                    delete this.directives;
	                opt = null;
	                break;
	            default: {
	                const sv = JSON.stringify(version);
	                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
	            }
	        }
	        // Not using `instanceof Schema` to allow for duck typing
	        if (options.schema instanceof Object)
	            this.schema = options.schema;
	        else if (opt)
	            this.schema = new Schema.Schema(Object.assign(opt, options));
	        else
	            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
	    }
	    // json & jsonArg are only used from toJSON()
	    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
	        const ctx = {
	            anchors: new Map(),
	            doc: this,
	            keep: !json,
	            mapAsMap: mapAsMap === true,
	            mapKeyWarned: false,
	            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
	        };
	        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
	        if (typeof onAnchor === 'function')
	            for (const { count, res } of ctx.anchors.values())
	                onAnchor(res, count);
	        return typeof reviver === 'function'
	            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
	            : res;
	    }
	    /**
	     * A JSON representation of the document `contents`.
	     *
	     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
	     *   property name.
	     */
	    toJSON(jsonArg, onAnchor) {
	        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
	    }
	    /** A YAML representation of the document. */
	    toString(options = {}) {
	        if (this.errors.length > 0)
	            throw new Error('Document with errors cannot be stringified');
	        if ('indent' in options &&
	            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
	            const s = JSON.stringify(options.indent);
	            throw new Error(`"indent" option must be a positive integer, not ${s}`);
	        }
	        return stringifyDocument.stringifyDocument(this, options);
	    }
	};
	function assertCollection(contents) {
	    if (identity.isCollection(contents))
	        return true;
	    throw new Error('Expected a YAML collection as document contents');
	}

	Document.Document = Document$1;
	return Document;
}

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;

	class YAMLError extends Error {
	    constructor(name, pos, code, message) {
	        super();
	        this.name = name;
	        this.code = code;
	        this.message = message;
	        this.pos = pos;
	    }
	}
	class YAMLParseError extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLParseError', pos, code, message);
	    }
	}
	class YAMLWarning extends YAMLError {
	    constructor(pos, code, message) {
	        super('YAMLWarning', pos, code, message);
	    }
	}
	const prettifyError = (src, lc) => (error) => {
	    if (error.pos[0] === -1)
	        return;
	    error.linePos = error.pos.map(pos => lc.linePos(pos));
	    const { line, col } = error.linePos[0];
	    error.message += ` at line ${line}, column ${col}`;
	    let ci = col - 1;
	    let lineStr = src
	        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
	        .replace(/[\n\r]+$/, '');
	    // Trim to max 80 chars, keeping col position near the middle
	    if (ci >= 60 && lineStr.length > 80) {
	        const trimStart = Math.min(ci - 39, lineStr.length - 79);
	        lineStr = '…' + lineStr.substring(trimStart);
	        ci -= trimStart - 1;
	    }
	    if (lineStr.length > 80)
	        lineStr = lineStr.substring(0, 79) + '…';
	    // Include previous line in context if pointing at line start
	    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
	        // Regexp won't match if start is trimmed
	        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
	        if (prev.length > 80)
	            prev = prev.substring(0, 79) + '…\n';
	        lineStr = prev + lineStr;
	    }
	    if (/[^ ]/.test(lineStr)) {
	        let count = 1;
	        const end = error.linePos[1];
	        if (end?.line === line && end.col > col) {
	            count = Math.max(1, Math.min(end.col - col, 80 - ci));
	        }
	        const pointer = ' '.repeat(ci) + '^'.repeat(count);
	        error.message += `:\n\n${lineStr}\n${pointer}\n`;
	    }
	};

	errors.YAMLError = YAMLError;
	errors.YAMLParseError = YAMLParseError;
	errors.YAMLWarning = YAMLWarning;
	errors.prettifyError = prettifyError;
	return errors;
}

var composeDoc = {};

var composeNode = {};

var composeCollection = {};

var resolveBlockMap = {};

var resolveProps = {};

var hasRequiredResolveProps;

function requireResolveProps () {
	if (hasRequiredResolveProps) return resolveProps;
	hasRequiredResolveProps = 1;

	function resolveProps$1(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
	    let spaceBefore = false;
	    let atNewline = startOnNewline;
	    let hasSpace = startOnNewline;
	    let comment = '';
	    let commentSep = '';
	    let hasNewline = false;
	    let reqSpace = false;
	    let tab = null;
	    let anchor = null;
	    let tag = null;
	    let newlineAfterProp = null;
	    let comma = null;
	    let found = null;
	    let start = null;
	    for (const token of tokens) {
	        if (reqSpace) {
	            if (token.type !== 'space' &&
	                token.type !== 'newline' &&
	                token.type !== 'comma')
	                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	            reqSpace = false;
	        }
	        if (tab) {
	            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
	                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	            }
	            tab = null;
	        }
	        switch (token.type) {
	            case 'space':
	                // At the doc level, tabs at line start may be parsed
	                // as leading white space rather than indentation.
	                // In a flow collection, only the parser handles indent.
	                if (!flow &&
	                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
	                    token.source.includes('\t')) {
	                    tab = token;
	                }
	                hasSpace = true;
	                break;
	            case 'comment': {
	                if (!hasSpace)
	                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                const cb = token.source.substring(1) || ' ';
	                if (!comment)
	                    comment = cb;
	                else
	                    comment += commentSep + cb;
	                commentSep = '';
	                atNewline = false;
	                break;
	            }
	            case 'newline':
	                if (atNewline) {
	                    if (comment)
	                        comment += token.source;
	                    else if (!found || indicator !== 'seq-item-ind')
	                        spaceBefore = true;
	                }
	                else
	                    commentSep += token.source;
	                atNewline = true;
	                hasNewline = true;
	                if (anchor || tag)
	                    newlineAfterProp = token;
	                hasSpace = true;
	                break;
	            case 'anchor':
	                if (anchor)
	                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
	                if (token.source.endsWith(':'))
	                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
	                anchor = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            case 'tag': {
	                if (tag)
	                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
	                tag = token;
	                start ?? (start = token.offset);
	                atNewline = false;
	                hasSpace = false;
	                reqSpace = true;
	                break;
	            }
	            case indicator:
	                // Could here handle preceding comments differently
	                if (anchor || tag)
	                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
	                if (found)
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
	                found = token;
	                atNewline =
	                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
	                hasSpace = false;
	                break;
	            case 'comma':
	                if (flow) {
	                    if (comma)
	                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
	                    comma = token;
	                    atNewline = false;
	                    hasSpace = false;
	                    break;
	                }
	            // else fallthrough
	            default:
	                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
	                atNewline = false;
	                hasSpace = false;
	        }
	    }
	    const last = tokens[tokens.length - 1];
	    const end = last ? last.offset + last.source.length : offset;
	    if (reqSpace &&
	        next &&
	        next.type !== 'space' &&
	        next.type !== 'newline' &&
	        next.type !== 'comma' &&
	        (next.type !== 'scalar' || next.source !== '')) {
	        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
	    }
	    if (tab &&
	        ((atNewline && tab.indent <= parentIndent) ||
	            next?.type === 'block-map' ||
	            next?.type === 'block-seq'))
	        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
	    return {
	        comma,
	        found,
	        spaceBefore,
	        comment,
	        hasNewline,
	        anchor,
	        tag,
	        newlineAfterProp,
	        end,
	        start: start ?? end
	    };
	}

	resolveProps.resolveProps = resolveProps$1;
	return resolveProps;
}

var utilContainsNewline = {};

var hasRequiredUtilContainsNewline;

function requireUtilContainsNewline () {
	if (hasRequiredUtilContainsNewline) return utilContainsNewline;
	hasRequiredUtilContainsNewline = 1;

	function containsNewline(key) {
	    if (!key)
	        return null;
	    switch (key.type) {
	        case 'alias':
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            if (key.source.includes('\n'))
	                return true;
	            if (key.end)
	                for (const st of key.end)
	                    if (st.type === 'newline')
	                        return true;
	            return false;
	        case 'flow-collection':
	            for (const it of key.items) {
	                for (const st of it.start)
	                    if (st.type === 'newline')
	                        return true;
	                if (it.sep)
	                    for (const st of it.sep)
	                        if (st.type === 'newline')
	                            return true;
	                if (containsNewline(it.key) || containsNewline(it.value))
	                    return true;
	            }
	            return false;
	        default:
	            return true;
	    }
	}

	utilContainsNewline.containsNewline = containsNewline;
	return utilContainsNewline;
}

var utilFlowIndentCheck = {};

var hasRequiredUtilFlowIndentCheck;

function requireUtilFlowIndentCheck () {
	if (hasRequiredUtilFlowIndentCheck) return utilFlowIndentCheck;
	hasRequiredUtilFlowIndentCheck = 1;

	var utilContainsNewline = requireUtilContainsNewline();

	function flowIndentCheck(indent, fc, onError) {
	    if (fc?.type === 'flow-collection') {
	        const end = fc.end[0];
	        if (end.indent === indent &&
	            (end.source === ']' || end.source === '}') &&
	            utilContainsNewline.containsNewline(fc)) {
	            const msg = 'Flow end indicator should be more indented than parent';
	            onError(end, 'BAD_INDENT', msg, true);
	        }
	    }
	}

	utilFlowIndentCheck.flowIndentCheck = flowIndentCheck;
	return utilFlowIndentCheck;
}

var utilMapIncludes = {};

var hasRequiredUtilMapIncludes;

function requireUtilMapIncludes () {
	if (hasRequiredUtilMapIncludes) return utilMapIncludes;
	hasRequiredUtilMapIncludes = 1;

	var identity = requireIdentity();

	function mapIncludes(ctx, items, search) {
	    const { uniqueKeys } = ctx.options;
	    if (uniqueKeys === false)
	        return false;
	    const isEqual = typeof uniqueKeys === 'function'
	        ? uniqueKeys
	        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
	    return items.some(pair => isEqual(pair.key, search));
	}

	utilMapIncludes.mapIncludes = mapIncludes;
	return utilMapIncludes;
}

var hasRequiredResolveBlockMap;

function requireResolveBlockMap () {
	if (hasRequiredResolveBlockMap) return resolveBlockMap;
	hasRequiredResolveBlockMap = 1;

	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();
	var utilMapIncludes = requireUtilMapIncludes();

	const startColMsg = 'All mapping items must start at the same column';
	function resolveBlockMap$1({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
	    const map = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    let offset = bm.offset;
	    let commentEnd = null;
	    for (const collItem of bm.items) {
	        const { start, key, sep, value } = collItem;
	        // key properties
	        const keyProps = resolveProps.resolveProps(start, {
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: true
	        });
	        const implicitKey = !keyProps.found;
	        if (implicitKey) {
	            if (key) {
	                if (key.type === 'block-seq')
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
	                else if ('indent' in key && key.indent !== bm.indent)
	                    onError(offset, 'BAD_INDENT', startColMsg);
	            }
	            if (!keyProps.anchor && !keyProps.tag && !sep) {
	                commentEnd = keyProps.end;
	                if (keyProps.comment) {
	                    if (map.comment)
	                        map.comment += '\n' + keyProps.comment;
	                    else
	                        map.comment = keyProps.comment;
	                }
	                continue;
	            }
	            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
	                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
	            }
	        }
	        else if (keyProps.found?.indent !== bm.indent) {
	            onError(offset, 'BAD_INDENT', startColMsg);
	        }
	        // key value
	        ctx.atKey = true;
	        const keyStart = keyProps.end;
	        const keyNode = key
	            ? composeNode(ctx, key, keyProps, onError)
	            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
	        ctx.atKey = false;
	        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	        // value properties
	        const valueProps = resolveProps.resolveProps(sep ?? [], {
	            indicator: 'map-value-ind',
	            next: value,
	            offset: keyNode.range[2],
	            onError,
	            parentIndent: bm.indent,
	            startOnNewline: !key || key.type === 'block-scalar'
	        });
	        offset = valueProps.end;
	        if (valueProps.found) {
	            if (implicitKey) {
	                if (value?.type === 'block-map' && !valueProps.hasNewline)
	                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
	                if (ctx.options.strict &&
	                    keyProps.start < valueProps.found.offset - 1024)
	                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
	            if (ctx.schema.compat)
	                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
	            offset = valueNode.range[2];
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	        else {
	            // key with no value
	            if (implicitKey)
	                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
	            if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            map.items.push(pair);
	        }
	    }
	    if (commentEnd && commentEnd < offset)
	        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
	    map.range = [bm.offset, offset, commentEnd ?? offset];
	    return map;
	}

	resolveBlockMap.resolveBlockMap = resolveBlockMap$1;
	return resolveBlockMap;
}

var resolveBlockSeq = {};

var hasRequiredResolveBlockSeq;

function requireResolveBlockSeq () {
	if (hasRequiredResolveBlockSeq) return resolveBlockSeq;
	hasRequiredResolveBlockSeq = 1;

	var YAMLSeq = requireYAMLSeq();
	var resolveProps = requireResolveProps();
	var utilFlowIndentCheck = requireUtilFlowIndentCheck();

	function resolveBlockSeq$1({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
	    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
	    const seq = new NodeClass(ctx.schema);
	    if (ctx.atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = bs.offset;
	    let commentEnd = null;
	    for (const { start, value } of bs.items) {
	        const props = resolveProps.resolveProps(start, {
	            indicator: 'seq-item-ind',
	            next: value,
	            offset,
	            onError,
	            parentIndent: bs.indent,
	            startOnNewline: true
	        });
	        if (!props.found) {
	            if (props.anchor || props.tag || value) {
	                if (value?.type === 'block-seq')
	                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
	                else
	                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
	            }
	            else {
	                commentEnd = props.end;
	                if (props.comment)
	                    seq.comment = props.comment;
	                continue;
	            }
	        }
	        const node = value
	            ? composeNode(ctx, value, props, onError)
	            : composeEmptyNode(ctx, props.end, start, null, props, onError);
	        if (ctx.schema.compat)
	            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
	        offset = node.range[2];
	        seq.items.push(node);
	    }
	    seq.range = [bs.offset, offset, commentEnd ?? offset];
	    return seq;
	}

	resolveBlockSeq.resolveBlockSeq = resolveBlockSeq$1;
	return resolveBlockSeq;
}

var resolveFlowCollection = {};

var resolveEnd = {};

var hasRequiredResolveEnd;

function requireResolveEnd () {
	if (hasRequiredResolveEnd) return resolveEnd;
	hasRequiredResolveEnd = 1;

	function resolveEnd$1(end, offset, reqSpace, onError) {
	    let comment = '';
	    if (end) {
	        let hasSpace = false;
	        let sep = '';
	        for (const token of end) {
	            const { source, type } = token;
	            switch (type) {
	                case 'space':
	                    hasSpace = true;
	                    break;
	                case 'comment': {
	                    if (reqSpace && !hasSpace)
	                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
	                    const cb = source.substring(1) || ' ';
	                    if (!comment)
	                        comment = cb;
	                    else
	                        comment += sep + cb;
	                    sep = '';
	                    break;
	                }
	                case 'newline':
	                    if (comment)
	                        sep += source;
	                    hasSpace = true;
	                    break;
	                default:
	                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
	            }
	            offset += source.length;
	        }
	    }
	    return { comment, offset };
	}

	resolveEnd.resolveEnd = resolveEnd$1;
	return resolveEnd;
}

var hasRequiredResolveFlowCollection;

function requireResolveFlowCollection () {
	if (hasRequiredResolveFlowCollection) return resolveFlowCollection;
	hasRequiredResolveFlowCollection = 1;

	var identity = requireIdentity();
	var Pair = requirePair();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();
	var utilContainsNewline = requireUtilContainsNewline();
	var utilMapIncludes = requireUtilMapIncludes();

	const blockMsg = 'Block collections are not allowed within flow collections';
	const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
	function resolveFlowCollection$1({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
	    const isMap = fc.start.source === '{';
	    const fcName = isMap ? 'flow map' : 'flow sequence';
	    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
	    const coll = new NodeClass(ctx.schema);
	    coll.flow = true;
	    const atRoot = ctx.atRoot;
	    if (atRoot)
	        ctx.atRoot = false;
	    if (ctx.atKey)
	        ctx.atKey = false;
	    let offset = fc.offset + fc.start.source.length;
	    for (let i = 0; i < fc.items.length; ++i) {
	        const collItem = fc.items[i];
	        const { start, key, sep, value } = collItem;
	        const props = resolveProps.resolveProps(start, {
	            flow: fcName,
	            indicator: 'explicit-key-ind',
	            next: key ?? sep?.[0],
	            offset,
	            onError,
	            parentIndent: fc.indent,
	            startOnNewline: false
	        });
	        if (!props.found) {
	            if (!props.anchor && !props.tag && !sep && !value) {
	                if (i === 0 && props.comma)
	                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	                else if (i < fc.items.length - 1)
	                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
	                if (props.comment) {
	                    if (coll.comment)
	                        coll.comment += '\n' + props.comment;
	                    else
	                        coll.comment = props.comment;
	                }
	                offset = props.end;
	                continue;
	            }
	            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
	                onError(key, // checked by containsNewline()
	                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	        }
	        if (i === 0) {
	            if (props.comma)
	                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
	        }
	        else {
	            if (!props.comma)
	                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
	            if (props.comment) {
	                let prevItemComment = '';
	                loop: for (const st of start) {
	                    switch (st.type) {
	                        case 'comma':
	                        case 'space':
	                            break;
	                        case 'comment':
	                            prevItemComment = st.source.substring(1);
	                            break loop;
	                        default:
	                            break loop;
	                    }
	                }
	                if (prevItemComment) {
	                    let prev = coll.items[coll.items.length - 1];
	                    if (identity.isPair(prev))
	                        prev = prev.value ?? prev.key;
	                    if (prev.comment)
	                        prev.comment += '\n' + prevItemComment;
	                    else
	                        prev.comment = prevItemComment;
	                    props.comment = props.comment.substring(prevItemComment.length + 1);
	                }
	            }
	        }
	        if (!isMap && !sep && !props.found) {
	            // item is a value in a seq
	            // → key & sep are empty, start does not include ? or :
	            const valueNode = value
	                ? composeNode(ctx, value, props, onError)
	                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
	            coll.items.push(valueNode);
	            offset = valueNode.range[2];
	            if (isBlock(value))
	                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	        }
	        else {
	            // item is a key+value pair
	            // key value
	            ctx.atKey = true;
	            const keyStart = props.end;
	            const keyNode = key
	                ? composeNode(ctx, key, props, onError)
	                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
	            if (isBlock(key))
	                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            ctx.atKey = false;
	            // value properties
	            const valueProps = resolveProps.resolveProps(sep ?? [], {
	                flow: fcName,
	                indicator: 'map-value-ind',
	                next: value,
	                offset: keyNode.range[2],
	                onError,
	                parentIndent: fc.indent,
	                startOnNewline: false
	            });
	            if (valueProps.found) {
	                if (!isMap && !props.found && ctx.options.strict) {
	                    if (sep)
	                        for (const st of sep) {
	                            if (st === valueProps.found)
	                                break;
	                            if (st.type === 'newline') {
	                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
	                                break;
	                            }
	                        }
	                    if (props.start < valueProps.found.offset - 1024)
	                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
	                }
	            }
	            else if (value) {
	                if ('source' in value && value.source?.[0] === ':')
	                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
	                else
	                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
	            }
	            // value value
	            const valueNode = value
	                ? composeNode(ctx, value, valueProps, onError)
	                : valueProps.found
	                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
	                    : null;
	            if (valueNode) {
	                if (isBlock(value))
	                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
	            }
	            else if (valueProps.comment) {
	                if (keyNode.comment)
	                    keyNode.comment += '\n' + valueProps.comment;
	                else
	                    keyNode.comment = valueProps.comment;
	            }
	            const pair = new Pair.Pair(keyNode, valueNode);
	            if (ctx.options.keepSourceTokens)
	                pair.srcToken = collItem;
	            if (isMap) {
	                const map = coll;
	                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
	                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
	                map.items.push(pair);
	            }
	            else {
	                const map = new YAMLMap.YAMLMap(ctx.schema);
	                map.flow = true;
	                map.items.push(pair);
	                const endRange = (valueNode ?? keyNode).range;
	                map.range = [keyNode.range[0], endRange[1], endRange[2]];
	                coll.items.push(map);
	            }
	            offset = valueNode ? valueNode.range[2] : valueProps.end;
	        }
	    }
	    const expectedEnd = isMap ? '}' : ']';
	    const [ce, ...ee] = fc.end;
	    let cePos = offset;
	    if (ce?.source === expectedEnd)
	        cePos = ce.offset + ce.source.length;
	    else {
	        const name = fcName[0].toUpperCase() + fcName.substring(1);
	        const msg = atRoot
	            ? `${name} must end with a ${expectedEnd}`
	            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
	        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
	        if (ce && ce.source.length !== 1)
	            ee.unshift(ce);
	    }
	    if (ee.length > 0) {
	        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
	        if (end.comment) {
	            if (coll.comment)
	                coll.comment += '\n' + end.comment;
	            else
	                coll.comment = end.comment;
	        }
	        coll.range = [fc.offset, cePos, end.offset];
	    }
	    else {
	        coll.range = [fc.offset, cePos, cePos];
	    }
	    return coll;
	}

	resolveFlowCollection.resolveFlowCollection = resolveFlowCollection$1;
	return resolveFlowCollection;
}

var hasRequiredComposeCollection;

function requireComposeCollection () {
	if (hasRequiredComposeCollection) return composeCollection;
	hasRequiredComposeCollection = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var resolveBlockMap = requireResolveBlockMap();
	var resolveBlockSeq = requireResolveBlockSeq();
	var resolveFlowCollection = requireResolveFlowCollection();

	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
	    const coll = token.type === 'block-map'
	        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
	        : token.type === 'block-seq'
	            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
	            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
	    const Coll = coll.constructor;
	    // If we got a tagName matching the class, or the tag name is '!',
	    // then use the tagName from the node class used to create it.
	    if (tagName === '!' || tagName === Coll.tagName) {
	        coll.tag = Coll.tagName;
	        return coll;
	    }
	    if (tagName)
	        coll.tag = tagName;
	    return coll;
	}
	function composeCollection$1(CN, ctx, token, props, onError) {
	    const tagToken = props.tag;
	    const tagName = !tagToken
	        ? null
	        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
	    if (token.type === 'block-seq') {
	        const { anchor, newlineAfterProp: nl } = props;
	        const lastProp = anchor && tagToken
	            ? anchor.offset > tagToken.offset
	                ? anchor
	                : tagToken
	            : (anchor ?? tagToken);
	        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
	            const message = 'Missing newline after block sequence props';
	            onError(lastProp, 'MISSING_CHAR', message);
	        }
	    }
	    const expType = token.type === 'block-map'
	        ? 'map'
	        : token.type === 'block-seq'
	            ? 'seq'
	            : token.start.source === '{'
	                ? 'map'
	                : 'seq';
	    // shortcut: check if it's a generic YAMLMap or YAMLSeq
	    // before jumping into the custom tag logic.
	    if (!tagToken ||
	        !tagName ||
	        tagName === '!' ||
	        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
	        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
	        return resolveCollection(CN, ctx, token, onError, tagName);
	    }
	    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
	    if (!tag) {
	        const kt = ctx.schema.knownTags[tagName];
	        if (kt?.collection === expType) {
	            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
	            tag = kt;
	        }
	        else {
	            if (kt) {
	                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
	            }
	            else {
	                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
	            }
	            return resolveCollection(CN, ctx, token, onError, tagName);
	        }
	    }
	    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
	    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
	    const node = identity.isNode(res)
	        ? res
	        : new Scalar.Scalar(res);
	    node.range = coll.range;
	    node.tag = tagName;
	    if (tag?.format)
	        node.format = tag.format;
	    return node;
	}

	composeCollection.composeCollection = composeCollection$1;
	return composeCollection;
}

var composeScalar = {};

var resolveBlockScalar = {};

var hasRequiredResolveBlockScalar;

function requireResolveBlockScalar () {
	if (hasRequiredResolveBlockScalar) return resolveBlockScalar;
	hasRequiredResolveBlockScalar = 1;

	var Scalar = requireScalar();

	function resolveBlockScalar$1(ctx, scalar, onError) {
	    const start = scalar.offset;
	    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
	    if (!header)
	        return { value: '', type: null, comment: '', range: [start, start, start] };
	    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
	    const lines = scalar.source ? splitLines(scalar.source) : [];
	    // determine the end of content & start of chomping
	    let chompStart = lines.length;
	    for (let i = lines.length - 1; i >= 0; --i) {
	        const content = lines[i][1];
	        if (content === '' || content === '\r')
	            chompStart = i;
	        else
	            break;
	    }
	    // shortcut for empty contents
	    if (chompStart === 0) {
	        const value = header.chomp === '+' && lines.length > 0
	            ? '\n'.repeat(Math.max(1, lines.length - 1))
	            : '';
	        let end = start + header.length;
	        if (scalar.source)
	            end += scalar.source.length;
	        return { value, type, comment: header.comment, range: [start, end, end] };
	    }
	    // find the indentation level to trim from start
	    let trimIndent = scalar.indent + header.indent;
	    let offset = scalar.offset + header.length;
	    let contentStart = 0;
	    for (let i = 0; i < chompStart; ++i) {
	        const [indent, content] = lines[i];
	        if (content === '' || content === '\r') {
	            if (header.indent === 0 && indent.length > trimIndent)
	                trimIndent = indent.length;
	        }
	        else {
	            if (indent.length < trimIndent) {
	                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
	                onError(offset + indent.length, 'MISSING_CHAR', message);
	            }
	            if (header.indent === 0)
	                trimIndent = indent.length;
	            contentStart = i;
	            if (trimIndent === 0 && !ctx.atRoot) {
	                const message = 'Block scalar values in collections must be indented';
	                onError(offset, 'BAD_INDENT', message);
	            }
	            break;
	        }
	        offset += indent.length + content.length + 1;
	    }
	    // include trailing more-indented empty lines in content
	    for (let i = lines.length - 1; i >= chompStart; --i) {
	        if (lines[i][0].length > trimIndent)
	            chompStart = i + 1;
	    }
	    let value = '';
	    let sep = '';
	    let prevMoreIndented = false;
	    // leading whitespace is kept intact
	    for (let i = 0; i < contentStart; ++i)
	        value += lines[i][0].slice(trimIndent) + '\n';
	    for (let i = contentStart; i < chompStart; ++i) {
	        let [indent, content] = lines[i];
	        offset += indent.length + content.length + 1;
	        const crlf = content[content.length - 1] === '\r';
	        if (crlf)
	            content = content.slice(0, -1);
	        /* istanbul ignore if already caught in lexer */
	        if (content && indent.length < trimIndent) {
	            const src = header.indent
	                ? 'explicit indentation indicator'
	                : 'first line';
	            const message = `Block scalar lines must not be less indented than their ${src}`;
	            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
	            indent = '';
	        }
	        if (type === Scalar.Scalar.BLOCK_LITERAL) {
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	        }
	        else if (indent.length > trimIndent || content[0] === '\t') {
	            // more-indented content within a folded block
	            if (sep === ' ')
	                sep = '\n';
	            else if (!prevMoreIndented && sep === '\n')
	                sep = '\n\n';
	            value += sep + indent.slice(trimIndent) + content;
	            sep = '\n';
	            prevMoreIndented = true;
	        }
	        else if (content === '') {
	            // empty line
	            if (sep === '\n')
	                value += '\n';
	            else
	                sep = '\n';
	        }
	        else {
	            value += sep + content;
	            sep = ' ';
	            prevMoreIndented = false;
	        }
	    }
	    switch (header.chomp) {
	        case '-':
	            break;
	        case '+':
	            for (let i = chompStart; i < lines.length; ++i)
	                value += '\n' + lines[i][0].slice(trimIndent);
	            if (value[value.length - 1] !== '\n')
	                value += '\n';
	            break;
	        default:
	            value += '\n';
	    }
	    const end = start + header.length + scalar.source.length;
	    return { value, type, comment: header.comment, range: [start, end, end] };
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
	    /* istanbul ignore if should not happen */
	    if (props[0].type !== 'block-scalar-header') {
	        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
	        return null;
	    }
	    const { source } = props[0];
	    const mode = source[0];
	    let indent = 0;
	    let chomp = '';
	    let error = -1;
	    for (let i = 1; i < source.length; ++i) {
	        const ch = source[i];
	        if (!chomp && (ch === '-' || ch === '+'))
	            chomp = ch;
	        else {
	            const n = Number(ch);
	            if (!indent && n)
	                indent = n;
	            else if (error === -1)
	                error = offset + i;
	        }
	    }
	    if (error !== -1)
	        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
	    let hasSpace = false;
	    let comment = '';
	    let length = source.length;
	    for (let i = 1; i < props.length; ++i) {
	        const token = props[i];
	        switch (token.type) {
	            case 'space':
	                hasSpace = true;
	            // fallthrough
	            case 'newline':
	                length += token.source.length;
	                break;
	            case 'comment':
	                if (strict && !hasSpace) {
	                    const message = 'Comments must be separated from other tokens by white space characters';
	                    onError(token, 'MISSING_CHAR', message);
	                }
	                length += token.source.length;
	                comment = token.source.substring(1);
	                break;
	            case 'error':
	                onError(token, 'UNEXPECTED_TOKEN', token.message);
	                length += token.source.length;
	                break;
	            /* istanbul ignore next should not happen */
	            default: {
	                const message = `Unexpected token in block scalar header: ${token.type}`;
	                onError(token, 'UNEXPECTED_TOKEN', message);
	                const ts = token.source;
	                if (ts && typeof ts === 'string')
	                    length += ts.length;
	            }
	        }
	    }
	    return { mode, indent, chomp, comment, length };
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
	    const split = source.split(/\n( *)/);
	    const first = split[0];
	    const m = first.match(/^( *)/);
	    const line0 = m?.[1]
	        ? [m[1], first.slice(m[1].length)]
	        : ['', first];
	    const lines = [line0];
	    for (let i = 1; i < split.length; i += 2)
	        lines.push([split[i], split[i + 1]]);
	    return lines;
	}

	resolveBlockScalar.resolveBlockScalar = resolveBlockScalar$1;
	return resolveBlockScalar;
}

var resolveFlowScalar = {};

var hasRequiredResolveFlowScalar;

function requireResolveFlowScalar () {
	if (hasRequiredResolveFlowScalar) return resolveFlowScalar;
	hasRequiredResolveFlowScalar = 1;

	var Scalar = requireScalar();
	var resolveEnd = requireResolveEnd();

	function resolveFlowScalar$1(scalar, strict, onError) {
	    const { offset, type, source, end } = scalar;
	    let _type;
	    let value;
	    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
	    switch (type) {
	        case 'scalar':
	            _type = Scalar.Scalar.PLAIN;
	            value = plainValue(source, _onError);
	            break;
	        case 'single-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_SINGLE;
	            value = singleQuotedValue(source, _onError);
	            break;
	        case 'double-quoted-scalar':
	            _type = Scalar.Scalar.QUOTE_DOUBLE;
	            value = doubleQuotedValue(source, _onError);
	            break;
	        /* istanbul ignore next should not happen */
	        default:
	            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
	            return {
	                value: '',
	                type: null,
	                comment: '',
	                range: [offset, offset + source.length, offset + source.length]
	            };
	    }
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
	    return {
	        value,
	        type: _type,
	        comment: re.comment,
	        range: [offset, valueEnd, re.offset]
	    };
	}
	function plainValue(source, onError) {
	    let badChar = '';
	    switch (source[0]) {
	        /* istanbul ignore next should not happen */
	        case '\t':
	            badChar = 'a tab character';
	            break;
	        case ',':
	            badChar = 'flow indicator character ,';
	            break;
	        case '%':
	            badChar = 'directive indicator character %';
	            break;
	        case '|':
	        case '>': {
	            badChar = `block scalar indicator ${source[0]}`;
	            break;
	        }
	        case '@':
	        case '`': {
	            badChar = `reserved character ${source[0]}`;
	            break;
	        }
	    }
	    if (badChar)
	        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
	    return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
	    if (source[source.length - 1] !== "'" || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
	    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
	    const line = /(.*?)\r?\n/sy;
	    let match = line.exec(source);
	    if (!match)
	        return source;
	    /**
	     * The negative lookbehinds in these RegExps are to
	     * prevent causing a polynomial search time in certain cases.
	     *
	     * The try-catch is for Safari < 16.4 and other old browsers:
	     * https://caniuse.com/js-regexp-lookbehind
	     */
	    let trimEnd, trimBoth;
	    try {
	        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
	        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
	    }
	    catch {
	        trimEnd = /[ \t]+$/;
	        trimBoth = /^[ \t]+|[ \t]+$/g;
	    }
	    let res = match[1].replace(trimEnd, '');
	    let sep = ' ';
	    let pos = line.lastIndex;
	    while ((match = line.exec(source))) {
	        const lm = match[1].replace(trimBoth, '');
	        if (lm === '') {
	            if (sep === '\n')
	                res += sep;
	            else
	                sep = '\n';
	        }
	        else {
	            res += sep + lm;
	            sep = ' ';
	        }
	        pos = line.lastIndex;
	    }
	    const last = /[ \t]*(.*)/sy;
	    last.lastIndex = pos;
	    match = last.exec(source);
	    return res + sep + (match?.[1] ?? '');
	}
	function doubleQuotedValue(source, onError) {
	    let res = '';
	    for (let i = 1; i < source.length - 1; ++i) {
	        const ch = source[i];
	        if (ch === '\r' && source[i + 1] === '\n')
	            continue;
	        if (ch === '\n') {
	            const { fold, offset } = foldNewline(source, i);
	            res += fold;
	            i = offset;
	        }
	        else if (ch === '\\') {
	            let next = source[++i];
	            const cc = escapeCodes[next];
	            if (cc)
	                res += cc;
	            else if (next === '\n') {
	                // skip escaped newlines, but still trim the following line
	                next = source[i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === '\r' && source[i + 1] === '\n') {
	                // skip escaped CRLF newlines, but still trim the following line
	                next = source[++i + 1];
	                while (next === ' ' || next === '\t')
	                    next = source[++i + 1];
	            }
	            else if (next === 'x' || next === 'u' || next === 'U') {
	                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
	                res += parseCharCode(source, i + 1, length, onError);
	                i += length;
	            }
	            else {
	                const raw = source.substr(i - 1, 2);
	                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	                res += raw;
	            }
	        }
	        else if (ch === ' ' || ch === '\t') {
	            // trim trailing whitespace
	            const wsStart = i;
	            let next = source[i + 1];
	            while (next === ' ' || next === '\t')
	                next = source[++i + 1];
	            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
	                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
	        }
	        else {
	            res += ch;
	        }
	    }
	    if (source[source.length - 1] !== '"' || source.length === 1)
	        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
	    return res;
	}
	/**
	 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
	 * Presumes `source[offset] === '\n'`
	 */
	function foldNewline(source, offset) {
	    let fold = '';
	    let ch = source[offset + 1];
	    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
	        if (ch === '\r' && source[offset + 2] !== '\n')
	            break;
	        if (ch === '\n')
	            fold += '\n';
	        offset += 1;
	        ch = source[offset + 1];
	    }
	    if (!fold)
	        fold = ' ';
	    return { fold, offset };
	}
	const escapeCodes = {
	    '0': '\0', // null character
	    a: '\x07', // bell character
	    b: '\b', // backspace
	    e: '\x1b', // escape character
	    f: '\f', // form feed
	    n: '\n', // line feed
	    r: '\r', // carriage return
	    t: '\t', // horizontal tab
	    v: '\v', // vertical tab
	    N: '\u0085', // Unicode next line
	    _: '\u00a0', // Unicode non-breaking space
	    L: '\u2028', // Unicode line separator
	    P: '\u2029', // Unicode paragraph separator
	    ' ': ' ',
	    '"': '"',
	    '/': '/',
	    '\\': '\\',
	    '\t': '\t'
	};
	function parseCharCode(source, offset, length, onError) {
	    const cc = source.substr(offset, length);
	    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
	    const code = ok ? parseInt(cc, 16) : NaN;
	    try {
	        return String.fromCodePoint(code);
	    }
	    catch {
	        const raw = source.substr(offset - 2, length + 2);
	        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
	        return raw;
	    }
	}

	resolveFlowScalar.resolveFlowScalar = resolveFlowScalar$1;
	return resolveFlowScalar;
}

var hasRequiredComposeScalar;

function requireComposeScalar () {
	if (hasRequiredComposeScalar) return composeScalar;
	hasRequiredComposeScalar = 1;

	var identity = requireIdentity();
	var Scalar = requireScalar();
	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();

	function composeScalar$1(ctx, token, tagToken, onError) {
	    const { value, type, comment, range } = token.type === 'block-scalar'
	        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
	        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
	    const tagName = tagToken
	        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
	        : null;
	    let tag;
	    if (ctx.options.stringKeys && ctx.atKey) {
	        tag = ctx.schema[identity.SCALAR];
	    }
	    else if (tagName)
	        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
	    else if (token.type === 'scalar')
	        tag = findScalarTagByTest(ctx, value, token, onError);
	    else
	        tag = ctx.schema[identity.SCALAR];
	    let scalar;
	    try {
	        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
	        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
	    }
	    catch (error) {
	        const msg = error instanceof Error ? error.message : String(error);
	        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
	        scalar = new Scalar.Scalar(value);
	    }
	    scalar.range = range;
	    scalar.source = value;
	    if (type)
	        scalar.type = type;
	    if (tagName)
	        scalar.tag = tagName;
	    if (tag.format)
	        scalar.format = tag.format;
	    if (comment)
	        scalar.comment = comment;
	    return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
	    if (tagName === '!')
	        return schema[identity.SCALAR]; // non-specific tag
	    const matchWithTest = [];
	    for (const tag of schema.tags) {
	        if (!tag.collection && tag.tag === tagName) {
	            if (tag.default && tag.test)
	                matchWithTest.push(tag);
	            else
	                return tag;
	        }
	    }
	    for (const tag of matchWithTest)
	        if (tag.test?.test(value))
	            return tag;
	    const kt = schema.knownTags[tagName];
	    if (kt && !kt.collection) {
	        // Ensure that the known tag is available for stringifying,
	        // but does not get used by default.
	        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
	        return kt;
	    }
	    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
	    return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
	    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
	        tag.test?.test(value)) || schema[identity.SCALAR];
	    if (schema.compat) {
	        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
	            schema[identity.SCALAR];
	        if (tag.tag !== compat.tag) {
	            const ts = directives.tagString(tag.tag);
	            const cs = directives.tagString(compat.tag);
	            const msg = `Value may be parsed as either ${ts} or ${cs}`;
	            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
	        }
	    }
	    return tag;
	}

	composeScalar.composeScalar = composeScalar$1;
	return composeScalar;
}

var utilEmptyScalarPosition = {};

var hasRequiredUtilEmptyScalarPosition;

function requireUtilEmptyScalarPosition () {
	if (hasRequiredUtilEmptyScalarPosition) return utilEmptyScalarPosition;
	hasRequiredUtilEmptyScalarPosition = 1;

	function emptyScalarPosition(offset, before, pos) {
	    if (before) {
	        pos ?? (pos = before.length);
	        for (let i = pos - 1; i >= 0; --i) {
	            let st = before[i];
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                case 'newline':
	                    offset -= st.source.length;
	                    continue;
	            }
	            // Technically, an empty scalar is immediately after the last non-empty
	            // node, but it's more useful to place it after any whitespace.
	            st = before[++i];
	            while (st?.type === 'space') {
	                offset += st.source.length;
	                st = before[++i];
	            }
	            break;
	        }
	    }
	    return offset;
	}

	utilEmptyScalarPosition.emptyScalarPosition = emptyScalarPosition;
	return utilEmptyScalarPosition;
}

var hasRequiredComposeNode;

function requireComposeNode () {
	if (hasRequiredComposeNode) return composeNode;
	hasRequiredComposeNode = 1;

	var Alias = requireAlias();
	var identity = requireIdentity();
	var composeCollection = requireComposeCollection();
	var composeScalar = requireComposeScalar();
	var resolveEnd = requireResolveEnd();
	var utilEmptyScalarPosition = requireUtilEmptyScalarPosition();

	const CN = { composeNode: composeNode$1, composeEmptyNode };
	function composeNode$1(ctx, token, props, onError) {
	    const atKey = ctx.atKey;
	    const { spaceBefore, comment, anchor, tag } = props;
	    let node;
	    let isSrcToken = true;
	    switch (token.type) {
	        case 'alias':
	            node = composeAlias(ctx, token, onError);
	            if (anchor || tag)
	                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
	            break;
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'block-scalar':
	            node = composeScalar.composeScalar(ctx, token, tag, onError);
	            if (anchor)
	                node.anchor = anchor.source.substring(1);
	            break;
	        case 'block-map':
	        case 'block-seq':
	        case 'flow-collection':
	            try {
	                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
	                if (anchor)
	                    node.anchor = anchor.source.substring(1);
	            }
	            catch (error) {
	                // Almost certainly here due to a stack overflow
	                const message = error instanceof Error ? error.message : String(error);
	                onError(token, 'RESOURCE_EXHAUSTION', message);
	            }
	            break;
	        default: {
	            const message = token.type === 'error'
	                ? token.message
	                : `Unsupported token (type: ${token.type})`;
	            onError(token, 'UNEXPECTED_TOKEN', message);
	            isSrcToken = false;
	        }
	    }
	    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
	    if (anchor && node.anchor === '')
	        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    if (atKey &&
	        ctx.options.stringKeys &&
	        (!identity.isScalar(node) ||
	            typeof node.value !== 'string' ||
	            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
	        const msg = 'With stringKeys, all keys must be strings';
	        onError(tag ?? token, 'NON_STRING_KEY', msg);
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        if (token.type === 'scalar' && token.source === '')
	            node.comment = comment;
	        else
	            node.commentBefore = comment;
	    }
	    // @ts-expect-error Type checking misses meaning of isSrcToken
	    if (ctx.options.keepSourceTokens && isSrcToken)
	        node.srcToken = token;
	    return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
	    const token = {
	        type: 'scalar',
	        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
	        indent: -1,
	        source: ''
	    };
	    const node = composeScalar.composeScalar(ctx, token, tag, onError);
	    if (anchor) {
	        node.anchor = anchor.source.substring(1);
	        if (node.anchor === '')
	            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
	    }
	    if (spaceBefore)
	        node.spaceBefore = true;
	    if (comment) {
	        node.comment = comment;
	        node.range[2] = end;
	    }
	    return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
	    const alias = new Alias.Alias(source.substring(1));
	    if (alias.source === '')
	        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
	    if (alias.source.endsWith(':'))
	        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
	    const valueEnd = offset + source.length;
	    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
	    alias.range = [offset, valueEnd, re.offset];
	    if (re.comment)
	        alias.comment = re.comment;
	    return alias;
	}

	composeNode.composeEmptyNode = composeEmptyNode;
	composeNode.composeNode = composeNode$1;
	return composeNode;
}

var hasRequiredComposeDoc;

function requireComposeDoc () {
	if (hasRequiredComposeDoc) return composeDoc;
	hasRequiredComposeDoc = 1;

	var Document = requireDocument();
	var composeNode = requireComposeNode();
	var resolveEnd = requireResolveEnd();
	var resolveProps = requireResolveProps();

	function composeDoc$1(options, directives, { offset, start, value, end }, onError) {
	    const opts = Object.assign({ _directives: directives }, options);
	    const doc = new Document.Document(undefined, opts);
	    const ctx = {
	        atKey: false,
	        atRoot: true,
	        directives: doc.directives,
	        options: doc.options,
	        schema: doc.schema
	    };
	    const props = resolveProps.resolveProps(start, {
	        indicator: 'doc-start',
	        next: value ?? end?.[0],
	        offset,
	        onError,
	        parentIndent: 0,
	        startOnNewline: true
	    });
	    if (props.found) {
	        doc.directives.docStart = true;
	        if (value &&
	            (value.type === 'block-map' || value.type === 'block-seq') &&
	            !props.hasNewline)
	            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
	    }
	    // @ts-expect-error If Contents is set, let's trust the user
	    doc.contents = value
	        ? composeNode.composeNode(ctx, value, props, onError)
	        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
	    const contentEnd = doc.contents.range[2];
	    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
	    if (re.comment)
	        doc.comment = re.comment;
	    doc.range = [offset, contentEnd, re.offset];
	    return doc;
	}

	composeDoc.composeDoc = composeDoc$1;
	return composeDoc;
}

var hasRequiredComposer;

function requireComposer () {
	if (hasRequiredComposer) return composer;
	hasRequiredComposer = 1;

	var node_process = require$$0;
	var directives = requireDirectives();
	var Document = requireDocument();
	var errors = requireErrors();
	var identity = requireIdentity();
	var composeDoc = requireComposeDoc();
	var resolveEnd = requireResolveEnd();

	function getErrorPos(src) {
	    if (typeof src === 'number')
	        return [src, src + 1];
	    if (Array.isArray(src))
	        return src.length === 2 ? src : [src[0], src[1]];
	    const { offset, source } = src;
	    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
	}
	function parsePrelude(prelude) {
	    let comment = '';
	    let atComment = false;
	    let afterEmptyLine = false;
	    for (let i = 0; i < prelude.length; ++i) {
	        const source = prelude[i];
	        switch (source[0]) {
	            case '#':
	                comment +=
	                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
	                        (source.substring(1) || ' ');
	                atComment = true;
	                afterEmptyLine = false;
	                break;
	            case '%':
	                if (prelude[i + 1]?.[0] !== '#')
	                    i += 1;
	                atComment = false;
	                break;
	            default:
	                // This may be wrong after doc-end, but in that case it doesn't matter
	                if (!atComment)
	                    afterEmptyLine = true;
	                atComment = false;
	        }
	    }
	    return { comment, afterEmptyLine };
	}
	/**
	 * Compose a stream of CST nodes into a stream of YAML Documents.
	 *
	 * ```ts
	 * import { Composer, Parser } from 'yaml'
	 *
	 * const src: string = ...
	 * const tokens = new Parser().parse(src)
	 * const docs = new Composer().compose(tokens)
	 * ```
	 */
	class Composer {
	    constructor(options = {}) {
	        this.doc = null;
	        this.atDirectives = false;
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	        this.onError = (source, code, message, warning) => {
	            const pos = getErrorPos(source);
	            if (warning)
	                this.warnings.push(new errors.YAMLWarning(pos, code, message));
	            else
	                this.errors.push(new errors.YAMLParseError(pos, code, message));
	        };
	        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
	        this.directives = new directives.Directives({ version: options.version || '1.2' });
	        this.options = options;
	    }
	    decorate(doc, afterDoc) {
	        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
	        //console.log({ dc: doc.comment, prelude, comment })
	        if (comment) {
	            const dc = doc.contents;
	            if (afterDoc) {
	                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
	            }
	            else if (afterEmptyLine || doc.directives.docStart || !dc) {
	                doc.commentBefore = comment;
	            }
	            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
	                let it = dc.items[0];
	                if (identity.isPair(it))
	                    it = it.key;
	                const cb = it.commentBefore;
	                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	            else {
	                const cb = dc.commentBefore;
	                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
	            }
	        }
	        if (afterDoc) {
	            for (let i = 0; i < this.errors.length; ++i)
	                doc.errors.push(this.errors[i]);
	            for (let i = 0; i < this.warnings.length; ++i)
	                doc.warnings.push(this.warnings[i]);
	        }
	        else {
	            doc.errors = this.errors;
	            doc.warnings = this.warnings;
	        }
	        this.prelude = [];
	        this.errors = [];
	        this.warnings = [];
	    }
	    /**
	     * Current stream status information.
	     *
	     * Mostly useful at the end of input for an empty stream.
	     */
	    streamInfo() {
	        return {
	            comment: parsePrelude(this.prelude).comment,
	            directives: this.directives,
	            errors: this.errors,
	            warnings: this.warnings
	        };
	    }
	    /**
	     * Compose tokens into documents.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *compose(tokens, forceDoc = false, endOffset = -1) {
	        for (const token of tokens)
	            yield* this.next(token);
	        yield* this.end(forceDoc, endOffset);
	    }
	    /** Advance the composer by one CST token. */
	    *next(token) {
	        if (node_process.env.LOG_STREAM)
	            console.dir(token, { depth: null });
	        switch (token.type) {
	            case 'directive':
	                this.directives.add(token.source, (offset, message, warning) => {
	                    const pos = getErrorPos(token);
	                    pos[0] += offset;
	                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
	                });
	                this.prelude.push(token.source);
	                this.atDirectives = true;
	                break;
	            case 'document': {
	                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
	                if (this.atDirectives && !doc.directives.docStart)
	                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
	                this.decorate(doc, false);
	                if (this.doc)
	                    yield this.doc;
	                this.doc = doc;
	                this.atDirectives = false;
	                break;
	            }
	            case 'byte-order-mark':
	            case 'space':
	                break;
	            case 'comment':
	            case 'newline':
	                this.prelude.push(token.source);
	                break;
	            case 'error': {
	                const msg = token.source
	                    ? `${token.message}: ${JSON.stringify(token.source)}`
	                    : token.message;
	                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
	                if (this.atDirectives || !this.doc)
	                    this.errors.push(error);
	                else
	                    this.doc.errors.push(error);
	                break;
	            }
	            case 'doc-end': {
	                if (!this.doc) {
	                    const msg = 'Unexpected doc-end without preceding document';
	                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
	                    break;
	                }
	                this.doc.directives.docEnd = true;
	                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
	                this.decorate(this.doc, true);
	                if (end.comment) {
	                    const dc = this.doc.comment;
	                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
	                }
	                this.doc.range[2] = end.offset;
	                break;
	            }
	            default:
	                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
	        }
	    }
	    /**
	     * Call at end of input to yield any remaining document.
	     *
	     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
	     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
	     */
	    *end(forceDoc = false, endOffset = -1) {
	        if (this.doc) {
	            this.decorate(this.doc, true);
	            yield this.doc;
	            this.doc = null;
	        }
	        else if (forceDoc) {
	            const opts = Object.assign({ _directives: this.directives }, this.options);
	            const doc = new Document.Document(undefined, opts);
	            if (this.atDirectives)
	                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
	            doc.range = [0, endOffset, endOffset];
	            this.decorate(doc, false);
	            yield doc;
	        }
	    }
	}

	composer.Composer = Composer;
	return composer;
}

var cst = {};

var cstScalar = {};

var hasRequiredCstScalar;

function requireCstScalar () {
	if (hasRequiredCstScalar) return cstScalar;
	hasRequiredCstScalar = 1;

	var resolveBlockScalar = requireResolveBlockScalar();
	var resolveFlowScalar = requireResolveFlowScalar();
	var errors = requireErrors();
	var stringifyString = requireStringifyString();

	function resolveAsScalar(token, strict = true, onError) {
	    if (token) {
	        const _onError = (pos, code, message) => {
	            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
	            if (onError)
	                onError(offset, code, message);
	            else
	                throw new errors.YAMLParseError([offset, offset + 1], code, message);
	        };
	        switch (token.type) {
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
	            case 'block-scalar':
	                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
	        }
	    }
	    return null;
	}
	/**
	 * Create a new scalar token with `value`
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.indent The indent level of the token.
	 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	 * @param context.offset The offset position of the token.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function createScalarToken(value, context) {
	    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey,
	        indent: indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    const end = context.end ?? [
	        { type: 'newline', offset: -1, indent, source: '\n' }
	    ];
	    switch (source[0]) {
	        case '|':
	        case '>': {
	            const he = source.indexOf('\n');
	            const head = source.substring(0, he);
	            const body = source.substring(he + 1) + '\n';
	            const props = [
	                { type: 'block-scalar-header', offset, indent, source: head }
	            ];
	            if (!addEndtoBlockProps(props, end))
	                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	            return { type: 'block-scalar', offset, indent, props, source: body };
	        }
	        case '"':
	            return { type: 'double-quoted-scalar', offset, indent, source, end };
	        case "'":
	            return { type: 'single-quoted-scalar', offset, indent, source, end };
	        default:
	            return { type: 'scalar', offset, indent, source, end };
	    }
	}
	/**
	 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	 *
	 * Best efforts are made to retain any comments previously associated with the `token`,
	 * though all contents within a collection's `items` will be overwritten.
	 *
	 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	 * as this function does not support any schema operations and won't check for such conflicts.
	 *
	 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	 * @param value The string representation of the value, which will have its content properly indented.
	 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	 */
	function setScalarValue(token, value, context = {}) {
	    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
	    let indent = 'indent' in token ? token.indent : null;
	    if (afterKey && typeof indent === 'number')
	        indent += 2;
	    if (!type)
	        switch (token.type) {
	            case 'single-quoted-scalar':
	                type = 'QUOTE_SINGLE';
	                break;
	            case 'double-quoted-scalar':
	                type = 'QUOTE_DOUBLE';
	                break;
	            case 'block-scalar': {
	                const header = token.props[0];
	                if (header.type !== 'block-scalar-header')
	                    throw new Error('Invalid block scalar header');
	                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
	                break;
	            }
	            default:
	                type = 'PLAIN';
	        }
	    const source = stringifyString.stringifyString({ type, value }, {
	        implicitKey: implicitKey || indent === null,
	        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
	        inFlow,
	        options: { blockQuote: true, lineWidth: -1 }
	    });
	    switch (source[0]) {
	        case '|':
	        case '>':
	            setBlockScalarValue(token, source);
	            break;
	        case '"':
	            setFlowScalarValue(token, source, 'double-quoted-scalar');
	            break;
	        case "'":
	            setFlowScalarValue(token, source, 'single-quoted-scalar');
	            break;
	        default:
	            setFlowScalarValue(token, source, 'scalar');
	    }
	}
	function setBlockScalarValue(token, source) {
	    const he = source.indexOf('\n');
	    const head = source.substring(0, he);
	    const body = source.substring(he + 1) + '\n';
	    if (token.type === 'block-scalar') {
	        const header = token.props[0];
	        if (header.type !== 'block-scalar-header')
	            throw new Error('Invalid block scalar header');
	        header.source = head;
	        token.source = body;
	    }
	    else {
	        const { offset } = token;
	        const indent = 'indent' in token ? token.indent : -1;
	        const props = [
	            { type: 'block-scalar-header', offset, indent, source: head }
	        ];
	        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
	            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
	        for (const key of Object.keys(token))
	            if (key !== 'type' && key !== 'offset')
	                delete token[key];
	        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
	    }
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
	    if (end)
	        for (const st of end)
	            switch (st.type) {
	                case 'space':
	                case 'comment':
	                    props.push(st);
	                    break;
	                case 'newline':
	                    props.push(st);
	                    return true;
	            }
	    return false;
	}
	function setFlowScalarValue(token, source, type) {
	    switch (token.type) {
	        case 'scalar':
	        case 'double-quoted-scalar':
	        case 'single-quoted-scalar':
	            token.type = type;
	            token.source = source;
	            break;
	        case 'block-scalar': {
	            const end = token.props.slice(1);
	            let oa = source.length;
	            if (token.props[0].type === 'block-scalar-header')
	                oa -= token.props[0].source.length;
	            for (const tok of end)
	                tok.offset += oa;
	            delete token.props;
	            Object.assign(token, { type, source, end });
	            break;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            const offset = token.offset + source.length;
	            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
	            delete token.items;
	            Object.assign(token, { type, source, end: [nl] });
	            break;
	        }
	        default: {
	            const indent = 'indent' in token ? token.indent : -1;
	            const end = 'end' in token && Array.isArray(token.end)
	                ? token.end.filter(st => st.type === 'space' ||
	                    st.type === 'comment' ||
	                    st.type === 'newline')
	                : [];
	            for (const key of Object.keys(token))
	                if (key !== 'type' && key !== 'offset')
	                    delete token[key];
	            Object.assign(token, { type, indent, source, end });
	        }
	    }
	}

	cstScalar.createScalarToken = createScalarToken;
	cstScalar.resolveAsScalar = resolveAsScalar;
	cstScalar.setScalarValue = setScalarValue;
	return cstScalar;
}

var cstStringify = {};

var hasRequiredCstStringify;

function requireCstStringify () {
	if (hasRequiredCstStringify) return cstStringify;
	hasRequiredCstStringify = 1;

	/**
	 * Stringify a CST document, token, or collection item
	 *
	 * Fair warning: This applies no validation whatsoever, and
	 * simply concatenates the sources in their logical order.
	 */
	const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
	    switch (token.type) {
	        case 'block-scalar': {
	            let res = '';
	            for (const tok of token.props)
	                res += stringifyToken(tok);
	            return res + token.source;
	        }
	        case 'block-map':
	        case 'block-seq': {
	            let res = '';
	            for (const item of token.items)
	                res += stringifyItem(item);
	            return res;
	        }
	        case 'flow-collection': {
	            let res = token.start.source;
	            for (const item of token.items)
	                res += stringifyItem(item);
	            for (const st of token.end)
	                res += st.source;
	            return res;
	        }
	        case 'document': {
	            let res = stringifyItem(token);
	            if (token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	        default: {
	            let res = token.source;
	            if ('end' in token && token.end)
	                for (const st of token.end)
	                    res += st.source;
	            return res;
	        }
	    }
	}
	function stringifyItem({ start, key, sep, value }) {
	    let res = '';
	    for (const st of start)
	        res += st.source;
	    if (key)
	        res += stringifyToken(key);
	    if (sep)
	        for (const st of sep)
	            res += st.source;
	    if (value)
	        res += stringifyToken(value);
	    return res;
	}

	cstStringify.stringify = stringify;
	return cstStringify;
}

var cstVisit = {};

var hasRequiredCstVisit;

function requireCstVisit () {
	if (hasRequiredCstVisit) return cstVisit;
	hasRequiredCstVisit = 1;

	const BREAK = Symbol('break visit');
	const SKIP = Symbol('skip children');
	const REMOVE = Symbol('remove item');
	/**
	 * Apply a visitor to a CST document or item.
	 *
	 * Walks through the tree (depth-first) starting from the root, calling a
	 * `visitor` function with two arguments when entering each item:
	 *   - `item`: The current item, which included the following members:
	 *     - `start: SourceToken[]` – Source tokens before the key or value,
	 *       possibly including its anchor or tag.
	 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
	 *       the key before the `:` separator is empty.
	 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	 *       which should include the `:` map value indicator if `value` is set.
	 *     - `value?: Token` – The value of a sequence item, or of a map pair.
	 *   - `path`: The steps from the root to the current node, as an array of
	 *     `['key' | 'value', number]` tuples.
	 *
	 * The return value of the visitor may be used to control the traversal:
	 *   - `undefined` (default): Do nothing and continue
	 *   - `visit.SKIP`: Do not visit the children of this token, continue with
	 *      next sibling
	 *   - `visit.BREAK`: Terminate traversal completely
	 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
	 *   - `number`: Set the index of the next step. This is useful especially if
	 *     the index of the current token has changed.
	 *   - `function`: Define the next visitor for this item. After the original
	 *     visitor is called on item entry, next visitors are called after handling
	 *     a non-empty `key` and when exiting the item.
	 */
	function visit(cst, visitor) {
	    if ('type' in cst && cst.type === 'document')
	        cst = { start: cst.start, value: cst.value };
	    _visit(Object.freeze([]), cst, visitor);
	}
	// Without the `as symbol` casts, TS declares these in the `visit`
	// namespace using `var`, but then complains about that because
	// `unique symbol` must be `const`.
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
	    let item = cst;
	    for (const [field, index] of path) {
	        const tok = item?.[field];
	        if (tok && 'items' in tok) {
	            item = tok.items[index];
	        }
	        else
	            return undefined;
	    }
	    return item;
	};
	/**
	 * Get the immediate parent collection of the item at `path` from `cst` as the root.
	 *
	 * Throws an error if the collection is not found, which should never happen if the item itself exists.
	 */
	visit.parentCollection = (cst, path) => {
	    const parent = visit.itemAtPath(cst, path.slice(0, -1));
	    const field = path[path.length - 1][0];
	    const coll = parent?.[field];
	    if (coll && 'items' in coll)
	        return coll;
	    throw new Error('Parent collection not found');
	};
	function _visit(path, item, visitor) {
	    let ctrl = visitor(item, path);
	    if (typeof ctrl === 'symbol')
	        return ctrl;
	    for (const field of ['key', 'value']) {
	        const token = item[field];
	        if (token && 'items' in token) {
	            for (let i = 0; i < token.items.length; ++i) {
	                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
	                if (typeof ci === 'number')
	                    i = ci - 1;
	                else if (ci === BREAK)
	                    return BREAK;
	                else if (ci === REMOVE) {
	                    token.items.splice(i, 1);
	                    i -= 1;
	                }
	            }
	            if (typeof ctrl === 'function' && field === 'key')
	                ctrl = ctrl(item, path);
	        }
	    }
	    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
	}

	cstVisit.visit = visit;
	return cstVisit;
}

var hasRequiredCst;

function requireCst () {
	if (hasRequiredCst) return cst;
	hasRequiredCst = 1;

	var cstScalar = requireCstScalar();
	var cstStringify = requireCstStringify();
	var cstVisit = requireCstVisit();

	/** The byte order mark */
	const BOM = '\u{FEFF}';
	/** Start of doc-mode */
	const DOCUMENT = '\x02'; // C0: Start of Text
	/** Unexpected end of flow-mode */
	const FLOW_END = '\x18'; // C0: Cancel
	/** Next token is a scalar value */
	const SCALAR = '\x1f'; // C0: Unit Separator
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && 'items' in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token &&
	    (token.type === 'scalar' ||
	        token.type === 'single-quoted-scalar' ||
	        token.type === 'double-quoted-scalar' ||
	        token.type === 'block-scalar');
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
	    switch (token) {
	        case BOM:
	            return '<BOM>';
	        case DOCUMENT:
	            return '<DOC>';
	        case FLOW_END:
	            return '<FLOW_END>';
	        case SCALAR:
	            return '<SCALAR>';
	        default:
	            return JSON.stringify(token);
	    }
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
	    switch (source) {
	        case BOM:
	            return 'byte-order-mark';
	        case DOCUMENT:
	            return 'doc-mode';
	        case FLOW_END:
	            return 'flow-error-end';
	        case SCALAR:
	            return 'scalar';
	        case '---':
	            return 'doc-start';
	        case '...':
	            return 'doc-end';
	        case '':
	        case '\n':
	        case '\r\n':
	            return 'newline';
	        case '-':
	            return 'seq-item-ind';
	        case '?':
	            return 'explicit-key-ind';
	        case ':':
	            return 'map-value-ind';
	        case '{':
	            return 'flow-map-start';
	        case '}':
	            return 'flow-map-end';
	        case '[':
	            return 'flow-seq-start';
	        case ']':
	            return 'flow-seq-end';
	        case ',':
	            return 'comma';
	    }
	    switch (source[0]) {
	        case ' ':
	        case '\t':
	            return 'space';
	        case '#':
	            return 'comment';
	        case '%':
	            return 'directive-line';
	        case '*':
	            return 'alias';
	        case '&':
	            return 'anchor';
	        case '!':
	            return 'tag';
	        case "'":
	            return 'single-quoted-scalar';
	        case '"':
	            return 'double-quoted-scalar';
	        case '|':
	        case '>':
	            return 'block-scalar-header';
	    }
	    return null;
	}

	cst.createScalarToken = cstScalar.createScalarToken;
	cst.resolveAsScalar = cstScalar.resolveAsScalar;
	cst.setScalarValue = cstScalar.setScalarValue;
	cst.stringify = cstStringify.stringify;
	cst.visit = cstVisit.visit;
	cst.BOM = BOM;
	cst.DOCUMENT = DOCUMENT;
	cst.FLOW_END = FLOW_END;
	cst.SCALAR = SCALAR;
	cst.isCollection = isCollection;
	cst.isScalar = isScalar;
	cst.prettyToken = prettyToken;
	cst.tokenType = tokenType;
	return cst;
}

var lexer = {};

var hasRequiredLexer;

function requireLexer () {
	if (hasRequiredLexer) return lexer;
	hasRequiredLexer = 1;

	var cst = requireCst();

	/*
	START -> stream

	stream
	  directive -> line-end -> stream
	  indent + line-end -> stream
	  [else] -> line-start

	line-end
	  comment -> line-end
	  newline -> .
	  input-end -> END

	line-start
	  doc-start -> doc
	  doc-end -> stream
	  [else] -> indent -> block-start

	block-start
	  seq-item-start -> block-start
	  explicit-key-start -> block-start
	  map-value-start -> block-start
	  [else] -> doc

	doc
	  line-end -> line-start
	  spaces -> doc
	  anchor -> doc
	  tag -> doc
	  flow-start -> flow -> doc
	  flow-end -> error -> doc
	  seq-item-start -> error -> doc
	  explicit-key-start -> error -> doc
	  map-value-start -> doc
	  alias -> doc
	  quote-start -> quoted-scalar -> doc
	  block-scalar-header -> line-end -> block-scalar(min) -> line-start
	  [else] -> plain-scalar(false, min) -> doc

	flow
	  line-end -> flow
	  spaces -> flow
	  anchor -> flow
	  tag -> flow
	  flow-start -> flow -> flow
	  flow-end -> .
	  seq-item-start -> error -> flow
	  explicit-key-start -> flow
	  map-value-start -> flow
	  alias -> flow
	  quote-start -> quoted-scalar -> flow
	  comma -> flow
	  [else] -> plain-scalar(true, 0) -> flow

	quoted-scalar
	  quote-end -> .
	  [else] -> quoted-scalar

	block-scalar(min)
	  newline + peek(indent < min) -> .
	  [else] -> block-scalar(min)

	plain-scalar(is-flow, min)
	  scalar-end(is-flow) -> .
	  peek(newline + (indent < min)) -> .
	  [else] -> plain-scalar(min)
	*/
	function isEmpty(ch) {
	    switch (ch) {
	        case undefined:
	        case ' ':
	        case '\n':
	        case '\r':
	        case '\t':
	            return true;
	        default:
	            return false;
	    }
	}
	const hexDigits = new Set('0123456789ABCDEFabcdef');
	const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = new Set(',[]{}');
	const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	 * Splits an input string into lexical tokens, i.e. smaller strings that are
	 * easily identifiable by `tokens.tokenType()`.
	 *
	 * Lexing starts always in a "stream" context. Incomplete input may be buffered
	 * until a complete token can be emitted.
	 *
	 * In addition to slices of the original input, the following control characters
	 * may also be emitted:
	 *
	 * - `\x02` (Start of Text): A document starts with the next token
	 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	 * - `\x1f` (Unit Separator): Next token is a scalar value
	 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	 */
	class Lexer {
	    constructor() {
	        /**
	         * Flag indicating whether the end of the current buffer marks the end of
	         * all input
	         */
	        this.atEnd = false;
	        /**
	         * Explicit indent set in block scalar header, as an offset from the current
	         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
	         * explicitly set.
	         */
	        this.blockScalarIndent = -1;
	        /**
	         * Block scalars that include a + (keep) chomping indicator in their header
	         * include trailing empty lines, which are otherwise excluded from the
	         * scalar's contents.
	         */
	        this.blockScalarKeep = false;
	        /** Current input */
	        this.buffer = '';
	        /**
	         * Flag noting whether the map value indicator : can immediately follow this
	         * node within a flow context.
	         */
	        this.flowKey = false;
	        /** Count of surrounding flow collection levels. */
	        this.flowLevel = 0;
	        /**
	         * Minimum level of indentation required for next lines to be parsed as a
	         * part of the current scalar value.
	         */
	        this.indentNext = 0;
	        /** Indentation level of the current line. */
	        this.indentValue = 0;
	        /** Position of the next \n character. */
	        this.lineEndPos = null;
	        /** Stores the state of the lexer if reaching the end of incpomplete input */
	        this.next = null;
	        /** A pointer to `buffer`; the current position of the lexer. */
	        this.pos = 0;
	    }
	    /**
	     * Generate YAML tokens from the `source` string. If `incomplete`,
	     * a part of the last line may be left as a buffer for the next call.
	     *
	     * @returns A generator of lexical tokens
	     */
	    *lex(source, incomplete = false) {
	        if (source) {
	            if (typeof source !== 'string')
	                throw TypeError('source is not a string');
	            this.buffer = this.buffer ? this.buffer + source : source;
	            this.lineEndPos = null;
	        }
	        this.atEnd = !incomplete;
	        let next = this.next ?? 'stream';
	        while (next && (incomplete || this.hasChars(1)))
	            next = yield* this.parseNext(next);
	    }
	    atLineEnd() {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (ch === ' ' || ch === '\t')
	            ch = this.buffer[++i];
	        if (!ch || ch === '#' || ch === '\n')
	            return true;
	        if (ch === '\r')
	            return this.buffer[i + 1] === '\n';
	        return false;
	    }
	    charAt(n) {
	        return this.buffer[this.pos + n];
	    }
	    continueScalar(offset) {
	        let ch = this.buffer[offset];
	        if (this.indentNext > 0) {
	            let indent = 0;
	            while (ch === ' ')
	                ch = this.buffer[++indent + offset];
	            if (ch === '\r') {
	                const next = this.buffer[indent + offset + 1];
	                if (next === '\n' || (!next && !this.atEnd))
	                    return offset + indent + 1;
	            }
	            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
	                ? offset + indent
	                : -1;
	        }
	        if (ch === '-' || ch === '.') {
	            const dt = this.buffer.substr(offset, 3);
	            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
	                return -1;
	        }
	        return offset;
	    }
	    getLine() {
	        let end = this.lineEndPos;
	        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
	            end = this.buffer.indexOf('\n', this.pos);
	            this.lineEndPos = end;
	        }
	        if (end === -1)
	            return this.atEnd ? this.buffer.substring(this.pos) : null;
	        if (this.buffer[end - 1] === '\r')
	            end -= 1;
	        return this.buffer.substring(this.pos, end);
	    }
	    hasChars(n) {
	        return this.pos + n <= this.buffer.length;
	    }
	    setNext(state) {
	        this.buffer = this.buffer.substring(this.pos);
	        this.pos = 0;
	        this.lineEndPos = null;
	        this.next = state;
	        return null;
	    }
	    peek(n) {
	        return this.buffer.substr(this.pos, n);
	    }
	    *parseNext(next) {
	        switch (next) {
	            case 'stream':
	                return yield* this.parseStream();
	            case 'line-start':
	                return yield* this.parseLineStart();
	            case 'block-start':
	                return yield* this.parseBlockStart();
	            case 'doc':
	                return yield* this.parseDocument();
	            case 'flow':
	                return yield* this.parseFlowCollection();
	            case 'quoted-scalar':
	                return yield* this.parseQuotedScalar();
	            case 'block-scalar':
	                return yield* this.parseBlockScalar();
	            case 'plain-scalar':
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseStream() {
	        let line = this.getLine();
	        if (line === null)
	            return this.setNext('stream');
	        if (line[0] === cst.BOM) {
	            yield* this.pushCount(1);
	            line = line.substring(1);
	        }
	        if (line[0] === '%') {
	            let dirEnd = line.length;
	            let cs = line.indexOf('#');
	            while (cs !== -1) {
	                const ch = line[cs - 1];
	                if (ch === ' ' || ch === '\t') {
	                    dirEnd = cs - 1;
	                    break;
	                }
	                else {
	                    cs = line.indexOf('#', cs + 1);
	                }
	            }
	            while (true) {
	                const ch = line[dirEnd - 1];
	                if (ch === ' ' || ch === '\t')
	                    dirEnd -= 1;
	                else
	                    break;
	            }
	            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
	            yield* this.pushCount(line.length - n); // possible comment
	            this.pushNewline();
	            return 'stream';
	        }
	        if (this.atLineEnd()) {
	            const sp = yield* this.pushSpaces(true);
	            yield* this.pushCount(line.length - sp);
	            yield* this.pushNewline();
	            return 'stream';
	        }
	        yield cst.DOCUMENT;
	        return yield* this.parseLineStart();
	    }
	    *parseLineStart() {
	        const ch = this.charAt(0);
	        if (!ch && !this.atEnd)
	            return this.setNext('line-start');
	        if (ch === '-' || ch === '.') {
	            if (!this.atEnd && !this.hasChars(4))
	                return this.setNext('line-start');
	            const s = this.peek(3);
	            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
	                yield* this.pushCount(3);
	                this.indentValue = 0;
	                this.indentNext = 0;
	                return s === '---' ? 'doc' : 'stream';
	            }
	        }
	        this.indentValue = yield* this.pushSpaces(false);
	        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
	            this.indentNext = this.indentValue;
	        return yield* this.parseBlockStart();
	    }
	    *parseBlockStart() {
	        const [ch0, ch1] = this.peek(2);
	        if (!ch1 && !this.atEnd)
	            return this.setNext('block-start');
	        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
	            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
	            this.indentNext = this.indentValue + 1;
	            this.indentValue += n;
	            return 'block-start';
	        }
	        return 'doc';
	    }
	    *parseDocument() {
	        yield* this.pushSpaces(true);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('doc');
	        let n = yield* this.pushIndicators();
	        switch (line[n]) {
	            case '#':
	                yield* this.pushCount(line.length - n);
	            // fallthrough
	            case undefined:
	                yield* this.pushNewline();
	                return yield* this.parseLineStart();
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel = 1;
	                return 'flow';
	            case '}':
	            case ']':
	                // this is an error
	                yield* this.pushCount(1);
	                return 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'doc';
	            case '"':
	            case "'":
	                return yield* this.parseQuotedScalar();
	            case '|':
	            case '>':
	                n += yield* this.parseBlockScalarHeader();
	                n += yield* this.pushSpaces(true);
	                yield* this.pushCount(line.length - n);
	                yield* this.pushNewline();
	                return yield* this.parseBlockScalar();
	            default:
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseFlowCollection() {
	        let nl, sp;
	        let indent = -1;
	        do {
	            nl = yield* this.pushNewline();
	            if (nl > 0) {
	                sp = yield* this.pushSpaces(false);
	                this.indentValue = indent = sp;
	            }
	            else {
	                sp = 0;
	            }
	            sp += yield* this.pushSpaces(true);
	        } while (nl + sp > 0);
	        const line = this.getLine();
	        if (line === null)
	            return this.setNext('flow');
	        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
	            (indent === 0 &&
	                (line.startsWith('---') || line.startsWith('...')) &&
	                isEmpty(line[3]))) {
	            // Allowing for the terminal ] or } at the same (rather than greater)
	            // indent level as the initial [ or { is technically invalid, but
	            // failing here would be surprising to users.
	            const atFlowEndMarker = indent === this.indentNext - 1 &&
	                this.flowLevel === 1 &&
	                (line[0] === ']' || line[0] === '}');
	            if (!atFlowEndMarker) {
	                // this is an error
	                this.flowLevel = 0;
	                yield cst.FLOW_END;
	                return yield* this.parseLineStart();
	            }
	        }
	        let n = 0;
	        while (line[n] === ',') {
	            n += yield* this.pushCount(1);
	            n += yield* this.pushSpaces(true);
	            this.flowKey = false;
	        }
	        n += yield* this.pushIndicators();
	        switch (line[n]) {
	            case undefined:
	                return 'flow';
	            case '#':
	                yield* this.pushCount(line.length - n);
	                return 'flow';
	            case '{':
	            case '[':
	                yield* this.pushCount(1);
	                this.flowKey = false;
	                this.flowLevel += 1;
	                return 'flow';
	            case '}':
	            case ']':
	                yield* this.pushCount(1);
	                this.flowKey = true;
	                this.flowLevel -= 1;
	                return this.flowLevel ? 'flow' : 'doc';
	            case '*':
	                yield* this.pushUntil(isNotAnchorChar);
	                return 'flow';
	            case '"':
	            case "'":
	                this.flowKey = true;
	                return yield* this.parseQuotedScalar();
	            case ':': {
	                const next = this.charAt(1);
	                if (this.flowKey || isEmpty(next) || next === ',') {
	                    this.flowKey = false;
	                    yield* this.pushCount(1);
	                    yield* this.pushSpaces(true);
	                    return 'flow';
	                }
	            }
	            // fallthrough
	            default:
	                this.flowKey = false;
	                return yield* this.parsePlainScalar();
	        }
	    }
	    *parseQuotedScalar() {
	        const quote = this.charAt(0);
	        let end = this.buffer.indexOf(quote, this.pos + 1);
	        if (quote === "'") {
	            while (end !== -1 && this.buffer[end + 1] === "'")
	                end = this.buffer.indexOf("'", end + 2);
	        }
	        else {
	            // double-quote
	            while (end !== -1) {
	                let n = 0;
	                while (this.buffer[end - 1 - n] === '\\')
	                    n += 1;
	                if (n % 2 === 0)
	                    break;
	                end = this.buffer.indexOf('"', end + 1);
	            }
	        }
	        // Only looking for newlines within the quotes
	        const qb = this.buffer.substring(0, end);
	        let nl = qb.indexOf('\n', this.pos);
	        if (nl !== -1) {
	            while (nl !== -1) {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = qb.indexOf('\n', cs);
	            }
	            if (nl !== -1) {
	                // this is an error caused by an unexpected unindent
	                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
	            }
	        }
	        if (end === -1) {
	            if (!this.atEnd)
	                return this.setNext('quoted-scalar');
	            end = this.buffer.length;
	        }
	        yield* this.pushToIndex(end + 1, false);
	        return this.flowLevel ? 'flow' : 'doc';
	    }
	    *parseBlockScalarHeader() {
	        this.blockScalarIndent = -1;
	        this.blockScalarKeep = false;
	        let i = this.pos;
	        while (true) {
	            const ch = this.buffer[++i];
	            if (ch === '+')
	                this.blockScalarKeep = true;
	            else if (ch > '0' && ch <= '9')
	                this.blockScalarIndent = Number(ch) - 1;
	            else if (ch !== '-')
	                break;
	        }
	        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
	    }
	    *parseBlockScalar() {
	        let nl = this.pos - 1; // may be -1 if this.pos === 0
	        let indent = 0;
	        let ch;
	        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
	            switch (ch) {
	                case ' ':
	                    indent += 1;
	                    break;
	                case '\n':
	                    nl = i;
	                    indent = 0;
	                    break;
	                case '\r': {
	                    const next = this.buffer[i + 1];
	                    if (!next && !this.atEnd)
	                        return this.setNext('block-scalar');
	                    if (next === '\n')
	                        break;
	                } // fallthrough
	                default:
	                    break loop;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('block-scalar');
	        if (indent >= this.indentNext) {
	            if (this.blockScalarIndent === -1)
	                this.indentNext = indent;
	            else {
	                this.indentNext =
	                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
	            }
	            do {
	                const cs = this.continueScalar(nl + 1);
	                if (cs === -1)
	                    break;
	                nl = this.buffer.indexOf('\n', cs);
	            } while (nl !== -1);
	            if (nl === -1) {
	                if (!this.atEnd)
	                    return this.setNext('block-scalar');
	                nl = this.buffer.length;
	            }
	        }
	        // Trailing insufficiently indented tabs are invalid.
	        // To catch that during parsing, we include them in the block scalar value.
	        let i = nl + 1;
	        ch = this.buffer[i];
	        while (ch === ' ')
	            ch = this.buffer[++i];
	        if (ch === '\t') {
	            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
	                ch = this.buffer[++i];
	            nl = i - 1;
	        }
	        else if (!this.blockScalarKeep) {
	            do {
	                let i = nl - 1;
	                let ch = this.buffer[i];
	                if (ch === '\r')
	                    ch = this.buffer[--i];
	                const lastChar = i; // Drop the line if last char not more indented
	                while (ch === ' ')
	                    ch = this.buffer[--i];
	                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
	                    nl = i;
	                else
	                    break;
	            } while (true);
	        }
	        yield cst.SCALAR;
	        yield* this.pushToIndex(nl + 1, true);
	        return yield* this.parseLineStart();
	    }
	    *parsePlainScalar() {
	        const inFlow = this.flowLevel > 0;
	        let end = this.pos - 1;
	        let i = this.pos - 1;
	        let ch;
	        while ((ch = this.buffer[++i])) {
	            if (ch === ':') {
	                const next = this.buffer[i + 1];
	                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                end = i;
	            }
	            else if (isEmpty(ch)) {
	                let next = this.buffer[i + 1];
	                if (ch === '\r') {
	                    if (next === '\n') {
	                        i += 1;
	                        ch = '\n';
	                        next = this.buffer[i + 1];
	                    }
	                    else
	                        end = i;
	                }
	                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
	                    break;
	                if (ch === '\n') {
	                    const cs = this.continueScalar(i + 1);
	                    if (cs === -1)
	                        break;
	                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
	                }
	            }
	            else {
	                if (inFlow && flowIndicatorChars.has(ch))
	                    break;
	                end = i;
	            }
	        }
	        if (!ch && !this.atEnd)
	            return this.setNext('plain-scalar');
	        yield cst.SCALAR;
	        yield* this.pushToIndex(end + 1, true);
	        return inFlow ? 'flow' : 'doc';
	    }
	    *pushCount(n) {
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos += n;
	            return n;
	        }
	        return 0;
	    }
	    *pushToIndex(i, allowEmpty) {
	        const s = this.buffer.slice(this.pos, i);
	        if (s) {
	            yield s;
	            this.pos += s.length;
	            return s.length;
	        }
	        else if (allowEmpty)
	            yield '';
	        return 0;
	    }
	    *pushIndicators() {
	        let n = 0;
	        loop: while (true) {
	            switch (this.charAt(0)) {
	                case '!':
	                    n += yield* this.pushTag();
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '&':
	                    n += yield* this.pushUntil(isNotAnchorChar);
	                    n += yield* this.pushSpaces(true);
	                    continue loop;
	                case '-': // this is an error
	                case '?': // this is an error outside flow collections
	                case ':': {
	                    const inFlow = this.flowLevel > 0;
	                    const ch1 = this.charAt(1);
	                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
	                        if (!inFlow)
	                            this.indentNext = this.indentValue + 1;
	                        else if (this.flowKey)
	                            this.flowKey = false;
	                        n += yield* this.pushCount(1);
	                        n += yield* this.pushSpaces(true);
	                        continue loop;
	                    }
	                }
	            }
	            break loop;
	        }
	        return n;
	    }
	    *pushTag() {
	        if (this.charAt(1) === '<') {
	            let i = this.pos + 2;
	            let ch = this.buffer[i];
	            while (!isEmpty(ch) && ch !== '>')
	                ch = this.buffer[++i];
	            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
	        }
	        else {
	            let i = this.pos + 1;
	            let ch = this.buffer[i];
	            while (ch) {
	                if (tagChars.has(ch))
	                    ch = this.buffer[++i];
	                else if (ch === '%' &&
	                    hexDigits.has(this.buffer[i + 1]) &&
	                    hexDigits.has(this.buffer[i + 2])) {
	                    ch = this.buffer[(i += 3)];
	                }
	                else
	                    break;
	            }
	            return yield* this.pushToIndex(i, false);
	        }
	    }
	    *pushNewline() {
	        const ch = this.buffer[this.pos];
	        if (ch === '\n')
	            return yield* this.pushCount(1);
	        else if (ch === '\r' && this.charAt(1) === '\n')
	            return yield* this.pushCount(2);
	        else
	            return 0;
	    }
	    *pushSpaces(allowTabs) {
	        let i = this.pos - 1;
	        let ch;
	        do {
	            ch = this.buffer[++i];
	        } while (ch === ' ' || (allowTabs && ch === '\t'));
	        const n = i - this.pos;
	        if (n > 0) {
	            yield this.buffer.substr(this.pos, n);
	            this.pos = i;
	        }
	        return n;
	    }
	    *pushUntil(test) {
	        let i = this.pos;
	        let ch = this.buffer[i];
	        while (!test(ch))
	            ch = this.buffer[++i];
	        return yield* this.pushToIndex(i, false);
	    }
	}

	lexer.Lexer = Lexer;
	return lexer;
}

var lineCounter = {};

var hasRequiredLineCounter;

function requireLineCounter () {
	if (hasRequiredLineCounter) return lineCounter;
	hasRequiredLineCounter = 1;

	/**
	 * Tracks newlines during parsing in order to provide an efficient API for
	 * determining the one-indexed `{ line, col }` position for any offset
	 * within the input.
	 */
	class LineCounter {
	    constructor() {
	        this.lineStarts = [];
	        /**
	         * Should be called in ascending order. Otherwise, call
	         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
	         */
	        this.addNewLine = (offset) => this.lineStarts.push(offset);
	        /**
	         * Performs a binary search and returns the 1-indexed { line, col }
	         * position of `offset`. If `line === 0`, `addNewLine` has never been
	         * called or `offset` is before the first known newline.
	         */
	        this.linePos = (offset) => {
	            let low = 0;
	            let high = this.lineStarts.length;
	            while (low < high) {
	                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
	                if (this.lineStarts[mid] < offset)
	                    low = mid + 1;
	                else
	                    high = mid;
	            }
	            if (this.lineStarts[low] === offset)
	                return { line: low + 1, col: 1 };
	            if (low === 0)
	                return { line: 0, col: offset };
	            const start = this.lineStarts[low - 1];
	            return { line: low, col: offset - start + 1 };
	        };
	    }
	}

	lineCounter.LineCounter = LineCounter;
	return lineCounter;
}

var parser = {};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;

	var node_process = require$$0;
	var cst = requireCst();
	var lexer = requireLexer();

	function includesToken(list, type) {
	    for (let i = 0; i < list.length; ++i)
	        if (list[i].type === type)
	            return true;
	    return false;
	}
	function findNonEmptyIndex(list) {
	    for (let i = 0; i < list.length; ++i) {
	        switch (list[i].type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                break;
	            default:
	                return i;
	        }
	    }
	    return -1;
	}
	function isFlowToken(token) {
	    switch (token?.type) {
	        case 'alias':
	        case 'scalar':
	        case 'single-quoted-scalar':
	        case 'double-quoted-scalar':
	        case 'flow-collection':
	            return true;
	        default:
	            return false;
	    }
	}
	function getPrevProps(parent) {
	    switch (parent.type) {
	        case 'document':
	            return parent.start;
	        case 'block-map': {
	            const it = parent.items[parent.items.length - 1];
	            return it.sep ?? it.start;
	        }
	        case 'block-seq':
	            return parent.items[parent.items.length - 1].start;
	        /* istanbul ignore next should not happen */
	        default:
	            return [];
	    }
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
	    if (prev.length === 0)
	        return [];
	    let i = prev.length;
	    loop: while (--i >= 0) {
	        switch (prev[i].type) {
	            case 'doc-start':
	            case 'explicit-key-ind':
	            case 'map-value-ind':
	            case 'seq-item-ind':
	            case 'newline':
	                break loop;
	        }
	    }
	    while (prev[++i]?.type === 'space') {
	        /* loop */
	    }
	    return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
	    // May exhaust call stack with large `source` array
	    if (source.length < 1e5)
	        Array.prototype.push.apply(target, source);
	    else
	        for (let i = 0; i < source.length; ++i)
	            target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
	    if (fc.start.type === 'flow-seq-start') {
	        for (const it of fc.items) {
	            if (it.sep &&
	                !it.value &&
	                !includesToken(it.start, 'explicit-key-ind') &&
	                !includesToken(it.sep, 'map-value-ind')) {
	                if (it.key)
	                    it.value = it.key;
	                delete it.key;
	                if (isFlowToken(it.value)) {
	                    if (it.value.end)
	                        arrayPushArray(it.value.end, it.sep);
	                    else
	                        it.value.end = it.sep;
	                }
	                else
	                    arrayPushArray(it.start, it.sep);
	                delete it.sep;
	            }
	        }
	    }
	}
	/**
	 * A YAML concrete syntax tree (CST) parser
	 *
	 * ```ts
	 * const src: string = ...
	 * for (const token of new Parser().parse(src)) {
	 *   // token: Token
	 * }
	 * ```
	 *
	 * To use the parser with a user-provided lexer:
	 *
	 * ```ts
	 * function* parse(source: string, lexer: Lexer) {
	 *   const parser = new Parser()
	 *   for (const lexeme of lexer.lex(source))
	 *     yield* parser.next(lexeme)
	 *   yield* parser.end()
	 * }
	 *
	 * const src: string = ...
	 * const lexer = new Lexer()
	 * for (const token of parse(src, lexer)) {
	 *   // token: Token
	 * }
	 * ```
	 */
	class Parser {
	    /**
	     * @param onNewLine - If defined, called separately with the start position of
	     *   each new line (in `parse()`, including the start of input).
	     */
	    constructor(onNewLine) {
	        /** If true, space and sequence indicators count as indentation */
	        this.atNewLine = true;
	        /** If true, next token is a scalar value */
	        this.atScalar = false;
	        /** Current indentation level */
	        this.indent = 0;
	        /** Current offset since the start of parsing */
	        this.offset = 0;
	        /** On the same line with a block map key */
	        this.onKeyLine = false;
	        /** Top indicates the node that's currently being built */
	        this.stack = [];
	        /** The source of the current token, set in parse() */
	        this.source = '';
	        /** The type of the current token, set in parse() */
	        this.type = '';
	        // Must be defined after `next()`
	        this.lexer = new lexer.Lexer();
	        this.onNewLine = onNewLine;
	    }
	    /**
	     * Parse `source` as a YAML stream.
	     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
	     *
	     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
	     *
	     * @returns A generator of tokens representing each directive, document, and other structure.
	     */
	    *parse(source, incomplete = false) {
	        if (this.onNewLine && this.offset === 0)
	            this.onNewLine(0);
	        for (const lexeme of this.lexer.lex(source, incomplete))
	            yield* this.next(lexeme);
	        if (!incomplete)
	            yield* this.end();
	    }
	    /**
	     * Advance the parser by the `source` of one lexical token.
	     */
	    *next(source) {
	        this.source = source;
	        if (node_process.env.LOG_TOKENS)
	            console.log('|', cst.prettyToken(source));
	        if (this.atScalar) {
	            this.atScalar = false;
	            yield* this.step();
	            this.offset += source.length;
	            return;
	        }
	        const type = cst.tokenType(source);
	        if (!type) {
	            const message = `Not a YAML token: ${source}`;
	            yield* this.pop({ type: 'error', offset: this.offset, message, source });
	            this.offset += source.length;
	        }
	        else if (type === 'scalar') {
	            this.atNewLine = false;
	            this.atScalar = true;
	            this.type = 'scalar';
	        }
	        else {
	            this.type = type;
	            yield* this.step();
	            switch (type) {
	                case 'newline':
	                    this.atNewLine = true;
	                    this.indent = 0;
	                    if (this.onNewLine)
	                        this.onNewLine(this.offset + source.length);
	                    break;
	                case 'space':
	                    if (this.atNewLine && source[0] === ' ')
	                        this.indent += source.length;
	                    break;
	                case 'explicit-key-ind':
	                case 'map-value-ind':
	                case 'seq-item-ind':
	                    if (this.atNewLine)
	                        this.indent += source.length;
	                    break;
	                case 'doc-mode':
	                case 'flow-error-end':
	                    return;
	                default:
	                    this.atNewLine = false;
	            }
	            this.offset += source.length;
	        }
	    }
	    /** Call at end of input to push out any remaining constructions */
	    *end() {
	        while (this.stack.length > 0)
	            yield* this.pop();
	    }
	    get sourceToken() {
	        const st = {
	            type: this.type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	        return st;
	    }
	    *step() {
	        const top = this.peek(1);
	        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
	            while (this.stack.length > 0)
	                yield* this.pop();
	            this.stack.push({
	                type: 'doc-end',
	                offset: this.offset,
	                source: this.source
	            });
	            return;
	        }
	        if (!top)
	            return yield* this.stream();
	        switch (top.type) {
	            case 'document':
	                return yield* this.document(top);
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return yield* this.scalar(top);
	            case 'block-scalar':
	                return yield* this.blockScalar(top);
	            case 'block-map':
	                return yield* this.blockMap(top);
	            case 'block-seq':
	                return yield* this.blockSequence(top);
	            case 'flow-collection':
	                return yield* this.flowCollection(top);
	            case 'doc-end':
	                return yield* this.documentEnd(top);
	        }
	        /* istanbul ignore next should not happen */
	        yield* this.pop();
	    }
	    peek(n) {
	        return this.stack[this.stack.length - n];
	    }
	    *pop(error) {
	        const token = error ?? this.stack.pop();
	        /* istanbul ignore if should not happen */
	        if (!token) {
	            const message = 'Tried to pop an empty stack';
	            yield { type: 'error', offset: this.offset, source: '', message };
	        }
	        else if (this.stack.length === 0) {
	            yield token;
	        }
	        else {
	            const top = this.peek(1);
	            if (token.type === 'block-scalar') {
	                // Block scalars use their parent rather than header indent
	                token.indent = 'indent' in top ? top.indent : 0;
	            }
	            else if (token.type === 'flow-collection' && top.type === 'document') {
	                // Ignore all indent for top-level flow collections
	                token.indent = 0;
	            }
	            if (token.type === 'flow-collection')
	                fixFlowSeqItems(token);
	            switch (top.type) {
	                case 'document':
	                    top.value = token;
	                    break;
	                case 'block-scalar':
	                    top.props.push(token); // error
	                    break;
	                case 'block-map': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value) {
	                        top.items.push({ start: [], key: token, sep: [] });
	                        this.onKeyLine = true;
	                        return;
	                    }
	                    else if (it.sep) {
	                        it.value = token;
	                    }
	                    else {
	                        Object.assign(it, { key: token, sep: [] });
	                        this.onKeyLine = !it.explicitKey;
	                        return;
	                    }
	                    break;
	                }
	                case 'block-seq': {
	                    const it = top.items[top.items.length - 1];
	                    if (it.value)
	                        top.items.push({ start: [], value: token });
	                    else
	                        it.value = token;
	                    break;
	                }
	                case 'flow-collection': {
	                    const it = top.items[top.items.length - 1];
	                    if (!it || it.value)
	                        top.items.push({ start: [], key: token, sep: [] });
	                    else if (it.sep)
	                        it.value = token;
	                    else
	                        Object.assign(it, { key: token, sep: [] });
	                    return;
	                }
	                /* istanbul ignore next should not happen */
	                default:
	                    yield* this.pop();
	                    yield* this.pop(token);
	            }
	            if ((top.type === 'document' ||
	                top.type === 'block-map' ||
	                top.type === 'block-seq') &&
	                (token.type === 'block-map' || token.type === 'block-seq')) {
	                const last = token.items[token.items.length - 1];
	                if (last &&
	                    !last.sep &&
	                    !last.value &&
	                    last.start.length > 0 &&
	                    findNonEmptyIndex(last.start) === -1 &&
	                    (token.indent === 0 ||
	                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
	                    if (top.type === 'document')
	                        top.end = last.start;
	                    else
	                        top.items.push({ start: last.start });
	                    token.items.splice(-1, 1);
	                }
	            }
	        }
	    }
	    *stream() {
	        switch (this.type) {
	            case 'directive-line':
	                yield { type: 'directive', offset: this.offset, source: this.source };
	                return;
	            case 'byte-order-mark':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                yield this.sourceToken;
	                return;
	            case 'doc-mode':
	            case 'doc-start': {
	                const doc = {
	                    type: 'document',
	                    offset: this.offset,
	                    start: []
	                };
	                if (this.type === 'doc-start')
	                    doc.start.push(this.sourceToken);
	                this.stack.push(doc);
	                return;
	            }
	        }
	        yield {
	            type: 'error',
	            offset: this.offset,
	            message: `Unexpected ${this.type} token in YAML stream`,
	            source: this.source
	        };
	    }
	    *document(doc) {
	        if (doc.value)
	            return yield* this.lineEnd(doc);
	        switch (this.type) {
	            case 'doc-start': {
	                if (findNonEmptyIndex(doc.start) !== -1) {
	                    yield* this.pop();
	                    yield* this.step();
	                }
	                else
	                    doc.start.push(this.sourceToken);
	                return;
	            }
	            case 'anchor':
	            case 'tag':
	            case 'space':
	            case 'comment':
	            case 'newline':
	                doc.start.push(this.sourceToken);
	                return;
	        }
	        const bv = this.startBlockValue(doc);
	        if (bv)
	            this.stack.push(bv);
	        else {
	            yield {
	                type: 'error',
	                offset: this.offset,
	                message: `Unexpected ${this.type} token in YAML document`,
	                source: this.source
	            };
	        }
	    }
	    *scalar(scalar) {
	        if (this.type === 'map-value-ind') {
	            const prev = getPrevProps(this.peek(2));
	            const start = getFirstKeyStartProps(prev);
	            let sep;
	            if (scalar.end) {
	                sep = scalar.end;
	                sep.push(this.sourceToken);
	                delete scalar.end;
	            }
	            else
	                sep = [this.sourceToken];
	            const map = {
	                type: 'block-map',
	                offset: scalar.offset,
	                indent: scalar.indent,
	                items: [{ start, key: scalar, sep }]
	            };
	            this.onKeyLine = true;
	            this.stack[this.stack.length - 1] = map;
	        }
	        else
	            yield* this.lineEnd(scalar);
	    }
	    *blockScalar(scalar) {
	        switch (this.type) {
	            case 'space':
	            case 'comment':
	            case 'newline':
	                scalar.props.push(this.sourceToken);
	                return;
	            case 'scalar':
	                scalar.source = this.source;
	                // block-scalar source includes trailing newline
	                this.atNewLine = true;
	                this.indent = 0;
	                if (this.onNewLine) {
	                    let nl = this.source.indexOf('\n') + 1;
	                    while (nl !== 0) {
	                        this.onNewLine(this.offset + nl);
	                        nl = this.source.indexOf('\n', nl) + 1;
	                    }
	                }
	                yield* this.pop();
	                break;
	            /* istanbul ignore next should not happen */
	            default:
	                yield* this.pop();
	                yield* this.step();
	        }
	    }
	    *blockMap(map) {
	        const it = map.items[map.items.length - 1];
	        // it.sep is true-ish if pair already has key or : separator
	        switch (this.type) {
	            case 'newline':
	                this.onKeyLine = false;
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value) {
	                    map.items.push({ start: [this.sourceToken] });
	                }
	                else if (it.sep) {
	                    it.sep.push(this.sourceToken);
	                }
	                else {
	                    if (this.atIndentedComment(it.start, map.indent)) {
	                        const prev = map.items[map.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            map.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	        }
	        if (this.indent >= map.indent) {
	            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
	            const atNextItem = atMapIndent &&
	                (it.sep || it.explicitKey) &&
	                this.type !== 'seq-item-ind';
	            // For empty nodes, assign newline-separated not indented empty tokens to following node
	            let start = [];
	            if (atNextItem && it.sep && !it.value) {
	                const nl = [];
	                for (let i = 0; i < it.sep.length; ++i) {
	                    const st = it.sep[i];
	                    switch (st.type) {
	                        case 'newline':
	                            nl.push(i);
	                            break;
	                        case 'space':
	                            break;
	                        case 'comment':
	                            if (st.indent > map.indent)
	                                nl.length = 0;
	                            break;
	                        default:
	                            nl.length = 0;
	                    }
	                }
	                if (nl.length >= 2)
	                    start = it.sep.splice(nl[1]);
	            }
	            switch (this.type) {
	                case 'anchor':
	                case 'tag':
	                    if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        it.sep.push(this.sourceToken);
	                    }
	                    else {
	                        it.start.push(this.sourceToken);
	                    }
	                    return;
	                case 'explicit-key-ind':
	                    if (!it.sep && !it.explicitKey) {
	                        it.start.push(this.sourceToken);
	                        it.explicitKey = true;
	                    }
	                    else if (atNextItem || it.value) {
	                        start.push(this.sourceToken);
	                        map.items.push({ start, explicitKey: true });
	                    }
	                    else {
	                        this.stack.push({
	                            type: 'block-map',
	                            offset: this.offset,
	                            indent: this.indent,
	                            items: [{ start: [this.sourceToken], explicitKey: true }]
	                        });
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'map-value-ind':
	                    if (it.explicitKey) {
	                        if (!it.sep) {
	                            if (includesToken(it.start, 'newline')) {
	                                Object.assign(it, { key: null, sep: [this.sourceToken] });
	                            }
	                            else {
	                                const start = getFirstKeyStartProps(it.start);
	                                this.stack.push({
	                                    type: 'block-map',
	                                    offset: this.offset,
	                                    indent: this.indent,
	                                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                                });
	                            }
	                        }
	                        else if (it.value) {
	                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else if (isFlowToken(it.key) &&
	                            !includesToken(it.sep, 'newline')) {
	                            const start = getFirstKeyStartProps(it.start);
	                            const key = it.key;
	                            const sep = it.sep;
	                            sep.push(this.sourceToken);
	                            // @ts-expect-error type guard is wrong here
	                            delete it.key;
	                            // @ts-expect-error type guard is wrong here
	                            delete it.sep;
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start, key, sep }]
	                            });
	                        }
	                        else if (start.length > 0) {
	                            // Not actually at next item
	                            it.sep = it.sep.concat(start, this.sourceToken);
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    else {
	                        if (!it.sep) {
	                            Object.assign(it, { key: null, sep: [this.sourceToken] });
	                        }
	                        else if (it.value || atNextItem) {
	                            map.items.push({ start, key: null, sep: [this.sourceToken] });
	                        }
	                        else if (includesToken(it.sep, 'map-value-ind')) {
	                            this.stack.push({
	                                type: 'block-map',
	                                offset: this.offset,
	                                indent: this.indent,
	                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
	                            });
	                        }
	                        else {
	                            it.sep.push(this.sourceToken);
	                        }
	                    }
	                    this.onKeyLine = true;
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (atNextItem || it.value) {
	                        map.items.push({ start, key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    else if (it.sep) {
	                        this.stack.push(fs);
	                    }
	                    else {
	                        Object.assign(it, { key: fs, sep: [] });
	                        this.onKeyLine = true;
	                    }
	                    return;
	                }
	                default: {
	                    const bv = this.startBlockValue(map);
	                    if (bv) {
	                        if (bv.type === 'block-seq') {
	                            if (!it.explicitKey &&
	                                it.sep &&
	                                !includesToken(it.sep, 'newline')) {
	                                yield* this.pop({
	                                    type: 'error',
	                                    offset: this.offset,
	                                    message: 'Unexpected block-seq-ind on same line with key',
	                                    source: this.source
	                                });
	                                return;
	                            }
	                        }
	                        else if (atMapIndent) {
	                            map.items.push({ start });
	                        }
	                        this.stack.push(bv);
	                        return;
	                    }
	                }
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *blockSequence(seq) {
	        const it = seq.items[seq.items.length - 1];
	        switch (this.type) {
	            case 'newline':
	                if (it.value) {
	                    const end = 'end' in it.value ? it.value.end : undefined;
	                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
	                    if (last?.type === 'comment')
	                        end?.push(this.sourceToken);
	                    else
	                        seq.items.push({ start: [this.sourceToken] });
	                }
	                else
	                    it.start.push(this.sourceToken);
	                return;
	            case 'space':
	            case 'comment':
	                if (it.value)
	                    seq.items.push({ start: [this.sourceToken] });
	                else {
	                    if (this.atIndentedComment(it.start, seq.indent)) {
	                        const prev = seq.items[seq.items.length - 2];
	                        const end = prev?.value?.end;
	                        if (Array.isArray(end)) {
	                            arrayPushArray(end, it.start);
	                            end.push(this.sourceToken);
	                            seq.items.pop();
	                            return;
	                        }
	                    }
	                    it.start.push(this.sourceToken);
	                }
	                return;
	            case 'anchor':
	            case 'tag':
	                if (it.value || this.indent <= seq.indent)
	                    break;
	                it.start.push(this.sourceToken);
	                return;
	            case 'seq-item-ind':
	                if (this.indent !== seq.indent)
	                    break;
	                if (it.value || includesToken(it.start, 'seq-item-ind'))
	                    seq.items.push({ start: [this.sourceToken] });
	                else
	                    it.start.push(this.sourceToken);
	                return;
	        }
	        if (this.indent > seq.indent) {
	            const bv = this.startBlockValue(seq);
	            if (bv) {
	                this.stack.push(bv);
	                return;
	            }
	        }
	        yield* this.pop();
	        yield* this.step();
	    }
	    *flowCollection(fc) {
	        const it = fc.items[fc.items.length - 1];
	        if (this.type === 'flow-error-end') {
	            let top;
	            do {
	                yield* this.pop();
	                top = this.peek(1);
	            } while (top?.type === 'flow-collection');
	        }
	        else if (fc.end.length === 0) {
	            switch (this.type) {
	                case 'comma':
	                case 'explicit-key-ind':
	                    if (!it || it.sep)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'map-value-ind':
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        Object.assign(it, { key: null, sep: [this.sourceToken] });
	                    return;
	                case 'space':
	                case 'comment':
	                case 'newline':
	                case 'anchor':
	                case 'tag':
	                    if (!it || it.value)
	                        fc.items.push({ start: [this.sourceToken] });
	                    else if (it.sep)
	                        it.sep.push(this.sourceToken);
	                    else
	                        it.start.push(this.sourceToken);
	                    return;
	                case 'alias':
	                case 'scalar':
	                case 'single-quoted-scalar':
	                case 'double-quoted-scalar': {
	                    const fs = this.flowScalar(this.type);
	                    if (!it || it.value)
	                        fc.items.push({ start: [], key: fs, sep: [] });
	                    else if (it.sep)
	                        this.stack.push(fs);
	                    else
	                        Object.assign(it, { key: fs, sep: [] });
	                    return;
	                }
	                case 'flow-map-end':
	                case 'flow-seq-end':
	                    fc.end.push(this.sourceToken);
	                    return;
	            }
	            const bv = this.startBlockValue(fc);
	            /* istanbul ignore else should not happen */
	            if (bv)
	                this.stack.push(bv);
	            else {
	                yield* this.pop();
	                yield* this.step();
	            }
	        }
	        else {
	            const parent = this.peek(2);
	            if (parent.type === 'block-map' &&
	                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
	                    (this.type === 'newline' &&
	                        !parent.items[parent.items.length - 1].sep))) {
	                yield* this.pop();
	                yield* this.step();
	            }
	            else if (this.type === 'map-value-ind' &&
	                parent.type !== 'flow-collection') {
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                fixFlowSeqItems(fc);
	                const sep = fc.end.splice(1, fc.end.length);
	                sep.push(this.sourceToken);
	                const map = {
	                    type: 'block-map',
	                    offset: fc.offset,
	                    indent: fc.indent,
	                    items: [{ start, key: fc, sep }]
	                };
	                this.onKeyLine = true;
	                this.stack[this.stack.length - 1] = map;
	            }
	            else {
	                yield* this.lineEnd(fc);
	            }
	        }
	    }
	    flowScalar(type) {
	        if (this.onNewLine) {
	            let nl = this.source.indexOf('\n') + 1;
	            while (nl !== 0) {
	                this.onNewLine(this.offset + nl);
	                nl = this.source.indexOf('\n', nl) + 1;
	            }
	        }
	        return {
	            type,
	            offset: this.offset,
	            indent: this.indent,
	            source: this.source
	        };
	    }
	    startBlockValue(parent) {
	        switch (this.type) {
	            case 'alias':
	            case 'scalar':
	            case 'single-quoted-scalar':
	            case 'double-quoted-scalar':
	                return this.flowScalar(this.type);
	            case 'block-scalar-header':
	                return {
	                    type: 'block-scalar',
	                    offset: this.offset,
	                    indent: this.indent,
	                    props: [this.sourceToken],
	                    source: ''
	                };
	            case 'flow-map-start':
	            case 'flow-seq-start':
	                return {
	                    type: 'flow-collection',
	                    offset: this.offset,
	                    indent: this.indent,
	                    start: this.sourceToken,
	                    items: [],
	                    end: []
	                };
	            case 'seq-item-ind':
	                return {
	                    type: 'block-seq',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start: [this.sourceToken] }]
	                };
	            case 'explicit-key-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                start.push(this.sourceToken);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, explicitKey: true }]
	                };
	            }
	            case 'map-value-ind': {
	                this.onKeyLine = true;
	                const prev = getPrevProps(parent);
	                const start = getFirstKeyStartProps(prev);
	                return {
	                    type: 'block-map',
	                    offset: this.offset,
	                    indent: this.indent,
	                    items: [{ start, key: null, sep: [this.sourceToken] }]
	                };
	            }
	        }
	        return null;
	    }
	    atIndentedComment(start, indent) {
	        if (this.type !== 'comment')
	            return false;
	        if (this.indent <= indent)
	            return false;
	        return start.every(st => st.type === 'newline' || st.type === 'space');
	    }
	    *documentEnd(docEnd) {
	        if (this.type !== 'doc-mode') {
	            if (docEnd.end)
	                docEnd.end.push(this.sourceToken);
	            else
	                docEnd.end = [this.sourceToken];
	            if (this.type === 'newline')
	                yield* this.pop();
	        }
	    }
	    *lineEnd(token) {
	        switch (this.type) {
	            case 'comma':
	            case 'doc-start':
	            case 'doc-end':
	            case 'flow-seq-end':
	            case 'flow-map-end':
	            case 'map-value-ind':
	                yield* this.pop();
	                yield* this.step();
	                break;
	            case 'newline':
	                this.onKeyLine = false;
	            // fallthrough
	            case 'space':
	            case 'comment':
	            default:
	                // all other values are errors
	                if (token.end)
	                    token.end.push(this.sourceToken);
	                else
	                    token.end = [this.sourceToken];
	                if (this.type === 'newline')
	                    yield* this.pop();
	        }
	    }
	}

	parser.Parser = Parser;
	return parser;
}

var publicApi = {};

var hasRequiredPublicApi;

function requirePublicApi () {
	if (hasRequiredPublicApi) return publicApi;
	hasRequiredPublicApi = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var errors = requireErrors();
	var log = requireLog();
	var identity = requireIdentity();
	var lineCounter = requireLineCounter();
	var parser = requireParser();

	function parseOptions(options) {
	    const prettyErrors = options.prettyErrors !== false;
	    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
	    return { lineCounter: lineCounter$1, prettyErrors };
	}
	/**
	 * Parse the input as a stream of YAML documents.
	 *
	 * Documents should be separated from each other by `...` or `---` marker lines.
	 *
	 * @returns If an empty `docs` array is returned, it will be of type
	 *   EmptyStream and contain additional stream information. In
	 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
	 */
	function parseAllDocuments(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
	    if (prettyErrors && lineCounter)
	        for (const doc of docs) {
	            doc.errors.forEach(errors.prettifyError(source, lineCounter));
	            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	        }
	    if (docs.length > 0)
	        return docs;
	    return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
	    const { lineCounter, prettyErrors } = parseOptions(options);
	    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
	    const composer$1 = new composer.Composer(options);
	    // `doc` is always set by compose.end(true) at the very latest
	    let doc = null;
	    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
	        if (!doc)
	            doc = _doc;
	        else if (doc.options.logLevel !== 'silent') {
	            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
	            break;
	        }
	    }
	    if (prettyErrors && lineCounter) {
	        doc.errors.forEach(errors.prettifyError(source, lineCounter));
	        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
	    }
	    return doc;
	}
	function parse(src, reviver, options) {
	    let _reviver = undefined;
	    if (typeof reviver === 'function') {
	        _reviver = reviver;
	    }
	    else if (options === undefined && reviver && typeof reviver === 'object') {
	        options = reviver;
	    }
	    const doc = parseDocument(src, options);
	    if (!doc)
	        return null;
	    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
	    if (doc.errors.length > 0) {
	        if (doc.options.logLevel !== 'silent')
	            throw doc.errors[0];
	        else
	            doc.errors = [];
	    }
	    return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
	    let _replacer = null;
	    if (typeof replacer === 'function' || Array.isArray(replacer)) {
	        _replacer = replacer;
	    }
	    else if (options === undefined && replacer) {
	        options = replacer;
	    }
	    if (typeof options === 'string')
	        options = options.length;
	    if (typeof options === 'number') {
	        const indent = Math.round(options);
	        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
	    }
	    if (value === undefined) {
	        const { keepUndefined } = options ?? replacer ?? {};
	        if (!keepUndefined)
	            return undefined;
	    }
	    if (identity.isDocument(value) && !_replacer)
	        return value.toString(options);
	    return new Document.Document(value, _replacer, options).toString(options);
	}

	publicApi.parse = parse;
	publicApi.parseAllDocuments = parseAllDocuments;
	publicApi.parseDocument = parseDocument;
	publicApi.stringify = stringify;
	return publicApi;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;

	var composer = requireComposer();
	var Document = requireDocument();
	var Schema = requireSchema();
	var errors = requireErrors();
	var Alias = requireAlias();
	var identity = requireIdentity();
	var Pair = requirePair();
	var Scalar = requireScalar();
	var YAMLMap = requireYAMLMap();
	var YAMLSeq = requireYAMLSeq();
	var cst = requireCst();
	var lexer = requireLexer();
	var lineCounter = requireLineCounter();
	var parser = requireParser();
	var publicApi = requirePublicApi();
	var visit = requireVisit();



	dist.Composer = composer.Composer;
	dist.Document = Document.Document;
	dist.Schema = Schema.Schema;
	dist.YAMLError = errors.YAMLError;
	dist.YAMLParseError = errors.YAMLParseError;
	dist.YAMLWarning = errors.YAMLWarning;
	dist.Alias = Alias.Alias;
	dist.isAlias = identity.isAlias;
	dist.isCollection = identity.isCollection;
	dist.isDocument = identity.isDocument;
	dist.isMap = identity.isMap;
	dist.isNode = identity.isNode;
	dist.isPair = identity.isPair;
	dist.isScalar = identity.isScalar;
	dist.isSeq = identity.isSeq;
	dist.Pair = Pair.Pair;
	dist.Scalar = Scalar.Scalar;
	dist.YAMLMap = YAMLMap.YAMLMap;
	dist.YAMLSeq = YAMLSeq.YAMLSeq;
	dist.CST = cst;
	dist.Lexer = lexer.Lexer;
	dist.LineCounter = lineCounter.LineCounter;
	dist.Parser = parser.Parser;
	dist.parse = publicApi.parse;
	dist.parseAllDocuments = publicApi.parseAllDocuments;
	dist.parseDocument = publicApi.parseDocument;
	dist.stringify = publicApi.stringify;
	dist.visit = visit.visit;
	dist.visitAsync = visit.visitAsync;
	return dist;
}

var distExports = requireDist();

/** Where a repository keeps its configuration, first match wins. */
const CONFIG_CANDIDATES = ['.github/planguard.yml', '.github/planguard.yaml'];
const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'];
/** Finds, reads and validates the configuration; the defaults when there is no file. */
function loadConfig(options = {}) {
    const rules = options.rules ?? allRules;
    if (options.path !== undefined) {
        const file = isAbsolute(options.path)
            ? options.path
            : resolve(options.root ?? '.', options.path);
        let text;
        try {
            text = readFileSync(file, 'utf8');
        }
        catch (error) {
            throw new PlanguardError('io', `cannot read configuration file ${options.path}: ${errorMessage(error)}`, {
                file: options.path,
                cause: error
            });
        }
        return { config: parseConfig(text, options.path, rules), file: options.path };
    }
    for (const candidate of CONFIG_CANDIDATES) {
        const content = options.fs?.read(candidate, { maxBytes: MAX_CONFIG_BYTES });
        if (content === undefined) {
            refuseUnreadable(options.fs, candidate);
            continue;
        }
        if (content.tooLarge) {
            throw new PlanguardError('config', `${candidate}: configuration file is too large`, {
                file: candidate
            });
        }
        return { config: parseConfig(content.text, candidate, rules), file: candidate };
    }
    return { config: defaultConfig() };
}
/** A configuration is a few kilobytes; a larger file is not what it seems. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * A configuration file that is there but cannot be read (a symlink out of the repository, a
 * folder) must not silently give way to the defaults.
 */
function refuseUnreadable(fs, candidate) {
    const refusal = fs?.refusal?.(candidate);
    const problem = refusal === 'outside-root'
        ? 'is a symlink to a file outside the repository, which is not read'
        : refusal === 'git-internal'
            ? 'is a symlink into .git, which is not read'
            : fs?.stat(candidate) === 'dir'
                ? 'is a folder, not a file'
                : undefined;
    if (problem === undefined)
        return;
    throw new PlanguardError('config', `${candidate}: the configuration file ${problem}`, {
        file: candidate
    });
}
/** Parses and validates configuration text; throws a PlanguardError naming key paths and positions. */
function parseConfig(text, file, rules = allRules) {
    const lineCounter = new distExports.LineCounter();
    const doc = distExports.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw configError(file, doc.errors.map((error) => {
            const position = lineCounter.linePos(error.pos[0]);
            return {
                message: `invalid YAML: ${firstLine(error.message)}`,
                line: position.line,
                column: position.col
            };
        }));
    }
    let raw;
    try {
        raw = doc.toJS() ?? {};
    }
    catch (error) {
        // `yaml` refuses alias bombs (an anchor expanded into millions of nodes) while converting.
        throw configError(file, [
            { message: `invalid YAML: ${errorMessage(error)}`, line: 1, column: 1 }
        ]);
    }
    const locate = (path) => {
        const offset = offsetOf(doc, path);
        if (offset === undefined)
            return {};
        const position = lineCounter.linePos(offset);
        return { line: position.line, column: position.col };
    };
    if (!isPlainObject(raw)) {
        throw configError(file, [
            { message: 'the configuration must be a mapping of keys to values', ...locate([]) }
        ]);
    }
    const ruleIssues = validateRuleSettings(raw.rules, rules);
    const parsed = configSchema.safeParse(raw);
    const schemaIssues = parsed.success
        ? []
        : parsed.error.issues
            .filter((issue) => issue.path[0] !== 'rules' || ruleIssues.length === 0)
            .flatMap((issue) => describeIssue(issue, raw));
    const issues = [...ruleIssues, ...schemaIssues, ...patternIssues(parsed.data)];
    if (issues.length > 0 || !parsed.success) {
        throw configError(file, issues.map((issue) => ({
            message: issue.message,
            path: formatKeyPath(issue.path),
            ...locate(issue.path)
        })));
    }
    return parsed.data;
}
/** Regular expressions in the configuration that do not compile (used silently, they would not match). */
function patternIssues(config) {
    const pattern = config?.dialect.entryIdPattern;
    if (pattern === undefined)
        return [];
    try {
        new RegExp(pattern, 'u');
        return [];
    }
    catch (error) {
        return [
            {
                path: ['dialect', 'entryIdPattern'],
                message: `not a valid regular expression: ${firstLine(errorMessage(error))}`
            }
        ];
    }
}
/** Unknown rule ids, bad severities and each rule's own option schema. */
function validateRuleSettings(value, rules) {
    if (value === undefined || value === null)
        return [];
    if (!isPlainObject(value))
        return [{ path: ['rules'], message: 'expected a mapping of rule id to setting' }];
    const known = new Map(rules.map((rule) => [rule.id, rule]));
    for (const meta of engineRules)
        if (!known.has(meta.id))
            known.set(meta.id, undefined);
    const issues = [];
    for (const [id, setting] of Object.entries(value)) {
        const path = ['rules', id];
        if (!known.has(id)) {
            issues.push({
                path,
                message: `unknown rule "${id}"; known rules: ${[...known.keys()].sort().join(', ')}`
            });
            continue;
        }
        if (typeof setting === 'string') {
            if (!isSeverity(setting)) {
                issues.push({
                    path,
                    message: `expected one of ${SEVERITY_SETTINGS.join(', ')} (got ${show(setting)})`
                });
            }
            continue;
        }
        if (!isPlainObject(setting)) {
            issues.push({
                path,
                message: `expected a severity (${SEVERITY_SETTINGS.join(', ')}) or a mapping with severity and options (got ${show(setting)})`
            });
            continue;
        }
        for (const key of Object.keys(setting)) {
            if (key !== 'severity' && key !== 'options') {
                issues.push({
                    path: [...path, key],
                    message: 'unknown key; allowed keys: severity, options'
                });
            }
        }
        if (setting.severity !== undefined && !isSeverity(setting.severity)) {
            issues.push({
                path: [...path, 'severity'],
                message: `expected one of ${SEVERITY_SETTINGS.join(', ')} (got ${show(setting.severity)})`
            });
        }
        issues.push(...validateRuleOptions(known.get(id), setting.options, [...path, 'options']));
    }
    return issues;
}
function validateRuleOptions(rule, options, path) {
    if (options === undefined)
        return [];
    if (!isPlainObject(options))
        return [{ path, message: `expected a mapping of options (got ${show(options)})` }];
    if (!rule)
        return Object.keys(options).length > 0 ? [{ path, message: 'this check takes no options' }] : [];
    const result = rule.options.safeParse(options);
    if (result.success)
        return [];
    return result.error.issues.flatMap((issue) => describeIssue({ ...issue, path: [...path, ...issue.path] }, { rules: { [rule.id]: { options } } }, (keyPath) => allowedKeysAt(rule.options, keyPath.slice(path.length))));
}
/** A zod issue as one or more messages that say what is allowed. */
function describeIssue(issue, raw, allowedKeys = (path) => allowedKeysAt(configSchema, path)) {
    const path = issue.path.filter((key) => typeof key !== 'symbol');
    switch (issue.code) {
        case 'unrecognized_keys': {
            const allowed = allowedKeys(path);
            const hint = allowed ? `; allowed keys: ${allowed.join(', ')}` : '';
            return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key${hint}` }));
        }
        case 'invalid_value':
            return [
                {
                    path,
                    message: `expected one of ${issue.values.map((v) => String(v)).join(', ')} (got ${show(valueAt(raw, path))})`
                }
            ];
        case 'invalid_type':
            return [{ path, message: `expected ${issue.expected} (got ${show(valueAt(raw, path))})` }];
        case 'invalid_union': {
            const branch = issue.errors.find((errors) => errors.length > 0);
            if (branch)
                return branch.flatMap((inner) => describeIssue({ ...inner, path: [...path, ...inner.path] }, raw, allowedKeys));
            return [{ path, message: issue.message }];
        }
        default:
            return [{ path, message: issue.message }];
    }
}
/** The keys a schema accepts for the object at `path`, for error messages. */
function allowedKeysAt(root, path) {
    let schema = root;
    for (const key of path) {
        const shape = objectShape(schema);
        if (!shape || typeof key !== 'string')
            return undefined;
        schema = shape[key];
    }
    const shape = objectShape(schema);
    return shape ? Object.keys(shape) : undefined;
}
function objectShape(schema) {
    let current = schema;
    for (let depth = 0; depth < 10 && current?._zod?.def; depth++) {
        const def = current._zod.def;
        if (def.type === 'object')
            return def.shape;
        if (!def.innerType)
            return undefined;
        current = def.innerType;
    }
    return undefined;
}
/** Source offset of the key at `path` (or of the deepest part of it that exists). */
function offsetOf(doc, path) {
    let node = doc.contents;
    let offset = rangeStart(node);
    for (const key of path) {
        if (distExports.isMap(node)) {
            const pair = node.items.find((item) => distExports.isScalar(item.key) && String(item.key.value) === String(key));
            if (!pair)
                return offset;
            offset = rangeStart(pair.key) ?? offset;
            node = pair.value;
        }
        else if (distExports.isSeq(node) && typeof key === 'number') {
            node = node.items[key];
            offset = rangeStart(node) ?? offset;
        }
        else {
            return offset;
        }
    }
    return offset;
}
function rangeStart(node) {
    const range = node?.range;
    return range?.[0];
}
function configError(file, unsorted) {
    // In file order, whatever order the schema checked them in.
    const issues = [...unsorted].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const lines = issues.map((issue) => {
        const where = formatLocation(file, issue.line, issue.column);
        return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
    });
    const first = issues[0];
    // The message is the first problem; `issues` carries every one of them.
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    return new PlanguardError('config', `${lines[0] ?? `${file}: invalid configuration`}${more}`, {
        file,
        ...(first?.line !== undefined ? { line: first.line } : {}),
        ...(first?.column !== undefined ? { column: first.column } : {}),
        issues
    });
}
/** `rules.artifact-exists.severity`, `files.ledgers[0]`. */
function formatKeyPath(path) {
    return path.reduce((text, key) => {
        if (typeof key === 'number')
            return `${text}[${key}]`;
        return text === '' ? key : `${text}.${key}`;
    }, '');
}
function valueAt(value, path) {
    let current = value;
    for (const key of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return JSON.stringify(value);
}
function isSeverity(value) {
    return typeof value === 'string' && SEVERITY_SETTINGS.includes(value);
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}

var ignore$1 = {exports: {}};

var hasRequiredIgnore;

function requireIgnore () {
	if (hasRequiredIgnore) return ignore$1.exports;
	hasRequiredIgnore = 1;
	(function (module) {
		// A simple implementation of make-array
		function makeArray (subject) {
		  return Array.isArray(subject)
		    ? subject
		    : [subject]
		}

		const UNDEFINED = undefined;
		const EMPTY = '';
		const SPACE = ' ';
		const ESCAPE = '\\';

		// The characters that carry a meaning of their own inside a regular
		//   expression, so a literal one has to be escaped before it is emitted.
		const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
		const BOM = '\uFEFF';
		// A run of two or more asterisks is a globstar (#175)
		const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
		const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
		const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
		const REGEX_SPLITALL_CRLF = /\r?\n/g;

		// Invalid:
		// - /foo,
		// - ./foo,
		// - ../foo,
		// - .
		// - ..
		// Valid:
		// - .foo
		const DOUBLE_SLASH = '//';
		const SLASH_CODE = 47;
		const DOT_CODE = 46;


		const SLASH = '/';

		// Do not use ternary expression here, since "istanbul ignore next" is buggy
		let TMP_KEY_IGNORE = 'node-ignore';
		/* istanbul ignore else */
		if (typeof Symbol !== 'undefined') {
		  TMP_KEY_IGNORE = Symbol.for('node-ignore');
		}
		const KEY_IGNORE = TMP_KEY_IGNORE;

		const define = (object, key, value) => {
		  Object.defineProperty(object, key, {value});
		  return value
		};

		const RETURN_FALSE = () => false;

		// > The range notation, e.g. [a-zA-Z],
		// > can be used to match one of the characters in a range.
		//
		// gitignore(5) defers to fnmatch(3) for this, and git implements it in
		//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
		//   is neither the surrounding pattern grammar nor the JavaScript one:
		//
		//   - a `]` right after `[` or `[!` is a literal member, not the terminator
		//   - `[:alpha:]` names one of twelve POSIX classes
		//   - `\` escapes the next member, `]` included
		//   - `*`, `?` and `.` are plain literal members
		//   - an unterminated expression makes the whole pattern match nothing
		//
		// which means the expression can not be located -- let alone translated -- by
		//   a regular expression.  It is scanned out of the pattern before the
		//   replacers below run, and put back once they are done, so that neither the
		//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

		// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
		//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
		//   `\s`, which are wider.  `/` is left out of every expansion, because a
		//   bracket expression never matches a path separator.
		const POSIX_CLASSES = {
		  alnum: '0-9A-Za-z',
		  alpha: 'A-Za-z',
		  blank: ' \\t',
		  cntrl: '\\x00-\\x1f\\x7f',
		  digit: '0-9',
		  graph: '!-.0-~',
		  lower: 'a-z',
		  print: ' -.0-~',
		  punct: '!-.:-@\\[-`{-~',
		  // git's `sane-ctype.h` classifies \v and \f as control, not space,
		  //   unlike C's `isspace`
		  space: ' \\t\\n\\r',
		  upper: 'A-Z',
		  xdigit: '0-9A-Fa-f'
		};

		const CLASS_MEMBERS_TO_ESCAPE = '\\]^-[';

		const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
		  ? char
		  : ESCAPE + char;

		// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
		// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
		// A bracket expression never matches a path separator, whatever its members
		//   say, so a negated class gets `/` as one more excluded character, while a
		//   plain one -- where a literal member or a range could still let `/` in --
		//   is guarded with a lookahead, `/` being impossible to subtract from a
		//   JavaScript character class.
		const NON_SLASH = '(?!\\/)';

		const classSource = (negated, body) => {
		  if (negated) {
		    return `[^\\/${body}]`
		  }

		  const source = `[${body}]`;

		  return new RegExp(source).test('/')
		    ? NON_SLASH + source
		    : source
		};

		// Scan the bracket expression that starts at `pattern[start] === '['`,
		//   mirroring the member loop of git's `wildmatch.c`.
		// @returns {{end: number, source: string} | null} `null` if the expression is
		//   never terminated, which makes the whole pattern match nothing.
		const scanBracket = (pattern, start) => {
		  const {length} = pattern;
		  let index = start + 1;
		  let negated = EMPTY;

		  const lead = pattern[index];
		  if (lead === '!' || lead === '^') {
		    negated = '^';
		    index ++;
		  }

		  let body = EMPTY;

		  // The member a `-` could start a range from, or EMPTY when the previous
		  //   member can not open one (start of the body, or a range / POSIX class
		  //   that has just closed)
		  let prev = EMPTY;

		  // git scans the members with a do-while, so the first one is consumed
		  //   unconditionally.  That is the whole reason a leading `]` is a member
		  //   and not the terminator.
		  for (;;) {
		    const char = pattern[index];

		    if (char === UNDEFINED) {
		      return null
		    }

		    if (char === ESCAPE) {
		      // A pattern can not end on a lone backslash -- `createRule` has
		      //   already thrown it away -- so there is a character to read.
		      const escaped = pattern[++ index];
		      body += escapeMember(escaped);
		      prev = escaped;
		    } else if (
		      char === '-'
		      && prev
		      && index + 1 < length
		      && pattern[index + 1] !== ']'
		    ) {
		      index ++;
		      let to = pattern[index];
		      if (to === ESCAPE) {
		        to = pattern[index += 1];
		      }
		      // An out-of-order range matches nothing in git but is a syntax error in
		      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
		      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
		      //   match `c`.
		      if (prev <= to) {
		        body += `-${escapeMember(to)}`;
		      }
		      prev = EMPTY;
		    } else if (char === '[' && pattern[index + 1] === ':') {
		      const nameStart = index + 2;
		      let end = nameStart;
		      while (end < length && pattern[end] !== ']') {
		        end ++;
		      }

		      if (end === length) {
		        return null
		      }

		      if (end > nameStart && pattern[end - 1] === ':') {
		        const name = pattern.slice(nameStart, end - 1);

		        // An unknown class name makes the whole pattern match nothing
		        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
		          return null
		        }

		        body += POSIX_CLASSES[name];
		        prev = EMPTY;
		        index = end;
		      } else {
		        // No `:]` to close it, so the `[` is a plain member and scanning
		        //   resumes right after it.
		        body += escapeMember('[');
		        prev = '[';
		        index = nameStart - 2;
		      }
		    } else {
		      body += escapeMember(char);
		      prev = char;
		    }

		    index ++;

		    if (pattern[index] === ']') {
		      return {
		        end: index,
		        source: classSource(negated, body)
		      }
		    }
		  }
		};

		// An empty JavaScript class can never match, which is how a pattern that git
		//   gives up on (`WM_ABORT_ALL`) is expressed here.
		const NEVER_MATCH = '[]';

		// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
		//   the one safe placeholder character.  A literal one in the pattern is
		//   held aside all the same, so a collision is impossible by construction.
		const PLACEHOLDER = '\u0000';
		const REGEX_RESTORE_PLACEHOLDER = new RegExp(
		  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
		);

		// The one wildcard the chain does not expand for itself is a trailing `*`. How
		//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
		//   left to do it, and until then the pending wildcard travels as this marker.
		//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
		//   steps collapse the escaped one to the exact `\*` a wildcard would leave
		//   behind, so by the time `_make` runs the two are otherwise the same string
		//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
		//   private-use character, and `extractBrackets` keeps one that came out of the
		//   pattern apart from it, so the only marker `_make` ever turns back into a
		//   real wildcard is the one this chain put there itself.
		const TRAILING_WILDCARD = '\uE000';

		// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
		//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
		//   still never matches the folder itself (#21).
		const TRAILING_DOUBLESTAR = '\uE001';

		// The three characters above mean something to the chain that builds the
		//   source rather than to the path, so one that came out of the pattern is
		//   held aside like a bracket expression instead of going straight out. Being
		//   held is what makes it safe: the restore runs after the step that anchors
		//   the source, so the character comes back in the middle of the source and
		//   not at its end, which is the one place `_make` and `checkSourceOf` look
		//   for a marker. Without it a pattern's own character lands where a pending
		//   marker sits, and `_make` turns it into a real trailing wildcard.
		//
		// It is held as a one-member class rather than bare, in both of the branches
		//   a reserved character can reach, so that the property can be
		//   read off this function alone -- a reserved character never goes out on
		//   its own -- rather than depending on where in the chain the restore
		//   happens to run. In the expression built here `[x]` matches exactly what
		//   `x` matches, none of the three being special to a regular expression or
		//   inside a class, so no test can tell the two apart: the class is insurance,
		//   and the paragraph above is the reason it is not needed.
		const isReserved = char =>
		  char === PLACEHOLDER
		  || char === TRAILING_WILDCARD
		  || char === TRAILING_DOUBLESTAR;

		// Replace every bracket expression with a placeholder the replacers below
		//   leave alone, and translate it separately.
		const extractBrackets = pattern => {
		  const sources = [];
		  const hold = source =>
		    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;

		  const {length} = pattern;
		  let out = EMPTY;
		  let index = 0;

		  while (index < length) {
		    const char = pattern[index];

		    if (char === ESCAPE) {
		      // > Put a backslash ("\") in front of ... a character to make it literal.
		      //                                            (gitignore(5) -> fnmatch(3))
		      // A backslash quotes the next character, whatever it is, so `\d` is a
		      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
		      //   not a wildcard. Held aside as its literal here, the escape never
		      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
		      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
		      //   `\?` into `[^\/]`.
		      //
		      // Three escapes are still left for the chain: `\*` (a literal star,
		      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
		      //   replacers), `\[` (a literal bracket, the one `[` the bracket
		      //   replacer still expects), and `\ ` (a quoted space, which one pass
		      //   below rewrites in bulk -- holding each one aside instead costs more
		      //   on a pattern built out of them).
		      //
		      // A quoted backslash is not among them. The chain doubles every
		      //   backslash, then takes the doubling back out again, and a quoted one
		      //   standing next to a character the chain also escapes left the two
		      //   counts sharing a run, so one of the escapes was lost. Held here as
		      //   the literal it means, it never joins that run.
		      const escaped = pattern[index + 1];

		      if (escaped === SLASH && index + 2 === length) {
		        // Git removes a final directory slash before matching. An escape
		        //   without a character after that removal makes the pattern invalid.
		        out += hold(NEVER_MATCH);
		      } else if (
		        escaped === '*'
		        || escaped === '['
		        || escaped === SPACE
		      ) {
		        out += pattern.slice(index, index + 2);
		      } else {
		        out += hold(
		          REGEX_LITERAL_SPECIAL.test(escaped)
		            ? ESCAPE + escaped
		            : isReserved(escaped)
		              ? `[${escaped}]`
		              : escaped
		        );
		      }

		      index += 2;
		    } else if (isReserved(char)) {
		      out += hold(`[${char}]`);
		      index ++;
		    } else if (char === '[') {
		      const scanned = scanBracket(pattern, index);

		      if (scanned === null) {
		        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
		        //   follows can not make it match either.
		        out += hold(NEVER_MATCH);
		        index = length;
		      } else {
		        out += hold(scanned.source);
		        index = scanned.end + 1;
		      }
		    } else {
		      out += char;
		      index ++;
		    }
		  }

		  return {
		    source: out,
		    sources
		  }
		};

		// A step of the chain below is normally a `[matcher, replacer]` pair handed
		//   to `String.replace`. `DIRECT` marks the ones that are plain string work
		//   instead, and take `(source, pattern)`.
		//
		// Anchoring the two ends is exactly that -- a test of one character and a
		//   concatenation -- and putting it through the regular expression engine
		//   cost a third of this chain for nothing: 167ns where 10ns does the same
		//   job. The two are still steps in the same list, in the same places,
		//   because their position in the order is part of what they mean.
		const DIRECT = null;

		// A separator at the beginning or in the middle of a pattern, as opposed to
		//   one at the very end.
		const REGEX_INNER_SLASH = /\/(?!$)/;
		const WILDCARD = '[^\\/]*';

		// > If the pattern ends with a slash,
		// > it is removed for the purpose of the following description,
		// > but it would only find a match with a directory.
		// > In other words, foo/ will match a directory foo and paths underneath it,
		// > but will not match a regular file or a symbolic link foo
		// >  (this is consistent with the way how pathspec works in general in Git).
		// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
		// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
		//      you could use option `mark: true` with `glob`

		// '`foo/`' should not continue with the '`..`'
		// The chain that turns one gitignore pattern into a regular expression
		//   source, in order. A step is either
		//
		//   [matcher, replacer]            handed to `String.replace`
		//   [matcher, replacer, required]  the same, but skipped outright unless
		//                                    `required` appears in the string, which
		//                                    the matcher cannot match without
		//   [DIRECT, transform]            plain string work, taking (source, pattern)
		//
		// The `required` character is only ever a shortcut: finding it does not mean
		//   the matcher will match, and not finding it means it cannot. It is there
		//   because scanning for one character costs a fraction of running a matcher
		//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
		//   backtracks its way through the whole string before giving up, 11ns
		//   against 400ns.
		const REPLACERS = [

		  // Replace (\ ) with ' '
		  // Only a space: an escaped tab or other whitespace is already a literal by
		  //   the time it reaches here, and a bare tab must be left as one, not turned
		  //   into a space.
		  // (\ ) -> ' '
		  // (\\ ) -> '\\ '
		  // (\\\ ) -> '\\ '
		  [
		    // A run of backslashes is taken whole, from its first one, so no match
		    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
		    //   quadratic.
		    /(\\+)( ?)/g,
		    (_, run, space) => space
		      ? run.slice(0, run.length - run.length % 2) + SPACE
		      : run,
		    ESCAPE + SPACE
		  ],

		  // git's wildmatch() reads a run of two or more asterisks as one globstar
		  //   whenever the run fills a path segment: it starts the pattern or follows
		  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
		  //   already `**`; a longer one is folded into `**` here, so the steps
		  //   below only ever have to know `**`.
		  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
		  // git also takes a run beside a literal prefix (`a***/b`) or beside an
		  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
		  //   lists both, under "A run of asterisks".
		  [
		    /(^|\/)\*{3,}(?=\/|$)/g,
		    (_, start) => `${start}**`,
		    '*'
		  ],

		  // Escape metacharacters
		  // which is written down by users but means special for regular expressions.

		  // > There are 12 characters with special meanings:
		  // > - the backslash \,
		  // > - the caret ^,
		  // > - the dollar sign $,
		  // > - the period or dot .,
		  // > - the vertical bar or pipe symbol |,
		  // > - the question mark ?,
		  // > - the asterisk or star *,
		  // > - the plus sign +,
		  // > - the opening parenthesis (,
		  // > - the closing parenthesis ),
		  // > - and the opening square bracket [,
		  // > - the opening curly brace {,
		  // > These special characters are often called "metacharacters".
		  [
		    /[\\$.|*+(){^]/g,
		    match => `\\${match}`
		  ],

		  [
		    // > a question mark (?) matches a single character
		    /(?!\\)\?/g,
		    () => '[^/]',
		    '?'
		  ],

		  // leading slash
		  [

		    // > A leading slash matches the beginning of the pathname.
		    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
		    // A leading slash matches the beginning of the pathname
		    /^\//,
		    () => '^',
		    SLASH
		  ],

		  // replace special metacharacter slash after the leading slash
		  [
		    /\//g,
		    () => '\\/',
		    SLASH
		  ],

		  [
		    // > A leading "**" followed by a slash means match in all directories.
		    // > For example, "**/foo" matches file or directory "foo" anywhere,
		    // > the same as pattern "foo".
		    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
		    // >   under directory "foo".
		    // Notice that the '*'s have been replaced as '\\*'
		    /^\^*(?:\\\*\\\*\\\/)+/,

		    // '**/foo' <-> 'foo'
		    () => '(?:^|\\/)',
		    '*'
		  ],

		  // starting
		  [
		    // there will be no leading '/'
		    //   (which has been replaced by section "leading slash")
		    // If starts with '**', adding a '^' to the regular expression also works
		    DIRECT,
		    (source, pattern) => {
		      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
		      if (!source || source[0] === '^' || source[0] === '(') {
		        return source
		      }

		      // If has a slash `/` at the beginning or middle
		      const anchor = !REGEX_INNER_SLASH.test(pattern)
		        // > Prior to 2.22.1
		        // > If the pattern does not contain a slash /,
		        // >   Git treats it as a shell glob pattern
		        // Actually, if there is only a trailing slash,
		        //   git also treats it as a shell glob pattern

		        // After 2.22.1 (compatible but clearer)
		        // > If there is a separator at the beginning or middle (or both)
		        // > of the pattern, then the pattern is relative to the directory
		        // > level of the particular .gitignore file itself.
		        // > Otherwise the pattern may also match at any level below
		        // > the .gitignore level.
		        ? '(?:^|\\/)'

		        // > Otherwise, Git treats the pattern as a shell glob suitable for
		        // >   consumption by fnmatch(3)
		        : '^';

		      return anchor + source
		    }
		  ],

		  // two globstars
		  [
		    // Use lookahead assertions so that we could match more than one `'/**'`
		    /\\\/\\\*\\\*(?=\\\/|$)/g,

		    // Zero, one or several directories
		    // should not use '*', or it will be replaced by the next replacer

		    // Check if it is not the last `'/**'`
		    (_, index, str) => index + 6 < str.length

		      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
		      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
		      // >   matches everything inside, but it should not match the current
		      // >   folder itself, so it requires at least one directory segment.
		      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
		      ? str.slice(index + 6) === '\\/'
		        ? '(?:\\/[^\\/]+)+'

		        // case: /**/
		        // > A slash followed by two consecutive asterisks then a slash matches
		        // >   zero or more directories.
		        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
		        // '/**/'
		        : '(?:\\/[^\\/]+)*'

		      // case: /**
		      // > A trailing `"/**"` matches everything inside.

		      // #21: everything inside but it should not include the current folder,
		      //   resolved by `_make`
		      : `\\/${TRAILING_DOUBLESTAR}`,
		    '*'
		  ],

		  // normal intermediate wildcards
		  [
		    // Never replace escaped '*'
		    // ignore rule '\*' will match the path '*'

		    // 'abc.*/' -> go
		    // 'abc.*'  -> skip this rule,
		    //    coz trailing single wildcard will be handed by [trailing wildcard]
		    /(^|[^\\])(?:\\\*)+(?!$)/g,

		    // '*.js' matches '.js'
		    // '*.js' doesn't match 'abc'
		    // 1. An asterisk "*" matches anything except a slash.
		    // 2. Other consecutive asterisks are considered regular asterisks
		    //    and collapse into one non-slash wildcard run.
		    (_, p1) => p1 + WILDCARD,
		    '*'
		  ],

		  // trailing wildcard, held apart from a literal star
		  [
		    // The step above leaves a trailing `*` alone, so a single `\*` is all that
		    //   can be left at the end here, and what stands in front of it says which
		    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
		    //   nothing before it; a literal arrives as the user's own escape, which
		    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
		    //   There is no third case: every backslash still reaching the chain is
		    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
		    //   own character, so a longer run can never form. This runs while the
		    //   two are still distinct, before the unescape steps below collapse the
		    //   literal onto the very `\*` a wildcard leaves behind.
		    /(^|[^\\])((?:\\\\)*)\\\*$/,

		    (match, p1, p2) =>
		      p2 === EMPTY
		        // A real wildcard: carry it to `_make` as the marker, so the unescape
		        //   steps and the trailing-wildcard rewrite can never mistake it for a
		        //   literal `\*` (nor the reverse).
		        ? p1 + TRAILING_WILDCARD
		        // A literal star: leave it exactly as it stands for the unescape steps.
		        : match,
		    '*'
		  ],

		  [
		    // unescape, revert step 3 except for back slash
		    // For example, if a user escape a '\\*',
		    // after step 3, the result will be '\\\\\\*'
		    /\\\\\\(?=[$.|*+(){^])/g,
		    () => ESCAPE,
		    ESCAPE + ESCAPE
		  ],

		  [
		    // '\\\\' -> '\\'
		    /\\\\/g,
		    () => ESCAPE,
		    ESCAPE + ESCAPE
		  ],

		  [
		    // Every real bracket expression -- POSIX classes included -- has already
		    //   been held aside by `extractBrackets`, so the only `[` left in the
		    //   pattern is an escaped, literal one.

		    // A backslash could only stand at the end of the range if it quoted the
		    //   `]`, and `\]` is held aside long before this.
		    /\\\[([^\]/]*?)($|\])/g,

		    // '\\[bar]' -> '\\\\[bar]'
		    (match, range, close) => `\\[${range}${close}`,
		    '['
		  ],

		  // ending
		  [
		    // 'js' will not match 'js.'
		    // 'ab' will not match 'abc'
		    DIRECT,

		    // WTF!
		    // https://git-scm.com/docs/gitignore
		    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
		    // which re-fixes #24, #38

		    // > If there is a separator at the end of the pattern then the pattern
		    // > will only match directories, otherwise the pattern can match both
		    // > files and directories.

		    // 'js*' will not match 'a.js'
		    // 'js/' will not match 'a.js'
		    // 'js' will match 'a.js' and 'a.js/'
		    source => {
		      const last = source[source.length - 1];

		      // The pattern is empty, or ends in a pending marker `_make` owns --
		      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
		      //   not the marker is a literal star, which anchors like any other
		      //   final character.
		      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
		        return source
		      }

		      return last === SLASH
		        // foo/ will not match 'foo'
		        ? `${source}$`
		        // foo matches 'foo' and 'foo/'
		        : `${source}(?=$|\\/$)`
		    }
		  ]
		];

		const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
		const MODE_IGNORE = 'regex';
		const MODE_CHECK_IGNORE = 'checkRegex';
		const UNDERSCORE = '_';

		const replaceTrailingWildcard = (_, p1) => {
		  const prefix = p1
		    // '\^':
		    // '/*' does not match EMPTY
		    // '/*' does not match everything

		    // '\\\/':
		    // 'abc/*' does not match 'abc/'
		    ? `${p1}[^/]+`

		    // 'a*' matches 'a'
		    // 'a*' matches 'aa'
		    : '[^/]*';

		  return `${prefix}(?=$|\\/$)`
		};

		const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;

		// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
		//   requiring one arbitrary character (line terminators included, #176)
		//   after 'abc/' is necessary and sufficient for `.test(path)`.
		const replaceTrailingDoublestar = () => '[\\s\\S]';

		// The fixed piece between the wildcard at `at` and the next wildcard of the
		//   run: the tokens that separate them, joined as they appear in the source.
		//   A run never holds two wildcards in a row, so there is always at least one
		//   token.
		const separatorAfter = (run, at) => {
		  let separator = EMPTY;

		  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
		    separator += run[index].single;
		  }

		  return separator
		};

		// Where a run of non-slash wildcards is split by fixed pieces --
		//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
		//   input across the wildcards, and on input that does not match it works
		//   through all of them, so the time grows with the number of wildcards
		//   rather than the length of the path. Every wildcard but the last in such a
		//   run can be pinned to stop where the piece after it begins, which leaves
		//   one way to lay out the input and no rewinding, without changing which
		//   paths match: the fixed pieces still bound the count, and the last
		//   wildcard still absorbs the rest.
		//
		// A wildcard is pinned to the whole piece, never to the piece's first
		//   character. The pin leaves no way back, so a wildcard that stopped at that
		//   first character would hand over wherever the character happens to turn
		//   up, including the places the rest of the piece cannot follow -- which is
		//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
		//   the one the `o/` after it needs. Every token of a piece matches exactly
		//   one character, so the first place the whole piece fits is the leftmost
		//   place it can sit, and whatever is left over goes to the wildcards that
		//   follow.
		//
		// The source is read one token at a time -- a wildcard, a single-character
		//   piece (a literal, an escape, a class), or a parenthesised group or anchor
		//   that ends the run -- so only a genuine wildcard is touched.
		const pinWildcards = source => {
		  if (source.indexOf(WILDCARD) < 0) {
		    return source
		  }

		  const tokens = [];
		  const {length} = source;
		  let index = 0;

		  while (index < length) {
		    const char = source[index];

		    if (source.startsWith(WILDCARD, index)) {
		      tokens.push({wildcard: true});
		      index += WILDCARD.length;
		    } else if (char === '[') {
		      let end = index + 1;

		      if (source[end] === '^') {
		        end ++;
		      }

		      if (source[end] === ']') {
		        end ++;
		      }

		      while (end < length && source[end] !== ']') {
		        end += source[end] === ESCAPE
		          ? 2
		          : 1;
		      }

		      end ++;
		      tokens.push({single: source.slice(index, end)});
		      index = end;
		    } else if (char === ESCAPE) {
		      tokens.push({single: source.slice(index, index + 2)});
		      index += 2;
		    } else if (char === '(') {
		      let depth = 0;
		      let end = index;

		      do {
		        if (source[end] === ESCAPE) {
		          end ++;
		        } else if (source[end] === '(') {
		          depth ++;
		        } else if (source[end] === ')') {
		          depth --;
		        }

		        end ++;
		      } while (end < length && depth > 0)

		      if ('*+?'.indexOf(source[end]) >= 0) {
		        end ++;
		      }

		      tokens.push({boundary: source.slice(index, end)});
		      index = end;
		    } else if (char === '^' || char === '$') {
		      tokens.push({boundary: char});
		      index ++;
		    } else {
		      tokens.push({single: char});
		      index ++;
		    }
		  }

		  let out = EMPTY;
		  let run = [];

		  const flush = () => {
		    let lastWildcard;

		    run.forEach((token, at) => {
		      if (token.wildcard) {
		        lastWildcard = at;
		      }
		    });

		    run.forEach((token, at) => {
		      if (!token.wildcard) {
		        out += token.single;
		        return
		      }

		      // Every wildcard but the last is pinned to the whole piece that
		      //   follows it, for the reason set out above this function. The last
		      //   one stays as it is and takes up the rest.
		      out += at === lastWildcard
		        ? WILDCARD
		        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
		    });

		    run = [];
		  };

		  tokens.forEach(token => {
		    if (token.boundary === undefined) {
		      run.push(token);
		      return
		    }

		    flush();
		    out += token.boundary;
		  });

		  flush();

		  return out
		};

		// @param {pattern}
		const makeRegexPrefix = pattern => {
		  // `/**` matches every path, as `**` does. The translation below only finds
		  //   a globstar beside a slash it keeps, and the leading one is turned into
		  //   an anchor, so `/**` would come out as `/*` and match one level only.
		  //   Here rather than in `createRule`, so that `checkSourceOf`, which
		  //   compiles `/**/` again without its trailing slash, gets it too.
		  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
		    pattern = '**';
		  }

		  const {source, sources} = extractBrackets(pattern);

		  const replaced = REPLACERS.reduce(
		    // A pass whose matcher finds nothing hands back the very string it was
		    //   given, so asking first costs a search and saves a rewrite. Ten of the
		    //   fifteen passes never fire for a typical .gitignore line, and between
		    //   them they were 45% of this chain.
		    (prev, [matcher, replacer, required]) => {
		      if (matcher === DIRECT) {
		        return replacer(prev, pattern)
		      }

		      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
		        return prev
		      }

		      // A pass whose matcher finds nothing hands back the very string it was
		      //   given, so asking first costs a search and saves a rewrite.
		      return matcher.test(prev)
		        ? prev.replace(matcher, replacer.bind(pattern))
		        : prev
		    },
		    source
		  );

		  // Most patterns hold no bracket expression at all, and then there is
		  //   nothing to put back.
		  return sources.length
		    ? replaced.replace(
		      REGEX_RESTORE_PLACEHOLDER,
		      (match, index) => sources[index]
		    )
		    : replaced
		};

		// `checkRegex` tests a path with a trailing slash, 'abc/', the way
		//   `git check-ignore` matches that literal string once the directory itself
		//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
		//   pattern is dropped, a basename pattern sees an empty basename, and only a
		//   pattern whose last segment is a pending wildcard can match what is left
		//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
		//   also matches 'abc/d/' (#77, #169).
		const checkSourceOf = (body, prefix) => {
		  if (body[body.length - 1] === SLASH) {
		    prefix = makeRegexPrefix(body.slice(0, -1));
		  }

		  const head = prefix.slice(0, -1);
		  const last = prefix[prefix.length - 1];

		  return last === TRAILING_WILDCARD
		    ? `${head}$`
		    : last === TRAILING_DOUBLESTAR
		      ? head
		      : NEVER_MATCH
		};

		// A trailing slash does not stop a pattern being basename-only: it restricts
		//   the match to a directory, it does not let the pattern reach across one.
		//   Everything else a pattern can hold -- a wildcard, a character class, an
		//   escape -- stays inside a single path segment too, so a pattern with no
		//   separator in it can only ever describe the last one.
		const matchesBasename = body => {
		  const index = body.indexOf(SLASH);

		  return index < 0 || index === body.length - 1
		};

		// The last segment of a path, keeping a trailing slash, because a pattern that
		//   ends in one matches only a directory.
		// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
		const basenameOf = path => {
		  const end = path.length - 1;

		  const index = path.lastIndexOf(
		    SLASH,
		    path[end] === SLASH
		      ? end - 1
		      : end
		  );

		  return index < 0
		    ? path
		    : path.slice(index + 1)
		};

		// The parent directory of a path, with its trailing separator, or EMPTY when
		//   the path has none.
		// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
		//
		// A path holding an empty segment has to be taken apart, because its
		//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
		//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
		//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
		//   it is given through the relative-path check.
		//
		// Every other path is a prefix of itself, and cutting one costs a fraction of
		//   splitting it into an array and joining that back at every level: 73ns
		//   against 207ns.
		const parentOf = path => {
		  if (
		    path.charCodeAt(0) === SLASH_CODE
		    || path.indexOf(DOUBLE_SLASH) >= 0
		  ) {
		    const slices = path.split(SLASH).filter(Boolean);

		    slices.pop();

		    return slices.length
		      ? slices.join(SLASH) + SLASH
		      : EMPTY
		  }

		  const end = path.length - 1;

		  // Look back from before a trailing separator, since that one belongs to the
		  //   path itself.
		  //
		  // A negative place to start would be a trap here: `lastIndexOf` clamps one
		  //   to 0 and searches there rather than reporting no match, so '/' would
		  //   come back as its own parent and the walk would never end. It cannot
		  //   happen -- that is the only path short enough to produce one, and the
		  //   test above has already sent it the other way.
		  const cut = path.lastIndexOf(
		    SLASH,
		    path.charCodeAt(end) === SLASH_CODE
		      ? end - 1
		      : end
		  );

		  return cut < 0
		    ? EMPTY
		    : path.slice(0, cut + 1)
		};

		const isString = subject => typeof subject === 'string';

		// Blank lines, comments and trailing lone backslashes are told by
		//   `createRule`, once the pattern is normalized.
		const checkPattern = pattern => pattern
		  && isString(pattern);

		// Git drops one CR before each LF, and one at the end of a final line that
		//   has no LF after it.
		const splitPattern = pattern => (
		  pattern[pattern.length - 1] === '\r'
		    ? pattern.slice(0, -1)
		    : pattern
		)
		.split(REGEX_SPLITALL_CRLF)
		.filter(Boolean);

		class IgnoreRule {
		  constructor (
		    pattern,
		    mark,
		    body,
		    ignoreCase,
		    negative,
		    prefix
		  ) {
		    this.pattern = pattern;
		    this.mark = mark;
		    this.negative = negative;

		    define(this, 'body', body);
		    define(this, 'ignoreCase', ignoreCase);
		    define(this, 'regexPrefix', prefix);
		  }

		  // Worked out on first use and kept behind an own property, the way `regex`
		  //   caches itself in `_regex`. Deciding it in the constructor instead would
		  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
		  //   every compile -- including the compiles of rules that are never matched
		  //   against anything.
		  get _basenameOnly () {
		    return define(this, '_basenameOnly', matchesBasename(this.body))
		  }

		  get regex () {
		    const key = UNDERSCORE + MODE_IGNORE;

		    if (this[key]) {
		      return this[key]
		    }

		    return this._make(MODE_IGNORE, key)
		  }

		  get checkRegex () {
		    const key = UNDERSCORE + MODE_CHECK_IGNORE;

		    if (this[key]) {
		      return this[key]
		    }

		    return this._make(MODE_CHECK_IGNORE, key)
		  }

		  _make (mode, key) {
		    const str = pinWildcards(
		      mode === MODE_IGNORE
		        ? this.regexPrefix
		        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
		        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
		        : checkSourceOf(this.body, this.regexPrefix)
		    );

		    const regex = this.ignoreCase
		      ? new RegExp(str, 'i')
		      : new RegExp(str);

		    return define(this, key, regex)
		  }
		}

		const hasTrailingBackslash = str => {
		  let count = 0;

		  while (str[str.length - count - 1] === ESCAPE) {
		    count ++;
		  }

		  return count % 2 === 1
		};

		// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
		//   or object pattern), drop any trailing blank lines along with the LF
		//   before each and at most one CR at the end of the line; then trim trailing
		//   spaces in the same backward pass. Git trims spaces only, and a space
		//   escaped by an odd run of backslashes stays, unescaped, as the last one.
		// Scanned from the end: a regular expression can only try each start in
		//   turn, which is quadratic over a long run of spaces or backslashes.
		// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
		// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
		const trimEnd = (body, stripLineEnd) => {
		  let lineEnd = body.length;
		  let end;

		  for (;;) {
		    if (stripLineEnd && body[lineEnd - 1] === '\r') {
		      lineEnd --;
		    }

		    end = lineEnd;

		    while (body[end - 1] === SPACE) {
		      end --;
		    }

		    if (!stripLineEnd || body[end - 1] !== '\n') {
		      break
		    }

		    lineEnd = end - 1;
		  }

		  if (end === lineEnd) {
		    return body.slice(0, lineEnd)
		  }

		  let backslashes = 0;

		  while (body[end - backslashes - 1] === ESCAPE) {
		    backslashes ++;
		  }

		  return backslashes % 2
		    ? body.slice(0, end - 1) + SPACE
		    : body.slice(0, end)
		};

		const createRule = (
		  pattern,
		  mark,
		  ignoreCase,
		  stripLineEnd,
		  stripBOM
		) => {
		  // Git drops a BOM before it reads the first line, so before anything else.
		  let body = stripBOM && pattern[0] === BOM
		    ? pattern.slice(1)
		    : pattern;

		  // > A line starting with # serves as a comment.
		  if (body[0] === '#') {
		    return
		  }

		  let negative = false;

		  // > An optional prefix "!" which negates the pattern;
		  if (body[0] === '!') {
		    negative = true;
		    body = body.slice(1);
		  }

		  // Normalize the body before checking which slashes anchor the pattern.
		  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
		  //   A line from `splitPattern` has already lost its line ending, so only a
		  //   trailing space remains to trim there.
		  const last = body[body.length - 1];

		  if (
		    last === SPACE
		    || stripLineEnd && (last === '\r' || last === '\n')
		  ) {
		    body = trimEnd(body, stripLineEnd);
		  }

		  // > A blank line matches no files, so it can serve as a separator for
		  // >   readability.
		  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
		  //   anything else left empty here: an empty pattern would compile to a
		  //   regex matching every path.
		  if (!body || hasTrailingBackslash(body)) {
		    return
		  }

		  body = body
		  // > Put a backslash ("\") in front of the first "!" for patterns that
		  // >   begin with a literal "!", for example, `"\!important!.txt"`.
		  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
		  // > Put a backslash ("\") in front of the first hash for patterns that
		  // >   begin with a hash.
		  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#');

		  const regexPrefix = makeRegexPrefix(body);

		  return new IgnoreRule(
		    pattern,
		    mark,
		    body,
		    ignoreCase,
		    negative,
		    regexPrefix
		  )
		};

		class RuleManager {
		  constructor (ignoreCase) {
		    this._ignoreCase = ignoreCase;
		    this._rules = [];

		    // How many of the rules git would tag `EXC_FLAG_NODIR`.
		    //
		    // The scan uses it to decide, once for the whole set, whether handing
		    //   those rules the basename is worth what it costs the others. The
		    //   shortcut saves a full-path scan on every rule it applies to and costs
		    //   a check on every rule it does not, so a set where almost nothing is
		    //   basename-only comes out behind -- a 955 pattern set with 44 of them
		    //   measured 19% slower with the shortcut always on.
		    //
		    // Deciding this by measurement rather than by meaning is safe: a
		    //   basename-only pattern gives the very same answer against the whole
		    //   path, it just takes longer to say so. The choice can only change how
		    //   fast the scan runs, never what it returns.
		    this._basenameCount = 0;
		  }

		  _add (pattern, index) {
		    // #32
		    if (pattern && pattern[KEY_IGNORE]) {
		      this._rules = this._rules.concat(pattern._rules._rules);
		      this._basenameCount += pattern._rules._basenameCount;
		      this._added = true;
		      return
		    }

		    const isStr = isString(pattern);
		    const raw = isStr
		      ? pattern
		      : pattern.pattern;

		    const rule = checkPattern(raw)
		      && createRule(
		        raw,
		        isStr ? UNDEFINED : pattern.mark,
		        this._ignoreCase,
		        !this._split,
		        this._stripBOM && !index
		      );

		    if (rule) {
		      this._added = true;
		      this._rules.push(rule);

		      // Deliberately not `rule._basenameOnly`: reading that would materialise
		      //   the rule's own copy, and the whole point of leaving it lazy is that
		      //   a rule which is compiled and never matched never pays for it.
		      if (matchesBasename(rule.body)) {
		        this._basenameCount ++;
		      }
		    }
		  }

		  // @param {Array<string> | string | Ignore} pattern
		  add (pattern) {
		    this._added = false;
		    this._split = isString(pattern);
		    this._stripBOM = !this._split || pattern[0] === BOM;

		    makeArray(
		      this._split
		        ? splitPattern(pattern)
		        : pattern
		    ).forEach(this._add, this);

		    if (this._added) {
		      this._literalRules = UNDEFINED;
		    }

		    return this._added
		  }

		  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
		  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
		  //   are left out once, rather than tested or compiled for every path.
		  testLiteral (path) {
		    const rules = this._literalRules || (
		      this._literalRules = this._rules.filter(
		        ({body}) => body[body.length - (
		          body[body.length - 1] === SLASH ? 2 : 1
		        )] === '*'
		      )
		    );

		    let ignored = false;
		    let unignored = false;
		    let matchedRule;

		    for (let index = rules.length - 1; index >= 0; index --) {
		      const rule = rules[index];

		      if (rule.checkRegex.test(path)) {
		        ignored = !rule.negative;
		        unignored = rule.negative;
		        matchedRule = rule.negative
		          ? UNDEFINED
		          : rule;
		        break
		      }
		    }

		    const ret = {
		      ignored,
		      unignored
		    };

		    if (matchedRule) {
		      ret.rule = matchedRule;
		    }

		    return ret
		  }

		  // Test one single path without recursively checking parent directories
		  //
		  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

		  // @returns {TestResult}
		  test (path, mode) {
		    // Most of a .gitignore is patterns with no slash in them, and running
		    //   those against the whole path makes the regular expression engine walk
		    //   every directory name on the way to the only segment that could match.
		    //   Handing them the basename instead is what git does, and it is where
		    //   the time in a directory walk goes: the rule scan was two thirds of it.
		    const rules = this._rules;
		    const {length} = rules;

		    const shortcut = this._basenameCount * 2 >= length;

		    const basename = shortcut
		      ? basenameOf(path)
		      : path;

		    // The last rule to match decides, as in git, and it is the rule
		    //   `git check-ignore -v` reports, so the scan runs from the end and stops
		    //   at the first match.
		    // A plain loop rather than `forEach`, so that `path`, `basename` and
		    //   `shortcut` are locals. As a callback they became closure variables,
		    //   and reaching for one of those once per rule cost 10% of a scan over a
		    //   large rule set -- more than the shortcut they were there to serve.
		    for (let index = length - 1; index >= 0; index --) {
		      const rule = rules[index];

		      if (rule[mode].test(
		        shortcut && rule._basenameOnly
		          ? basename
		          : path
		      )) {
		        const {negative} = rule;

		        const ret = {
		          ignored: !negative,
		          unignored: negative
		        };

		        if (!negative) {
		          ret.rule = rule;
		        }

		        return ret
		      }
		    }

		    return {
		      ignored: false,
		      unignored: false
		    }
		  }
		}

		const throwError = (message, Ctor) => {
		  throw new Ctor(message)
		};

		const checkPath = (path, originalPath, doThrow) => {
		  if (!isString(path)) {
		    return doThrow(
		      `path must be a string, but got \`${originalPath}\``,
		      TypeError
		    )
		  }

		  // We don't know if we should ignore EMPTY, so throw
		  if (!path) {
		    return doThrow(`path must not be empty`, TypeError)
		  }

		  // Check if it is a relative path
		  if (checkPath.isNotRelative(path)) {
		    const r = '`path.relative()`d';
		    return doThrow(
		      `path should be a ${r} string, but got "${originalPath}"`,
		      RangeError
		    )
		  }

		  return true
		};

		// > pathname should be a `path.relative()`d one
		//
		// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
		//   relative if it begins with a separator, or with `./` or `../`, or is
		//   nothing but `.` or `..`. Every match is decided by the first three
		//   characters, and this runs on every path handed to the library -- where it
		//   was 55% of a cached lookup, more than the cache lookup itself.
		const isNotRelative = path => {
		  const first = path.charCodeAt(0);

		  if (first === SLASH_CODE) {
		    return true
		  }

		  if (first !== DOT_CODE) {
		    return false
		  }

		  // '.'
		  if (path.length === 1) {
		    return true
		  }

		  const second = path.charCodeAt(1);

		  // './'
		  if (second === SLASH_CODE) {
		    return true
		  }

		  if (second !== DOT_CODE) {
		    return false
		  }

		  // '..' or '../'
		  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
		};

		checkPath.isNotRelative = isNotRelative;

		// On windows, the following function will be replaced
		/* istanbul ignore next */
		checkPath.convert = p => p;


		const convertPath = target =>
		  isString(target) && checkPath.convert(target);


		class Ignore {
		  constructor ({
		    ignorecase = true,
		    ignoreCase = ignorecase,
		    allowRelativePaths = false
		  } = {}) {
		    define(this, KEY_IGNORE, true);

		    this._rules = new RuleManager(ignoreCase);
		    this._strictPathCheck = !allowRelativePaths;
		    this._initCache();
		  }

		  _initCache () {
		    // A cache for the result of `.ignores()`
		    this._ignoreCache = Object.create(null);

		    // A cache for the result of `.test()`
		    this._testCache = Object.create(null);
		  }

		  add (pattern) {
		    if (this._rules.add(pattern)) {
		      // Some rules have just added to the ignore,
		      //   making the behavior changed,
		      //   so we need to re-initialize the result cache
		      this._initCache();
		    }

		    return this
		  }

		  // legacy
		  addPattern (pattern) {
		    return this.add(pattern)
		  }

		  // @returns {TestResult}
		  _test (originalPath, cache, path) {
		    checkPath(
		      path,
		      originalPath,
		      this._strictPathCheck
		        ? throwError
		        : RETURN_FALSE
		    );

		    return path
		      ? this._t(path, cache)
		      : {
		        ignored: false,
		        unignored: false
		      }
		  }

		  checkIgnore (target) {
		    // A Windows path is converted first, so that a directory given with a
		    //   trailing separator, `\` or `/`, is told the same way
		    const path = convertPath(target);

		    // If the path does not end with a slash, `.ignores()` is much equivalent
		    //   to `git check-ignore`
		    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
		      return this._test(target, this._testCache, path)
		    }

		    // Like `git check-ignore`: a directory excluded by itself or by an
		    //   ancestor settles it, and only then is the literal 'abc/' matched
		    //   against the rules (see `checkSourceOf`).
		    const dir = this._t(path, this._testCache);

		    if (dir.ignored) {
		      return dir
		    }

		    const literal = this._rules.testLiteral(path);

		    return literal.ignored || literal.unignored
		      ? literal
		      : dir
		  }

		  _t (
		    // The path to be tested
		    path,

		    // The cache for the result of a certain checking
		    cache
		  ) {
		    if (path in cache) {
		      return cache[path]
		    }

		    const parentPath = parentOf(path);

		    // If the path contains a parent directory, check the parent first
		    const parent = parentPath
		      ? this._t(parentPath, cache)
		      : UNDEFINED;

		    return cache[path] = parent && parent.ignored
		      // > It is not possible to re-include a file if a parent directory of
		      // >   that file is excluded.
		      ? parent
		      : this._rules.test(path, MODE_IGNORE)
		  }

		  ignores (path) {
		    return this._test(path, this._ignoreCache, convertPath(path)).ignored
		  }

		  createFilter () {
		    return path => !this.ignores(path)
		  }

		  filter (paths) {
		    return makeArray(paths).filter(this.createFilter())
		  }

		  // @returns {TestResult}
		  test (path) {
		    return this._test(path, this._testCache, convertPath(path))
		  }
		}

		const factory = options => new Ignore(options);

		const isPathValid = path =>
		  checkPath(convertPath(path), path, RETURN_FALSE);

		/* istanbul ignore next */
		const setupWindows = () => {
		  /* eslint no-control-regex: "off" */
		  const makePosix = str => /^\\\\\?\\/.test(str)
		  || /["<>|\u0000-\u001F]+/u.test(str)
		    ? str
		    : str.replace(/\\/g, '/');

		  checkPath.convert = makePosix;

		  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
		  // 'd:\\foo'
		  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
		  checkPath.isNotRelative = path =>
		    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
		    || isNotRelative(path);
		};


		// Windows
		// --------------------------------------------------------------
		/* istanbul ignore next */
		if (
		  // Detect `process` so that it can run in browsers.
		  typeof process !== 'undefined'
		  && process.platform === 'win32'
		) {
		  setupWindows();
		}

		// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

		module.exports = factory;

		// Although it is an anti-pattern,
		//   it is still widely misused by a lot of libraries in github
		// Ref: https://github.com/search?q=ignore.default%28%29&type=code
		factory.default = factory;

		module.exports.isPathValid = isPathValid;

		// For testing purposes
		define(module.exports, Symbol.for('setupWindows'), setupWindows); 
	} (ignore$1));
	return ignore$1.exports;
}

var ignoreExports = requireIgnore();
var ignore = /*@__PURE__*/getDefaultExportFromCjs(ignoreExports);

/**
 * `.gitignore` semantics over a whole tree: every folder's `.gitignore` applies to the paths below
 * it, a deeper file can re-include (`!pattern`) what a shallower one excluded, and nothing can be
 * re-included once one of its parent folders is excluded.
 */
class GitignoreMatcher {
    readGitignore;
    isDir;
    perDir = new Map();
    verdicts = new Map();
    /**
     * @param readGitignore text of `<dir>/.gitignore`, or undefined when there is none
     * @param isDir whether a repository path is a folder
     */
    constructor(readGitignore, isDir) {
        this.readGitignore = readGitignore;
        this.isDir = isDir;
    }
    /**
     * Walks down the path once, collecting the `.gitignore` files of the folders it passes. A cited
     * path can be thousands of segments deep (hostile or garbled text): each step costs one test
     * per `.gitignore` found so far, and no `.gitignore` is looked for below a folder that does not
     * exist, so the cost stays linear in the number of segments.
     */
    isIgnored(path) {
        if (path === '')
            return false;
        const segments = path.split('/');
        const matchers = [];
        let dir = '';
        let dirExists = true;
        for (let index = 0; index < segments.length; index++) {
            if (dirExists) {
                const matcher = this.matcherFor(dir);
                if (matcher)
                    matchers.push({ dir, matcher });
            }
            const child = dir === '' ? segments[index] : `${dir}/${segments[index]}`;
            const last = index === segments.length - 1;
            const childIsDir = last ? this.isDir(child) : dirExists && this.isDir(child);
            // Every parent is matched as a folder: a pattern like `tmp/` excludes what lies below it.
            if (this.matchesItself(child, last ? childIsDir : true, matchers))
                return true;
            dirExists = childIsDir;
            dir = child;
        }
        return false;
    }
    /** The verdict of the `.gitignore` files above one path, ignoring its parents' verdicts. */
    matchesItself(path, isDir, matchers) {
        const key = isDir ? `${path}/` : path;
        const cached = this.verdicts.get(key);
        if (cached !== undefined)
            return cached;
        let ignored = false;
        for (const { dir, matcher } of matchers) {
            const relative = (dir === '' ? path : path.slice(dir.length + 1)) + (isDir ? '/' : '');
            const verdict = safeTest(matcher, relative);
            if (verdict.ignored)
                ignored = true;
            else if (verdict.unignored)
                ignored = false;
        }
        this.verdicts.set(key, ignored);
        return ignored;
    }
    matcherFor(dir) {
        const cached = this.perDir.get(dir);
        if (cached !== undefined)
            return cached;
        const text = this.readGitignore(dir);
        const matcher = text === undefined ? null : ignore().add(text);
        this.perDir.set(dir, matcher);
        return matcher;
    }
}
function safeTest(matcher, path) {
    try {
        return matcher.test(path);
    }
    catch {
        // `ignore` rejects some path shapes; an unusual path is simply not ignored.
        return { ignored: false, unignored: false };
    }
}

/**
 * Repository-relative path handling shared by every RepoFS. A path is normalised to POSIX form
 * without `.` segments or trailing slash; one that is absolute, climbs above the root, or enters a
 * `.git` folder has no normal form (undefined) and is treated as absent.
 */
function normalizeRepoPath(path) {
    if (typeof path !== 'string' || path.length > MAX_PATH_LENGTH$1 || path.includes('\0'))
        return undefined;
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
        return undefined;
    const out = [];
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
            continue;
        }
        if (isGitSegment(segment))
            return undefined;
        out.push(segment);
    }
    return out.join('/');
}
/**
 * Longer than any path a file system accepts (Linux PATH_MAX): such a path cannot exist, so it has
 * no normal form, and hostile text cited as a path costs nothing to look up.
 */
const MAX_PATH_LENGTH$1 = 4096;
/** Why a path has no normal form: it leaves the root or enters `.git` (undefined otherwise). */
function lexicalRefusal(path) {
    if (typeof path !== 'string' || path.includes('\0'))
        return undefined;
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
        return 'outside-root';
    let depth = 0;
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (depth === 0)
                return 'outside-root';
            depth -= 1;
        }
        else if (isGitSegment(segment)) {
            return 'git-internal';
        }
        else {
            depth += 1;
        }
    }
    return undefined;
}
/** `.git` in any letter case: case-insensitive file systems would open the same folder. */
function isGitSegment(segment) {
    return segment.toLowerCase() === '.git';
}
/** Folder names a tree walk never descends into. */
const WALK_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
function joinRepoPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
function parentDir(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/** Every ancestor folder of a path, root (`''`) first, the path itself excluded. */
function ancestorDirs(path) {
    const parts = path.split('/');
    const dirs = [''];
    for (let i = 1; i < parts.length; i++)
        dirs.push(parts.slice(0, i).join('/'));
    return dirs;
}

/**
 * A test for "excluded by one of these globs": the path itself or any folder above it matches, so
 * `plans/archive` excludes everything under it just as `plans/archive/**` does.
 */
function exclusionMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    const matches = picomatch(patterns.map((pattern) => pattern.replace(/\/+$/, '')), { dot: true });
    return (path) => matches(path) || ancestorDirs(path).some((dir) => dir !== '' && matches(dir));
}

/** Files above this size are not read into memory (the engine reports them instead). */
const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * The largest planning document read: about forty times the largest real ledger seen (800 KB),
 * so that ledgers grown for years (and the 20 MB benchmark ledgers) are still checked, in well
 * under a second. A 50 MB file in a planning path is almost certainly not a hand-kept ledger; it
 * is reported as too large instead, without being loaded.
 */
const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
/** A walk deeper than this is a symlink loop or a pathological tree. */
const MAX_WALK_DEPTH = 64;
const GLOB_OPTIONS = { dot: true };
/**
 * The shared behaviour of every RepoFS: path normalisation and confinement, caching of stat and
 * list results (rules ask about thousands of paths), `.gitignore` handling and globbing. Subclasses
 * only provide raw access to already-normalised, confined paths.
 */
class BaseRepoFS {
    statCache = new Map();
    refusalCache = new Map();
    listCache = new Map();
    walkCache = new Map();
    gitignore = new GitignoreMatcher((dir) => this.readText(joinRepoPath(dir, '.gitignore')), (path) => this.stat(path) === 'dir');
    /** Why a normalised path that exists is refused (a symlink out of the root or into `.git`). */
    refusedPath(_path) {
        return undefined;
    }
    /** What makes two paths the same folder (a real path on disk), to stop symlink loops. */
    identity(path) {
        return path;
    }
    stat(path) {
        const rel = normalizeRepoPath(path);
        if (rel === undefined)
            return undefined;
        if (rel === '')
            return 'dir';
        if (this.statCache.has(rel))
            return this.statCache.get(rel);
        const type = safely(() => this.statPath(rel));
        this.statCache.set(rel, type);
        return type;
    }
    read(path, options = {}) {
        const rel = normalizeRepoPath(path);
        if (rel === undefined || rel === '' || this.stat(rel) !== 'file')
            return undefined;
        const maxBytes = Math.min(this.maxFileBytes, options.maxBytes ?? Infinity);
        return safely(() => this.readPath(rel, maxBytes));
    }
    list(dir) {
        const rel = normalizeRepoPath(dir);
        if (rel === undefined)
            return undefined;
        if (this.listCache.has(rel))
            return this.listCache.get(rel);
        const names = rel === '' || this.stat(rel) === 'dir'
            ? safely(() => this.listPath(rel))
                ?.filter((name) => name.toLowerCase() !== '.git')
                .sort()
            : undefined;
        this.listCache.set(rel, names);
        return names;
    }
    refusal(path) {
        const lexical = lexicalRefusal(path);
        if (lexical !== undefined)
            return lexical;
        const rel = normalizeRepoPath(path);
        if (rel === undefined || rel === '')
            return undefined;
        // Resolving symlinks costs a realpath per path: rules ask about the same paths many times.
        if (this.refusalCache.has(rel))
            return this.refusalCache.get(rel);
        const refusal = safely(() => this.refusedPath(rel));
        this.refusalCache.set(rel, refusal);
        return refusal;
    }
    isIgnored(path) {
        const rel = normalizeRepoPath(path);
        if (rel === undefined)
            return false;
        return this.gitignore.isIgnored(rel);
    }
    glob(patterns, ignore = []) {
        if (patterns.length === 0)
            return [];
        const matches = picomatch(patterns, GLOB_OPTIONS);
        const ignored = exclusionMatcher(ignore);
        const found = new Set();
        for (const base of walkBases(patterns)) {
            for (const file of this.filesUnder(base)) {
                if (matches(file) && !ignored(file))
                    found.add(file);
            }
        }
        return [...found].sort();
    }
    /** Every file below a folder (cached), skipping `.git` and `node_modules`. */
    filesUnder(dir) {
        const rel = normalizeRepoPath(dir);
        if (rel === undefined)
            return [];
        const cached = this.walkCache.get(rel);
        if (cached)
            return cached;
        const files = [];
        if (rel === '' || this.stat(rel) === 'dir')
            this.walk(rel, files, new Set(), 0);
        else if (this.stat(rel) === 'file')
            files.push(rel);
        this.walkCache.set(rel, files);
        return files;
    }
    walk(dir, out, seen, depth) {
        if (depth > MAX_WALK_DEPTH)
            return;
        const id = this.identity(dir);
        if (id === undefined || seen.has(id))
            return;
        seen.add(id);
        for (const name of this.list(dir) ?? []) {
            if (WALK_SKIPPED_DIRS.has(name))
                continue;
            const child = joinRepoPath(dir, name);
            const type = this.stat(child);
            if (type === 'file')
                out.push(child);
            else if (type === 'dir')
                this.walk(child, out, seen, depth + 1);
        }
        seen.delete(id);
    }
    readText(path) {
        const content = this.read(path);
        return content && !content.tooLarge ? content.text : undefined;
    }
}
/** The static folder each pattern starts from, so a glob walks only the part of the tree it needs. */
function walkBases(patterns) {
    const bases = patterns.map((pattern) => {
        const { base } = picomatch.scan(pattern);
        return normalizeRepoPath(base) ?? '';
    });
    // A base inside another base is walked as part of it.
    return [...new Set(bases)].filter((base) => !bases.some((other) => other !== base && (other === '' || base.startsWith(`${other}/`))));
}
/** What `read` returns for a file over the cap: nothing loaded, the size and the cap. */
function tooLarge(size, limit) {
    return { text: '', bytes: new Uint8Array(0), tooLarge: true, size, limit };
}
function safely(read) {
    try {
        return read();
    }
    catch {
        return undefined;
    }
}

const lenientDecoder = new TextDecoder('utf-8');
/** UTF-8 text of some bytes; invalid sequences become U+FFFD and a leading BOM is dropped. */
function decodeText(bytes) {
    return lenientDecoder.decode(bytes);
}
/**
 * Whether the bytes are valid UTF-8: validated natively, without decoding them a second time
 * (a ledger used to be decoded twice, the second copy thrown away).
 */
function isValidUtf8(bytes) {
    return isUtf8(bytes);
}
/** Whether the bytes look binary: a NUL byte within the first 8 KB, as git decides. */
function looksBinary(bytes) {
    const end = Math.min(bytes.length, 8000);
    for (let i = 0; i < end; i++)
        if (bytes[i] === 0)
            return true;
    return false;
}

/** The start of a file: where problems about the file as a whole are reported. */
const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/** Reads a planning document and decides whether it can be parsed at all. */
function readDocument(fs, file) {
    const content = fs.read(file, { maxBytes: MAX_DOCUMENT_BYTES });
    if (!content)
        return undefined;
    if (content.tooLarge) {
        const size = content.size === undefined ? '' : `${formatBytes(content.size)}, `;
        const limit = `${size}the limit is ${formatBytes(content.limit ?? MAX_DOCUMENT_BYTES)}`;
        return unreadable('file-too-large', `${file} is too large to check (${limit})`);
    }
    if (looksBinary(content.bytes)) {
        return unreadable('binary-file', `${file} is a binary file (it contains NUL bytes), not Markdown`);
    }
    if (content.text.trim() === '')
        return unreadable('empty-file', `${file} is empty`);
    const problems = [];
    if (!isValidUtf8(content.bytes)) {
        problems.push({
            kind: 'invalid-utf8',
            message: `${file} is not valid UTF-8; unreadable bytes were replaced by U+FFFD`,
            range: FILE_START
        });
    }
    return { kind: 'text', text: content.text, problems };
}
function unreadable(kind, message) {
    return { kind: 'unreadable', problem: { kind, message, range: FILE_START } };
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KB`;
    return `${bytes} bytes`;
}
/** A ledger with nothing in it but the reason it could not be read. */
function unreadableLedger(file, problem) {
    return {
        kind: 'ledger',
        file,
        dialect: 'entries',
        entries: [],
        problems: [problem],
        lineCount: 1
    };
}
function unreadablePlan(file, problem) {
    return {
        kind: 'plan',
        file,
        phases: [],
        tasks: [],
        artifacts: [],
        problems: [problem],
        lineCount: 1
    };
}

/** Line-level helpers shared by the scanner and the parsers. All are linear in the line length. */
const TAB_STOP = 4;
/**
 * Splits a document into lines: `\n`, `\r\n` and lone `\r` end a line, a leading BOM is dropped.
 * A trailing line terminator does not produce an extra empty line.
 */
function splitLines(text) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (source.length === 0)
        return [];
    const lines = source.split(/\r\n|\r|\n/);
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function measureIndent(line, from = 0, startWidth = 0) {
    let width = startWidth;
    let index = from;
    while (index < line.length) {
        const code = line.charCodeAt(index);
        if (code === 0x20)
            width += 1;
        else if (code === 0x09)
            width += TAB_STOP - (width % TAB_STOP);
        else
            break;
        index += 1;
    }
    return { width, index };
}
function isBlankFrom(line, from) {
    for (let index = from; index < line.length; index += 1) {
        const code = line.charCodeAt(index);
        if (code !== 0x20 && code !== 0x09)
            return false;
    }
    return true;
}
/** Index just past the last non-blank character in `[from, before)` (== `from` when blank). */
function trimmedEnd(line, from, before = line.length) {
    let end = before;
    while (end > from) {
        const code = line.charCodeAt(end - 1);
        if (code !== 0x20 && code !== 0x09)
            break;
        end -= 1;
    }
    return end;
}

/**
 * Recognisers for the start of one line (or of a list item's content): each looks at the text
 * from a given index, never beyond the line, and does not allocate unless it matches.
 */
const HASH = 0x23;
const BACKTICK$1 = 0x60;
const TILDE = 0x7e;
/** An ordered item must start at 1 and no item may be empty to interrupt a paragraph. */
function canInterrupt(marker) {
    if (marker.empty)
        return false;
    return !marker.ordered || marker.marker === '1.' || marker.marker === '1)';
}
function isThematicBreak(line, first) {
    const char = line.charCodeAt(first);
    if (char !== 0x2d && char !== 0x2a && char !== 0x5f)
        return false;
    if (first < uniformTailStart(line, char))
        return false;
    let count = 0;
    for (let index = first; index < line.length && count < 3; index += 1) {
        if (line.charCodeAt(index) === char)
            count += 1;
    }
    return count >= 3;
}
/**
 * Index from which a line holds only `char`, spaces and tabs. Cached for the last line asked
 * about, so that `- - - … x` (one nested item per marker) stays linear.
 */
let cachedLine;
let cachedChar = 0;
let cachedStart = 0;
function uniformTailStart(line, char) {
    if (cachedLine === line && cachedChar === char)
        return cachedStart;
    let start = line.length;
    while (start > 0) {
        const code = line.charCodeAt(start - 1);
        if (code !== char && code !== 0x20 && code !== 0x09)
            break;
        start -= 1;
    }
    cachedLine = line;
    cachedChar = char;
    cachedStart = start;
    return start;
}
/** An ATX heading at `first`, with an optional leaked `-`/`+` before the `#` run. */
function readAtxHeading(line, first, lineNo, parent) {
    let hashStart = first;
    let leakedPrefix;
    const lead = line.charCodeAt(first);
    if ((lead === 0x2d || lead === 0x2b) && line.charCodeAt(first + 1) === HASH) {
        leakedPrefix = line[first];
        hashStart = first + 1;
    }
    let hashEnd = hashStart;
    while (hashEnd < line.length && line.charCodeAt(hashEnd) === HASH)
        hashEnd += 1;
    const depth = hashEnd - hashStart;
    if (depth < 1 || depth > 6)
        return undefined;
    const after = line.charCodeAt(hashEnd);
    if (hashEnd < line.length && after !== 0x20 && after !== 0x09)
        return undefined;
    const textStart = measureIndent(line, hashEnd).index;
    let textEnd = trimmedEnd(line, textStart);
    // Drop a closing sequence: `## Title ##` (the run must be preceded by a space, or be all there is).
    let closeStart = textEnd;
    while (closeStart > textStart && line.charCodeAt(closeStart - 1) === HASH)
        closeStart -= 1;
    if (closeStart < textEnd) {
        const before = line.charCodeAt(closeStart - 1);
        if (closeStart === textStart)
            textEnd = textStart;
        else if (before === 0x20 || before === 0x09)
            textEnd = trimmedEnd(line, textStart, closeStart);
    }
    const heading = {
        kind: 'heading',
        parent,
        range: { line: lineNo, column: first + 1, endLine: lineNo, endColumn: line.length + 1 },
        depth,
        text: line.slice(textStart, Math.max(textStart, textEnd)),
        textColumn: textStart + 1
    };
    if (leakedPrefix !== undefined)
        heading.leakedPrefix = leakedPrefix;
    return heading;
}
/**
 * A list marker at `first` (`-`, `*`, `+`, `1.`, `1)`), or a leaked diff prefix followed by a
 * bullet (`-- x`, `+* x`). `indent` is the visual column of `first`.
 */
function readListMarker(line, first, indent) {
    let markerIndex = first;
    let leakedPrefix;
    const lead = line.charCodeAt(first);
    const second = line.charCodeAt(first + 1);
    if ((lead === 0x2d || lead === 0x2b) && isBullet(second) && isSpaceOrEnd(line, first + 2)) {
        // Only a non-empty `-- text` is a leaked marker; `--` alone is text (or a setext underline).
        if (isThematicBreak(line, first) || isBlankFrom(line, first + 2))
            return undefined;
        leakedPrefix = line[first];
        markerIndex = first + 1;
    }
    const code = line.charCodeAt(markerIndex);
    let markerEnd;
    let ordered = false;
    if (isBullet(code)) {
        markerEnd = markerIndex + 1;
    }
    else if (code >= 0x30 && code <= 0x39) {
        let end = markerIndex;
        while (end < line.length && end - markerIndex < 10 && isDigit$1(line.charCodeAt(end)))
            end += 1;
        if (end - markerIndex > 9)
            return undefined;
        const delimiter = line.charCodeAt(end);
        if (delimiter !== 0x2e && delimiter !== 0x29)
            return undefined;
        markerEnd = end + 1;
        ordered = true;
    }
    else {
        return undefined;
    }
    if (!isSpaceOrEnd(line, markerEnd))
        return undefined;
    const markerWidth = markerEnd - first - (leakedPrefix === undefined ? 0 : 1);
    const afterMarker = indent + markerWidth;
    const spaces = measureIndent(line, markerEnd, afterMarker);
    const empty = spaces.index >= line.length;
    const gap = spaces.width - afterMarker;
    let contentIndex = spaces.index;
    let contentIndent = spaces.width;
    if (empty || gap > 4) {
        // A blank item or indented code after the marker: content starts one column after it.
        contentIndex = Math.min(markerEnd + 1, line.length);
        contentIndent = afterMarker + 1;
        if (!empty)
            contentIndex = spaces.index;
    }
    const result = {
        markerIndex,
        marker: line.slice(markerIndex, markerEnd),
        ordered,
        contentIndex,
        contentIndent,
        empty
    };
    if (leakedPrefix !== undefined)
        result.leakedPrefix = leakedPrefix;
    return result;
}
function isBullet(code) {
    return code === 0x2d || code === 0x2a || code === 0x2b;
}
function isDigit$1(code) {
    return code >= 0x30 && code <= 0x39;
}
function isSpaceOrEnd(line, index) {
    if (index >= line.length)
        return true;
    const code = line.charCodeAt(index);
    return code === 0x20 || code === 0x09;
}
function isClosingFence(line, first, fence) {
    let end = first;
    while (end < line.length && line.charCodeAt(end) === fence.char)
        end += 1;
    return end - first >= fence.length && isBlankFrom(line, end);
}

/**
 * Brace expansion for cited paths: `dir/{a.md,b.md}`, nested `{a,{b,c}}`, several groups in one
 * path (cartesian product). Like the shell, a brace pair without a top-level comma is literal text.
 *
 * Bounded by construction: parsing is one pass with an explicit stack, nesting deeper than
 * MAX_DEPTH is not expanded, and every intermediate list is cut at `maxExpansion` (the result is
 * then flagged `truncated`), so a brace bomb costs time and memory proportional to its length
 * times the cap, never to the size of its full expansion.
 */
/** Nesting deeper than this is not expanded (the reference is flagged truncated). */
const MAX_BRACE_DEPTH = 32;
/** Longest expanded path kept; longer ones are dropped and the expansion flagged truncated. */
const MAX_PATH_LENGTH = 4096;
/** Cap used when the configured one is not a number. */
const DEFAULT_CAP = 256;
/** Upper bound on strings built by one expansion, whatever the shape of the groups. */
const WORK_BUDGET = 100_000;
function hasBraceGroup(text) {
    const open = text.indexOf('{');
    return open >= 0 && text.indexOf('}', open) > open && text.indexOf(',', open) > open;
}
/** Expands the brace groups of `text`; text without groups comes back as the only path. */
function expandBraces(text, maxExpansion) {
    const cap = Number.isFinite(maxExpansion) ? Math.max(1, Math.floor(maxExpansion)) : DEFAULT_CAP;
    const parsed = parseBraces(text);
    if (parsed === undefined)
        return { paths: [], truncated: true };
    const state = { truncated: false, work: 0 };
    const paths = expandSequence(parsed, cap, state);
    const kept = paths.filter((path) => path.length <= MAX_PATH_LENGTH);
    return { paths: kept, truncated: state.truncated || kept.length < paths.length };
}
/** Parses into literal runs and groups; undefined when nesting exceeds MAX_BRACE_DEPTH. */
function parseBraces(text) {
    const root = [];
    const stack = [];
    let sequence = root;
    let literalStart = 0;
    const flushLiteral = (end) => {
        if (end > literalStart)
            appendLiteral(sequence, text.slice(literalStart, end));
        literalStart = end + 1;
    };
    for (let index = 0; index < text.length; index += 1) {
        const char = text.charCodeAt(index);
        if (char === 0x7b /* { */) {
            if (stack.length >= MAX_BRACE_DEPTH)
                return undefined;
            flushLiteral(index);
            const group = { alternatives: [] };
            const frame = { group, current: [], openIndex: index, outer: sequence };
            stack.push(frame);
            sequence = frame.current;
        }
        else if (char === 0x2c /* , */ && stack.length > 0) {
            flushLiteral(index);
            const frame = stack[stack.length - 1];
            frame.group.alternatives.push(frame.current);
            frame.current = [];
            sequence = frame.current;
        }
        else if (char === 0x7d /* } */ && stack.length > 0) {
            flushLiteral(index);
            const frame = stack.pop();
            sequence = frame.outer;
            if (frame.group.alternatives.length === 0) {
                // `{name}` without a comma stays literal, braces included.
                appendLiteral(sequence, '{');
                for (const part of frame.current)
                    appendPart(sequence, part);
                appendLiteral(sequence, '}');
            }
            else {
                frame.group.alternatives.push(frame.current);
                sequence.push(frame.group);
            }
        }
    }
    flushLiteral(text.length);
    // Unclosed groups: their text stays literal, as the shell would leave it.
    while (stack.length > 0) {
        const frame = stack.pop();
        const literal = [];
        appendLiteral(literal, '{');
        frame.group.alternatives.forEach((alternative, position) => {
            if (position > 0)
                appendLiteral(literal, ',');
            for (const part of alternative)
                appendPart(literal, part);
        });
        if (frame.group.alternatives.length > 0)
            appendLiteral(literal, ',');
        for (const part of frame.current)
            appendPart(literal, part);
        for (const part of literal)
            appendPart(frame.outer, part);
    }
    return root;
}
function appendLiteral(sequence, text) {
    const last = sequence[sequence.length - 1];
    if (typeof last === 'string')
        sequence[sequence.length - 1] = last + text;
    else
        sequence.push(text);
}
function appendPart(sequence, part) {
    if (typeof part === 'string')
        appendLiteral(sequence, part);
    else
        sequence.push(part);
}
/** Cartesian product of the parts, cut at `cap`. Recursion depth is bounded by MAX_BRACE_DEPTH. */
function expandSequence(sequence, cap, state) {
    let results = [''];
    for (const part of sequence) {
        const options = typeof part === 'string' ? [part] : expandGroup(part, cap, state);
        const next = [];
        outer: for (const prefix of results) {
            for (const option of options) {
                state.work += 1;
                if (next.length >= cap || state.work > WORK_BUDGET) {
                    state.truncated = true;
                    break outer;
                }
                const joined = prefix + option;
                if (joined.length > MAX_PATH_LENGTH) {
                    state.truncated = true;
                    continue;
                }
                next.push(joined);
            }
        }
        results = next;
        if (results.length === 0)
            return results;
    }
    return results;
}
function expandGroup(group, cap, state) {
    const union = [];
    for (const alternative of group.alternatives) {
        if (union.length >= cap) {
            state.truncated = true;
            break;
        }
        for (const path of expandSequence(alternative, cap, state)) {
            if (union.length >= cap) {
                state.truncated = true;
                break;
            }
            union.push(path);
        }
    }
    return union;
}

/** First path segments that make a bare token a repository path (`plans/…`, `reports/…`). */
const DEFAULT_ARTIFACT_ROOTS = [
    'plans',
    'reports',
    'docs',
    'specs',
    'src',
    'tests',
    'scripts',
    'prompts',
    'archive',
    'inbox',
    'tools',
    'examples',
    '.github'
];
const LEADING_NOISE = new Set(['*', '"', "'", '(', '[', '“', '‘', '«']);
const TRAILING_NOISE = new Set([
    '.',
    ',',
    ';',
    ':',
    ')',
    ']',
    '*',
    '"',
    "'",
    '!',
    '?',
    '”',
    '’',
    '»'
]);
/**
 * Removes emphasis, quotes and sentence punctuation around the token, then location suffixes.
 * Inside a code span only trailing sentence punctuation goes (`*` there is a glob); a bare
 * word loses its emphasis (`**docs/a.md**`) but keeps a trailing glob (`reports/*`).
 */
function trimToken(token, quoted = false) {
    let start = 0;
    let end = token.length;
    let stars = 0;
    if (!quoted) {
        while (start < end && LEADING_NOISE.has(token.charAt(start))) {
            if (token.charAt(start) === '*')
                stars += 1;
            start += 1;
        }
    }
    while (end > start) {
        const char = token.charAt(end - 1);
        if (char === '*') {
            if (quoted || (stars === 0 && !closesEmphasis(token, start, end)))
                break;
            if (stars > 0)
                stars -= 1;
        }
        else if (!TRAILING_NOISE.has(char) || (quoted && !QUOTED_TRAILING_NOISE.has(char))) {
            break;
        }
        // Keep `...` / `/..` / `/.` / `.*`: an elision, a relative segment or a glob, not a full stop.
        if (char === '.' && end - 2 >= start) {
            const before = token.charAt(end - 2);
            if (before === '.' || before === '/' || before === '*')
                break;
        }
        end -= 1;
    }
    // An autolink `<docs/a.md>` / `<https://…>` is the link it wraps, not a placeholder.
    if (!quoted && end - start > 2 && AUTOLINK.test(token.slice(start, end))) {
        start += 1;
        end -= 1;
    }
    if (end <= start)
        return undefined;
    const raw = token.slice(start, end);
    const path = stripSuffixes(raw);
    return { offset: start, raw, path, located: path.length < raw.replace(/\s/g, '').length };
}
/**
 * An unbalanced run of `*` closing a bare word right after a letter or digit is emphasis
 * (`**Spec:** docs/a.md**`); after `/`, `_`, `.` or `-` it is a glob (`reports/*`, `run_*`).
 */
function closesEmphasis(token, start, end) {
    let index = end;
    while (index > start && token.charAt(index - 1) === '*')
        index -= 1;
    return index > start && /[\p{L}\p{N}]/u.test(token.charAt(index - 1));
}
const AUTOLINK = /^<[^<>\s]*\/[^<>\s]*>$/;
/** What may trail a path inside a code span: sentence punctuation typed inside the backticks. */
const QUOTED_TRAILING_NOISE = new Set(['.', ',', ';', ':']);
/** Longest tail searched for a location suffix. */
const SUFFIX_WINDOW = 80;
const LINE_SUFFIX = /(?::L?\d+(?:[-–:]L?\d+)*|#L\d+(?:-L?\d+)?)$/;
const ANCHOR_SUFFIX = /(\.[A-Za-z][A-Za-z0-9]{0,9})#[\w.-]*$/;
/** `path:13`, `path:204-240`, `path:L10`, `path#L10`, `x.md#section`, `path§3.2`, `path::test`. */
function stripSuffixes(raw) {
    let path = raw;
    const section = path.indexOf('§');
    if (section >= 0)
        path = path.slice(0, section);
    const nodeId = path.indexOf('::');
    if (nodeId > 0)
        path = path.slice(0, nodeId);
    // Suffixes are short: matching only the tail keeps a hostile token (`:1:1:1…x`) linear.
    const cut = Math.max(0, path.length - SUFFIX_WINDOW);
    const tail = path.slice(cut).replace(LINE_SUFFIX, '').replace(ANCHOR_SUFFIX, '$1');
    path = path.slice(0, cut) + tail;
    while (path.endsWith(':') || path.endsWith(','))
        path = path.slice(0, -1);
    // A brace list written with spaces after its commas: `dir/{a.md, b.md}`.
    if (/\s/.test(path))
        path = path.replace(/\s*([{},])\s*/g, '$1');
    return path;
}
const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;
const DRIVE_PATTERN = /^[A-Za-z]:[\\/]/;
/** A first segment shaped like a host name (`github.com/…`, `www.example.org/…`). */
const HOST_PATTERN = /^(?:www\.[^/]+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|edu|gov|ai|co|uk|de))$/i;
/** Characters a cited path may hold: letters, digits, `_-.+@~%`, braces, placeholders, globs. */
const PATH_CHARS = /^[\p{L}\p{N}_\-.+@~%{},<>$*?…/\\]+$/u;
/** A file extension, also as the last item of a closing brace list (`{a.md,b.md}`). */
const EXTENSION = /\.[A-Za-z][A-Za-z0-9_]{0,9}\}?$/;
/** Longer words are no citation (brace expansion has its own caps). */
const MAX_TOKEN_LENGTH = 1 << 20;
const TIMESTAMP_SEGMENT = /^\d{4}-?\d{2}-?\d{2}(?:[T_-]?\d{2}:?\d{2}(?::?\d{2})?(?:\.\d+)?Z?)?$/;
/** `<ts>` (any angle bracket), `$STAMP`, globs, literal braces, `...`, `YYYY`, `MMDD`, `HHMM`, `XXXX`. */
const PLACEHOLDER = /[<>$*?…{}]|\.\.\.|Y{4}|M{2}D{2}|H{2}M{2}|X{4}/;
/**
 * Decides whether a suffix-stripped token cites a path, leaning hard towards "no": a false path
 * becomes a false "missing artifact" error. Backticked single tokens need a `/` plus an
 * extension, a trailing `/` or a known root; bare words (and words of a quoted command) need a
 * known root with an extension, a trailing `/`, a timestamp or depth 3, or depth 3 with an
 * extension. Prose like `and/or`, `C/PyTorch`, `23/23`, `08/26/2025` fails all of these.
 */
function shapeOf(path, context) {
    if (path.length === 0 || path.length > MAX_TOKEN_LENGTH)
        return undefined;
    if (URL_PATTERN.test(path))
        return /\s/.test(path) ? undefined : { kind: 'url' };
    if (DRIVE_PATTERN.test(path)) {
        return PATH_CHARS.test(path.slice(2)) && path.length > 3 ? { kind: 'outside' } : undefined;
    }
    if (!PATH_CHARS.test(path))
        return undefined;
    if (!/\p{L}/u.test(path))
        return undefined;
    if (path.includes('\\'))
        return undefined;
    if (path.startsWith('/') || path.startsWith('~/')) {
        // `/tmp/x`, `~/data/`: two segments at least, so `/complete-phase` (a command) is not a path.
        const segments = path.split('/').filter((segment) => segment.length > 0);
        return segments.length >= 2 ? { kind: 'outside' } : undefined;
    }
    const trimmed = path.replace(/^(?:\.\/)+/, '');
    const segments = trimmed.split('/').filter((segment) => segment.length > 0);
    const slash = trimmed.includes('/');
    const extension = EXTENSION.test(trimmed);
    if (!slash) {
        return context.quoted && !context.inCommand && extension && isFileName(trimmed)
            ? { kind: 'name' }
            : undefined;
    }
    const first = segments[0] ?? '';
    if (HOST_PATTERN.test(first))
        return undefined;
    if (segments.length === 0)
        return undefined;
    if (first === '.git')
        return { kind: 'relative', rooted: true };
    const rooted = context.roots.has(first) || first === '..';
    const folder = trimmed.endsWith('/');
    const depth = segments.length;
    const elided = trimmed.startsWith('...') || trimmed.startsWith('…');
    if (context.quoted && !context.inCommand) {
        if (extension || folder || rooted || elided)
            return { kind: 'relative', rooted };
        return undefined;
    }
    const last = segments[depth - 1] ?? '';
    const accepted = rooted
        ? extension || folder || TIMESTAMP_SEGMENT.test(last) || hasPlaceholder(last)
        : depth >= 2 && (extension || folder) && !/^\d/.test(first);
    return accepted ? { kind: 'relative', rooted } : undefined;
}
/** Extensions of the files agents leave as evidence; `torch.compile` or `warnings.warn` are code. */
const EVIDENCE_EXTENSIONS = new Set(('md txt log json jsonl csv tsv yaml yml toml ini cfg xml html png jpg jpeg gif svg pdf npy npz ' +
    'h5 hdf5 zip gz tgz tar bz2 xz bin dat out err diff patch pt pth pkl pickle dill ' +
    'hkl mat tif tiff cbf img smv sha256 md5 sqlite db parquet').split(' '));
/** Names of the planning documents themselves: cited by name, they never live in a folder. */
const DOCUMENT_NAMES = new Set([
    'fix_plan.md',
    'fix_plan_archive.md',
    'implementation.md',
    'plan.md'
]);
/**
 * `summary.md`, `metrics.json`: a lower-case-led name with an evidence extension. Upper-case
 * names (`README.md`, `CLAUDE.md`) are repository documents cited by name, not files of a folder.
 */
function isFileName(name) {
    if (!/^[\p{L}\p{N}_][\p{L}\p{N}_\-.+@]*$/u.test(name))
        return false;
    if (DOCUMENT_NAMES.has(name.toLowerCase()))
        return false;
    const dot = name.lastIndexOf('.');
    const base = name.slice(0, dot);
    if (!/\p{L}/u.test(base) || base === base.toUpperCase())
        return false;
    return EVIDENCE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}
function hasPlaceholder(path) {
    return PLACEHOLDER.test(path);
}
/**
 * Normalises a relative path: drops `./` and empty segments, folds `..`, keeps a trailing `/`.
 * Returns undefined when `..` climbs above the repository root.
 */
function normalisePath(path) {
    const folder = path.endsWith('/') || path.endsWith('/.') || path.endsWith('/..');
    const kept = [];
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (kept.length === 0)
                return undefined;
            kept.pop();
            continue;
        }
        kept.push(segment);
    }
    if (kept.length === 0)
        return undefined;
    return kept.join('/') + (folder ? '/' : '');
}
/** Kind of one expanded path of a reference already judged to be a path. */
function classifyPath(path) {
    if (URL_PATTERN.test(path))
        return { path, kind: 'url' };
    if (path.startsWith('/') || path.startsWith('~') || DRIVE_PATTERN.test(path)) {
        return { path, kind: 'outside' };
    }
    const normalised = normalisePath(path);
    if (normalised === undefined)
        return { path, kind: 'outside' };
    if (normalised === '.git' || normalised.startsWith('.git/')) {
        return { path: normalised, kind: 'git-internal' };
    }
    return { path: normalised, kind: hasPlaceholder(normalised) ? 'placeholder' : 'path' };
}

/**
 * Relative shorthand inside one run of text (one attempt, one field, one table row).
 *
 * Agents cite an evidence folder once and then name files in it briefly:
 *   Artifacts: `plans/active/X/reports/2025-10-17T025000Z/` (`summary.md`, `logs/pytest.log`,
 *   `reports/…/metrics.json`)
 *
 * The semantics are deliberately narrow, because a wrong guess is a false "missing" error:
 * - The anchor is a reference that expands to exactly one evidence folder: a trailing `/`, two
 *   segments or more, and a timestamp segment or a `reports` segment (`src/pkg/` is no anchor:
 *   names near it are prose about code). A later anchor replaces it; file references never
 *   become anchors; nothing carries over between runs.
 * - Glue: a shorthand must follow the anchor, or the previous shorthand resolved against it,
 *   in the same sentence with at most four words between them (one at the start of a sibling
 *   item) (`\`dir/\` holds \`a.md\`,
 *   \`b.md\` and \`c.md\``); after a `.`/`;` or a longer stretch of prose (`…, documenting
 *   the delta and updating \`notes.md\``) the name is about something else.
 * - Reach: the anchor serves the rest of its own line. When it is the last reference of its
 *   line (a line introducing a list), it also serves the next line when that line is a
 *   continuation or an item nested under the anchor's line, or a sibling item (`- \`a.md\` —
 *   …` listing the folder's files); there the glue is measured from the start of the line's
 *   content. Each line that uses the anchor passes the reach on by one line; a line that does
 *   not use it ends it.
 * - A backticked lone file name with a common evidence extension (`summary.md`, `pytest.log`)
 *   resolves to anchor + name; without an anchor a lone name is no reference at all.
 * - A relative path whose first segment is not a known root, at most three segments deep
 *   (`logs/pytest.log`), resolves to anchor + path. When its first segment is a timestamp or
 *   already appears in the anchor (`scaling_audit/summary.md` next to `…/scaling_audit/`) the
 *   intended base is ambiguous and the path is dropped, as it is without an anchor.
 * - A path starting with `../` is read against the anchor (`../<stamp>/x.md` names a sibling
 *   evidence folder); without an anchor it escapes the repository and is `outside`.
 * - An elided path `head/…/tail` (or `…/tail`, `...` alike) resolves to anchor + tail when the
 *   anchor contains the segments of `head` contiguously (`reports/…/x.md` against
 *   `plans/active/X/reports/<stamp>/`) and `tail` names no timestamp folder of its own;
 *   otherwise it stays as cited, a placeholder.
 * - Plans keep evidence in `<plan folder>/reports/<stamp>/` and often cite it from the plan
 *   folder: `reports/<stamp>/x.md`. Such a path (a `reports` segment followed at once by a
 *   timestamp) is re-rooted at the last `<prefix>/reports/<stamp>` cited earlier in the run
 *   (any line), or else at the caller's `baseDir` (a plan's own folder). Top-level
 *   `reports/<topic>/…` paths are left alone.
 * Paths resolved against a placeholder anchor (`reports/<ts>/`) are placeholders too.
 */
const STAMP_SEGMENT = /^(?:\d{8}T\d{4,6}Z?|\d{4}-\d{2}-\d{2}T\d{2}:?\d{2}(?::?\d{2})?Z?|\d{8}[-_]\d{4,6}|<[^>]+>)$/;
/** Most words of prose between an anchor (or the line start) and a name resolved against it. */
const MAX_GLUE_WORDS = 4;
const MAX_SIBLING_WORDS = 1;
/** Anchors deeper than this (in segments) are ignored: no real evidence folder is that deep. */
const MAX_ANCHOR_SEGMENTS = 64;
class ShorthandResolver {
    baseDir;
    anchor;
    anchorSegments = [];
    /** Last line the anchor was set or used on. */
    anchorLine = 0;
    /** Whether the anchor may serve the line after `anchorLine`. */
    reachesNextLine = false;
    /** Whether a shorthand of the reference being read used the anchor. */
    usedSinceNote = false;
    /** `<prefix>/` of the last `<prefix>/reports/<stamp>` cited in the run. */
    evidencePrefix;
    constructor(baseDir) {
        this.baseDir = baseDir;
    }
    /** Least marker indent of a list item nested under the anchor's line. */
    nestedItemIndent = 0;
    /** Line and end offset of the anchor or of the last shorthand resolved against it. */
    chainLine = 0;
    chainEnd = 0;
    /** Folder a shorthand on `line` resolves against, if any. */
    anchorFor(line, layout) {
        if (this.anchor === undefined)
            return undefined;
        if (line === this.anchorLine) {
            return (layout.glueWords ?? 0) <= MAX_GLUE_WORDS ? this.anchor : undefined;
        }
        if (line !== this.anchorLine + 1 || !this.reachesNextLine)
            return undefined;
        const item = layout.itemIndent;
        const words = layout.glueWords ?? 0;
        if (item === undefined || item >= this.nestedItemIndent) {
            return words <= MAX_GLUE_WORDS ? this.anchor : undefined;
        }
        // A sibling item must open with the name (`- \`a.md\` — …`, `- Log: \`a.log\``).
        const sibling = item === this.nestedItemIndent - 1 && words <= MAX_SIBLING_WORDS;
        return sibling ? this.anchor : undefined;
    }
    /** Where on `line` the anchor chain last ended (offset in the line's text), if on it. */
    chainEndOn(line) {
        return this.chainLine === line ? this.chainEnd : undefined;
    }
    /**
     * Records a reference read on `line` (after any shorthand was resolved) and offers its
     * expanded paths as the new anchor.
     */
    note(paths, truncated, line, layout, end) {
        for (const { path, kind } of paths) {
            if (kind !== 'path' && kind !== 'placeholder')
                continue;
            const prefix = evidencePrefixOf(path);
            if (prefix !== undefined)
                this.evidencePrefix = prefix;
        }
        const folder = evidenceFolder(paths, truncated);
        if (folder !== undefined) {
            this.anchor = folder;
            this.anchorSegments = segmentsOf(folder);
            this.anchorLine = line;
            this.nestedItemIndent =
                layout.itemIndent === undefined ? layout.indent : layout.itemIndent + 1;
            this.reachesNextLine = true;
        }
        else if (line === this.anchorLine && !this.usedSinceNote) {
            // Another reference follows the anchor on its line: the line does not introduce a list.
            this.reachesNextLine = false;
        }
        if (folder !== undefined || this.usedSinceNote) {
            this.chainLine = line;
            this.chainEnd = end;
        }
        this.usedSinceNote = false;
    }
    /** A lone file name, against the anchor. */
    resolveName(name, line, layout) {
        const anchor = this.use(line, layout);
        return anchor === undefined ? undefined : anchor + name;
    }
    /** A short unrooted relative path, against the anchor (undefined when ambiguous). */
    resolveRelative(path, line, layout) {
        if (this.anchorFor(line, layout) === undefined)
            return undefined;
        const segments = segmentsOf(path);
        const first = segments[0];
        if (first === undefined || segments.length > 3)
            return undefined;
        if (STAMP_SEGMENT.test(first) || this.anchorSegments.includes(first))
            return undefined;
        const anchor = this.use(line, layout);
        return anchor === undefined ? undefined : anchor + segments.join('/') + trailingSlash(path);
    }
    /** `../sibling/x.md` against the anchor (its `..` folded later), or undefined. */
    resolveParent(path, line, layout) {
        const anchor = this.use(line, layout);
        return anchor === undefined ? undefined : anchor + path;
    }
    /** `head/…/tail` against the anchor, or undefined when the anchor does not fit. */
    resolveElided(path, line, layout) {
        const anchor = this.anchorFor(line, layout);
        if (anchor === undefined)
            return undefined;
        const match = /^(.*?)(?:^|\/)(?:\.\.\.|…)\/(.+)$/.exec(path);
        if (match === null)
            return undefined;
        const head = segmentsOf(match[1] ?? '');
        const tail = match[2] ?? '';
        if (tail.includes('...') || tail.includes('…'))
            return undefined;
        if (segmentsOf(tail).some((segment) => STAMP_SEGMENT.test(segment)))
            return undefined;
        if (head.length > 0 && !containsRun(this.anchorSegments, head))
            return undefined;
        return this.use(line, layout) === undefined ? undefined : anchor + tail;
    }
    /** `reports/<stamp>/…` re-rooted at the plan folder it belongs to, or undefined. */
    rerootReports(path) {
        if (!path.includes('reports'))
            return undefined;
        const segments = segmentsOf(path);
        if (segments[0] !== 'reports' || !STAMP_SEGMENT.test(segments[1] ?? ''))
            return undefined;
        const prefix = this.evidencePrefix ?? normaliseBase(this.baseDir);
        return prefix === undefined ? undefined : prefix + path.replace(/^(?:\.\/)+/, '');
    }
    use(line, layout) {
        const anchor = this.anchorFor(line, layout);
        if (anchor === undefined)
            return undefined;
        this.usedSinceNote = true;
        if (line !== this.anchorLine) {
            this.anchorLine = line;
            this.reachesNextLine = true;
        }
        return anchor;
    }
}
function evidenceFolder(paths, truncated) {
    if (truncated || paths.length !== 1)
        return undefined;
    const only = paths[0];
    if (only === undefined || (only.kind !== 'path' && only.kind !== 'placeholder'))
        return undefined;
    if (!only.path.endsWith('/'))
        return undefined;
    const segments = segmentsOf(only.path);
    if (segments.length < 2 || segments.length > MAX_ANCHOR_SEGMENTS)
        return undefined;
    const evidence = segments.some((segment) => segment === 'reports' || STAMP_SEGMENT.test(segment));
    return evidence ? only.path : undefined;
}
/** `plans/active/X/` from `plans/active/X/reports/2025-10-17T025000Z/…`. */
function evidencePrefixOf(path) {
    // Only a path with a `reports` segment has one; most cited paths do not.
    if (!path.includes('reports'))
        return undefined;
    const segments = segmentsOf(path);
    for (let index = 1; index + 1 < segments.length; index += 1) {
        if (segments[index] === 'reports' && STAMP_SEGMENT.test(segments[index + 1] ?? '')) {
            return segments.slice(0, index).join('/') + '/';
        }
    }
    return undefined;
}
function normaliseBase(baseDir) {
    if (baseDir === undefined)
        return undefined;
    const segments = segmentsOf(baseDir);
    return segments.length === 0 ? undefined : segments.join('/') + '/';
}
function segmentsOf(path) {
    const segments = path.split('/');
    // Normal paths hold no empty or `.` segment: keep the split array as it is.
    for (const segment of segments) {
        if (segment.length === 0 || segment === '.') {
            return segments.filter((part) => part.length > 0 && part !== '.');
        }
    }
    return segments;
}
function trailingSlash(path) {
    return path.endsWith('/') ? '/' : '';
}
/** Whether `run` appears in `segments` contiguously, in order, ending before the last segment. */
function containsRun(segments, run) {
    if (run.length >= segments.length)
        return false;
    for (let start = 0; start + run.length < segments.length; start += 1) {
        let matches = true;
        for (let offset = 0; offset < run.length; offset += 1) {
            if (segments[start + offset] !== run[offset]) {
                matches = false;
                break;
            }
        }
        if (matches)
            return true;
    }
    return false;
}

/**
 * Splits one line of text into the tokens that may cite an artifact: the content of backtick code
 * spans and the whitespace-separated words between them. One linear pass per line.
 */
const BACKTICK = 0x60;
/** Tokens of one line, in order. */
function findCandidates(line) {
    const candidates = [];
    let plainStart = 0;
    for (const span of codeSpans(line)) {
        splitPlain(line, plainStart, span.open, candidates);
        splitSpan(line, span.contentStart, span.contentEnd, candidates);
        plainStart = span.close;
    }
    splitPlain(line, plainStart, line.length, candidates);
    return candidates;
}
/**
 * CommonMark code spans: a run of N backticks up to the next run of exactly N. Runs are
 * collected once and matched through per-length queues, so unmatched runs cost nothing extra.
 */
function codeSpans(line) {
    const runs = [];
    // indexOf jumps from backtick to backtick; most lines hold none.
    for (let index = line.indexOf('`'); index >= 0; index = line.indexOf('`', index + 1)) {
        const start = index;
        while (index + 1 < line.length && line.charCodeAt(index + 1) === BACKTICK)
            index += 1;
        runs.push({ start, length: index - start + 1 });
    }
    if (runs.length < 2)
        return [];
    const byLength = new Map();
    runs.forEach((run, position) => {
        const list = byLength.get(run.length);
        if (list === undefined)
            byLength.set(run.length, [position]);
        else
            list.push(position);
    });
    const cursor = new Map();
    const spans = [];
    let position = 0;
    while (position < runs.length) {
        const run = runs[position];
        const sameLength = byLength.get(run.length) ?? [];
        let next = cursor.get(run.length) ?? 0;
        while (next < sameLength.length && sameLength[next] <= position)
            next += 1;
        cursor.set(run.length, next);
        const closing = sameLength[next];
        if (closing === undefined) {
            position += 1;
            continue;
        }
        const closeRun = runs[closing];
        spans.push({
            open: run.start,
            contentStart: run.start + run.length,
            contentEnd: closeRun.start,
            close: closeRun.start + closeRun.length
        });
        position = closing + 1;
    }
    return spans;
}
/** ASCII whitespace (a stray `\r` included) and the Unicode spaces agents paste (NBSP, thin…). */
const isSpace$2 = (code) => code <= 0x20 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff;
/** Separators that end a word whatever came before (a comma only splits outside braces). */
const isHardSeparator = (code) => isSpace$2(code) ||
    code === 0x7c /* | */ ||
    code === 0x28 /* ( */ ||
    code === 0x29 /* ) */ ||
    code === 0x5b /* [ */ ||
    code === 0x5d /* ] */ ||
    code === 0x22; /* " */
/**
 * Plain text splits on whitespace, table pipes and brackets; commas split outside braces.
 * Only words holding a slash or a backslash are kept: an unquoted word without one is never a
 * citation. So only the stretches between hard separators that hold one are split at all (a
 * hard separator resets the splitting state, so a stretch splits as it would in the whole run);
 * the prose between them is jumped over with indexOf.
 */
function splitPlain(line, from, to, out) {
    let cursor = from;
    while (cursor < to) {
        const slash = nextSlash(line, cursor, to);
        if (slash < 0)
            return;
        let stretchStart = slash;
        while (stretchStart > cursor && !isHardSeparator(line.charCodeAt(stretchStart - 1))) {
            stretchStart -= 1;
        }
        let stretchEnd = slash + 1;
        while (stretchEnd < to && !isHardSeparator(line.charCodeAt(stretchEnd)))
            stretchEnd += 1;
        splitStretch(line, stretchStart, stretchEnd, out);
        cursor = stretchEnd + 1;
    }
}
/** First `/` or `\\` in [from, to), or -1. */
function nextSlash(line, from, to) {
    const forward = line.indexOf('/', from);
    const back = line.indexOf('\\', from);
    const first = forward < 0 ? back : back < 0 ? forward : Math.min(forward, back);
    return first >= 0 && first < to ? first : -1;
}
/** Splits a stretch with no hard separator inside: only commas outside braces split it. */
function splitStretch(line, from, to, out) {
    let start = -1;
    let depth = 0;
    let slash = false;
    const flush = (end) => {
        if (start >= 0 && end > start && slash) {
            out.push({
                text: line.slice(start, end),
                start,
                quoted: false,
                inCommand: false,
                output: false
            });
        }
        start = -1;
        depth = 0;
        slash = false;
    };
    for (let index = from; index < to; index += 1) {
        const code = line.charCodeAt(index);
        if (code === 0x2f || code === 0x5c)
            slash = true;
        if (code === 0x7b)
            depth += 1;
        else if (code === 0x7d && depth > 0)
            depth -= 1;
        if (code === 0x2c /* , */ && depth === 0)
            flush(index);
        else if (start < 0)
            start = index;
    }
    flush(to);
}
/** Command words whose following argument is something the command writes or creates. */
const OUTPUT_WORDS = new Set(['>', '>>', '1>', '2>', '&>', '1>>', '2>>', 'tee', '-o']);
const CREATING_COMMANDS = new Set(['mkdir', 'touch']);
/** Long options naming where a command writes. */
const OUTPUT_OPTION = /^--?[\w-]*(?:out|save|dest|dump|write|log|target)[\w-]*$/i;
/**
 * A code span: one token when it holds no whitespace outside braces (`dir/{a.md, b.md}` stays
 * one path); otherwise a command line, split into words, where arguments a command writes
 * (`> x.log`, `tee x.log`, `--output x.json`, `mkdir -p dir/`) are flagged as outputs.
 */
function splitSpan(line, from, to, out) {
    const words = splitWords(line, from, to);
    if (words.length === 1) {
        const word = words[0];
        out.push({
            text: line.slice(word.start, word.end),
            start: word.start,
            quoted: true,
            inCommand: false,
            output: false
        });
        return;
    }
    let writes = false;
    let creating = false;
    for (const word of words) {
        const text = line.slice(word.start, word.end);
        const lower = text.toLowerCase();
        if (CREATING_COMMANDS.has(lower))
            creating = true;
        else if (text === '&&' || text === ';' || text === '|' || text === '||')
            creating = false;
        const equals = text.indexOf('=');
        if (equals > 0 && text.startsWith('-')) {
            // `--output=path`: the value is the candidate.
            const name = text.slice(0, equals);
            out.push({
                text: text.slice(equals + 1),
                start: word.start + equals + 1,
                quoted: true,
                inCommand: true,
                output: creating || OUTPUT_OPTION.test(name)
            });
            writes = false;
            continue;
        }
        if (OUTPUT_WORDS.has(lower) || (text.startsWith('-') && OUTPUT_OPTION.test(text))) {
            writes = true;
            continue;
        }
        if (text.startsWith('>') && text.length > 1) {
            const skip = text.startsWith('>>') ? 2 : 1;
            out.push({
                text: text.slice(skip),
                start: word.start + skip,
                quoted: true,
                inCommand: true,
                output: true
            });
            continue;
        }
        out.push({ text, start: word.start, quoted: true, inCommand: true, output: writes || creating });
        if (!text.startsWith('-'))
            writes = false;
    }
}
function splitWords(line, from, to) {
    // Most code spans are one path: no space inside, one word.
    let spaced = false;
    for (let index = from; index < to && !spaced; index += 1)
        spaced = isSpace$2(line.charCodeAt(index));
    if (!spaced)
        return to > from ? [{ start: from, end: to }] : [];
    const words = [];
    let start = -1;
    let depth = 0;
    for (let index = from; index <= to; index += 1) {
        const code = index < to ? line.charCodeAt(index) : 0x20;
        if (code === 0x7b)
            depth += 1;
        else if (code === 0x7d && depth > 0)
            depth -= 1;
        // Inside braces a space after a comma belongs to the list: `{a.md, b.md}`.
        const split = isSpace$2(code) && (depth === 0 || index >= to);
        if (split) {
            if (start >= 0)
                words.push({ start, end: index });
            start = -1;
            if (index >= to)
                depth = 0;
        }
        else if (start < 0)
            start = index;
    }
    return words;
}

/**
 * Finds the artifact references cited in a run of text (one attempt, one field, one plan) and
 * expands them: backticked paths and bare path-shaped words, brace lists, location suffixes
 * stripped, placeholders / outside paths / URLs / `.git/` classified, and relative shorthand
 * resolved against an earlier folder of the same run (see artifacts/shorthand.ts). Linear in
 * the length of the text (brace expansion is capped by `maxExpansion`); never throws.
 */
function extractArtifacts(segments, options) {
    const roots = options.roots === undefined ? DEFAULT_ROOTS : new Set(options.roots);
    const resolver = new ShorthandResolver(options.baseDir);
    const refs = [];
    for (const segment of segments) {
        if (!mayCite(segment.text))
            continue;
        const layout = layoutOf(segment);
        let candidates;
        try {
            candidates = findCandidates(segment.text);
        }
        catch {
            continue;
        }
        for (const candidate of candidates) {
            if (candidate.output && options.includeCommandOutputs !== true)
                continue;
            try {
                const ref = readCandidate(candidate, segment, layout, roots, resolver, options.maxExpansion);
                if (ref !== undefined)
                    refs.push(ref);
            }
            catch {
                // A token that cannot be read is not a reference; scanning goes on.
            }
        }
    }
    return refs;
}
/**
 * Every citation holds a slash, a backslash or a backtick (a lone file name is backticked), so
 * a line of plain prose is skipped before it is split into words.
 */
function mayCite(text) {
    return text.includes('/') || text.includes('`') || text.includes('\\');
}
function readCandidate(candidate, segment, layout, roots, resolver, maxExpansion) {
    // Only a backticked word may be a lone file name; any other citation holds a `/` (or `\`).
    const slash = candidate.text.includes('/') || candidate.text.includes('\\');
    if (!slash && (!candidate.quoted || !candidate.text.includes('.')))
        return undefined;
    const judged = judge(candidate, roots);
    if (judged === undefined)
        return undefined;
    const { token, shape } = judged;
    // A path cited with a line or test suffix is code being discussed: never shorthand.
    if (token.located && (shape.kind === 'name' || (shape.kind === 'relative' && !shape.rooted))) {
        return undefined;
    }
    const offset = candidate.start + token.offset;
    const gapStart = resolver.chainEndOn(segment.line) ?? layout.contentOffset;
    const glueWords = wordsBetween(segment.text.slice(Math.min(gapStart, offset), offset));
    const at = { line: segment.line, layout: { ...layout, glueWords } };
    const expansion = expandCited(token.path, shape, resolver, roots, maxExpansion, at);
    if (expansion === undefined)
        return undefined;
    const column = segment.column + candidate.start + token.offset;
    const ref = {
        raw: token.raw,
        range: {
            line: segment.line,
            column,
            endLine: segment.line,
            endColumn: column + token.raw.length
        },
        paths: expansion.paths,
        quoted: candidate.quoted
    };
    if (expansion.truncated)
        ref.truncated = true;
    resolver.note(ref.paths, expansion.truncated, segment.line, layout, offset + token.raw.length);
    return ref;
}
const DEFAULT_ROOTS = new Set(DEFAULT_ARTIFACT_ROOTS);
/**
 * What trimToken and shapeOf make of a word, by word (and for the default roots only): a ledger
 * cites the same paths hundreds of times. Cleared when full, which bounds its memory.
 */
const judgedWords = new Map();
const MAX_JUDGED_WORDS = 20_000;
function judge(candidate, roots) {
    const cached = roots === DEFAULT_ROOTS;
    const key = `${candidate.quoted ? 'q' : '-'}${candidate.inCommand ? 'c' : '-'}${candidate.text}`;
    if (cached) {
        const known = judgedWords.get(key);
        if (known !== undefined)
            return known ?? undefined;
    }
    const token = trimToken(candidate.text, candidate.quoted);
    const shape = token === undefined
        ? undefined
        : shapeOf(token.path, { quoted: candidate.quoted, inCommand: candidate.inCommand, roots });
    const judged = token !== undefined && shape !== undefined ? { token, shape } : undefined;
    if (cached) {
        if (judgedWords.size >= MAX_JUDGED_WORDS)
            judgedWords.clear();
        judgedWords.set(key, judged ?? null);
    }
    return judged;
}
/** classifyPath by path (pure, and paths repeat); callers get their own copy. */
const classified = new Map();
function classifyCached(path) {
    let known = classified.get(path);
    if (known === undefined) {
        known = classifyPath(path);
        if (classified.size >= MAX_JUDGED_WORDS)
            classified.clear();
        classified.set(path, known);
    }
    return { path: known.path, kind: known.kind };
}
function expandCited(path, shape, resolver, roots, maxExpansion, at) {
    if (shape.kind === 'url')
        return { paths: [{ path, kind: 'url' }], truncated: false };
    if (shape.kind === 'outside')
        return { paths: [{ path, kind: 'outside' }], truncated: false };
    const expansion = hasBraceGroup(path)
        ? expandBraces(path, maxExpansion)
        : { paths: [path], truncated: false };
    const paths = [];
    const seen = new Set();
    for (const expanded of expansion.paths) {
        const resolved = resolveShorthand(expanded, shape, resolver, roots, at);
        if (resolved === undefined)
            continue;
        const artifact = classifyCached(resolved);
        const key = `${artifact.kind}:${artifact.path}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        paths.push(artifact);
    }
    if (paths.length === 0 && !expansion.truncated)
        return undefined;
    return { paths, truncated: expansion.truncated };
}
/** Applies the shorthand rules of artifacts/shorthand.ts to one expanded path. */
function resolveShorthand(path, shape, resolver, roots, { line, layout }) {
    if (shape.kind === 'name')
        return resolver.resolveName(path, line, layout);
    if (path.includes('...') || path.includes('…')) {
        return resolver.resolveElided(path, line, layout) ?? path;
    }
    if (shape.kind !== 'relative')
        return path;
    if (path.startsWith('../'))
        return resolver.resolveParent(path, line, layout) ?? path;
    if (shape.rooted)
        return resolver.rerootReports(path) ?? path;
    // Brace alternatives may differ in their first segment (`{docs,logs}/x.md`): judge each.
    const first = path.replace(/^(?:\.\/)+/, '').split('/')[0] ?? '';
    if (roots.has(first))
        return path;
    if (hasPlaceholder(first))
        return undefined;
    return resolver.resolveRelative(path, line, layout);
}
const SENTENCE_END = /[.;!?](?:\s|$)/;
/** Words of prose in a gap between references; Infinity across a sentence end. */
function wordsBetween(gap) {
    if (gap.length > 200 || SENTENCE_END.test(gap))
        return Number.POSITIVE_INFINITY;
    let words = 0;
    for (const word of gap.split(/\s+/))
        if (/[\p{L}\p{N}]/u.test(word))
            words += 1;
    return words;
}
/** Indent of the segment's first non-blank character, and of its list marker if it has one. */
function layoutOf(segment) {
    const text = segment.text;
    let index = 0;
    while (index < text.length && (text[index] === ' ' || text[index] === '\t'))
        index += 1;
    const indent = segment.column - 1 + index;
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(text.slice(index, index + 16));
    if (marker === null)
        return { indent, contentOffset: index };
    return { indent, itemIndent: indent, contentOffset: index + marker[0].length };
}

function addProblem(ctx, kind, message, range, entryId) {
    const problem = { kind, message, range: { ...range } };
    if (entryId !== undefined)
        problem.entryId = entryId;
    ctx.problems.push(problem);
}
/** Range of whole lines `start..end` (1-based, inclusive). */
function linesRange(ctx, start, end, column = 1) {
    const last = Math.max(start, end);
    return { line: start, column, endLine: last, endColumn: (ctx.lines[last - 1] ?? '').length + 1 };
}
/**
 * Last line at or before `line` (and not before `floor`) with content: blank lines and `---`
 * separators between entries do not belong to the entry or attempt before them.
 */
function lastContentLine(ctx, line, floor) {
    let current = line;
    while (current > floor && isSeparatorOrBlank(ctx.lines[current - 1] ?? ''))
        current -= 1;
    return Math.max(current, floor);
}
function isSeparatorOrBlank(text) {
    const { index, width } = measureIndent(text);
    return index >= text.length || (width < 4 && isThematicBreak(text, index));
}
/** The text of lines `start..end`, the first one cut at `firstColumn`. */
function linesText(ctx, start, end, firstColumn = 1) {
    const parts = [];
    for (let line = start; line <= end; line += 1) {
        const text = ctx.lines[line - 1] ?? '';
        parts.push(line === start ? text.slice(firstColumn - 1) : text);
    }
    return parts.join('\n');
}
/** One artifact segment per source line, the first one starting at `firstColumn`. */
function lineSegments(ctx, start, end, firstColumn = 1, skip) {
    const segments = [];
    for (let line = start; line <= end; line += 1) {
        if (skip?.(line) === true)
            continue;
        const text = ctx.lines[line - 1] ?? '';
        const column = line === start ? firstColumn : 1;
        if (text.length >= column)
            segments.push({ text: text.slice(column - 1), line, column });
    }
    return segments;
}
function artifactsOf(ctx, segments) {
    if (segments.length === 0)
        return [];
    try {
        return extractArtifacts(segments, { maxExpansion: ctx.config.artifacts.maxExpansion });
    }
    catch {
        // The artifact scanner must not throw; if it does, the ledger is still read.
        return [];
    }
}
/** Builds the anchored id pattern; an invalid configured pattern falls back to the default. */
function compileIdPattern(source) {
    try {
        return new RegExp(`^(?:${source})$`, 'u');
    }
    catch {
        return /^[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)*$/u;
    }
}

/** Small text helpers shared by the parsers. All are linear and never throw. */
/** Hyphen look-alikes agents type into ids: U+2010 hyphen, U+2011 non-breaking, U+2012 figure, U+2013 en dash. */
const LOOK_ALIKE_HYPHENS = /[\u2010\u2011\u2012\u2013]/g;
/** Replaces look-alike hyphens with `-` (ids only: an en dash in prose is punctuation). */
function normalizeHyphens(text) {
    return text.replace(LOOK_ALIKE_HYPHENS, '-');
}
/** Longest text `stripInlineMarkup` looks at: it is meant for short values (a status, a title). */
const MAX_MARKUP_TEXT = 2000;
/** Removes emphasis and code markers (`**`, `__`, `*`, `_` at word edges, backticks) from a short value. */
function stripInlineMarkup(text) {
    const bounded = text.length > MAX_MARKUP_TEXT ? text.slice(0, MAX_MARKUP_TEXT) : text;
    let result = bounded.replaceAll('`', '');
    result = result.replace(/\*\*|__/g, '');
    // Single `*` / `_` used as emphasis sit at the edges of words; inside words they are text.
    result = result.replace(/(^|[\s(])[*_]+(?=\S)/g, '$1').replace(/(\S)[*_]+(?=$|[\s),.:;])/g, '$1');
    return result.trim();
}
/**
 * Index just past the emphasis markers (`**`, `*`, `__`, `_`) and spaces that open `text` at
 * `from`: `**Attempt #1**` → index of `A`.
 */
function skipOpeningMarkup(text, from = 0) {
    let index = from;
    while (index < text.length) {
        const code = text.charCodeAt(index);
        if (code === 0x2a || code === 0x5f || code === 0x20 || code === 0x09)
            index += 1;
        else
            break;
    }
    return index;
}
/** The first word of a value, markup and leading marks removed: `**done** — all` → `done`. */
function firstToken(text) {
    // Marks before the value (`✅ done`, `- done`) are not part of it.
    const stripped = stripInlineMarkup(text).replace(/^[^\p{L}\p{N}]+/u, '');
    const match = /^[^\s,;—–]+/.exec(stripped);
    if (match === null)
        return '';
    // Trailing punctuation is not part of the value: `done.` / `blocked:`.
    return match[0].replace(/[.:;,!)]+$/, '').replace(/^\(+/, '');
}

/**
 * `- **[ID] Title** — summary` or `- [ID] Title — summary`: how archives condense finished
 * entries into one line each. The bracket text is checked against the configured id pattern.
 */
const SUMMARY_BULLET = /^ {0,3}[-*+] +(\*\*|__)?\[([^\]\s]{1,120})\](.*)$/;
const SECTION_HEADING = /^ {0,3}#{1,6} +(.*)$/;
/** Longest line read as a summary: archives are prose, not a place for megabyte lines. */
const MAX_SUMMARY_LINE = 4000;
/**
 * Adds the archive's one-line summaries to the entries the ledger parser found (headings), so a
 * rule asking "was this id archived?" sees both forms. An id already read as a heading entry is
 * not added twice.
 */
function withSummaryEntries(document, text, config) {
    const idPattern = compileIdPattern(config.dialect.entryIdPattern);
    const known = new Set(document.entries.map((entry) => entry.id));
    const added = [];
    let section;
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
        if (line.length > MAX_SUMMARY_LINE)
            return;
        const heading = SECTION_HEADING.exec(line);
        if (heading) {
            section = withoutClosingHashes(heading[1] ?? '');
            return;
        }
        const entry = summaryEntry(line, index + 1, idPattern, section);
        if (!entry || known.has(entry.id))
            return;
        known.add(entry.id);
        added.push(entry);
    });
    if (added.length === 0)
        return document;
    const entries = [...document.entries, ...added].sort((a, b) => a.headingRange.line - b.headingRange.line);
    return { ...document, entries };
}
function summaryEntry(line, lineNumber, idPattern, section) {
    const match = SUMMARY_BULLET.exec(line);
    if (!match)
        return undefined;
    const [, emphasis, rawId = '', rest = ''] = match;
    const id = normalizeHyphens(rawId);
    if (!idPattern.test(id))
        return undefined;
    const range = {
        line: lineNumber,
        column: 1,
        endLine: lineNumber,
        endColumn: line.length + 1
    };
    return {
        id,
        rawId,
        title: summaryTitle(rest, emphasis),
        level: 0,
        ...(section !== undefined ? { section } : {}),
        headingRange: range,
        range,
        fields: [],
        plans: [],
        attempts: [],
        artifacts: [],
        foldedHeadings: []
    };
}
/** The title: up to the closing emphasis when the bullet opened one, else up to a dash. */
function summaryTitle(rest, emphasis) {
    let text = rest;
    if (emphasis !== undefined) {
        const close = text.indexOf(emphasis);
        // `**[ID] Title**`: the emphasis closes after the title; `**[ID]** Title`: right after the id.
        if (close > 0)
            return text.slice(0, close).trim();
        if (close === 0)
            text = text.slice(emphasis.length);
    }
    return (text.split(/\s[—–-]\s/)[0] ?? '').trim();
}
/** `Done ##` → `Done`, by a scan from the end (a `[ #]+$` regex is quadratic on long runs). */
function withoutClosingHashes(text) {
    let end = text.length;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '#'))
        end -= 1;
    return text.slice(0, end).trim();
}

/**
 * Splits a table row into cells on unescaped `|`. A leading and a trailing pipe are optional.
 * Columns are 1-based on the source line; cell text is trimmed and `\|` unescaped.
 */
function splitTableRow(line, from) {
    const cells = [];
    let start = from;
    let end = line.length;
    while (start < end && isSpace$1(line.charCodeAt(start)))
        start += 1;
    while (end > start && isSpace$1(line.charCodeAt(end - 1)))
        end -= 1;
    if (line.charCodeAt(start) === 0x7c)
        start += 1;
    if (end > start && line.charCodeAt(end - 1) === 0x7c && !isEscaped(line, end - 1))
        end -= 1;
    let cellStart = start;
    let hasEscape = false;
    for (let index = start; index <= end; index += 1) {
        const code = index < end ? line.charCodeAt(index) : 0x7c;
        if (code === 0x5c && index + 1 < end && line.charCodeAt(index + 1) === 0x7c) {
            hasEscape = true;
            index += 1;
            continue;
        }
        if (code !== 0x7c)
            continue;
        cells.push(makeCell(line, cellStart, index, hasEscape));
        cellStart = index + 1;
        hasEscape = false;
    }
    return cells;
}
function makeCell(line, from, to, hasEscape) {
    let start = from;
    let end = to;
    while (start < end && isSpace$1(line.charCodeAt(start)))
        start += 1;
    while (end > start && isSpace$1(line.charCodeAt(end - 1)))
        end -= 1;
    const raw = line.slice(start, end);
    return {
        text: hasEscape ? raw.replaceAll('\\|', '|') : raw,
        column: start + 1,
        endColumn: end + 1
    };
}
/**
 * The number of cells of a GFM delimiter row (`| --- | :-: |`), or 0 when the line is not one.
 * Each cell is optional spaces, an optional colon, one or more `-`, an optional colon, spaces.
 */
function delimiterRowCells(line, from) {
    let index = from;
    const end = line.length;
    while (index < end && isSpace$1(line.charCodeAt(index)))
        index += 1;
    let leadingPipe = false;
    if (line.charCodeAt(index) === 0x7c) {
        leadingPipe = true;
        index += 1;
    }
    let cells = 0;
    let sawPipeAfterCell = false;
    for (;;) {
        while (index < end && isSpace$1(line.charCodeAt(index)))
            index += 1;
        if (index >= end)
            break;
        if (line.charCodeAt(index) === 0x3a)
            index += 1;
        const dashStart = index;
        while (index < end && line.charCodeAt(index) === 0x2d)
            index += 1;
        if (index === dashStart)
            return 0;
        if (line.charCodeAt(index) === 0x3a)
            index += 1;
        while (index < end && isSpace$1(line.charCodeAt(index)))
            index += 1;
        cells += 1;
        if (index >= end)
            break;
        if (line.charCodeAt(index) !== 0x7c)
            return 0;
        sawPipeAfterCell = true;
        index += 1;
    }
    // A single cell needs a pipe somewhere, or `---` would be a thematic break / setext underline.
    if (cells === 1 && !leadingPipe && !sawPipeAfterCell)
        return 0;
    return cells;
}
function isSpace$1(code) {
    return code === 0x20 || code === 0x09;
}
function isEscaped(line, index) {
    let backslashes = 0;
    for (let i = index - 1; i >= 0 && line.charCodeAt(i) === 0x5c; i -= 1)
        backslashes += 1;
    return backslashes % 2 === 1;
}

const RAW_TAGS = ['script', 'pre', 'style', 'textarea'];
const BLOCK_TAGS = new Set(('address article aside base basefont blockquote body caption center col colgroup dd details ' +
    'dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 ' +
    'head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option ' +
    'p param search section summary table tbody td tfoot th thead title tr track ul').split(' '));
function readHtmlStart(line, first) {
    if (line.charCodeAt(first) !== 0x3c)
        return undefined;
    if (line.startsWith('<!--', first))
        return { endMarker: '-->', canInterrupt: true };
    if (line.startsWith('<?', first))
        return { endMarker: '?>', canInterrupt: true };
    if (line.startsWith('<![CDATA[', first))
        return { endMarker: ']]>', canInterrupt: true };
    if (line.charCodeAt(first + 1) === 0x21 && isLetter$1(line.charCodeAt(first + 2))) {
        return { endMarker: '>', canInterrupt: true };
    }
    const closing = line.charCodeAt(first + 1) === 0x2f;
    const nameStart = first + (closing ? 2 : 1);
    let nameEnd = nameStart;
    if (!isLetter$1(line.charCodeAt(nameStart)))
        return undefined;
    while (nameEnd < line.length && isTagNameChar(line.charCodeAt(nameEnd)))
        nameEnd += 1;
    const name = line.slice(nameStart, nameEnd).toLowerCase();
    const after = line.charCodeAt(nameEnd);
    const nameEnds = nameEnd >= line.length || after === 0x20 || after === 0x09 || after === 0x3e;
    if (!closing && nameEnds && RAW_TAGS.includes(name)) {
        return { endMarker: `</${name}>`, canInterrupt: true };
    }
    const selfClosing = after === 0x2f && line.charCodeAt(nameEnd + 1) === 0x3e;
    if (BLOCK_TAGS.has(name) && (nameEnds || selfClosing))
        return { canInterrupt: true };
    if (isCompleteTagLine(line, nameEnd, closing))
        return { canInterrupt: false };
    return undefined;
}
/** Whether the line ends the HTML block opened with `start` (checked on every line, the first too). */
function endsHtmlBlock(line, start) {
    if (start.endMarker === undefined)
        return false;
    if (start.endMarker.startsWith('</'))
        return line.toLowerCase().includes(start.endMarker);
    return line.includes(start.endMarker);
}
/** Rest of a tag after its name, then only whitespace: `<foo a="1">`, `</foo >`. */
function isCompleteTagLine(line, from, closing) {
    let index = from;
    let quote = 0;
    for (; index < line.length; index += 1) {
        const code = line.charCodeAt(index);
        if (quote !== 0) {
            if (code === quote)
                quote = 0;
            continue;
        }
        if (code === 0x22 || code === 0x27) {
            if (closing)
                return false;
            quote = code;
        }
        else if (code === 0x3e)
            break;
        else if (code === 0x3c)
            return false;
    }
    if (index >= line.length)
        return false;
    for (index += 1; index < line.length; index += 1) {
        const code = line.charCodeAt(index);
        if (code !== 0x20 && code !== 0x09)
            return false;
    }
    return true;
}
function isLetter$1(code) {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
function isTagNameChar(code) {
    return isLetter$1(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/** Like `scanBlocks`, also returning the lines the block ranges refer to. */
function scanDocument(text) {
    const lines = splitLines(text);
    const scanner = new Scanner(lines);
    scanner.run();
    return { lines, blocks: scanner.blocks };
}
class Scanner {
    lines;
    blocks = [];
    stack = [];
    fence;
    html;
    paragraph;
    table;
    code;
    /** Last non-blank line (1-based) that belonged to the open containers. */
    lastContent = 0;
    constructor(lines) {
        this.lines = lines;
    }
    run() {
        for (let i = 0; i < this.lines.length; i += 1) {
            i = this.scanLine(i);
        }
        this.closeLeaves(this.lines.length);
        this.popItemsTo(0);
    }
    /** Processes line `i` (0-based); returns the last line index it consumed. */
    scanLine(i) {
        const line = this.lines[i] ?? '';
        const lineNo = i + 1;
        const { width: indent, index: first } = measureIndent(line);
        const blank = first >= line.length;
        if (this.fence !== undefined) {
            if (this.continueFence(line, lineNo, indent, first, blank))
                return i;
        }
        if (this.html !== undefined) {
            if (this.continueHtml(line, lineNo, indent, blank))
                return i;
        }
        if (blank) {
            this.closeParagraph();
            this.closeTable();
            return i;
        }
        if (this.paragraph !== undefined) {
            const setextDepth = this.setextUnderline(line, indent, first);
            if (setextDepth > 0) {
                this.turnParagraphIntoHeading(setextDepth, lineNo);
                return i;
            }
            if (!this.interruptsParagraph(line, first, indent)) {
                this.extendParagraph(lineNo);
                return i;
            }
        }
        this.popItemsWhileOutside(indent);
        const base = this.containerIndent();
        const parent = this.currentParent();
        if (this.paragraph !== undefined && this.paragraph.parent !== parent)
            this.closeParagraph();
        if (this.table !== undefined && this.table.parent !== parent)
            this.closeTable();
        if (this.code !== undefined) {
            if (indent - base >= 4) {
                this.extendBlock(this.code, lineNo);
                this.lastContent = lineNo;
                return i;
            }
            this.code = undefined;
        }
        if (indent - base >= 4 && this.paragraph === undefined && this.table === undefined) {
            this.code = this.push({
                kind: 'indentedCode',
                parent,
                range: this.lineRange(lineNo, first)
            });
            this.lastContent = lineNo;
            return i;
        }
        if (this.table !== undefined && !this.startsBlock(line, first)) {
            this.addTableRow(line, first, lineNo);
            return i;
        }
        this.closeTable();
        return this.scanContent(i, first, indent, parent);
    }
    /**
     * Reads the block that starts at `first` on line `i` inside the current container: a list
     * marker opens an item and its content is read the same way, so `- - x` nests.
     */
    scanContent(i, start, startIndent, startParent) {
        const line = this.lines[i] ?? '';
        const lineNo = i + 1;
        let first = start;
        let indent = startIndent;
        let parent = startParent;
        this.lastContent = lineNo;
        for (;;) {
            if (first >= line.length)
                return i;
            if (isThematicBreak(line, first)) {
                this.closeParagraph();
                this.push({ kind: 'thematicBreak', parent, range: this.lineRange(lineNo, first) });
                return i;
            }
            const heading = readAtxHeading(line, first, lineNo, parent);
            if (heading !== undefined) {
                this.closeParagraph();
                this.push(heading);
                return i;
            }
            if (this.openFence(line, first, lineNo, parent))
                return i;
            if (this.openHtml(line, first, lineNo, parent))
                return i;
            const marker = readListMarker(line, first, indent);
            if (marker !== undefined && !(this.paragraph !== undefined && !canInterrupt(marker))) {
                this.closeParagraph();
                parent = this.openItem(marker, line, lineNo, indent);
                first = marker.contentIndex;
                indent = marker.contentIndent;
                continue;
            }
            if (this.paragraph === undefined && this.openTable(i, first, parent))
                return i + 1;
            if (this.paragraph !== undefined)
                this.extendParagraph(lineNo);
            else {
                this.paragraph = this.push({
                    kind: 'paragraph',
                    parent,
                    range: this.lineRange(lineNo, first)
                });
            }
            return i;
        }
    }
    continueFence(line, lineNo, indent, first, blank) {
        const fence = this.fence;
        if (fence === undefined)
            return false;
        if (!blank && this.stack.length > 0 && indent < fence.containerIndent) {
            // The enclosing list item ends, and the fence with it.
            fence.block.closed = false;
            this.fence = undefined;
            return false;
        }
        this.extendBlock(fence.block, lineNo);
        if (!blank)
            this.lastContent = lineNo;
        if (!blank && indent - fence.containerIndent < 4 && isClosingFence(line, first, fence)) {
            fence.block.closed = true;
            this.fence = undefined;
        }
        return true;
    }
    continueHtml(line, lineNo, indent, blank) {
        const html = this.html;
        if (html === undefined)
            return false;
        const containerEnds = !blank && this.stack.length > 0 && indent < html.containerIndent;
        if (containerEnds || (blank && html.start.endMarker === undefined)) {
            this.html = undefined;
            return false;
        }
        this.extendBlock(html.block, lineNo);
        if (!blank)
            this.lastContent = lineNo;
        if (endsHtmlBlock(line, html.start))
            this.html = undefined;
        return true;
    }
    openHtml(line, first, lineNo, parent) {
        const start = readHtmlStart(line, first);
        if (start === undefined)
            return false;
        if (this.paragraph !== undefined && !start.canInterrupt)
            return false;
        this.closeParagraph();
        const block = this.push({
            kind: 'html',
            parent,
            range: this.lineRange(lineNo, first)
        });
        if (!endsHtmlBlock(line, start)) {
            this.html = { block, start, containerIndent: this.containerIndent() };
        }
        return true;
    }
    openFence(line, first, lineNo, parent) {
        const char = line.charCodeAt(first);
        if (char !== BACKTICK$1 && char !== TILDE)
            return false;
        let end = first;
        while (end < line.length && line.charCodeAt(end) === char)
            end += 1;
        const length = end - first;
        if (length < 3)
            return false;
        const info = line.slice(end, trimmedEnd(line, end)).trim();
        if (char === BACKTICK$1 && info.includes('`'))
            return false;
        this.closeParagraph();
        const block = this.push({
            kind: 'fence',
            parent,
            range: this.lineRange(lineNo, first),
            fence: line.slice(first, end),
            info,
            closed: false
        });
        this.fence = { block, char, length, containerIndent: this.containerIndent() };
        return true;
    }
    openItem(marker, line, lineNo, indent) {
        const parentItem = this.stack[this.stack.length - 1];
        const block = {
            kind: 'listItem',
            parent: parentItem?.index ?? -1,
            range: {
                line: lineNo,
                column: marker.markerIndex + 1 - (marker.leakedPrefix?.length ?? 0),
                endLine: lineNo,
                endColumn: line.length + 1
            },
            indent,
            marker: marker.marker,
            ordered: marker.ordered,
            contentColumn: marker.contentIndex + 1,
            text: line.slice(marker.contentIndex, trimmedEnd(line, marker.contentIndex)),
            depth: this.stack.length
        };
        if (marker.leakedPrefix !== undefined)
            block.leakedPrefix = marker.leakedPrefix;
        const index = this.blocks.length;
        this.blocks.push(block);
        this.stack.push({ index, block, contentIndent: marker.contentIndent });
        return index;
    }
    openTable(i, first, parent) {
        const line = this.lines[i] ?? '';
        const next = this.lines[i + 1];
        if (next === undefined || line.indexOf('|', first) < 0)
            return false;
        const nextIndent = measureIndent(next);
        if (nextIndent.width < this.containerIndent())
            return false;
        const delimiterCells = delimiterRowCells(next, nextIndent.index);
        if (delimiterCells === 0)
            return false;
        const headerCells = splitTableRow(line, first);
        if (headerCells.length !== delimiterCells)
            return false;
        this.table = this.push({
            kind: 'table',
            parent,
            range: {
                line: i + 1,
                column: first + 1,
                endLine: i + 2,
                endColumn: next.length + 1
            },
            header: { line: i + 1, cells: headerCells },
            rows: []
        });
        this.lastContent = i + 2;
        return true;
    }
    addTableRow(line, first, lineNo) {
        const table = this.table;
        if (table === undefined)
            return;
        table.rows.push({ line: lineNo, cells: splitTableRow(line, first) });
        this.extendBlock(table, lineNo);
        this.lastContent = lineNo;
    }
    /** Whether a line (inside the table's container) starts a block that ends a table. */
    startsBlock(line, first) {
        const code = line.charCodeAt(first);
        if (code === HASH && readAtxHeading(line, first, 0, -1) !== undefined)
            return true;
        if ((code === BACKTICK$1 || code === TILDE) &&
            line.startsWith(code === BACKTICK$1 ? '```' : '~~~', first))
            return true;
        if (isThematicBreak(line, first))
            return true;
        if (readHtmlStart(line, first)?.canInterrupt === true)
            return true;
        return readListMarker(line, first, 0) !== undefined;
    }
    /** Whether line `i` starts a block that ends the open paragraph (otherwise it continues it). */
    interruptsParagraph(line, first, indent) {
        const paragraph = this.paragraph;
        if (paragraph === undefined)
            return true;
        const base = this.containerIndent();
        if (indent - base >= 4)
            return false;
        if (isThematicBreak(line, first))
            return true;
        const code = line.charCodeAt(first);
        if ((code === HASH || code === 0x2d || code === 0x2b) && readAtxHeading(line, first, 0, -1))
            return true;
        if (code === BACKTICK$1 || code === TILDE) {
            const fenceChar = code === BACKTICK$1 ? '```' : '~~~';
            if (line.startsWith(fenceChar, first))
                return true;
        }
        if (readHtmlStart(line, first)?.canInterrupt === true)
            return true;
        const marker = readListMarker(line, first, indent);
        if (marker !== undefined) {
            // Inside a list, a marker at any indent starts an item; at the top level an item must be
            // able to interrupt a paragraph (non-empty, ordered ones starting at 1).
            if (this.stack.length > 0 && indent < (this.stack[this.stack.length - 1]?.contentIndent ?? 0))
                return true;
            return canInterrupt(marker);
        }
        return false;
    }
    setextUnderline(line, indent, first) {
        const paragraph = this.paragraph;
        if (paragraph === undefined)
            return 0;
        const base = this.containerIndent();
        if (indent < base || indent - base >= 4)
            return 0;
        if (paragraph.parent !== this.currentParent())
            return 0;
        const char = line.charCodeAt(first);
        if (char !== 0x3d && char !== 0x2d)
            return 0;
        let end = first;
        while (end < line.length && line.charCodeAt(end) === char)
            end += 1;
        if (!isBlankFrom(line, end))
            return 0;
        return char === 0x3d ? 1 : 2;
    }
    turnParagraphIntoHeading(depth, lineNo) {
        const paragraph = this.paragraph;
        if (paragraph === undefined)
            return;
        const startLine = paragraph.range.line;
        const parts = [];
        for (let n = startLine; n < lineNo; n += 1)
            parts.push((this.lines[n - 1] ?? '').trim());
        const heading = {
            kind: 'heading',
            parent: paragraph.parent,
            range: {
                ...paragraph.range,
                endLine: lineNo,
                endColumn: (this.lines[lineNo - 1] ?? '').length + 1
            },
            depth,
            text: parts.join('\n'),
            textColumn: paragraph.range.column,
            setext: true
        };
        const index = this.blocks.lastIndexOf(paragraph);
        if (index >= 0)
            this.blocks[index] = heading;
        this.paragraph = undefined;
        this.lastContent = lineNo;
    }
    extendParagraph(lineNo) {
        if (this.paragraph !== undefined)
            this.extendBlock(this.paragraph, lineNo);
        this.lastContent = lineNo;
    }
    closeParagraph() {
        this.paragraph = undefined;
    }
    closeTable() {
        this.table = undefined;
    }
    closeLeaves(lineCount) {
        this.html = undefined;
        if (this.fence !== undefined) {
            this.extendBlock(this.fence.block, Math.max(this.fence.block.range.endLine, lineCount));
            this.fence = undefined;
        }
        this.paragraph = undefined;
        this.table = undefined;
        this.code = undefined;
    }
    /** Closes the items a line indented by `indent` does not belong to. */
    popItemsWhileOutside(indent) {
        let depth = this.stack.length;
        while (depth > 0 && (this.stack[depth - 1]?.contentIndent ?? 0) > indent)
            depth -= 1;
        if (depth === this.stack.length)
            return;
        this.code = undefined;
        this.popItemsTo(depth);
    }
    popItemsTo(depth) {
        while (this.stack.length > depth) {
            const item = this.stack.pop();
            if (item === undefined)
                break;
            const end = Math.max(item.block.range.line, this.lastContent);
            this.extendBlock(item.block, end);
        }
    }
    containerIndent() {
        return this.stack[this.stack.length - 1]?.contentIndent ?? 0;
    }
    currentParent() {
        return this.stack[this.stack.length - 1]?.index ?? -1;
    }
    push(block) {
        this.blocks.push(block);
        return block;
    }
    extendBlock(block, lineNo) {
        if (lineNo < block.range.endLine)
            return;
        block.range.endLine = lineNo;
        block.range.endColumn = (this.lines[lineNo - 1] ?? '').length + 1;
    }
    lineRange(lineNo, first) {
        return {
            line: lineNo,
            column: first + 1,
            endLine: lineNo,
            endColumn: (this.lines[lineNo - 1] ?? '').length + 1
        };
    }
}

/**
 * Dates and instants as planning documents write them:
 *   2025-10-17 · 2025-10-17T02:50Z · 2026-01-22T02:40:00Z · 2025-09-30 06:00 UTC
 *   2025-10-17T025000Z (extended date, basic time) · 20251008T215755Z (ISO-8601 basic)
 *   2025-10-17T02:50:00+02:00 · 2025-10-17T02:50-0700
 * A time without a zone is read as UTC. Invalid calendar dates (2025-02-30, month 13) give
 * undefined so the caller can report them.
 */
// Every quantifier is bounded or followed by a fixed token, so matching is linear.
const EXTENDED = /(\d{4})-(\d{2})-(\d{2})(?:(?:T| (?=\d{2}:\d{2}))(\d{2}):?(\d{2})(?::?(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?| ?UTC)?)?/y;
const BASIC = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(?:\.(\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?/y;
/**
 * Finds the date-like tokens in a piece of text (one line). `line` and `column` place the text in
 * its file, so each match carries its own range. A token must not be glued to a letter or digit
 * before it (`v12025-01-01` is not a date); what follows may be anything (`2025-10-17T025000Z/`).
 */
function findDates(text, line = 1, column = 1) {
    const matches = [];
    let index = 0;
    while (index < text.length) {
        const code = text.charCodeAt(index);
        if (!isDigit(code) || (index > 0 && isAlnum(text.charCodeAt(index - 1)))) {
            index += 1;
            continue;
        }
        const match = dateAt(text, index, line, column);
        if (match === undefined) {
            index = skipDigits(text, index);
            continue;
        }
        matches.push(match);
        index += match.raw.length;
    }
    return matches;
}
/** The date-like token starting exactly at `index` (not glued to a digit after it), if any. */
function dateAt(text, index, line = 1, column = 1) {
    const parts = matchAt(text, index);
    if (parts === undefined || isDigit(text.charCodeAt(index + parts.raw.length)))
        return undefined;
    const range = {
        line,
        column: column + index,
        endLine: line,
        endColumn: column + index + parts.raw.length
    };
    const match = { raw: parts.raw, index, range };
    const date = toDateValue(parts, range);
    if (date !== undefined)
        match.date = date;
    return match;
}
function matchAt(text, index) {
    EXTENDED.lastIndex = index;
    const extended = EXTENDED.exec(text);
    if (extended !== null)
        return partsOf(extended);
    BASIC.lastIndex = index;
    const basic = BASIC.exec(text);
    if (basic !== null)
        return partsOf(basic);
    return undefined;
}
function partsOf(match) {
    const [raw, year, month, day, hour, minute, second, fraction, zone] = match;
    const parts = {
        raw,
        year: Number(year),
        month: Number(month),
        day: Number(day),
        millis: fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000),
        offsetMinutes: zoneOffset(zone)
    };
    if (hour !== undefined)
        parts.hour = Number(hour);
    if (minute !== undefined)
        parts.minute = Number(minute);
    if (second !== undefined)
        parts.second = Number(second);
    return parts;
}
function zoneOffset(zone) {
    if (zone === undefined)
        return 0;
    const trimmed = zone.trim();
    if (trimmed === 'Z' || trimmed === 'UTC')
        return 0;
    const sign = trimmed.startsWith('-') ? -1 : 1;
    const digits = trimmed.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    return sign * (hours * 60 + minutes);
}
function toDateValue(parts, range) {
    const { year, month, day } = parts;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    const hour = parts.hour ?? 0;
    const minute = parts.minute ?? 0;
    const second = parts.second ?? 0;
    if (hour > 24 || minute > 59 || second > 60)
        return undefined;
    if (hour === 24 && (minute > 0 || second > 0))
        return undefined;
    if (Math.abs(parts.offsetMinutes) > 18 * 60)
        return undefined;
    const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), parts.millis);
    const precision = parts.second !== undefined ? 'second' : parts.hour !== undefined ? 'minute' : 'day';
    return {
        raw: parts.raw,
        epochMs: utc - parts.offsetMinutes * 60_000,
        precision,
        range: { ...range }
    };
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function isDigit(code) {
    return code >= 0x30 && code <= 0x39;
}
function isAlnum(code) {
    return isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
function skipDigits(text, from) {
    let index = from;
    while (index < text.length && isDigit(text.charCodeAt(index)))
        index += 1;
    return index;
}

/**
 * `Attempt #3`, `Attempts #176–#183`, `Attempts #176-183`, `Attempts #176 to #183`. A spaced dash
 * needs a `#` after it, and the end number must not run into a date: `Attempt #2 — 2025-10-02`
 * is attempt 2, not a range.
 */
const ATTEMPT_WORD = /Attempts?\s*#?\s*(\d{1,6})(?:(?:[-–]#?|\s*(?:[-–]|to)\s*#)(\d{1,6})(?![\d-]))?/iy;
/** Parses an attempt header; undefined when the text starts with neither a date nor `Attempt #N`. */
function parseAttemptHeader(text, line = 1, column = 1) {
    let index = skipOpeningMarkup(text);
    let date;
    const opener = text[index];
    if (opener === '[' || opener === '(') {
        const inner = dateAt(text, index + 1, line, column);
        if (inner !== undefined) {
            date = inner;
            index = closeGroup(text, index + 1 + inner.raw.length, opener === '[' ? ']' : ')');
        }
    }
    else {
        date = dateAt(text, index, line, column);
        if (date !== undefined)
            index += date.raw.length;
    }
    if (date !== undefined)
        index = skipSeparators(text, index);
    const header = { rest: '' };
    ATTEMPT_WORD.lastIndex = index;
    const numbered = ATTEMPT_WORD.exec(text);
    if (numbered !== null) {
        header.number = Number(numbered[1]);
        if (numbered[2] !== undefined)
            header.numberEnd = Number(numbered[2]);
        header.numberStart = text.indexOf('#', index) >= 0 ? text.indexOf('#', index) : index;
        header.numberStop = index + numbered[0].length;
        index = header.numberStop;
        if (date === undefined) {
            // `Attempt #1 (2025-09-30 debug loop)` / `Attempt #5 [2025-10-01]`: a date after the number.
            const groupStart = skipSpacesAndMarkup(text, index);
            const bracket = text[groupStart];
            if (bracket === '(' || bracket === '[') {
                const inner = dateAt(text, groupStart + 1, line, column);
                if (inner !== undefined) {
                    date = inner;
                    index = closeGroup(text, groupStart + 1 + inner.raw.length, bracket === '[' ? ']' : ')');
                }
            }
            else {
                // `Attempt #2 — 2025-10-02 Label: …`
                const dateStart = skipSeparators(text, index);
                const bare = dateAt(text, dateStart, line, column);
                if (bare !== undefined) {
                    date = bare;
                    index = dateStart + bare.raw.length;
                }
            }
        }
    }
    if (date === undefined && numbered === null)
        return undefined;
    if (date !== undefined)
        header.date = date;
    readLabel(text, index, header);
    return header;
}
/** Fills `rest`, `label` and `leadingId` from the text after the date / number. */
function readLabel(text, from, header) {
    let index = skipSpacesAndMarkup(text, from);
    let note;
    if (text[index] === '(') {
        const close = matchingParen(text, index);
        if (close > index) {
            note = text.slice(index + 1, close);
            const after = skipSpacesAndMarkup(text, close + 1);
            if (text[after] === ':') {
                // `*2026-01-26T00:30:00Z (label):* text`
                header.label = stripInlineMarkup(note);
                header.rest = text.slice(after + 1).trim();
                return;
            }
            index = close + 1;
        }
    }
    index = skipSeparators(text, index);
    const rest = text.slice(index).trim();
    header.rest = rest;
    const id = /^[A-Z][A-Za-z0-9]*(?:[-_.\u2010-\u2013][A-Za-z0-9]+)*/u.exec(rest);
    if (id !== null && /[-\u2010-\u2013\d]/u.test(id[0]))
        header.leadingId = normalizeHyphens(id[0]);
    const colon = colonAtDepthZero(rest);
    // `2026-01-22T02:40Z — ID (label)` / `— seed S1 (initial)`: a short subject, then the step.
    const trailingNote = /^[^\s()]+(?:\s+[^\s()]+){0,3}\s*\(([^()]{1,200})\)\s*[*_]*$/.exec(rest)?.[1];
    if (colon > 0) {
        const label = stripInlineMarkup(rest.slice(0, colon));
        if (label.length > 0 && label.length <= 200)
            header.label = label;
    }
    else if (trailingNote !== undefined && trailingNote.trim() !== '') {
        header.label = stripInlineMarkup(trailingNote);
    }
    else if (note !== undefined && note.trim() !== '') {
        header.label = stripInlineMarkup(note);
    }
}
/** Index after the closing `close` of a group opened before `from` (or `from` when absent). */
function closeGroup(text, from, close) {
    const end = text.indexOf(close, from);
    if (end < 0 || end - from > 80)
        return from;
    return end + 1;
}
function matchingParen(text, open) {
    let depth = 0;
    const limit = Math.min(text.length, open + 400);
    for (let index = open; index < limit; index += 1) {
        const char = text[index];
        if (char === '(')
            depth += 1;
        else if (char === ')') {
            depth -= 1;
            if (depth === 0)
                return index;
        }
    }
    return -1;
}
function colonAtDepthZero(text) {
    let depth = 0;
    const limit = Math.min(text.length, 240);
    for (let index = 0; index < limit; index += 1) {
        const char = text[index];
        if (char === '(' || char === '[')
            depth += 1;
        else if (char === ')' || char === ']')
            depth = Math.max(0, depth - 1);
        else if (char === ':' && depth === 0)
            return index;
    }
    return -1;
}
function skipSpacesAndMarkup(text, from) {
    return skipOpeningMarkup(text, from);
}
/** Skips spaces, markup and the separators between header parts: `—`, `–`, `-`, `:`, `|`. */
function skipSeparators(text, from) {
    let index = from;
    while (index < text.length) {
        const char = text[index];
        if (char === ' ' || char === '\t' || char === '*' || char === '_' || char === ':')
            index += 1;
        else if (char === '—' || char === '–' || char === '-' || char === '|')
            index += 1;
        else
            break;
    }
    return index;
}
/**
 * An attempt header written as a heading (`### 2026-01-22T02:40Z — ID (label)`). A heading that is
 * only a date (`## 2025-10-01`) groups what follows by day: it is a section, not an attempt.
 */
function parseHeadingAttempt(text, line = 1, column = 1) {
    const header = parseAttemptHeader(text, line, column);
    if (header === undefined)
        return undefined;
    if (header.number === undefined && header.rest === '' && header.label === undefined)
        return undefined;
    return header;
}

/** Longest field name accepted, parenthetical suffix included; longer "names" are prose. */
const MAX_NAME_LENGTH = 80;
/**
 * Reads `Name: value`, `**Name:** value` or `**Name**: value`. The name starts with a letter and
 * holds words, `/`, `&`, `-`, `'`, `.` and one parenthetical suffix; the colon is followed by a
 * space or the end of the text. Returns undefined for anything else (prose, links, code).
 */
function parseFieldLine(text) {
    let index = 0;
    const bold = text.startsWith('**') || text.startsWith('__');
    if (bold)
        index = 2;
    const nameIndex = index;
    if (!isLetter(text.charCodeAt(index)))
        return undefined;
    let depth = 0;
    let nameEnd = -1;
    for (; index < text.length && index - nameIndex <= MAX_NAME_LENGTH; index += 1) {
        const char = text[index] ?? '';
        if (char === '(')
            depth += 1;
        else if (char === ')')
            depth = Math.max(0, depth - 1);
        else if (char === ':' && depth === 0) {
            nameEnd = index;
            break;
        }
        else if (depth === 0 && !isNameChar(char)) {
            // `**Name**: value`: the closing bold before the colon.
            if (bold && (char === '*' || char === '_') && text[index + 2] === ':') {
                nameEnd = index;
                break;
            }
            return undefined;
        }
    }
    if (nameEnd < 0)
        return undefined;
    const name = text.slice(nameIndex, nameEnd).trim();
    if (name.length === 0)
        return undefined;
    let after = nameEnd;
    if (text[after] !== ':')
        after += 2; // closing `**` of `**Name**:`
    after += 1; // the colon
    if (bold &&
        text[nameEnd] === ':' &&
        (text.startsWith('**', after) || text.startsWith('__', after))) {
        after += 2; // closing `**` of `**Name:**`
    }
    const next = text.charCodeAt(after);
    if (after < text.length && next !== 0x20 && next !== 0x09)
        return undefined;
    let valueIndex = after;
    while (valueIndex < text.length && isSpace(text.charCodeAt(valueIndex)))
        valueIndex += 1;
    let valueEnd = text.length;
    while (valueEnd > valueIndex && isSpace(text.charCodeAt(valueEnd - 1)))
        valueEnd -= 1;
    return { name, nameIndex, value: text.slice(valueIndex, valueEnd), valueIndex, valueEnd };
}
/**
 * The canonical key of a field name: the configured alias, else the default alias, looked up with
 * and then without a parenthetical suffix; else the name itself as a lower-case slug
 * (`First Divergence (if known)` → `first-divergence`).
 */
function canonicalFieldKey(name, aliases = {}) {
    const lower = name.toLowerCase().replace(/\s+/g, ' ').trim();
    const direct = lookup(lower, aliases);
    if (direct !== undefined)
        return direct;
    const base = stripParenthetical(lower);
    const stripped = lookup(base, aliases);
    if (stripped !== undefined)
        return stripped;
    return base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || lower;
}
function lookup(name, aliases) {
    if (Object.hasOwn(aliases, name))
        return aliases[name];
    if (Object.hasOwn(DEFAULT_FIELD_ALIASES, name))
        return DEFAULT_FIELD_ALIASES[name];
    return undefined;
}
/** `exit criteria (quote thresholds)` → `exit criteria`. Only a suffix is removed. */
function stripParenthetical(name) {
    const open = name.indexOf('(');
    if (open <= 0)
        return name;
    return name.slice(0, open).trim();
}
function isLetter(code) {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
function isNameChar(char) {
    if (/[\p{L}\p{N}]/u.test(char))
        return true;
    return (char === ' ' || char === '/' || char === '&' || char === '-' || char === "'" || char === '.');
}
function isSpace(code) {
    return code === 0x20 || code === 0x09;
}

/**
 * A cheap keyword classification of what an attempt reports. It reads the value of an explicit
 * `Result:` / `Status:` / `Outcome:` marker when the attempt has one, else its first line, and
 * checks three keyword families in order:
 * - partial: `partial`, `⚠️`, `in progress`, `investigating`, `blocked`, `pending`, `persists`…
 * - failure: `fail`, `regression`, `error`, `❌`, `reverted`, `reopened`, `superseded`…
 * - success: `success`, `passed`, `complete`, `done`, `fixed`, `resolved`, `shipped`, `✅`…
 * Partial wins over failure and failure over success because "partial success" and "failed to
 * complete" are common. Negations ("no regressions") are not understood: this is a hint for
 * rules, not a verdict.
 */
function classifyOutcome(text) {
    const firstLine = text.slice(0, Math.min(text.length, firstLineEnd(text), 600));
    const explicit = /\b(?:result|status|outcome)\s*\**\s*:\s*\**\s*([^.;\n]{0,80})/i.exec(firstLine);
    if (explicit?.[1] !== undefined) {
        const verdict = classifyWords(explicit[1]);
        if (verdict !== 'unknown')
            return verdict;
    }
    return classifyWords(firstLine);
}
const PARTIAL = /\bpartial(?:ly)?\b|⚠|\bin[ _]progress\b|\binvestigat|\bincomplete\b|\bblocked\b|\bpending\b|\bpersists?\b|\bescalat/i;
const FAILURE = /\bfail(?:s|ed|ure|ing)?\b|\bregress(?:ion|ed)\b|\berrors?\b|❌|\brevert(?:ed)?\b|\brollback\b|\bbroken\b|\bcrash(?:es|ed)?\b|\binvalidat(?:ed|es|ion)\b|\breopen(?:ed|s)?\b|\bviolation\b|\bsuperseded\b/i;
const SUCCESS = /\bsuccess(?:ful(?:ly)?)?\b|\bsucceed(?:ed|s)?\b|\bpass(?:ed|es|ing)?\b|\bcomplete[ds]?\b|\bdone\b|\bfixed\b|\bresolved\b|✅|\bshipped\b|\bverified\b|\bgreen\b/i;
function classifyWords(text) {
    if (PARTIAL.test(text))
        return 'partial';
    if (FAILURE.test(text))
        return 'failure';
    if (SUCCESS.test(text))
        return 'success';
    return 'unknown';
}
function firstLineEnd(text) {
    const end = text.indexOf('\n');
    return end < 0 ? text.length : end;
}

/**
 * Builds an attempt from its header and lines, reporting an invalid date. Returns undefined (after
 * reporting) when the attempt has neither a number nor a valid date: nothing identifies it.
 */
function buildAttempt(ctx, source) {
    const { header, line, column, endLine } = source;
    const headerRange = {
        line,
        column: source.blockColumn,
        endLine: line,
        endColumn: (ctx.lines[line - 1] ?? '').length + 1
    };
    const dateMatch = header.date;
    if (dateMatch !== undefined && dateMatch.date === undefined) {
        addProblem(ctx, 'unreadable-date', `Attempt date "${dateMatch.raw}" is not a valid calendar date`, dateMatch.range, source.entryId);
    }
    if (header.number === undefined && dateMatch?.date === undefined) {
        addProblem(ctx, 'unreadable-attempt', 'Line looks like an attempt but has neither an attempt number nor a readable date', headerRange, source.entryId);
        return undefined;
    }
    const text = linesText(ctx, line, endLine, column);
    const attempt = {
        style: source.style,
        text,
        headerRange,
        range: {
            line,
            column: source.blockColumn,
            endLine,
            endColumn: (ctx.lines[endLine - 1] ?? '').length + 1
        },
        outcome: classifyOutcome(text),
        artifacts: artifactsOf(ctx, lineSegments(ctx, line, endLine, column)),
        inHistory: source.inHistory
    };
    if (header.number !== undefined)
        attempt.number = header.number;
    if (header.numberEnd !== undefined)
        attempt.numberEnd = header.numberEnd;
    if (header.numberStart !== undefined && header.numberStop !== undefined) {
        attempt.numberRange = {
            line,
            column: column + header.numberStart,
            endLine: line,
            endColumn: column + header.numberStop
        };
    }
    if (dateMatch?.date !== undefined)
        attempt.date = dateMatch.date;
    if (header.label !== undefined)
        attempt.label = header.label;
    return attempt;
}
/**
 * Whether a header is specific enough to be an attempt anywhere (not only as a direct child of an
 * Attempts History field): `Attempt #N` with a date (`[2025-10-06] Attempt #22`,
 * `**Attempt #1 (2025-09-30 …)**`), or the italic dated shape `*DATE (label):*`. A bare
 * `Attempt #75 …` outside a history is prose about that attempt, not a new one.
 */
function isStrongHeader(header, text) {
    if (header.date === undefined)
        return false;
    if (header.number !== undefined)
        return true;
    const lead = text.charCodeAt(0);
    return (lead === 0x2a || lead === 0x5f) && header.label !== undefined;
}

const HISTORY_HEADING = /^attempts?(?:\s+history)?\b/i;
/**
 * Reads the blocks `[from, to)` of an entry whose last line is `endLine`. Top-level list items are
 * fields; list items under an Attempts History field, list items with a strong attempt header
 * anywhere, and sub-headings starting with a date are attempts.
 */
function readEntryBody(ctx, entryId, from, to, endLine) {
    const reader = new EntryBodyReader(ctx, entryId, from);
    for (let index = from; index < to; index += 1) {
        const block = ctx.blocks[index];
        if (block?.kind === 'heading')
            reader.heading(block);
        else if (block?.kind === 'listItem')
            reader.listItem(block, index);
    }
    return reader.finish(endLine);
}
class EntryBodyReader {
    ctx;
    entryId;
    from;
    fields = [];
    attempts = [];
    fieldByBlock = new Map();
    /** Blocks that are an Attempts History container (a field or a nested item). */
    historyBlocks = new Set();
    /** Blocks somewhere below a history container. */
    underHistory = new Set();
    /** List items read as attempts, built once their extent is known. */
    listAttempts = [];
    /** The attempt each list item belongs to (the attempt's own item included), by block index. */
    attemptOfBlock = new Map();
    headingAttempt;
    /** Depth of the `Attempts History` sub-heading the following headings are under (0: none). */
    historyHeadingDepth = 0;
    constructor(ctx, entryId, 
    /** First block of the body: list items whose parent lies before it are top-level. */
    from) {
        this.ctx = ctx;
        this.entryId = entryId;
        this.from = from;
    }
    heading(block) {
        const open = this.headingAttempt;
        if (open !== undefined && block.depth <= open.block.depth)
            this.closeHeadingAttempt(block.range.line);
        if (this.headingAttempt !== undefined)
            return; // a sub-heading inside a heading attempt
        // `### [SAME-ID] Attempt #5 — …` folded into the entry: the attempt follows the id.
        const offset = this.ownIdPrefixLength(block.text);
        const column = block.textColumn + offset;
        const header = parseHeadingAttempt(block.text.slice(offset), block.range.line, column);
        if (header !== undefined && block.parent < this.from) {
            const depth = this.historyHeadingDepth;
            const inHistory = depth > 0 && block.depth > depth;
            this.headingAttempt = { header, block, column, inHistory, namesEntry: offset > 0 };
        }
        else if (HISTORY_HEADING.test(block.text)) {
            this.historyHeadingDepth = block.depth;
        }
        else if (block.depth <= this.historyHeadingDepth) {
            this.historyHeadingDepth = 0;
        }
    }
    /** Length of a leading `[ID] ` naming this entry (0 when the heading does not start so). */
    ownIdPrefixLength(text) {
        if (this.entryId === undefined || !text.startsWith('['))
            return 0;
        const close = text.indexOf(']');
        if (close < 0 || close > 200)
            return 0;
        if (normalizeHyphens(text.slice(1, close).trim()) !== this.entryId)
            return 0;
        let end = close + 1;
        while (end < text.length && (text[end] === ' ' || text[end] === '\t'))
            end += 1;
        return end;
    }
    listItem(block, index) {
        if (this.headingAttempt !== undefined)
            return; // part of the heading attempt's text
        const parent = block.parent >= this.from ? block.parent : -1;
        if (block.leakedPrefix !== undefined) {
            const message = `Stray "${block.leakedPrefix}" before a list marker: a diff marker leaked into the ledger`;
            addProblem(this.ctx, 'leaked-diff-marker', message, block.range, this.entryId);
        }
        const underHistoryHeading = this.historyHeadingDepth > 0;
        const inHistory = underHistoryHeading ||
            (parent >= 0 && (this.historyBlocks.has(parent) || this.underHistory.has(parent)));
        if (inHistory)
            this.underHistory.add(index);
        const parentField = parent >= 0 ? this.fieldByBlock.get(parent) : undefined;
        if (parentField !== undefined) {
            parentField.firstChildLine ??= block.range.line;
            parentField.field.items.push(spannedItem(this.ctx, block));
        }
        if (this.readListAttempt(block, index, parent, inHistory))
            return;
        const match = parseFieldLine(block.text);
        if (match === undefined)
            return;
        const key = canonicalFieldKey(match.name, this.ctx.config.dialect.fieldAliases);
        if (key === 'attempts')
            this.historyBlocks.add(index);
        if (parent >= 0)
            return; // nested `Name: value` items are values, not entry fields
        const field = toField(block, match.name, key, match);
        this.fields.push(field);
        this.fieldByBlock.set(index, { field, item: block });
    }
    /** Records the item as (part of) an attempt; true when it was. */
    readListAttempt(block, index, parent, inHistory) {
        const owner = parent >= 0 ? this.attemptOfBlock.get(parent) : undefined;
        // Items right under an Attempts History field, or top-level items under such a heading.
        const directHistoryChild = parent >= 0 ? this.historyBlocks.has(parent) : this.historyHeadingDepth > 0;
        const header = parseAttemptHeader(block.text, block.range.line, block.contentColumn);
        if (header !== undefined && (directHistoryChild || isStrongHeader(header, block.text))) {
            const source = {
                style: header.number !== undefined ? 'numbered' : 'dated',
                header,
                line: block.range.line,
                column: block.contentColumn,
                endLine: block.range.endLine,
                blockColumn: block.range.column,
                inHistory: owner?.inHistory ?? inHistory
            };
            if (this.entryId !== undefined)
                source.entryId = this.entryId;
            this.listAttempts.push(source);
            this.attemptOfBlock.set(index, source);
            return true;
        }
        if (owner !== undefined) {
            this.attemptOfBlock.set(index, owner);
            return true;
        }
        if (directHistoryChild && looksLikeAttempt(block.text)) {
            const message = 'Attempt line could not be read';
            addProblem(this.ctx, 'unreadable-attempt', message, block.range, this.entryId);
            return true;
        }
        return false;
    }
    closeHeadingAttempt(nextLine) {
        const open = this.headingAttempt;
        this.headingAttempt = undefined;
        if (open === undefined)
            return;
        const { block, header, inHistory, column } = open;
        const source = {
            style: 'heading',
            header,
            line: block.range.line,
            column,
            endLine: lastContentLine(this.ctx, nextLine - 1, block.range.line),
            blockColumn: block.range.column,
            inHistory
        };
        if (this.entryId !== undefined)
            source.entryId = this.entryId;
        const attempt = buildAttempt(this.ctx, source);
        if (attempt === undefined)
            return;
        if (header.leadingId !== undefined)
            attempt.namedEntryId = stripTaskSuffix(header.leadingId);
        else if (open.namesEntry && this.entryId !== undefined)
            attempt.namedEntryId = this.entryId;
        this.attempts.push(attempt);
    }
    finish(endLine) {
        this.closeHeadingAttempt(endLine + 1);
        this.attempts.push(...buildListAttempts(this.ctx, this.listAttempts));
        this.attempts.sort((a, b) => a.headerRange.line - b.headerRange.line);
        for (const draft of this.fieldByBlock.values())
            extendMultiLineValue(this.ctx, draft);
        return { fields: this.fields, attempts: this.attempts };
    }
}
function toField(block, name, key, match) {
    const line = block.range.line;
    const column = block.contentColumn;
    return {
        name,
        key,
        value: match.value,
        range: { ...block.range },
        valueRange: {
            line,
            column: column + match.valueIndex,
            endLine: line,
            endColumn: column + match.valueEnd
        },
        items: []
    };
}
/**
 * Builds list attempts in document order. An attempt nested in another one ends the outer one:
 * the outer attempt's text stops where the nested attempt starts, so no line is in two attempts.
 */
function buildListAttempts(ctx, sources) {
    const attempts = [];
    sources.forEach((source, position) => {
        const next = sources[position + 1];
        if (next !== undefined && next.line <= source.endLine) {
            source.endLine = lastContentLine(ctx, next.line - 1, source.line);
        }
        const attempt = buildAttempt(ctx, source);
        if (attempt !== undefined)
            attempts.push(attempt);
    });
    return attempts;
}
/** Appends the field's continuation lines (before its first nested item) to its value. */
function extendMultiLineValue(ctx, draft) {
    const { field, item } = draft;
    const stop = (draft.firstChildLine ?? item.range.endLine + 1) - 1;
    const last = lastContentLine(ctx, stop, item.range.line);
    if (last <= item.range.line)
        return;
    const extra = [];
    for (let line = item.range.line + 1; line <= last; line += 1) {
        const text = (ctx.lines[line - 1] ?? '').trim();
        if (text !== '')
            extra.push(text);
    }
    if (extra.length === 0)
        return;
    field.value = field.value === '' ? extra.join('\n') : `${field.value}\n${extra.join('\n')}`;
    field.valueRange = {
        ...field.valueRange,
        endLine: last,
        endColumn: (ctx.lines[last - 1] ?? '').length + 1
    };
}
function spannedItem(ctx, block) {
    return {
        value: block.text,
        raw: linesText(ctx, block.range.line, block.range.endLine, block.range.column),
        range: { ...block.range }
    };
}
/** A history child that starts like an attempt (`[2025-…`, `Attempt …`) but did not parse. */
function looksLikeAttempt(text) {
    return /^[*_\s]*(?:\[\s*\d{4}|\(\s*\d{4}|\d{4}-|attempts?\b)/i.test(text);
}
/** `DEBUG-SIM-001.A1` → `DEBUG-SIM-001`: a phase task suffix is not part of the entry id. */
function stripTaskSuffix(id) {
    return id.replace(/\.[A-Z]\d+[a-z]?$/, '');
}

/** Decides what a heading block is in a ledger. */
function classifyHeading(ctx, index) {
    const block = ctx.blocks[index];
    if (block?.kind !== 'heading')
        return { role: 'other' };
    let startIndex = index;
    let leaked = block.leakedPrefix;
    let range = block.range;
    if (block.parent >= 0) {
        // `- ### [ID] Title`: a heading behind a top-level list marker is a damaged entry heading.
        const item = ctx.blocks[block.parent];
        if (item?.kind !== 'listItem' || item.depth !== 0 || !item.text.startsWith('#')) {
            return { role: 'nested' };
        }
        startIndex = block.parent;
        leaked = item.marker;
        range = { ...block.range, column: item.range.column };
    }
    if (!ctx.config.dialect.entryHeadingLevels.includes(block.depth)) {
        return block.parent >= 0 ? { role: 'nested' } : { role: 'other' };
    }
    const notEntry = block.parent >= 0 ? { role: 'nested' } : { role: 'other' };
    if (!block.text.startsWith('['))
        return notEntry;
    // `### [2025-10-17] Attempt #3 — …`: an attempt written as a heading, not an entry.
    if (parseHeadingAttempt(block.text) !== undefined)
        return notEntry;
    const bracket = readBracketId(block);
    if (bracket === undefined) {
        // `## [ID Title`: an entry heading whose bracket never closes.
        const rawId = block.text.slice(1).split(/\s/, 1)[0] ?? '';
        return { role: 'bad-entry', rawId, range };
    }
    const id = normalizeHyphens(bracket.rawId);
    if (!ctx.idPattern.test(id))
        return { role: 'bad-entry', rawId: bracket.rawId, range };
    const entry = {
        id,
        rawId: bracket.rawId,
        title: bracket.title,
        level: block.depth,
        range: { ...range },
        blockIndex: index,
        startIndex
    };
    if (leaked !== undefined)
        entry.leaked = leaked;
    return { role: 'entry', entry };
}
/** `[ID] Title` → id and title; undefined when the bracket does not close early on. */
function readBracketId(block) {
    const text = block.text;
    if (!text.startsWith('['))
        return undefined;
    const close = text.indexOf(']');
    if (close < 0 || close > 200)
        return undefined;
    const rawId = text.slice(1, close).trim();
    let title = text.slice(close + 1);
    if (title.startsWith('(')) {
        // `[ID](#anchor) Title`: a link, not part of the title.
        const end = title.indexOf(')');
        if (end > 0)
            title = title.slice(end + 1);
    }
    title = title.replace(/^[\s:—–-]+/, '').trim();
    return { rawId, title };
}

/**
 * Plan paths cited in a plan field's text: backticked spans first, else bare tokens. A token is a
 * plan path when it names a Markdown file or a folder under `plans/`; line suffixes (`:12`),
 * section marks (`§3`), `./` and trailing punctuation are dropped.
 */
function findPlanLinks(text, line, column) {
    const links = [];
    const quoted = backtickSpans(text);
    const candidates = quoted.length > 0 ? quoted : bareTokens(text);
    for (const { raw, index } of candidates) {
        const path = cleanPlanPath(raw);
        if (path === undefined)
            continue;
        links.push({
            raw,
            path,
            range: { line, column: column + index, endLine: line, endColumn: column + index + raw.length }
        });
    }
    return links;
}
function backtickSpans(text) {
    const spans = [];
    let index = text.indexOf('`');
    while (index >= 0) {
        const close = text.indexOf('`', index + 1);
        if (close < 0)
            break;
        spans.push({ raw: text.slice(index + 1, close), index: index + 1 });
        index = text.indexOf('`', close + 1);
    }
    return spans;
}
function bareTokens(text) {
    const tokens = [];
    const pattern = /[^\s`()[\]<>"',;]+/g;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        tokens.push({ raw: match[0], index: match.index });
    }
    return tokens;
}
function cleanPlanPath(raw) {
    let path = raw.trim();
    if (path.startsWith('./'))
        path = path.slice(2);
    const section = path.indexOf('§');
    if (section >= 0)
        path = path.slice(0, section).trimEnd();
    path = trimTrailing(path, '.,;:)');
    path = withoutLineSuffix(path);
    if (path.length === 0 || /\s/.test(path) || path.includes('://'))
        return undefined;
    const isMarkdown = path.toLowerCase().endsWith('.md');
    const underPlans = path.startsWith('plans/') || path.includes('/plans/');
    if (!isMarkdown && !underPlans)
        return undefined;
    if (!path.includes('/') && !isMarkdown)
        return undefined;
    return path;
}
/** Drops trailing characters from `chars` (a loop: a `[…]+$` regex is quadratic on long runs). */
function trimTrailing(text, chars) {
    let end = text.length;
    while (end > 0 && chars.includes(text[end - 1] ?? ''))
        end -= 1;
    return text.slice(0, end);
}
/** `plan.md:12` / `plan.md:12-40` → `plan.md`. */
function withoutLineSuffix(path) {
    const colon = path.lastIndexOf(':');
    if (colon <= 0)
        return path;
    return /^\d+(?:[-–]\d+)?$/.test(path.slice(colon + 1)) ? path.slice(0, colon) : path;
}

const INDEX_HEADING$1 = /^index$/i;
/** Line of the first entry heading (the header ends before it), or undefined without entries. */
function firstEntryLine(ctx) {
    for (let index = 0; index < ctx.blocks.length; index += 1) {
        const block = ctx.blocks[index];
        if (block?.kind !== 'heading')
            continue;
        const role = classifyHeading(ctx, index);
        if (role.role === 'entry')
            return ctx.blocks[role.entry.startIndex]?.range.line;
    }
    return undefined;
}
/** Reads the entries of an `## [ID] Title` ledger. */
function readEntries(ctx) {
    const { drafts, gaps } = findEntryDrafts(ctx);
    const entries = [];
    const byId = new Map();
    for (const draft of drafts) {
        if (draft.skipped)
            continue;
        const entry = buildEntry(ctx, draft);
        entries.push(entry);
        if (!byId.has(entry.id))
            byId.set(entry.id, entry);
    }
    for (const gap of gaps)
        adoptGapAttempts(ctx, gap, byId);
    // Adopted attempts join at the end; keep every history in document order.
    for (const entry of entries)
        entry.attempts.sort((a, b) => a.headerRange.line - b.headerRange.line);
    return entries;
}
function findEntryDrafts(ctx) {
    const drafts = [];
    const gaps = [];
    const blocks = ctx.blocks;
    let current;
    let section;
    let gapStart = 0;
    const close = (boundaryIndex) => {
        const boundaryLine = blocks[boundaryIndex]?.range.line ?? ctx.lines.length + 1;
        if (current !== undefined) {
            current.bodyEnd = boundaryIndex;
            current.endLine = lastContentLine(ctx, boundaryLine - 1, current.heading.range.line);
            current = undefined;
            gapStart = boundaryIndex;
        }
        else if (boundaryIndex > gapStart) {
            gaps.push({ start: gapStart, end: boundaryIndex, endLine: boundaryLine - 1 });
            gapStart = boundaryIndex;
        }
    };
    for (let index = 0; index < blocks.length; index += 1) {
        const block = blocks[index];
        if (block?.kind !== 'heading')
            continue;
        const role = classifyHeading(ctx, index);
        if (role.role === 'nested')
            continue;
        if (role.role === 'entry') {
            const heading = role.entry;
            if (current !== undefined &&
                heading.id === current.heading.id &&
                heading.level > current.heading.level) {
                current.folded.push({ ...heading.range });
                continue;
            }
            close(heading.startIndex);
            current = {
                heading,
                folded: [],
                bodyStart: heading.blockIndex + 1,
                bodyEnd: blocks.length,
                endLine: ctx.lines.length,
                skipped: isIgnoredSection(ctx, section)
            };
            if (section !== undefined)
                current.section = section;
            drafts.push(current);
            gapStart = index + 1;
            continue;
        }
        if (role.role === 'bad-entry') {
            close(index);
            addProblem(ctx, 'unreadable-entry', `Heading looks like an entry but "${role.rawId}" does not match the entry id pattern`, role.range);
            continue;
        }
        // Any other heading: a section when it is not deeper than the entry, or when only an entry
        // heading follows it (`### Archive` then `## [ID] …`); otherwise a sub-heading of the entry.
        if (current !== undefined &&
            block.depth > current.heading.level &&
            (parseHeadingAttempt(block.text) !== undefined || !introducesEntries(ctx, index))) {
            continue;
        }
        if (current !== undefined)
            close(index);
        if (parseHeadingAttempt(block.text) !== undefined)
            continue; // an attempt, not a section
        if (block.depth >= 2 && !INDEX_HEADING$1.test(block.text.trim())) {
            section = stripInlineMarkup(block.text);
        }
    }
    close(blocks.length);
    return { drafts, gaps };
}
/** True when the next heading after `index` is an entry heading and no list item comes between. */
function introducesEntries(ctx, index) {
    for (let next = index + 1; next < ctx.blocks.length; next += 1) {
        const block = ctx.blocks[next];
        if (block === undefined)
            return false;
        if (block.kind === 'listItem')
            return false;
        if (block.kind === 'heading')
            return classifyHeading(ctx, next).role === 'entry';
    }
    return false;
}
function isIgnoredSection(ctx, section) {
    if (section === undefined)
        return false;
    const lower = section.toLowerCase();
    return ctx.config.files.ignoreSections.some((name) => lower.includes(name.toLowerCase()));
}
function buildEntry(ctx, draft) {
    const { heading } = draft;
    if (heading.leaked !== undefined) {
        addProblem(ctx, 'leaked-diff-marker', `Stray "${heading.leaked}" before the entry heading: a diff marker leaked into the ledger`, heading.range, heading.id);
    }
    const body = readEntryBody(ctx, heading.id, draft.bodyStart, draft.bodyEnd, draft.endLine);
    const startLine = heading.range.line;
    const entry = {
        id: heading.id,
        rawId: heading.rawId,
        title: heading.title,
        level: heading.level,
        headingRange: { ...heading.range },
        range: {
            line: startLine,
            column: heading.range.column,
            endLine: draft.endLine,
            endColumn: (ctx.lines[draft.endLine - 1] ?? '').length + 1
        },
        fields: body.fields,
        plans: [],
        attempts: body.attempts,
        artifacts: [],
        foldedHeadings: draft.folded
    };
    if (draft.section !== undefined)
        entry.section = draft.section;
    completeEntry(ctx, entry, body, startLine + 1, draft.endLine);
    return entry;
}
/** Status, priority, plans, exit criteria and the artifacts cited outside attempts. */
function completeEntry(ctx, entry, body, firstLine, lastLine) {
    for (const field of body.fields) {
        if (field.key === 'status' && entry.status === undefined) {
            const source = field.value !== '' ? field.value : (field.items[0]?.value ?? '');
            entry.status = {
                value: firstToken(source).toLowerCase(),
                raw: source,
                range: field.value !== '' ? field.valueRange : (field.items[0]?.range ?? field.valueRange)
            };
        }
        else if (field.key === 'priority' && entry.priority === undefined) {
            entry.priority = { value: firstToken(field.value), raw: field.value, range: field.valueRange };
        }
        else if (field.key === 'exit-criteria' && entry.exitCriteria === undefined) {
            entry.exitCriteria = field;
        }
        else if (field.key === 'plan') {
            const inline = firstLineOf(field.value);
            entry.plans.push(...findPlanLinks(inline, field.valueRange.line, field.valueRange.column));
            for (const item of field.items) {
                entry.plans.push(...findPlanLinks(item.value, item.range.line, contentColumn(ctx, item.range)));
            }
        }
    }
    entry.artifacts = artifactsOf(ctx, lineSegments(ctx, firstLine, lastLine, 1, coveredBy(body.attempts)));
}
function firstLineOf(text) {
    const end = text.indexOf('\n');
    return end < 0 ? text : text.slice(0, end);
}
/** Column of an item's text: after its marker and spaces. */
function contentColumn(ctx, range) {
    const line = ctx.lines[range.line - 1] ?? '';
    const match = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/.exec(line);
    return match === null ? range.column : match[0].length + 1;
}
/** A predicate telling whether a line lies inside one of the attempts. */
function coveredBy(attempts) {
    if (attempts.length === 0)
        return () => false;
    const covered = new Set();
    for (const attempt of attempts) {
        for (let line = attempt.range.line; line <= attempt.range.endLine; line += 1)
            covered.add(line);
    }
    return (line) => covered.has(line);
}
/**
 * Attempts written outside every entry (a trailing `## Attempts History` section, a backlog list):
 * one naming an entry (`### 2026-01-22T02:40Z — ID (label)`) joins it, the others are reported.
 */
function adoptGapAttempts(ctx, gap, byId) {
    const body = readEntryBody(ctx, undefined, gap.start, gap.end, gap.endLine);
    for (const attempt of body.attempts) {
        const owner = attempt.namedEntryId === undefined ? undefined : byId.get(attempt.namedEntryId);
        if (owner !== undefined) {
            owner.attempts.push(attempt);
            continue;
        }
        addProblem(ctx, 'other', 'Attempt written outside any ledger entry; it is not counted in any entry history', attempt.headerRange);
    }
}

const LAST_UPDATED = /^[\s>*_-]*last[ -]updated[*_\s]*:[*_\s]*/i;
const FOCUS_LABEL = /^[\s>*_-]*(?:active|current)[ -]focus[*_\s]*:[*_\s]*/i;
const FOCUS_HEADING = /^(?:active|current)\s+focus$/i;
const INDEX_HEADING = /^index$/i;
/** Reads the header from lines `1..headerEnd` (the line before the first entry, or the document). */
function readHeader(ctx, headerEnd) {
    const header = {};
    for (const block of ctx.blocks) {
        if (block.range.line > headerEnd)
            break;
        if (block.kind === 'heading' && block.depth === 1 && header.title === undefined) {
            header.title = {
                value: block.text,
                raw: ctx.lines[block.range.line - 1] ?? '',
                range: { ...block.range }
            };
        }
    }
    for (let line = 1; line <= headerEnd; line += 1) {
        const text = ctx.lines[line - 1] ?? '';
        if (header.lastUpdated === undefined) {
            const label = LAST_UPDATED.exec(text);
            if (label !== null)
                header.lastUpdated = readLastUpdated(ctx, text, line, label[0].length);
        }
        if (header.activeFocus === undefined) {
            const label = FOCUS_LABEL.exec(text);
            if (label !== null)
                header.activeFocus = readFocus(ctx, line, label[0].length);
        }
    }
    header.activeFocus ??= focusSection(ctx, headerEnd);
    const index = readIndexTable(ctx, headerEnd);
    if (index !== undefined)
        header.index = index;
    if (header.lastUpdated === undefined)
        delete header.lastUpdated;
    if (header.activeFocus === undefined)
        delete header.activeFocus;
    return header;
}
function readLastUpdated(ctx, text, line, valueIndex) {
    const matches = findDates(text.slice(valueIndex), line, valueIndex + 1);
    const first = matches[0];
    if (first === undefined) {
        addProblem(ctx, 'unreadable-date', 'Last Updated has no date', linesRange(ctx, line, line));
        return undefined;
    }
    if (first.date === undefined) {
        addProblem(ctx, 'unreadable-date', `Last Updated date "${first.raw}" is not a valid date`, first.range);
    }
    return first.date;
}
/** `**Active Focus:** text` on one line, or the label followed by a list / paragraph. */
function readFocus(ctx, line, valueIndex) {
    const text = ctx.lines[line - 1] ?? '';
    const inline = text.slice(valueIndex).trim();
    if (inline !== '') {
        return {
            value: stripInlineMarkup(inline),
            raw: inline,
            range: linesRange(ctx, line, line, valueIndex + 1)
        };
    }
    // The value is the run of lines after the label, up to a blank line or a heading.
    let end = line;
    while (end < ctx.lines.length) {
        const next = ctx.lines[end] ?? '';
        if (next.trim() === '' || /^\s{0,3}#/.test(next))
            break;
        end += 1;
    }
    return spanOfLines(ctx, line + 1, end);
}
/** A `## Active Focus` / `## Current Focus` section's text, when it has any. */
function focusSection(ctx, headerEnd) {
    const blocks = ctx.blocks;
    for (let index = 0; index < blocks.length; index += 1) {
        const block = blocks[index];
        if (block === undefined || block.range.line > headerEnd)
            break;
        if (block.kind !== 'heading' || !FOCUS_HEADING.test(block.text))
            continue;
        let end = headerEnd;
        for (let next = index + 1; next < blocks.length; next += 1) {
            const candidate = blocks[next];
            if (candidate?.kind === 'heading' && candidate.depth <= block.depth) {
                end = candidate.range.line - 1;
                break;
            }
        }
        const last = lastContentLine(ctx, Math.min(end, headerEnd), block.range.line);
        if (last <= block.range.line)
            return undefined;
        return spanOfLines(ctx, block.range.line + 1, last);
    }
    return undefined;
}
function spanOfLines(ctx, start, end) {
    if (end < start) {
        const line = Math.max(1, start - 1);
        const length = (ctx.lines[line - 1] ?? '').length + 1;
        return { value: '', raw: '', range: { line, column: length, endLine: line, endColumn: length } };
    }
    const raw = ctx.lines.slice(start - 1, end).join('\n');
    const value = ctx.lines
        .slice(start - 1, end)
        .map((text) => text.trim())
        .filter((text) => text !== '')
        .join('\n');
    return { value, raw, range: linesRange(ctx, start, end) };
}
/** The table following an `Index` heading (before the next heading). */
function readIndexTable(ctx, headerEnd) {
    const blocks = ctx.blocks;
    for (let index = 0; index < blocks.length; index += 1) {
        const block = blocks[index];
        if (block === undefined || block.range.line > headerEnd)
            return undefined;
        if (block.kind !== 'heading' || !INDEX_HEADING.test(block.text.trim()))
            continue;
        for (let next = index + 1; next < blocks.length; next += 1) {
            const candidate = blocks[next];
            if (candidate === undefined || candidate.kind === 'heading')
                break;
            if (candidate.kind === 'table')
                return toIndexTable(ctx, candidate);
        }
        return readIndexList(ctx, index);
    }
    return undefined;
}
const LIST_INDEX_HEADERS = ['id', 'title', 'priority', 'status'];
/**
 * An index written as a list (possibly grouped under sub-headings):
 * `- [ID] Title — Priority: High, Status: pending (note)` or `- [ID] Title — done (note)`.
 */
function readIndexList(ctx, headingIndex) {
    const heading = ctx.blocks[headingIndex];
    if (heading?.kind !== 'heading')
        return undefined;
    const rows = [];
    let lastLine = heading.range.line;
    for (let next = headingIndex + 1; next < ctx.blocks.length; next += 1) {
        const block = ctx.blocks[next];
        if (block === undefined)
            break;
        if (block.kind === 'heading' && block.depth <= heading.depth)
            break;
        if (block.kind !== 'listItem' || block.depth !== 0)
            continue;
        const row = listIndexRow(ctx, block.text, block.range.line, block.contentColumn);
        if (row === undefined)
            continue;
        rows.push(row);
        lastLine = block.range.endLine;
    }
    if (rows.length === 0)
        return undefined;
    return {
        headers: [...LIST_INDEX_HEADERS],
        rows,
        range: linesRange(ctx, heading.range.line, lastLine)
    };
}
function listIndexRow(ctx, text, line, column) {
    const bracket = /^\[([^\]]{1,200})\]\s*/.exec(text);
    if (bracket === null)
        return undefined;
    const id = normalizeHyphens(bracket[1] ?? '');
    if (!ctx.idPattern.test(id))
        return undefined;
    const cell = (from, to) => {
        const raw = text.slice(from, to).trim();
        const start = from + (text.slice(from, to).length - text.slice(from, to).trimStart().length);
        return {
            value: stripInlineMarkup(raw),
            raw,
            range: { line, column: column + start, endLine: line, endColumn: column + start + raw.length }
        };
    };
    const titleStart = bracket[0].length;
    const dash = /\s[—–]\s/.exec(text.slice(titleStart));
    const titleEnd = dash === null ? text.length : titleStart + dash.index;
    const cells = { id: cell(1, 1 + (bracket[1] ?? '').length) };
    cells['title'] = cell(titleStart, titleEnd);
    if (dash !== null) {
        const tailStart = titleEnd + dash[0].length;
        const tail = text.slice(tailStart);
        const priority = /priority:\s*([^,;]*)/i.exec(tail);
        const status = /status:\s*/i.exec(tail);
        if (priority !== null) {
            const from = tailStart + priority.index + priority[0].length - (priority[1] ?? '').length;
            cells['priority'] = cell(from, from + (priority[1] ?? '').length);
        }
        if (status !== null)
            cells['status'] = cell(tailStart + status.index + status[0].length, text.length);
        else if (priority === null)
            cells['status'] = cell(tailStart, text.length);
    }
    return { id, cells, range: linesRange(ctx, line, line) };
}
function toIndexTable(ctx, table) {
    const headers = table.header.cells.map((cell) => stripInlineMarkup(cell.text).toLowerCase());
    const idColumn = Math.max(0, headers.indexOf('id'));
    const rows = [];
    for (const row of table.rows) {
        const range = linesRange(ctx, row.line, row.line);
        const idCell = row.cells[idColumn];
        const id = idCell === undefined ? undefined : idInCell(ctx, idCell.text);
        if (id === undefined) {
            addProblem(ctx, 'other', 'Index row without a readable entry id', range);
            continue;
        }
        const cells = {};
        row.cells.forEach((cell, column) => {
            const name = headers[column] ?? `column ${column + 1}`;
            cells[name] = {
                value: stripInlineMarkup(cell.text),
                raw: cell.text,
                range: { line: row.line, column: cell.column, endLine: row.line, endColumn: cell.endColumn }
            };
        });
        rows.push({ id, cells, range });
    }
    return { headers, rows, range: { ...table.range } };
}
/** `[ID](#anchor)`, `[ID]`, `` `ID` ``, `**ID**` or a bare id. */
function idInCell(ctx, text) {
    const bracket = /^\[([^\]]+)\]/.exec(text.trim());
    const candidate = normalizeHyphens(stripInlineMarkup(bracket?.[1] ?? text));
    return ctx.idPattern.test(candidate) ? candidate : undefined;
}

const SINGLE_FOCUS_SECTIONS = /^(?:status|current focus|attempts history|completed items)$/i;
/** Whether a document without entry headings is a one-initiative ledger (`## Status`, …). */
function isSingleFocus(ctx) {
    return ctx.blocks.some((block) => block.kind === 'heading' &&
        block.parent < 0 &&
        block.depth === 2 &&
        SINGLE_FOCUS_SECTIONS.test(stripInlineMarkup(block.text)));
}
/**
 * Reads a single-focus ledger as one level-0 entry: each `##` section becomes a field (`## Status`
 * → `status`, `## Attempts History` → `attempts`, …), `Name: value` items inside sections are
 * fields too, and `### <date> — …` headings under `## Attempts History` are its attempts.
 */
function readSingleFocus(ctx, title) {
    const problemsBefore = ctx.problems.length;
    const body = readEntryBody(ctx, undefined, 0, ctx.blocks.length, ctx.lines.length);
    const sections = sectionFields(ctx);
    const fields = [...sections, ...body.fields].sort((a, b) => a.range.line - b.range.line);
    const focus = sections.find((field) => field.key === 'current-focus');
    const named = identify(ctx, title, focus, body.attempts.map((attempt) => attempt.namedEntryId));
    const headingRange = title?.range ?? linesRange(ctx, 1, 1);
    const lastLine = Math.max(1, ctx.lines.length);
    const entry = {
        id: named.id,
        rawId: named.rawId,
        title: named.title,
        level: 0,
        headingRange: { ...headingRange },
        range: linesRange(ctx, 1, lastLine),
        fields,
        plans: [],
        attempts: body.attempts,
        artifacts: [],
        foldedHeadings: []
    };
    for (let index = problemsBefore; index < ctx.problems.length; index += 1) {
        const problem = ctx.problems[index];
        if (problem !== undefined && problem.entryId === undefined)
            problem.entryId = entry.id;
    }
    completeEntry(ctx, entry, { fields, attempts: body.attempts }, headingRange.endLine + 1, lastLine);
    return entry;
}
/** One field per `##` section: its first line is the value, its top-level items the items. */
function sectionFields(ctx) {
    const headings = [];
    ctx.blocks.forEach((block, index) => {
        if (block.kind === 'heading' && block.parent < 0 && block.depth <= 2)
            headings.push({ block, index });
    });
    const fields = [];
    headings.forEach(({ block, index }, position) => {
        if (block.depth !== 2)
            return;
        const next = headings[position + 1];
        const endIndex = next?.index ?? ctx.blocks.length;
        const end = lastContentLine(ctx, (next?.block.range.line ?? ctx.lines.length + 1) - 1, block.range.line);
        const name = stripInlineMarkup(block.text);
        const field = {
            name,
            key: canonicalFieldKey(name, ctx.config.dialect.fieldAliases),
            value: '',
            range: linesRange(ctx, block.range.line, end),
            valueRange: emptyRangeAfter(ctx, block.range.line),
            items: []
        };
        for (let line = block.range.line + 1; line <= end; line += 1) {
            const text = ctx.lines[line - 1] ?? '';
            if (text.trim() === '')
                continue;
            if (/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(text) || /^\s{0,3}#/.test(text))
                break;
            field.value = text.trim();
            const start = text.length - text.trimStart().length;
            field.valueRange = {
                line,
                column: start + 1,
                endLine: line,
                endColumn: text.trimEnd().length + 1
            };
            break;
        }
        for (let item = index + 1; item < endIndex; item += 1) {
            const candidate = ctx.blocks[item];
            if (candidate?.kind === 'listItem' && candidate.depth === 0) {
                field.items.push({
                    value: candidate.text,
                    raw: ctx.lines[candidate.range.line - 1] ?? '',
                    range: { ...candidate.range }
                });
            }
        }
        fields.push(field);
    });
    return fields;
}
function emptyRangeAfter(ctx, line) {
    const column = (ctx.lines[line - 1] ?? '').length + 1;
    return { line, column, endLine: line, endColumn: column };
}
/**
 * The initiative's id: from the document title, else the first id in the Current Focus section,
 * else the id most attempt headings name.
 */
function identify(ctx, title, focus, named) {
    const documentTitle = title?.value ?? '';
    const fromTitle = leadingId(ctx, documentTitle);
    if (fromTitle !== undefined)
        return fromTitle;
    const focusText = focus?.value ?? '';
    const fromFocus = leadingId(ctx, stripInlineMarkup(focusText));
    if (fromFocus !== undefined)
        return fromFocus;
    const counts = new Map();
    for (const id of named)
        if (id !== undefined)
            counts.set(id, (counts.get(id) ?? 0) + 1);
    let best;
    for (const [id, count] of counts)
        if (best === undefined || count > (counts.get(best) ?? 0))
            best = id;
    const id = best ?? 'LEDGER';
    return { id, rawId: id, title: documentTitle };
}
/** `ID — Title` / `ID: Title` / `[ID] Title`: an id (with a hyphen or digit) at the start. */
function leadingId(ctx, text) {
    const match = /^\[?([A-Za-z0-9][A-Za-z0-9_.\u2010-\u2013-]*)\]?\s*(?:[—–:-]\s*)?(.*)$/u.exec(text.trim());
    if (match === null)
        return undefined;
    const rawId = (match[1] ?? '').replace(/[.]+$/, '');
    const id = normalizeHyphens(rawId);
    if (!/[-\d]/.test(id) || !ctx.idPattern.test(id))
        return undefined;
    return { id, rawId, title: (match[2] ?? '').trim() };
}

/**
 * Parses a planning ledger (`docs/fix_plan.md`) into the model: header, index table and entries
 * with their fields and attempts. Two dialects: `## [ID] Title` entries, and the single-focus
 * document (`## Status`, `## Attempts History` …) read as one level-0 entry. Never throws: what
 * cannot be read becomes a ParseProblem.
 */
function parseLedger(file, text, config) {
    const document = {
        kind: 'ledger',
        file,
        dialect: 'entries',
        entries: [],
        problems: [],
        lineCount: 0
    };
    try {
        readLedger(document, text, config);
    }
    catch (error) {
        // A parser bug must not take the run down; it is reported like unreadable text.
        const message = error instanceof Error ? error.message : String(error);
        document.problems.push({
            kind: 'other',
            message: `Ledger could not be parsed: ${message}`,
            range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
        });
    }
    return document;
}
function readLedger(document, text, config) {
    const { lines, blocks } = scanDocument(text);
    document.lineCount = lines.length;
    const ctx = {
        file: document.file,
        lines,
        blocks,
        config,
        idPattern: compileIdPattern(config.dialect.entryIdPattern),
        problems: document.problems
    };
    if (lines.every((line) => line.trim() === '')) {
        addProblem(ctx, 'empty-file', 'The ledger is empty', linesRange(ctx, 1, 1));
        return;
    }
    const firstEntry = firstEntryLine(ctx);
    const singleFocus = firstEntry === undefined && isSingleFocus(ctx);
    const header = readHeader(ctx, firstEntry === undefined ? lines.length : firstEntry - 1);
    if (header.title !== undefined)
        document.title = header.title;
    if (header.lastUpdated !== undefined)
        document.lastUpdated = header.lastUpdated;
    if (header.activeFocus !== undefined)
        document.activeFocus = header.activeFocus;
    if (header.index !== undefined)
        document.index = header.index;
    if (singleFocus) {
        document.dialect = 'single-focus';
        document.entries = [readSingleFocus(ctx, header.title)];
    }
    else {
        document.entries = readEntries(ctx);
    }
    document.problems.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}

function markerVocabulary(config) {
    const states = config.vocabulary.taskStates;
    const known = [];
    const add = (tokens, state) => {
        for (const token of tokens)
            if (token.length > 0)
                known.push({ token, state });
    };
    add(states.open, 'open');
    add(states.partial, 'partial');
    add(states.done, 'done');
    known.sort((a, b) => b.token.length - a.token.length);
    return { known };
}
/** `[?]`: a one-character bracket, how every task-state marker is written. */
const BRACKET_MARKER = /\[[^\][]\]/;
/**
 * The first state marker in `text`: the earliest configured marker, or else a one-character
 * bracket such as `[-]` (state `unknown`, for the vocabulary rule to report). Only the first
 * `limit` characters are searched, so a long cell costs a bounded amount of work.
 */
function findMarker(text, vocabulary, limit = 200) {
    const head = text.length > limit ? text.slice(0, limit) : text;
    let best;
    for (const { token, state } of vocabulary.known) {
        const index = head.indexOf(token);
        if (index < 0)
            continue;
        if (best === undefined || index < best.index)
            best = { state, token, index };
    }
    const bracket = BRACKET_MARKER.exec(head);
    if (bracket !== null && (best === undefined || bracket.index < best.index)) {
        // A bracket before any known marker: unknown unless it is itself known (case variants).
        const token = bracket[0];
        const known = vocabulary.known.find((entry) => entry.token === token);
        return { state: known?.state ?? 'unknown', token, index: bracket.index };
    }
    return best;
}
/** The state of a marker written alone, e.g. a checkbox's `[x]`. */
function stateOf(token, vocabulary) {
    return vocabulary.known.find((entry) => entry.token === token)?.state ?? 'unknown';
}

/** A one-character checkbox at the start of the item's text. */
const CHECKBOX = /^\[([^\][])\](?=\s|$)/;
/** Characters written inside checkboxes that are not a known marker but still a checkbox. */
const CHECKBOX_CHARS = new Set([
    ' ',
    'x',
    'X',
    'P',
    'p',
    'D',
    'd',
    '~',
    '-',
    '/',
    '?',
    '!',
    '*',
    '>',
    '.'
]);
const ID = String.raw `[A-Z]{1,3}\d+[a-z]?(?:\.\d+[a-z]?)*|\d{1,3}(?:\.\d{1,3})*[a-z]?|[A-Z]\d*(?:\.[A-Z0-9]{1,3})+`;
/**
 * An id at the start of the text, wrapped in emphasis or backticks or followed by a separator:
 * `A1: …`, `**B2** — …`, `` `C3` …``, `3.1) …`. A bare number followed by a word (`3 tests
 * pass`) is prose, not an id.
 */
const LEADING_ID = new RegExp(String.raw `^(?:(\*\*|__|\x60)(${ID})\1\s*[:—–\-.)]?|(${ID})\s*[:—–)]|(${ID})\s+[—–-]\s)\s*`);
function readCheckboxTask(item, range, vocabulary, phaseId) {
    const checkbox = CHECKBOX.exec(item.text);
    if (checkbox === null)
        return undefined;
    const token = checkbox[0];
    const known = vocabulary.known.some((entry) => entry.token === token);
    if (!known && !CHECKBOX_CHARS.has(checkbox[1] ?? ''))
        return undefined;
    const afterBox = item.text.slice(token.length).trimStart();
    const idMatch = LEADING_ID.exec(afterBox);
    const id = idMatch === null ? '' : (idMatch[2] ?? idMatch[3] ?? idMatch[4] ?? '');
    const description = (idMatch === null ? afterBox : afterBox.slice(idMatch[0].length)).trim();
    const markerColumn = item.contentColumn;
    const task = {
        id,
        description,
        marker: token,
        state: stateOf(token, vocabulary),
        source: 'checkbox',
        range,
        markerRange: {
            line: item.range.line,
            column: markerColumn,
            endLine: item.range.line,
            endColumn: markerColumn + token.length
        }
    };
    if (phaseId !== undefined)
        task.phaseId = phaseId;
    return task;
}

const STRAY_ROW = /^\s*\|.*\|\s*$/;
const GLUED_CHECKBOX = /^\s*[-*+]\[[^\][]\]/;
/** Problems for the lines `firstLine..lastLine` (1-based) of a paragraph. */
function damagedTaskLines(lines, firstLine, lastLine, vocabulary) {
    const problems = [];
    for (let line = firstLine; line <= lastLine; line += 1) {
        const text = lines[line - 1] ?? '';
        const start = text.length - text.trimStart().length;
        const range = { line, column: start + 1, endLine: line, endColumn: text.trimEnd().length + 1 };
        if (GLUED_CHECKBOX.test(text)) {
            problems.push({
                kind: 'unreadable-task',
                message: 'Checkbox is glued to its list marker; write `- [ ]` with a space so it is a task',
                range
            });
        }
        else if (STRAY_ROW.test(text) && findMarker(text, vocabulary) !== undefined) {
            problems.push({
                kind: 'unreadable-task',
                message: 'Table row with a state marker is not part of a table (a blank line or a missing ' +
                    'delimiter row cuts it off), so it renders as text and the task is lost',
                range
            });
        }
    }
    return problems;
}

const FIELD_LINE = /^(\s*(?:[-*+]\s+)?)(\*\*|__)?(Goal|Goals|Prereqs?|Prerequisites|Exit Criteria|Exit criteria|Exit)(?::\2|\2:|:)\s*(?:(?:\*\*|__)\s*)?/;
const KEYS = {
    goal: 'goal',
    goals: 'goal',
    prereq: 'prereqs',
    prereqs: 'prereqs',
    prerequisites: 'prereqs',
    'exit criteria': 'exitCriteria',
    exit: 'exitCriteria'
};
/** Longest run of lines an empty field takes as its value. */
const MAX_VALUE_LINES = 40;
/** Reads line `index` (0-based) as a phase field, if it is one. */
function readPhaseField(lines, index, isBoundary) {
    const line = lines[index] ?? '';
    const match = FIELD_LINE.exec(line);
    if (match === null)
        return undefined;
    const key = KEYS[(match[3] ?? '').toLowerCase()];
    if (key === undefined)
        return undefined;
    const start = (match[1] ?? '').length;
    const valueStart = match[0].length;
    let value = line.slice(valueStart).trim();
    let endLine = index + 1;
    let endColumn = line.trimEnd().length + 1;
    if (value === '') {
        const parts = [];
        for (let next = index + 1; next < lines.length && next <= index + MAX_VALUE_LINES; next += 1) {
            const text = lines[next] ?? '';
            if (text.trim() === '' || isBoundary(next))
                break;
            parts.push(text.trim());
            endLine = next + 1;
            endColumn = text.trimEnd().length + 1;
        }
        value = parts.join('\n');
    }
    const raw = endLine === index + 1 ? line.slice(start).trimEnd() : rawOf(lines, index, endLine, start);
    return {
        key,
        spanned: {
            value,
            raw,
            range: { line: index + 1, column: start + 1, endLine, endColumn }
        },
        endLine
    };
}
function rawOf(lines, index, endLine, start) {
    const parts = [(lines[index] ?? '').slice(start).trimEnd()];
    for (let next = index + 1; next < endLine; next += 1)
        parts.push((lines[next] ?? '').trimEnd());
    return parts.join('\n');
}

/**
 * Phase headings: `### Phase A — Title`, `## Phase 3: Title`, `### Phase L — Title (Complete)`,
 * `#### Phase M4 Checklist — …`, `## Phase B.2 Title`, `### **Phase 1: Title**`.
 */
/**
 * Phase ids: a letter or two with optional digits and a lower-case suffix (`A`, `M4`, `M4a`),
 * a number (`3`, `12b`), and either with dotted parts (`B.2`, `3.1`, `P0.2`). The id must end
 * at a word boundary, so `Phase Status:` or `Phase Overview` are not phases.
 */
const PHASE_ID = String.raw `(?:[A-Z]{1,2}\d{0,3}[a-z]?|\d{1,3}[a-z]?)(?:\.(?:[A-Z]{1,2}\d{0,3}[a-z]?|\d{1,3}[a-z]?))*`;
const PHASE_HEADING = new RegExp(String.raw `^[Pp]hase\s+(${PHASE_ID})(?=$|[\s:—–\-.(),*_])(.*)$`);
const NO_ID = /^Phase\s*(?:[:—–]|-\s)/;
const COMPLETE_MARK = /\((?:[^()]*\s)?(?:complete|completed|done|closed)(?:\s[^()]*)?\)|✅|\[(?:x|X|D)\]\s*$/i;
/** Reads a heading's text (as the scanner gives it) as a phase heading, if it is one. */
function readPhaseHeading(text) {
    const bare = stripEmphasis(text);
    const match = PHASE_HEADING.exec(bare);
    if (match === null) {
        if (NO_ID.test(bare))
            return { kind: 'unreadable', reason: 'names no phase id' };
        return undefined;
    }
    const rawId = match[1] ?? '';
    let rest = (match[2] ?? '').replace(/^[*_]+/, '').trim();
    let checklist = false;
    const checklistWord = /^checklist\b/i.exec(rest);
    if (checklistWord !== null) {
        checklist = true;
        rest = rest.slice(checklistWord[0].length).trim();
    }
    const title = stripEmphasis(rest.replace(/^[:—–\-.]+/, '').trim());
    return { kind: 'phase', id: rawId, title, declaredComplete: COMPLETE_MARK.test(bare), checklist };
}
/** Removes emphasis around the heading (`**Phase 1: x**`) and a leading emoji or bullet. */
function stripEmphasis(text) {
    let result = text.trim();
    result = result.replace(/^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)+/u, '');
    result = result.replace(/^(?:\*\*|__|\*|_)+/, '').replace(/(?:\*\*|__|\*|_)+$/, '');
    return result.trim();
}

/** Headers naming an id column for sure; a row without an id there is damaged. */
const STRONG_ID_HEADERS = ['id', 'task id', 'task #', '#', 'no', 'no.'];
/** Headers that hold ids in some plans and a task's wording in others. */
const WEAK_ID_HEADERS = ['step', 'task', 'item'];
const STATE_HEADERS = ['state', 'status', 'done', 'progress', 'complete', 'completed', '✓', '✔'];
const DESCRIPTION_HEADERS = /task|description|title|deliverable|step|goal|item|action/i;
/** A task id as written in a cell: `A1`, `M4a`, `3.1`, `5.B`, `P0.2`, `B-2`. */
const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9.\-_]{0,23}$/;
function readTaskTable(table, lines, vocabulary, phaseId) {
    const columns = findColumns(table, vocabulary);
    if (columns === undefined)
        return { tasks: [], problems: [] };
    const tasks = [];
    const problems = [];
    for (const row of table.rows) {
        const stateCell = row.cells[columns.state];
        const idCell = columns.id === undefined ? undefined : row.cells[columns.id];
        let id = idCell === undefined ? '' : cleanId(idCell.text);
        let wording;
        // Under a `Task` / `Step` header, wording rather than an id: a task without an id.
        if (columns.weakId && !TASK_ID.test(id)) {
            wording = idCell?.text;
            id = '';
        }
        const marker = stateCell === undefined ? undefined : findMarker(stateCell.text, vocabulary);
        // Neither an id nor a state: a filler or separator row, not a task. A stateless row whose
        // first cell is no id (`| **Section 1: Setup** |`) is a caption between groups of tasks.
        if (marker === undefined && (id === '' || !TASK_ID.test(id)))
            continue;
        const rowRange = rangeOfRow(row, lines[row.line - 1] ?? '');
        if (id === '' && marker !== undefined && columns.id !== undefined && !columns.weakId) {
            problems.push({
                kind: 'unreadable-task',
                message: 'Task row has a state but no task id',
                range: rowRange
            });
        }
        else if (idCell !== undefined && id !== '' && !TASK_ID.test(id)) {
            problems.push({
                kind: 'unreadable-task',
                message: `Task id \`${shorten(idCell.text)}\` is not a task id (letters, digits, \`.\`, \`-\`)`,
                range: cellRange(row.line, idCell)
            });
        }
        const descriptionCell = columns.description === undefined ? undefined : row.cells[columns.description];
        const task = {
            id,
            description: descriptionCell?.text ?? wording ?? '',
            marker: stateCell?.text ?? '',
            state: marker?.state ?? 'unknown',
            source: 'table',
            range: rowRange,
            markerRange: stateCell === undefined ? endOfRow(row, rowRange) : cellRange(row.line, stateCell)
        };
        if (phaseId !== undefined)
            task.phaseId = phaseId;
        tasks.push(task);
    }
    return { tasks, problems };
}
function findColumns(table, vocabulary) {
    const headers = table.header.cells.map((cell) => normaliseHeader(cell.text));
    let state = headers.findIndex((header) => STATE_HEADERS.includes(header));
    if (state < 0)
        state = headers.findIndex((header) => /^(?:state|status)\b/.test(header));
    if (state < 0)
        return undefined;
    const hasMarker = table.rows.some((row) => {
        const cell = row.cells[state];
        return cell !== undefined && findMarker(cell.text, vocabulary) !== undefined;
    });
    if (!hasMarker)
        return undefined;
    let id;
    let weakId = false;
    for (const name of [...STRONG_ID_HEADERS, ...WEAK_ID_HEADERS]) {
        const index = headers.indexOf(name);
        if (index >= 0 && index !== state) {
            id = index;
            weakId = WEAK_ID_HEADERS.includes(name);
            break;
        }
    }
    // Under a weak id header holding wording, that column is the description too.
    const idHoldsWording = weakId &&
        id !== undefined &&
        !table.rows.some((row) => TASK_ID.test(cleanId(row.cells[id]?.text ?? '')));
    let description = idHoldsWording
        ? id
        : headers.findIndex((header, index) => index !== id && index !== state && DESCRIPTION_HEADERS.test(header));
    if (description < 0) {
        description = headers.findIndex((_, index) => index !== id && index !== state);
    }
    return { id, weakId, state, description: description < 0 ? undefined : description };
}
function normaliseHeader(text) {
    return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
/** `**A1**`, `` `B2` ``, `A1.` → the bare id; a dash or `n/a` filler → no id. */
function cleanId(text) {
    const id = text.replace(/[*`~]/g, '').trim().replace(/[.:]$/, '');
    return /^(?:-+|—|–|n\/a|tbd)$/i.test(id) ? '' : id;
}
/** The row's whole line, from its first to its last non-blank character. */
function rangeOfRow(row, line) {
    const start = line.length - line.trimStart().length;
    const end = line.trimEnd().length;
    return {
        line: row.line,
        column: start + 1,
        endLine: row.line,
        endColumn: Math.max(start, end) + 1
    };
}
function cellRange(line, cell) {
    return { line, column: cell.column, endLine: line, endColumn: cell.endColumn };
}
function endOfRow(row, rowRange) {
    return {
        line: row.line,
        column: rowRange.endColumn,
        endLine: row.line,
        endColumn: rowRange.endColumn
    };
}
function shorten(text) {
    return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * Reads a phased plan (`plans/active/<ID>/implementation.md`): its title, phase sections with
 * their Goal / Prereqs / Exit Criteria lines, the tasks of their tables and checkbox lists, and
 * the artifacts the plan cites. Never throws: anything that looks like a phase or a task but
 * cannot be read becomes a ParseProblem.
 */
function parsePlan(file, text, config) {
    const document = {
        kind: 'plan',
        file,
        phases: [],
        tasks: [],
        artifacts: [],
        problems: [],
        lineCount: 0
    };
    let scanned;
    try {
        scanned = scanDocument(text);
    }
    catch (error) {
        document.problems.push({
            kind: 'other',
            message: `The plan could not be scanned: ${String(error)}`,
            range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
        });
        return document;
    }
    document.lineCount = scanned.lines.length;
    try {
        new PlanReader(document, scanned, config).read();
    }
    catch (error) {
        document.problems.push({
            kind: 'other',
            message: `The plan could not be read completely: ${String(error)}`,
            range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
        });
    }
    return document;
}
/** Kinds of block whose lines are never structure nor prose to scan for paths. */
const OPAQUE = new Set(['fence', 'indentedCode', 'html']);
class PlanReader {
    document;
    config;
    lines;
    blocks;
    vocabulary;
    open = [];
    /** Lines (0-based) inside code or HTML blocks. */
    opaque;
    /** Lines (0-based) that start a block: a field value written below its label stops there. */
    blockStarts;
    /** For a list item (by block index), the line of its first nested list item. */
    firstChildItemLine = [];
    constructor(document, scanned, config) {
        this.document = document;
        this.config = config;
        this.lines = scanned.lines;
        this.blocks = scanned.blocks;
        this.vocabulary = markerVocabulary(config);
        this.opaque = new Array(this.lines.length).fill(false);
        this.blockStarts = new Array(this.lines.length).fill(false);
        for (const block of this.blocks) {
            if (block.kind === 'listItem' && block.parent >= 0) {
                this.firstChildItemLine[block.parent] ??= block.range.line;
            }
            this.blockStarts[block.range.line - 1] = block.kind !== 'paragraph';
            if (!OPAQUE.has(block.kind))
                continue;
            for (let line = block.range.line; line <= block.range.endLine; line += 1) {
                this.opaque[line - 1] = true;
            }
        }
    }
    read() {
        this.blocks.forEach((block, index) => {
            switch (block.kind) {
                case 'heading':
                    this.readHeading(block);
                    break;
                case 'table':
                    this.addTasks(readTaskTable(block, this.lines, this.vocabulary, this.currentPhaseId()));
                    break;
                case 'listItem':
                    this.readListItem(block, index);
                    break;
                case 'paragraph':
                    this.readFields(block.range.line, block.range.endLine);
                    this.addTasks({
                        tasks: [],
                        problems: damagedTaskLines(this.lines, block.range.line, block.range.endLine, this.vocabulary)
                    });
                    break;
            }
        });
        this.closePhasesFrom(0, this.lines.length);
        this.document.artifacts = this.readArtifacts();
    }
    readHeading(block) {
        if (block.leakedPrefix !== undefined) {
            this.problem('leaked-diff-marker', `Heading starts with a stray \`${block.leakedPrefix}\` (a leaked diff marker)`, block.range);
        }
        if (block.depth === 1 && this.document.title === undefined) {
            this.document.title = {
                value: block.text,
                raw: this.lines[block.range.line - 1]?.trim() ?? block.text,
                range: block.range
            };
        }
        // A heading closes every phase at its level or deeper.
        const closing = this.open.findIndex((open) => open.depth >= block.depth);
        if (closing >= 0)
            this.closePhasesFrom(closing, block.range.line - 1);
        const heading = readPhaseHeading(block.text);
        if (heading === undefined)
            return;
        if (heading.kind === 'unreadable') {
            this.problem('unreadable-phase', `Phase heading ${heading.reason}: "${block.text}"`, block.range);
            return;
        }
        // `### Phase 1 Completeness Evidence` inside `## Phase 1: …` is a part of that phase.
        if (this.open.some((open) => open.phase.id === heading.id))
            return;
        const phase = {
            id: heading.id,
            title: heading.title,
            headingRange: block.range,
            range: { ...block.range },
            tasks: [],
            declaredComplete: heading.declaredComplete
        };
        this.document.phases.push(phase);
        this.open.push({ phase, depth: block.depth });
    }
    readListItem(item, index) {
        if (item.leakedPrefix !== undefined) {
            this.problem('leaked-diff-marker', `List item starts with a stray \`${item.leakedPrefix}\` (a leaked diff marker)`, item.range);
        }
        const task = readCheckboxTask(item, this.ownRange(item, index), this.vocabulary, this.currentPhaseId());
        if (task !== undefined)
            this.addTasks({ tasks: [task], problems: [] });
        else
            this.readFields(item.range.line, item.range.line);
    }
    /** The item's own lines: up to its first nested list item. */
    ownRange(item, index) {
        const firstChild = this.firstChildItemLine[index];
        let endLine = firstChild === undefined ? item.range.endLine : Math.max(item.range.line, firstChild - 1);
        while (endLine > item.range.line && (this.lines[endLine - 1] ?? '').trim() === '')
            endLine -= 1;
        const last = this.lines[endLine - 1] ?? '';
        return {
            line: item.range.line,
            column: item.range.column,
            endLine,
            endColumn: endLine === item.range.line ? item.range.endColumn : last.trimEnd().length + 1
        };
    }
    /** Goal / Prereqs / Exit Criteria lines of the innermost open phase. */
    readFields(firstLine, lastLine) {
        const open = this.open[this.open.length - 1];
        if (open === undefined)
            return;
        for (let index = firstLine - 1; index < lastLine; index += 1) {
            const field = readPhaseField(this.lines, index, (line) => this.isBoundary(line));
            if (field === undefined)
                continue;
            if (open.phase[field.key] === undefined)
                open.phase[field.key] = field.spanned;
            index = Math.max(index, field.endLine - 1);
        }
    }
    isBoundary(index) {
        return this.opaque[index] === true || this.blockStarts[index] === true;
    }
    addTasks(result) {
        const phase = this.open[this.open.length - 1]?.phase;
        for (const task of result.tasks) {
            this.document.tasks.push(task);
            phase?.tasks.push(task);
        }
        for (const problem of result.problems)
            this.document.problems.push(problem);
    }
    currentPhaseId() {
        return this.open[this.open.length - 1]?.phase.id;
    }
    /** Closes the open phases from stack position `from`; they end at line `lastLine` at most. */
    closePhasesFrom(from, lastLine) {
        let end = Math.min(lastLine, this.lines.length);
        while (end > 0 && (this.lines[end - 1] ?? '').trim() === '')
            end -= 1;
        for (const { phase } of this.open.splice(from)) {
            const endLine = Math.max(end, phase.headingRange.line);
            const text = this.lines[endLine - 1] ?? '';
            phase.range = {
                line: phase.headingRange.line,
                column: phase.headingRange.column,
                endLine,
                endColumn: endLine === phase.headingRange.line ? phase.headingRange.endColumn : text.length + 1
            };
        }
    }
    /**
     * Artifact references of the plan, one scan per top-level block (one per table row), so
     * relative shorthand never reaches from one task into another. Code blocks and HTML are
     * skipped: commands there are instructions, not citations.
     */
    readArtifacts() {
        const refs = [];
        const options = {
            maxExpansion: this.config.artifacts.maxExpansion,
            ...planFolder(this.document.file)
        };
        const scan = (segments) => {
            if (segments.length === 0)
                return;
            // One by one: a block citing a huge number of paths must not overflow `push`'s arguments.
            for (const ref of extractArtifacts(segments, options))
                refs.push(ref);
        };
        for (const block of this.blocks) {
            if (block.parent !== -1 || OPAQUE.has(block.kind))
                continue;
            if (block.kind === 'table') {
                for (const row of block.rows)
                    scan(this.segments(row.line, row.line));
                continue;
            }
            scan(this.segments(block.range.line, block.range.endLine));
        }
        return refs;
    }
    segments(firstLine, lastLine) {
        const segments = [];
        for (let line = firstLine; line <= lastLine; line += 1) {
            if (this.opaque[line - 1] === true)
                continue;
            const text = this.lines[line - 1] ?? '';
            if (text.trim() !== '')
                segments.push({ text, line, column: 1 });
        }
        return segments;
    }
    problem(kind, message, range) {
        this.document.problems.push({ kind, message, range });
    }
}
/** A plan that owns its folder (`plans/…/<ID>/implementation.md`) cites `reports/<stamp>/` from it. */
function planFolder(file) {
    const match = /^(plans\/(?:.+\/)?[^/]+)\/(?:implementation|plan)\.md$/.exec(file);
    return match?.[1] === undefined ? {} : { baseDir: match[1] };
}

const defaultParsers = {
    ledger: parseLedger,
    plan: parsePlan
};

/** How deep below a report root timestamped folders are looked for (`reports/<topic>/<phase>/<ts>`). */
const MAX_REPORT_DEPTH = 6;
/** How deep a report-root pattern may reach from its static base. */
const MAX_ROOT_DEPTH = 8;
/**
 * A folder name that starts like an ISO-8601 date or timestamp: `2025-10-17`, `2025-10-17T025000Z`,
 * `20251008T215755Z`, `2026-01-22T02:40Z`, optionally followed by `-suffix`.
 */
const STAMP = /^(\d{4})(-?)(\d{2})\2(\d{2})(?:[T_](\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?Z?)?(?=$|[-_.+ ])/i;
/** Parses a folder name as a timestamp; undefined when it does not look like one. */
function parseFolderStamp(name) {
    const match = STAMP.exec(name);
    if (!match)
        return { looksLikeStamp: false };
    const [raw, year, , month, day, hour, minute, second] = match;
    const parts = [year, month, day, hour ?? '0', minute ?? '0', second ?? '0'].map(Number);
    const [y, mo, d, h, mi, s] = parts;
    const epochMs = Date.UTC(y, mo - 1, d, h, mi, s);
    const check = new Date(epochMs);
    const valid = check.getUTCFullYear() === y &&
        check.getUTCMonth() === mo - 1 &&
        check.getUTCDate() === d &&
        h < 24 &&
        mi < 60 &&
        s < 60;
    if (!valid)
        return { looksLikeStamp: true };
    const text = raw ?? name;
    return {
        looksLikeStamp: true,
        date: {
            raw: text,
            epochMs,
            precision: second !== undefined ? 'second' : hour !== undefined ? 'minute' : 'day',
            range: { line: 1, column: 1, endLine: 1, endColumn: 1 + text.length }
        }
    };
}
/** Every timestamp-named folder under the configured report roots. */
function findReportFolders(fs, roots, ignore) {
    const isIgnored = exclusionMatcher(ignore);
    const folders = new Map();
    for (const root of matchingDirs(fs, roots)) {
        collectStampedFolders(fs, root, 0, isIgnored, folders);
    }
    return [...folders.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function collectStampedFolders(fs, dir, depth, isIgnored, out) {
    if (depth >= MAX_REPORT_DEPTH)
        return;
    for (const name of fs.list(dir) ?? []) {
        const path = dir === '' ? name : `${dir}/${name}`;
        if (name === 'node_modules' || isIgnored(path) || fs.stat(path) !== 'dir')
            continue;
        const stamp = parseFolderStamp(name);
        if (stamp.looksLikeStamp) {
            out.set(path, { path, name, ...(stamp.date ? { date: stamp.date } : {}) });
        }
        else {
            collectStampedFolders(fs, path, depth + 1, isIgnored, out);
        }
    }
}
/** Folders matching glob patterns, found by walking from each pattern's static base. */
function matchingDirs(fs, patterns) {
    const found = new Set();
    for (const pattern of patterns) {
        const { base, isGlob } = picomatch.scan(pattern);
        const start = normalizeRepoPath(base);
        if (start === undefined)
            continue;
        if (!isGlob) {
            const path = normalizeRepoPath(pattern);
            if (path !== undefined && fs.stat(path) === 'dir')
                found.add(path);
            continue;
        }
        const matches = picomatch(pattern.replace(/\/+$/, ''), { dot: true });
        const visit = (dir, depth) => {
            if (dir !== '' && matches(dir))
                found.add(dir);
            if (depth >= MAX_ROOT_DEPTH)
                return;
            for (const name of fs.list(dir) ?? []) {
                if (name === 'node_modules')
                    continue;
                const child = dir === '' ? name : `${dir}/${name}`;
                if (fs.stat(child) === 'dir')
                    visit(child, depth + 1);
            }
        };
        if (start === '' || fs.stat(start) === 'dir')
            visit(start, 0);
    }
    return [...found].sort();
}

/** Names a linked plan folder may hold its plan under, in order of preference. */
const PLAN_FILE_NAMES = ['implementation.md', 'plan.md'];
function loadProject(fs, config, now, parsers = defaultParsers) {
    const sources = new Map();
    const { ignore } = config.files;
    const ledgerFiles = fs.glob(config.files.ledgers, ignore);
    const ledgers = [];
    for (const file of ledgerFiles) {
        const ledger = parseDocument(fs, file, sources, {
            parse: (text) => parsers.ledger(file, text, config),
            unreadable: (problem) => unreadableLedger(file, problem)
        });
        if (ledger)
            ledgers.push(ledger);
    }
    const archiveLedgers = loadArchiveLedgers(fs, config, parsers, ledgerFiles);
    const archiveFiles = archiveLedgers.map((archive) => archive.file);
    // A file is read as one kind of document only: a ledger is never also a plan.
    const planFiles = new Set([...fs.glob(config.files.plans, ignore), ...linkedPlanFiles(fs, config, ledgers)].filter((file) => !ledgerFiles.includes(file) && !archiveFiles.includes(file)));
    const plans = [];
    for (const file of [...planFiles].sort()) {
        const plan = parseDocument(fs, file, sources, {
            parse: (text) => parsers.plan(file, text, config),
            unreadable: (problem) => unreadablePlan(file, problem)
        });
        if (plan)
            plans.push(plan);
    }
    const reportFolders = findReportFolders(fs, config.files.reportRoots, ignore);
    return {
        project: { ledgers, archiveLedgers, plans, reportFolders, fs, now, config },
        sources
    };
}
/**
 * The archive ledgers: parsed so rules can look archived ids up, but kept out of `sources` (no
 * suppressions) and out of `ledgers` (no rule checks history). A file that is also a ledger is
 * read as a ledger only.
 */
function loadArchiveLedgers(fs, config, parsers, ledgerFiles) {
    const archives = [];
    const texts = new Map();
    for (const file of fs.glob(config.files.archiveLedgers, config.files.ignore)) {
        if (ledgerFiles.includes(file))
            continue;
        const archive = parseDocument(fs, file, texts, {
            parse: (text) => parsers.ledger(file, text, config),
            unreadable: (problem) => unreadableLedger(file, problem)
        });
        if (archive)
            archives.push(withSummaryEntries(archive, texts.get(file) ?? '', config));
    }
    return archives;
}
/** Reads and parses one document; a parser that throws still yields a document with a problem. */
function parseDocument(fs, file, sources, handlers) {
    const source = readDocument(fs, file);
    if (!source)
        return undefined;
    if (source.kind === 'unreadable')
        return handlers.unreadable(source.problem);
    sources.set(file, source.text);
    let document;
    try {
        document = handlers.parse(source.text);
    }
    catch (error) {
        return handlers.unreadable({
            kind: 'other',
            message: `${file} could not be parsed (parser failure: ${errorMessage(error)})`,
            range: FILE_START
        });
    }
    document.problems.unshift(...source.problems);
    return document;
}
/**
 * Plan files the ledger entries link to: a Markdown file directly, or a plan file inside a linked
 * folder. Archived and ignored plans are left out; they are not checked as active plans.
 */
function linkedPlanFiles(fs, config, ledgers) {
    const excluded = exclusionMatcher([...config.files.archivedPlans, ...config.files.ignore]);
    const found = new Set();
    for (const ledger of ledgers) {
        for (const entry of ledger.entries) {
            for (const link of entry.plans) {
                const file = planFileAt(fs, link.path);
                if (file !== undefined && !excluded(file))
                    found.add(file);
            }
        }
    }
    return [...found];
}
function planFileAt(fs, linkPath) {
    const path = normalizeRepoPath(linkPath);
    if (!path)
        return undefined;
    const type = fs.stat(path);
    if (type === 'file')
        return /\.(md|markdown)$/i.test(path) ? path : undefined;
    if (type !== 'dir')
        return undefined;
    return PLAN_FILE_NAMES.map((name) => `${path}/${name}`).find((file) => fs.stat(file) === 'file');
}

/**
 * The few git questions planguard asks, each one `git` process run without a shell and with
 * bounded output. Outside a git repository they answer "unknown" (undefined) instead of failing.
 */
/** Default ceiling on what one git command may print. */
const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;
class GitCommandError extends Error {
    args;
    stderr;
    exitCode;
    constructor(args, stderr, exitCode) {
        super(`git ${args.join(' ')} failed${stderr ? `: ${stderr.trim()}` : ''}`);
        this.args = args;
        this.stderr = stderr;
        this.exitCode = exitCode;
        this.name = 'GitCommandError';
    }
}
/** Runs `git <args>` in `cwd` and resolves with its standard output. */
function runGit(cwd, args, options = {}) {
    return new Promise((resolvePromise, reject) => {
        const child = execFile('git', args, {
            cwd,
            encoding: 'buffer',
            maxBuffer: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT,
            env: gitEnvironment(),
            windowsHide: true
        }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code;
                reject(new GitCommandError(args, stderr?.toString('utf8') ?? errorMessage(error), code));
            }
            else {
                resolvePromise(stdout);
            }
        });
        child.stdin?.on('error', () => {
            // git may exit before reading all of its input; the exit status tells what happened.
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        else
            child.stdin?.end();
    });
}
/** The environment without variables that would point git at another repository. */
function gitEnvironment() {
    const env = { ...process.env };
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY']) {
        delete env[name];
    }
    env.GIT_TERMINAL_PROMPT = '0';
    return env;
}
async function gitText(cwd, args) {
    try {
        return (await runGit(cwd, args)).toString('utf8').trim();
    }
    catch {
        return undefined;
    }
}
/** Whether `root` is inside a git work tree. */
async function isGitRepository(root) {
    return (await gitText(root, ['rev-parse', '--is-inside-work-tree'])) === 'true';
}
/** The committer date of HEAD, or undefined outside a repository or before the first commit. */
async function headCommitDate(root) {
    const text = await gitText(root, ['log', '-1', '--format=%cI', 'HEAD']);
    if (!text)
        return undefined;
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** The commit id a ref names, or undefined when it names no commit present in this clone. */
async function resolveRef(root, ref) {
    if (ref.startsWith('-'))
        return undefined;
    const sha = await gitText(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}
/** Like resolveRef, but a missing revision is an error that says how to make it present. */
async function requireRef(root, ref) {
    const sha = await resolveRef(root, ref);
    if (sha)
        return sha;
    if (!(await isGitRepository(root))) {
        throw new PlanguardError('usage', `${root} is not a git repository, so --base ${ref} cannot be used`);
    }
    const shallow = (await gitText(root, ['rev-parse', '--is-shallow-repository'])) === 'true';
    throw new PlanguardError('io', `revision ${ref} is not present in this clone` +
        (shallow
            ? ' (the clone is shallow: fetch more history, e.g. actions/checkout with fetch-depth: 0, or git fetch origin ' +
                `${ref})`
            : ''));
}
/** The best common ancestor of two revisions, or undefined (unrelated histories, shallow clone). */
async function mergeBase(root, a, b) {
    if (a.startsWith('-') || b.startsWith('-'))
        return undefined;
    const sha = await gitText(root, ['merge-base', a, b]);
    return sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha.split('\n')[0] : undefined;
}

/**
 * Accepted findings: a JSON file listing what a repository has decided to live with for now.
 * Findings whose fingerprint is in the baseline are not reported.
 */
const baselineEntrySchema = object({
    ruleId: string$1(),
    file: string$1(),
    fingerprint: string$1().min(1),
    message: string$1()
});
const baselineSchema = object({
    version: literal(1),
    findings: array(baselineEntrySchema)
});
/** The baseline of a set of findings, sorted so that the file diffs well. */
function createBaseline(findings) {
    const entries = findings.map(({ ruleId, file, fingerprint, message }) => ({
        ruleId,
        file,
        fingerprint,
        message
    }));
    entries.sort((a, b) => compare(a.file, b.file) ||
        compare(a.ruleId, b.ruleId) ||
        compare(a.fingerprint, b.fingerprint));
    return { version: 1, findings: dedupe(entries) };
}
function serializeBaseline(baseline) {
    return `${JSON.stringify(baseline, null, 2)}\n`;
}
function parseBaseline(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const message = errorMessage(error);
        const { line, column } = jsonErrorPosition(text, message);
        throw new PlanguardError('config', `${formatLocation(file, line, column)}: baseline is not valid JSON: ${message}`, { file, line, column });
    }
    const result = baselineSchema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : 'document';
        throw new PlanguardError('config', `${file}: not a planguard baseline (version 1): ${where}: ${issue?.message ?? 'invalid'}`, { file });
    }
    return result.data;
}
/**
 * Where JSON.parse stopped, as a 1-based line and column: from `at position N` (Node 20) or
 * `(line L column C)` (later Node versions); the end of the text when it ran out.
 */
function jsonErrorPosition(text, message) {
    const explicit = /\(line (\d+) column (\d+)\)/.exec(message);
    if (explicit)
        return { line: Number(explicit[1]), column: Number(explicit[2]) };
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Math.min(Number(position[1]), text.length) : text.length;
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
function loadBaseline(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new PlanguardError('io', `cannot read baseline ${path}: ${errorMessage(error)}`, {
            file: path,
            cause: error
        });
    }
    return parseBaseline(text, path);
}
/** Splits findings into those still reported and those the baseline accepts. */
function applyBaseline(findings, baseline) {
    const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint));
    const kept = [];
    const baselined = [];
    for (const finding of findings)
        (accepted.has(finding.fingerprint) ? baselined : kept).push(finding);
    return { kept, baselined };
}
function dedupe(entries) {
    return entries.filter((entry, i) => i === 0 || entries[i - 1]?.fingerprint !== entry.fingerprint);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A working tree on disk, confined to its root: every path is resolved through its symlinks and
 * treated as absent when it lands outside the root or inside a `.git` folder.
 */
class DiskRepoFS extends BaseRepoFS {
    root;
    maxFileBytes;
    /** Real paths already known from a folder listing, so a walk costs one readdir per folder. */
    knownReal = new Map();
    constructor(root, options = {}) {
        super();
        try {
            this.root = realpathSync.native(resolve(root));
        }
        catch (error) {
            throw new PlanguardError('io', `repository root not found: ${root}`, { cause: error });
        }
        if (!statSync(this.root).isDirectory()) {
            throw new PlanguardError('io', `repository root is not a folder: ${root}`);
        }
        this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    }
    statPath(path) {
        const known = this.knownReal.get(path);
        if (known)
            return known.type;
        const real = this.realPath(path);
        if (real === undefined)
            return undefined;
        const stats = statSync(real);
        if (stats.isFile())
            return 'file';
        if (stats.isDirectory())
            return 'dir';
        return undefined;
    }
    listPath(dir) {
        const real = this.realPath(dir);
        if (real === undefined)
            return undefined;
        const entries = readdirSync(real, { withFileTypes: true });
        for (const entry of entries) {
            // Symlinks are resolved (and confined) on demand; plain entries need no further syscall.
            if (entry.isSymbolicLink() || entry.name.toLowerCase() === '.git')
                continue;
            const type = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : undefined;
            const child = dir === '' ? entry.name : `${dir}/${entry.name}`;
            this.knownReal.set(child, { real: join(real, entry.name), type });
        }
        return entries.map((entry) => entry.name);
    }
    readPath(path, maxBytes) {
        const real = this.realPath(path);
        if (real === undefined)
            return undefined;
        const size = statSync(real).size;
        if (size > maxBytes)
            return tooLarge(size, maxBytes);
        const bytes = new Uint8Array(readFileSync(real));
        return { text: decodeText(bytes), bytes, size: bytes.length };
    }
    /** Resolves the symlinks only to say where they lead; nothing there is read. */
    refusedPath(path) {
        let real;
        try {
            real = realpathSync.native(join(this.root, ...path.split('/')));
        }
        catch {
            return undefined;
        }
        if (real !== this.root && !real.startsWith(this.root + sep))
            return 'outside-root';
        const inside = relative(this.root, real).split(sep);
        return inside.some((segment) => segment.toLowerCase() === '.git') ? 'git-internal' : undefined;
    }
    identity(path) {
        return this.realPath(path);
    }
    /** The real location of a repository path, or undefined when it escapes the root or enters `.git`. */
    realPath(path) {
        const known = this.knownReal.get(path);
        if (known)
            return known.real;
        const full = path === '' ? this.root : join(this.root, ...path.split('/'));
        // Most paths asked about and absent are cited files that were never committed: existsSync
        // answers without the exception (and its stack trace) realpathSync throws for them.
        if (!existsSync(full))
            return undefined;
        let real;
        try {
            real = realpathSync.native(full);
        }
        catch {
            return undefined;
        }
        if (real === this.root)
            return real;
        if (!real.startsWith(this.root + sep))
            return undefined;
        const inside = relative(this.root, real).split(sep);
        if (inside.some((segment) => segment.toLowerCase() === '.git'))
            return undefined;
        return real;
    }
}

export { BaseRepoFS as B, CONFIG_CANDIDATES as C, DEFAULT_MAX_FILE_BYTES as D, FILE_START as F, GitCommandError as G, MAX_DOCUMENT_BYTES as M, ancestorDirs as a, runGit as b, DiskRepoFS as c, decodeText as d, loadProject as e, createBaseline as f, requireRef as g, headCommitDate as h, applyBaseline as i, joinRepoPath as j, loadBaseline as k, loadConfig as l, mergeBase as m, normalizeRepoPath as n, parentDir as p, resolveRef as r, serializeBaseline as s, tooLarge as t };
