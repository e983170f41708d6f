'use strict';

var minpath = require('node:path');
var node_fs = require('node:fs');
var cliMain = require('./cli-main-DsCnXIRq.cjs');
var crypto = require('node:crypto');
var node_buffer = require('node:buffer');

function _interopNamespaceDefault(e) {
    var n = Object.create(null);
    if (e) {
        Object.keys(e).forEach(function (k) {
            if (k !== 'default') {
                var d = Object.getOwnPropertyDescriptor(e, k);
                Object.defineProperty(n, k, d.get ? d : {
                    enumerable: true,
                    get: function () { return e[k]; }
                });
            }
        });
    }
    n.default = e;
    return Object.freeze(n);
}

var crypto__namespace = /*#__PURE__*/_interopNamespaceDefault(crypto);

/**
 * What `.github/planguard.yml` defaults to, as plain data: a repository without configuration is
 * checked without loading zod. schema.ts states the same defaults; a test proves them equal.
 */
const DEFAULT_FIELD_ALIASES = {
    status: 'status',
    priority: 'priority',
    'working plan': 'plan',
    'linked plan': 'plan',
    plan: 'plan',
    plans: 'plan',
    'plan reference': 'plan',
    'plan references': 'plan',
    'plan reference(s)': 'plan',
    'attempts history': 'attempts',
    attempts: 'attempts',
    'exit criteria': 'exit-criteria',
    'return condition': 'exit-criteria',
    'owner/date': 'owner',
    owner: 'owner',
    'depends on': 'depends-on',
    dependencies: 'depends-on',
    'reports hub': 'reports-hub',
    reproduction: 'reproduction',
    'spec/at': 'spec'
};
/** The configuration with every default applied (a fresh copy: callers may change it). */
function defaultConfig() {
    return {
        files: {
            ledgers: ['docs/fix_plan.md'],
            archiveLedgers: ['docs/fix_plan_archive.md', 'archive/fix_plan_archive.md'],
            plans: [
                'plans/active/*/implementation.md',
                'plans/active/*/plan.md',
                'plans/active/*/*/implementation.md',
                'plans/active/*/*/plan.md'
            ],
            archivedPlans: ['plans/archive/**'],
            reportRoots: ['plans/active/*/reports', 'reports'],
            ignore: [],
            ignoreSections: []
        },
        dialect: {
            entryHeadingLevels: [2, 3],
            fieldAliases: {},
            attemptOrder: 'auto',
            entryIdPattern: '[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)*'
        },
        vocabulary: {
            status: [
                'pending',
                'in_progress',
                'in_planning',
                'planning',
                'ready',
                'blocked',
                'paused',
                'done',
                'complete',
                'completed',
                'archived',
                'superseded',
                'deferred',
                'cancelled',
                'active',
                'open',
                'closed'
            ],
            doneStatus: [
                'done',
                'complete',
                'completed',
                'archived',
                'closed',
                'superseded',
                'cancelled'
            ],
            priority: ['Critical', 'High', 'Medium', 'Low', 'P0', 'P1', 'P2', 'P3'],
            taskStates: {
                open: ['[ ]'],
                partial: ['[P]', '[p]', '[~]'],
                done: ['[x]', '[X]', '[D]', '[d]']
            }
        },
        artifacts: { maxExpansion: 256 },
        rules: {}
    };
}

/** Where a repository keeps its configuration, first match wins. */
const CONFIG_CANDIDATES = ['.github/planguard.yml', '.github/planguard.yaml'];
/**
 * Finds, reads and validates the configuration; the defaults when there is no file. Only a
 * configuration file loads the YAML parser and zod.
 */
async function loadConfig(options = {}) {
    const { rules } = options;
    if (options.path !== undefined) {
        const file = minpath.isAbsolute(options.path)
            ? options.path
            : minpath.resolve(options.root ?? '.', options.path);
        let text;
        try {
            text = node_fs.readFileSync(file, 'utf8');
        }
        catch (error) {
            throw new cliMain.PlanguardError('io', `cannot read configuration file ${options.path}: ${cliMain.errorMessage(error)}`, {
                file: options.path,
                cause: error
            });
        }
        return { config: await parseConfigFile(text, options.path, rules), file: options.path };
    }
    for (const candidate of CONFIG_CANDIDATES) {
        const content = options.fs?.read(candidate, { maxBytes: MAX_CONFIG_BYTES });
        if (content === undefined) {
            refuseUnreadable(options.fs, candidate);
            continue;
        }
        if (content.tooLarge) {
            throw new cliMain.PlanguardError('config', `${candidate}: configuration file is too large`, {
                file: candidate
            });
        }
        return { config: await parseConfigFile(content.text, candidate, rules), file: candidate };
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
    throw new cliMain.PlanguardError('config', `${candidate}: the configuration file ${problem}`, {
        file: candidate
    });
}
async function parseConfigFile(text, file, rules) {
    const { parseConfig } = await Promise.resolve().then(function () { return require('./parse-8NgZFCxQ.cjs'); });
    return parseConfig(text, file, rules);
}

/**
 * Line-independent identity of a finding: a hash of rule id, file and entity. Moving text around
 * keeps it; changing what the finding is about changes it.
 */
function fingerprintOf(ruleId, file, entity) {
    return sha256Hex(`${ruleId}\0${file}\0${entity}`).slice(0, 32);
}
/** One-shot `crypto.hash` where Node has it (20.12+): no Hash object per finding. */
const oneShot = crypto__namespace
    .hash;
function sha256Hex(text) {
    if (oneShot !== undefined)
        return oneShot('sha256', text, 'hex');
    return crypto__namespace.createHash('sha256').update(text).digest('hex');
}
/**
 * Gives every finding its fingerprint. Findings that share rule, file and entity are told apart by
 * their order of occurrence (the second gets index 1, …), so the input should already be sorted.
 */
function assignFingerprints(findings) {
    const seen = new Map();
    return findings.map((finding) => {
        const base = fingerprintOf(finding.ruleId, finding.file, finding.entity);
        const occurrence = seen.get(base) ?? 0;
        seen.set(base, occurrence + 1);
        const fingerprint = occurrence === 0
            ? base
            : fingerprintOf(finding.ruleId, finding.file, `${finding.entity}#${occurrence}`);
        return { ...finding, fingerprint };
    });
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
    return node_buffer.isUtf8(bytes);
}
/** Whether the bytes look binary: a NUL byte within the first 8 KB, as git decides. */
function looksBinary(bytes) {
    const end = Math.min(bytes.length, 8000);
    for (let i = 0; i < end; i++)
        if (bytes[i] === 0)
            return true;
    return false;
}

/** Bytes held in memory. */
class MemoryBytes {
    #buffer;
    constructor(bytes) {
        this.#buffer = node_buffer.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    get size() {
        return this.#buffer.length;
    }
    read(start, end) {
        return this.#buffer.subarray(start, end);
    }
    utf8(start, end) {
        return this.#buffer.toString('utf8', start, end);
    }
}
/**
 * The text of a large document, kept as its UTF-8 bytes and decoded a line at a time.
 *
 * A 20 MB ledger decoded at once is a 42 MB two-byte string (a dash on most lines makes the
 * whole string two-byte) that lives as long as the run. Held as bytes (or left in its file) it
 * costs its size at most once, and a line is decoded when it is read. A line here ends at a `\n`
 * byte, which never belongs to a multi-byte sequence and ends any broken one, so decoding line by
 * line gives exactly the characters decoding the whole file gives (`decodeText`: invalid
 * sequences become U+FFFD, a leading BOM is dropped). Each decoded line is a string of its own: a
 * title or a path kept from it keeps that line alive, never the document.
 */
class PagedText {
    #source;
    #facts;
    /** UTF-16 length of each line once it has been decoded (-1 before). */
    #lengths;
    #recent = new RecentLines();
    constructor(source, facts) {
        this.#source = source;
        this.#facts = facts;
        this.#lengths = new Int32Array(facts.newlines.length + 1).fill(-1);
    }
    /** A paged text over bytes in memory. */
    static fromBytes(bytes) {
        const source = new MemoryBytes(bytes);
        return new PagedText(source, scanBytes(source));
    }
    /** Size of the text in bytes. */
    get size() {
        return this.#source.size;
    }
    /** Whether the bytes are valid UTF-8. */
    get isValidUtf8() {
        return this.#facts.valid;
    }
    /** Whether the bytes look binary (a NUL byte within the first 8000). */
    get looksBinary() {
        return this.#facts.binary;
    }
    /** All the bytes, in a buffer of their own (read again from a file). */
    get bytes() {
        return Uint8Array.from(this.#source.read(0, this.size));
    }
    /** Lines separated by `\n` (a final empty one after a final `\n`); at least one. */
    get lineCount() {
        return this.#facts.newlines.length + 1;
    }
    /** Whether every `\r` of the text is followed by a `\n` (so `\r` ends no line by itself). */
    get carriageReturnsBeforeNewlines() {
        return this.#facts.carriageReturns !== 'alone';
    }
    /** Line `index` (0-based), without its `\n` (a `\r` before it is kept); `''` outside. */
    line(index) {
        if (!(index >= 0 && index < this.lineCount))
            return '';
        const recent = this.#recent.get(index);
        if (recent !== undefined)
            return recent;
        const start = this.#start(index);
        const end = this.#end(index);
        // Only the first line may start with a BOM to drop; the text decoder alone drops it. On
        // valid UTF-8 every decoder agrees, and Buffer's is the quicker.
        const text = this.#facts.valid && start > 0
            ? this.#source.utf8(start, end)
            : (start === 0 ? firstLineDecoder : laterLineDecoder).decode(this.#source.read(start, end));
        this.#lengths[index] = text.length;
        this.#recent.add(index, text);
        return text;
    }
    /** UTF-16 length of line `index` (decoding it the first time); 0 outside. */
    lineLength(index) {
        const known = this.#lengths[index];
        if (known === undefined)
            return 0;
        return known >= 0 ? known : this.line(index).length;
    }
    /** Whether line `index` ends with `\r` (read from the bytes). */
    endsWithCarriageReturn(index) {
        if (!(index >= 0 && index < this.lineCount))
            return false;
        if (this.#facts.carriageReturns === 'none')
            return false;
        const start = this.#start(index);
        const end = this.#end(index);
        return end > start && this.#source.read(end - 1, end)[0] === CARRIAGE_RETURN;
    }
    /**
     * Whether the text contains `needle`, which must be ASCII: searched for in the bytes, where an
     * ASCII character is one byte (and never part of a broken sequence), without decoding.
     */
    containsAscii(needle, blockSize = SCAN_BLOCK) {
        // Searched block by block, each block overlapping the last by the needle's length.
        const step = blockSize;
        for (let start = 0; start < this.size; start += step) {
            const end = Math.min(this.size, start + step + needle.length - 1);
            if (this.#source.read(start, end).includes(needle, 0, 'latin1'))
                return true;
        }
        return false;
    }
    /** The whole text as one string: what decodeText(bytes) gives. */
    toString() {
        return decodeText(this.#source.read(0, this.size));
    }
    #start(index) {
        return index === 0 ? 0 : (this.#facts.newlines[index - 1] ?? 0) + 1;
    }
    #end(index) {
        return this.#facts.newlines[index] ?? this.size;
    }
}
/**
 * Documents from this size on are paged: below it a string costs little, and code that reads
 * small documents whole keeps doing so.
 */
const PAGED_DOCUMENT_BYTES = 4 * 1024 * 1024;
/** The whole text of a document, however it is held. */
function wholeText(text) {
    return typeof text === 'string' ? text : text.toString();
}
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const firstLineDecoder = new TextDecoder('utf-8');
/** A later line keeps a U+FEFF it starts with: only the file's first bytes may be a BOM. */
const laterLineDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** Bytes read at a time by the first pass and by a block search. */
const SCAN_BLOCK = 256 * 1024;
/**
 * The first pass over a text's bytes, a block at a time: the offsets of its `\n`s (in one typed
 * array that doubles as it fills), whether it is valid UTF-8 (checked up to each block's last
 * `\n`, where no sequence can be cut), binary, and how its `\r`s stand.
 */
function scanBytes(source, blockSize = SCAN_BLOCK) {
    let newlines = new Uint32Array(Math.max(16, source.size >>> 6));
    let count = 0;
    let valid = true;
    let carriageReturns = 'none';
    const binary = source.read(0, Math.min(source.size, 8000)).includes(0);
    // Blocks of whole lines: each ends after its last `\n`, where no UTF-8 sequence is cut.
    for (let start = 0; start < source.size;) {
        let block = source.read(start, Math.min(source.size, start + blockSize));
        let last = block.lastIndexOf(NEWLINE);
        // A line longer than a block: read more until it ends.
        for (let size = blockSize * 2; last < 0 && start + block.length < source.size; size *= 2) {
            block = source.read(start, Math.min(source.size, start + size));
            last = block.lastIndexOf(NEWLINE);
        }
        const length = start + block.length === source.size ? block.length : last + 1;
        for (let at = block.indexOf(NEWLINE); at >= 0 && at < length; at = block.indexOf(NEWLINE, at + 1)) {
            if (count === newlines.length) {
                const grown = new Uint32Array(count * 2);
                grown.set(newlines);
                newlines = grown;
            }
            newlines[count++] = start + at;
        }
        if (carriageReturns !== 'alone')
            carriageReturns = returnsIn(block, length, carriageReturns);
        if (valid)
            valid = node_buffer.isUtf8(block.subarray(0, length));
        start += length;
    }
    return { newlines: newlines.slice(0, count), valid, binary, carriageReturns };
}
/** How the `\r`s of `block[0, length)` stand, given how the earlier ones did. */
function returnsIn(block, length, before) {
    let found = before;
    for (let at = block.indexOf(CARRIAGE_RETURN); at >= 0 && at < length; at = block.indexOf(CARRIAGE_RETURN, at + 1)) {
        if (block[at + 1] !== NEWLINE)
            return 'alone';
        found = 'before-newlines';
    }
    return found;
}
/**
 * Lines decoded lately, each in the slot its number picks (number mod the slot count): a line
 * is read several times in a row (its marker, its text, …), and neighbours do not evict it.
 */
class RecentLines {
    #indexes = new Int32Array(RECENT_LINES).fill(-1);
    #texts = new Array(RECENT_LINES).fill('');
    get(index) {
        const slot = index & (RECENT_LINES - 1);
        return this.#indexes[slot] === index ? this.#texts[slot] : undefined;
    }
    add(index, text) {
        const slot = index & (RECENT_LINES - 1);
        this.#indexes[slot] = index;
        this.#texts[slot] = text;
    }
}
/** Slots of RecentLines: a power of two. */
const RECENT_LINES = 64;

/** Line-level helpers shared by the scanner and the parsers. All are linear in the line length. */
const TAB_STOP = 4;
/**
 * Every line of a text exactly as `text.split(/\r\n|\r|\n/)` gives them: unlike splitLines, a
 * leading BOM stays on the first line and a trailing terminator yields a final empty line. Line
 * numbers agree with the scanner's.
 */
function splitRawLines(text) {
    return text.split(LINE_TERMINATOR);
}
const LINE_TERMINATOR = /\r\n|\r|\n/;
/**
 * The lines as `\r\n`, `\n` or a lone `\r` end them, so line numbers agree with the scanner's. A
 * paged document is read a line at a time (a 20 MB ledger is never one string here), unless a
 * lone `\r` ends some of its lines: it is then split whole.
 */
function rawLinesOf(text) {
    if (typeof text !== 'string' && text.carriageReturnsBeforeNewlines) {
        return {
            count: text.lineCount,
            at: (index) => {
                const line = text.line(index);
                return line.endsWith('\r') ? line.slice(0, -1) : line;
            }
        };
    }
    const lines = splitRawLines(wholeText(text));
    return { count: lines.length, at: (index) => lines[index] ?? '' };
}
/** The lines of a document and, for slicing spans of them later, where they sit in its text. */
function splitSource(text) {
    const lines = [];
    const source = locateLines(text, (start, end) => lines.push(text.slice(start, end)));
    return { lines, source };
}
/**
 * Where the lines of a document sit in its text (split as splitLines does), without a string per
 * line: `onLine` is told each line's offsets.
 */
function locateLines(text, onLine) {
    const carriageReturns = text.includes('\r');
    // At most one line per terminator, plus the last: counted first, the offsets are written into
    // arrays made once (a 20 MB ledger has a hundred thousand lines).
    const capacity = countOf(text, '\n') + (carriageReturns ? countOf(text, '\r') : 0) + 1;
    const starts = new Uint32Array(capacity);
    const ends = new Uint32Array(capacity);
    let count = 0;
    const add = (start, end) => {
        starts[count] = start;
        ends[count] = end;
        count += 1;
        onLine?.(start, end);
    };
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (!carriageReturns) {
        while (start < text.length) {
            const newline = text.indexOf('\n', start);
            const end = newline < 0 ? text.length : newline;
            add(start, end);
            start = end + 1;
        }
    }
    else {
        let index = start;
        while (index < text.length) {
            const code = text.charCodeAt(index);
            if (code !== 0x0a && code !== 0x0d) {
                index += 1;
                continue;
            }
            add(start, index);
            index += code === 0x0d && text.charCodeAt(index + 1) === 0x0a ? 2 : 1;
            start = index;
        }
        if (start < text.length)
            add(start, text.length);
    }
    return new TextSourceLines(text, count === capacity ? starts : starts.slice(0, count), count === capacity ? ends : ends.slice(0, count), carriageReturns);
}
/** How many times `char` occurs in `text`. */
function countOf(text, char) {
    let count = 0;
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1))
        count += 1;
    return count;
}
/**
 * The lines of a document, split as splitLines does, however its text is held: a large document
 * read as bytes (PagedText) has its lines decoded when read. One whose `\r`s do not all come
 * before a `\n` (old Mac line ends) is decoded whole instead.
 */
function sourceLinesOf(text) {
    if (typeof text === 'string')
        return locateLines(text);
    if (!text.carriageReturnsBeforeNewlines)
        return locateLines(text.toString());
    return new PagedSourceLines(text);
}
/**
 * The lines of a document: a line or a span of lines is cut out of the text when it is needed
 * instead of being copied when the document is parsed. Lines are numbered from 1; a line outside
 * the document is empty.
 */
class SourceLines {
}
/** The lines of a text held as a string: each read is one slice of it. */
class TextSourceLines extends SourceLines {
    text;
    starts;
    ends;
    carriageReturns;
    constructor(text, 
    /** Offsets of each line's first character and of its end (before the terminator). */
    starts, ends, 
    /** Whether some line ends with `\r` (`\r\n` or a lone `\r`): spans then need normalising. */
    carriageReturns) {
        super();
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.carriageReturns = carriageReturns;
    }
    get count() {
        return this.starts.length;
    }
    line(line) {
        if (line < 1 || line > this.starts.length)
            return '';
        return this.text.slice(this.starts[line - 1] ?? 0, this.ends[line - 1] ?? 0);
    }
    lengthOf(line) {
        if (line < 1 || line > this.starts.length)
            return 0;
        return (this.ends[line - 1] ?? 0) - (this.starts[line - 1] ?? 0);
    }
    sliceLine(line, column, endColumn) {
        if (line < 1 || line > this.starts.length)
            return '';
        const start = this.starts[line - 1] ?? 0;
        const end = this.ends[line - 1] ?? start;
        return this.text.slice(Math.min(start + column - 1, end), Math.min(start + endColumn - 1, end));
    }
    span(start, end, firstColumn = 1) {
        if (end < start)
            return '';
        if (start < 1 || start > this.starts.length)
            return '\n'.repeat(end - start);
        const last = Math.min(end, this.starts.length);
        const from = (this.starts[start - 1] ?? 0) + Math.min(firstColumn - 1, this.lengthOf(start));
        const text = this.text.slice(from, this.ends[last - 1] ?? from);
        const joined = this.carriageReturns && last > start ? text.replace(/\r\n?/g, '\n') : text;
        return end > last ? joined + '\n'.repeat(end - last) : joined;
    }
}
/**
 * The lines of a paged text whose `\r`s all end a line before its `\n`: line `n` is the text's
 * `\n`-separated line `n - 1` without that `\r` (and, on the first line, without a U+FEFF the
 * decoder kept: a second BOM, which splitLines drops too).
 */
class PagedSourceLines extends SourceLines {
    #text;
    /** 1 when the first line starts with a U+FEFF that is not part of the line. */
    #skip;
    #count;
    constructor(text) {
        super();
        this.#text = text;
        this.#skip = text.line(0).charCodeAt(0) === 0xfeff ? 1 : 0;
        const last = text.lineCount - 1;
        // Like splitLines: a final `\n` does not start a line of its own.
        this.#count = last + (text.lineLength(last) - (last === 0 ? this.#skip : 0) > 0 ? 1 : 0);
    }
    get count() {
        return this.#count;
    }
    line(line) {
        if (line < 1 || line > this.#count)
            return '';
        const raw = this.#text.line(line - 1);
        const start = line === 1 ? this.#skip : 0;
        const end = raw.length - this.#carriageReturn(line);
        return start === 0 && end === raw.length ? raw : raw.slice(start, end);
    }
    lengthOf(line) {
        if (line < 1 || line > this.#count)
            return 0;
        const start = line === 1 ? this.#skip : 0;
        return this.#text.lineLength(line - 1) - start - this.#carriageReturn(line);
    }
    sliceLine(line, column, endColumn) {
        if (line < 1 || line > this.#count)
            return '';
        const length = this.lengthOf(line);
        const start = line === 1 ? this.#skip : 0;
        const from = Math.max(0, Math.min(column - 1, length));
        const to = Math.max(0, Math.min(endColumn - 1, length));
        return this.#text.line(line - 1).slice(start + from, start + to);
    }
    span(start, end, firstColumn = 1) {
        if (end < start)
            return '';
        if (start < 1 || start > this.#count)
            return '\n'.repeat(end - start);
        const last = Math.min(end, this.#count);
        const first = this.line(start);
        const parts = [first.slice(Math.max(0, Math.min(firstColumn - 1, first.length)))];
        for (let line = start + 1; line <= last; line++)
            parts.push(this.line(line));
        const joined = parts.join('\n');
        return end > last ? joined + '\n'.repeat(end - last) : joined;
    }
    /** 1 when line `line` ends in `\r\n` (its `\r` is no part of it), else 0. */
    #carriageReturn(line) {
        return this.#text.endsWithCarriageReturn(line - 1) ? 1 : 0;
    }
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

/** What every directive contains. */
const DIRECTIVE_WORD = 'planguard-disable';
/** Sticky: tested right after each `<!--`. */
const DIRECTIVE = /\s*planguard-disable-next-line\b/y;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Every suppression comment in a document (code fences excluded: they are examples). */
function findSuppressions(file, text) {
    // Almost no document holds one: a single search spares splitting it into lines (and a paged
    // document is searched as bytes, without decoding it).
    if (typeof text === 'string' ? !text.includes(DIRECTIVE_WORD) : !text.containsAscii(DIRECTIVE_WORD))
        return [];
    const lines = rawLinesOf(text);
    const found = [];
    let fence;
    for (let index = 0; index < lines.count; index++) {
        const line = lines.at(index);
        const fenceMatch = FENCE.exec(line);
        if (fenceMatch) {
            const marker = fenceMatch[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            continue;
        }
        if (fence !== undefined || !line.includes(DIRECTIVE_WORD))
            continue;
        const targetLine = nextNonBlankLine(lines, index + 1);
        for (const comment of directiveComments(line)) {
            const column = comment.index + 1;
            const { ruleIds, reason } = splitBody(comment.body);
            found.push({
                file,
                range: { line: index + 1, column, endLine: index + 1, endColumn: column + comment.length },
                ruleIds,
                ...(reason ? { reason } : {}),
                ...(targetLine !== undefined ? { targetLine } : {})
            });
        }
    }
    return found;
}
/**
 * The directive comments of one line, `<!-- planguard-disable-next-line … -->`, with the text after
 * the directive as `body`. The directive is tested after every `<!--`, so one written inside
 * another comment still counts; `-->` is searched for only after a directive, which keeps a line
 * of thousands of unclosed `<!--` linear.
 */
function directiveComments(line) {
    const comments = [];
    let from = 0;
    for (;;) {
        const open = line.indexOf('<!--', from);
        if (open < 0)
            break;
        DIRECTIVE.lastIndex = open + 4;
        if (!DIRECTIVE.test(line)) {
            from = open + 4;
            continue;
        }
        const bodyStart = DIRECTIVE.lastIndex;
        const close = line.indexOf('-->', bodyStart);
        if (close < 0)
            break;
        comments.push({ index: open, length: close + 3 - open, body: line.slice(bodyStart, close) });
        from = close + 3;
    }
    return comments;
}
function splitBody(body) {
    const separator = body.search(/\s--(\s|$)/);
    const rulesText = separator < 0 ? body : body.slice(0, separator);
    const reason = separator < 0 ? undefined : body.slice(separator).replace(/^\s--/, '').trim();
    const ruleIds = rulesText
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter(Boolean);
    return reason ? { ruleIds, reason } : { ruleIds };
}
/** 1-based number of the first non-blank line at or after the 0-based `from`. */
function nextNonBlankLine(lines, from) {
    for (let i = from; i < lines.count; i++)
        if (lines.at(i).trim() !== '')
            return i + 1;
    return undefined;
}
/** What is wrong with a suppression comment, if anything. */
function validateSuppression(suppression, knownRuleIds) {
    const problems = [];
    const at = { file: suppression.file, range: suppression.range };
    const named = suppression.ruleIds.join(',');
    if (suppression.ruleIds.length === 0) {
        problems.push({
            ...at,
            message: 'planguard-disable-next-line names no rule; write the rule ids to silence',
            entity: 'suppression:no-rule'
        });
    }
    for (const id of suppression.ruleIds) {
        if (!knownRuleIds.has(id)) {
            problems.push({
                ...at,
                message: `planguard-disable-next-line names unknown rule "${id}"`,
                entity: `suppression:unknown:${id}`
            });
        }
    }
    if (!suppression.reason) {
        problems.push({
            ...at,
            message: `planguard-disable-next-line ${named} has no reason; add " -- why" before "-->"`,
            entity: `suppression:no-reason:${named}`
        });
    }
    return problems;
}
/** Splits findings into those still reported and those a suppression silences. */
function applySuppressions(findings, suppressions) {
    const silenced = new Set();
    for (const suppression of suppressions) {
        if (suppression.targetLine === undefined)
            continue;
        for (const id of suppression.ruleIds)
            silenced.add(`${suppression.file}\0${suppression.targetLine}\0${id}`);
    }
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const key = `${finding.file}\0${finding.line}\0${finding.ruleId}`;
        if (silenced.has(key))
            suppressed.push(finding);
        else
            kept.push(finding);
    }
    return { kept, suppressed };
}

/**
 * Findings the engine itself produces (not a rule over the model). They have ids like rules so that
 * they can be configured, suppressed and baselined the same way.
 */
const INVALID_SUPPRESSION = {
    id: 'invalid-suppression',
    description: 'A planguard-disable comment without a reason or naming an unknown rule.',
    defaultSeverity: 'error',
    docs: 'docs/rules/invalid-suppression.md'
};
const INTERNAL_ERROR = {
    id: 'internal-error',
    description: 'A rule or parser failed on this input; the check is incomplete.',
    defaultSeverity: 'error',
    docs: 'docs/rules/internal-error.md'
};
const LEDGER_MISSING = {
    id: 'ledger-missing',
    description: 'No ledger matches files.ledgers, so nothing was checked.',
    defaultSeverity: 'error',
    docs: 'docs/rules/ledger-missing.md'
};
const engineRules = [
    INVALID_SUPPRESSION,
    INTERNAL_ERROR,
    LEDGER_MISSING
];

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

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
    /** Final answers by path: rules ask about the same cited paths again and again. */
    answers = new Map();
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
        let answer = this.answers.get(path);
        if (answer === undefined) {
            answer = this.walkDown(path);
            this.answers.set(path, answer);
        }
        return answer;
    }
    walkDown(path) {
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
            if (matchers.length > 0 && this.matchesItself(child, last ? childIsDir : true, matchers))
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
 * A test for "excluded by one of these globs": the path itself or any folder above it matches, so
 * `plans/archive` excludes everything under it just as `plans/archive/**` does.
 */
function exclusionMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    const matches = picomatch(patterns.map((pattern) => pattern.replace(/\/+$/, '')), { dot: true });
    return (path) => matches(path) || someAncestor(path, matches);
}
/** Whether a folder above `path` (the root excepted) passes the test, without an array of them. */
function someAncestor(path, test) {
    for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        if (slash > 0 && test(path.slice(0, slash)))
            return true;
    }
    return false;
}
/**
 * How many folders below its static base a pattern can match: one per segment of a plain glob
 * (`*` and `?` never match a slash), so the default root `plans/active/<star>/reports` needs no
 * walk below `plans/active/<x>/reports`. Globstars, braces, brackets, extglobs and negations may
 * reach any depth.
 */
function matchDepth(pattern) {
    const { glob, negated } = picomatch.scan(pattern);
    if (negated || glob.includes('**') || /[{}()[\]!+@\\]/.test(glob))
        return Infinity;
    return glob.replace(/\/+$/, '').split('/').length;
}

/**
 * Repository-relative path handling shared by every RepoFS. A path is normalised to POSIX form
 * without `.` segments or trailing slash; one that is absolute, climbs above the root, or enters a
 * `.git` folder has no normal form (undefined) and is treated as absent.
 */
function normalizeRepoPath(path) {
    if (typeof path !== 'string' || path.length > MAX_PATH_LENGTH$1)
        return undefined;
    // Almost every path asked about is already normal (a folder maybe with its slash): no split.
    if (isPlainPath(path))
        return path;
    if (path.charCodeAt(path.length - 1) === SLASH && isPlainPath(path, true))
        return path.slice(0, -1);
    if (path.includes('\0'))
        return undefined;
    const walked = walkSegments(path);
    return typeof walked === 'string' ? undefined : walked.join('/');
}
/**
 * Longer than any path a file system accepts (Linux PATH_MAX): such a path cannot exist, so it has
 * no normal form, and hostile text cited as a path costs nothing to look up.
 */
const MAX_PATH_LENGTH$1 = 4096;
/** Why a path has no normal form: it leaves the root or enters `.git` (undefined otherwise). */
function lexicalRefusal(path) {
    if (typeof path !== 'string' || isPlainPath(path, true) || path.includes('\0'))
        return undefined;
    const walked = walkSegments(path);
    return typeof walked === 'string' ? walked : undefined;
}
/**
 * The one walk over a path's segments behind both `normalizeRepoPath` and `lexicalRefusal`: the
 * segments of its normal form, or why it has none (the first `..` above the root or `.git`
 * segment met, or an absolute start).
 */
function walkSegments(path) {
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
        return 'outside-root';
    const out = [];
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (out.length === 0)
                return 'outside-root';
            out.pop();
        }
        else if (isGitName(segment)) {
            return 'git-internal';
        }
        else {
            out.push(segment);
        }
    }
    return out;
}
/**
 * Whether a path segment or folder entry is `.git` in any letter case (case-insensitive file
 * systems would open the same folder): the one test of it in the repository layer.
 */
function isGitName(name) {
    return name.length === 4 && isGitAt(name, 0);
}
/** Whether the four characters at `at` spell `.git` in any letter case. */
function isGitAt(text, at) {
    return (text.charCodeAt(at) === DOT &&
        (text.charCodeAt(at + 1) | 0x20) === 0x67 && // g
        (text.charCodeAt(at + 2) | 0x20) === 0x69 && // i
        (text.charCodeAt(at + 3) | 0x20) === 0x74 // t
    );
}
const SLASH = 0x2f;
const DOT = 0x2e;
const BACKSLASH = 0x5c;
const COLON$1 = 0x3a;
/**
 * Whether a path is already in normal form, so that normalising it would return it unchanged: no
 * empty, `.`, `..` or `.git` segment, no NUL, no trailing slash (one is allowed with
 * `trailingSlash`), and no start that could read as absolute (`\\server`, `C:`). One pass over
 * the characters, no allocation.
 */
function isPlainPath(path, trailingSlash = false) {
    const length = path.length;
    if (length === 0 || path.charCodeAt(0) === BACKSLASH || path.charCodeAt(1) === COLON$1)
        return false;
    let start = 0;
    for (let i = 0; i <= length; i++) {
        const code = i < length ? path.charCodeAt(i) : SLASH;
        if (code === 0)
            return false;
        if (code !== SLASH)
            continue;
        const size = i - start;
        if (size === 0)
            return trailingSlash && i === length && i > 1;
        if (path.charCodeAt(start) === DOT) {
            if (size === 1 || (size === 2 && path.charCodeAt(start + 1) === DOT))
                return false;
            if (size === 4 && isGitAt(path, start))
                return false;
        }
        start = i + 1;
    }
    return true;
}
/** Folder names a tree walk never descends into. */
const WALK_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
function joinRepoPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
function parentDir$1(path) {
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
 * What reading a whole file gives: its bytes and their text, decoded now, or for a large file
 * paged (decoded a line at a time when read; `text` and `bytes` are made whole only if asked).
 */
function decodedContent(bytes, pagedFrom = PAGED_DOCUMENT_BYTES) {
    if (bytes.length < pagedFrom) {
        return { text: decodeText(bytes), bytes, size: bytes.length };
    }
    return pagedContent(PagedText.fromBytes(bytes));
}
/** A read result for a paged text: its bytes, and its whole text only when asked for. */
function pagedContent(paged) {
    let text;
    let bytes;
    return {
        size: paged.size,
        paged,
        get bytes() {
            bytes ??= paged.bytes;
            return bytes;
        },
        get text() {
            text ??= paged.toString();
            return text;
        }
    };
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
    /**
     * Answers by the path as asked (and by its normal form): rules ask about the same cited paths
     * thousands of times. `null` records "absent" so that one lookup answers both cases.
     */
    statCache = new Map();
    refusalCache = new Map();
    listCache = new Map();
    walkCache = new Map();
    /**
     * Decoded text of the files read: planning documents are read by the parser and again by
     * several rules. Their bytes are not kept (a 20 MB ledger would hold them all run long); a
     * large document is kept paged (PagedText: its line ends, its bytes left in the file).
     */
    readCache = new Map();
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
        const cached = this.statCache.get(path);
        if (cached !== undefined)
            return cached ?? undefined;
        const rel = normalizeRepoPath(path);
        let type;
        if (rel === '')
            type = 'dir';
        else if (rel === path)
            type = this.statNormal(rel);
        else
            type = rel === undefined ? undefined : this.stat(rel);
        this.statCache.set(path, type ?? null);
        return type;
    }
    statNormal(rel) {
        try {
            return this.statPath(rel);
        }
        catch {
            return undefined;
        }
    }
    read(path, options = {}) {
        const rel = normalizeRepoPath(path);
        if (rel === undefined || rel === '' || this.stat(rel) !== 'file')
            return undefined;
        const maxBytes = Math.min(this.maxFileBytes, options.maxBytes ?? Infinity);
        const cached = this.readCache.get(rel);
        if (cached !== undefined) {
            // Within a run the tree does not change: a smaller cap only decides whether it is too large.
            if (cached.size > maxBytes)
                return tooLarge(cached.size, maxBytes);
            return this.withBytesOnDemand(rel, cached);
        }
        const content = this.readUncached(rel, maxBytes);
        if (content !== undefined && !content.tooLarge) {
            this.readCache.set(rel, content.paged ?? { text: content.text, size: content.bytes.length });
        }
        return content;
    }
    readUncached(rel, maxBytes) {
        try {
            return this.readPath(rel, maxBytes);
        }
        catch {
            return undefined;
        }
    }
    /** A remembered read: the bytes (rarely asked for twice) are read again only if asked for. */
    withBytesOnDemand(rel, cached) {
        if (cached instanceof PagedText)
            return pagedContent(cached);
        let bytes;
        const reread = () => this.readUncached(rel, this.maxFileBytes)?.bytes ?? new Uint8Array(0);
        return {
            text: cached.text,
            size: cached.size,
            get bytes() {
                bytes ??= reread();
                return bytes;
            }
        };
    }
    list(dir) {
        const cached = this.listCache.get(dir);
        if (cached !== undefined)
            return cached ?? undefined;
        const rel = normalizeRepoPath(dir);
        let names;
        if (rel === dir)
            names = rel === '' || this.stat(rel) === 'dir' ? this.listNormal(rel) : undefined;
        else
            names = rel === undefined ? undefined : this.list(rel);
        this.listCache.set(dir, names ?? null);
        return names;
    }
    listNormal(rel) {
        let names;
        try {
            names = this.listPath(rel);
        }
        catch {
            return undefined;
        }
        // A listing never shows `.git`.
        return names?.filter((name) => !isGitName(name)).sort();
    }
    refusal(path) {
        const cached = this.refusalCache.get(path);
        if (cached !== undefined)
            return cached ?? undefined;
        const refusal = this.refusalOf(path);
        // Resolving symlinks costs a realpath per path: rules ask about the same paths many times.
        this.refusalCache.set(path, refusal ?? null);
        return refusal;
    }
    refusalOf(path) {
        const rel = normalizeRepoPath(path);
        // Only a path without a normal form can be refused by its text alone.
        if (rel === undefined)
            return lexicalRefusal(path);
        if (rel === '')
            return undefined;
        if (rel !== path)
            return this.refusal(rel);
        try {
            return this.refusedPath(rel);
        }
        catch {
            return undefined;
        }
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
        for (const { base, depth } of walkBases(patterns)) {
            for (const file of this.filesUnder(base, depth)) {
                if (matches(file) && !ignored(file))
                    found.add(file);
            }
        }
        return [...found].sort();
    }
    /**
     * Every file below a folder, at most `depth` folders down (cached), skipping `.git` and
     * `node_modules`: a glob such as `plans/active/<star>/implementation.md` lists the plan folders,
     * not every report folder below them.
     */
    filesUnder(dir, depth = Infinity) {
        const rel = normalizeRepoPath(dir);
        if (rel === undefined)
            return [];
        const limit = Math.min(depth, MAX_WALK_DEPTH + 1);
        const key = `${limit}\0${rel}`;
        const cached = this.walkCache.get(key);
        if (cached)
            return cached;
        const files = [];
        if (rel === '' || this.stat(rel) === 'dir')
            this.walk(rel, files, new Set(), 0, limit);
        else if (this.stat(rel) === 'file')
            files.push(rel);
        this.walkCache.set(key, files);
        return files;
    }
    walk(dir, out, seen, depth, limit) {
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
            else if (type === 'dir' && depth + 1 < limit)
                this.walk(child, out, seen, depth + 1, limit);
        }
        seen.delete(id);
    }
    readText(path) {
        const content = this.read(path);
        return content && !content.tooLarge ? content.text : undefined;
    }
}
/**
 * The static folder each pattern starts from, so a glob walks only the part of the tree it needs,
 * and how many folders down from there its files may lie (one per segment of a plain glob; any
 * depth for a globstar and other constructs, see matchDepth).
 */
function walkBases(patterns) {
    const starts = patterns.map((pattern) => ({
        base: normalizeRepoPath(picomatch.scan(pattern).base) ?? '',
        depth: matchDepth(pattern)
    }));
    const bases = [...new Set(starts.map((start) => start.base))];
    // A base inside another base is walked as part of it, as deep as its own patterns need.
    const outer = bases.filter((base) => !bases.some((other) => other !== base && (other === '' || base.startsWith(`${other}/`))));
    return outer.map((base) => {
        let depth = 0;
        for (const start of starts) {
            if (start.base !== base && base !== '' && !start.base.startsWith(`${base}/`))
                continue;
            const below = start.base === base ? 0 : segmentsOf$1(start.base) - segmentsOf$1(base);
            depth = Math.max(depth, below + start.depth);
        }
        return { base, depth };
    });
}
function segmentsOf$1(path) {
    return path === '' ? 0 : path.split('/').length;
}
/** What `read` returns for a file over the cap: nothing loaded, the size and the cap. */
function tooLarge(size, limit) {
    return { text: '', bytes: new Uint8Array(0), tooLarge: true, size, limit };
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
    const paged = content.paged;
    // A paged document's bytes were looked at once, when it was read; they are not kept.
    if (paged ? paged.looksBinary : looksBinary(content.bytes)) {
        return unreadable('binary-file', `${file} is a binary file (it contains NUL bytes), not Markdown`);
    }
    const text = paged ?? content.text;
    if (isBlank(text))
        return unreadable('empty-file', `${file} is empty`);
    const problems = [];
    if (!(paged ? paged.isValidUtf8 : isValidUtf8(content.bytes))) {
        problems.push({
            kind: 'invalid-utf8',
            message: `${file} is not valid UTF-8; unreadable bytes were replaced by U+FFFD`,
            range: FILE_START
        });
    }
    return { kind: 'text', text, problems };
}
/** Whether a text is all white space (a paged one is decoded only up to its first word). */
function isBlank(text) {
    if (typeof text === 'string')
        return text.trim() === '';
    for (let index = 0; index < text.lineCount; index++) {
        if (text.line(index).trim() !== '')
            return false;
    }
    return true;
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

/**
 * zod, loaded on demand. It is needed only to validate configured rule options and configuration
 * files; a repository with neither never pays for loading it.
 */
let loaded;
async function loadZod() {
    loaded ??= (await Promise.resolve().then(function () { return require('./zod-kit-CCsSdbaf.cjs'); })).zodKit;
    return loaded;
}
/** zod when `loadZod()` has finished, for code that cannot wait. */
function zodIfLoaded() {
    return loaded;
}

/**
 * The length of every line of `text`, lines ending where the scanner ends them (`\r\n`, `\n` or a
 * lone `\r`): `text.split(/\r\n|\r|\n/).map((line) => line.length)` without a regex nor a string
 * per line (a 20 MB ledger holds tens of thousands of lines; native indexOf finds their ends).
 */
function lineLengths(text) {
    if (typeof text === 'string')
        return stringLineLengths(text);
    if (!text.carriageReturnsBeforeNewlines)
        return stringLineLengths(text.toString());
    // Every `\r` ends a line with the `\n` after it: the lines are the `\n`-separated ones less it.
    const lengths = [];
    for (let index = 0; index < text.lineCount; index++) {
        lengths.push(text.lineLength(index) - (text.endsWithCarriageReturn(index) ? 1 : 0));
    }
    return lengths;
}
function stringLineLengths(text) {
    const lengths = [];
    let start = 0;
    let newline = text.indexOf('\n');
    let carriage = text.indexOf('\r');
    for (;;) {
        // Each terminator is searched for again only once the line start has passed it.
        if (newline >= 0 && newline < start)
            newline = text.indexOf('\n', start);
        if (carriage >= 0 && carriage < start)
            carriage = text.indexOf('\r', start);
        const end = carriage < 0 ? newline : newline < 0 ? carriage : Math.min(newline, carriage);
        if (end < 0)
            break;
        lengths.push(end - start);
        const crlf = end === carriage && text.charCodeAt(end + 1) === 0x0a;
        start = end + (crlf ? 2 : 1);
    }
    lengths.push(text.length - start);
    return lengths;
}

/** Every rule's findings, unsorted and without fingerprints. A rule that throws is reported. */
function collectFindings(project, rules, clamp = rangeClamper(project)) {
    const findings = [];
    for (const rule of rules) {
        const setting = project.config.rules[rule.id];
        const severity = effectiveSeverity(rule.defaultSeverity, setting);
        if (severity === 'off')
            continue;
        const options = resolveOptions(rule, setting);
        if (!options.success) {
            findings.push(...internalError(project, clamp, rule.id, options.error));
            continue;
        }
        const report = (input) => {
            findings.push(toFinding(rule.id, input.severity ?? severity, input, clamp));
        };
        try {
            rule.check({ project, options: options.data, report });
        }
        catch (error) {
            findings.push(...internalError(project, clamp, rule.id, cliMain.errorMessage(error)));
        }
    }
    return findings;
}
function effectiveSeverity(defaultSeverity, setting) {
    if (setting === undefined)
        return defaultSeverity;
    if (typeof setting === 'string')
        return setting;
    return setting.severity ?? defaultSeverity;
}
/**
 * A rule's options: its plain defaults when none are configured, else the configured ones
 * validated (defaults filled in) by the rule's zod schema, which `loadRuleValidation` loads.
 */
function resolveOptions(rule, setting) {
    const configured = configuredOptions(setting);
    if (configured === undefined)
        return { success: true, data: rule.options.defaults };
    const z = zodIfLoaded();
    if (z === undefined) {
        return { success: false, error: 'options not validated: await loadRuleValidation() first' };
    }
    const parsed = rule.options.schema(z).safeParse(configured);
    return parsed.success
        ? { success: true, data: parsed.data }
        : { success: false, error: `invalid options: ${parsed.error.message}` };
}
/** The options a setting configures; undefined for none (an empty mapping configures none). */
function configuredOptions(setting) {
    const options = typeof setting === 'object' ? setting.options : undefined;
    const empty = options === undefined || (isPlainObject(options) && Object.keys(options).length === 0);
    return empty ? undefined : options;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Makes sure rule options configured in `config` can be validated: loads zod when there are any. */
async function loadRuleValidation(config) {
    const settings = Object.values(config.rules);
    if (settings.some((setting) => configuredOptions(setting) !== undefined))
        await loadZod();
}
function toFinding(ruleId, severity, input, clamp) {
    const file = typeof input.file === 'string' ? input.file : '';
    const range = clamp(file, input.range);
    return {
        ruleId,
        severity,
        file,
        line: range.line,
        column: range.column,
        endLine: range.endLine,
        endColumn: range.endColumn,
        message: String(input.message),
        entity: String(input.entity ?? ''),
        ...(input.entryId !== undefined ? { entryId: input.entryId } : {}),
        ...(input.suggestion !== undefined ? { suggestion: input.suggestion } : {})
    };
}
/** A rule that failed; configurable like a rule, though turning it off hides incomplete checks. */
function internalError(project, clamp, ruleId, detail) {
    const severity = effectiveSeverity(INTERNAL_ERROR.defaultSeverity, project.config.rules[INTERNAL_ERROR.id]);
    if (severity === 'off')
        return [];
    const file = project.ledgers[0]?.file ?? project.plans[0]?.file ?? CONFIG_CANDIDATES[0];
    const finding = toFinding(INTERNAL_ERROR.id, severity, {
        file,
        range: FILE_START,
        message: `rule ${ruleId} failed, its results are incomplete: ${detail}`,
        entity: `rule:${ruleId}`
    }, clamp);
    return [finding];
}
/**
 * Keeps ranges inside their files: 1-based, within the line count and line lengths, end after
 * start. A rule with an off-by-one must not produce a SARIF region GitHub rejects.
 */
function rangeClamper(project, 
/** Texts already read (the parsed documents), so they are not read twice. */
sources) {
    const lengthsByFile = new Map();
    const lengthsOf = (file) => {
        if (!lengthsByFile.has(file)) {
            const text = sources?.get(file) ?? readableText(project, file);
            lengthsByFile.set(file, 
            // Lines end where the scanner ends them (a lone `\r` too), or positions would disagree.
            text === undefined ? null : lineLengths(text));
        }
        return lengthsByFile.get(file) ?? null;
    };
    return (file, range) => clampRange(range, lengthsOf(file));
}
function readableText(project, file) {
    // A file too large to be a planning document is not loaded just to clamp a range.
    const content = file === '' ? undefined : project.fs.read(file, { maxBytes: MAX_DOCUMENT_BYTES });
    return content && !content.tooLarge ? (content.paged ?? content.text) : undefined;
}
function clampRange(range, lengths) {
    const int = (value, fallback) => typeof value === 'number' && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : fallback;
    let line = int(range?.line, 1);
    let column = int(range?.column, 1);
    let endLine = int(range?.endLine, line);
    let endColumn = int(range?.endColumn, column);
    if (lengths && lengths.length > 0) {
        const lastLine = lengths.length;
        const widthOf = (n) => (lengths[n - 1] ?? 0) + 1;
        line = Math.min(line, lastLine);
        column = Math.min(column, widthOf(line));
        endLine = Math.min(Math.max(endLine, line), lastLine);
        endColumn = Math.min(endColumn, widthOf(endLine));
    }
    else {
        endLine = Math.max(endLine, line);
    }
    if (endLine === line)
        endColumn = Math.max(endColumn, column);
    return { line, column, endLine, endColumn };
}
/** Sorted by file, line, column, rule id, then message, so output is deterministic. */
function sortFindings$1(findings) {
    return findings.sort((a, b) => compare(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compare(a.ruleId, b.ruleId) ||
        compare(a.entity, b.entity) ||
        compare(a.message, b.message));
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** How many look-alike ledgers a finding names, so a tree full of copies stays one short line. */
const MAX_CANDIDATES = 3;
/**
 * The finding for a tree in which no ledger matches `files.ledgers`: without it such a check
 * passes with zero files read, which looks exactly like a clean ledger. An empty `files.ledgers`
 * list says "this repository has no ledger" and is respected.
 */
function ledgerMissingFindings(project, configFile, clamp) {
    const { ledgers: globs, ignore } = project.config.files;
    if (project.ledgers.length > 0 || globs.length === 0)
        return [];
    const severity = effectiveSeverity(LEDGER_MISSING.defaultSeverity, project.config.rules[LEDGER_MISSING.id]);
    if (severity === 'off')
        return [];
    const tried = globs.map((glob) => `\`${glob}\``).join(', ');
    const ignored = ignore.length > 0 ? ' (after files.ignore)' : '';
    const where = configFile ?? CONFIG_CANDIDATES[0];
    const candidates = lookAlikeLedgers(project, globs);
    const hint = candidates.length > 0
        ? `; ledger-like files found: ${candidates.map((file) => `\`${file}\``).join(', ')}`
        : '';
    const message = `no ledger found: nothing matches files.ledgers ${tried}${ignored}${refusals(project, globs)}, ` +
        `so no entry, attempt or plan link was checked; create the ledger or set files.ledgers in ` +
        `${where}${hint}`;
    const finding = toFinding(LEDGER_MISSING.id, severity, { file: globs[0] ?? '', range: FILE_START, message, entity: 'ledger-missing' }, clamp);
    return [finding];
}
/** Configured ledger paths that are there but refused: `(\`docs/fix_plan.md\` leads outside …)`. */
function refusals(project, globs) {
    const reasons = globs.flatMap((glob) => {
        const refusal = project.fs.refusal?.(glob);
        if (refusal === 'outside-root')
            return [`\`${glob}\` leads outside the repository`];
        if (refusal === 'git-internal')
            return [`\`${glob}\` leads into .git`];
        return [];
    });
    return reasons.length > 0 ? ` (${reasons.join('; ')}, and is not read)` : '';
}
/**
 * Files named like the configured ledgers somewhere else in the tree (`fix_plan.md` at the root
 * when `docs/fix_plan.md` was expected): the likely fix. Only run when no ledger was found.
 */
function lookAlikeLedgers(project, globs) {
    const names = new Set(globs.map((glob) => glob.split('/').pop() ?? '').filter((name) => /^[\w.-]+$/.test(name)));
    if (names.size === 0)
        return [];
    const patterns = [...names].map((name) => `**/${name}`);
    const archives = new Set(project.archiveLedgers?.map((ledger) => ledger.file) ?? []);
    return project.fs
        .glob(patterns, project.config.files.ignore)
        .filter((file) => !archives.has(file))
        .slice(0, MAX_CANDIDATES);
}

/**
 * Character-level tests shared by the scanner, the parsers and the rules. They run once per
 * character or per word, so they stay small top-level functions and module-level regexes (no
 * closures, no objects per call). Where a function and a regex test the same set, both are here
 * and tests/core/chars.test.ts proves they agree on every UTF-16 code unit.
 */
/** A space or a tab: what Markdown calls whitespace between a marker and its text. */
function isSpaceOrTab(code) {
    return code === 0x20 || code === 0x09;
}
/** An ASCII digit `0`–`9`. */
function isDigit(code) {
    return code >= 0x30 && code <= 0x39;
}
/** An ASCII letter or digit, `[A-Za-z0-9]`. */
function isAsciiLetterOrDigit(code) {
    return isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
/** The number written by `count` ASCII digits at `from` (the caller has checked they are digits). */
function numberAt(text, from, count) {
    let value = 0;
    for (let index = from; index < from + count; index += 1) {
        value = value * 10 + text.charCodeAt(index) - 0x30;
    }
    return value;
}
/**
 * A space that separates the words of a cited path or command: ASCII whitespace and controls
 * (`\0`–space, a stray `\r` included) and the Unicode spaces agents paste (NBSP, thin, zero-width,
 * BOM). Narrower than the regex `\s` (no U+1680, U+2028/9) and wider (controls, U+200B).
 */
function isWordSpace(code) {
    return (code <= 0x20 ||
        code === 0xa0 ||
        (code >= 0x2000 && code <= 0x200b) ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
/** A character isWordSpace accepts. */
const WORD_SPACE = /[\0-\x20\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
/** A run of characters isWordSpace accepts (to split on). */
const WORD_SPACE_RUN = /[\0-\x20\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/;
/** One JavaScript whitespace character (`\s`: ECMAScript white space and line terminators). */
const WHITESPACE = /\s/;
/** A run of `\s` (to split on). */
const WHITESPACE_RUN = /\s+/;
/** Every `\s` character, for `replace` (which resets `lastIndex` itself). */
const EVERY_WHITESPACE = /\s/g;
/** A character outside ASCII. */
const NON_ASCII = /[^\0-\x7f]/;
/**
 * Whether a text is plain ASCII, where the letters and digits of `\p{L}` and `\p{N}` are those of
 * `[A-Za-z0-9]`: the Unicode classes cost milliseconds to compile, and most texts are ASCII.
 */
function isAscii(text) {
    return !NON_ASCII.test(text);
}
/**
 * The Unicode `pattern` on a text its ASCII twin rejected: on ASCII text the two agree, so only
 * a text holding another character is tested again.
 */
function matchesBeyondAscii(pattern, text) {
    return NON_ASCII.test(text) && pattern.test(text);
}
const ASCII_LETTER_OR_DIGIT = /[A-Za-z0-9]/;
/** A letter or digit of any script. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Whether the text holds a letter or a digit (of any script); ASCII is tried first. */
function hasLetterOrDigit(text) {
    return ASCII_LETTER_OR_DIGIT.test(text) || LETTER_OR_DIGIT.test(text);
}
/** Whether the character (code point) at `at` is a letter or digit, as `[\p{L}\p{N}]` says. */
function isLetterOrDigitAt(text, at) {
    const code = text.charCodeAt(at);
    if (code < 0x80)
        return isAsciiLetterOrDigit(code);
    return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)));
}

/**
 * Recognisers for the start of one line (or of a list item's content): each looks at the text
 * from a given index, never beyond the line, and does not allocate unless it matches.
 */
const HASH$1 = 0x23;
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
    if ((lead === 0x2d || lead === 0x2b) && line.charCodeAt(first + 1) === HASH$1) {
        leakedPrefix = line[first];
        hashStart = first + 1;
    }
    let hashEnd = hashStart;
    while (hashEnd < line.length && line.charCodeAt(hashEnd) === HASH$1)
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
    while (closeStart > textStart && line.charCodeAt(closeStart - 1) === HASH$1)
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
        while (end < line.length && end - markerIndex < 10 && isDigit(line.charCodeAt(end)))
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
function isSpaceOrEnd(line, index) {
    return index >= line.length || isSpaceOrTab(line.charCodeAt(index));
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

/**
 * What a cited token looks like: its cited text once punctuation and location suffixes are
 * removed, whether it is shaped like a repository path, and what an expanded path points at.
 * Every check is a bounded scan of one token; nothing here touches a disk.
 */
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
    const autolink = !quoted &&
        end - start > 2 &&
        token.charCodeAt(start) === 0x3c /* < */ &&
        isAutolink(token, start, end);
    if (autolink) {
        start += 1;
        end -= 1;
    }
    if (end <= start)
        return undefined;
    const raw = token.slice(start, end);
    const path = stripSuffixes(raw);
    // Only a suffix removed (or spaces of a brace list) makes the path shorter than the text.
    const located = path !== raw && path.length < raw.replace(EVERY_WHITESPACE, '').length;
    return { offset: start, raw, path, located };
}
function isAutolink(token, start, end) {
    return AUTOLINK.test(token.slice(start, end));
}
/**
 * An unbalanced run of `*` closing a bare word right after a letter or digit is emphasis
 * (`**Spec:** docs/a.md**`); after `/`, `_`, `.` or `-` it is a glob (`reports/*`, `run_*`).
 */
function closesEmphasis(token, start, end) {
    let index = end;
    while (index > start && token.charAt(index - 1) === '*')
        index -= 1;
    return index > start && hasLetterOrDigit(token.charAt(index - 1));
}
const SPACED_BRACE_LIST = /\s*([{},])\s*/g;
const AUTOLINK = /^<[^<>\s]*\/[^<>\s]*>$/;
/** What may trail a path inside a code span: sentence punctuation typed inside the backticks. */
const QUOTED_TRAILING_NOISE = new Set(['.', ',', ';', ':']);
/** Longest tail searched for a location suffix. */
const SUFFIX_WINDOW = 80;
const LINE_SUFFIX = /(?::L?\d+(?:[-–:]L?\d+)*|#L\d+(?:-L?\d+)?)$/;
const ANCHOR_SUFFIX = /(\.[A-Za-z][A-Za-z0-9]{0,9})#[\w.-]*$/;
/** `path:13`, `path:204-240`, `path:L10`, `path#L10`, `x.md#section` removed. */
function stripLocation(path) {
    // Suffixes are short: matching only the tail keeps a hostile token (`:1:1:1…x`) linear.
    const cut = Math.max(0, path.length - SUFFIX_WINDOW);
    const tail = path.slice(cut).replace(LINE_SUFFIX, '').replace(ANCHOR_SUFFIX, '$1');
    return cut === 0 ? tail : path.slice(0, cut) + tail;
}
/** `path:13`, `path:204-240`, `path:L10`, `path#L10`, `x.md#section`, `path§3.2`, `path::test`. */
function stripSuffixes(raw) {
    let path = raw;
    const section = path.indexOf('§');
    if (section >= 0)
        path = path.slice(0, section);
    const nodeId = path.indexOf('::');
    if (nodeId > 0)
        path = path.slice(0, nodeId);
    // Every line or anchor suffix holds a `:` or a `#`; most paths hold neither.
    if (path.includes(':') || path.includes('#'))
        path = stripLocation(path);
    while (path.endsWith(':') || path.endsWith(','))
        path = path.slice(0, -1);
    // A brace list written with spaces after its commas: `dir/{a.md, b.md}`.
    if (WHITESPACE.test(path))
        path = path.replace(SPACED_BRACE_LIST, '$1');
    return path;
}
const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;
const DRIVE_PATTERN = /^[A-Za-z]:[\\/]/;
/** URL_PATTERN, tested only when the path holds a `:` (most hold none). */
function isUrl(path) {
    return path.includes(':') && URL_PATTERN.test(path);
}
/** DRIVE_PATTERN, tested only when the second character is a `:`. */
function isDrivePath(path) {
    return path.charCodeAt(1) === 0x3a /* : */ && DRIVE_PATTERN.test(path);
}
/** A first segment shaped like a host name (`github.com/…`, `www.example.org/…`). */
const HOST_PATTERN = /^(?:www\.[^/]+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|edu|gov|ai|co|uk|de))$/i;
/** Characters a cited path may hold: letters, digits, `_-.+@~%`, braces, placeholders, globs. */
const PATH_CHARS = /^[\p{L}\p{N}_\-.+@~%{},<>$*?…/\\]+$/u;
/**
 * PATH_CHARS for ASCII text, tried first: most cited paths are ASCII, and a Unicode property
 * class costs several times more per test on a cold run.
 */
const ASCII_PATH_CHARS = /^[A-Za-z0-9_\-.+@~%{},<>$*?/\\]+$/;
const ASCII_LETTER = /[A-Za-z]/;
const LETTER = /\p{L}/u;
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
    if (isUrl(path))
        return WHITESPACE.test(path) ? undefined : { kind: 'url' };
    if (isDrivePath(path)) {
        return PATH_CHARS.test(path.slice(2)) && path.length > 3 ? { kind: 'outside' } : undefined;
    }
    // An ASCII path needs an ASCII letter; another one any letter.
    const ascii = ASCII_PATH_CHARS.test(path);
    if (!ascii && !matchesBeyondAscii(PATH_CHARS, path))
        return undefined;
    if (!(ascii ? ASCII_LETTER : LETTER).test(path))
        return undefined;
    if (path.includes('\\'))
        return undefined;
    if (path.startsWith('/') || path.startsWith('~/')) {
        // `/tmp/x`, `~/data/`: two segments at least, so `/complete-phase` (a command) is not a path.
        const segments = path.split('/').filter((segment) => segment.length > 0);
        return segments.length >= 2 ? { kind: 'outside' } : undefined;
    }
    const trimmed = path.startsWith('./') ? path.replace(LEADING_DOT_SLASHES, '') : path;
    const slash = trimmed.includes('/');
    const extension = EXTENSION.test(trimmed);
    if (!slash) {
        return context.quoted && !context.inCommand && extension && isFileName(trimmed)
            ? { kind: 'name' }
            : undefined;
    }
    const first = firstSegment$1(trimmed);
    // Every host name holds a dot.
    if (first.includes('.') && HOST_PATTERN.test(first))
        return undefined;
    if (first.length === 0)
        return undefined;
    if (first === '.git')
        return { kind: 'relative', rooted: true };
    const rooted = context.roots.has(first) || first === '..';
    const folder = trimmed.endsWith('/');
    const elided = trimmed.startsWith('...') || trimmed.startsWith('…');
    if (context.quoted && !context.inCommand) {
        if (extension || folder || rooted || elided)
            return { kind: 'relative', rooted };
        return undefined;
    }
    const segments = nonEmptySegments(trimmed);
    const depth = segments.length;
    const last = segments[depth - 1] ?? '';
    const accepted = rooted
        ? extension || folder || TIMESTAMP_SEGMENT.test(last) || hasPlaceholder(last)
        : depth >= 2 && (extension || folder) && !startsWithDigit(first);
    return accepted ? { kind: 'relative', rooted } : undefined;
}
/** `./` and `././` prefixes, which name nothing more than the path without them. */
const LEADING_DOT_SLASHES = /^(?:\.\/)+/;
function startsWithDigit(text) {
    const code = text.charCodeAt(0);
    return code >= 0x30 && code <= 0x39;
}
/** The first non-empty segment of a path, or '' when it has none. */
function firstSegment$1(path) {
    let start = 0;
    while (path.charCodeAt(start) === 0x2f /* / */)
        start += 1;
    const end = path.indexOf('/', start);
    return path.slice(start, end < 0 ? path.length : end);
}
/** The segments of a path, empty ones (`a//b`, a trailing `/`) left out. */
function nonEmptySegments(path) {
    const segments = path.split('/');
    // Most cited paths hold no empty segment but a folder's trailing one.
    if (segments[segments.length - 1] === '')
        segments.pop();
    for (let index = 0; index < segments.length; index += 1) {
        if (segments[index].length === 0)
            return segments.filter((part) => part.length > 0);
    }
    return segments;
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
const FILE_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_\-.+@]*$/u;
/** FILE_NAME for ASCII names, tried first (see ASCII_PATH_CHARS). */
const ASCII_FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_\-.+@]*$/;
/**
 * `summary.md`, `metrics.json`: a lower-case-led name with an evidence extension. Upper-case
 * names (`README.md`, `CLAUDE.md`) are repository documents cited by name, not files of a folder.
 */
function isFileName(name) {
    const ascii = ASCII_FILE_NAME.test(name);
    if (!ascii && !matchesBeyondAscii(FILE_NAME, name))
        return false;
    if (DOCUMENT_NAMES.has(name.toLowerCase()))
        return false;
    const dot = name.lastIndexOf('.');
    const base = name.slice(0, dot);
    if (!(ascii ? ASCII_LETTER : LETTER).test(base) || base === base.toUpperCase())
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
    if (isNormal(path))
        return path;
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
/**
 * Whether normalisePath leaves the path as it is: no leading `/`, no empty segment but a
 * trailing one, no `.` or `..` segment (every one starts the path or follows a `/`). Most
 * cited paths are, and need not be split and joined.
 */
function isNormal(path) {
    const first = path.charCodeAt(0);
    if (path.length === 0 || first === 0x2f /* / */ || first === 0x2e /* . */)
        return false;
    return !path.includes('//') && !path.includes('/.');
}
/** Kind of one expanded path of a reference already judged to be a path. */
function classifyPath(path) {
    if (isUrl(path))
        return { path, kind: 'url' };
    if (path.startsWith('/') || path.startsWith('~') || isDrivePath(path)) {
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
/** `head/…/tail`, `…/tail` (or `...`): the head and the tail. */
const ELIDED_PATH = /^(.*?)(?:^|\/)(?:\.\.\.|…)\/(.+)$/;
/** Most words of prose between an anchor (or the line start) and a name resolved against it. */
const MAX_GLUE_WORDS = 4;
const MAX_SIBLING_WORDS = 1;
/** Anchors deeper than this (in segments) are ignored: no real evidence folder is that deep. */
const MAX_ANCHOR_SEGMENTS = 64;
/** The anchor segments of a resolver without anchor (one per run of text: shared). */
const NO_SEGMENTS = Object.freeze([]);
class ShorthandResolver {
    baseDir;
    anchor;
    anchorSegments = NO_SEGMENTS;
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
    /**
     * Whether the anchor may serve some shorthand on `line`; when not, anchorFor is undefined
     * whatever the layout, and no shorthand of the line resolves.
     */
    mayServe(line) {
        if (this.anchor === undefined)
            return false;
        return line === this.anchorLine || (line === this.anchorLine + 1 && this.reachesNextLine);
    }
    /** Whether rerootReports has a folder to re-root `reports/<stamp>/…` paths at. */
    hasReportsPrefix() {
        return this.evidencePrefix !== undefined || normaliseBase(this.baseDir) !== undefined;
    }
    /** Where on `line` the anchor chain last ended (offset in the line's text), if on it. */
    chainEndOn(line) {
        return this.chainLine === line ? this.chainEnd : undefined;
    }
    /**
     * Records a reference read on `line` (after any shorthand was resolved) and offers its
     * expanded paths (summed up by notedPaths) as the new anchor. `layout` is read only when
     * the paths are an evidence folder.
     */
    record(noted, line, layout, end) {
        if (noted.prefix !== undefined)
            this.evidencePrefix = noted.prefix;
        const folder = noted.folder;
        if (folder !== undefined) {
            this.anchor = folder;
            this.anchorSegments = noted.folderSegments ?? segmentsOf(folder);
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
        const match = ELIDED_PATH.exec(path);
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
        if (!citesPlanReports(path))
            return undefined;
        const prefix = this.evidencePrefix ?? normaliseBase(this.baseDir);
        return prefix === undefined ? undefined : prefix + path.replace(LEADING_DOT_SLASHES, '');
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
function notedPaths(paths, truncated) {
    const noted = {};
    for (let index = 0; index < paths.length; index += 1) {
        const { path, kind } = paths[index];
        if (kind !== 'path' && kind !== 'placeholder')
            continue;
        const prefix = evidencePrefixOf(path);
        if (prefix !== undefined)
            noted.prefix = prefix;
    }
    const folderSegments = evidenceFolderSegments(paths, truncated);
    if (folderSegments !== undefined) {
        noted.folder = paths[0].path;
        noted.folderSegments = folderSegments;
    }
    return noted;
}
/** `reports/<stamp>/…`: a plan's evidence cited from the plan folder (see rerootReports). */
function citesPlanReports(path) {
    if (!startsWithReports(path))
        return false;
    // `reports/<segment>/…` as most are written: the second segment without splitting.
    if (path.startsWith('reports/')) {
        const end = path.indexOf('/', 8);
        const second = path.slice(8, end < 0 ? path.length : end);
        if (second.length > 0 && second !== '.')
            return STAMP_SEGMENT.test(second);
    }
    const segments = segmentsOf(path);
    return segments[0] === 'reports' && STAMP_SEGMENT.test(segments[1] ?? '');
}
/**
 * Whether the first segment of the path may be `reports`: only `/` and `.` come before the
 * first `reports` in it (most cited paths start with another segment).
 */
function startsWithReports(path) {
    const at = path.indexOf('reports');
    if (at < 0)
        return false;
    for (let index = 0; index < at; index += 1) {
        const code = path.charCodeAt(index);
        if (code !== 0x2f /* / */ && code !== 0x2e /* . */)
            return false;
    }
    return true;
}
/** The segments of the only path, when it is an evidence folder (see notedPaths). */
function evidenceFolderSegments(paths, truncated) {
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
    return isEvidence(segments) ? segments : undefined;
}
/** Whether a folder's segments name evidence: a `reports` or a timestamp segment. */
function isEvidence(segments) {
    for (let index = 0; index < segments.length; index += 1) {
        const segment = segments[index];
        if (segment === 'reports' || STAMP_SEGMENT.test(segment))
            return true;
    }
    return false;
}
/** `plans/active/X/` from `plans/active/X/reports/2025-10-17T025000Z/…`. */
function evidencePrefixOf(path) {
    // Only a path with a `reports` segment after another one has one; most cited paths do not.
    if (!path.includes('/reports/'))
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
    for (let index = 0; index < segments.length; index += 1) {
        const segment = segments[index];
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
    const marks = new LineMarks(line);
    let plainStart = 0;
    let open = -1;
    // Most lines hold single backticks only: each pairs with the next, as codeSpans would pair
    // them, and the spans are read as they are found. A longer run sends the line to codeSpans.
    for (let index = line.indexOf('`'); index >= 0; index = line.indexOf('`', index + 1)) {
        if (line.charCodeAt(index + 1) === BACKTICK)
            return candidatesAround(line, codeSpans(line));
        if (open < 0) {
            open = index;
            continue;
        }
        splitPlain(line, plainStart, open, marks, candidates);
        splitSpan(line, open + 1, index, candidates);
        plainStart = index + 1;
        open = -1;
    }
    splitPlain(line, plainStart, line.length, marks, candidates);
    return candidates;
}
/** Tokens of a line with the code spans found by codeSpans. */
function candidatesAround(line, spans) {
    const candidates = [];
    const marks = new LineMarks(line);
    let plainStart = 0;
    for (let index = 0; index < spans.length; index += SPAN_FIELDS) {
        splitPlain(line, plainStart, spans[index], marks, candidates);
        splitSpan(line, spans[index + 1], spans[index + 2], candidates);
        plainStart = spans[index + 3];
    }
    splitPlain(line, plainStart, line.length, marks, candidates);
    return candidates;
}
/**
 * Code spans as a flat list of numbers, four per span: where the opening run starts, where the
 * content starts and ends, and the offset just after the closing run.
 */
const SPAN_FIELDS = 4;
/**
 * CommonMark code spans: a run of N backticks up to the next run of exactly N. Runs are
 * collected once and each is paired with the next run of its length, so unmatched runs cost
 * nothing extra.
 */
function codeSpans(line) {
    // Start and length of each run, flat. indexOf jumps from backtick to backtick.
    const runs = [];
    let uniform = true;
    for (let index = line.indexOf('`'); index >= 0; index = line.indexOf('`', index + 1)) {
        const start = index;
        while (index + 1 < line.length && line.charCodeAt(index + 1) === BACKTICK)
            index += 1;
        const length = index - start + 1;
        if (length !== 1)
            uniform = false;
        runs.push(start, length);
    }
    const count = runs.length / 2;
    if (count < 2)
        return [];
    const closing = uniform ? undefined : nextRunsOfSameLength(runs);
    const spans = [];
    let position = 0;
    while (position < count) {
        // Single backticks (most lines) pair with the next run.
        const close = closing === undefined ? position + 1 : closing[position];
        if (close < 0 || close >= count) {
            position += 1;
            continue;
        }
        const openStart = runs[2 * position];
        const closeStart = runs[2 * close];
        spans.push(openStart, openStart + runs[2 * position + 1], closeStart, closeStart + runs[2 * close + 1]);
        position = close + 1;
    }
    return spans;
}
/** For each run, the position of the next run of the same length, or -1. */
function nextRunsOfSameLength(runs) {
    const count = runs.length / 2;
    const next = new Array(count);
    const laterOfLength = new Map();
    for (let position = count - 1; position >= 0; position -= 1) {
        const length = runs[2 * position + 1];
        next[position] = laterOfLength.get(length) ?? -1;
        laterOfLength.set(length, position);
    }
    return next;
}
/**
 * Separators that end a word whatever came before (a comma only splits outside braces): the
 * spaces of isWordSpace, `|`, brackets and `"`. A table for ASCII: the stretch scans test every
 * character of a word, and a cold run interprets them.
 */
const HARD_SEPARATOR_ASCII = (() => {
    const table = new Uint8Array(128);
    for (let code = 0; code < 128; code += 1)
        if (isWordSpace(code))
            table[code] = 1;
    for (const char of '|()[]"')
        table[char.charCodeAt(0)] = 1;
    return table;
})();
const isHardSeparator = (code) => code < 128 ? HARD_SEPARATOR_ASCII[code] === 1 : isWordSpace(code);
/**
 * Plain text splits on whitespace, table pipes and brackets; commas split outside braces.
 * Only words holding a slash or a backslash are kept: an unquoted word without one is never a
 * citation. So only the stretches between hard separators that hold one are split at all (a
 * hard separator resets the splitting state, so a stretch splits as it would in the whole run);
 * the prose between them is jumped over with indexOf.
 */
function splitPlain(line, from, to, marks, out) {
    let cursor = from;
    while (cursor < to) {
        const slash = marks.slashFrom(cursor);
        if (slash < 0 || slash >= to)
            return;
        let stretchStart = slash;
        while (stretchStart > cursor && !isHardSeparator(line.charCodeAt(stretchStart - 1))) {
            stretchStart -= 1;
        }
        let stretchEnd = slash + 1;
        while (stretchEnd < to && !isHardSeparator(line.charCodeAt(stretchEnd)))
            stretchEnd += 1;
        splitStretch(line, stretchStart, stretchEnd, marks.commaFrom(stretchStart), out);
        cursor = stretchEnd + 1;
    }
}
/**
 * The next `/`, `\\` and `,` of a line at or after an offset, asked for increasing offsets. Each
 * is searched again only once passed, so the line is searched once in all for each: a line of
 * many slashes and no backslash or comma is not searched to its end at every slash.
 */
class LineMarks {
    line;
    slash = -2;
    backslash = -2;
    comma = -2;
    constructor(line) {
        this.line = line;
    }
    /** The first `/` or `\\` at or after `offset`, or -1. */
    slashFrom(offset) {
        if (this.slash !== -1 && this.slash < offset)
            this.slash = this.line.indexOf('/', offset);
        if (this.backslash !== -1 && this.backslash < offset) {
            this.backslash = this.line.indexOf('\\', offset);
        }
        const { slash, backslash } = this;
        return slash < 0 ? backslash : backslash < 0 ? slash : Math.min(slash, backslash);
    }
    /** The first `,` at or after `offset`, or -1. */
    commaFrom(offset) {
        if (this.comma !== -1 && this.comma < offset)
            this.comma = this.line.indexOf(',', offset);
        return this.comma;
    }
}
/**
 * Splits a stretch with no hard separator inside: only commas outside braces split it. The
 * stretch holds a slash; most hold no comma (`comma` is the line's first at or after `from`)
 * and are one word.
 */
function splitStretch(line, from, to, comma, out) {
    if (comma < 0 || comma >= to) {
        pushPlain(line, from, to, out);
        return;
    }
    let start = -1;
    let depth = 0;
    let slash = false;
    for (let index = from; index < to; index += 1) {
        const code = line.charCodeAt(index);
        if (code === 0x2f || code === 0x5c)
            slash = true;
        if (code === 0x7b)
            depth += 1;
        else if (code === 0x7d && depth > 0)
            depth -= 1;
        if (code === 0x2c /* , */ && depth === 0) {
            if (start >= 0 && index > start && slash)
                pushPlain(line, start, index, out);
            start = -1;
            slash = false;
        }
        else if (start < 0)
            start = index;
    }
    if (start >= 0 && to > start && slash)
        pushPlain(line, start, to, out);
}
function pushPlain(line, start, end, out) {
    out.push({ text: line.slice(start, end), start, quoted: false, inCommand: false, output: false });
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
    // Most code spans are one path: no space inside, one word. The span is sliced once and
    // searched with a native regex: a hand loop over its characters cost several times more.
    const span = line.slice(from, to);
    if (!WORD_SPACE.test(span)) {
        if (to > from)
            out.push({ text: span, start: from, quoted: true, inCommand: false, output: false });
        return;
    }
    const words = span.includes('{') ? splitWords(line, from, to) : wordsBetweenSpaces(span, from);
    if (words.length === 1) {
        const word = words[0];
        out.push({
            text: word.text,
            start: word.start,
            quoted: true,
            inCommand: false,
            output: false
        });
        return;
    }
    let writes = false;
    let creating = false;
    for (let index = 0; index < words.length; index += 1) {
        const word = words[index];
        const text = word.text;
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
/**
 * Words of a code span without braces (`span` starts at `from` in the line): the runs between
 * spaces, split natively. A word holds no space, so searching it from the end of the previous
 * one finds its own offset.
 */
function wordsBetweenSpaces(span, from) {
    const words = [];
    const parts = span.split(WORD_SPACE_RUN);
    let cursor = 0;
    for (let index = 0; index < parts.length; index += 1) {
        const text = parts[index];
        if (text.length === 0)
            continue;
        const start = span.indexOf(text, cursor);
        words.push({ text, start: from + start });
        cursor = start + text.length;
    }
    return words;
}
/** Words of a code span holding a space (a space after a comma inside braces does not split). */
function splitWords(line, from, to) {
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
        const split = isWordSpace(code) && (depth === 0 || index >= to);
        if (split) {
            if (start >= 0)
                words.push({ text: line.slice(start, index), start });
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
    // Set up on the first text that may cite something: plans ask once per table row, most cite none.
    let scan;
    const refs = [];
    // Indexed loops: this code runs cold, where `for…of` steps through an iterator per element.
    for (let index = 0; index < segments.length; index += 1) {
        const segment = segments[index];
        if (!mayCite(segment.text))
            continue;
        let candidates;
        try {
            candidates = findCandidates(segment.text);
        }
        catch {
            continue;
        }
        if (candidates.length === 0)
            continue;
        scan ??= newScan(options);
        const line = new LineReading(segment);
        for (let position = 0; position < candidates.length; position += 1) {
            const candidate = candidates[position];
            if (candidate.output && options.includeCommandOutputs !== true)
                continue;
            try {
                const ref = readCandidate(candidate, line, scan);
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
function newScan(options) {
    // Words are judged once per process for the default roots; custom roots are judged afresh.
    const words = options.roots === undefined ? judgedWordsFor(options.maxExpansion) : undefined;
    return {
        roots: options.roots === undefined ? DEFAULT_ROOTS : new Set(options.roots),
        // A run citing no folder never needs its resolver (see resolverOf); one with a base folder
        // may re-root its first citation.
        resolver: options.baseDir === undefined ? undefined : new ShorthandResolver(options.baseDir),
        maxExpansion: options.maxExpansion,
        words
    };
}
/**
 * The run's resolver, made on first use: most runs (one attempt each) cite no evidence folder,
 * and until one is recorded a new resolver answers as a resolver that knows nothing.
 */
function resolverOf(scan) {
    scan.resolver ??= new ShorthandResolver();
    return scan.resolver;
}
/**
 * Every citation holds a slash, a backslash or a backtick (a lone file name is backticked), so
 * a line of plain prose is skipped before it is split into words.
 */
function mayCite(text) {
    return text.includes('/') || text.includes('`') || text.includes('\\');
}
/** One segment being read; its layout is measured only when a reference needs it. */
class LineReading {
    segment;
    measured;
    constructor(segment) {
        this.segment = segment;
    }
    get layout() {
        this.measured ??= layoutOf(this.segment);
        return this.measured;
    }
}
function readCandidate(candidate, reading, scan) {
    // Only a backticked word (not a command's) may be a lone file name; any other citation holds
    // a `/` (or `\`).
    const slash = candidate.text.includes('/') || candidate.text.includes('\\');
    if (!slash && (!candidate.quoted || candidate.inCommand || !candidate.text.includes('.'))) {
        return undefined;
    }
    const judged = judge(candidate, scan);
    if (judged === undefined)
        return undefined;
    const { token, shape } = judged;
    // A path cited with a line or test suffix is code being discussed: never shorthand.
    if (token.located && (shape.kind === 'name' || (shape.kind === 'relative' && !shape.rooted))) {
        return undefined;
    }
    const segment = reading.segment;
    const offset = candidate.start + token.offset;
    // A word's plain reading is made from its second citation on (most words of a small ledger
    // are cited once). Custom roots are always read afresh: the reference the shared readings
    // are checked against (tests).
    const plain = scan.words !== undefined && judged.cited ? plainReadingOf(judged, scan) : undefined;
    judged.cited = true;
    let expansion;
    let noted;
    if (plain !== undefined && resolverIsIdle(plain, scan.resolver, segment.line)) {
        expansion = plain.expansion;
        noted = plain.noted;
    }
    else {
        const resolver = resolverOf(scan);
        const at = { line: segment.line, layout: servedLayout(reading, resolver, offset) };
        expansion = expandCited(judged, scan, resolver, at);
        if (expansion !== undefined)
            noted = notedOf(judged, expansion);
    }
    if (expansion === undefined || noted === undefined)
        return undefined;
    const column = segment.column + offset;
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
    const layout = noted.folder !== undefined ? reading.layout : NO_LAYOUT;
    // Recording paths that are no evidence folder and name no evidence prefix changes nothing in
    // a resolver that knows nothing.
    const resolver = noted.prefix !== undefined || noted.folder !== undefined ? resolverOf(scan) : scan.resolver;
    resolver?.record(noted, segment.line, layout, offset + token.raw.length);
    return ref;
}
/**
 * The layout of a reference at `offset` with its glue words, as a shorthand against the anchor
 * needs it; when the anchor cannot serve the line no shorthand resolves, whatever the layout.
 */
function servedLayout(reading, resolver, offset) {
    const { segment } = reading;
    if (!resolver.mayServe(segment.line))
        return NO_LAYOUT;
    const layout = reading.layout;
    const gapStart = resolver.chainEndOn(segment.line) ?? layout.contentOffset;
    const glueWords = wordsBetween(segment.text.slice(Math.min(gapStart, offset), offset));
    return { ...layout, glueWords };
}
const DEFAULT_ROOTS = new Set(DEFAULT_ARTIFACT_ROOTS);
const NO_LAYOUT = { indent: 0 };
/** Whether the run's resolver would read the word as a resolver knowing no folder does. */
function resolverIsIdle(plain, resolver, line) {
    if (resolver === undefined)
        return true;
    if (plain.asksAnchor && resolver.mayServe(line))
        return false;
    return !plain.asksPrefix || !resolver.hasReportsPrefix();
}
/** The plain reading of a word of the process-wide table (made once, on first use). */
function plainReadingOf(judged, scan) {
    if (judged.plain !== undefined)
        return judged.plain;
    const probe = new ProbingResolver();
    const at = { line: 1, layout: NO_LAYOUT };
    const expansion = expandCited(judged, scan, probe, at);
    const plain = {
        expansion: expansion === undefined ? undefined : freezeExpansion(expansion),
        noted: expansion === undefined ? undefined : notedPaths(expansion.paths, expansion.truncated),
        asksAnchor: probe.askedAnchor,
        asksPrefix: probe.askedPrefix
    };
    judged.plain = plain;
    return plain;
}
/** notedPaths of an expansion, shared while the word expands to the same paths. */
function notedOf(judged, expansion) {
    if (judged.lastNoted !== undefined && expansion.paths === judged.lastPaths) {
        return judged.lastNoted;
    }
    const noted = notedPaths(expansion.paths, expansion.truncated);
    if (expansion.paths === judged.lastPaths)
        judged.lastNoted = noted;
    return noted;
}
function freezeExpansion(expansion) {
    Object.freeze(expansion.paths);
    return Object.freeze(expansion);
}
/** A resolver that knows no folder and records which of its answers the word depended on. */
class ProbingResolver extends ShorthandResolver {
    askedAnchor = false;
    askedPrefix = false;
    resolveName(name, line, layout) {
        this.askedAnchor = true;
        return super.resolveName(name, line, layout);
    }
    resolveRelative(path, line, layout) {
        this.askedAnchor = true;
        return super.resolveRelative(path, line, layout);
    }
    resolveParent(path, line, layout) {
        this.askedAnchor = true;
        return super.resolveParent(path, line, layout);
    }
    resolveElided(path, line, layout) {
        this.askedAnchor = true;
        return super.resolveElided(path, line, layout);
    }
    rerootReports(path) {
        if (citesPlanReports(path))
            this.askedPrefix = true;
        return super.rerootReports(path);
    }
}
let judgedWords = newJudgedWords(Number.NaN);
const MAX_JUDGED_WORDS = 20_000;
function newJudgedWords(maxExpansion) {
    return { maxExpansion, byKind: [new Map(), new Map(), new Map(), new Map()] };
}
/** The table for this cap of brace expansion (a new one when the cap changes). */
function judgedWordsFor(maxExpansion) {
    if (!Object.is(judgedWords.maxExpansion, maxExpansion)) {
        judgedWords = newJudgedWords(maxExpansion);
    }
    return judgedWords;
}
function judge(candidate, scan) {
    const table = scan.words?.byKind[(candidate.quoted ? 2 : 0) + (candidate.inCommand ? 1 : 0)] ?? undefined;
    if (table !== undefined) {
        const known = table.get(candidate.text);
        if (known !== undefined)
            return known ?? undefined;
    }
    const token = trimToken(candidate.text, candidate.quoted);
    const shape = token === undefined
        ? undefined
        : shapeOf(token.path, {
            quoted: candidate.quoted,
            inCommand: candidate.inCommand,
            roots: scan.roots
        });
    const judged = token !== undefined && shape !== undefined ? { token, shape } : undefined;
    if (table !== undefined) {
        if (table.size >= MAX_JUDGED_WORDS)
            table.clear();
        table.set(candidate.text, judged ?? null);
    }
    return judged;
}
/**
 * classifyPath by path (pure, and paths repeat). The objects are frozen and shared by every
 * reference citing the path: no consumer changes them.
 */
const classified = new Map();
function classifyCached(path) {
    let known = classified.get(path);
    if (known === undefined) {
        known = Object.freeze(classifyPath(path));
        if (classified.size >= MAX_JUDGED_WORDS)
            classified.clear();
        classified.set(path, known);
    }
    return known;
}
function bracesOf(judged, maxExpansion) {
    if (judged.braces !== undefined)
        return judged.braces;
    const path = judged.token.path;
    const braces = hasBraceGroup(path)
        ? expandBraces(path, maxExpansion)
        : { paths: [path], truncated: false };
    judged.braces = braces;
    return braces;
}
function expandCited(judged, scan, resolver, at) {
    const { shape } = judged;
    const path = judged.token.path;
    if (shape.kind === 'url' || shape.kind === 'outside') {
        judged.whole ??= freezeExpansion({
            paths: [Object.freeze({ path, kind: shape.kind })],
            truncated: false
        });
        return judged.whole;
    }
    const expansion = bracesOf(judged, scan.maxExpansion);
    const paths = [];
    // Only a brace list can name one path twice.
    const seen = expansion.paths.length > 1 ? new Set() : undefined;
    for (let index = 0; index < expansion.paths.length; index += 1) {
        const expanded = expansion.paths[index];
        const resolved = resolveShorthand(expanded, shape, resolver, scan.roots, at);
        if (resolved === undefined)
            continue;
        const artifact = classifyCached(resolved);
        if (seen !== undefined) {
            const key = `${artifact.kind}:${artifact.path}`;
            if (seen.has(key))
                continue;
            seen.add(key);
        }
        paths.push(artifact);
    }
    if (paths.length === 0 && !expansion.truncated)
        return undefined;
    return { paths: sharedPaths(judged, paths), truncated: expansion.truncated };
}
/**
 * The paths as a frozen array of their exact size, shared with the word's previous citation when
 * it expanded to the same paths: a history cites one folder thousands of times, and each array
 * grown by `push` keeps spare slots. Consumers never change `paths` (plain readings share theirs).
 */
function sharedPaths(judged, paths) {
    const last = judged.lastPaths;
    if (last !== undefined && samePaths(last, paths))
        return last;
    const exact = Object.freeze(paths.slice());
    judged.lastPaths = exact;
    judged.lastNoted = undefined;
    return exact;
}
function samePaths(a, b) {
    if (a.length !== b.length)
        return false;
    for (let index = 0; index < a.length; index += 1)
        if (a[index] !== b[index])
            return false;
    return true;
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
    const first = firstSegmentAfterDots(path);
    if (roots.has(first))
        return path;
    if (hasPlaceholder(first))
        return undefined;
    return resolver.resolveRelative(path, line, layout);
}
/** The path's first segment once leading `./` are removed. */
function firstSegmentAfterDots(path) {
    let start = 0;
    while (path.startsWith('./', start))
        start += 2;
    const slash = path.indexOf('/', start);
    return path.slice(start, slash < 0 ? path.length : slash);
}
const SENTENCE_END = /[.;!?](?:\s|$)/;
/** Words of prose in a gap between references; Infinity across a sentence end. */
function wordsBetween(gap) {
    if (gap.length > 200 || SENTENCE_END.test(gap))
        return Number.POSITIVE_INFINITY;
    let words = 0;
    const split = gap.split(WHITESPACE_RUN);
    for (let index = 0; index < split.length; index += 1) {
        if (hasLetterOrDigit(split[index]))
            words += 1;
    }
    return words;
}
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
/** Indent of the segment's first non-blank character, and of its list marker if it has one. */
function layoutOf(segment) {
    const text = segment.text;
    let index = 0;
    while (index < text.length && (text[index] === ' ' || text[index] === '\t'))
        index += 1;
    const indent = segment.column - 1 + index;
    const marker = LIST_MARKER.exec(text.slice(index, index + 16));
    if (marker === null)
        return { indent, contentOffset: index };
    return { indent, itemIndent: indent, contentOffset: index + marker[0].length };
}

/**
 * A date read from a ledger line: it keeps the line and columns and reads its text and range from
 * the document when asked for. An attempt makes one at every read of its date, and most readers
 * want its epoch only.
 */
class LocatedText {
    #source;
    #line;
    #column;
    #endColumn;
    constructor(source, line, column, endColumn) {
        this.#source = source;
        this.#line = line;
        this.#column = column;
        this.#endColumn = endColumn;
    }
    get raw() {
        return this.#source.sliceLine(this.#line, this.#column, this.#endColumn);
    }
    get range() {
        const line = this.#line;
        return { line, column: this.#column, endLine: line, endColumn: this.#endColumn };
    }
}
/** An attempt's date, made from its row when read (see LedgerAttempt). */
class LedgerDate extends LocatedText {
    epochMs;
    precision;
    constructor(source, line, column, endColumn, { epochMs, precision }) {
        super(source, line, column, endColumn);
        this.epochMs = epochMs;
        this.precision = precision;
    }
}
/**
 * Columns below this and references shorter than this pack, with three bits of flags, into one
 * small integer (31 bits: a field that once held a larger number would box it in every object).
 */
const MAX_PACKED_COLUMN = 1 << 13;
const LENGTH_BITS = 15;
const MAX_PACKED_LENGTH = 1 << LENGTH_BITS;
const FLAG_BITS = 3;
/** `truncated` as a reference gives it: absent, false or true (by index, see #at). */
const TRUNCATED_VALUES = [undefined, false, true];
/**
 * An artifact reference of the ledger: like a LocatedText, with its column, length, `quoted` and
 * `truncated` packed into one number (a long history holds a reference per attempt). References
 * further right or longer stay as parsed (see locatedRef).
 */
class LedgerArtifactRef {
    paths;
    #source;
    #line;
    /**
     * `(column * MAX_PACKED_LENGTH + length) << FLAG_BITS | flags`, the flags being `quoted`
     * (bit 0) and `truncated` as its index in TRUNCATED_VALUES (bits 1-2).
     */
    #at;
    constructor(source, ref) {
        const { line, column, endColumn } = ref.range;
        this.paths = ref.paths;
        this.#source = source;
        this.#line = line;
        const flags = (ref.quoted ? 1 : 0) | (TRUNCATED_VALUES.indexOf(ref.truncated) << 1);
        this.#at = ((column * MAX_PACKED_LENGTH + (endColumn - column)) << FLAG_BITS) | flags;
    }
    static fits(range) {
        return range.column < MAX_PACKED_COLUMN && range.endColumn - range.column < MAX_PACKED_LENGTH;
    }
    get quoted() {
        return (this.#at & 1) === 1;
    }
    get truncated() {
        return TRUNCATED_VALUES[(this.#at >> 1) & 3];
    }
    // TypeScript-private, not `#` accessors: those mark each reference with a brand (one more slot).
    get packedColumn() {
        return this.#at >> (FLAG_BITS + LENGTH_BITS);
    }
    get packedEndColumn() {
        return this.packedColumn + ((this.#at >> FLAG_BITS) & (MAX_PACKED_LENGTH - 1));
    }
    get raw() {
        return this.#source.sliceLine(this.#line, this.packedColumn, this.packedEndColumn);
    }
    get range() {
        const line = this.#line;
        return { line, column: this.packedColumn, endLine: line, endColumn: this.packedEndColumn };
    }
}
/** Whether `raw` is exactly the document's text at `range` (so it can be read back from there). */
function isAt(source, raw, range) {
    const { line, column, endLine, endColumn } = range;
    if (endLine !== line || endColumn - column !== raw.length || column < 1)
        return false;
    // What `startsWith(raw, column - 1)` tells, several times faster on a two-byte (non-ASCII)
    // line, where V8's startsWith compares character by character.
    return source.sliceLine(line, column, endColumn) === raw;
}
/** The reference as the model keeps it (unchanged when its text is not where its range says). */
function locatedRef(source, ref) {
    const located = LedgerArtifactRef.fits(ref.range) && isAt(source, ref.raw, ref.range);
    return located ? new LedgerArtifactRef(source, ref) : ref;
}

function addProblem(ctx, kind, message, range, entryId) {
    const problem = { kind, message, range: { ...range } };
    if (entryId !== undefined)
        problem.entryId = entryId;
    ctx.problems.push(problem);
}
/** The text of line `line` (1-based; empty outside the document). */
function lineText$1(ctx, line) {
    return ctx.source.line(line);
}
/** Range of whole lines `start..end` (1-based, inclusive). */
function linesRange(ctx, start, end, column = 1) {
    const last = Math.max(start, end);
    return { line: start, column, endLine: last, endColumn: ctx.source.lengthOf(last) + 1 };
}
/**
 * Last line at or before `line` (and not before `floor`) with content: blank lines and `---`
 * separators between entries do not belong to the entry or attempt before them.
 */
function lastContentLine(ctx, line, floor) {
    let current = line;
    while (current > floor && isSeparatorOrBlank(lineText$1(ctx, current)))
        current -= 1;
    return Math.max(current, floor);
}
function isSeparatorOrBlank(text) {
    const { index, width } = measureIndent(text);
    return index >= text.length || (width < 4 && isThematicBreak(text, index));
}
/** One artifact segment per source line, the first one starting at `firstColumn`. */
function lineSegments(ctx, start, end, firstColumn = 1, skip) {
    if (start === end && skip === undefined) {
        // One line (most attempts): no array grown by `push`, which starts with 17 slots.
        const length = ctx.source.lengthOf(start);
        const text = ctx.source.sliceLine(start, firstColumn, length + 1);
        return length >= firstColumn ? [{ text, line: start, column: firstColumn }] : [];
    }
    const segments = [];
    for (let line = start; line <= end; line += 1) {
        if (skip?.(line) === true)
            continue;
        const length = ctx.source.lengthOf(line);
        const column = line === start ? firstColumn : 1;
        if (length >= column) {
            segments.push({ text: ctx.source.sliceLine(line, column, length + 1), line, column });
        }
    }
    return segments;
}
function artifactsOf(ctx, segments) {
    if (segments.length === 0)
        return [];
    try {
        const refs = extractArtifacts(segments, { maxExpansion: ctx.config.artifacts.maxExpansion });
        // An array grown by `push` keeps spare slots (17 for one element); the model holds one of
        // these per attempt, so it keeps a copy of the exact size, of references read from the text.
        return refs.length === 0 ? refs : refs.map((ref) => locatedRef(ctx.source, ref));
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
    // Most values hold no marker at all: nothing to remove but the surrounding spaces.
    if (!hasMarkupCharacter(bounded))
        return bounded.trim();
    let result = bounded.replaceAll('`', '');
    result = result.replace(/\*\*|__/g, '');
    // Single `*` / `_` used as emphasis sit at the edges of words; inside words they are text.
    result = result.replace(/(^|[\s(])[*_]+(?=\S)/g, '$1').replace(/(\S)[*_]+(?=$|[\s),.:;])/g, '$1');
    return result.trim();
}
function hasMarkupCharacter(text) {
    for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        if (code === 0x60 /* ` */ || code === 0x2a /* * */ || code === 0x5f /* _ */)
            return true;
    }
    return false;
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
function firstToken$1(text) {
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
    // Line by line: an archive grown to megabytes may be paged, and is then never one string.
    const lines = rawLinesOf(text);
    for (let index = 0; index < lines.count; index++) {
        const line = lines.at(index);
        if (line.length > MAX_SUMMARY_LINE)
            continue;
        const heading = SECTION_HEADING.exec(line);
        if (heading) {
            section = withoutClosingHashes(heading[1] ?? '');
            continue;
        }
        const entry = summaryEntry(line, index + 1, idPattern, section);
        if (!entry || known.has(entry.id))
            continue;
        known.add(entry.id);
        added.push(entry);
    }
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

/** Rows per chunk: the table grows by whole chunks, never copying the rows it holds. */
const CHUNK_BITS = 11;
const CHUNK_ROWS$1 = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_ROWS$1 - 1;
/** The 32-bit integers of a block's row. */
const Field$1 = {
    /**
     * Kind (see Kind), then for a list item: a leaked prefix (bit 2), the marker length (bits 3-6),
     * the indent (bits 7-18) and the depth (bits 19-30), those two 0 when kept in `wide`.
     */
    Head: 0,
    Parent: 1,
    /** A list item's first and last lines; for another block, Line is the index in `objects`. */
    Line: 2,
    EndLine: 3,
    /** A list item's marker and content columns, packed (see `pack`); -1: kept in `wide`. */
    Columns: 4
};
const WIDTH = Object.keys(Field$1).length;
const Kind = { Released: 0, Object: 1, ListItem: 2 };
const KIND_MASK = 3;
const LEAKED_BIT = 4;
const MARKER_SHIFT = 3;
const MARKER_MASK = 15;
const INDENT_SHIFT = 7;
const DEPTH_SHIFT = 19;
/** Indents and depths below this fit the head. */
const MAX_LEVEL = 1 << 12;
/** Two numbers below PACK are kept as one integer. */
const PACK_BITS = 15;
const PACK = 1 << PACK_BITS;
/** `high * PACK + low`, or -1 when either does not fit. */
function pack(high, low) {
    return high >= 0 && high < PACK && low >= 0 && low < PACK ? high * PACK + low : -1;
}
function fitsHead(level) {
    return level >= 0 && level < MAX_LEVEL;
}
/**
 * The blocks of a structure-only scan (see scanStructure), in document order. A list item is a
 * row of integers, made into a block object only when read (`at`); other blocks (headings,
 * tables) are kept as scanned. A long ledger history is one list item per attempt, all scanned
 * before the ledger is read: an object per item would outlive several young-generation
 * collections and be promoted, to stay in the old generation as garbage once the parse ends.
 */
class BlockTable {
    #source;
    #chunks = [];
    #objects = [];
    #wide = new Map();
    #count = 0;
    /** Scans one more line; false once the document is scanned (see `scanLazily`). */
    #more;
    /** Whether the blocks so far are final: no list item or table still open. */
    #settled = () => true;
    constructor(source) {
        this.#source = source;
    }
    /**
     * Makes the table fill itself as it is read: asking for a block past those scanned scans
     * lines until it exists (or the document ends), and `length` scans to the end. The parser
     * then reads an entry right after its lines were scanned, while they are still decoded.
     */
    scanLazily(more, settled) {
        this.#more = more;
        this.#settled = settled;
    }
    /** Number of blocks scanned so far (what the scanner adds to). */
    get scanned() {
        return this.#count;
    }
    /** Number of blocks (the whole document is scanned first). */
    get length() {
        this.#scanTo(Infinity);
        return this.#count;
    }
    /** Whether block `index` exists, scanning as far as needed to know. */
    has(index) {
        if (index >= this.#count)
            this.#scanTo(index);
        return index < this.#count;
    }
    /**
     * Scans on until every block scanned so far is final (no list item or table is still open,
     * as after a top-level heading): then the blocks before may be read.
     */
    settle() {
        const more = this.#more;
        if (more === undefined)
            return;
        while (!this.#settled()) {
            if (!more()) {
                this.#more = undefined;
                return;
            }
        }
    }
    #scanTo(index) {
        const more = this.#more;
        if (more === undefined)
            return;
        while (this.#count <= index) {
            if (!more()) {
                this.#more = undefined;
                return;
            }
        }
    }
    /** The kind of block `index`; undefined when released or outside the table. */
    kindAt(index) {
        const rows = this.#rowsOf(index);
        if (rows === undefined)
            return undefined;
        const base = (index & CHUNK_MASK) * WIDTH;
        const kind = (rows[base + Field$1.Head] ?? 0) & KIND_MASK;
        if (kind === Kind.ListItem)
            return 'listItem';
        return kind === Kind.Object ? this.#objects[rows[base + Field$1.Line] ?? -1]?.kind : undefined;
    }
    /** Block `index` (undefined when released or outside the table); a list item is a new object. */
    at(index) {
        // Straight-line reads of one row: this runs once per item read, much of it before the JIT.
        const rows = this.#rowsOf(index);
        if (rows === undefined)
            return undefined;
        const base = (index & CHUNK_MASK) * WIDTH;
        const head = rows[base + Field$1.Head] ?? 0;
        const kind = head & KIND_MASK;
        if (kind === Kind.Object)
            return this.#objects[rows[base + Field$1.Line] ?? -1];
        if (kind !== Kind.ListItem)
            return undefined;
        const columns = rows[base + Field$1.Columns] ?? 0;
        const wide = columns < 0 ? this.#wide.get(index) : undefined;
        return new TableListItem(this.#source, rows[base + Field$1.Parent] ?? -1, rows[base + Field$1.Line] ?? 0, rows[base + Field$1.EndLine] ?? 0, head, wide ?? unpack(columns, head));
    }
    /** Forgets block `index`: `at` and `kindAt` then answer undefined. */
    release(index) {
        const rows = this.#rowsOf(index);
        if (rows === undefined)
            return;
        const base = (index & CHUNK_MASK) * WIDTH;
        if (((rows[base + Field$1.Head] ?? 0) & KIND_MASK) === Kind.Object) {
            // The index stays taken (blocks are found by position); the object is let go.
            this.#objects[rows[base + Field$1.Line] ?? -1] = undefined;
        }
        rows[base + Field$1.Head] = Kind.Released;
    }
    /** Every block, list items made as objects (for callers that want an array). */
    toArray() {
        this.#scanTo(Infinity);
        const blocks = [];
        for (let index = 0; index < this.#count; index += 1) {
            const block = this.at(index);
            if (block !== undefined)
                blocks.push(block);
        }
        return blocks;
    }
    /** Appends a block kept as scanned; returns its index. */
    addObject(block) {
        const index = this.#count;
        const rows = this.#addRow();
        const base = (index & CHUNK_MASK) * WIDTH;
        rows[base + Field$1.Head] = Kind.Object;
        rows[base + Field$1.Parent] = block.parent;
        rows[base + Field$1.Line] = this.#objects.length;
        this.#objects.push(block);
        return index;
    }
    /**
     * Appends the list item opened by `marker` on `line`, under block `parent` at `depth` open
     * items, its marker indented by `indent` columns; returns its index.
     */
    addItem(marker, line, parent, indent, depth) {
        const index = this.#count;
        const rows = this.#addRow();
        const base = (index & CHUNK_MASK) * WIDTH;
        const leaked = marker.leakedPrefix !== undefined;
        const column = marker.markerIndex + 1 - (leaked ? 1 : 0);
        const contentColumn = marker.contentIndex + 1;
        const head = Kind.ListItem | (leaked ? LEAKED_BIT : 0) | (marker.marker.length << MARKER_SHIFT);
        rows[base + Field$1.Parent] = parent;
        rows[base + Field$1.Line] = line;
        rows[base + Field$1.EndLine] = line;
        const columns = pack(column, contentColumn);
        if (columns < 0 || !fitsHead(indent) || !fitsHead(depth)) {
            this.#wide.set(index, { column, contentColumn, indent, depth });
            rows[base + Field$1.Head] = head;
            rows[base + Field$1.Columns] = -1;
        }
        else {
            rows[base + Field$1.Head] = head | (indent << INDENT_SHIFT) | (depth << DEPTH_SHIFT);
            rows[base + Field$1.Columns] = columns;
        }
        return index;
    }
    /** Makes list item `index` end at `lineNo` (or at its first line, if that is later). */
    closeItem(index, lineNo) {
        const rows = this.#rowsOf(index);
        if (rows === undefined)
            return;
        const base = (index & CHUNK_MASK) * WIDTH;
        const endLine = Math.max(rows[base + Field$1.Line] ?? 0, lineNo);
        if (endLine > (rows[base + Field$1.EndLine] ?? 0))
            rows[base + Field$1.EndLine] = endLine;
    }
    /** The chunk holding row `index`; undefined outside the table. */
    #rowsOf(index) {
        if (index >= this.#count)
            this.#scanTo(index);
        return index >= 0 && index < this.#count ? this.#chunks[index >> CHUNK_BITS] : undefined;
    }
    /** Takes the next row (zeros) and returns its chunk. */
    #addRow() {
        const index = this.#count;
        let rows = this.#chunks[index >> CHUNK_BITS];
        if (rows === undefined) {
            rows = new Int32Array(CHUNK_ROWS$1 * WIDTH);
            this.#chunks.push(rows);
        }
        this.#count = index + 1;
        return rows;
    }
}
/** The positions of an item that `addItem` packed into its `columns` and `head`. */
function unpack(columns, head) {
    return {
        column: columns >> PACK_BITS,
        contentColumn: columns & (PACK - 1),
        indent: (head >> INDENT_SHIFT) & (MAX_LEVEL - 1),
        depth: (head >> DEPTH_SHIFT) & (MAX_LEVEL - 1)
    };
}
/**
 * A list item of a BlockTable: its range, text and marker are read from the document's lines
 * when asked for (`range` is a new object at every read).
 */
class TableListItem {
    /** A field, not a getter: readers ask every block for its kind, most often before the JIT. */
    kind = 'listItem';
    parent;
    indent;
    depth;
    contentColumn;
    #source;
    #line;
    #endLine;
    /** Column of the marker (of the leaked prefix before it, when there is one). */
    #column;
    /** The row's head: a leaked prefix (LEAKED_BIT) and the marker's length (see Field.Head). */
    #head;
    constructor(source, parent, line, endLine, head, { column, contentColumn, indent, depth }) {
        this.parent = parent;
        this.indent = indent;
        this.depth = depth;
        this.contentColumn = contentColumn;
        this.#source = source;
        this.#line = line;
        this.#endLine = endLine;
        this.#column = column;
        this.#head = head;
    }
    get range() {
        const endLine = this.#endLine;
        const endColumn = this.#source.lengthOf(endLine) + 1;
        return { line: this.#line, column: this.#column, endLine, endColumn };
    }
    get text() {
        const line = this.#source.line(this.#line);
        const start = this.contentColumn - 1;
        return line.slice(start, trimmedEnd(line, start));
    }
    get marker() {
        const start = this.#column + ((this.#head & LEAKED_BIT) !== 0 ? 1 : 0);
        const length = (this.#head >> MARKER_SHIFT) & MARKER_MASK;
        return this.#source.sliceLine(this.#line, start, start + length);
    }
    get ordered() {
        const code = this.marker.charCodeAt(0);
        return code >= 0x30 && code <= 0x39;
    }
    get leakedPrefix() {
        if ((this.#head & LEAKED_BIT) === 0)
            return undefined;
        return this.#source.sliceLine(this.#line, this.#column, this.#column + 1);
    }
}

/**
 * Splits a table row into cells on unescaped `|`. A leading and a trailing pipe are optional.
 * Columns are 1-based on the source line; cell text is trimmed and `\|` unescaped.
 */
function splitTableRow(line, from) {
    const cells = [];
    let start = from;
    let end = line.length;
    while (start < end && isSpaceOrTab(line.charCodeAt(start)))
        start += 1;
    while (end > start && isSpaceOrTab(line.charCodeAt(end - 1)))
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
    while (start < end && isSpaceOrTab(line.charCodeAt(start)))
        start += 1;
    while (end > start && isSpaceOrTab(line.charCodeAt(end - 1)))
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
    while (index < end && isSpaceOrTab(line.charCodeAt(index)))
        index += 1;
    let leadingPipe = false;
    if (line.charCodeAt(index) === 0x7c) {
        leadingPipe = true;
        index += 1;
    }
    let cells = 0;
    let sawPipeAfterCell = false;
    for (;;) {
        while (index < end && isSpaceOrTab(line.charCodeAt(index)))
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
        while (index < end && isSpaceOrTab(line.charCodeAt(index)))
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

const STRUCTURE_KINDS = new Set(['heading', 'listItem', 'table']);
/** Like `scanBlocks`, also returning the lines the block ranges refer to. */
function scanDocument(text, options = {}) {
    const { lines, source } = splitSource(text);
    if (options.structureOnly === true) {
        const table = new BlockTable(source);
        new Scanner(source, lines, new TableSink(table)).run();
        return { lines, blocks: table.toArray(), source };
    }
    const blocks = [];
    new Scanner(source, lines, new BlockList(source, blocks)).run();
    return { lines, blocks, source };
}
/**
 * The blocks of a structure-only scan (see ScanOptions) and where the lines sit in the text, with
 * no string kept per line: each line is sliced from the text when read (a 20 MB ledger has a
 * hundred thousand lines, which the parse would otherwise hold as strings until it ends), and no
 * object kept per list item (see BlockTable).
 */
function scanStructure(text) {
    const source = sourceLinesOf(text);
    const blocks = new BlockTable(source);
    const scanner = new Scanner(source, undefined, new TableSink(blocks));
    // Scanned as the parser reads: see BlockTable.scanLazily.
    blocks.scanLazily(() => scanner.step(), () => scanner.settled);
    return { blocks, source };
}
/** Every block as an object, in an array. */
class BlockList {
    source;
    blocks;
    structureOnly = false;
    constructor(source, blocks) {
        this.source = source;
        this.blocks = blocks;
    }
    get length() {
        return this.blocks.length;
    }
    add(block) {
        this.blocks.push(block);
    }
    addItem(marker, line, lineNo, parent, indent, depth) {
        const block = {
            kind: 'listItem',
            parent,
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
            depth
        };
        if (marker.leakedPrefix !== undefined)
            block.leakedPrefix = marker.leakedPrefix;
        this.blocks.push(block);
    }
    closeItem(index, lineNo) {
        const block = this.blocks[index];
        if (block !== undefined)
            extendBlock(this.source, block, Math.max(block.range.line, lineNo));
    }
    replace(paragraph, heading) {
        // No block is added while a paragraph is open: it is the last block.
        const index = this.blocks.lastIndexOf(paragraph);
        if (index < 0)
            return false;
        this.blocks[index] = heading;
        return true;
    }
}
/** The blocks of a structure-only scan, list items as rows of a BlockTable. */
class TableSink {
    table;
    structureOnly = true;
    constructor(table) {
        this.table = table;
    }
    get length() {
        return this.table.scanned;
    }
    add(block) {
        this.table.addObject(block);
    }
    addItem(marker, _line, lineNo, parent, indent, depth) {
        this.table.addItem(marker, lineNo, parent, indent, depth);
    }
    closeItem(index, lineNo) {
        this.table.closeItem(index, lineNo);
    }
    replace() {
        // A structure-only scan never adds a paragraph.
        return false;
    }
}
/**
 * Whether a block other than text may start with this character: `#` (heading), `-` `+` `*` `_`
 * (list item, thematic break, leaked prefix), a digit (ordered item), `` ` `` `~` (fence), `<`
 * (HTML). A line's content starting with any other character is text.
 */
function mayStartBlock(code) {
    switch (code) {
        case HASH$1:
        case 0x2d: // -
        case 0x2b: // +
        case 0x2a: // *
        case 0x5f: // _
        case BACKTICK$1:
        case TILDE:
        case 0x3c: // <
            return true;
        default:
            return code >= 0x30 && code <= 0x39;
    }
}
class Scanner {
    source;
    lines;
    blocks;
    /** The open list items, innermost last: their block indices... */
    openItems = [];
    /** ... and the visual column a line must reach to belong to each. */
    openIndents = [];
    fence;
    html;
    paragraph;
    table;
    code;
    /** The paragraph block a structure-only scan reuses (see openParagraph). */
    scratchParagraph = {
        kind: 'paragraph',
        parent: -1,
        range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
    };
    /** Last non-blank line (1-based) that belonged to the open containers. */
    lastContent = 0;
    /**
     * The list marker read last and where: a line that interrupts a paragraph with a list item is
     * asked for its marker twice (does it interrupt? then the item itself).
     */
    markerLineNo = 0;
    markerFirst = 0;
    markerIndent = 0;
    marker;
    structureOnly;
    constructor(source, 
    /** The lines as strings, when the caller has them; otherwise each is sliced when read. */
    lines, blocks) {
        this.source = source;
        this.lines = lines;
        this.blocks = blocks;
        this.structureOnly = blocks.structureOnly;
    }
    /** Line `i` (0-based; empty outside the document). */
    lineAt(i) {
        return this.lines?.[i] ?? this.source.line(i + 1);
    }
    /** Index of the next line to scan; past the end once the scan is finished. */
    next = 0;
    finished = false;
    run() {
        while (this.step()) {
            // Every line, in order.
        }
    }
    /** Scans the next line (or finishes the scan at the end); false once finished. */
    step() {
        if (this.finished)
            return false;
        const count = this.source.count;
        if (this.next < count) {
            this.next = this.scanLine(this.next) + 1;
            return true;
        }
        this.closeLeaves(count);
        this.popItemsTo(0);
        this.finished = true;
        return false;
    }
    /** Whether no list item or table is open: the blocks found so far will not change. */
    get settled() {
        return this.openItems.length === 0 && this.table === undefined;
    }
    /** Processes line `i` (0-based); returns the last line index it consumed. */
    scanLine(i) {
        const line = this.lineAt(i);
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
            if (!this.interruptsParagraph(lineNo, line, first, indent)) {
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
        return this.scanContent(i, line, first, indent, parent);
    }
    /**
     * Reads the block that starts at `first` on line `i` inside the current container: a list
     * marker opens an item and its content is read the same way, so `- - x` nests.
     */
    scanContent(i, line, start, startIndent, startParent) {
        const lineNo = i + 1;
        let first = start;
        let indent = startIndent;
        let parent = startParent;
        this.lastContent = lineNo;
        for (;;) {
            if (first >= line.length)
                return i;
            if (!mayStartBlock(line.charCodeAt(first)))
                break;
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
            const marker = this.listMarker(lineNo, line, first, indent);
            if (marker !== undefined && !(this.paragraph !== undefined && !canInterrupt(marker))) {
                this.closeParagraph();
                parent = this.openItem(marker, line, lineNo, indent);
                first = marker.contentIndex;
                indent = marker.contentIndent;
                continue;
            }
            break;
        }
        return this.scanText(i, line, first, parent);
    }
    /** Line `i` holds text from `first`: a table's header row, a paragraph, or more of one. */
    scanText(i, line, first, parent) {
        const lineNo = i + 1;
        if (this.paragraph === undefined && this.openTable(i, line, first, parent))
            return i + 1;
        if (this.paragraph !== undefined)
            this.extendParagraph(lineNo);
        else
            this.paragraph = this.openParagraph(lineNo, first, parent);
        return i;
    }
    /**
     * A structure-only scan keeps no paragraph: it reuses one block to follow the open paragraph
     * (a long ledger holds a paragraph per list item). No one else holds it: it is never pushed.
     */
    openParagraph(lineNo, first, parent) {
        if (!this.structureOnly) {
            const range = this.lineRange(lineNo, first);
            return this.push({ kind: 'paragraph', parent, range });
        }
        const paragraph = this.scratchParagraph;
        const range = paragraph.range;
        paragraph.parent = parent;
        range.line = lineNo;
        range.column = first + 1;
        range.endLine = lineNo;
        range.endColumn = this.source.lengthOf(lineNo) + 1;
        return paragraph;
    }
    listMarker(lineNo, line, first, indent) {
        if (lineNo !== this.markerLineNo ||
            first !== this.markerFirst ||
            indent !== this.markerIndent) {
            this.marker = readListMarker(line, first, indent);
            this.markerLineNo = lineNo;
            this.markerFirst = first;
            this.markerIndent = indent;
        }
        return this.marker;
    }
    continueFence(line, lineNo, indent, first, blank) {
        const fence = this.fence;
        if (fence === undefined)
            return false;
        if (!blank && this.openItems.length > 0 && indent < fence.containerIndent) {
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
        const containerEnds = !blank && this.openItems.length > 0 && indent < html.containerIndent;
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
        const index = this.blocks.length;
        const depth = this.openItems.length;
        this.blocks.addItem(marker, line, lineNo, this.currentParent(), indent, depth);
        this.openItems.push(index);
        this.openIndents.push(marker.contentIndent);
        return index;
    }
    openTable(i, line, first, parent) {
        const next = i + 1 < this.source.count ? this.lineAt(i + 1) : undefined;
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
        if (code === HASH$1 && readAtxHeading(line, first, 0, -1) !== undefined)
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
    interruptsParagraph(lineNo, line, first, indent) {
        const paragraph = this.paragraph;
        if (paragraph === undefined)
            return true;
        const base = this.containerIndent();
        if (indent - base >= 4)
            return false;
        const code = line.charCodeAt(first);
        if (!mayStartBlock(code))
            return false;
        if (isThematicBreak(line, first))
            return true;
        if ((code === HASH$1 || code === 0x2d || code === 0x2b) && readAtxHeading(line, first, 0, -1))
            return true;
        if (code === BACKTICK$1 || code === TILDE) {
            const fenceChar = code === BACKTICK$1 ? '```' : '~~~';
            if (line.startsWith(fenceChar, first))
                return true;
        }
        if (readHtmlStart(line, first)?.canInterrupt === true)
            return true;
        const marker = this.listMarker(lineNo, line, first, indent);
        if (marker !== undefined) {
            // Inside a list, a marker at any indent starts an item; at the top level an item must be
            // able to interrupt a paragraph (non-empty, ordered ones starting at 1).
            if (this.openItems.length > 0 && indent < this.containerIndent())
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
            parts.push(this.lineAt(n - 1).trim());
        const heading = {
            kind: 'heading',
            parent: paragraph.parent,
            range: {
                ...paragraph.range,
                endLine: lineNo,
                endColumn: this.source.lengthOf(lineNo) + 1
            },
            depth,
            text: parts.join('\n'),
            textColumn: paragraph.range.column,
            setext: true
        };
        if (!this.blocks.replace(paragraph, heading))
            this.push(heading);
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
        let depth = this.openIndents.length;
        while (depth > 0 && (this.openIndents[depth - 1] ?? 0) > indent)
            depth -= 1;
        if (depth === this.openIndents.length)
            return;
        this.code = undefined;
        this.popItemsTo(depth);
    }
    popItemsTo(depth) {
        while (this.openItems.length > depth) {
            const index = this.openItems.pop();
            this.openIndents.pop();
            if (index !== undefined)
                this.blocks.closeItem(index, this.lastContent);
        }
    }
    containerIndent() {
        return this.openIndents[this.openIndents.length - 1] ?? 0;
    }
    currentParent() {
        return this.openItems[this.openItems.length - 1] ?? -1;
    }
    push(block) {
        if (!this.structureOnly || STRUCTURE_KINDS.has(block.kind))
            this.blocks.add(block);
        return block;
    }
    extendBlock(block, lineNo) {
        extendBlock(this.source, block, lineNo);
    }
    lineRange(lineNo, first) {
        return {
            line: lineNo,
            column: first + 1,
            endLine: lineNo,
            endColumn: this.source.lengthOf(lineNo) + 1
        };
    }
}
/** Makes `block` end at the end of line `lineNo`, unless it ends after. */
function extendBlock(source, block, lineNo) {
    if (lineNo < block.range.endLine)
        return;
    block.range.endLine = lineNo;
    block.range.endColumn = source.lengthOf(lineNo) + 1;
}

/**
 * Dates and instants as planning documents write them:
 *   2025-10-17 · 2025-10-17T02:50Z · 2026-01-22T02:40:00Z · 2025-09-30 06:00 UTC
 *   2025-10-17T025000Z (extended date, basic time) · 20251008T215755Z (ISO-8601 basic)
 *   2025-10-17T02:50:00+02:00 · 2025-10-17T02:50-0700
 * A time without a zone is read as UTC. Invalid calendar dates (2025-02-30, month 13) give
 * undefined so the caller can report them.
 */
/*
 * The extended form is read by hand (readExtended); it is what this regex matches:
 *   (\d{4})-(\d{2})-(\d{2})(?:(?:T| (?=\d{2}:\d{2}))(\d{2}):?(\d{2})(?::?(\d{2})(?:\.(\d{1,9}))?)?
 *   (Z|[+-]\d{2}(?::?\d{2})?| ?UTC)?)?
 * Every quantifier is bounded or followed by a fixed token, so matching is linear.
 */
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
        if (!isDigit(code) || (index > 0 && isAsciiLetterOrDigit(text.charCodeAt(index - 1)))) {
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
    // The match's range is made here and never changed: the date shares it.
    const date = toDateValue(parts, range);
    if (date !== undefined)
        match.date = date;
    return match;
}
function matchAt(text, index) {
    // Both forms start with four digits: most places asked about hold none.
    if (!isDigit(text.charCodeAt(index)) || !isDigit(text.charCodeAt(index + 3)))
        return undefined;
    if (text.charCodeAt(index + 4) === DASH)
        return readExtended(text, index);
    // Only the basic form has a fifth digit.
    BASIC.lastIndex = index;
    const basic = BASIC.exec(text);
    if (basic !== null)
        return partsOf$1(basic);
    return undefined;
}
const DASH = 0x2d;
const COLON = 0x3a;
/**
 * What EXTENDED matches at `index`, read by hand (every attempt header holds a date, and the
 * regex's capture array and strings were most of its cost). Each optional part is taken greedily
 * or not at all, as the regex's first match does.
 */
function readExtended(text, index) {
    if (!digitsAt(text, index, 4) || text.charCodeAt(index + 4) !== DASH)
        return undefined;
    if (!digitsAt(text, index + 5, 2) || text.charCodeAt(index + 7) !== DASH)
        return undefined;
    if (!digitsAt(text, index + 8, 2))
        return undefined;
    const parts = {
        raw: '',
        year: numberAt(text, index, 4),
        month: numberAt(text, index + 5, 2),
        day: numberAt(text, index + 8, 2),
        millis: 0,
        offsetMinutes: 0
    };
    const end = readTime(text, index + 10, parts);
    parts.raw = text.slice(index, end);
    return parts;
}
/** `T02:50:00.5Z`, ` 06:00 UTC`… after the date at `from`; returns the end of the match. */
function readTime(text, from, parts) {
    let at = from;
    const separator = text.charCodeAt(at);
    const spaced = separator === 0x20 && digitsAt(text, at + 1, 2) && text.charCodeAt(at + 3) === COLON;
    if (separator !== 0x54 /* T */ && !(spaced && digitsAt(text, at + 4, 2)))
        return from;
    at += 1;
    if (!digitsAt(text, at, 2))
        return from;
    const hour = numberAt(text, at, 2);
    at += 2;
    if (text.charCodeAt(at) === COLON)
        at += 1;
    if (!digitsAt(text, at, 2))
        return from;
    parts.hour = hour;
    parts.minute = numberAt(text, at, 2);
    at += 2;
    const secondsAt = text.charCodeAt(at) === COLON ? at + 1 : at;
    if (digitsAt(text, secondsAt, 2)) {
        parts.second = numberAt(text, secondsAt, 2);
        at = secondsAt + 2;
        if (text.charCodeAt(at) === 0x2e /* . */ && isDigit(text.charCodeAt(at + 1))) {
            let fractionEnd = at + 1;
            while (fractionEnd < at + 10 && isDigit(text.charCodeAt(fractionEnd)))
                fractionEnd += 1;
            parts.millis = Math.floor(Number(`0.${text.slice(at + 1, fractionEnd)}`) * 1000);
            at = fractionEnd;
        }
    }
    return readZone(text, at, parts);
}
/** `Z`, `+02:00`, `-0700`, `+02`, ` UTC`, `UTC` at `from`; returns the end of the match. */
function readZone(text, from, parts) {
    const code = text.charCodeAt(from);
    if (code === 0x5a /* Z */)
        return from + 1;
    if (code === 0x2b /* + */ || code === DASH) {
        if (!digitsAt(text, from + 1, 2))
            return from;
        const sign = code === DASH ? -1 : 1;
        const hours = numberAt(text, from + 1, 2);
        let end = from + 3;
        let minutes = 0;
        const minutesAt = text.charCodeAt(end) === COLON ? end + 1 : end;
        if (digitsAt(text, minutesAt, 2)) {
            minutes = numberAt(text, minutesAt, 2);
            end = minutesAt + 2;
        }
        parts.offsetMinutes = sign * (hours * 60 + minutes);
        return end;
    }
    const utcAt = code === 0x20 ? from + 1 : from;
    return text.startsWith('UTC', utcAt) ? utcAt + 3 : from;
}
function digitsAt(text, from, count) {
    for (let index = from; index < from + count; index += 1) {
        if (!isDigit(text.charCodeAt(index)))
            return false;
    }
    return true;
}
function partsOf$1(match) {
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
/** The date the parts name, placed at `range` (the caller's own object, kept as is). */
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
    const utc = utcMillis(year, month, day) + ((hour * 60 + minute) * 60 + Math.min(second, 59)) * 1000;
    const instant = utc + parts.millis;
    const precision = parts.second !== undefined ? 'second' : parts.hour !== undefined ? 'minute' : 'day';
    return {
        raw: parts.raw,
        epochMs: instant - parts.offsetMinutes * 60_000,
        precision,
        range
    };
}
/**
 * What Date.UTC(year, month - 1, day) gives for a valid day, by arithmetic: Date.UTC is a runtime
 * call, and every attempt header holds a date. Years 0–99 are read as 1900–1999, as Date.UTC does.
 */
function utcMillis(year, month, day) {
    const fullYear = year >= 0 && year <= 99 ? 1900 + year : year;
    // Days from 1970-01-01 in the proleptic Gregorian calendar, counting years from March.
    const marchYear = month <= 2 ? fullYear - 1 : fullYear;
    const era = Math.floor(marchYear / 400);
    const yearOfEra = marchYear - era * 400;
    const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return (era * 146_097 + dayOfEra - 719_468) * 86_400_000;
}
/** Days of a month as Date.UTC counts them (years 0–99 are read as 1900–1999). */
function daysInMonth(year, month) {
    if (month !== 2)
        return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
    const fullYear = year >= 0 && year <= 99 ? 1900 + year : year;
    const leap = fullYear % 4 === 0 && (fullYear % 100 !== 0 || fullYear % 400 === 0);
    return leap ? 29 : 28;
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
 * is attempt 2, not a range. Read by hand (every list item is asked) as the regex
 *   /Attempts?\s*#?\s*(\d{1,6})(?:(?:[-–]#?|\s*(?:[-–]|to)\s*#)(\d{1,6})(?![\d-]))?/iy
 * matches at `from`: each optional part is taken greedily or not at all.
 */
function readAttemptWord(text, from) {
    if (!startsWithLetters(text, from, 'attempt'))
        return undefined;
    let index = from + 'attempt'.length;
    if ((text.charCodeAt(index) | 0x20) === 0x73 /* s */)
        index += 1;
    index = skipRegexSpaces(text, index);
    if (text.charCodeAt(index) === HASH)
        index += 1;
    index = skipRegexSpaces(text, index);
    const digits = digitRun(text, index);
    if (digits === 0)
        return undefined;
    const word = { number: numberAt(text, index, digits), end: index + digits };
    const endNumber = rangeEndAt(text, word.end);
    if (endNumber >= 0) {
        const endDigits = digitRun(text, endNumber);
        word.numberEnd = numberAt(text, endNumber, endDigits);
        word.end = endNumber + endDigits;
    }
    return word;
}
const HASH = 0x23;
/** Where the end number of a range after `from` starts (`–#183`, ` to #183`), or -1. */
function rangeEndAt(text, from) {
    const code = text.charCodeAt(from);
    if (isDash(code)) {
        const number = text.charCodeAt(from + 1) === HASH ? from + 2 : from + 1;
        if (endsRange(text, number))
            return number;
    }
    const spaced = skipRegexSpaces(text, from);
    let index = spaced;
    if (isDash(text.charCodeAt(index)))
        index += 1;
    else if (startsWithLetters(text, index, 'to'))
        index += 2;
    else
        return -1;
    index = skipRegexSpaces(text, index);
    if (text.charCodeAt(index) !== HASH)
        return -1;
    return endsRange(text, index + 1) ? index + 1 : -1;
}
/** 1–6 digits at `from` not followed by another digit or a `-` (a date, not a range end). */
function endsRange(text, from) {
    const digits = digitRun(text, from);
    if (digits === 0)
        return false;
    const after = text.charCodeAt(from + digits);
    return !isDigit(after) && after !== 0x2d;
}
/** Length of the run of digits at `from`, at most 6. */
function digitRun(text, from) {
    let length = 0;
    while (length < 6 && isDigit(text.charCodeAt(from + length)))
        length += 1;
    return length;
}
/** `-` or `–`. */
function isDash(code) {
    return code === 0x2d || code === 0x2013;
}
/** Whether `letters` (lower case) are at `from`, ignoring ASCII case. */
function startsWithLetters(text, from, letters) {
    for (let index = 0; index < letters.length; index += 1) {
        if ((text.charCodeAt(from + index) | 0x20) !== letters.charCodeAt(index))
            return false;
    }
    return true;
}
/** Skips what a regex `\s` matches. */
function skipRegexSpaces(text, from) {
    let index = from;
    while (index < text.length && isRegexSpace(text.charCodeAt(index)))
        index += 1;
    return index;
}
function isRegexSpace(code) {
    if (code <= 0x20)
        return code === 0x20 || (code >= 0x09 && code <= 0x0d);
    if (code < 0xa0)
        return false;
    return (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
/**
 * Parses an attempt header; undefined when the text starts with neither a date nor `Attempt #N`.
 * Without `withLabel`, `rest`, `label` and `leadingId` are left empty: a list attempt's header is
 * read for its date and number, and its label is read again only when asked for.
 */
function parseAttemptHeader(text, line = 1, column = 1, withLabel = true) {
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
    const numbered = readAttemptWord(text, index);
    if (numbered !== undefined) {
        header.number = numbered.number;
        if (numbered.numberEnd !== undefined)
            header.numberEnd = numbered.numberEnd;
        const hash = text.indexOf('#', index);
        header.numberStart = hash >= 0 ? hash : index;
        header.numberStop = numbered.end;
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
    if (date === undefined && numbered === undefined)
        return undefined;
    if (date !== undefined)
        header.date = date;
    if (withLabel)
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
    const id = leadingIdOf(rest);
    if (id !== undefined)
        header.leadingId = normalizeHyphens(id);
    const colon = colonAtDepthZero(rest);
    if (colon > 0) {
        const label = stripInlineMarkup(rest.slice(0, colon));
        if (label.length > 0 && label.length <= 200)
            header.label = label;
        return;
    }
    // `2026-01-22T02:40Z — ID (label)` / `— seed S1 (initial)`: a short subject, then the step.
    const trailingNote = TRAILING_NOTE.exec(rest)?.[1];
    if (trailingNote !== undefined && trailingNote.trim() !== '') {
        header.label = stripInlineMarkup(trailingNote);
    }
    else if (note !== undefined && note.trim() !== '') {
        header.label = stripInlineMarkup(note);
    }
}
const TRAILING_NOTE = /^[^\s()]+(?:\s+[^\s()]+){0,3}\s*\(([^()]{1,200})\)\s*[*_]*$/;
/**
 * The id a heading-style header starts with (`PERF-1`, `SYN.2`): a capital, letters and digits,
 * more runs after `-`, `_`, `.` or a look-alike hyphen, and a digit or hyphen somewhere (`Phase`
 * is a word, not an id). A hand scan instead of a regex: every header is read, most start with
 * no id.
 */
function leadingIdOf(rest) {
    if (!isUpper(rest.charCodeAt(0)))
        return undefined;
    let end = 1;
    let marked = false;
    for (;;) {
        while (end < rest.length && isAsciiLetterOrDigit(rest.charCodeAt(end))) {
            if (isDigit(rest.charCodeAt(end)))
                marked = true;
            end += 1;
        }
        const separator = rest.charCodeAt(end);
        if (!isIdSeparator(separator) || !isAsciiLetterOrDigit(rest.charCodeAt(end + 1)))
            break;
        if (separator !== 0x5f && separator !== 0x2e)
            marked = true;
        end += 1;
    }
    return marked ? rest.slice(0, end) : undefined;
}
/** `-`, `_`, `.` and the look-alike hyphens U+2010–U+2013. */
function isIdSeparator(code) {
    return code === 0x2d || code === 0x5f || code === 0x2e || (code >= 0x2010 && code <= 0x2013);
}
function isUpper(code) {
    return code >= 0x41 && code <= 0x5a;
}
/** Index after the closing `close` of a group opened before `from` (or `from` when absent). */
function closeGroup(text, from, close) {
    // Only a close within 80 characters counts: no need to look further.
    const code = close.charCodeAt(0);
    const limit = Math.min(text.length, from + 81);
    for (let index = from; index < limit; index += 1) {
        if (text.charCodeAt(index) === code)
            return index + 1;
    }
    return from;
}
function matchingParen(text, open) {
    let depth = 0;
    const limit = Math.min(text.length, open + 400);
    for (let index = open; index < limit; index += 1) {
        const code = text.charCodeAt(index);
        if (code === 0x28 /* ( */)
            depth += 1;
        else if (code === 0x29 /* ) */) {
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
        const code = text.charCodeAt(index);
        if (code === 0x28 /* ( */ || code === 0x5b /* [ */)
            depth += 1;
        else if (code === 0x29 /* ) */ || code === 0x5d /* ] */)
            depth = Math.max(0, depth - 1);
        else if (code === 0x3a /* : */ && depth === 0)
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
    while (index < text.length && isSeparator(text.charCodeAt(index)))
        index += 1;
    return index;
}
/** Space, tab, `*`, `_`, `:`, `—`, `–`, `-`, `|`. */
function isSeparator(code) {
    return (code === 0x20 ||
        code === 0x09 ||
        code === 0x2a ||
        code === 0x5f ||
        code === 0x3a ||
        code === 0x2014 ||
        code === 0x2013 ||
        code === 0x2d ||
        code === 0x7c);
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

/** Rows per chunk: a store grows by whole chunks, never copying the rows it holds. */
const CHUNK_ROWS = 1024;
/**
 * Rows of `width` 32-bit integers in chunks of typed arrays: the parser's per-attempt and
 * per-item numbers, kept off the object heap (a 20 MB history holds tens of thousands of each).
 */
class IntRows {
    #width;
    #chunks = [];
    #count = 0;
    constructor(width) {
        this.#width = width;
    }
    get count() {
        return this.#count;
    }
    /** Adds a row of zeros; returns its number. */
    add() {
        const row = this.#count;
        if (row % CHUNK_ROWS === 0)
            this.#chunks.push(new Int32Array(CHUNK_ROWS * this.#width));
        this.#count = row + 1;
        return row;
    }
    get(row, field) {
        const chunk = this.#chunks[Math.floor(row / CHUNK_ROWS)];
        return chunk?.[this.#slot(row, field)] ?? 0;
    }
    set(row, field, value) {
        const chunk = this.#chunks[Math.floor(row / CHUNK_ROWS)];
        if (chunk === undefined)
            throw new RangeError(`no row ${row} (${this.#count} rows)`);
        chunk[this.#slot(row, field)] = value;
    }
    /** A field past the width would land in the next row: a programming error, never data. */
    #slot(row, field) {
        if (field < 0 || field >= this.#width)
            throw new RangeError(`no field ${field} in a row`);
        return (row % CHUNK_ROWS) * this.#width + field;
    }
}
/** Float64 companions of an IntRows (one value per row), e.g. an attempt date's epoch. */
class FloatColumn {
    #chunks = [];
    get(row) {
        return this.#chunks[Math.floor(row / CHUNK_ROWS)]?.[row % CHUNK_ROWS] ?? 0;
    }
    set(row, value) {
        const index = Math.floor(row / CHUNK_ROWS);
        while (this.#chunks.length <= index)
            this.#chunks.push(new Float64Array(CHUNK_ROWS));
        const chunk = this.#chunks[index];
        if (chunk !== undefined)
            chunk[row % CHUNK_ROWS] = value;
    }
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
 *
 * Every attempt is classified, so the line is read in one pass: one regex finds the words that
 * start like a keyword or a marker, and each whole word (ASCII letters, digits and `_`, as a
 * regex `\b` sees them) is looked up in a table, instead of one regex per family.
 */
function classifyOutcome(text) {
    const end = Math.min(text.length, firstLineEnd(text), 600);
    const scan = scanWords(text, 0, end, true);
    if (scan.explicitStart >= 0) {
        const verdict = verdictOf(scanWords(text, scan.explicitStart, scan.explicitEnd, false));
        if (verdict !== 'unknown')
            return verdict;
    }
    return verdictOf(scan);
}
/** The keyword families, by priority: a word of an earlier family decides. */
const PARTIAL = 1;
const FAILURE = 2;
const SUCCESS = 4;
/** Whole words (lower case) of each family. */
const FAMILY_WORDS = [
    [PARTIAL, 'partial partially in_progress incomplete blocked pending persist persists'],
    [
        FAILURE,
        'fail fails failed failure failing regression regressed error errors revert reverted ' +
            'rollback broken crash crashes crashed invalidated invalidates invalidation reopen reopened ' +
            'reopens violation superseded'
    ],
    [
        SUCCESS,
        'success successful successfully succeed succeeded succeeds pass passed passes passing ' +
            'complete completed completes done fixed resolved shipped verified green'
    ]
];
/** Words of the partial family matched by their start: `investigating`, `escalated`. */
const PARTIAL_STEMS = ['investigat', 'escalat'];
/** The markers an explicit verdict follows: `Result:`, `**Status:**`, `Outcome :`. */
const MARKERS = new Set(['result', 'status', 'outcome']);
/** What may sit between a marker and its colon, then before its value; the value itself. */
const MARKER_TAIL = /\s*\**\s*:\s*\**\s*([^.;\n]{0,80})/y;
/** Family of each whole word (lower case), of `in progress` and of the symbols. */
const WORD_FAMILY = new Map([
    ...FAMILY_WORDS.flatMap(([family, words]) => words.split(' ').map((word) => [word, family])),
    ['in progress', PARTIAL],
    ['⚠', PARTIAL],
    ['❌', FAILURE],
    ['✅', SUCCESS]
]);
/**
 * A symbol, or a whole word (with `in progress`) starting like a keyword, a stem or a marker
 * (grouped by first letter, which irregexp scans faster). The regex does the scanning, so the
 * code around it runs once per match, and prose matches rarely.
 */
const KEYWORD_WORD = /[⚠❌✅]|\b(?:p(?:artial|ending|ersist|ass)|i(?:n[ _]progress|nvestigat|ncomplete|nvalidat)|b(?:locked|roken)|e(?:scalat|rror)|f(?:ail|ixed)|r(?:egress|evert|ollback|eopen|esolved|esult)|c(?:rash|omplete)|v(?:iolation|erified)|s(?:uperseded|ucce|hipped|tatus)|done|green|outcome)\w*/gi;
function verdictOf(scan) {
    if ((scan.families & PARTIAL) !== 0)
        return 'partial';
    if ((scan.families & FAILURE) !== 0)
        return 'failure';
    if ((scan.families & SUCCESS) !== 0)
        return 'success';
    return 'unknown';
}
/**
 * The families of the words in text[from, to) (its ends count as word boundaries), and with
 * `markers` the value of the first `Result:`-style marker.
 */
function scanWords(text, from, to, markers) {
    const scan = { families: 0, explicitStart: -1, explicitEnd: -1 };
    const value = from === 0 && to === text.length ? text : text.slice(from, to);
    KEYWORD_WORD.lastIndex = 0;
    for (let found = KEYWORD_WORD.exec(value); found !== null; found = KEYWORD_WORD.exec(value)) {
        const word = found[0].toLowerCase();
        scan.families |= familyOf(word);
        if (markers && scan.explicitStart < 0 && MARKERS.has(word)) {
            readMarker(value, found.index + word.length, scan);
        }
        // Partial decides at once; the marker's value may still change the verdict.
        if ((scan.families & PARTIAL) !== 0 && (!markers || scan.explicitStart >= 0))
            break;
    }
    if (scan.explicitStart >= 0) {
        scan.explicitStart += from;
        scan.explicitEnd += from;
    }
    return scan;
}
function familyOf(word) {
    const family = WORD_FAMILY.get(word);
    if (family !== undefined)
        return family;
    for (const stem of PARTIAL_STEMS)
        if (word.startsWith(stem))
            return PARTIAL;
    return 0;
}
/** The value after a marker word ending at `end`, when a colon follows it. */
function readMarker(text, end, scan) {
    MARKER_TAIL.lastIndex = end;
    const match = MARKER_TAIL.exec(text);
    const value = match?.[1];
    if (match === null || value === undefined)
        return;
    scan.explicitEnd = end + match[0].length;
    scan.explicitStart = scan.explicitEnd - value.length;
}
function firstLineEnd(text) {
    const end = text.indexOf('\n');
    return end < 0 ? text.length : end;
}

/**
 * Builds an attempt from its header and lines, reporting an invalid date. Returns undefined (after
 * reporting) when the attempt has neither a number nor a valid date: nothing identifies it.
 */
function buildAttempt(ctx, source, namedEntryId) {
    const { header, line, column, endLine } = source;
    const dateMatch = header.date;
    if (dateMatch !== undefined && dateMatch.date === undefined) {
        addProblem(ctx, 'unreadable-date', `Attempt date "${dateMatch.raw}" is not a valid calendar date`, dateMatch.range, source.entryId);
    }
    if (header.number === undefined && dateMatch?.date === undefined) {
        const headerRange = linesRange(ctx, line, line, source.blockColumn);
        const message = 'Line looks like an attempt but has neither an attempt number nor a readable date';
        addProblem(ctx, 'unreadable-attempt', message, headerRange, source.entryId);
        return undefined;
    }
    const artifacts = artifactsOf(ctx, lineSegments(ctx, line, endLine, column));
    return new LedgerAttempt(ctx.attemptRows, source, artifacts, namedEntryId);
}
const STYLES = ['numbered', 'dated', 'heading'];
const PRECISIONS = ['day', 'minute', 'second'];
/** Fields of an attempt's row in an AttemptRows store (Int32 slots). */
const Row = {
    Line: 0,
    EndLine: 1,
    /** Style index (bits 0-1), date precision index (bits 2-3), in history (bit 4). */
    Bits: 2,
    /** The attempt number and the end of a range of numbers (-1: none, -2: in `wideNumbers`). */
    Number: 3,
    NumberEnd: 4,
    /** The small numbers (see Small), two per slot. */
    Pairs: 5
};
const ROW_INTS = Row.Pairs + 3;
/**
 * The small numbers of a row, by their place among the pairs (see `rowField`): they take 16 bits
 * each, two to an integer, and stay as they are in `AttemptRows.wide` when one of them does not
 * fit. The fields of a row are numbered past the slots: `rowField` reads a slot or a small number.
 */
const Small = {
    Column: 100,
    BlockColumn: 101,
    /** Columns of the `#N` text relative to Column (-1: no number). */
    NumberStart: 102,
    NumberStop: 103,
    /** Columns of the date on the header line (-1: no date, or one kept in `unlocatedDates`). */
    DateColumn: 104,
    DateEndColumn: 105
};
const SMALL_BASE = Small.Column;
/** A pair's slot holding this: its numbers are in `wide` (no two numbers that fit pack to it). */
const WIDE_PAIRS = -1;
/** Small numbers are kept plus one (-1 becomes 0), in 16 bits; 0xffff + 0xffff would read -1. */
const MAX_SMALL = 0xfffd;
/**
 * The positions, flags and dates of a document's attempts, one row each (see IntRows): an attempt
 * object then holds a row number instead of a dozen numbers and a date object.
 */
class AttemptRows extends IntRows {
    source;
    /** The epoch of each row's date (when its DateColumn is set). */
    epochs = new FloatColumn();
    /** The small numbers of the rows where one does not fit 16 bits (see Small), by row. */
    wide = new Map();
    constructor(source) {
        super(ROW_INTS);
        this.source = source;
    }
    /** Sets the six small numbers of `row`, in the order of Small. */
    setSmall(row, values) {
        if (values.some((value) => value < -1 || value > MAX_SMALL)) {
            this.wide.set(row, values);
            for (let pair = 0; pair < 3; pair += 1)
                this.set(row, Row.Pairs + pair, WIDE_PAIRS);
            return;
        }
        for (let pair = 0; pair < 3; pair += 1) {
            const high = (values[pair * 2] ?? 0) + 1;
            const low = (values[pair * 2 + 1] ?? 0) + 1;
            this.set(row, Row.Pairs + pair, (high << 16) | low);
        }
    }
    /** A field of `row`: a slot of Row or a small number of Small. */
    field(row, field) {
        if (field < SMALL_BASE)
            return this.get(row, field);
        const small = field - SMALL_BASE;
        const packed = this.get(row, Row.Pairs + (small >> 1));
        if (packed === WIDE_PAIRS)
            return this.wide.get(row)?.[small] ?? 0;
        return ((small & 1) === 0 ? packed >>> 16 : packed & 0xffff) - 1;
    }
}
/** Attempt numbers that do not fit a row (none does: the header reads six digits at most). */
const wideNumbers = new WeakMap();
/** Whether an attempt number fits a row (as itself: -1 and -2 say there is none or a wide one). */
function fitsRow(value) {
    return Number.isInteger(value) && value >= 0 && value <= 0x7fffffff;
}
/** Dates whose text is not where their range says (kept as parsed); rare. */
const unlocatedDates = new WeakMap();
/** Labels of heading-style attempts (a list attempt's is read again from its line). */
const headingLabels = new WeakMap();
/**
 * An attempt of the model. Its text, outcome, ranges and date are read from the document and its
 * row of numbers when asked for: a long history holds tens of thousands of attempts, and copies of
 * their text and positions would take more memory than the document itself. `date` is a new
 * object at every read.
 */
class LedgerAttempt {
    #rows;
    #row;
    /**
     * The references cited, or the only one: most attempts cite one, and an array of one costs
     * more than the reference. `artifacts` then makes a new array at every read.
     */
    #artifacts;
    constructor(rows, { style, header, line, column, endLine, blockColumn, inHistory }, artifacts, namedEntryId) {
        this.#artifacts =
            artifacts.length === 1 && artifacts[0] !== undefined ? artifacts[0] : artifacts;
        if (namedEntryId !== undefined)
            this.namedEntryId = namedEntryId;
        const row = rows.add();
        this.#rows = rows;
        this.#row = row;
        rows.set(row, Row.Line, line);
        rows.set(row, Row.EndLine, endLine);
        this.setNumbers(header);
        const numbered = header.numberStart !== undefined && header.numberStop !== undefined;
        let precision = 0;
        let dateColumn = -1;
        let dateEndColumn = -1;
        const date = header.date?.date;
        if (date !== undefined) {
            // A date is kept as columns of the header line when its text is there.
            if (date.range.line === line && isAt(rows.source, date.raw, date.range)) {
                dateColumn = date.range.column;
                dateEndColumn = date.range.endColumn;
                rows.epochs.set(row, date.epochMs);
                precision = Math.max(0, PRECISIONS.indexOf(date.precision));
            }
            else {
                unlocatedDates.set(this, date);
            }
        }
        rows.setSmall(row, [
            column,
            blockColumn,
            numbered ? (header.numberStart ?? 0) : -1,
            numbered ? (header.numberStop ?? 0) : -1,
            dateColumn,
            dateEndColumn
        ]);
        rows.set(row, Row.Bits, STYLES.indexOf(style) | (precision << 2) | (inHistory ? 16 : 0));
        if (style === 'heading' && header.label !== undefined)
            headingLabels.set(this, header.label);
    }
    // Helpers are TypeScript-private, not `#` methods: a class with `#` methods marks each of its
    // objects with a brand, one more slot in each of tens of thousands of attempts.
    rowField(field) {
        return this.#rows.field(this.#row, field);
    }
    /** Numbers go in the row (an own property each would take 16 bytes per attempt). */
    setNumbers({ number, numberEnd }) {
        const wide = (number !== undefined && !fitsRow(number)) || (numberEnd !== undefined && !fitsRow(numberEnd));
        if (wide)
            wideNumbers.set(this, { number, numberEnd });
        const slot = (value) => (wide ? -2 : (value ?? -1));
        this.#rows.set(this.#row, Row.Number, slot(number));
        this.#rows.set(this.#row, Row.NumberEnd, slot(numberEnd));
    }
    get number() {
        const number = this.rowField(Row.Number);
        return number >= 0 ? number : number === -1 ? undefined : wideNumbers.get(this)?.number;
    }
    get numberEnd() {
        const end = this.rowField(Row.NumberEnd);
        return end >= 0 ? end : end === -1 ? undefined : wideNumbers.get(this)?.numberEnd;
    }
    get artifacts() {
        const artifacts = this.#artifacts;
        return Array.isArray(artifacts) ? artifacts : [artifacts];
    }
    get style() {
        return STYLES[this.rowField(Row.Bits) & 3] ?? 'numbered';
    }
    get inHistory() {
        return (this.rowField(Row.Bits) & 16) !== 0;
    }
    get date() {
        const column = this.rowField(Small.DateColumn);
        if (column < 0)
            return unlocatedDates.get(this);
        const precision = PRECISIONS[(this.rowField(Row.Bits) >> 2) & 3] ?? 'day';
        const epochMs = this.#rows.epochs.get(this.#row);
        const { source } = this.#rows;
        return new LedgerDate(source, this.rowField(Row.Line), column, this.rowField(Small.DateEndColumn), {
            epochMs,
            precision
        });
    }
    /**
     * Few readers ask for labels (the inspect report, the tracking issue's last attempt): a list
     * attempt's is not kept but read again from its header line on every read, the text after the
     * marker that buildAttempt's header was read from.
     */
    get label() {
        if (this.style === 'heading')
            return headingLabels.get(this);
        const line = this.rowField(Row.Line);
        const first = this.#rows.source.span(line, line, this.rowField(Small.Column));
        return parseAttemptHeader(first.slice(0, trimmedEnd(first, 0)))?.label;
    }
    /** The header line: what the attempts of one history are ordered by. */
    static lineOf(attempt) {
        return #row in attempt ? attempt.rowField(Row.Line) : attempt.headerRange.line;
    }
    /** The last line, without building the attempt's range. */
    static endLineOf(attempt) {
        return #row in attempt ? attempt.rowField(Row.EndLine) : attempt.range.endLine;
    }
    get text() {
        return this.#rows.source.span(this.rowField(Row.Line), this.rowField(Row.EndLine), this.rowField(Small.Column));
    }
    /** Read from the header line only (see classifyOutcome), so that line is all it slices. */
    get outcome() {
        const line = this.rowField(Row.Line);
        return classifyOutcome(this.#rows.source.span(line, line, this.rowField(Small.Column)));
    }
    get headerRange() {
        return this.lineRange(this.rowField(Row.Line));
    }
    get range() {
        return this.lineRange(this.rowField(Row.EndLine));
    }
    get numberRange() {
        const start = this.rowField(Small.NumberStart);
        if (start < 0)
            return undefined;
        const line = this.rowField(Row.Line);
        const column = this.rowField(Small.Column);
        return {
            line,
            column: column + start,
            endLine: line,
            endColumn: column + this.rowField(Small.NumberStop)
        };
    }
    /** From the block's column on the header line to the end of `endLine`. */
    lineRange(endLine) {
        return {
            line: this.rowField(Row.Line),
            column: this.rowField(Small.BlockColumn),
            endLine,
            endColumn: this.#rows.source.lengthOf(endLine) + 1
        };
    }
}
/** The header line of an attempt, without building its range. */
const attemptLine = (attempt) => LedgerAttempt.lineOf(attempt);
/**
 * Puts attempts in document order (by header line, stably). Most histories are in order already:
 * they are then left as they are, without the copy a sort makes.
 */
function sortByLine(attempts) {
    for (let index = 1; index < attempts.length; index += 1) {
        const before = attempts[index - 1];
        const current = attempts[index];
        if (before !== undefined &&
            current !== undefined &&
            attemptLine(current) < attemptLine(before)) {
            attempts.sort((a, b) => attemptLine(a) - attemptLine(b));
            return;
        }
    }
}
/** The last line of an attempt, without building its range. */
const attemptEndLine = (attempt) => LedgerAttempt.endLineOf(attempt);
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
    // The colon ends the name (or follows its closing `**`): prose without one early is no field.
    const colon = text.indexOf(':', nameIndex);
    if (colon < 0 || colon > nameIndex + MAX_NAME_LENGTH + 2)
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
    while (valueIndex < text.length && isSpaceOrTab(text.charCodeAt(valueIndex)))
        valueIndex += 1;
    let valueEnd = text.length;
    while (valueEnd > valueIndex && isSpaceOrTab(text.charCodeAt(valueEnd - 1)))
        valueEnd -= 1;
    return { name, nameIndex, value: text.slice(valueIndex, valueEnd), valueIndex, valueEnd };
}
const NO_ALIASES = {};
/** Keys worked out so far, by alias table: a ledger repeats the same few field names. */
const knownKeys = new WeakMap();
const MAX_KNOWN_KEYS = 10_000;
/**
 * The canonical key of a field name: the configured alias, else the default alias, looked up with
 * and then without a parenthetical suffix; else the name itself as a lower-case slug
 * (`First Divergence (if known)` → `first-divergence`).
 */
function canonicalFieldKey(name, aliases = NO_ALIASES) {
    let known = knownKeys.get(aliases);
    if (known === undefined) {
        known = new Map();
        knownKeys.set(aliases, known);
    }
    let key = known.get(name);
    if (key === undefined) {
        key = fieldKey(name, aliases);
        if (known.size < MAX_KNOWN_KEYS)
            known.set(name, key);
    }
    return key;
}
function fieldKey(name, aliases) {
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
    const code = char.charCodeAt(0);
    if (isLetter(code) || (code >= 0x30 && code <= 0x39))
        return true;
    if (code >= 0x80 && LETTER_OR_DIGIT.test(char))
        return true;
    return (char === ' ' || char === '/' || char === '&' || char === '-' || char === "'" || char === '.');
}

const HISTORY_HEADING = /^attempts?(?:\s+history)?\b/i;
/** Facts about one block of an entry body, kept as bits by block index. */
const BlockFlag = {
    /** An Attempts History container (a field or a nested item). */
    History: 1,
    /** Somewhere below a history container. */
    UnderHistory: 2,
    /** A list item that belongs to an attempt (the attempt's own item included). */
    InAttempt: 4,
    /** ... and that attempt is in the history. */
    AttemptInHistory: 8
};
/**
 * Reads the blocks `[from, to)` of an entry whose last line is `endLine`. Top-level list items are
 * fields; list items under an Attempts History field, list items with a strong attempt header
 * anywhere, and sub-headings starting with a date are attempts. With `release`, each block is
 * dropped from `ctx.blocks` once read (the caller reads none of them again): the reader keeps what
 * it needs of a block, so a long history's blocks can be collected while its attempts are built.
 */
function readEntryBody(ctx, entryId, from, to, endLine, release = false) {
    const reader = new EntryBodyReader(ctx, entryId, from, to);
    const blocks = ctx.blocks;
    for (let index = from; index < to; index += 1) {
        const block = blocks.at(index);
        if (block?.kind === 'heading')
            reader.heading(block);
        else if (block?.kind === 'listItem')
            reader.listItem(block, index);
        if (release)
            blocks.release(index);
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
    /** What is known of each block of the body (see BlockFlag), by `index - from`. */
    flags;
    /** The last list item read as an attempt, built once the next one shows where it ends. */
    pendingListAttempt;
    headingAttempt;
    /** Depth of the `Attempts History` sub-heading the following headings are under (0: none). */
    historyHeadingDepth = 0;
    constructor(ctx, entryId, 
    /** First block of the body: list items whose parent lies before it are top-level. */
    from, to) {
        this.ctx = ctx;
        this.entryId = entryId;
        this.from = from;
        this.flags = new Uint8Array(Math.max(0, to - from));
    }
    has(index, flag) {
        return ((this.flags[index - this.from] ?? 0) & flag) !== 0;
    }
    mark(index, flag) {
        const at = index - this.from;
        this.flags[at] = (this.flags[at] ?? 0) | flag;
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
        // Read once: a list item of a BlockTable makes both afresh at every read.
        const range = block.range;
        const text = block.text;
        if (block.leakedPrefix !== undefined) {
            const message = `Stray "${block.leakedPrefix}" before a list marker: a diff marker leaked into the ledger`;
            addProblem(this.ctx, 'leaked-diff-marker', message, range, this.entryId);
        }
        const underHistoryHeading = this.historyHeadingDepth > 0;
        const inHistory = underHistoryHeading ||
            (parent >= 0 && this.has(parent, BlockFlag.History | BlockFlag.UnderHistory));
        if (inHistory)
            this.mark(index, BlockFlag.UnderHistory);
        const parentField = parent >= 0 ? this.fieldByBlock.get(parent) : undefined;
        if (parentField !== undefined) {
            parentField.firstChildLine ??= range.line;
            parentField.field.addItem(range, block.contentColumn);
        }
        if (this.readListAttempt(block, text, range, index, parent, inHistory))
            return;
        const match = parseFieldLine(text);
        if (match === undefined)
            return;
        const key = canonicalFieldKey(match.name, this.ctx.config.dialect.fieldAliases);
        if (key === 'attempts')
            this.mark(index, BlockFlag.History);
        if (parent >= 0)
            return; // nested `Name: value` items are values, not entry fields
        const field = new ListField(this.ctx.fieldItems, block, match.name, key, match);
        this.fields.push(field);
        this.fieldByBlock.set(index, { field, item: block });
    }
    /** Records the item as (part of) an attempt; true when it was. */
    readListAttempt(block, text, range, index, parent, inHistory) {
        const inAttempt = parent >= 0 && this.has(parent, BlockFlag.InAttempt);
        const ownerInHistory = inAttempt && this.has(parent, BlockFlag.AttemptInHistory);
        // Items right under an Attempts History field, or top-level items under such a heading.
        const directHistoryChild = parent >= 0 ? this.has(parent, BlockFlag.History) : this.historyHeadingDepth > 0;
        // The label only decides whether an italic dated header is strong (see isStrongHeader).
        const lead = text.charCodeAt(0);
        const withLabel = lead === 0x2a /* * */ || lead === 0x5f; /* _ */
        const header = parseAttemptHeader(text, range.line, block.contentColumn, withLabel);
        if (header !== undefined && (directHistoryChild || isStrongHeader(header, text))) {
            const source = {
                style: header.number !== undefined ? 'numbered' : 'dated',
                header,
                line: range.line,
                column: block.contentColumn,
                endLine: range.endLine,
                blockColumn: range.column,
                inHistory: inAttempt ? ownerInHistory : inHistory
            };
            if (this.entryId !== undefined)
                source.entryId = this.entryId;
            this.buildPendingListAttempt(source.line);
            this.pendingListAttempt = source;
            this.markAttemptItem(index, source.inHistory);
            return true;
        }
        if (inAttempt) {
            this.markAttemptItem(index, ownerInHistory);
            return true;
        }
        if (directHistoryChild && looksLikeAttempt(text)) {
            const message = 'Attempt line could not be read';
            addProblem(this.ctx, 'unreadable-attempt', message, range, this.entryId);
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
        const named = header.leadingId !== undefined
            ? stripTaskSuffix(header.leadingId)
            : open.namesEntry
                ? this.entryId
                : undefined;
        const attempt = buildAttempt(this.ctx, source, named);
        if (attempt !== undefined)
            this.attempts.push(attempt);
    }
    /** Records a list item as part of an attempt (its own item or one nested in it). */
    markAttemptItem(index, attemptInHistory) {
        this.mark(index, BlockFlag.InAttempt);
        if (attemptInHistory)
            this.mark(index, BlockFlag.AttemptInHistory);
    }
    /**
     * Builds the pending list attempt. An attempt nested in it (starting at `nextLine`, within its
     * lines) ends it: its text stops where the nested attempt starts, so no line is in two attempts.
     */
    buildPendingListAttempt(nextLine) {
        const source = this.pendingListAttempt;
        this.pendingListAttempt = undefined;
        if (source === undefined)
            return;
        if (nextLine !== undefined && nextLine <= source.endLine) {
            source.endLine = lastContentLine(this.ctx, nextLine - 1, source.line);
        }
        const attempt = buildAttempt(this.ctx, source);
        if (attempt !== undefined)
            this.attempts.push(attempt);
    }
    finish(endLine) {
        this.closeHeadingAttempt(endLine + 1);
        this.buildPendingListAttempt();
        sortByLine(this.attempts);
        for (const draft of this.fieldByBlock.values())
            extendMultiLineValue(this.ctx, draft);
        // Copies of the exact size: an array grown by `push` keeps up to half its length spare.
        return { fields: this.fields.slice(), attempts: this.attempts.slice() };
    }
}
/**
 * Line, end line, column and content column of a field's nested items, one row each; and the
 * positions of the fields themselves, one row each in `fields` (see ListField).
 */
class FieldItemRows extends IntRows {
    source;
    fields = new IntRows(FIELD_INTS);
    constructor(source) {
        super(4);
        this.source = source;
    }
}
/** Slots of a field's row in `FieldItemRows.fields`. */
const Field = {
    Line: 0,
    Column: 1,
    EndLine: 2,
    EndColumn: 3,
    ValueColumn: 4,
    ValueEndLine: 5,
    ValueEndColumn: 6,
    /** The field's items are item rows FirstItem on (-1: none yet), ItemCount of them. */
    FirstItem: 7,
    ItemCount: 8
};
const FIELD_INTS = Object.keys(Field).length;
/**
 * A `Name: value` field written as a list item. Its ranges are made when read from its row of
 * positions (a ledger has a few fields per entry, and thousands of entries), and its nested items
 * when first read: an Attempts History field holds one item per attempt, and only their positions
 * are kept until then, in consecutive rows of the document's FieldItemRows.
 */
class ListField {
    name;
    key;
    value;
    #rows;
    #row;
    #items;
    constructor(rows, block, name, key, match) {
        const { line, column, endLine, endColumn } = block.range;
        const contentColumn = block.contentColumn;
        this.name = name;
        this.key = key;
        this.value = match.value;
        this.#rows = rows;
        const fields = rows.fields;
        const row = fields.add();
        this.#row = row;
        fields.set(row, Field.Line, line);
        fields.set(row, Field.Column, column);
        fields.set(row, Field.EndLine, endLine);
        fields.set(row, Field.EndColumn, endColumn);
        fields.set(row, Field.ValueColumn, contentColumn + match.valueIndex);
        fields.set(row, Field.ValueEndLine, line);
        fields.set(row, Field.ValueEndColumn, contentColumn + match.valueEnd);
        fields.set(row, Field.FirstItem, -1);
    }
    position(field) {
        return this.#rows.fields.get(this.#row, field);
    }
    setPosition(field, value) {
        this.#rows.fields.set(this.#row, field, value);
    }
    get range() {
        return {
            line: this.position(Field.Line),
            column: this.position(Field.Column),
            endLine: this.position(Field.EndLine),
            endColumn: this.position(Field.EndColumn)
        };
    }
    get valueRange() {
        return {
            line: this.position(Field.Line),
            column: this.position(Field.ValueColumn),
            endLine: this.position(Field.ValueEndLine),
            endColumn: this.position(Field.ValueEndColumn)
        };
    }
    /** Appends continuation lines to the value, which then ends at `endLine`/`endColumn`. */
    extendValue(value, endLine, endColumn) {
        this.value = value;
        this.setPosition(Field.ValueEndLine, endLine);
        this.setPosition(Field.ValueEndColumn, endColumn);
    }
    addItem({ line, endLine, column }, contentColumn) {
        const rows = this.#rows;
        const count = this.position(Field.ItemCount);
        const firstItem = this.position(Field.FirstItem);
        if (firstItem < 0 || firstItem + count !== rows.count) {
            // Items of one field come one after another; should another's come between, move this
            // field's rows to the end so that they stay consecutive.
            this.setPosition(Field.FirstItem, rows.count);
            for (let at = 0; at < count; at += 1)
                copyRow(rows, firstItem + at);
        }
        const row = rows.add();
        rows.set(row, 0, line);
        rows.set(row, 1, endLine);
        rows.set(row, 2, column);
        rows.set(row, 3, contentColumn);
        this.setPosition(Field.ItemCount, count + 1);
        this.#items = undefined;
    }
    get items() {
        if (this.#items === undefined) {
            const items = [];
            const first = this.position(Field.FirstItem);
            const count = this.position(Field.ItemCount);
            for (let at = 0; at < count; at += 1)
                items.push(builtItem(this.#rows, first + at));
            this.#items = items;
        }
        return this.#items;
    }
}
function copyRow(rows, from) {
    const row = rows.add();
    for (let field = 0; field < 4; field += 1)
        rows.set(row, field, rows.get(from, field));
}
/**
 * The nested item in row `row`: the text of its first line after the marker, and its lines from
 * the marker on.
 */
function builtItem(rows, row) {
    const { source } = rows;
    const line = rows.get(row, 0);
    const endLine = rows.get(row, 1);
    const column = rows.get(row, 2);
    const contentIndex = rows.get(row, 3) - 1;
    const first = source.span(line, line);
    return {
        value: first.slice(contentIndex, trimmedEnd(first, contentIndex)),
        raw: source.span(line, endLine, column),
        range: { line, column, endLine, endColumn: source.lengthOf(endLine) + 1 }
    };
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
        const text = lineText$1(ctx, line).trim();
        if (text !== '')
            extra.push(text);
    }
    if (extra.length === 0)
        return;
    const value = field.value === '' ? extra.join('\n') : `${field.value}\n${extra.join('\n')}`;
    field.extendValue(value, last, ctx.source.lengthOf(last) + 1);
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
    const block = ctx.blocks.at(index);
    if (block?.kind !== 'heading')
        return { role: 'other' };
    let startIndex = index;
    let leaked = block.leakedPrefix;
    let range = block.range;
    if (block.parent >= 0) {
        // `- ### [ID] Title`: a heading behind a top-level list marker is a damaged entry heading.
        const item = ctx.blocks.at(block.parent);
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
    for (let index = 0; ctx.blocks.has(index); index += 1) {
        if (ctx.blocks.kindAt(index) !== 'heading')
            continue;
        const role = classifyHeading(ctx, index);
        if (role.role === 'entry')
            return ctx.blocks.at(role.entry.startIndex)?.range.line;
    }
    return undefined;
}
/** Reads the entries of an `## [ID] Title` ledger. */
function readEntries(ctx) {
    const entries = [];
    const byId = new Map();
    // Each entry is read as soon as its end is found, while its lines were just scanned.
    const gaps = findEntryDrafts(ctx, (draft) => {
        if (draft.skipped)
            return;
        const entry = buildEntry(ctx, draft);
        entries.push(entry);
        if (!byId.has(entry.id))
            byId.set(entry.id, entry);
    });
    for (const gap of gaps)
        adoptGapAttempts(ctx, gap, byId);
    // Adopted attempts join at the end; keep every history in document order.
    for (const entry of entries)
        sortByLine(entry.attempts);
    return entries;
}
/** Finds the entries in document order, handing each over once it ends; returns the gaps. */
function findEntryDrafts(ctx, onEntry) {
    const gaps = [];
    const blocks = ctx.blocks;
    let current;
    let section;
    let gapStart = 0;
    const close = (boundaryIndex) => {
        const boundaryLine = blocks.at(boundaryIndex)?.range.line ?? ctx.source.count + 1;
        if (current !== undefined) {
            current.bodyEnd = boundaryIndex;
            current.endLine = lastContentLine(ctx, boundaryLine - 1, current.heading.range.line);
            // Its blocks are final once no list item or table that may hold them is still open.
            blocks.settle();
            onEntry(current);
            current = undefined;
            gapStart = boundaryIndex;
        }
        else if (boundaryIndex > gapStart) {
            gaps.push({ start: gapStart, end: boundaryIndex, endLine: boundaryLine - 1 });
            gapStart = boundaryIndex;
        }
    };
    for (let index = 0; blocks.has(index); index += 1) {
        if (blocks.kindAt(index) !== 'heading')
            continue;
        const block = blocks.at(index);
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
                bodyEnd: boundaryUnknown,
                endLine: ctx.source.count,
                skipped: isIgnoredSection(ctx, section)
            };
            if (section !== undefined)
                current.section = section;
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
    return gaps;
}
/** A draft's body end before the next boundary is found (`close` sets it). */
const boundaryUnknown = -1;
/** True when the next heading after `index` is an entry heading and no list item comes between. */
function introducesEntries(ctx, index) {
    for (let next = index + 1; ctx.blocks.has(next); next += 1) {
        const kind = ctx.blocks.kindAt(next);
        if (kind === undefined || kind === 'listItem')
            return false;
        if (kind === 'heading')
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
    // Nothing reads an entry's body blocks again (bodies and gaps do not overlap): release them.
    const body = readEntryBody(ctx, heading.id, draft.bodyStart, draft.bodyEnd, draft.endLine, true);
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
            endColumn: ctx.source.lengthOf(draft.endLine) + 1
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
                value: firstToken$1(source).toLowerCase(),
                raw: source,
                range: field.value !== '' ? field.valueRange : (field.items[0]?.range ?? field.valueRange)
            };
        }
        else if (field.key === 'priority' && entry.priority === undefined) {
            entry.priority = { value: firstToken$1(field.value), raw: field.value, range: field.valueRange };
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
    // A copy of the exact size: an array grown by `push` keeps 17 slots for one link.
    if (entry.plans.length > 0)
        entry.plans = entry.plans.slice();
    entry.artifacts = artifactsOf(ctx, lineSegments(ctx, firstLine, lastLine, 1, coveredBy(body.attempts, firstLine, lastLine)));
}
function firstLineOf(text) {
    const end = text.indexOf('\n');
    return end < 0 ? text : text.slice(0, end);
}
/** Column of an item's text: after its marker and spaces. */
function contentColumn(ctx, range) {
    const line = lineText$1(ctx, range.line);
    const match = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/.exec(line);
    return match === null ? range.column : match[0].length + 1;
}
/** A predicate telling whether a line of `first..last` lies inside one of the attempts. */
function coveredBy(attempts, first, last) {
    if (attempts.length === 0 || last < first)
        return () => false;
    const covered = new Uint8Array(last - first + 1);
    for (const attempt of attempts) {
        const start = Math.max(attemptLine(attempt), first);
        const end = Math.min(attemptEndLine(attempt), last);
        // An attempt outside first..last covers nothing (a negative end would fill from the back).
        if (end >= start)
            covered.fill(1, start - first, end - first + 1);
    }
    return (line) => covered[line - first] === 1;
}
/**
 * Attempts written outside every entry (a trailing `## Attempts History` section, a backlog list):
 * one naming an entry (`### 2026-01-22T02:40Z — ID (label)`) joins it, the others are reported.
 */
function adoptGapAttempts(ctx, gap, byId) {
    const body = readEntryBody(ctx, undefined, gap.start, gap.end, gap.endLine, true);
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
    for (let index = 0; ctx.blocks.has(index); index += 1) {
        const block = ctx.blocks.at(index);
        if (block === undefined)
            continue; // released: only entry bodies are, after the header
        if (block.range.line > headerEnd)
            break;
        if (block.kind === 'heading' && block.depth === 1 && header.title === undefined) {
            header.title = {
                value: block.text,
                raw: lineText$1(ctx, block.range.line),
                range: { ...block.range }
            };
        }
    }
    for (let line = 1; line <= headerEnd; line += 1) {
        const text = lineText$1(ctx, line);
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
    const text = lineText$1(ctx, line);
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
    while (end < ctx.source.count) {
        const next = lineText$1(ctx, end + 1);
        if (next.trim() === '' || /^\s{0,3}#/.test(next))
            break;
        end += 1;
    }
    return spanOfLines(ctx, line + 1, end);
}
/** A `## Active Focus` / `## Current Focus` section's text, when it has any. */
function focusSection(ctx, headerEnd) {
    const blocks = ctx.blocks;
    for (let index = 0; blocks.has(index); index += 1) {
        const block = blocks.at(index);
        if (block === undefined || block.range.line > headerEnd)
            break;
        if (block.kind !== 'heading' || !FOCUS_HEADING.test(block.text))
            continue;
        let end = headerEnd;
        for (let next = index + 1; blocks.has(next); next += 1) {
            const candidate = blocks.at(next);
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
        const length = ctx.source.lengthOf(line) + 1;
        return { value: '', raw: '', range: { line, column: length, endLine: line, endColumn: length } };
    }
    const lines = [];
    for (let line = start; line <= Math.min(end, ctx.source.count); line += 1) {
        lines.push(lineText$1(ctx, line));
    }
    const raw = lines.join('\n');
    const value = lines
        .map((text) => text.trim())
        .filter((text) => text !== '')
        .join('\n');
    return { value, raw, range: linesRange(ctx, start, end) };
}
/** The table following an `Index` heading (before the next heading). */
function readIndexTable(ctx, headerEnd) {
    const blocks = ctx.blocks;
    for (let index = 0; blocks.has(index); index += 1) {
        const block = blocks.at(index);
        if (block === undefined || block.range.line > headerEnd)
            return undefined;
        if (block.kind !== 'heading' || !INDEX_HEADING.test(block.text.trim()))
            continue;
        for (let next = index + 1; blocks.has(next); next += 1) {
            const candidate = blocks.at(next);
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
    const heading = ctx.blocks.at(headingIndex);
    if (heading?.kind !== 'heading')
        return undefined;
    const rows = [];
    let lastLine = heading.range.line;
    for (let next = headingIndex + 1; ctx.blocks.has(next); next += 1) {
        const block = ctx.blocks.at(next);
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
    for (let index = 0; ctx.blocks.has(index); index += 1) {
        if (ctx.blocks.kindAt(index) !== 'heading')
            continue;
        const block = ctx.blocks.at(index);
        if (block?.kind === 'heading' &&
            block.parent < 0 &&
            block.depth === 2 &&
            SINGLE_FOCUS_SECTIONS.test(stripInlineMarkup(block.text)))
            return true;
    }
    return false;
}
/**
 * Reads a single-focus ledger as one level-0 entry: each `##` section becomes a field (`## Status`
 * → `status`, `## Attempts History` → `attempts`, …), `Name: value` items inside sections are
 * fields too, and `### <date> — …` headings under `## Attempts History` are its attempts.
 */
function readSingleFocus(ctx, title) {
    const problemsBefore = ctx.problems.length;
    const body = readEntryBody(ctx, undefined, 0, ctx.blocks.length, ctx.source.count);
    const sections = sectionFields(ctx);
    const fields = [...sections, ...body.fields].sort((a, b) => a.range.line - b.range.line);
    const focus = sections.find((field) => field.key === 'current-focus');
    const named = identify(ctx, title, focus, body.attempts.map((attempt) => attempt.namedEntryId));
    const headingRange = title?.range ?? linesRange(ctx, 1, 1);
    const lastLine = Math.max(1, ctx.source.count);
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
    for (let index = 0; ctx.blocks.has(index); index += 1) {
        if (ctx.blocks.kindAt(index) !== 'heading')
            continue;
        const block = ctx.blocks.at(index);
        if (block?.kind === 'heading' && block.parent < 0 && block.depth <= 2)
            headings.push({ block, index });
    }
    const fields = [];
    headings.forEach(({ block, index }, position) => {
        if (block.depth !== 2)
            return;
        const next = headings[position + 1];
        const endIndex = next?.index ?? ctx.blocks.length;
        const end = lastContentLine(ctx, (next?.block.range.line ?? ctx.source.count + 1) - 1, block.range.line);
        const name = stripInlineMarkup(block.text);
        // The value is the first text line below the heading, when there is one before a list.
        let value = '';
        let valueRange = emptyRangeAfter(ctx, block.range.line);
        for (let line = block.range.line + 1; line <= end; line += 1) {
            const text = lineText$1(ctx, line);
            if (text.trim() === '')
                continue;
            if (/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(text) || /^\s{0,3}#/.test(text))
                break;
            value = text.trim();
            const start = text.length - text.trimStart().length;
            valueRange = {
                line,
                column: start + 1,
                endLine: line,
                endColumn: text.trimEnd().length + 1
            };
            break;
        }
        const field = {
            name,
            key: canonicalFieldKey(name, ctx.config.dialect.fieldAliases),
            value,
            range: linesRange(ctx, block.range.line, end),
            valueRange,
            items: []
        };
        for (let item = index + 1; item < endIndex; item += 1) {
            const candidate = ctx.blocks.at(item);
            if (candidate?.kind === 'listItem' && candidate.depth === 0) {
                field.items.push({
                    value: candidate.text,
                    raw: lineText$1(ctx, candidate.range.line),
                    range: { ...candidate.range }
                });
            }
        }
        fields.push(field);
    });
    return fields;
}
function emptyRangeAfter(ctx, line) {
    const column = ctx.source.lengthOf(line) + 1;
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
    const { blocks, source } = scanStructure(text);
    document.lineCount = source.count;
    const ctx = {
        file: document.file,
        source,
        blocks,
        config,
        idPattern: compileIdPattern(config.dialect.entryIdPattern),
        problems: document.problems,
        attemptRows: new AttemptRows(source),
        fieldItems: new FieldItemRows(source)
    };
    if (isBlankDocument(source)) {
        addProblem(ctx, 'empty-file', 'The ledger is empty', linesRange(ctx, 1, 1));
        return;
    }
    // The blocks are scanned as they are read (see BlockTable.scanLazily): up to the first entry
    // here, and the header's blocks are final before the header is read.
    const firstEntry = firstEntryLine(ctx);
    const singleFocus = firstEntry === undefined && isSingleFocus(ctx);
    blocks.settle();
    const header = readHeader(ctx, firstEntry === undefined ? source.count : firstEntry - 1);
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
function isBlankDocument(source) {
    for (let line = 1; line <= source.count; line += 1) {
        if (source.line(line).trim() !== '')
            return false;
    }
    return true;
}

function markerVocabulary(config) {
    // Every plan of a run reads with the same configuration: the vocabulary is built once.
    let vocabulary = vocabularies.get(config.vocabulary.taskStates);
    if (vocabulary === undefined) {
        vocabulary = readVocabulary(config);
        vocabularies.set(config.vocabulary.taskStates, vocabulary);
    }
    return vocabulary;
}
const vocabularies = new WeakMap();
function readVocabulary(config) {
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

/**
 * One copy of each short string a plan's model keeps (`[x]`, `A1`, `None.`): V8 copies a slice
 * shorter than 13 characters instead of pointing into its text, and a project holds every plan's
 * tasks and fields until it ends, each repeating the same few markers, ids and values. Longer
 * strings are left alone (their slices are already small). The table is emptied when full, which
 * bounds its memory.
 */
const MAX_LENGTH = 12;
const MAX_STRINGS = 4096;
const interned = new Map();
function intern(text) {
    if (text.length > MAX_LENGTH)
        return text;
    const known = interned.get(text);
    if (known !== undefined)
        return known;
    if (interned.size >= MAX_STRINGS)
        interned.clear();
    interned.set(text, text);
    return text;
}

/**
 * A task with its phase, as one object literal: a `phaseId` added afterwards would not fit in the
 * object and take a separate property store (a project holds every plan's tasks until it ends).
 * Its short strings are shared (see intern).
 */
function taskIn(task, phaseId) {
    const { state, source, range, markerRange } = task;
    const id = intern(task.id);
    const description = intern(task.description);
    const marker = intern(task.marker);
    if (phaseId === undefined)
        return { id, description, marker, state, source, range, markerRange };
    return { id, description, marker, state, source, range, markerRange, phaseId };
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
    return taskIn(task, phaseId);
}

const STRAY_ROW = /^\s*\|.*\|\s*$/;
const GLUED_CHECKBOX = /^\s*[-*+]\[[^\][]\]/;
/** Problems for the lines `firstLine..lastLine` (1-based) of a paragraph. */
function damagedTaskLines(lines, firstLine, lastLine, vocabulary) {
    const problems = [];
    for (let line = firstLine; line <= lastLine; line += 1) {
        const text = lines[line - 1] ?? '';
        if (GLUED_CHECKBOX.test(text)) {
            problems.push({
                kind: 'unreadable-task',
                message: 'Checkbox is glued to its list marker; write `- [ ]` with a space so it is a task',
                range: lineRange(line, text)
            });
        }
        else if (STRAY_ROW.test(text) && findMarker(text, vocabulary) !== undefined) {
            problems.push({
                kind: 'unreadable-task',
                message: 'Table row with a state marker is not part of a table (a blank line or a missing ' +
                    'delimiter row cuts it off), so it renders as text and the task is lost',
                range: lineRange(line, text)
            });
        }
    }
    return problems;
}
/** The line's text from its first to its last non-blank character. */
function lineRange(line, text) {
    const start = text.length - text.trimStart().length;
    return { line, column: start + 1, endLine: line, endColumn: text.trimEnd().length + 1 };
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
            value: intern(value),
            raw: intern(raw),
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
    // Both patterns start with `Phase` / `phase`: most headings (titles, sections) lack it.
    if (!text.includes('hase'))
        return undefined;
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
const LEADING_EMOJI = /^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)+/u;
/** Removes emphasis around the heading (`**Phase 1: x**`) and a leading emoji or bullet. */
function stripEmphasis(text) {
    let result = text.trim();
    // Emoji are never ASCII: the Unicode-property pattern (slow) only runs on text starting with one.
    if (result.charCodeAt(0) >= 0x80)
        result = result.replace(LEADING_EMOJI, '');
    result = result.replace(/^(?:\*\*|__|\*|_)+/, '').replace(/(?:\*\*|__|\*|_)+$/, '');
    return result.trim();
}

/** Headers naming an id column for sure; a row without an id there is damaged. */
const STRONG_ID_HEADERS = ['id', 'task id', 'task #', '#', 'no', 'no.'];
/** Headers that hold ids in some plans and a task's wording in others. */
const WEAK_ID_HEADERS = ['step', 'task', 'item'];
const ID_HEADERS = [...STRONG_ID_HEADERS, ...WEAK_ID_HEADERS];
const STATE_HEADERS = ['state', 'status', 'done', 'progress', 'complete', 'completed', '✓', '✔'];
const DESCRIPTION_HEADERS = /task|description|title|deliverable|step|goal|item|action/i;
/** A task id as written in a cell: `A1`, `M4a`, `3.1`, `5.B`, `P0.2`, `B-2`. */
const TASK_ID$1 = /^[A-Za-z0-9][A-Za-z0-9.\-_]{0,23}$/;
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
        if (columns.weakId && !TASK_ID$1.test(id)) {
            wording = idCell?.text;
            id = '';
        }
        const marker = stateCell === undefined ? undefined : findMarker(stateCell.text, vocabulary);
        // Neither an id nor a state: a filler or separator row, not a task. A stateless row whose
        // first cell is no id (`| **Section 1: Setup** |`) is a caption between groups of tasks.
        if (marker === undefined && (id === '' || !TASK_ID$1.test(id)))
            continue;
        const rowRange = rangeOfRow(row, lines[row.line - 1] ?? '');
        if (id === '' && marker !== undefined && columns.id !== undefined && !columns.weakId) {
            problems.push({
                kind: 'unreadable-task',
                message: 'Task row has a state but no task id',
                range: rowRange
            });
        }
        else if (idCell !== undefined && id !== '' && !TASK_ID$1.test(id)) {
            problems.push({
                kind: 'unreadable-task',
                message: `Task id \`${shorten$1(idCell.text)}\` is not a task id (letters, digits, \`.\`, \`-\`)`,
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
        tasks.push(taskIn(task, phaseId));
    }
    return { tasks, problems };
}
function findColumns(table, vocabulary) {
    const header = headerColumns(table.header);
    if (header === undefined)
        return undefined;
    const { state, id, weakId } = header;
    const hasMarker = table.rows.some((row) => {
        const cell = row.cells[state];
        return cell !== undefined && findMarker(cell.text, vocabulary) !== undefined;
    });
    if (!hasMarker)
        return undefined;
    // Under a weak id header holding wording, that column is the description too.
    const idHoldsWording = weakId &&
        id !== undefined &&
        !table.rows.some((row) => TASK_ID$1.test(cleanId(row.cells[id]?.text ?? '')));
    const description = idHoldsWording ? id : header.description;
    return { id, weakId, state, description };
}
/**
 * The columns a header row names. Plans repeat the same few header rows
 * (`| ID | Task Description | State | … |`): each is worked out once per run.
 */
function headerColumns(header) {
    let key = '';
    for (const cell of header.cells)
        key += `${cell.text}\n`;
    let columns = headerColumnsCache.get(key);
    if (columns === undefined) {
        columns = readHeaderColumns(header.cells.map((cell) => normaliseHeader(cell.text))) ?? null;
        if (headerColumnsCache.size >= 1000)
            headerColumnsCache.clear();
        headerColumnsCache.set(key, columns);
    }
    return columns ?? undefined;
}
const headerColumnsCache = new Map();
function readHeaderColumns(headers) {
    let state = headers.findIndex((header) => STATE_HEADERS.includes(header));
    if (state < 0)
        state = headers.findIndex((header) => /^(?:state|status)\b/.test(header));
    if (state < 0)
        return undefined;
    let id;
    let weakId = false;
    for (const name of ID_HEADERS) {
        const index = headers.indexOf(name);
        if (index >= 0 && index !== state) {
            id = index;
            weakId = WEAK_ID_HEADERS.includes(name);
            break;
        }
    }
    let description = headers.findIndex((header, index) => index !== id && index !== state && DESCRIPTION_HEADERS.test(header));
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
    // Most ids are bare (`A1`): the replacements only where there is something to replace.
    let id = MARKUP.test(text) ? text.replace(MARKUPS, '') : text;
    id = id.trim();
    const last = id.charAt(id.length - 1);
    if (last === '.' || last === ':')
        id = id.slice(0, -1);
    return FILLER_ID.test(id) ? '' : id;
}
const MARKUP = /[*`~]/;
const MARKUPS = /[*`~]/g;
const FILLER_ID = /^(?:-+|—|–|n\/a|tbd)$/i;
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
function shorten$1(text) {
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
    /** 1 for the lines (0-based) inside code or HTML blocks. */
    opaque;
    /** 1 for lines (0-based) starting a block: a field value written below its label stops there. */
    blockStarts;
    /** For a list item (by block index), the line of its first nested list item. */
    firstChildItemLine = [];
    constructor(document, scanned, config) {
        this.document = document;
        this.config = config;
        this.lines = scanned.lines;
        this.blocks = scanned.blocks;
        this.vocabulary = markerVocabulary(config);
        this.opaque = new Uint8Array(this.lines.length);
        this.blockStarts = new Uint8Array(this.lines.length);
        for (const block of this.blocks) {
            if (block.kind === 'listItem' && block.parent >= 0) {
                this.firstChildItemLine[block.parent] ??= block.range.line;
            }
            this.blockStarts[block.range.line - 1] = block.kind !== 'paragraph' ? 1 : 0;
            if (!OPAQUE.has(block.kind))
                continue;
            for (let line = block.range.line; line <= block.range.endLine; line += 1) {
                this.opaque[line - 1] = 1;
            }
        }
    }
    read() {
        for (let index = 0; index < this.blocks.length; index += 1) {
            const block = this.blocks[index];
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
        }
        this.closePhasesFrom(0, this.lines.length);
        this.document.artifacts = this.readArtifacts();
        this.trimArrays();
    }
    /**
     * Replaces the arrays grown by `push` by copies of their exact size: a grown array keeps up to
     * 17 slots for a few elements, and a project holds several arrays per plan until it ends.
     */
    trimArrays() {
        const document = this.document;
        for (const phase of document.phases)
            phase.tasks = exactCopy(phase.tasks);
        document.phases = exactCopy(document.phases);
        document.tasks = exactCopy(document.tasks);
        document.problems = exactCopy(document.problems);
        document.artifacts = exactCopy(document.artifacts);
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
        const closing = this.firstOpenAtDepth(block.depth);
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
        if (this.isOpen(heading.id))
            return;
        const phase = {
            id: intern(heading.id),
            title: intern(heading.title),
            headingRange: block.range,
            range: {
                line: block.range.line,
                column: block.range.column,
                endLine: block.range.endLine,
                endColumn: block.range.endColumn
            },
            tasks: [],
            declaredComplete: heading.declaredComplete
        };
        this.document.phases.push(phase);
        this.open.push({ phase, depth: block.depth });
    }
    /** Stack position of the first open phase at `depth` or deeper; -1 for none. */
    firstOpenAtDepth(depth) {
        for (let index = 0; index < this.open.length; index += 1) {
            if (this.open[index].depth >= depth)
                return index;
        }
        return -1;
    }
    isOpen(phaseId) {
        for (const open of this.open)
            if (open.phase.id === phaseId)
                return true;
        return false;
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
            const field = readPhaseField(this.lines, index, this.isBoundary);
            if (field === undefined)
                continue;
            if (open.phase[field.key] === undefined)
                open.phase[field.key] = field.spanned;
            index = Math.max(index, field.endLine - 1);
        }
    }
    /** Whether a field value written below its label stops at line `index` (0-based). */
    isBoundary = (index) => this.opaque[index] === 1 || this.blockStarts[index] === 1;
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
            if (this.opaque[line - 1] === 1)
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
/** The array itself when empty (no elements are allocated for it), else a copy of it. */
function exactCopy(array) {
    return array.length === 0 ? array : array.slice();
}
/** A plan that owns its folder (`plans/…/<ID>/implementation.md`) cites `reports/<stamp>/` from it. */
function planFolder(file) {
    // `/^(plans\/(?:.+\/)?[^/]+)\/(?:implementation|plan)\.md$/` by plain string search (once per plan).
    const slash = file.lastIndexOf('/');
    const name = file.slice(slash + 1);
    if (!file.startsWith('plans/') || (name !== 'implementation.md' && name !== 'plan.md'))
        return {};
    const dir = file.slice(0, slash);
    const inner = dir.lastIndexOf('/');
    // The folder's own name is not empty; the folders between `plans/` and it (if any) are at
    // least one character without a line break (what `.+` matches).
    if (inner < 5 || inner === dir.length - 1)
        return {};
    if (inner > 5 && (inner === 6 || LINE_BREAK.test(dir.slice(6, inner))))
        return {};
    return { baseDir: dir };
}
const LINE_BREAK = /[\n\r\u2028\u2029]/;

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
        const maxDepth = Math.min(MAX_ROOT_DEPTH, matchDepth(pattern));
        const visit = (dir, depth) => {
            if (dir !== '' && matches(dir))
                found.add(dir);
            if (depth >= maxDepth)
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
            // Plans are small; one that is not is read whole all the same.
            parse: (text) => parsers.plan(file, wholeText(text), config),
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
            message: `${file} could not be parsed (parser failure: ${cliMain.errorMessage(error)})`,
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

/** One tree, start to end: discover → parse → rules → suppressions → fingerprints. */
function analyze(fs, config, now, options) {
    const { project, sources } = loadProject(fs, config, now, options.parsers);
    const clamp = rangeClamper(project, sources);
    const ruleFindings = collectFindings(project, options.rules, clamp);
    const suppressions = [...sources].flatMap(([file, text]) => findSuppressions(file, text));
    const engineFindings = [
        ...suppressionFindings(suppressions, project, options.rules, clamp),
        ...ledgerMissingFindings(project, options.configFile, clamp)
    ];
    // Fingerprints are given before suppressing, so silencing one duplicate does not renumber the rest.
    const all = assignFingerprints(sortFindings$1([...ruleFindings, ...engineFindings]));
    const { kept, suppressed } = applySuppressions(all, suppressions);
    return { project, findings: kept, suppressed };
}
/** `invalid-suppression`: comments without a reason or naming no or unknown rules. */
function suppressionFindings(suppressions, project, rules, clamp) {
    const severity = effectiveSeverity(INVALID_SUPPRESSION.defaultSeverity, project.config.rules[INVALID_SUPPRESSION.id]);
    if (severity === 'off')
        return [];
    const knownIds = new Set([...rules, ...engineRules].map((rule) => rule.id));
    return suppressions.flatMap((suppression) => validateSuppression(suppression, knownIds).map((problem) => toFinding(INVALID_SUPPRESSION.id, severity, problem, clamp)));
}

/**
 * A file's bytes, read again a block at a time whenever they are needed: a paged document's
 * bytes then stay in the system's file cache instead of in the process (a 20 MB ledger would
 * otherwise hold 20 MB for the whole run). Every read first checks that the file is still the
 * one that was measured; one changed meanwhile is an error, never a mix of two versions.
 */
class FileBytes {
    size;
    #path;
    #identity;
    /** The blocks read last (aligned on BLOCK), most recent first. */
    #blocks = [];
    /** Room for reads across blocks (see `read`). */
    #scratch = node_buffer.Buffer.alloc(0);
    #fd;
    /** `stats` are those of the file as it was opened and measured. */
    constructor(path, stats) {
        this.#path = path;
        this.size = stats.size;
        this.#identity = identityOf(stats);
    }
    read(start, end) {
        const bytes = this.#locate(start, end);
        return bytes.subarray(this.#from, this.#to);
    }
    utf8(start, end) {
        const bytes = this.#locate(start, end);
        return bytes.toString('utf8', this.#from, this.#to);
    }
    /** Where `#locate` last put the bytes asked for, in the buffer it returned. */
    #from = 0;
    #to = 0;
    /**
     * A buffer holding bytes `[start, end)` (clamped to the file) at `[#from, #to)`: set as fields,
     * not returned in an object, as this runs once per line read (a hundred thousand times).
     */
    #locate(start, end) {
        const first = Math.max(0, Math.min(start, this.size));
        const last = Math.max(first, Math.min(end, this.size));
        const index = Math.floor(first / BLOCK);
        const length = last - first;
        if (length === 0 || Math.floor((last - 1) / BLOCK) === index) {
            const offset = index * BLOCK;
            this.#from = first - offset;
            this.#to = last - offset;
            return this.#block(index);
        }
        // Across blocks (a line at a block's end, a scan's next block): read into the scratch
        // buffer, which the next such read reuses. The whole file, for one caller, is its own.
        let bytes;
        if (length > SCRATCH_LIMIT)
            bytes = node_buffer.Buffer.allocUnsafeSlow(length);
        else {
            if (this.#scratch.length < length)
                this.#scratch = node_buffer.Buffer.allocUnsafeSlow(length);
            bytes = this.#scratch;
        }
        this.#fill(bytes, first, length);
        this.#from = 0;
        this.#to = length;
        return bytes;
    }
    /** Block `index`, from the few kept or read now (parsing reads forward, rules around). */
    #block(index) {
        const blocks = this.#blocks;
        // Most reads fall in the block read last; the search makes no closure per call.
        if (blocks[0]?.index === index)
            return blocks[0].bytes;
        let at = -1;
        for (let position = 1; position < blocks.length; position++)
            if (blocks[position].index === index)
                at = position;
        if (at > 0) {
            const [block] = blocks.splice(at, 1);
            blocks.unshift(block);
            return block.bytes;
        }
        const offset = index * BLOCK;
        const length = Math.min(BLOCK, this.size - offset);
        // The least recent block's memory is reused for the new one.
        const reused = blocks.length >= KEPT_BLOCKS ? blocks.pop()?.bytes : undefined;
        const bytes = reused ?? node_buffer.Buffer.allocUnsafeSlow(BLOCK);
        this.#fill(bytes, offset, length);
        blocks.unshift({ index, bytes });
        return bytes.subarray(0, length);
    }
    /** Reads `length` bytes from `position` into `target`, from the file as it was measured. */
    #fill(target, position, length) {
        const fd = this.#descriptor();
        if (identityOf(node_fs.fstatSync(fd)) !== this.#identity)
            throw this.#changed();
        let done = 0;
        while (done < length) {
            const count = node_fs.readSync(fd, target, done, length - done, position + done);
            if (count === 0)
                throw this.#changed();
            done += count;
        }
    }
    /**
     * The file, opened once and kept open while this object lives (a run reads a paged ledger a
     * thousand times): a file replaced or edited meanwhile shows in its status (`fill`).
     */
    #descriptor() {
        if (this.#fd === undefined) {
            try {
                this.#fd = node_fs.openSync(this.#path, 'r');
            }
            catch (error) {
                throw this.#changed(error);
            }
            openFiles.register(this, this.#fd);
        }
        return this.#fd;
    }
    #changed(cause) {
        return new cliMain.PlanguardError('io', `${this.#path} changed or went away while planguard was reading it; run again`, cause === undefined ? undefined : { cause });
    }
}
/** Closes a file once the FileBytes reading it is gone. */
const openFiles = new FinalizationRegistry((fd) => {
    try {
        node_fs.closeSync(fd);
    }
    catch {
        // Already closed: nothing to release.
    }
});
/** Bytes read at a time for lines, from an offset that is a multiple of it. */
const BLOCK = 128 * 1024;
/** Blocks kept at hand. */
const KEPT_BLOCKS = 4;
/** Reads across blocks up to this size reuse one buffer (a scan reads 256 KB at a time). */
const SCRATCH_LIMIT = 2 * 1024 * 1024;
/** What tells one version of a file from another without reading it. */
function identityOf(stats) {
    return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

/**
 * A name a folder listing can be trusted to miss: on a case- or normalisation-insensitive file
 * system (macOS, Windows) another spelling may open an entry, and Windows also ignores trailing
 * dots and reads `~` short names and `:` streams. Other names are looked up on disk.
 */
const PORTABLE_NAME = /^[\w.+,=@-]*[\w+,=@-]$/;
/**
 * A working tree on disk, confined to its root: every path is resolved through its symlinks and
 * treated as absent when it lands outside the root or inside a `.git` folder.
 */
class DiskRepoFS extends BaseRepoFS {
    root;
    maxFileBytes;
    pagedDocumentBytes;
    /**
     * Entries already known from a folder listing (symlinks excepted), with their real paths: a
     * walk costs one readdir per folder, and so does looking up the paths of a listed folder.
     */
    knownReal = new Map();
    /** Listed entries that are symlinks: resolved (and confined) on demand. */
    knownLinks = new Set();
    /** Folders whose listing filled `knownReal`. */
    listed = new Set();
    /** What the listings say about folders that paths were looked up in. */
    folders = new Map();
    /** Lower-case names of listed folders, for names a case-insensitive disk could alias. */
    lowerNames = new Map();
    constructor(root, options = {}) {
        super();
        try {
            this.root = node_fs.realpathSync.native(minpath.resolve(root));
        }
        catch (error) {
            throw new cliMain.PlanguardError('io', `repository root not found: ${root}`, { cause: error });
        }
        if (!node_fs.statSync(this.root).isDirectory()) {
            throw new cliMain.PlanguardError('io', `repository root is not a folder: ${root}`);
        }
        this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
        this.pagedDocumentBytes = options.pagedDocumentBytes;
    }
    statPath(path) {
        const known = this.knownReal.get(path);
        if (known !== undefined)
            return known.type;
        const listed = this.fromListings(path);
        if (listed === 'absent' || listed === 'special')
            return undefined;
        if (listed !== 'unsure')
            return listed;
        const real = this.realPath(path);
        if (real === undefined)
            return undefined;
        const stats = node_fs.statSync(real);
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
        const entries = node_fs.readdirSync(real, { withFileTypes: true });
        const prefix = real.endsWith(minpath.sep) ? real : real + minpath.sep;
        // Marked before the loop: the first listing (thousands of plan folders) gets its loop
        // compiled while running, and code after the loop would then run with no type feedback,
        // sending every later call back to the interpreter (a thousand times in a 20 MB run).
        this.listed.add(dir);
        const names = [];
        for (let index = 0; index < entries.length; index++) {
            const entry = entries[index];
            const name = entry.name;
            names.push(name);
            if (isGitName(name))
                continue;
            const child = dir === '' ? name : `${dir}/${name}`;
            // Symlinks are resolved (and confined) on demand; plain entries need no further syscall.
            if (entry.isSymbolicLink())
                this.knownLinks.add(child);
            else {
                const type = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : undefined;
                this.knownReal.set(child, { real: prefix + name, type });
            }
        }
        return names;
    }
    readPath(path, maxBytes) {
        const real = this.realPath(path);
        if (real === undefined)
            return undefined;
        // One open file answers both the size and the content: a project reads thousands of plans.
        const fd = node_fs.openSync(real, 'r');
        try {
            const small = readSmall(fd, maxBytes);
            if (small !== undefined)
                return decodedContent(small, this.pagedDocumentBytes);
            const stats = node_fs.fstatSync(fd);
            const size = stats.size;
            if (size > maxBytes)
                return tooLarge(size, maxBytes);
            if (size >= (this.pagedDocumentBytes ?? PAGED_DOCUMENT_BYTES)) {
                // Left in the file and read again a block at a time (see FileBytes).
                const source = new FileBytes(real, stats);
                return pagedContent(new PagedText(source, scanBytes(source)));
            }
            return decodedContent(readAll(fd, size), this.pagedDocumentBytes);
        }
        finally {
            node_fs.closeSync(fd);
        }
    }
    /** Resolves the symlinks only to say where they lead; nothing there is read. */
    refusedPath(path) {
        // Plain entries all the way (or plainly absent): no symlink can lead anywhere.
        if (this.fromListings(path) !== 'unsure')
            return undefined;
        let real;
        try {
            real = node_fs.realpathSync.native(minpath.join(this.root, ...path.split('/')));
        }
        catch {
            return undefined;
        }
        if (real !== this.root && !real.startsWith(this.root + minpath.sep))
            return 'outside-root';
        const inside = minpath.relative(this.root, real).split(minpath.sep);
        return inside.some(isGitName) ? 'git-internal' : undefined;
    }
    identity(path) {
        return this.realPath(path);
    }
    /**
     * A path looked up in the listings of the folders above it, top down: its type when every
     * segment is a plain entry, `absent` when a segment is missing from its folder or lies below a
     * file, `unsure` when a symlink or a name the disk might alias is on the way (ask the disk).
     */
    fromListings(path) {
        const slash = path.lastIndexOf('/');
        if (slash < 0)
            return this.listedEntry('', path);
        const parent = path.slice(0, slash);
        const above = this.folderFromListings(parent);
        if (above === 'dir')
            return this.listedEntry(parent, path);
        // Nothing lies below a file (or a socket): opening it fails.
        return above === 'unsure' ? 'unsure' : 'absent';
    }
    /** fromListings of a folder, remembered: the many paths cited in one folder share it. */
    folderFromListings(dir) {
        let found = this.folders.get(dir);
        if (found === undefined) {
            found = this.walkListings(dir);
            this.folders.set(dir, found);
        }
        return found;
    }
    /** fromListings one segment after the other (no recursion: a cited path can be very deep). */
    walkListings(path) {
        let parent = '';
        for (let start = 0;;) {
            const slash = path.indexOf('/', start);
            const prefix = slash < 0 ? path : path.slice(0, slash);
            const found = this.listedEntry(parent, prefix);
            if (slash < 0 || found === 'unsure' || found === 'absent')
                return found;
            if (found !== 'dir')
                return 'absent';
            parent = prefix;
            start = slash + 1;
        }
    }
    /** One step of `fromListings`: `path`, directly inside the plain folder `parent`. */
    listedEntry(parent, path) {
        let known = this.knownReal.get(path);
        if (known === undefined && !this.knownLinks.has(path) && !this.listed.has(parent)) {
            this.list(parent);
            known = this.knownReal.get(path);
        }
        if (known !== undefined)
            return known.type ?? 'special';
        if (this.knownLinks.has(path) || !this.listed.has(parent))
            return 'unsure';
        const name = parent === '' ? path : path.slice(parent.length + 1);
        return this.mightAlias(parent, name) ? 'unsure' : 'absent';
    }
    /** Whether a name missing from a folder's listing could still open one of its entries. */
    mightAlias(parent, name) {
        if (!PORTABLE_NAME.test(name))
            return true;
        let lower = this.lowerNames.get(parent);
        if (lower === undefined) {
            lower = new Set((this.list(parent) ?? []).map((entry) => entry.toLowerCase()));
            this.lowerNames.set(parent, lower);
        }
        return lower.has(name.toLowerCase());
    }
    /** The real location of a repository path, or undefined when it escapes the root or enters `.git`. */
    realPath(path) {
        const known = this.knownReal.get(path);
        if (known)
            return known.real;
        const full = path === '' ? this.root : minpath.join(this.root, ...path.split('/'));
        // Most paths asked about and absent are cited files that were never committed: existsSync
        // answers without the exception (and its stack trace) realpathSync throws for them.
        if (!node_fs.existsSync(full))
            return undefined;
        let real;
        try {
            real = node_fs.realpathSync.native(full);
        }
        catch {
            return undefined;
        }
        if (real === this.root)
            return real;
        if (!real.startsWith(this.root + minpath.sep))
            return undefined;
        const inside = minpath.relative(this.root, real).split(minpath.sep);
        if (inside.some(isGitName))
            return undefined;
        return real;
    }
}
/** Files up to this size are read without asking for their size first. */
const SMALL_FILE_BYTES = 64 * 1024;
/** Where small files are read before being copied out at their exact size. */
const scratch = node_buffer.Buffer.allocUnsafeSlow(SMALL_FILE_BYTES);
/**
 * The content of an open file that ends within the scratch buffer and within the cap, or undefined
 * (read it by its size). A read that comes back short is followed by one that must find the end:
 * a plan is read in open, read, read, close (no fstat), and never more than the cap + 1 bytes.
 */
function readSmall(fd, maxBytes) {
    const wanted = Math.min(SMALL_FILE_BYTES, maxBytes + 1);
    const count = node_fs.readSync(fd, scratch, 0, wanted, 0);
    if (count >= wanted || node_fs.readSync(fd, scratch, count, wanted - count, count) !== 0)
        return undefined;
    const bytes = node_buffer.Buffer.allocUnsafe(count);
    scratch.copy(bytes, 0, 0, count);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, count);
}
/** The `size` bytes of an open file (fewer if it is shorter by now). */
function readAll(fd, size) {
    // Not zero-filled first: every byte returned is read. Small files share Buffer's pool.
    const buffer = node_buffer.Buffer.allocUnsafe(size);
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, size);
    let read = 0;
    while (read < size) {
        const count = node_fs.readSync(fd, bytes, read, size - read, read);
        if (count === 0)
            break;
        read += count;
    }
    return read === size ? bytes : bytes.subarray(0, read);
}

/** Declares a rule's options (see RuleOptions); the defaults are frozen, as every run shares them. */
function ruleOptions(schema, defaults) {
    for (const value of Object.values(defaults)) {
        if (Array.isArray(value))
            Object.freeze(value);
    }
    Object.freeze(defaults);
    return { schema, defaults };
}

/** `text.split(/\r?\n/)` with indexOf instead of a regex (an 800 KB ledger holds 10,000 lines). */
function splitAtNewlines(text) {
    const lines = [];
    let start = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
        const end = newline > start && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
        lines.push(text.slice(start, end));
        start = newline + 1;
    }
    lines.push(text.slice(start));
    return lines;
}
function documentLinesOf(text) {
    return typeof text === 'object' ? new PagedDocumentLines(text) : new StringDocumentLines(text);
}
/** The lines of a text held as a string, found by the offsets they start at. */
class StringDocumentLines {
    text;
    starts;
    all;
    /** `text` is undefined for a file that cannot be read: it has no lines at all. */
    constructor(text) {
        this.text = text;
    }
    line(line) {
        const text = this.text;
        const starts = this.lineStarts();
        const start = starts[line - 1];
        if (text === undefined || start === undefined)
            return undefined;
        return text.slice(start, this.lineEnd(line, start));
    }
    lineLength(line) {
        const start = this.lineStarts()[line - 1];
        return start === undefined ? undefined : this.lineEnd(line, start) - start;
    }
    lines() {
        this.all ??= this.text === undefined ? [] : splitAtNewlines(this.text);
        return this.all;
    }
    lineEnd(line, start) {
        const text = this.text;
        const next = this.lineStarts()[line];
        if (next === undefined)
            return text.length;
        const newline = next - 1;
        return newline > start && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
    }
    lineStarts() {
        this.starts ??= lineStartsOf(this.text ?? '', this.text !== undefined);
        return this.starts;
    }
}
/** Where each line starts: at 0 and after every `\n` (none for an unreadable file). */
function lineStartsOf(text, readable) {
    if (!readable)
        return new Uint32Array(0);
    let count = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
        count++;
    const starts = new Uint32Array(count);
    let index = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
        starts[index++] = at + 1;
    return starts;
}
/** The lines of a paged text: its own `\n`-separated lines, less a `\r` that ends one. */
class PagedDocumentLines {
    text;
    constructor(text) {
        this.text = text;
    }
    line(line) {
        if (!(line >= 1 && line <= this.text.lineCount))
            return undefined;
        const raw = this.text.line(line - 1);
        return this.endsWithDroppedReturn(line) ? raw.slice(0, -1) : raw;
    }
    lineLength(line) {
        if (!(line >= 1 && line <= this.text.lineCount))
            return undefined;
        return this.text.lineLength(line - 1) - (this.endsWithDroppedReturn(line) ? 1 : 0);
    }
    lines() {
        const lines = [];
        for (let line = 1; line <= this.text.lineCount; line++)
            lines.push(this.line(line) ?? '');
        return lines;
    }
    /** A `\r` is dropped before a `\n` only: the last line, which has none, keeps its own. */
    endsWithDroppedReturn(line) {
        return line < this.text.lineCount && this.text.endsWithCarriageReturn(line - 1);
    }
}
const documentsByFs = new WeakMap();
/**
 * Line `line` (1-based) of a document of the tree, from lines found once for every rule of a
 * run (the tree is read-only); undefined past the end or when the file cannot be read. An error
 * reading it is thrown (and nothing is kept).
 */
function documentLine(fs, file, line) {
    return sharedDocument(fs, file).line(line);
}
/** The DocumentLines of a file, made once per tree and file. */
function sharedDocument(fs, file) {
    let shared = documentsByFs.get(fs);
    if (shared === undefined) {
        shared = new Map();
        documentsByFs.set(fs, shared);
    }
    let document = shared.get(file);
    if (document === undefined) {
        const content = fs.read(file);
        document = documentLinesOf(content && !content.tooLarge ? (content.paged ?? content.text) : undefined);
        shared.set(file, document);
    }
    return document;
}
/**
 * The lines of a tree's planning documents, split at `\n` (not the scanner's SourceLines, whose
 * lines also end at a lone `\r`). Rules need the raw text around a reference to tell evidence
 * ("Artifacts: …") from intentions ("Next: create …").
 */
class TreeLines {
    fs;
    constructor(fs) {
        this.fs = fs;
    }
    /** Every line of a file (none when it cannot be read). */
    lines(file) {
        return this.document(file).lines();
    }
    /** Line `line` (1-based) of a file, or undefined past its end. */
    line(file, line) {
        return this.document(file).line(line);
    }
    /** The length of line `line`, or undefined past the end. */
    lineLength(file, line) {
        return this.document(file).lineLength(line);
    }
    /** The text from `start` (inclusive) up to `end` (exclusive), lines joined by `\n`. */
    slice(file, start, end) {
        if (end.line < start.line)
            return '';
        const document = this.document(file);
        const out = [];
        for (let line = start.line; line <= end.line; line++) {
            const text = document.line(line) ?? '';
            const from = line === start.line ? Math.max(0, start.column - 1) : 0;
            const to = line === end.line ? Math.max(from, end.column - 1) : text.length;
            out.push(text.slice(from, to));
        }
        return out.join('\n');
    }
    document(file) {
        return sharedDocument(this.fs, file);
    }
}
/** Labels after which an attempt speaks of work still to do, not of work done. */
const FUTURE_LABEL = /(?:^|[\s*_(>|])(?:next(?:\s+(?:actions?|steps?|loop|up))?|todo|to-?do|follow[- ]?ups?|remaining(?:\s+work)?|open\s+questions?|planned|plan\s+for\s+next)\s*(?:\([^)\n]{0,80}\))?\s*(?:\*\*|__)?\s*[:—–]/gi;
/** Labels that switch back to reporting what exists. */
const EVIDENCE_LABEL = /(?:^|[\s*_(>|])(?:artifacts?|evidence|logs?|outputs?|results?)\s*(?:\*\*|__)?\s*:/gi;
/**
 * True when the text before a position (within one attempt) ends inside a "Next:" style section:
 * what follows is intention, so a path there need not exist and a task there is not claimed.
 */
function inFutureSection(precedingText) {
    const future = lastMatchIndex(FUTURE_LABEL, precedingText);
    if (future < 0)
        return false;
    return lastMatchIndex(EVIDENCE_LABEL, precedingText) < future;
}
/**
 * inFutureSection for many prefixes of one text (an attempt and the offsets of its citations)
 * without rescanning every prefix, which made long attempts quadratic. The labels are found once
 * in the whole text; a prefix holds exactly the whole-text matches that end inside it, up to the
 * first one that crosses its end (from there on the prefix alone is scanned, a few characters):
 * the patterns have no lookahead and no `$`, so a match inside the prefix is the same match.
 */
class FutureSections {
    text;
    future;
    evidence;
    constructor(text) {
        this.text = text;
    }
    /** inFutureSection(text.slice(0, length)) */
    before(length) {
        this.future ??= labelMatches(FUTURE_LABEL, this.text);
        const future = this.lastBefore(FUTURE_LABEL, this.future, length);
        if (future < 0)
            return false;
        this.evidence ??= labelMatches(EVIDENCE_LABEL, this.text);
        return this.lastBefore(EVIDENCE_LABEL, this.evidence, length) < future;
    }
    /** lastMatchIndex(pattern, text.slice(0, length)) */
    lastBefore(pattern, matches, length) {
        // Matches are ordered and disjoint, so their ends increase: count those ending in the prefix.
        let low = 0;
        let high = matches.ends.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (matches.ends[middle] <= length)
                low = middle + 1;
            else
                high = middle;
        }
        const last = low > 0 ? matches.starts[low - 1] : -1;
        const crossing = matches.starts[low];
        if (crossing === undefined || crossing >= length)
            return last;
        return lastMatchIndex(pattern, this.text.slice(0, length), crossing, last);
    }
}
function labelMatches(pattern, text) {
    const starts = [];
    const ends = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        starts.push(match.index);
        ends.push(match.index + match[0].length);
        if (match[0].length === 0)
            pattern.lastIndex++;
    }
    return { starts, ends };
}
function lastMatchIndex(pattern, text, from = 0, last = -1) {
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        last = match.index;
        if (match[0].length === 0)
            pattern.lastIndex++;
    }
    return last;
}
/** Whether `inner` starts inside `outer`. */
function startsWithin(inner, outer) {
    if (inner.line < outer.line || inner.line > outer.endLine)
        return false;
    if (inner.line === outer.line && inner.column < outer.column)
        return false;
    if (inner.line === outer.endLine && inner.column >= outer.endColumn && outer.endLine > outer.line)
        return false;
    return true;
}
/** How a person names an attempt: `Attempt #3`, or its date for dated attempts. */
function attemptName(attempt) {
    if (attempt.number !== undefined) {
        return attempt.numberEnd !== undefined && attempt.numberEnd !== attempt.number
            ? `Attempts #${attempt.number}–#${attempt.numberEnd}`
            : `Attempt #${attempt.number}`;
    }
    if (attempt.date)
        return `the attempt of ${attempt.date.raw}`;
    return `the attempt at line ${attempt.headerRange.line}`;
}
/** Line-independent key of an attempt within its entry, for finding entities. */
function attemptKey(attempt, index) {
    if (attempt.number !== undefined)
        return `attempt-${attempt.number}`;
    if (attempt.date)
        return `attempt-${attempt.date.raw}`;
    return `attempt-${index + 1}`;
}
/** `[ID]` as written in messages. */
function entryLabel(entry) {
    return entry.id ? `[${entry.id}]` : `the ledger's initiative`;
}

const locators = new WeakMap();
/**
 * The locator of a list of ranged items (a plan's tasks, an entry's fields), made once per list:
 * rules ask once per citation, and a search of every item each time was quadratic (a plan of a
 * hundred thousand rows took minutes). Items in document order whose ranges stand apart (as
 * parsed) are found by binary search; any other list is searched item by item, with the same
 * answer. The locator is kept by list: a list is always located by the same ranges (`.range`).
 */
function locatorOf(items, rangeOf) {
    let locator = locators.get(items);
    if (locator === undefined) {
        // A range may be a getter that builds an object on every read: read each once.
        const ranges = items.map(rangeOf);
        locator = inOrderAndApart(ranges)
            ? (range) => items[lastStartingBy(ranges, range)]
            : (range) => items[ranges.findIndex((held) => startsWithin(range, held))];
        locators.set(items, locator);
    }
    return locator;
}
/** The index of the last range starting at or before `range`, if it holds its start; else -1. */
function lastStartingBy(ranges, range) {
    let low = 0;
    let high = ranges.length - 1;
    let found = -1;
    while (low <= high) {
        const middle = (low + high) >>> 1;
        if (comparePositions(ranges[middle], range) <= 0) {
            found = middle;
            low = middle + 1;
        }
        else
            high = middle - 1;
    }
    return found >= 0 && startsWithin(range, ranges[found]) ? found : -1;
}
/** Compares where two ranges start. */
function comparePositions(a, b) {
    return a.line !== b.line ? a.line - b.line : a.column - b.column;
}
/**
 * Whether each range starts after the one before it and after every position that one holds
 * (`startsWithin`: a one-line range holds the rest of its line). Then the range holding a
 * position, if any, is the last one starting at or before it.
 */
function inOrderAndApart(ranges) {
    for (let index = 1; index < ranges.length; index++) {
        const before = ranges[index - 1];
        const range = ranges[index];
        if (comparePositions(range, before) <= 0)
            return false;
        const holdsRestOfLine = before.endLine === before.line;
        const after = range.line > before.endLine ||
            (!holdsRestOfLine && range.line === before.endLine && range.column >= before.endColumn);
        if (!after)
            return false;
    }
    return true;
}

/**
 * Lookups of a plan's tasks that rules make once per citation or claim: a search of every task
 * each time was quadratic in the size of the plan. Built once per plan.
 */
const idIndexes = new WeakMap();
/** The first task of the plan with this id, whatever its case. */
function taskById(plan, id) {
    let byId = idIndexes.get(plan);
    if (byId === undefined) {
        byId = new Map();
        for (const task of plan.tasks) {
            const key = task.id.toUpperCase();
            if (!byId.has(key))
                byId.set(key, task);
        }
        idIndexes.set(plan, byId);
    }
    return byId.get(id.toUpperCase());
}
/** The first task (in the plan's order) whose own lines hold the start of `range`. */
function taskAt(plan, range) {
    return locatorOf(plan.tasks, (task) => task.range)(range);
}

/** A citer whose names and future-ness are known up front (fields and plan tasks: few). */
class FixedCiter {
    key;
    name;
    future;
    constructor(key, name, future) {
        this.key = key;
        this.name = name;
        this.future = future;
    }
    futureAt() {
        return this.future;
    }
}
/** An entry's file, id and base folders (worked out on first use: most are never asked for). */
class EntryHome {
    project;
    text;
    file;
    entry;
    dirs;
    constructor(project, text, file, entry) {
        this.project = project;
        this.text = text;
        this.file = file;
        this.entry = entry;
    }
    get entryId() {
        return this.entry.id;
    }
    get baseDirs() {
        this.dirs ??= entryBaseDirs(this.project, this.entry);
        return this.dirs;
    }
}
class PlanHome {
    text;
    file;
    baseDirs;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        this.baseDirs = [parentDir(file)];
    }
}
class LazyCitation {
    ref;
    citer;
    home;
    fieldKey;
    futureFlag;
    removalFlag;
    constructor(ref, citer, home, fieldKey) {
        this.ref = ref;
        this.citer = citer;
        this.home = home;
        this.fieldKey = fieldKey;
    }
    get file() {
        return this.home.file;
    }
    get entryId() {
        return this.home.entryId;
    }
    get baseDirs() {
        return this.home.baseDirs;
    }
    get citerKey() {
        return this.citer.key;
    }
    get citerName() {
        return this.citer.name;
    }
    get future() {
        this.futureFlag ??= this.citer.futureAt(this.ref);
        return this.futureFlag;
    }
    get removal() {
        this.removalFlag ??= removedAt(this.home.text, this.home.file, this.ref);
        return this.removalFlag;
    }
}
/** A deletion or move just before a path: "Deleted `tests/x.py`", "archived from `plans/active/`". */
const REMOVAL = /\b(?:delet(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|retir(?:e|es|ed|ing)|drop(?:s|ped)?|prun(?:e|es|ed|ing)|git\s+rm|rm(?:\s+-\w+)?|renam(?:e|es|ed|ing)|moved?|archived?|superseded|replaced)\b[^.;!?]{0,50}$/i;
/** Whether the same line says, shortly before the reference, that the path was removed. */
function removedAt(text, file, ref) {
    const line = text.line(file, ref.range.line) ?? '';
    const before = line.slice(Math.max(0, ref.range.column - 1 - 80), Math.max(0, ref.range.column - 1));
    const plain = before.replace(/[`*_]/g, '');
    // A match has no `.;!?` in it, so it starts after the last of them: the text up to there is
    // dropped (that character is no word character, so `\b` reads the same on the rest).
    return REMOVAL.test(plain.slice(lastSentenceEnd(plain) + 1));
}
/** The index of the last `.`, `;`, `!` or `?` in a text, or -1. */
function lastSentenceEnd(text) {
    for (let at = text.length - 1; at >= 0; at--) {
        const code = text.charCodeAt(at);
        if (code === 0x2e || code === 0x3b || code === 0x21 || code === 0x3f)
            return at;
    }
    return -1;
}
/**
 * Every artifact reference of the corpus in citing order, each with the place citing it. Most are
 * only looked at as references (do their paths exist?), so a reference cited by an attempt (nearly
 * all of them) gets its Citation object only when a rule asks for it. Collecting keeps only the
 * reference per reference: the attempt citing it is found again from the entry when asked for.
 */
class CitedRefs {
    refs = [];
    /** Citations built up front (fields, plan tasks: few), by index into `refs`. */
    fixed = new Map();
    /** Per entry with attempt references: the index of its first one, ascending… */
    segmentStarts = [];
    /** …and the entry. */
    segmentHomes = [];
    /** Per segment, built when first asked: the index of the first reference of each attempt. */
    attemptStarts = new Map();
    built = new Map();
    citers = new Map();
    /** The citation of `refs[index]` (the same object every time). */
    citation(index) {
        const fixed = this.fixed.get(index);
        if (fixed !== undefined)
            return fixed;
        let citation = this.built.get(index);
        if (citation === undefined) {
            const segment = this.segmentOf(index);
            const home = this.segmentHomes[segment];
            const attemptIndex = this.attemptAt(segment, index);
            const attempt = home.entry.attempts[attemptIndex];
            let citer = this.citers.get(attempt);
            if (citer === undefined) {
                citer = new AttemptCiter(home, attempt, attemptIndex);
                this.citers.set(attempt, citer);
            }
            citation = new LazyCitation(this.refs[index], citer, home);
            this.built.set(index, citation);
        }
        return citation;
    }
    /** Adds the references of an entry's attempts, in order. */
    addAttempts(home) {
        const start = this.refs.length;
        const { attempts } = home.entry;
        for (let i = 0; i < attempts.length; i++) {
            const artifacts = attempts[i].artifacts;
            for (let j = 0; j < artifacts.length; j++)
                this.refs.push(artifacts[j]);
        }
        if (this.refs.length === start)
            return;
        this.segmentStarts.push(start);
        this.segmentHomes.push(home);
    }
    add(citation) {
        this.fixed.set(this.refs.length, citation);
        this.refs.push(citation.ref);
    }
    /** The segment holding attempt reference `index`: the last one starting at or before it. */
    segmentOf(index) {
        return lastAtOrBefore(this.segmentStarts, index);
    }
    /** The index, in its entry, of the attempt citing reference `index` of segment `segment`. */
    attemptAt(segment, index) {
        let starts = this.attemptStarts.get(segment);
        if (starts === undefined) {
            const { attempts } = this.segmentHomes[segment].entry;
            starts = new Int32Array(attempts.length);
            let at = this.segmentStarts[segment];
            for (let i = 0; i < attempts.length; i++) {
                starts[i] = at;
                at += attempts[i].artifacts.length;
            }
            this.attemptStarts.set(segment, starts);
        }
        // The last attempt starting at or before `index` that cites something (attempts citing
        // nothing start where the next one does).
        return lastAtOrBefore(starts, index);
    }
}
/** The index of the last of the ascending `starts` that is at most `value` (-1: none is). */
function lastAtOrBefore(starts, value) {
    let low = 0;
    let high = starts.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (starts[middle] <= value)
            low = middle + 1;
        else
            high = middle;
    }
    return low - 1;
}
/**
 * Citations by project and scope: artifact-exists and artifact-inside-repo read the same ones.
 * Callers only read them.
 */
const collected = new WeakMap();
/** Every artifact reference of the corpus with the place that cites it. */
function collectCitations(project, scope) {
    let byScope = collected.get(project);
    if (byScope === undefined) {
        byScope = new Map();
        collected.set(project, byScope);
    }
    let citations = byScope.get(scope.plans);
    if (citations === undefined) {
        citations = readCitations(project, scope);
        byScope.set(scope.plans, citations);
    }
    return citations;
}
function readCitations(project, scope) {
    const text = new TreeLines(project.fs);
    const done = new Set(project.config.vocabulary.doneStatus.map((s) => s.toLowerCase()));
    const out = new CitedRefs();
    for (const ledger of project.ledgers) {
        for (const entry of ledger.entries) {
            const home = new EntryHome(project, text, ledger.file, entry);
            out.addAttempts(home);
            collectFieldCitations(home, done, out);
        }
    }
    if (scope.plans !== 'none') {
        for (const plan of project.plans)
            collectPlanCitations(plan, scope.plans, text, out);
    }
    return out;
}
/** An attempt citing references: its names and its "Next:" sections, worked out when asked. */
class AttemptCiter {
    home;
    attempt;
    index;
    sections;
    keyText;
    nameText;
    constructor(home, attempt, index) {
        this.home = home;
        this.attempt = attempt;
        this.index = index;
    }
    get key() {
        this.keyText ??= `${this.home.entry.id}#${attemptKey(this.attempt, this.index)}`;
        return this.keyText;
    }
    get name() {
        this.nameText ??= `${attemptName(this.attempt)} of ${entryLabel(this.home.entry)}`;
        return this.nameText;
    }
    futureAt(ref) {
        this.sections ??= new AttemptSections(this.home.text, this.home.file, this.attempt.range, this.attempt.artifacts);
        return this.sections.futureAt(ref.range);
    }
}
/**
 * Whether a citation of an attempt sits in a "Next:" section: inFutureSection of the attempt's
 * text before it. The text up to a citation is a prefix of the whole attempt's text, so one
 * FutureSections over the attempt answers every citation; a position the prefix arithmetic
 * does not cover (outside the attempt) takes the text before it as it is.
 */
class AttemptSections {
    text;
    file;
    range;
    refs;
    sections;
    /** lineStart's answers so far, from the attempt's first line on. */
    lineStarts;
    constructor(text, file, range, 
    /** The citations to be asked about: the text after the last of them is never scanned. */
    refs) {
        this.text = text;
        this.file = file;
        this.range = range;
        this.refs = refs;
    }
    futureAt(at) {
        if (!this.inside(at))
            return inFutureSection(this.text.slice(this.file, this.range, at));
        this.sections ??= new FutureSections(this.text.slice(this.file, this.range, this.lastCitationInside()));
        return this.sections.before(this.prefixLength(at));
    }
    inside(at) {
        const { range } = this;
        return (at.line >= range.line &&
            at.line <= range.endLine &&
            (at.line < range.endLine || at.column <= range.endColumn));
    }
    /**
     * Where the last citation inside the attempt starts: every question is about a prefix of the
     * attempt's text up to there, and FutureSections answers prefixes of the text it is given.
     */
    lastCitationInside() {
        let last;
        for (const { range } of this.refs) {
            if (!this.inside(range))
                continue;
            if (!last ||
                range.line > last.line ||
                (range.line === last.line && range.column > last.column))
                last = range;
        }
        return last ?? { ...this.range, line: this.range.endLine, column: this.range.endColumn };
    }
    /**
     * Length of `text.slice(file, range, at)` (lines joined by `\n`), without building it: where
     * `at`'s line starts in that text (summed once per line, not once per citation: an attempt of
     * thousands of lines cites as many paths) plus the part of that line before `at`.
     */
    prefixLength(at) {
        const size = this.text.lineLength(this.file, at.line) ?? 0;
        const from = at.line === this.range.line ? Math.max(0, this.range.column - 1) : 0;
        const to = Math.max(from, at.column - 1);
        return this.lineStart(at.line) + Math.max(0, Math.min(to, size) - Math.min(from, size));
    }
    /** Where line `line` (inside the attempt) starts in the attempt's text. */
    lineStart(line) {
        const starts = (this.lineStarts ??= [0]);
        for (let known = this.range.line + starts.length - 1; known < line; known++) {
            const size = this.text.lineLength(this.file, known) ?? 0;
            const from = known === this.range.line ? Math.max(0, this.range.column - 1) : 0;
            starts.push(starts[starts.length - 1] + size - Math.min(from, size) + 1);
        }
        return starts[line - this.range.line];
    }
}
/** Field names whose references describe work to come. */
const FUTURE_FIELD = /\bnext\b|^(?:todo|to-?do|follow|remaining|open questions|planned|blockers?)/i;
function collectFieldCitations(home, doneStatus, out) {
    const { entry } = home;
    if (entry.artifacts.length === 0)
        return;
    const entryDone = entry.status !== undefined && doneStatus.has(entry.status.value.toLowerCase());
    for (const ref of entry.artifacts) {
        // A located reference builds its range on every read: once per reference.
        const range = ref.range;
        const field = locatorOf(entry.fields, (f) => f.range)(range);
        // The plan link is plan-link-exists' business.
        if (field?.key === 'plan')
            continue;
        const future = field !== undefined &&
            ((field.key === 'exit-criteria' && !entryDone) || FUTURE_FIELD.test(field.name));
        const citer = new FixedCiter(`${entry.id}#${field ? `field-${field.key}` : 'fields'}`, field ? `the ${field.name} field of ${entryLabel(entry)}` : entryLabel(entry), future);
        out.add(new LazyCitation(ref, citer, home, field?.key));
    }
}
function collectPlanCitations(plan, scope, text, out) {
    let home;
    for (const ref of plan.artifacts) {
        const range = ref.range;
        const task = taskAt(plan, range);
        if (scope === 'done-tasks' && task?.state !== 'done')
            continue;
        const citer = new FixedCiter(task ? `${plan.file}#task-${task.id}` : `${plan.file}#text`, task ? `task ${task.id} (marked ${task.marker.trim()})` : 'the plan', task !== undefined && isUnfinished$1(task));
        home ??= new PlanHome(text, plan.file);
        out.add(new LazyCitation(ref, citer, home));
    }
}
function isUnfinished$1(task) {
    return task.state === 'open' || task.state === 'partial';
}
/** The folders of an entry's plans, and `plans/active/<ID>`, for relative citations. */
function entryBaseDirs(project, entry) {
    const dirs = new Set();
    for (const link of entry.plans) {
        const path = link.path.replace(/\/+$/, '');
        dirs.add(project.fs.stat(path) === 'file' || /\.md$/i.test(path) ? parentDir(path) : path);
    }
    dirs.add(`plans/active/${entry.id}`);
    return [...dirs].filter((dir) => dir !== '');
}
function parentDir(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}

/** A name that looks like an evidence timestamp: `2025-10-17T025000Z`, `20251008T215755Z`. */
const STAMP_LIKE = /^\d{4}-?\d{2}-?\d{2}(?:[T_-]?\d{2,6})?Z?$/;
/** File names every initiative or run folder has: never evidence of "the same file" alone. */
const COMMON_NAMES = new Set([
    'plan.md',
    'implementation.md',
    'readme.md',
    'index.md',
    'summary.md',
    'notes.md',
    'commands.txt',
    'env.json',
    'pytest.log',
    'run.log',
    'trace.json',
    'metrics.json'
]);
/** Folder entries visited at most when indexing one subtree for "did you mean". */
const MAX_INDEX_ENTRIES = 5000;
const MAX_INDEX_DEPTH = 6;
function isStampLike(name) {
    return STAMP_LIKE.test(name);
}
function stripSlash(path) {
    // Most paths end in no slash: no new string.
    let end = path.length;
    while (end > 0 && path.charCodeAt(end - 1) === 0x2f)
        end--;
    return end === path.length ? path : path.slice(0, end);
}
/**
 * Answers "does it exist, and if not, what did the author probably mean?" for cited paths, with
 * bounded, cached searches: sibling timestamp folders, then the same base name in the subtree of
 * the deepest folder that does exist. Never walks the whole tree.
 */
class NearbyPaths {
    fs;
    subtreeIndex = new Map();
    stamps = new Map();
    folderEntries = new Map();
    sameNameGroups = new Map();
    /** The tree asked; it caches its answers by the path as asked (cited paths repeat a lot). */
    constructor(fs) {
        this.fs = fs;
    }
    stat(path) {
        return this.fs.stat(stripSlash(path));
    }
    statOf(path) {
        return this.fs.stat(path);
    }
    listOf(dir) {
        return this.fs.list(dir);
    }
    /** Whether the folder of `path` holds a file whose name starts with its last segment. */
    hasStem(path) {
        const target = stripSlash(path);
        const slash = target.lastIndexOf('/');
        const stem = target.slice(slash + 1).replace(/[*?].*$/, '');
        if (stem === '')
            return false;
        const names = this.listOf(slash < 0 ? '' : target.slice(0, slash)) ?? [];
        return names.some((name) => name.startsWith(stem));
    }
    /** The shortest prefix of `path` (whole segments) that does not exist, or undefined if it does. */
    missingPrefix(path) {
        const target = stripSlash(path);
        for (let slash = target.indexOf('/');; slash = target.indexOf('/', slash + 1)) {
            const prefix = slash < 0 ? target : target.slice(0, slash);
            if (this.statOf(prefix) === undefined)
                return prefix;
            if (slash < 0)
                return undefined;
        }
    }
    /** A path that exists and is probably what `path` meant, or undefined. */
    suggest(path, baseDirs = []) {
        const target = stripSlash(path);
        const wantDir = path.endsWith('/');
        return (this.rebased(target, baseDirs) ??
            this.siblingStamp(target, wantDir) ??
            this.sameBaseName(target, wantDir));
    }
    /** `reports/<ts>/x.md` written relative to the initiative's folder (`plans/active/X/`). */
    rebased(target, baseDirs) {
        for (const base of baseDirs) {
            const candidate = `${stripSlash(base)}/${target}`;
            if (base !== '' && this.statOf(candidate) !== undefined)
                return candidate;
        }
        return undefined;
    }
    /** `…/2025-10-17T025000Z/x.md` → `…/2025-10-17T025633Z/x.md` when that one exists. */
    siblingStamp(target, wantDir) {
        const segments = target.split('/');
        for (let i = segments.length - 1; i >= 1; i--) {
            const name = segments[i];
            if (!isStampLike(name))
                continue;
            const parent = segments.slice(0, i).join('/');
            const rest = segments.slice(i + 1).join('/');
            const found = this.nearestSibling(parent, name, rest, wantDir);
            if (found !== undefined)
                return found;
        }
        return undefined;
    }
    /**
     * `parent/<stamp>/rest` for the sibling stamp folder nearest in time to `name` (the first
     * listed on a tie) where that path exists, or the stamp folder itself when `rest` is empty.
     * Farther stamps, and stamps whose folder does not list the first segment of `rest` (in any
     * case), are passed over before a path is made: a missing file cited in one of thousands of
     * report folders does not make a path for each. A name a listing may miss on another kind of
     * disk (see LISTED_NAME) is looked for in every folder.
     */
    nearestSibling(parent, name, rest, wantDir) {
        const wanted = stampTime(name);
        const first = rest.split('/', 1)[0] ?? '';
        const listed = rest !== '' && LISTED_NAME.test(first) ? first.toLowerCase() : undefined;
        let bestDistance = Infinity;
        let best;
        for (const stamp of this.stampsIn(parent)) {
            const distance = Math.abs(stamp.time - wanted);
            if (stamp.name === name || distance > SIBLING_WINDOW_MS || distance >= bestDistance)
                continue;
            if (listed !== undefined && !this.lowerNamesOf(stamp).has(listed))
                continue;
            const candidate = rest === '' ? stamp.folder : joinRepoPath(stamp.folder, rest);
            if (!this.hasKind(candidate, wantDir, rest === ''))
                continue;
            bestDistance = distance;
            best = candidate;
        }
        return best;
    }
    /** The lower-case names a stamp folder lists, once per folder. */
    lowerNamesOf(stamp) {
        stamp.lowerNames ??= new Set((this.listOf(stamp.folder) ?? []).map((entry) => entry.toLowerCase()));
        return stamp.lowerNames;
    }
    /** Stamp-like names in a folder with their times, once per folder (report folders are big). */
    stampsIn(dir) {
        let stamps = this.stamps.get(dir);
        if (stamps === undefined) {
            stamps = (this.listOf(dir) ?? [])
                .filter((name) => isStampLike(name))
                .map((name) => ({ name, time: stampTime(name), folder: joinRepoPath(dir, name) }));
            this.stamps.set(dir, stamps);
        }
        return stamps;
    }
    hasKind(candidate, wantDir, isStampFolder) {
        const kind = this.statOf(candidate);
        if (kind === undefined)
            return false;
        if (isStampFolder || wantDir)
            return kind === 'dir';
        return kind === 'file';
    }
    /** The same file name somewhere below the deepest existing ancestor (or its parent). */
    sameBaseName(target, wantDir) {
        const segments = target.split('/');
        const base = (segments[segments.length - 1] ?? '').toLowerCase();
        if (base === '' || segments.length < 2)
            return undefined;
        let anchor = this.deepestExistingAncestor(segments);
        for (let step = 0; step < 2 && anchor.length > 0; step++) {
            const group = this.sameNameGroup(anchor.join('/'), base, wantDir);
            const others = group.paths.size - (group.paths.has(target) ? 1 : 0);
            // A common name (`plan.md`, `pytest.log`, a `cpu/` folder) elsewhere says nothing unless
            // its folder matches too; a rare file name (or a dated folder name) is enough.
            const distinctive = others <= 2 &&
                !COMMON_NAMES.has(base) &&
                (!wantDir || (/\d/.test(base) && base.length >= 8));
            const candidates = (distinctive ? [...group.paths] : (group.byLastTwo.get(lastTwo(segments)) ?? [])).filter((c) => c !== target);
            if (candidates.length > 0)
                return closest(candidates, segments);
            anchor = anchor.slice(0, -1);
        }
        return undefined;
    }
    /**
     * The paths below `anchor` named `base` (any case) that are folders or files as wanted, and
     * the same by their last two segments: worked out once, not once per missing path (thousands of
     * report folders may each hold a `summary.md`).
     */
    sameNameGroup(anchor, base, wantDir) {
        const key = `${wantDir ? 'd' : 'f'}\0${base}\0${anchor}`;
        let group = this.sameNameGroups.get(key);
        if (group === undefined) {
            const paths = new Set();
            const byLastTwo = new Map();
            for (const path of this.index(anchor).get(base) ?? []) {
                if ((this.statOf(path) === 'dir') !== wantDir)
                    continue;
                paths.add(path);
                const tail = lastTwo(path.split('/'));
                const same = byLastTwo.get(tail);
                if (same === undefined)
                    byLastTwo.set(tail, [path]);
                else
                    same.push(path);
            }
            group = { paths, byLastTwo };
            this.sameNameGroups.set(key, group);
        }
        return group;
    }
    deepestExistingAncestor(segments) {
        let deepest = [];
        for (let i = 1; i < segments.length; i++) {
            const prefix = segments.slice(0, i);
            if (this.statOf(prefix.join('/')) !== 'dir')
                break;
            deepest = prefix;
        }
        return deepest;
    }
    /** Lower-case base name → paths below `dir`, breadth first, bounded. */
    index(dir) {
        const cached = this.subtreeIndex.get(dir);
        if (cached)
            return cached;
        const byName = new Map();
        const queue = [[dir, 0]];
        let visited = 0;
        // A read cursor instead of shift(): the queue may hold thousands of folders.
        for (let next = 0; next < queue.length && visited < MAX_INDEX_ENTRIES; next++) {
            const [folder, depth] = queue[next];
            const { paths, names, dirs } = this.entriesOf(folder);
            for (let i = 0; i < paths.length; i++) {
                if (++visited > MAX_INDEX_ENTRIES)
                    break;
                const child = paths[i];
                const key = names[i];
                const same = byName.get(key);
                if (same === undefined)
                    byName.set(key, [child]);
                else
                    same.push(child);
                if (depth < MAX_INDEX_DEPTH && this.isFolder(dirs, i, child))
                    queue.push([child, depth + 1]);
            }
        }
        this.subtreeIndex.set(dir, byName);
        return byName;
    }
    /**
     * A folder's entries as the index walks them, worked out once per folder: the subtrees of
     * nested anchors (`reports/x/`, then `reports/`) overlap, and are walked again. No walk visits
     * more than MAX_INDEX_ENTRIES entries, so no more are kept.
     */
    entriesOf(folder) {
        let entries = this.folderEntries.get(folder);
        if (entries === undefined) {
            const listed = this.listOf(folder) ?? [];
            const count = Math.min(listed.length, MAX_INDEX_ENTRIES);
            const paths = [];
            const names = [];
            for (let i = 0; i < count; i++) {
                const name = listed[i];
                paths.push(`${folder}/${name}`);
                names.push(name.toLowerCase());
            }
            entries = { paths, names, dirs: new Int8Array(count).fill(UNKNOWN) };
            this.folderEntries.set(folder, entries);
        }
        return entries;
    }
    /** Whether entry `i` of a folder is a folder: looked up only when a walk goes that deep. */
    isFolder(dirs, i, path) {
        if (dirs[i] === UNKNOWN)
            dirs[i] = this.statOf(path) === 'dir' ? 1 : 0;
        return dirs[i] === 1;
    }
}
/**
 * `a/b` of `…/a/b`: two paths share at least two trailing segments exactly when these agree (both
 * have two or more segments here).
 */
function lastTwo(segments) {
    return `${segments[segments.length - 2] ?? ''}/${segments[segments.length - 1] ?? ''}`;
}
/**
 * A name that a folder's listing shows as it is opened (in some letter case). Others, on a disk
 * that folds case, Unicode forms or trailing dots, may open an entry listed under another name.
 */
const LISTED_NAME = /^[\w.+,=@-]*[\w+,=@-]$/;
/** A folder entry whose type has not been looked up yet. */
const UNKNOWN = -1;
/** A sibling run further away in time than this is another run, not a typo. */
const SIBLING_WINDOW_MS = 48 * 3600 * 1000;
/** Milliseconds of a stamp-like name (`2025-10-17T025000Z`, `20251009-161714`), NaN-free. */
function stampTime(stamp) {
    // Its first 14 digits as YYYYMMDDhhmmss, padded with zeros (a report folder holds hundreds).
    const fields = [0, 0, 0, 0, 0, 0];
    let digits = 0;
    for (let i = 0; digits < 14; i++) {
        const digit = i < stamp.length ? stamp.charCodeAt(i) - 0x30 : 0;
        if (digit < 0 || digit > 9)
            continue;
        const field = digits < 4 ? 0 : (digits - 2) >> 1;
        fields[field] = fields[field] * 10 + digit;
        digits++;
    }
    const ms = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
    return Number.isFinite(ms) ? ms : 0;
}
/** How many trailing segments two paths share. */
function sharedSuffix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n])
        n++;
    return n;
}
/**
 * The candidate most like the target: most leading segments shared, then the same letter case
 * in the name, then the most similar first differing segment; the newest (last) on ties.
 */
function closest(candidates, target) {
    const targetBase = target[target.length - 1] ?? '';
    const score = (candidate) => {
        const parts = candidate.split('/');
        let shared = 0;
        while (shared < parts.length && parts[shared] === target[shared])
            shared++;
        const exactBase = parts[parts.length - 1] === targetBase ? 0.5 : 0;
        return (2 * sharedSuffix(parts, target) +
            shared +
            exactBase +
            0.4 * prefixSimilarity(parts[shared] ?? '', target[shared] ?? ''));
    };
    return [...candidates].sort((a, b) => score(b) - score(a) || (a < b ? 1 : a > b ? -1 : 0))[0];
}
function prefixSimilarity(a, b) {
    const longest = Math.max(a.length, b.length);
    if (longest === 0)
        return 0;
    let same = 0;
    while (same < a.length && same < b.length && a[same] === b[same])
        same++;
    return same / longest;
}

const options$i = ruleOptions((z) => z
    .object({
    /** Globs of cited paths never checked (repository-relative). */
    ignore: z.array(z.string()).default([]),
    /** Report cited paths that are excluded by .gitignore (and so never committed). */
    reportIgnored: z.boolean().default(true),
    /** Plan references to check: inside done tasks only, everywhere, or none. */
    plans: z.enum(['done-tasks', 'all', 'none']).default('done-tasks'),
    /** Skip references in "Next:" sections, pending exit criteria and open tasks. */
    skipFuture: z.boolean().default(true),
    /**
     * Accept `reports/<ts>/…` written relative to the initiative's plan folder
     * (`plans/active/<ID>/reports/<ts>/…`), the convention's shorthand.
     */
    relativeToPlanFolder: z.boolean().default(true)
})
    .strict(), {
    ignore: [],
    reportIgnored: true,
    plans: 'done-tasks',
    skipFuture: true,
    relativeToPlanFolder: true
});
const artifactExists = {
    id: 'artifact-exists',
    description: 'Every path cited as evidence exists in the repository and is committed.',
    defaultSeverity: 'error',
    docs: 'docs/rules/artifact-exists.md',
    options: options$i,
    check(ctx) {
        const { project } = ctx;
        const nearby = new NearbyPaths(project.fs);
        const skip = ctx.options.ignore.length > 0 ? picomatch(ctx.options.ignore, { dot: true }) : undefined;
        // Cached: .gitignore matching is dear and the same paths are cited again and again.
        const ignoredPaths = new Map();
        const isIgnored = (path) => {
            const key = stripSlash(path);
            let ignored = ignoredPaths.get(key);
            if (ignored === undefined) {
                ignored = project.fs.isIgnored(key);
                ignoredPaths.set(key, ignored);
            }
            return ignored;
        };
        const reported = new Set();
        const citations = collectCitations(project, { plans: ctx.options.plans });
        const { suspects, removed } = triage(citations, nearby);
        for (const citation of suspects) {
            if (ctx.options.skipFuture && citation.future)
                continue;
            if (citation.ref.truncated && !reported.has(`${citation.citerKey}|${citation.ref.raw}`)) {
                reported.add(`${citation.citerKey}|${citation.ref.raw}`);
                ctx.report({
                    file: citation.file,
                    range: citation.ref.range,
                    message: `\`${citation.ref.raw.slice(0, 120)}\` cited by ${citation.citerName} expands to more paths ` +
                        'than planguard checks (brace lists nested too deep or too many), so only part of it was ' +
                        'checked; cite the evidence folder, or list the files it holds',
                    entity: `truncated:${citation.ref.raw.slice(0, 200)}@${citation.citerKey}`,
                    ...(citation.entryId !== undefined ? { entryId: citation.entryId } : {})
                });
            }
            const paths = citation.ref.paths
                .filter((p) => p.kind === 'path')
                .map((p) => p.path)
                .filter((p) => stripSlash(p) !== '' && !removed.has(stripSlash(p)))
                .filter((p) => !(skip?.(stripSlash(p)) ?? false))
                // A path the tree refuses (a symlink out of the root, into .git) is artifact-inside-repo's.
                .filter((p) => nearby.stat(p) !== undefined || project.fs.refusal?.(p) === undefined);
            const bases = ctx.options.relativeToPlanFolder ? citation.baseDirs : [];
            // `manifest.*` cites every file of that stem: any one of them will do.
            const wildcard = /[*?]/.test(citation.ref.raw);
            const exists = (path) => nearby.stat(path) !== undefined || (wildcard && nearby.hasStem(path));
            const present = (path) => exists(path) || bases.some((base) => exists(`${base}/${stripSlash(path)}`));
            const judged = paths.filter((path) => !guessedWrong(citation.ref.raw, path, present));
            for (const problem of problemsOf(judged, present, nearby, ctx.options, isIgnored)) {
                const key = `${citation.citerKey}|${problem.subject}`;
                if (reported.has(key))
                    continue;
                reported.add(key);
                report(ctx, citation, problem, nearby);
            }
        }
    }
};
/**
 * Most citations name paths that exist: nothing can be reported about them, whatever the text
 * around them says. The others (`suspects`) are looked at closely, knowing which of the missing
 * paths some citation says were deleted or moved (`removed`).
 */
function triage(cited, nearby) {
    const missing = new Set();
    const suspects = [];
    // Only those citing a missing path can say it was removed. A path is missing for all its
    // citations or none, so those are the suspects and the few citing paths of other kinds.
    const mayCiteMissing = [];
    const { refs } = cited;
    // The parser shares the paths of references written alike: judged once for a run of them.
    let lastPaths;
    let complete = true;
    let plain = true;
    for (let index = 0; index < refs.length; index++) {
        const ref = refs[index];
        if (ref.paths !== lastPaths) {
            lastPaths = ref.paths;
            complete = allExist(lastPaths, nearby, missing);
            plain = onlyPaths(lastPaths);
        }
        if (complete && plain && ref.truncated !== true)
            continue;
        if (!complete || ref.truncated)
            suspects.push(cited.citation(index));
        if (!complete || !plain)
            mayCiteMissing.push(cited.citation(index));
    }
    return { suspects, removed: removedPaths(mayCiteMissing, missing) };
}
/**
 * Whether every path cited as such exists as written; those that do not are added to `missing`
 * (without their trailing slash).
 */
function allExist(paths, nearby, missing) {
    let all = true;
    for (let i = 0; i < paths.length; i++) {
        const artifact = paths[i];
        if (artifact.kind !== 'path' || nearby.stat(artifact.path) !== undefined)
            continue;
        missing.add(stripSlash(artifact.path));
        all = false;
    }
    return all;
}
function onlyPaths(paths) {
    for (let i = 0; i < paths.length; i++)
        if (paths[i].kind !== 'path')
            return false;
    return true;
}
/**
 * The paths some attempt or plan row says were deleted or moved: those are expected to be gone
 * everywhere. Only whether a missing path was removed matters, so only the text around the
 * citations of missing paths is read.
 */
function removedPaths(citations, missing) {
    const removed = new Set();
    if (missing.size === 0)
        return removed;
    for (const citation of citations) {
        if (!citesAny(citation, missing) || !citation.removal)
            continue;
        for (const p of citation.ref.paths)
            removed.add(stripSlash(p.path));
    }
    return removed;
}
function citesAny(citation, paths) {
    for (const p of citation.ref.paths)
        if (paths.has(stripSlash(p.path)))
            return true;
    return false;
}
/**
 * A reference written as shorthand (`{a.md,b.md}`, `pinn_run/w.zip`) was resolved against a folder
 * named earlier in the text. When that folder does not exist either, the guess was wrong, not the
 * citation: nothing can be said about it.
 */
function guessedWrong(raw, path, present) {
    const written = stripSlash(raw.startsWith('./') ? raw.replace(/^(?:\.\/)+/, '') : raw);
    const target = stripSlash(path);
    const writtenFirst = firstSegment(written);
    // Most citations are written in full: same first segment, nothing was guessed.
    if (writtenFirst === '' || firstSegment(target) === writtenFirst)
        return false;
    // Shorthand: the cited segments are the tail; what comes before them is the guessed anchor.
    const depth = written.split('/').length;
    const anchor = target.split('/').slice(0, -depth).join('/');
    return anchor !== '' && !present(anchor);
}
/** `a` of `a/b/c` (the whole text without a slash), as `split('/')[0]` without the array. */
function firstSegment(path) {
    const slash = path.indexOf('/');
    return slash < 0 ? path : path.slice(0, slash);
}
/**
 * Missing paths of one reference, a wholly missing folder reported once. A path that exists is
 * fine even when .gitignore matches it: tracked files can match ignore patterns (force-added golden
 * data), and the tree cannot tell which. A missing ignored path is the "never committed" case.
 */
function problemsOf(paths, present, nearby, opts, isIgnored) {
    const byFolder = new Map();
    const problems = [];
    for (const path of paths) {
        if (present(path))
            continue;
        const ignored = isIgnored(path);
        if (ignored && !opts.reportIgnored)
            continue;
        const missing = nearby.missingPrefix(path) ?? stripSlash(path);
        if (missing === stripSlash(path)) {
            problems.push({ subject: path, covered: [path], ignored });
        }
        else {
            byFolder.set(missing, [...(byFolder.get(missing) ?? []), path]);
        }
    }
    for (const [folder, covered] of byFolder) {
        const ignored = covered.some(isIgnored);
        problems.push(covered.length === 1
            ? { subject: covered[0], covered, missingFolder: folder, ignored }
            : { subject: `${folder}/`, covered, ignored });
    }
    return problems;
}
function report(ctx, citation, problem, nearby) {
    const cited = `\`${problem.subject}\` cited by ${citation.citerName}`;
    const under = problem.covered.length > 1
        ? `${problem.covered.length} cited paths under it, e.g. \`${problem.covered[0]}\``
        : undefined;
    const suggestion = nearby.suggest(problem.subject, citation.baseDirs);
    const slash = problem.subject.endsWith('/') && suggestion && !suggestion.endsWith('/') ? '/' : '';
    const hint = suggestion ? `; did you mean \`${suggestion}${slash}\`?` : undefined;
    let message;
    if (problem.ignored) {
        message =
            `${cited} is not committed (ignored by .gitignore${under ? `; ${under}` : ''})` +
                `${hint ?? ''}; force-add it (\`git add -f\`), keep evidence outside ignored folders, ` +
                'or drop the citation';
    }
    else {
        const detail = under
            ? ` (${under})`
            : problem.missingFolder
                ? ` (there is no folder \`${problem.missingFolder}/\`)`
                : '';
        message = `${cited} does not exist${detail}${hint ?? '; commit the evidence or correct the path'}`;
    }
    ctx.report({
        file: citation.file,
        range: citation.ref.range,
        message,
        entity: `path:${stripSlash(problem.subject)}@${citation.citerKey}`,
        ...(citation.entryId !== undefined ? { entryId: citation.entryId } : {})
    });
}

/** Why a cited path is not evidence a reviewer can open in the repository, if it is not. */
function whyNotInside(artifact, fs) {
    if (artifact.kind === 'outside')
        return 'lies outside the repository';
    if (artifact.kind === 'git-internal')
        return "points into .git/, git's own files, never committed";
    // Only an absent path can be refused: what the tree shows is inside it.
    if (artifact.kind !== 'path' || fs.stat(artifact.path) !== undefined)
        return undefined;
    const refusal = fs.refusal?.(artifact.path);
    if (refusal === 'outside-root')
        return 'goes through a symlink that leaves the repository';
    if (refusal === 'git-internal')
        return "goes through a symlink into .git/, git's own files";
    return undefined;
}
/** Whether no path of a reference needs reporting (whyNotInside of each is undefined). */
function allInside(paths, fs) {
    for (let i = 0; i < paths.length; i++) {
        if (whyNotInside(paths[i], fs) !== undefined)
            return false;
    }
    return true;
}
const options$h = ruleOptions((z) => z
    .object({
    /** Globs of outside paths that are acceptable (e.g. `/opt/datasets/**`). */
    allow: z.array(z.string()).default([]),
    /** Plan references to check: inside done tasks only, everywhere, or none. */
    plans: z.enum(['done-tasks', 'all', 'none']).default('done-tasks'),
    /** Skip references in "Next:" sections, pending exit criteria and open tasks. */
    skipFuture: z.boolean().default(true),
    /** Ledger fields whose paths are recipes, not evidence (scratch outputs of a command). */
    skipFields: z.array(z.string()).default(['reproduction'])
})
    .strict(), { allow: [], plans: 'done-tasks', skipFuture: true, skipFields: ['reproduction'] });
const artifactInsideRepo = {
    id: 'artifact-inside-repo',
    description: 'Evidence is cited from inside the repository, not from /tmp, a home folder or above the root.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/artifact-inside-repo.md',
    options: options$h,
    check(ctx) {
        const allowed = ctx.options.allow.length > 0 ? picomatch(ctx.options.allow, { dot: true }) : undefined;
        const reported = new Set();
        const cited = collectCitations(ctx.project, { plans: ctx.options.plans });
        const { refs } = cited;
        const fs = ctx.project.fs;
        // The parser shares the paths of references written alike: a run of them is looked at once.
        let lastPaths;
        for (let index = 0; index < refs.length; index++) {
            const { paths } = refs[index];
            if (paths === lastPaths)
                continue;
            if (allInside(paths, fs)) {
                lastPaths = paths;
                continue;
            }
            lastPaths = undefined;
            for (const artifact of paths) {
                const why = whyNotInside(artifact, fs);
                if (why === undefined || (allowed?.(artifact.path) ?? false))
                    continue;
                const citation = cited.citation(index);
                // Whether the citation counts is asked last: most paths are inside, and it reads the text.
                if (ctx.options.skipFuture && citation.future)
                    continue;
                if (citation.fieldKey !== undefined && ctx.options.skipFields.includes(citation.fieldKey))
                    continue;
                const key = `${citation.citerKey}|${artifact.path}`;
                if (reported.has(key))
                    continue;
                reported.add(key);
                ctx.report({
                    file: citation.file,
                    range: citation.ref.range,
                    message: `\`${artifact.path}\` cited as evidence by ${citation.citerName} ${why}, ` +
                        "so no reviewer can open it; copy it into the initiative's reports/<timestamp>/ folder and cite that path",
                    entity: `outside:${artifact.path}@${citation.citerKey}`,
                    ...(citation.entryId !== undefined ? { entryId: citation.entryId } : {})
                });
            }
        }
    }
};

/** Case-insensitive literal without the `i` flag (which would make task ids match any word). */
function ci(word) {
    return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}
function anyOf(words) {
    return `(?:${words.map(ci).join('|')})`;
}
const TASK_ID = String.raw `(?:[A-Z]{1,3}\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)+[a-z]?)`;
const PHASE_WORD = String.raw `${ci('phase')}\s+`;
const REF = String.raw `(?:(?:${PHASE_WORD})?(?:[A-Z0-9]{1,3}\.)?${TASK_ID}(?![\w-])|${PHASE_WORD}[A-Z0-9]{1,3}(?![\w-]))`;
const SEP = String.raw `\s*(?:,|\/|&|\+|–|-|${ci('and')}|${ci('to')}|${ci('through')})\s*`;
// Bounded: an unbounded list made matching quadratic on long id lists that end in no claim.
const REF_LIST = String.raw `${REF}(?:${SEP}${REF}){0,12}`;
/**
 * The first character of any REF, looked at before the lookbehind of a pattern that starts with
 * a reference: matching the same, it lets the engine skip most positions at once (2-3× faster).
 */
const REF_START = '(?=[pPA-Z0-9])';
const DONE_WORD = `(?:${anyOf(['complete', 'completed', 'done', 'finished'])}(?![\\w-])|\\[[xXdD]\\]|✅)`;
const TASK_NOUN = `(?:${anyOf(['tasks', 'task', 'rows', 'row', 'items', 'item'])}\\s+)?`;
const DONE_PATTERNS = [
    // Marked Phase B.B2 complete / flipped B2 to [x]
    new RegExp(String.raw `(?<![\w-])${anyOf(['marked', 'flipped', 'moved', 'ticked', 'checked off'])}\s+(?:${ci('the')}\s+)?${TASK_NOUN}(?<refs>${REF_LIST})\s+${TASK_NOUN}(?:${anyOf(['as', 'to'])}\s+)?${DONE_WORD}`, 'g'),
    // Phase B.B2 complete / B2 is now done / B2 ✅
    new RegExp(String.raw `${REF_START}(?<![\w.-])(?<refs>${REF_LIST})\s*${TASK_NOUN}(?:(?:${anyOf(['is', 'are', 'now', 'was', 'were', 'marked', 'fully'])})\s+)*(?:[—–:]\s*)?${DONE_WORD}`, 'g'),
    // completed B2 / finished Phase C
    new RegExp(String.raw `(?<![\w-])${anyOf(['completed', 'finished', 'closed', 'delivered'])}\s+${TASK_NOUN}(?<refs>${REF_LIST})(?![\w-])`, 'g'),
    // ✅ B2
    new RegExp(String.raw `✅\s*(?<refs>${REF_LIST})(?![\w-])`, 'g')
];
const REOPEN_WORD = anyOf([
    'reopened',
    're-opened',
    'reopen',
    're-open',
    'reverted',
    'revert',
    'unmarked'
]);
const REOPEN_PATTERNS = [
    new RegExp(String.raw `(?<![\w-])${REOPEN_WORD}\s+${TASK_NOUN}(?<refs>${REF_LIST})`, 'g'),
    new RegExp(String.raw `${REF_START}(?<![\w.-])(?<refs>${REF_LIST})\s+(?:${anyOf(['is', 'was'])}\s+)?(?:${REOPEN_WORD}|${ci('back to')}\s+(?:${anyOf(['open', 'pending'])}|\[ \]|\[P\]))`, 'g'),
    new RegExp(String.raw `(?<![\w-])${anyOf(['marked', 'mark', 'set', 'flipped'])}\s+${TASK_NOUN}(?<refs>${REF_LIST})\s+(?:${anyOf(['as', 'to', 'back to'])}\s+)?(?:${anyOf(['open', 'pending', 'partial', 'in progress', 'in_progress', 'blocked'])}(?![\w-])|\[ \]|\[P\])`, 'g')
];
/**
 * Necessary conditions of the patterns above, in the same order: words each match must hold
 * (all of them). Most attempts hold none, and a plain word search is far cheaper than the full
 * patterns, which may start at any capital letter or digit.
 */
const DONE_HINT = /complete|done|finished|\[[xd]\]|✅/i;
const MARK_HINT = /marked|flipped|moved|ticked|checked off/i;
const COMPLETED_HINT = /completed|finished|closed|delivered/i;
const REOPEN_HINT = /re-?open|revert|unmarked/i;
const BACK_HINT = /re-?open|revert|unmarked|back to/i;
const DONE_HINTS = [[DONE_HINT, MARK_HINT], [DONE_HINT], [COMPLETED_HINT], [/✅/]];
const REOPEN_HINTS = [
    [REOPEN_HINT],
    [BACK_HINT],
    [/open|pending|partial|in[ _]progress|blocked|\[[ P]\]/i, /mark|set|flipped/i]
];
/**
 * Hints made of rare words, all found in one scan (see rareHintsIn) rather than one each. No
 * word here starts another, so at each place at most one of them matches.
 */
const RARE_HINTS = [MARK_HINT, COMPLETED_HINT, REOPEN_HINT, BACK_HINT];
const RARE_WORDS = /marked|flipped|moved|ticked|checked off|completed|finished|closed|delivered|re-?open|revert|unmarked|back to/gi;
/** The rare hints that hold in `text`. */
function rareHintsIn(text) {
    const found = new Set();
    RARE_WORDS.lastIndex = 0;
    for (let match = RARE_WORDS.exec(text); match !== null; match = RARE_WORDS.exec(text)) {
        for (const hint of RARE_HINTS)
            if (hint.test(match[0]))
                found.add(hint);
        // Words may overlap (`unmarked` holds `marked`): go on from the next character.
        RARE_WORDS.lastIndex = match.index + 1;
    }
    return found;
}
/** Some word of every pattern's first hint: a text without one claims nothing (one scan). */
const ANY_HINT = /complete|done|finished|closed|delivered|open|revert|unmarked|back to|pending|partial|in[ _]progress|blocked|\[[xd P]\]|✅/i;
/** Words shortly before a claim that make it conditional, planned or negated. */
const HEDGE = /(?:^|[^\w-])(?:not|no|never|once|until|unless|when|whenever|before|after|if|pending|awaiting|await|blocked|remaining|needs?\s+to|need|should|will|would|to\s+be|can|cannot|must|ready\s+to|prior\s+to|then|expect(?:ed|s)?|plan(?:ned|s)?\s+to|intend(?:s|ed)?\s+to|try\s+to|still|yet|sure|ensure|verify|confirm(?:ing)?|whether|require[sd]?|gate[sd]?|gating|mark|flip|set|tick|recommend(?:ed|s)?|propose[sd]?|option)\s+(?:[\w.()/-]+\s+){0,3}$/i;
/** `SOURCE-WEIGHT-001 Phase H3`, `[VECTOR-GAPS-002] B1`: another initiative's task. */
const FOREIGN_ID = /\[?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\]?(?:'s)?\s*(?:\(|,)?\s*$/;
function extractClaims(text, entryId) {
    if (!ANY_HINT.test(text))
        return [];
    // A hint is searched for once per text, though several patterns share it.
    const held = new Map();
    let rare;
    const holds = (hint) => {
        if (RARE_HINTS.includes(hint))
            return (rare ??= rareHintsIn(text)).has(hint);
        let found = held.get(hint);
        if (found === undefined) {
            found = hint.test(text);
            held.set(hint, found);
        }
        return found;
    };
    const claims = [];
    // "Next:" sections of the text, found once for every claim (see FutureSections).
    let sections;
    const collect = (kind, patterns, required) => {
        patterns.forEach((pattern, at) => {
            if (!(required[at] ?? []).every(holds))
                return;
            // exec over the shared pattern: matchAll would copy the (large) pattern for every text.
            pattern.lastIndex = 0;
            for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
                if (match[0] === '')
                    pattern.lastIndex++; // never loop on an empty match
                const refsText = match.groups?.refs ?? '';
                const index = match.index ?? 0;
                const refsAt = index + match[0].indexOf(refsText);
                const before = text.slice(Math.max(0, index - 60), index);
                const sentence = before.split(/[.;!?\n](?:\s|$)/).pop() ?? '';
                if (kind === 'done') {
                    if (HEDGE.test(sentence))
                        continue;
                    sections ??= new FutureSections(text);
                    if (sections.before(index))
                        continue;
                }
                const foreign = FOREIGN_ID.exec(text.slice(Math.max(0, refsAt - 40), refsAt));
                if (foreign && foreign[1] !== entryId)
                    continue;
                if (claims.some((c) => c.kind === kind && overlaps$1(c, index, match[0].length)))
                    continue;
                claims.push({
                    kind,
                    refs: splitRefs(refsText),
                    phrase: match[0].trim(),
                    index,
                    context: lineAround(text, index, match[0].length)
                });
            }
        });
    };
    collect('done', DONE_PATTERNS, DONE_HINTS);
    collect('reopen', REOPEN_PATTERNS, REOPEN_HINTS);
    return claims.sort((a, b) => a.index - b.index);
}
/** The claim's own line, clipped to a window around it. */
function lineAround(text, index, length) {
    const lineStart = text.lastIndexOf('\n', index) + 1;
    const next = text.indexOf('\n', index + length);
    const lineEnd = next < 0 ? text.length : next;
    return text.slice(Math.max(lineStart, index - 160), Math.min(lineEnd, index + length + 200));
}
function overlaps$1(claim, index, length) {
    return index < claim.index + claim.phrase.length && claim.index < index + length;
}
const LIST_SEPARATOR = new RegExp(String.raw `\s*(?:,|\/|&|\+|${ci('and')})\s*`);
const RANGE = new RegExp(String.raw `^(.*?)(${TASK_ID})\s*(?:–|-|${ci('to')}|${ci('through')})\s*(${TASK_ID})$`);
/** `Phase B.B2/B3` → `Phase B.B2`, `Phase B.B3`; `B1–B3` → `B1`, `B2`, `B3`. */
function splitRefs(list) {
    const parts = list.split(LIST_SEPARATOR);
    const out = [];
    let qualifier = '';
    for (const raw of parts) {
        const part = raw.trim();
        if (part === '')
            continue;
        const range = RANGE.exec(part);
        const pieces = range
            ? expandRange(range[2] ?? '', range[3] ?? '').map((id) => `${range[1]}${id}`)
            : [part];
        for (const piece of pieces) {
            const qualified = /^(?:[Pp]hase\s+)?[A-Z0-9]{1,3}\./.exec(piece);
            if (qualified)
                qualifier = qualified[0];
            else if (qualifier !== '' && /^[A-Z]{1,3}\d/.test(piece)) {
                out.push(`${qualifier}${piece}`);
                continue;
            }
            out.push(piece);
        }
    }
    return out;
}
function expandRange(from, to) {
    const a = /^([A-Z]*)(\d+)$/.exec(from);
    const b = /^([A-Z]*)(\d+)$/.exec(to);
    if (!a || !b || a[1] !== b[1])
        return [from, to];
    const start = Number(a[2]);
    const end = Number(b[2]);
    if (end < start || end - start > 20)
        return [from, to];
    return Array.from({ length: end - start + 1 }, (_, i) => `${a[1]}${start + i}`);
}
/**
 * The one meaning a reference has among several plans, or undefined when it has none or more
 * than one (then it is too vague to judge). A plan gives it a meaning only if it has a task or a
 * phase of an id the reference holds (see resolveRef): a long list of plans (an entry citing
 * thousands) is narrowed through an index of those ids, made once per list, and the search stops
 * at a second meaning.
 */
function uniqueMeaning(ref, plans) {
    let found;
    for (const plan of plansThatMayResolve(ref, plans)) {
        const meaning = resolveRef(ref, plan);
        if (meaning === undefined)
            continue;
        if (found !== undefined)
            return undefined;
        found = meaning;
    }
    return found;
}
/** Up to this many plans are simply asked one by one. */
const FEW_PLANS = 8;
/** Per list of plans: its index, or null when a plan appears twice (each copy then counts). */
const planIdIndexes = new WeakMap();
/** The plans with a task or phase of an id resolveRef may look up for `ref` (all, unindexed). */
function* plansThatMayResolve(ref, plans) {
    let index = plans.length > FEW_PLANS ? planIdIndexes.get(plans) : null;
    if (index === undefined) {
        index = indexPlanIds(plans);
        planIdIndexes.set(plans, index);
    }
    if (index === null) {
        yield* plans;
        return;
    }
    const { bare, dotted } = partsOf(ref);
    const byBare = index.byTask.get(bare.toUpperCase());
    const more = dotted
        ? index.byTask.get((dotted[2] ?? '').toUpperCase())
        : index.byPhase.get(bare.toUpperCase());
    if (byBare)
        yield* byBare;
    for (const plan of more ?? [])
        if (byBare?.has(plan) !== true)
            yield plan;
}
function indexPlanIds(plans) {
    const index = { byTask: new Map(), byPhase: new Map() };
    const seen = new Set();
    for (const plan of plans) {
        if (seen.has(plan))
            return null;
        seen.add(plan);
        for (const task of plan.tasks)
            addTo(index.byTask, task.id.toUpperCase(), plan);
        for (const phase of plan.phases)
            addTo(index.byPhase, phase.id.toUpperCase(), plan);
    }
    return index;
}
function addTo(map, key, plan) {
    const plans = map.get(key);
    if (plans)
        plans.add(plan);
    else
        map.set(key, new Set([plan]));
}
/**
 * How resolveRef reads a reference: `Phase ` dropped (`phased` says it was there), and `B.B2`
 * split into a phase id and a task id. plansThatMayResolve reads it the same way.
 */
function partsOf(ref) {
    const bare = ref.replace(/^[Pp]hase\s+/, '');
    return { phased: bare !== ref, bare, dotted: /^([A-Z0-9]{1,3})\.(.+)$/.exec(bare) };
}
function resolveRef(ref, plan) {
    const { phased, bare, dotted } = partsOf(ref);
    const taskById$1 = (id) => taskById(plan, id);
    const phaseById = (id) => plan.phases.find((p) => p.id.toUpperCase() === id.toUpperCase());
    if (dotted) {
        const phase = phaseById(dotted[1] ?? '');
        const task = taskById$1(dotted[2] ?? '') ?? taskById$1(bare);
        if (task && (!phase || task.phaseId === undefined || task.phaseId === phase.id))
            return { plan, tasks: [task] };
        if (!phase && taskById$1(bare))
            return { plan, tasks: [taskById$1(bare)] };
        return undefined;
    }
    if (phased) {
        const phase = phaseById(bare);
        if (phase && phase.tasks.length > 0)
            return { plan, tasks: phase.tasks, phase };
    }
    const task = taskById$1(bare);
    if (task)
        return { plan, tasks: [task] };
    // `M4 done` names a phase when the plan has such a phase and no such task.
    const phase = /\d/.test(bare) ? phaseById(bare) : undefined;
    if (phase && phase.tasks.length > 0)
        return { plan, tasks: phase.tasks, phase };
    return undefined;
}

/** Tasks not yet done: open `[ ]` and partial `[P]`. */
function isUnfinished(task) {
    return task.state === 'open' || task.state === 'partial';
}
/**
 * The parsed plan documents a link points to: the file itself, or the plans directly inside a
 * plan folder (`plans/active/X/`). A link to a container such as `plans/active/` names no plan.
 */
function plansAt(project, linkPath) {
    const path = stripSlash(linkPath);
    const index = planIndex(project);
    const exact = index.byFile.get(path) ?? NONE$1;
    if (exact.length > 0 || path === '' || index.containers.has(path))
        return exact;
    return index.byFolder.get(path) ?? NONE$1;
}
const NONE$1 = [];
/**
 * Built once per project: rules ask for the plans of every cited path, and scanning every plan
 * per question made a ledger citing thousands of paths over thousands of plans quadratic.
 */
const planIndexes = new WeakMap();
function planIndex(project) {
    const cached = planIndexes.get(project);
    if (cached)
        return cached;
    const byFile = new Map();
    const byFolder = new Map();
    const add = (map, key, plan) => {
        const list = map.get(key);
        if (list === undefined)
            map.set(key, [plan]);
        else
            list.push(plan);
    };
    for (const plan of project.plans) {
        add(byFile, plan.file, plan);
        const slash = plan.file.lastIndexOf('/');
        if (slash >= 0)
            add(byFolder, plan.file.slice(0, slash), plan);
    }
    const index = { byFile, byFolder, containers: planContainers(project) };
    planIndexes.set(project, index);
    return index;
}
function planContainers(project) {
    const globs = [...project.config.files.plans, ...project.config.files.archivedPlans];
    const bases = new Set(globs.map((glob) => staticBase(glob)));
    for (const base of [...bases]) {
        const parts = base.split('/');
        for (let i = 1; i < parts.length; i++)
            bases.add(parts.slice(0, i).join('/'));
    }
    return bases;
}
function staticBase(glob) {
    const parts = [];
    for (const part of glob.split('/')) {
        if (/[*?[\]{}]/.test(part))
            break;
        parts.push(part);
    }
    return parts.join('/');
}
/** The plans an entry's plan fields point to, without duplicates, in link order. */
function plansOfEntry(project, entry) {
    // Most entries link one plan file: nothing to merge.
    if (entry.plans.length === 1) {
        const plans = plansAt(project, entry.plans[0].path);
        if (plans.length <= 1)
            return plans.slice();
    }
    const seen = new Set();
    const out = [];
    for (const link of entry.plans) {
        for (const plan of plansAt(project, link.path)) {
            if (seen.has(plan.file))
                continue;
            seen.add(plan.file);
            out.push(plan);
        }
    }
    return out;
}
/** `a, b, c` or `a, b, c and 4 more` for a list of task ids in a message. */
function listIds(ids, max = 5) {
    const shown = ids.slice(0, max).map((id) => `\`${id}\``);
    return ids.length > max ? `${shown.join(', ')} and ${ids.length - max} more` : shown.join(', ');
}

const options$g = ruleOptions((z) => z
    .object({
    /** (a) Attempts that claim a task complete while the plan row is still open. */
    checkClaims: z.boolean().default(true),
    /** Also flag claims whose task is partial `[P]` (by default only open `[ ]` rows). */
    claimsIncludePartial: z.boolean().default(false),
    /** (b, c) Entry status against the state of its plans. */
    checkStatus: z.boolean().default(true),
    /** Done statuses for which open plan tasks are expected (an abandoned initiative). */
    exemptStatuses: z.array(z.string()).default(['superseded', 'cancelled', 'deferred']),
    /** (c) Statuses that count as "still open" when every plan task is done. */
    openStatuses: z
        .array(z.string())
        .default(['pending', 'in_progress', 'in_planning', 'planning']),
    /** (d) Active plans (matched by files.plans) that no ledger entry points to. */
    reportOrphanPlans: z.boolean().default(true)
})
    .strict(), {
    checkClaims: true,
    claimsIncludePartial: false,
    checkStatus: true,
    exemptStatuses: ['superseded', 'cancelled', 'deferred'],
    openStatuses: ['pending', 'in_progress', 'in_planning', 'planning'],
    reportOrphanPlans: true
});
const ledgerPlanDrift = {
    id: 'ledger-plan-drift',
    description: 'The ledger and the plans agree: claimed tasks are ticked, done entries have done plans, every plan has an entry.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/ledger-plan-drift.md',
    options: options$g,
    check(ctx) {
        const source = new TreeLines(ctx.project.fs);
        // A claim is reported only against a task still open: with none in any plan, no attempt
        // text need be read for claims.
        const openPlans = ctx.options.checkClaims ? plansWithOpenTasks(ctx) : [];
        const claimsMatter = openPlans.length > 0;
        const statuses = statusWords(ctx);
        // The plans some entry links, for the orphan check.
        const linked = new Set();
        for (const ledger of ctx.project.ledgers) {
            for (const entry of ledger.entries) {
                const plans = plansOfEntry(ctx.project, entry);
                for (const plan of plans)
                    linked.add(plan.file);
                if (claimsMatter)
                    checkClaims(ctx, ledger, entry, plans, openPlans, source);
                if (ctx.options.checkStatus && plans.length > 0)
                    checkStatus(ctx, ledger, entry, plans, statuses);
            }
        }
        if (ctx.options.reportOrphanPlans)
            checkOrphans(ctx, linked);
    }
};
function statusWords(ctx) {
    const lower = (list) => new Set(list.map((s) => s.toLowerCase()));
    return {
        done: lower(ctx.project.config.vocabulary.doneStatus),
        exempt: lower(ctx.options.exemptStatuses),
        open: lower(ctx.options.openStatuses)
    };
}
/** The plans holding a task a claim could be reported against (a plain loop: thousands of plans). */
function plansWithOpenTasks(ctx) {
    const open = [];
    for (const plan of ctx.project.plans) {
        for (const task of plan.tasks) {
            if (!stillOpen(ctx, task))
                continue;
            open.push(plan);
            break;
        }
    }
    return open;
}
/** A task a completion claim is reported against: open, or partial when so configured. */
function stillOpen(ctx, task) {
    return task.state === 'open' || (ctx.options.claimsIncludePartial && task.state === 'partial');
}
function checkClaims(ctx, ledger, entry, entryPlans, openPlans, source) {
    const latest = new Map();
    const mayReport = claimsMayReport(entryPlans, openPlans);
    for (const { attempt, claims } of claimsInTimeOrder(entry, ctx.project, mayReport)) {
        // No filter on the parsed outcome: "Result: regression documented; A1–A2 complete" reads as a
        // failure to the outcome heuristics, yet its completion claim is explicit.
        for (const claim of claims) {
            const candidates = plansNamedIn(ctx.project, claim.context, entry, entryPlans);
            for (const ref of claim.refs) {
                // A reference that means different tasks in different plans is too vague to judge.
                const hit = uniqueMeaning(ref, candidates);
                if (hit === undefined)
                    continue;
                for (const task of hit.tasks) {
                    latest.set(`${hit.plan.file}#${task.id}`, {
                        kind: claim.kind,
                        task,
                        plan: hit.plan,
                        attempt,
                        claim,
                        resolved: hit
                    });
                }
            }
        }
    }
    if (latest.size === 0)
        return;
    // Group per claim so "Phase C complete" with three open rows is one finding.
    const groups = new Map();
    for (const event of latest.values()) {
        if (event.kind !== 'done' || !stillOpen(ctx, event.task))
            continue;
        const key = event.resolved.phase
            ? `${event.plan.file}#phase-${event.resolved.phase.id}@${event.claim.index}@${event.attempt.headerRange.line}`
            : `${event.plan.file}#task-${event.task.id}`;
        groups.set(key, [...(groups.get(key) ?? []), event]);
    }
    for (const events of groups.values())
        reportClaim(ctx, ledger, entry, entryPlans, events, source);
}
function reportClaim(ctx, ledger, entry, entryPlans, events, source) {
    const first = events[0];
    const { plan, attempt, claim } = first;
    const phase = first.resolved.phase;
    const where = `\`${plan.file}\``;
    const subject = phase ? `Phase ${phase.id}` : `task ${first.task.id}`;
    const open = events.map((e) => e.task);
    const state = phase !== undefined
        ? `${open.length === 1 ? 'its task' : 'its tasks'} ${listIds(open.map((t) => t.id))} ${open.length === 1 ? 'is' : 'are'} still open in ${where}`
        : `row ${first.task.id} is still \`${first.task.marker.trim() || '[ ]'}\` in ${where} (line ${first.task.range.line})`;
    const qualifier = entryPlans.length > 1 || !entryPlans.includes(plan) ? ` of ${where}` : '';
    ctx.report({
        file: ledger.file,
        range: locate(source, ledger.file, attempt, claim.phrase),
        message: `${attemptName(attempt)} of ${entryLabel(entry)} says ${subject}${qualifier} is complete ("${claim.phrase}"), ` +
            `but ${state}; tick the plan row${open.length > 1 ? 's' : ''}, or correct the attempt if the work is not done`,
        entity: `${entry.id}#claim:${plan.file}#${phase ? `phase-${phase.id}` : `task-${first.task.id}`}`,
        entryId: entry.id
    });
}
/**
 * The plans a claim is about: those its sentence names by path, else the entry's own. A named plan
 * the entry does not link is trusted only when the entry links none: plan files get archived and
 * their names reused, so an old attempt may name a file that now holds another initiative's plan;
 * the entry's current plan is then the one to compare with.
 */
function plansNamedIn(project, context, entry, entryPlans) {
    // A plan's path holds a `/`: a claim whose text holds none (most) names no plan, and is not
    // compared with every plan of the project.
    if (!context.includes('/') && everyPlanPathHasSlash(project))
        return entryPlans;
    const named = project.plans.filter((plan) => context.includes(plan.file));
    if (named.length === 0)
        return entryPlans;
    if (entry.plans.length === 0)
        return named;
    const linked = entry.plans.map((link) => stripSlash(link.path));
    const namedAndLinked = named.filter((plan) => linked.some((path) => plan.file === path || plan.file.startsWith(`${path}/`)));
    return namedAndLinked.length > 0 ? namedAndLinked : entryPlans;
}
const plansWithSlash = new WeakMap();
function everyPlanPathHasSlash(project) {
    let answer = plansWithSlash.get(project);
    if (answer === undefined) {
        answer = project.plans.every((plan) => plan.file.includes('/'));
        plansWithSlash.set(project, answer);
    }
    return answer;
}
/**
 * The entry's attempts that claim something, with their claims, oldest first. Most attempts
 * claim nothing, and the order only matters between two that do, so the history is sorted only
 * then (all of it, so the order is the one the whole history sorts into).
 */
function claimsInTimeOrder(entry, project, mayReport) {
    const found = [];
    for (const attempt of entry.attempts) {
        // The text is cut out of the document on every read: once here.
        const text = attempt.text;
        if (!mayReport(text))
            continue;
        const claims = extractClaims(text, entry.id);
        if (claims.length > 0)
            found.push({ attempt, claims });
    }
    if (found.length < 2)
        return found;
    const claimsOf = new Map(found.map((item) => [item.attempt, item.claims]));
    const ordered = [];
    for (const attempt of chronological(entry.attempts, project)) {
        const claims = claimsOf.get(attempt);
        if (claims !== undefined)
            ordered.push({ attempt, claims });
    }
    return ordered;
}
/** Beyond this many plans with open tasks, searching every attempt for their names costs more. */
const MAX_NAMED_PLAN_SEARCH = 32;
/**
 * Whether an attempt's claims could be reported: they are judged against the entry's plans or
 * the plans the claim's line names (see plansNamedIn), and only an open task is reported. An
 * entry whose own plans have none needs reading only where an attempt names a plan that has.
 */
function claimsMayReport(entryPlans, openPlans) {
    const always = () => true;
    if (openPlans.length > MAX_NAMED_PLAN_SEARCH)
        return always;
    if (entryPlans.some((plan) => openPlans.includes(plan)))
        return always;
    return (text) => openPlans.some((plan) => text.includes(plan.file));
}
/** Attempts oldest first: by number, else by date, else as the configured history order says. */
function chronological(attempts, project) {
    const prepend = project.config.dialect.attemptOrder === 'prepend';
    const indexed = attempts.map((attempt, index) => ({ attempt, index: prepend ? -index : index }));
    indexed.sort((a, b) => {
        const x = a.attempt;
        const y = b.attempt;
        if (x.number !== undefined && y.number !== undefined && x.number !== y.number)
            return x.number - y.number;
        if (x.date && y.date && x.date.epochMs !== y.date.epochMs)
            return x.date.epochMs - y.date.epochMs;
        return a.index - b.index;
    });
    return indexed.map((i) => i.attempt);
}
/** Where in the attempt the claim is written; the attempt header when it cannot be found. */
function locate(source, file, attempt, phrase) {
    const { range } = attempt;
    for (let line = range.line; line <= range.endLine; line++) {
        const column = (source.line(file, line) ?? '').indexOf(phrase);
        if (column >= 0)
            return { line, column: column + 1, endLine: line, endColumn: column + 1 + phrase.length };
    }
    return attempt.headerRange;
}
function checkStatus(ctx, ledger, entry, plans, statuses) {
    const status = entry.status;
    if (!status)
        return;
    const value = status.value.toLowerCase();
    if (statuses.done.has(value) && !statuses.exempt.has(value)) {
        for (const plan of plans) {
            const open = plan.tasks.filter(isUnfinished);
            if (open.length === 0)
                continue;
            ctx.report({
                file: ledger.file,
                range: status.range,
                message: `${entryLabel(entry)} is \`${status.value}\` but its plan \`${plan.file}\` still has ` +
                    `${open.length} unfinished task${open.length === 1 ? '' : 's'} (${listIds(open.map((t) => t.id))}); ` +
                    'tick or defer them in the plan, or reopen the entry',
                entity: `${entry.id}#done-with-open-plan:${plan.file}`,
                entryId: entry.id
            });
        }
        return;
    }
    const stillInProgress = statuses.open.has(value);
    const complete = plans.every((plan) => plan.tasks.length > 0 && plan.tasks.every((task) => task.state === 'done'));
    if (!stillInProgress || !complete)
        return;
    const files = plans.map((p) => `\`${p.file}\``).join(', ');
    ctx.report({
        file: ledger.file,
        range: status.range,
        message: `Every task in ${files} is done, but ${entryLabel(entry)} is still \`${status.value}\`; ` +
            'mark the entry done (quoting its exit criteria), or add the remaining work to the plan',
        entity: `${entry.id}#open-with-complete-plan`,
        entryId: entry.id
    });
}
/** `linked`: the plans the entries link to (see plansOfEntry). */
function checkOrphans(ctx, linked) {
    const { project } = ctx;
    if (project.ledgers.length === 0)
        return;
    // Most plans are linked: the entry ids and the glob are needed only for the others.
    const notLinked = project.plans.filter((plan) => !linked.has(plan.file));
    if (notLinked.length === 0)
        return;
    const entryIds = new Set();
    for (const ledger of project.ledgers) {
        for (const entry of ledger.entries)
            entryIds.add(entry.id.toUpperCase());
    }
    const isActivePlan = picomatch(project.config.files.plans, { dot: true });
    // `plans/active/<ID>/…` belongs to entry <ID> even when the entry forgot its plan link.
    const unlinked = notLinked.filter((plan) => isActivePlan(plan.file) && !entryIds.has((plan.file.split('/')[2] ?? '').toUpperCase()));
    // Most plans have their entry: the citations of the whole ledger are read only when one has not.
    if (unlinked.length === 0)
        return;
    const cited = citedPaths(project);
    const pointed = new Set();
    for (const path of cited)
        for (const plan of plansAt(project, path))
            pointed.add(plan.file);
    let citedFolders;
    for (const plan of unlinked) {
        if (pointed.has(plan.file))
            continue;
        // Evidence cited from the plan's own folder (`plans/active/<slug>/reports/…`) is its initiative's.
        const depth = plan.file.split('/').length;
        const folder = plan.file.slice(0, plan.file.lastIndexOf('/'));
        if (depth > 3 && (citedFolders ??= foldersOf(cited)).has(folder))
            continue;
        ctx.report({
            file: plan.file,
            range: plan.title?.range ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
            message: `Active plan \`${plan.file}\` has no ledger entry pointing to it; add its ` +
                'initiative to the ledger with a Working Plan link, or move the plan to plans/archive/',
            entity: `${plan.file}#orphan`
        });
    }
}
/** The distinct paths the ledgers cite, in entries and attempts, without a trailing slash. */
function citedPaths(project) {
    const paths = new Set();
    const add = (refs) => {
        for (const ref of refs) {
            for (const artifact of ref.paths) {
                if (artifact.kind === 'path')
                    paths.add(stripSlash(artifact.path));
            }
        }
    };
    for (const ledger of project.ledgers) {
        for (const entry of ledger.entries) {
            add(entry.artifacts);
            for (const attempt of entry.attempts)
                add(attempt.artifacts);
        }
    }
    return paths;
}
/** Every folder holding one of the paths, at any depth: `a/b/c` gives `a` and `a/b`. */
function foldersOf(paths) {
    const folders = new Set();
    for (const path of paths) {
        for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            folders.add(path.slice(0, slash));
        }
    }
    return folders;
}

const options$f = ruleOptions((z) => z
    .object({
    /**
     * Which earlier phases must be finished first: every phase above it in the document
     * (`document`, its Prereqs included) or only those its Prereqs line names (`prereqs`).
     */
    order: z.enum(['document', 'prereqs']).default('document'),
    /** Whether a partial `[P]` task in an earlier phase counts as unfinished. */
    partialBlocks: z.boolean().default(true)
})
    .strict(), { order: 'document', partialBlocks: true });
const phaseOrder = {
    id: 'phase-order',
    description: 'No phase has done tasks while an earlier phase (or one named in its Prereqs) has open ones.',
    defaultSeverity: 'off',
    docs: 'docs/rules/phase-order.md',
    options: options$f,
    check(ctx) {
        const unfinished = (task) => task.state === 'open' || (ctx.options.partialBlocks && task.state === 'partial');
        for (const plan of ctx.project.plans) {
            plan.phases.forEach((phase, index) => {
                const done = phase.tasks.filter((t) => t.state === 'done');
                if (done.length === 0)
                    return;
                const required = new Set(prerequisitePhases(plan, phase));
                if (ctx.options.order === 'document')
                    plan.phases.slice(0, index).forEach((p) => required.add(p));
                const blockers = plan.phases
                    .filter((p) => p !== phase && required.has(p) && !isParentPhase(p, phase))
                    .map((p) => ({ phase: p, open: p.tasks.filter(unfinished).map((t) => t.id) }))
                    .filter((b) => b.open.length > 0);
                if (blockers.length === 0)
                    return;
                const blocking = blockers
                    .map((b) => `Phase ${b.phase.id} (${listIds(b.open, 3)})`)
                    .join(', ');
                ctx.report({
                    file: plan.file,
                    range: phase.headingRange,
                    message: `Phase ${phase.id} has done tasks (${listIds(done.map((t) => t.id), 3)}) while ${blocking} ` +
                        `still ${blockers.length === 1 && blockers[0]?.open.length === 1 ? 'has an unfinished task' : 'have unfinished tasks'}; ` +
                        'finish or defer those first, or note in the plan why the order changed',
                    entity: `${plan.file}#phase-${phase.id}`
                });
            });
        }
    }
};
/** Phases of this plan named in a phase's `Prereqs:` line (`Phase A complete`, `Phases A and B`). */
function prerequisitePhases(plan, phase) {
    const text = phase.prereqs?.value ?? '';
    const byId = new Map(plan.phases.map((p) => [p.id.toUpperCase(), p]));
    const found = [];
    const mention = /\bPhases?\s+((?:[A-Z0-9][A-Za-z0-9]*)(?:\s*(?:,|\/|&|and|–|-|to)\s*[A-Z0-9][A-Za-z0-9]*)*)/g;
    for (const match of text.matchAll(mention)) {
        const before = text.slice(0, match.index);
        // `SOURCE-WEIGHT-001 Phase E` is another initiative's phase.
        if (/[A-Z][A-Z0-9]*-[A-Z0-9-]*\d\]?\s*$/.test(before))
            continue;
        const list = match[1] ?? '';
        const ids = list.split(/\s*(?:,|\/|&|\band\b)\s*/);
        for (const part of ids) {
            const range = /^([A-Z0-9][A-Za-z0-9]*)\s*(?:–|-|to)\s*([A-Z0-9][A-Za-z0-9]*)$/.exec(part.trim());
            if (range) {
                const from = plan.phases.findIndex((p) => p.id.toUpperCase() === range[1]?.toUpperCase());
                const to = plan.phases.findIndex((p) => p.id.toUpperCase() === range[2]?.toUpperCase());
                if (from >= 0 && to >= from)
                    found.push(...plan.phases.slice(from, to + 1));
                continue;
            }
            const hit = byId.get(part.trim().toUpperCase());
            if (hit)
                found.push(hit);
        }
    }
    return found;
}
/**
 * `Phase M` with an umbrella row `M4` is the parent of `Phase M4 Checklist`, not an earlier phase
 * the checklist must wait for.
 */
function isParentPhase(parent, child) {
    const childId = child.id.toUpperCase();
    return ((childId.startsWith(parent.id.toUpperCase()) && childId !== parent.id.toUpperCase()) ||
        parent.tasks.some((task) => task.id.toUpperCase() === childId));
}

const options$e = ruleOptions((z) => z
    .object({
    /** Offer a fix that rewrites the link to the archived location when the plan moved there. */
    suggestArchived: z.boolean().default(true)
})
    .strict(), { suggestArchived: true });
/** File names too common to identify a plan on their own. */
const GENERIC_NAMES = new Set([
    'plan.md',
    'implementation.md',
    'readme.md',
    'index.md',
    'summary.md'
]);
const planLinkExists = {
    id: 'plan-link-exists',
    description: "Each ledger entry's plan link points to a file that exists (or says where it moved).",
    defaultSeverity: 'error',
    docs: 'docs/rules/plan-link-exists.md',
    options: options$e,
    check(ctx) {
        const { project } = ctx;
        const nearby = new NearbyPaths(project.fs);
        const source = new TreeLines(project.fs);
        let archived;
        for (const ledger of project.ledgers) {
            for (const entry of ledger.entries) {
                for (const link of entry.plans) {
                    if (!looksLikePath(link.path) || nearby.stat(link.path) !== undefined)
                        continue;
                    if (announcedOnly(source.lines(ledger.file), link))
                        continue;
                    archived ??= project.fs.glob(project.config.files.archivedPlans);
                    const moved = findArchived(link.path, archived);
                    const what = `Plan link \`${link.path}\` of ${entryLabel(entry)}`;
                    const message = moved
                        ? `${what} does not exist: the plan was moved to \`${moved}\`; point the link there (or close the entry if the initiative is finished)`
                        : `${what} does not exist${didYouMean(nearby, link.path)}`;
                    const suggestion = moved && ctx.options.suggestArchived
                        ? rewriteLink(source.lines(ledger.file), link, moved)
                        : undefined;
                    ctx.report({
                        file: ledger.file,
                        range: link.range,
                        message,
                        entity: `${entry.id}#plan:${stripSlash(link.path)}`,
                        entryId: entry.id,
                        ...(suggestion ? { suggestion } : {})
                    });
                }
            }
        }
    }
};
/** Words just before a link that make it a plan still to be created ("needs activation under …"). */
const NOT_YET = /\b(?:needs?|will|to\s+be|pending|tbd|future|planned|once|when|later|create[ds]?|activat(?:e|ed|ion)|move[ds]?\s+to)\b[^.;]{0,40}$/i;
function announcedOnly(lines, link) {
    const text = lines[link.range.line - 1] ?? '';
    const before = text.slice(Math.max(0, link.range.column - 1 - 60), Math.max(0, link.range.column - 1));
    return NOT_YET.test(before.replace(/[`*_]/g, ''));
}
function looksLikePath(path) {
    return path !== '' && !/[\s<>*$?]/.test(path) && !path.startsWith('/') && !path.startsWith('~');
}
function didYouMean(nearby, path) {
    const guess = nearby.suggest(path);
    return guess ? `; did you mean \`${guess}\`?` : '; correct the link or restore the plan';
}
/** The archived copy of a plan: same path below the plans folder, or the same distinctive name. */
function findArchived(linkPath, archived) {
    const path = stripSlash(linkPath);
    const tail = path.replace(/^plans\/(?:active\/)?/, '');
    const byTail = archived.find((file) => file.endsWith(`/${tail}`) || file.includes(`/${tail}/`));
    if (byTail)
        return file(byTail, tail);
    const base = tail.split('/').pop() ?? '';
    if (base === '' || GENERIC_NAMES.has(base.toLowerCase()))
        return undefined;
    return archived.find((f) => f.split('/').pop() === base);
}
/** For a folder link, the archived folder rather than the first file found in it. */
function file(found, tail) {
    const at = found.indexOf(`/${tail}/`);
    return at >= 0 ? `${found.slice(0, at + tail.length + 1)}/` : found;
}
function rewriteLink(lines, link, moved) {
    const text = lines[link.range.line - 1];
    if (text === undefined || link.range.endLine !== link.range.line)
        return undefined;
    const at = text.indexOf(link.path);
    if (at < 0)
        return undefined;
    const replacement = text.slice(0, at) + moved.replace(/\/$/, '') + text.slice(at + link.path.length);
    return {
        range: {
            line: link.range.line,
            column: 1,
            endLine: link.range.line,
            endColumn: text.length + 1
        },
        replacement
    };
}

const options$d = ruleOptions((z) => z
    .object({
    /**
     * Accepted folder-name forms: `YYYY` year, `MM` month (minutes when it follows `HH`), `DD` day,
     * `HH` hour, `SS` seconds; any other character stands for itself.
     */
    patterns: z
        .array(z.string().min(1))
        .min(1)
        .default(['YYYY-MM-DDTHHMMSSZ', 'YYYYMMDDTHHMMSSZ']),
    /**
     * Only check folders whose whole name is a date or timestamp (`2025-10-17T0250Z`,
     * `20250930-002124`); dated topic folders such as `reports/2025-09-29-AT-PARALLEL-002/` are
     * then left alone.
     */
    onlyDateLike: z.boolean().default(true)
})
    .strict(), { patterns: ['YYYY-MM-DDTHHMMSSZ', 'YYYYMMDDTHHMMSSZ'], onlyDateLike: true });
/** A whole name made of a date and maybe a time: `2025-10-17T0250Z`, `20250930-002124`. */
const DATE_LIKE = /^\d{4}-?\d{2}-?\d{2}(?:[T_\-. :]?[\d:.]*Z?)?$/i;
const reportFolderTimestamp = {
    id: 'report-folder-timestamp',
    description: 'Evidence folders are named by a valid UTC timestamp such as `2025-10-17T025000Z`.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/report-folder-timestamp.md',
    options: options$d,
    check(ctx) {
        const patterns = ctx.options.patterns.map(compilePattern);
        for (const folder of ctx.project.reportFolders) {
            const name = folder.name;
            if (ctx.options.onlyDateLike && !DATE_LIKE.test(name))
                continue;
            const matched = patterns.find((p) => p.regex.test(name));
            const problem = matched
                ? invalidDate(name, matched)
                : `does not match ${ctx.options.patterns.map((p) => `\`${p}\``).join(' or ')}`;
            if (!problem)
                continue;
            ctx.report({
                file: folder.path.replace(/\/+$/, ''),
                range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
                message: `Report folder \`${folder.path.replace(/\/+$/, '')}/\` is not named by a valid UTC timestamp: ` +
                    `\`${name}\` ${problem}; rename it (e.g. \`${exampleStamp(ctx.options.patterns[0] ?? '', name)}\`) ` +
                    'and update the paths that cite it',
                entity: `path:${folder.path.replace(/\/+$/, '')}`
            });
        }
    }
};
function compilePattern(template) {
    const fields = {};
    let regex = '^';
    let group = 0;
    let sawHour = false;
    for (let i = 0; i < template.length;) {
        const rest = template.slice(i);
        const token = ['YYYY', 'MM', 'DD', 'HH', 'SS', 'mm', 'ss'].find((t) => rest.startsWith(t));
        if (!token) {
            regex += template[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            i++;
            continue;
        }
        group++;
        regex += token === 'YYYY' ? '(\\d{4})' : '(\\d{2})';
        if (token === 'YYYY')
            fields.year = group;
        else if (token === 'DD')
            fields.day = group;
        else if (token === 'HH') {
            fields.hour = group;
            sawHour = true;
        }
        else if (token === 'SS' || token === 'ss')
            fields.second = group;
        else if (token === 'mm' || sawHour)
            fields.minute = group;
        else
            fields.month = group;
        i += token.length;
    }
    return { source: template, regex: new RegExp(`${regex}$`), fields };
}
/** Why a name that has the right shape is still not a real instant, or undefined. */
function invalidDate(name, pattern) {
    const match = pattern.regex.exec(name);
    if (!match)
        return 'does not match';
    const get = (field, fallback) => {
        const index = pattern.fields[field];
        return index === undefined ? fallback : Number(match[index]);
    };
    const year = get('year', 2000);
    const month = get('month', 1);
    const day = get('day', 1);
    const hour = get('hour', 0);
    const minute = get('minute', 0);
    const second = get('second', 0);
    if (month < 1 || month > 12)
        return `has month ${month}`;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (day < 1 || date.getUTCDate() !== day)
        return `names a day that does not exist (${year}-${pad(month)}-${pad(day)})`;
    if (hour > 23 || minute > 59 || second > 59)
        return `has an impossible time of day (${pad(hour)}:${pad(minute)}:${pad(second)})`;
    return undefined;
}
function pad(n) {
    return String(n).padStart(2, '0');
}
/**
 * The pattern filled with the instant the folder name seems to give (`20250930-002124` →
 * `2025-09-30T002124Z`), time fields left as `HH`/`MM`/`SS` when the name has none.
 */
function exampleStamp(template, name) {
    const pattern = compilePattern(template);
    const digits = name.replace(/\D/g, '');
    const part = (from, to, fallback) => digits.length >= to ? digits.slice(from, to) : fallback;
    const sample = {
        year: part(0, 4, 'YYYY'),
        month: part(4, 6, 'MM'),
        day: part(6, 8, 'DD'),
        hour: part(8, 10, 'HH'),
        minute: part(10, 12, 'MM'),
        second: part(12, 14, 'SS')
    };
    let out = '';
    let group = 0;
    for (let i = 0; i < template.length;) {
        const token = ['YYYY', 'MM', 'DD', 'HH', 'SS', 'mm', 'ss'].find((t) => template.startsWith(t, i));
        if (!token) {
            out += template[i];
            i++;
            continue;
        }
        group++;
        const field = Object.entries(pattern.fields).find(([, g]) => g === group)?.[0] ?? 'year';
        out += sample[field] ?? '';
        i += token.length;
    }
    return out;
}

const options$c = ruleOptions((z) => z
    .object({
    /** Compare ids ignoring letter case (`b2` and `B2` are the same task). */
    ignoreCase: z.boolean().default(true)
})
    .strict(), { ignoreCase: true });
const taskIdUnique = {
    id: 'task-id-unique',
    description: 'Task ids are unique within a plan, checklist sub-tables included.',
    defaultSeverity: 'error',
    docs: 'docs/rules/task-id-unique.md',
    options: options$c,
    check(ctx) {
        for (const plan of ctx.project.plans) {
            const firstById = new Map();
            const repeats = new Map();
            for (const task of plan.tasks) {
                const id = task.id.trim();
                if (id === '')
                    continue;
                const key = ctx.options.ignoreCase ? id.toUpperCase() : id;
                const first = firstById.get(key);
                if (!first) {
                    firstById.set(key, task);
                    continue;
                }
                const count = (repeats.get(key) ?? 0) + 1;
                repeats.set(key, count);
                ctx.report({
                    file: plan.file,
                    range: task.range,
                    message: `Task id \`${id}\`${inPhase(task)} is already used by the task at line ${first.range.line}` +
                        `${inPhase(first)} ("${shorten(first.description)}"); give this task its own id so ledger ` +
                        'attempts and reviews can refer to it unambiguously',
                    entity: `${plan.file}#task-${key}#repeat-${count}`
                });
            }
        }
    }
};
function inPhase(task) {
    return task.phaseId ? ` (Phase ${task.phaseId})` : '';
}
function shorten(text) {
    const clean = text.replace(/\s+/g, ' ').trim();
    return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}

const options$b = ruleOptions((z) => z.object({}).strict(), {});
const taskStateVocabulary = {
    id: 'task-state-vocabulary',
    description: 'Every task state marker is one of the configured states (`[ ]`, `[P]`, `[x]`, `[D]` by default).',
    defaultSeverity: 'error',
    docs: 'docs/rules/task-state-vocabulary.md',
    options: options$b,
    check(ctx) {
        const states = ctx.project.config.vocabulary.taskStates;
        const known = [...states.open, ...states.partial, ...states.done].map((m) => `\`${m}\``);
        for (const plan of ctx.project.plans) {
            for (const task of plan.tasks) {
                if (task.state !== 'unknown')
                    continue;
                const marker = task.marker.trim();
                ctx.report({
                    file: plan.file,
                    range: task.markerRange,
                    message: `Task \`${task.id}\` has state ${marker === '' ? 'left empty' : `\`${marker}\``}, which is not a ` +
                        `known state (${known.join(', ')}); use one of them, or add the marker to ` +
                        'vocabulary.taskStates in .github/planguard.yml',
                    entity: `${plan.file}#task-${task.id}`
                });
            }
        }
    }
};

/** Rules about evidence and plans: artifacts, plan links, tasks, report folders, drift. */
const evidenceRules = [
    artifactExists,
    artifactInsideRepo,
    planLinkExists,
    taskIdUnique,
    taskStateVocabulary,
    reportFolderTimestamp,
    phaseOrder,
    ledgerPlanDrift
];

const DAY_MS = 86_400_000;
function dayOf(epochMs) {
    return Math.floor(epochMs / DAY_MS);
}
/**
 * Compares two dates at the coarser of their precisions: a date-only value covers its whole UTC
 * day, so `2025-10-17` is neither before nor after `2025-10-17T13:00Z`. Negative when a < b.
 */
function compareDates(a, b) {
    if (a.precision === 'day' || b.precision === 'day')
        return dayOf(a.epochMs) - dayOf(b.epochMs);
    return a.epochMs - b.epochMs;
}
/** True when `date` lies after `limitMs`, comparing a date-only value by its UTC day. */
function isAfterInstant(date, limitMs) {
    if (date.precision === 'day')
        return dayOf(date.epochMs) > dayOf(limitMs);
    if (date.precision === 'minute')
        return date.epochMs > Math.floor(limitMs / 60_000) * 60_000;
    return date.epochMs > Math.floor(limitMs / 1000) * 1000;
}
/** `2025-10-17` */
function formatDay(epochMs) {
    return new Date(dayOf(epochMs) * DAY_MS).toISOString().slice(0, 10);
}
/**
 * `epochMs` written the way `like` was written: the same precision, basic (`20251017T025000Z`)
 * or extended (`2025-10-17T02:50Z`) form, so a suggested replacement reads like the original.
 */
function formatLike(like, epochMs) {
    const iso = new Date(epochMs).toISOString(); // 2025-10-17T02:50:00.000Z
    const basic = /^\d{8}(?:T|$)/.test(like.raw);
    const day = basic ? iso.slice(0, 10).replace(/-/g, '') : iso.slice(0, 10);
    if (like.precision === 'day')
        return day;
    const hm = basic ? iso.slice(11, 16).replace(':', '') : iso.slice(11, 16);
    const sec = basic ? iso.slice(17, 19) : ':' + iso.slice(17, 19);
    const separator = like.raw.includes('T') ? 'T' : ' ';
    const zone = /Z$/.test(like.raw) ? 'Z' : /\sUTC$/i.test(like.raw) ? ' UTC' : '';
    return day + separator + hm + (like.precision === 'second' ? sec : '') + zone;
}
/**
 * The instant after which no-future-dates reports a date: "now" plus its configured slack. Rules
 * that leave future dates to no-future-dates use the same limit, so a date within the slack is
 * judged by them and nothing falls between the two.
 */
function futureLimitMs(now, ruleSettings) {
    const setting = ruleSettings['no-future-dates'];
    const options = typeof setting === 'object' && setting !== null
        ? setting.options
        : undefined;
    const slack = typeof options === 'object' && options !== null
        ? options.slackMinutes
        : undefined;
    const minutes = typeof slack === 'number' && Number.isFinite(slack) && slack > 0 ? slack : 0;
    return now.getTime() + minutes * 60_000;
}

/**
 * The scan of an entry's attempts against a "future" limit, read once per entry and limit. The
 * rules of a run share one limit (see futureLimitMs), so only the last one is kept per entry.
 */
function attemptScan(entry, limitMs) {
    const cached = scansByEntry.get(entry);
    if (cached !== undefined && Object.is(cached.limitMs, limitMs))
        return cached.scan;
    const scan = scanAttempts(entry, limitMs);
    scansByEntry.set(entry, { limitMs, scan });
    return scan;
}
const scansByEntry = new WeakMap();
/**
 * The numbered attempts of an entry, once per entry: read by attemptScan's pass (rules asking for
 * them ask for the scan first), else by a pass of their own, the same reading as the scan's.
 */
function numberedAttempts(entry) {
    let numbered = numberedByEntry.get(entry);
    if (numbered === undefined) {
        numbered = readNumbered(entry.attempts);
        numberedByEntry.set(entry, numbered);
    }
    return numbered;
}
function readNumbered(attempts) {
    const reader = new NumberedReader();
    for (let i = 0; i < attempts.length; i++)
        reader.read(attempts[i]);
    return reader.result();
}
/** Reads the numbered history attempts one attempt at a time, so the scan's pass can do it too. */
class NumberedReader {
    numbered = [];
    steps = { up: 0, down: 0 };
    forward = true;
    backward = true;
    aboveNumber = NaN;
    aboveLastNumber = NaN;
    read(attempt) {
        const { number } = attempt;
        if (number === undefined || !attempt.inHistory)
            return;
        const endNumber = attempt.numberEnd ?? number;
        if (this.numbered.length > 0) {
            if (number > this.aboveNumber)
                this.steps.up++;
            else if (number < this.aboveNumber)
                this.steps.down++;
            if (!(number > this.aboveLastNumber))
                this.forward = false;
            if (!(this.aboveNumber > endNumber))
                this.backward = false;
        }
        this.numbered.push(attempt);
        this.aboveNumber = number;
        this.aboveLastNumber = endNumber;
    }
    /** Shared by every rule that asks (numberedHistory may hand `numbered` on as it is): frozen. */
    result() {
        const { numbered, steps, forward, backward } = this;
        return { numbered: Object.freeze(numbered), steps, forward, backward };
    }
}
const numberedByEntry = new WeakMap();
const NONE = Object.freeze([]);
function scanAttempts(entry, limitMs) {
    const { attempts } = entry;
    const firstLine = entry.range.line;
    const lastLine = entry.range.endLine;
    // isAfterInstant's limit at each precision, worked out once.
    const limitDay = dayOf(limitMs);
    const minute = Math.floor(limitMs / 60_000) * 60_000;
    const second = Math.floor(limitMs / 1000) * 1000;
    let future;
    const dated = [];
    // inferOrderOf's counts, inline: this loop runs once per attempt of the corpus.
    const numbers = { up: 0, down: 0 };
    const dates = { up: 0, down: 0 };
    let datedNumber;
    let datesUp = true;
    let datesDown = true;
    let numberedDated = 0;
    let newest;
    let finite = true;
    let unusual = false;
    // The attempt above in `dated`: its time, and its UTC day when either is date-only.
    let aboveMs = NaN;
    let aboveIsDay = false;
    let newestMs = NaN;
    // The numbered attempts of the history too, in the same pass.
    const numbered = new NumberedReader();
    for (let i = 0; i < attempts.length; i++) {
        const attempt = attempts[i];
        const { inHistory, number } = attempt;
        numbered.read(attempt);
        if (!unusual) {
            const line = attemptLine(attempt);
            unusual =
                !inHistory || attempt.namedEntryId !== undefined || line < firstLine || line > lastLine;
        }
        const { date } = attempt;
        if (date === undefined)
            continue;
        const { precision, epochMs } = date;
        const isDay = precision === 'day';
        if (isDay ? dayOf(epochMs) > limitDay : epochMs > (precision === 'minute' ? minute : second)) {
            (future ??= []).push(attempt);
            continue;
        }
        if (!Number.isFinite(epochMs))
            finite = false;
        if (newest === undefined || epochMs > newestMs) {
            newest = attempt;
            newestMs = epochMs;
        }
        if (!inHistory)
            continue;
        if (dated.length > 0) {
            // compareDates(above, date); the other way round is exactly its negation (NaN stays NaN).
            const step = isDay || aboveIsDay ? dayOf(aboveMs) - dayOf(epochMs) : aboveMs - epochMs;
            if (!(step <= 0))
                datesUp = false;
            if (!(-step <= 0))
                datesDown = false;
            if (epochMs > aboveMs)
                dates.up++;
            else if (epochMs < aboveMs)
                dates.down++;
        }
        aboveMs = epochMs;
        aboveIsDay = isDay;
        if (number !== undefined) {
            numberedDated++;
            if (datedNumber !== undefined) {
                if (number > datedNumber)
                    numbers.up++;
                else if (number < datedNumber)
                    numbers.down++;
            }
            datedNumber = number;
        }
        dated.push(attempt);
    }
    if (!numberedByEntry.has(entry))
        numberedByEntry.set(entry, numbered.result());
    return {
        future: future ?? NONE,
        dated,
        datesUp,
        datesDown,
        numbers,
        dates,
        numberedDated,
        newest,
        finite,
        unusual
    };
}

/**
 * The best chain end among earlier items whose key is at most (or below) a bound, in O(log n):
 * a Fenwick tree of prefix maxima over the sorted distinct keys. "Best" is the longest chain,
 * then the earliest item, which is the tie-break of longestChain's quadratic scan, so a chain
 * built through this index is the one that scan builds. Items are indices; the chain length of
 * each is read from `lengths`, shared by every index over the same items (see keptByDate).
 */
class ChainIndex {
    lengths;
    keys;
    /** Per slot of the tree, the best item filed there; -1 for none. */
    item;
    /**
     * `keys`: every key that will be inserted (any order, repeats allowed, all finite).
     * `lengths`: the chain length ending at each item, set before the item is inserted.
     */
    constructor(keys, lengths) {
        this.lengths = lengths;
        this.keys = distinctSorted(keys);
        this.item = new Int32Array(this.keys.length + 1).fill(-1);
    }
    /** Records the chain ending at `item` (with `key`); its length is `lengths[item]`. */
    insert(key, item) {
        for (let slot = this.countBelow(key, false) + 1; slot < this.item.length; slot += slot & -slot) {
            if (better(this.lengths, item, this.item[slot]))
                this.item[slot] = item;
        }
    }
    /** The best recorded item whose key is `<= bound` (`< bound` when `strict`); -1 if none. */
    best(bound, strict) {
        let item = -1;
        for (let slot = this.countBelow(bound, !strict); slot > 0; slot -= slot & -slot) {
            const candidate = this.item[slot];
            if (better(this.lengths, candidate, item))
                item = candidate;
        }
        return item;
    }
    /** How many distinct keys are `< bound` (`<= bound` when `inclusive`). */
    countBelow(bound, inclusive) {
        let low = 0;
        let high = this.keys.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            const key = this.keys[middle];
            if (key < bound || (inclusive && key === bound))
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
/** The keys sorted ascending without repeats (0 and -0 are one key, as in a Set). */
function distinctSorted(keys) {
    const sorted = Float64Array.from(keys).sort();
    let count = 0;
    for (let i = 0; i < sorted.length; i++) {
        const key = sorted[i];
        if (count === 0 || key !== sorted[count - 1])
            sorted[count++] = key;
    }
    return sorted.subarray(0, count);
}
/** The better of two chain ends found in different indexes over the same items. */
function bestOf(lengths, a, b) {
    return better(lengths, b, a) ? b : a;
}
/** Longer wins; on equal length the earlier item (an empty slot, -1, never wins). */
function better(lengths, item, than) {
    if (item < 0)
        return false;
    if (than < 0)
        return true;
    const length = lengths[item];
    const thanLength = lengths[than];
    return length > thanLength || (length === thanLength && item < than);
}

/**
 * A line-independent name for an attempt within its entry, used in finding entities:
 * `attempt-4`, `attempt-176-183`, `attempt-2026-01-22T02:40Z` (with `~2`, `~3` for repeats of
 * the same date), or `attempt-at-7` (its position) when it has neither number nor date.
 */
function attemptKeys(entry) {
    // Five rules ask for the keys of every entry; a history may hold 100,000 attempts.
    let keys = keysByEntry.get(entry);
    if (keys === undefined) {
        keys = readAttemptKeys(entry);
        keysByEntry.set(entry, keys);
    }
    return keys;
}
const keysByEntry = new WeakMap();
function readAttemptKeys(entry) {
    const keys = new Map();
    const seen = new Map();
    entry.attempts.forEach((attempt, index) => {
        let base;
        if (attempt.number !== undefined) {
            base =
                attempt.numberEnd !== undefined && attempt.numberEnd !== attempt.number
                    ? `attempt-${attempt.number}-${attempt.numberEnd}`
                    : `attempt-${attempt.number}`;
        }
        else if (attempt.date)
            base = `attempt-${attempt.date.raw.trim().replace(/\s+/g, '_')}`;
        else
            base = `attempt-at-${index + 1}`;
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        keys.set(attempt, count > 1 ? `${base}~${count}` : base);
    });
    return keys;
}
/** How a person would point at the attempt: `Attempt #4`, `Attempts #176–#183`, `the attempt dated 2025-10-17`. */
function describeAttempt(attempt) {
    if (attempt.number !== undefined) {
        if (attempt.numberEnd !== undefined && attempt.numberEnd !== attempt.number)
            return `Attempts #${attempt.number}–#${attempt.numberEnd}`;
        return `Attempt #${attempt.number}`;
    }
    if (attempt.date)
        return `the attempt dated ${attempt.date.raw}`;
    return `the attempt at line ${attempt.headerRange.line}`;
}
/**
 * The attempt as the subject of a sentence about its date: `Attempt #4 of entry [X]`, or
 * `An attempt of entry [X]` when it has no number (the date follows in the sentence).
 */
function attemptSubject(attempt, entry) {
    const owner = entry.level === 0 ? '' : ` of entry [${entry.id}]`;
    if (attempt.number !== undefined)
        return `${describeAttemptStart(attempt)}${owner}`;
    return `An attempt${owner}`;
}
/** Same as describeAttempt, capitalised for the start of a sentence. */
function describeAttemptStart(attempt) {
    const text = describeAttempt(attempt);
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** inferOrder over the keys of the items that have one (no array of keys is built). */
function inferOrderOf(items, keyOf) {
    let up = 0;
    let down = 0;
    let previous;
    for (const item of items) {
        const current = keyOf(item);
        if (current === undefined)
            continue;
        if (previous !== undefined) {
            if (current > previous)
                up++;
            else if (current < previous)
                down++;
        }
        previous = current;
    }
    return down > up ? 'prepend' : 'append';
}
/**
 * Indices (into `items`) of a longest chain in which every item may follow the one before it.
 * Among chains of equal length it keeps earlier items, so of two attempts sharing a number the
 * later one is the one left out. Everything left out is what a person would call misplaced:
 * one misplaced item leaves out exactly one item, never the run that follows it.
 */
function longestChain(items, mayFollow) {
    const length = new Int32Array(items.length);
    const previous = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
        let best = 1;
        let from = -1;
        for (let j = 0; j < i; j++) {
            const candidate = length[j] + 1;
            if (candidate > best && mayFollow(items[j], items[i])) {
                best = candidate;
                from = j;
            }
        }
        length[i] = best;
        previous[i] = from;
    }
    const kept = new Set();
    const flags = chainEnding(length, previous);
    flags.forEach((flag, index) => {
        if (flag === 1)
            kept.add(index);
    });
    return kept;
}
/** Flags (1 = in the chain) of the chain through `previous` links ending at the first longest. */
function chainEnding(length, previous) {
    let end = -1;
    let longest = 0;
    for (let index = 0; index < length.length; index++) {
        if (length[index] > longest) {
            longest = length[index];
            end = index;
        }
    }
    const kept = new Uint8Array(length.length);
    for (let i = end; i >= 0; i = previous[i])
        kept[i] = 1;
    return kept;
}
/** Indices, ascending, whose flag is 0. */
function unflagged(kept) {
    const out = [];
    for (let index = 0; index < kept.length; index++)
        if (kept[index] === 0)
            out.push(index);
    return out;
}
/** Indices, ascending, of `count` items outside the set `kept`. */
function outside(kept, count) {
    const out = [];
    for (let index = 0; index < count; index++)
        if (!kept.has(index))
            out.push(index);
    return out;
}
const lastNumberOf = (attempt) => attempt.numberEnd ?? attempt.number;
/**
 * The numbered history of an entry under an order setting. Worked out once per entry and
 * setting: attempt-number-sequence reports it and attempt-date-order leaves its misplaced
 * attempts alone, over histories of up to 100,000 attempts. The model is read-only, so the
 * entry object identifies the result.
 */
function numberedHistory(entry, setting) {
    let byEntry = historiesBySetting.get(setting);
    if (byEntry === undefined) {
        byEntry = new WeakMap();
        historiesBySetting.set(setting, byEntry);
    }
    let history = byEntry.get(entry);
    if (history === undefined) {
        history = readNumberedHistory(entry, setting);
        byEntry.set(entry, history);
    }
    return history;
}
const historiesBySetting = new Map();
function readNumberedHistory(entry, setting) {
    const { numbered, steps, forward, backward } = numberedAttempts(entry);
    const direction = setting === 'auto' ? (steps.down > steps.up ? 'prepend' : 'append') : setting;
    const oldestFirst = direction === 'prepend' ? [...numbered].reverse() : numbered;
    // Read in time order, each starts after the one before ends: none is out of sequence.
    const increasing = direction === 'prepend' ? backward : forward;
    const leftOut = oldestFirst.length < 2 || increasing ? [] : leftOutByNumber(oldestFirst);
    return { direction, oldestFirst, leftOut };
}
/**
 * The numbered attempts that sit out of numeric sequence (or repeat a number) in their history:
 * those attempt-number-sequence reports. Other rules leave them alone, since their position is
 * the problem and judging their dates where they stand would report the same mistake twice.
 */
function misplacedByNumber(entry, setting) {
    const { oldestFirst, leftOut } = numberedHistory(entry, setting);
    if (leftOut.length === 0)
        return NO_ATTEMPTS;
    return new Set(leftOut.map((index) => oldestFirst[index]));
}
const NO_ATTEMPTS = new Set();
/** Flags over `count` items: 1 for kept, 0 for the ascending indices `leftOut`. */
function keptFlags(count, leftOut) {
    const kept = new Uint8Array(count).fill(1);
    for (const index of leftOut)
        kept[index] = 0;
    return kept;
}
/** For each index, the nearest kept index before and after it (-1 for none), one pass each way. */
function nearestKept(kept) {
    const before = new Int32Array(kept.length);
    const after = new Int32Array(kept.length);
    let last = -1;
    for (let index = 0; index < kept.length; index++) {
        before[index] = last;
        if (kept[index] === 1)
            last = index;
    }
    last = -1;
    for (let index = kept.length - 1; index >= 0; index--) {
        after[index] = last;
        if (kept[index] === 1)
            last = index;
    }
    return { before, after };
}
/**
 * longestChain in O(n log n): `best(i)` is the best chain end among items before `i` that item
 * `i` may follow (see ChainIndex), `record(i)` files item `i`, whose chain length is then set
 * in `lengths`, for the items after it. Returns the indices left out of the chain.
 */
function indexedChain(lengths, best, record) {
    const previous = new Int32Array(lengths.length);
    for (let i = 0; i < lengths.length; i++) {
        const before = best(i);
        lengths[i] = before < 0 ? 1 : lengths[before] + 1;
        previous[i] = before;
        record(i);
    }
    return unflagged(chainEnding(lengths, previous));
}
/**
 * Indices, ascending, of the oldest-first attempts outside the longest run whose numbers (and
 * ranges) increase: the complement of longestChain's choice.
 */
function leftOutByNumber(oldestFirst) {
    const count = oldestFirst.length;
    // Every attempt may follow the one before it: the whole history is the one longest chain.
    let increasing = true;
    for (let i = 1; i < count && increasing; i++) {
        increasing =
            oldestFirst[i].number > lastNumberOf(oldestFirst[i - 1]);
    }
    if (increasing)
        return [];
    const first = new Float64Array(count);
    const last = new Float64Array(count);
    let finite = true;
    for (let i = 0; i < count; i++) {
        const attempt = oldestFirst[i];
        first[i] = attempt.number;
        last[i] = lastNumberOf(attempt);
        if (!Number.isFinite(first[i]) || !Number.isFinite(last[i]))
            finite = false;
    }
    // Histories run to thousands of attempts: the quadratic scan only for keys it cannot index.
    if (!finite) {
        const kept = longestChain(oldestFirst, (earlier, later) => later.number > lastNumberOf(earlier));
        return outside(kept, count);
    }
    const lengths = new Int32Array(count);
    const index = new ChainIndex(last, lengths);
    return indexedChain(lengths, (i) => index.best(first[i], true), (i) => index.insert(last[i], i));
}
/**
 * Indices, ascending, of the oldest-first dates outside the longest run that never goes
 * backwards (compareDates <= 0). A date-only value compares by its day with anything, two
 * instants by their time, so three indexes answer "best earlier chain": every item by day,
 * date-only items by day, instants by time.
 */
function leftOutByDate(oldestFirst) {
    const count = oldestFirst.length;
    let ordered = true;
    let finite = true;
    for (let i = 0; i < count; i++) {
        const date = oldestFirst[i].date;
        if (!Number.isFinite(date.epochMs))
            finite = false;
        if (i > 0 && !(compareDates(oldestFirst[i - 1].date, date) <= 0))
            ordered = false;
    }
    // No date goes backwards: the whole history is the one longest chain.
    if (ordered)
        return [];
    if (!finite) {
        const kept = longestChain(oldestFirst, (a, b) => compareDates(a.date, b.date) <= 0);
        return outside(kept, count);
    }
    const days = new Float64Array(count);
    const isDay = new Uint8Array(count);
    const dayOnlyKeys = [];
    const instantKeys = [];
    for (let i = 0; i < count; i++) {
        const date = oldestFirst[i].date;
        days[i] = dayOf(date.epochMs);
        if (date.precision === 'day') {
            isDay[i] = 1;
            dayOnlyKeys.push(days[i]);
        }
        else
            instantKeys.push(date.epochMs);
    }
    const epochOf = (i) => oldestFirst[i].date.epochMs;
    const lengths = new Int32Array(count);
    const byDay = new ChainIndex(days, lengths);
    const dayOnly = new ChainIndex(dayOnlyKeys, lengths);
    const instants = new ChainIndex(instantKeys, lengths);
    return indexedChain(lengths, (i) => {
        const day = days[i];
        if (isDay[i] === 1)
            return byDay.best(day, false);
        return bestOf(lengths, dayOnly.best(day, false), instants.best(epochOf(i), false));
    }, (i) => {
        byDay.insert(days[i], i);
        if (isDay[i] === 1)
            dayOnly.insert(days[i], i);
        else
            instants.insert(epochOf(i), i);
    });
}

const options$a = ruleOptions((z) => z
    .object({
    /** History order; default `dialect.attemptOrder`. `auto` follows the attempt numbers, else the dates. */
    order: z.enum(['append', 'prepend', 'auto']).optional(),
    /** More out-of-order dates than this in one entry are reported as one finding. */
    maxPerEntry: z.number().int().min(1).default(5)
})
    .strict()
    .default({ maxPerEntry: 5 }), { maxPerEntry: 5 });
/**
 * Dates never go backwards along the history. The attempts outside the longest run of
 * non-decreasing dates are reported, so a single mistyped date gives one finding (on the mistyped
 * attempt, not on its innocent neighbour). Attempts dated in the future are left to
 * `no-future-dates`, and attempts out of numeric sequence to `attempt-number-sequence`: each
 * mistake is reported once, by the rule that names its cause.
 */
const attemptDateOrder = {
    id: 'attempt-date-order',
    description: 'Attempt dates within an entry never go backwards in the history order.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/attempt-date-order.md',
    options: options$a,
    check({ project, options: { order, maxPerEntry }, report }) {
        const setting = order ?? project.config.dialect.attemptOrder;
        const limitMs = futureLimitMs(project.now, project.config.rules);
        for (const ledger of project.ledgers) {
            for (const entry of ledger.entries) {
                const scan = attemptScan(entry, limitMs);
                // Leaving attempts out never makes two of them: fewer than two dates cannot disagree.
                if (scan.dated.length < 2)
                    continue;
                const misplaced = misplacedByNumber(entry, setting);
                // The common case, dates in history order, is told by the scan.
                if (misplaced.size === 0 && inOrder(scan, resolveScanOrder(setting, scan)))
                    continue;
                const dated = scan.dated.filter((a) => !misplaced.has(a));
                if (dated.length < 2)
                    continue;
                const direction = resolveOrder(setting, dated);
                // `dated` is a fresh array: put it in time order where it is.
                const oldestFirst = direction === 'prepend' ? dated.reverse() : dated;
                const found = outOfOrder(ledger, entry, oldestFirst, direction);
                if (found.length <= maxPerEntry)
                    found.forEach(report);
                else
                    report(summary(entry, found, direction));
            }
        }
    }
};
/** resolveOrder of all the scan's dated attempts, from the counts the scan kept. */
function resolveScanOrder(setting, scan) {
    if (setting !== 'auto')
        return setting;
    const { numberedDated, dated } = scan;
    const steps = numberedDated * 2 >= dated.length && numberedDated >= 2 ? scan.numbers : scan.dates;
    return steps.down > steps.up ? 'prepend' : 'append';
}
/** Whether no date of the scan's dated attempts goes backwards in the history order. */
function inOrder(scan, direction) {
    return direction === 'append' ? scan.datesUp : scan.datesDown;
}
/** Which way the history runs: numbers decide when most attempts have them, otherwise dates do. */
function resolveOrder(setting, dated) {
    if (setting !== 'auto')
        return setting;
    let numbers = 0;
    for (const attempt of dated)
        if (attempt.number !== undefined)
            numbers++;
    if (numbers * 2 >= dated.length && numbers >= 2)
        return inferOrderOf(dated, (a) => a.number);
    return inferOrderOf(dated, (attempt) => attempt.date.epochMs);
}
/** A finding for every attempt outside the longest run of non-decreasing dates. */
function outOfOrder(ledger, entry, oldestFirst, direction) {
    const leftOut = leftOutByDate(oldestFirst);
    if (leftOut.length === 0)
        return [];
    const keys = attemptKeys(entry);
    const [upwards, downwards] = direction === 'append' ? ['above', 'below'] : ['below', 'above'];
    const history = direction === 'append' ? 'oldest first' : 'newest first';
    const found = [];
    const { before: keptBefore, after: keptAfter } = nearestKept(keptFlags(oldestFirst.length, leftOut));
    for (const index of leftOut) {
        const attempt = oldestFirst[index];
        // The nearest kept attempts on either side: the reported one cannot fit between them, or
        // the chain would have kept it, so it is dated before the one or after the other.
        const previous = oldestFirst[keptBefore[index]];
        const next = oldestFirst[keptAfter[index]];
        let conflict = 'breaks the order of the dates around it';
        if (previous && compareDates(attempt.date, previous.date) < 0) {
            conflict = `is dated before ${neighbour(previous, upwards)}`;
        }
        else if (next && compareDates(attempt.date, next.date) > 0) {
            conflict = `is dated after ${neighbour(next, downwards)}`;
        }
        found.push({
            file: ledger.file,
            range: attempt.date.range,
            entryId: entry.id,
            entity: `${entry.id}#${keys.get(attempt) ?? 'attempt'}#date-order`,
            message: `${attemptSubject(attempt, entry)} (${attempt.date.raw}) ${conflict}, but this history ` +
                `runs ${history}. Correct the date or move the attempt to its place.`
        });
    }
    return found;
}
/** `Attempt #3 above it (2025-10-17 at line 12)` / `the attempt above it (…)`. */
function neighbour(attempt, side) {
    const name = attempt.number !== undefined ? describeAttempt(attempt) : 'the attempt';
    return `${name} ${side} it (${attempt.date.raw} at line ${attempt.headerRange.line})`;
}
/** One finding for an entry whose dates are out of order in many places. */
function summary(entry, found, direction) {
    const first = found[0];
    const examples = found
        .slice(0, 3)
        .map((f) => `line ${f.range.line}`)
        .join(', ');
    const history = direction === 'append' ? 'oldest first' : 'newest first';
    return {
        file: first.file,
        range: first.range,
        entryId: entry.id,
        entity: `${entry.id}#attempt-dates`,
        message: `${found.length} attempts of entry [${entry.id}] are dated out of order (${examples}, …), ` +
            `but this history runs ${history}. Check the dates of the history in one pass, or set the ` +
            `rule's \`order\` if the history runs the other way.`
    };
}

/** Characters agents write in place of an ASCII hyphen inside entry ids. */
const HYPHEN_LOOKALIKES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** An entry id in the form used to compare ids: look-alike hyphens folded, spaces trimmed. */
function normaliseEntryId(id) {
    return id.replace(HYPHEN_LOOKALIKES, '-').replace(/\s+/g, '').toUpperCase();
}

const options$9 = ruleOptions((z) => z.object({}).strict().default({}), {});
/**
 * Attempts belong in their entry's Attempts History: a dated attempt written under another field
 * is easy to miss, and an attempt heading naming another entry was filed under the wrong one.
 * Only ids of entries that exist in the ledger count, so headings naming a task (`seed S3`) or a
 * phase of the entry itself (`ID.F1`) are not reported. A run of misfiled attempts in a row (a
 * block pasted under the wrong field) is one finding.
 */
const attemptMisfiled = {
    id: 'attempt-misfiled',
    description: "An attempt sits outside its entry's Attempts History or under another entry.",
    defaultSeverity: 'warning',
    docs: 'docs/rules/attempt-misfiled.md',
    options: options$9,
    check({ project, report }) {
        // The scan the date rules share (any limit would do: only `unusual` is read).
        const limitMs = futureLimitMs(project.now, project.config.rules);
        for (const ledger of project.ledgers) {
            const entryLines = new Map();
            for (const entry of ledger.entries) {
                const id = normaliseEntryId(entry.id);
                if (!entryLines.has(id))
                    entryLines.set(id, entry.headingRange.line);
            }
            for (const entry of ledger.entries) {
                // Attempts all in the history, naming no entry and inside the entry: nothing to report.
                if (!attemptScan(entry, limitMs).unusual)
                    continue;
                checkEntry$1(ledger, entry, entryLines, report);
                checkPlacement(ledger, entry, report);
            }
        }
    }
};
function checkEntry$1(ledger, entry, entryLines, report) {
    let run = [];
    const flush = () => {
        if (run.length === 0)
            return;
        reportOutsideHistory(ledger, entry, run, attemptKeys(entry), report);
        run = [];
    };
    for (const attempt of entry.attempts) {
        const named = attempt.namedEntryId ? normaliseEntryId(attempt.namedEntryId) : undefined;
        const namedLine = named !== undefined ? entryLines.get(named) : undefined;
        if (named !== undefined && namedLine !== undefined && named !== normaliseEntryId(entry.id)) {
            flush();
            report(filedUnderAnotherEntry(ledger.file, attempt, entry, attemptKeys(entry).get(attempt), {
                named: { id: attempt.namedEntryId ?? named, line: namedLine },
                host: { id: entry.id, line: entry.headingRange.line }
            }));
            continue;
        }
        if (attempt.inHistory)
            flush();
        else if (attempt.date && within(attempt, entry))
            run.push(attempt);
    }
    flush();
}
const within = (attempt, entry) => attempt.headerRange.line >= entry.range.line && attempt.headerRange.line <= entry.range.endLine;
/**
 * An attempt heading naming an entry is attributed to that entry by the parser, wherever it was
 * written; one written inside another entry's section was filed under the wrong entry.
 */
function checkPlacement(ledger, entry, report) {
    for (const attempt of entry.attempts) {
        if (within(attempt, entry))
            continue;
        const line = attempt.headerRange.line;
        // The entry whose section the heading was written in: the last one starting above it.
        const host = ledger.entries
            .filter((other) => other.headingRange.line <= line)
            .reduce((best, other) => (!best || other.headingRange.line > best.headingRange.line ? other : best), undefined);
        if (!host || host === entry)
            continue;
        report(filedUnderAnotherEntry(ledger.file, attempt, entry, attemptKeys(entry).get(attempt), {
            named: { id: entry.id, line: entry.headingRange.line },
            host: { id: host.id, line: host.headingRange.line }
        }));
    }
}
/** An attempt that names one entry (`named`) but was written in another entry's section (`host`). */
function filedUnderAnotherEntry(file, attempt, owner, key, where) {
    const { named, host } = where;
    return {
        file,
        range: attempt.headerRange,
        entryId: owner.id,
        entity: `${owner.id}#${key ?? 'attempt'}#misfiled-entry`,
        message: `${describeAttemptStart(attempt)} names entry [${named.id}] but is filed under ` +
            `[${host.id}] (line ${host.line}). Move it to the Attempts History of ` +
            `[${named.id}] (line ${named.line}).`
    };
}
function reportOutsideHistory(ledger, entry, run, keys, report) {
    const first = run[0];
    const last = run[run.length - 1];
    const history = entry.fields.find((field) => field.key === 'attempts');
    const target = history
        ? `the Attempts History at line ${history.range.line}`
        : 'a `- Attempts History:` field (the entry has none yet)';
    const container = entry.fields.find((field) => field.key !== 'attempts' &&
        field.range.line <= first.headerRange.line &&
        field.range.endLine >= first.headerRange.line);
    const where = container ? ` (under ${container.name}, line ${container.range.line})` : '';
    const subject = run.length === 1
        ? `${describeAttemptStart(first)} of entry [${entry.id}] sits`
        : `${run.length} attempts of entry [${entry.id}], from ${describeAttempt(first)} at line ` +
            `${first.headerRange.line} to ${describeAttempt(last)} at line ${last.headerRange.line}, sit`;
    report({
        file: ledger.file,
        range: first.headerRange,
        entryId: entry.id,
        entity: `${entry.id}#${keys.get(first) ?? 'attempt'}#misfiled`,
        message: `${subject} outside the entry's Attempts History${where}, where readers and tools do not ` +
            `look for ${run.length === 1 ? 'it' : 'them'}. Move ${run.length === 1 ? 'it' : 'them'} into ` +
            `${target}, or into the history of the entry ${run.length === 1 ? 'it belongs' : 'they belong'} to.`
    });
}

/**
 * A source line of a file rules build suggestions from. Suggestions replace whole lines, so a
 * rule needs the text around the value it corrects; the model keeps only the values. The lines
 * are those every rule shares (documentLine); a file that cannot be read has none.
 */
function lineText(project, file, line) {
    // One line is cut out of the document, which is not split into all of its lines.
    try {
        return documentLine(project.fs, file, line);
    }
    catch {
        return undefined;
    }
}
/** The range of a whole line, from its first column to the column after its last character. */
function wholeLine(line, text) {
    return { line, column: 1, endLine: line, endColumn: text.length + 1 };
}
/**
 * A suggestion replacing the text at `range` (which must sit on one line) with `replacement`.
 * Undefined when the file cannot be read or the text there is not `expected`, so a stale model
 * never produces a wrong edit.
 */
function replaceOnLine(project, file, range, expected, replacement) {
    if (range.line !== range.endLine)
        return undefined;
    const text = lineText(project, file, range.line);
    if (text === undefined)
        return undefined;
    const start = range.column - 1;
    const end = range.endColumn - 1;
    if (text.slice(start, end) !== expected) {
        // The range may cover more than the value (e.g. markup around it): replace its first occurrence.
        const at = text.indexOf(expected, start);
        if (at < 0 || at >= Math.max(end, start + expected.length))
            return undefined;
        return lineSuggestion(range.line, text, text.slice(0, at) + replacement + text.slice(at + expected.length));
    }
    return lineSuggestion(range.line, text, text.slice(0, start) + replacement + text.slice(end));
}
function lineSuggestion(line, original, replaced) {
    return { range: wholeLine(line, original), replacement: replaced };
}

/** A suggestion rewriting `Attempt #<old>` on the attempt's header line as `#<next>`. */
function renumberSuggestion(project, file, attempt, next) {
    if (attempt.number === undefined)
        return undefined;
    const range = attempt.numberRange ?? attempt.headerRange;
    const text = lineText(project, file, range.line);
    if (text === undefined)
        return undefined;
    const pattern = new RegExp(`#\\s*${attempt.number}(?!\\d)`);
    const from = range.line === attempt.numberRange?.line ? Math.max(0, range.column - 2) : 0;
    const match = pattern.exec(text.slice(from));
    if (!match)
        return undefined;
    const at = from + match.index;
    const replaced = text.slice(0, at) + `#${next}` + text.slice(at + match[0].length);
    return { range: wholeLine(range.line, text), replacement: replaced };
}

const options$8 = ruleOptions((z) => z
    .object({
    /** `append`: oldest first; `prepend`: newest first; `auto`: the majority of adjacent pairs. Default: `dialect.attemptOrder`. */
    order: z.enum(['append', 'prepend', 'auto']).optional(),
    /** When false, a skipped number (#3 then #5) is reported too. */
    allowGaps: z.boolean().default(true),
    /**
     * More misplaced attempts than this in one entry are reported as one finding: such a history
     * needs renumbering in one pass, and a finding per attempt would bury everything else.
     */
    maxPerEntry: z.number().int().min(1).default(5)
})
    .strict()
    .default({ allowGaps: true, maxPerEntry: 5 }), { allowGaps: true, maxPerEntry: 5 });
const lastNumber = (attempt) => attempt.numberEnd ?? attempt.number;
const overlaps = (a, b) => a.number <= lastNumber(b) && b.number <= lastNumber(a);
function orderPhrase(order) {
    return order === 'append'
        ? 'attempt numbers must increase down the history (oldest first)'
        : 'attempt numbers must decrease down the history (newest first)';
}
const at = (attempt) => `${describeAttempt(attempt)} at line ${attempt.headerRange.line}`;
/**
 * Attempt numbers within an entry are unique and run in one direction. The attempts outside the
 * longest well-ordered run are the ones reported, so one misplaced attempt gives one finding.
 */
const attemptNumberSequence = {
    id: 'attempt-number-sequence',
    description: 'Attempt numbers within an entry are unique and increase in the history order.',
    defaultSeverity: 'error',
    docs: 'docs/rules/attempt-number-sequence.md',
    options: options$8,
    check({ project, options: { order, allowGaps, maxPerEntry }, report }) {
        const setting = order ?? project.config.dialect.attemptOrder;
        for (const ledger of project.ledgers) {
            for (const entry of ledger.entries) {
                const history = numberedHistory(entry, setting);
                if (history.oldestFirst.length < 2)
                    continue;
                // A history in sequence has nothing to report, unless gaps are: skip the bookkeeping.
                if (history.leftOut.length === 0 && allowGaps)
                    continue;
                const found = [];
                checkEntry({
                    project,
                    ledger,
                    entry,
                    history,
                    allowGaps,
                    report: (f) => found.push(f)
                });
                reportCapped(entry, found, maxPerEntry, history.direction, report);
            }
        }
    }
};
function checkEntry({ project, ledger, entry, history, allowGaps, report }) {
    const { oldestFirst, leftOut, direction } = history;
    const kept = keptFlags(oldestFirst.length, leftOut);
    const { before: keptBefore, after: keptAfter } = nearestKept(kept);
    const keptAttempts = oldestFirst.filter((_, index) => kept[index] === 1);
    const twinOf = twinFinder(keptAttempts);
    const keys = leftOut.length > 0 ? attemptKeys(entry) : undefined;
    for (const index of leftOut) {
        const attempt = oldestFirst[index];
        const key = keys?.get(attempt) ?? `attempt-${attempt.number}`;
        const before = oldestFirst[keptBefore[index]];
        const after = oldestFirst[keptAfter[index]];
        const twin = twinOf(attempt);
        const base = {
            file: ledger.file,
            range: attempt.numberRange ?? attempt.headerRange,
            entryId: entry.id
        };
        if (twin) {
            const free = freeNumber(attempt, before, after);
            const suggestion = free === undefined ? undefined : renumberSuggestion(project, ledger.file, attempt, free);
            const verb = lastNumber(twin) !== twin.number ? 'falls inside' : 'repeats the number of';
            report({
                ...base,
                entity: `${entry.id}#${key}#duplicate`,
                message: `${describeAttemptStart(attempt)} of entry [${entry.id}] ${verb} ${at(twin)}. ` +
                    (free !== undefined
                        ? `Renumber it to #${free}.`
                        : `Give it an unused number (and renumber the attempts after it if needed).`),
                ...(suggestion ? { suggestion } : {})
            });
            continue;
        }
        const [above, below] = direction === 'append' ? [before, after] : [after, before];
        const between = [above ? `after ${at(above)}` : '', below ? `before ${at(below)}` : '']
            .filter(Boolean)
            .join(' and ');
        report({
            ...base,
            entity: `${entry.id}#${key}#order`,
            message: `${describeAttemptStart(attempt)} of entry [${entry.id}] is out of sequence: it sits ${between}, ` +
                `but ${orderPhrase(direction)}. Move it to its place in the history or correct its number.`
        });
    }
    if (!allowGaps)
        reportGaps(ledger, entry, keptAttempts, report);
}
/**
 * The first kept attempt (oldest first) whose numbers overlap a given attempt's. The kept
 * attempts increase: each starts after the one before ends. When each also ends at or after its
 * start, their ends increase too and a binary search finds the candidate; else a plain scan.
 */
function twinFinder(kept) {
    const sane = kept.every((attempt) => attempt.number <= lastNumber(attempt));
    if (!sane)
        return (attempt) => kept.find((other) => overlaps(other, attempt));
    return (attempt) => {
        // The first kept attempt ending at or after this one's start; later ones start even later.
        let low = 0;
        let high = kept.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (lastNumber(kept[middle]) < attempt.number)
                low = middle + 1;
            else
                high = middle;
        }
        const candidate = kept[low];
        return candidate !== undefined && overlaps(candidate, attempt) ? candidate : undefined;
    };
}
/** The findings of one entry, or one summary finding when there are more than `max`. */
function reportCapped(entry, found, max, direction, report) {
    const misplaced = found.filter((f) => !f.entity.includes('#attempt-gap-'));
    if (misplaced.length <= max) {
        found.forEach(report);
        return;
    }
    const first = misplaced[0];
    const examples = misplaced
        .slice(0, 3)
        .map((f) => `line ${f.range.line}`)
        .join(', ');
    const other = direction === 'append' ? 'prepend' : 'append';
    report({
        file: first.file,
        range: first.range,
        entryId: entry.id,
        entity: `${entry.id}#attempt-sequence`,
        message: `${misplaced.length} attempts of entry [${entry.id}] are out of sequence or repeat a number ` +
            `(${examples}, …); ${orderPhrase(direction)}. Renumber the history in one pass, or set the ` +
            `rule's \`order\` to \`${other}\` if that is how this history runs.`
    });
    found.filter((f) => f.entity.includes('#attempt-gap-')).forEach(report);
}
/** The number a duplicate can take without disturbing its neighbours, when there is one. */
function freeNumber(attempt, before, after) {
    if (lastNumber(attempt) !== attempt.number)
        return undefined;
    const candidate = before ? lastNumber(before) + 1 : 1;
    if (after && candidate >= after.number)
        return undefined;
    return candidate;
}
function reportGaps(ledger, entry, oldestFirst, report) {
    for (let i = 1; i < oldestFirst.length; i++) {
        const previous = oldestFirst[i - 1];
        const current = oldestFirst[i];
        const expected = lastNumber(previous) + 1;
        if (current.number <= expected)
            continue;
        const missing = current.number - 1 === expected
            ? `#${expected} is`
            : `#${expected}–#${current.number - 1} are`;
        report({
            file: ledger.file,
            range: current.numberRange ?? current.headerRange,
            entryId: entry.id,
            entity: `${entry.id}#attempt-gap-${expected}`,
            message: `Attempt numbers of entry [${entry.id}] jump from #${lastNumber(previous)} (line ` +
                `${previous.headerRange.line}) to #${current.number}; ${missing} missing. Renumber the ` +
                `attempts, or record the missing ones.`
        });
    }
}

const options$7 = ruleOptions((z) => z.object({}).strict().default({}), {});
/**
 * Every `## [ID]` entry is defined once per ledger. `### [ID] Update` sub-headings folded into an
 * entry are not separate entries (the parser folds them), and ids written with look-alike hyphens
 * (`CLI‑FLAGS‑003`) count as the same id.
 */
const entryIdUnique = {
    id: 'entry-id-unique',
    description: 'Each ledger entry id appears once per ledger.',
    defaultSeverity: 'error',
    docs: 'docs/rules/entry-id-unique.md',
    options: options$7,
    check({ project, report }) {
        for (const ledger of project.ledgers) {
            const firstById = new Map();
            const occurrences = new Map();
            for (const entry of ledger.entries) {
                if (entry.level === 0)
                    continue;
                const id = normaliseEntryId(entry.id);
                const count = (occurrences.get(id) ?? 0) + 1;
                occurrences.set(id, count);
                const first = firstById.get(id);
                if (!first) {
                    firstById.set(id, entry);
                    continue;
                }
                const spelling = entry.rawId !== first.rawId
                    ? ` (written \`${entry.rawId}\` here, \`${first.rawId}\` there)`
                    : '';
                report({
                    file: ledger.file,
                    range: entry.headingRange,
                    entryId: first.id,
                    entity: `${first.id}#duplicate-${count}`,
                    message: `Entry [${first.id}] is defined again here; its first definition is at line ` +
                        `${first.headingRange.line}${spelling}. Merge this entry's fields and attempts into the ` +
                        `first one, or give it a new id if it is a different initiative.`
                });
            }
        }
    }
};

/** How each canonical field key is usually written in a ledger, for messages. */
const FIELD_NAMES = {
    status: 'Status',
    priority: 'Priority',
    plan: 'Working Plan',
    attempts: 'Attempts History',
    'exit-criteria': 'Exit Criteria',
    owner: 'Owner/Date',
    'depends-on': 'Depends on',
    'reports-hub': 'Reports Hub',
    reproduction: 'Reproduction',
    spec: 'Spec/AT'
};
function fieldDisplayName(key) {
    const known = FIELD_NAMES[key];
    if (known)
        return known;
    const words = key.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
}

const options$6 = ruleOptions((z) => z
    .object({
    /** Canonical field keys every `## [ID]` entry must have. */
    fields: z.array(z.string()).default(['status', 'priority']),
    /**
     * Keys a single-focus ledger (one initiative per document, `## Status` sections) must have:
     * that variant has no per-entry Priority.
     */
    singleFocusFields: z.array(z.string()).default(['status'])
})
    .strict()
    .default({ fields: ['status', 'priority'], singleFocusFields: ['status'] }), { fields: ['status', 'priority'], singleFocusFields: ['status'] });
/** A field counts as present when it is written, and as empty when it has nothing after it. */
function findField(entry, key) {
    const field = entry.fields.find((candidate) => candidate.key === key);
    if (field)
        return { present: true, field };
    if (key === 'status' && entry.status)
        return { present: true };
    if (key === 'priority' && entry.priority)
        return { present: true };
    if (key === 'attempts' && entry.attempts.some((attempt) => attempt.inHistory))
        return { present: true };
    if (key === 'exit-criteria' && entry.exitCriteria)
        return { present: true };
    if (key === 'plan' && entry.plans.length > 0)
        return { present: true };
    return { present: false };
}
/** Status and Priority may be read from elsewhere than the inline value (a `## Status` section). */
function modelHasValue(entry, key) {
    const value = key === 'status' ? entry.status : key === 'priority' ? entry.priority : undefined;
    return (value?.value.trim() ?? '') !== '';
}
function isEmpty(field) {
    return (field.value.trim() === '' &&
        field.items.length === 0 &&
        field.range.endLine === field.range.line);
}
const entryRequiredFields = {
    id: 'entry-required-fields',
    description: 'Each ledger entry has the configured fields (by default Status and Priority).',
    defaultSeverity: 'warning',
    docs: 'docs/rules/entry-required-fields.md',
    options: options$6,
    check({ project, options: { fields, singleFocusFields }, report }) {
        for (const ledger of project.ledgers) {
            for (const entry of ledger.entries) {
                const required = entry.level === 0 ? singleFocusFields : fields;
                for (const key of required) {
                    const { present, field } = findField(entry, key);
                    if (!present) {
                        const name = fieldDisplayName(key);
                        const where = entry.level === 0
                            ? `This document has no ${name}; add a \`## ${name}\` section`
                            : `Entry [${entry.id}] has no ${name} field; add a \`- ${name}: …\` line below its heading`;
                        report({
                            file: ledger.file,
                            range: entry.headingRange,
                            entryId: entry.id,
                            entity: `${entry.id}#field-${key}`,
                            message: `${where} (required by entry-required-fields).`
                        });
                    }
                    else if (field && isEmpty(field) && !modelHasValue(entry, key)) {
                        report({
                            file: ledger.file,
                            range: field.range,
                            entryId: entry.id,
                            entity: `${entry.id}#field-${key}`,
                            message: `The ${field.name} field of entry [${entry.id}] is empty; write its value after the colon.`
                        });
                    }
                }
            }
        }
    }
};

/**
 * The first word of a field value with its decoration removed: `**Done** — all 23 passed` → `Done`,
 * `` `in_progress` (P3.0c …) `` → `in_progress`. Leading marks such as `✅` are skipped.
 */
function firstToken(text) {
    const words = text.replace(/[*`_~]{2,}|[*`]/g, ' ').split(/[\s,;:()[\]]+/);
    // Only the first word left non-empty is wanted: the others are not cleaned.
    for (const word of words) {
        const bare = isAscii(word)
            ? word.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9_-]+$/g, '')
            : word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}_-]+$/gu, '');
        if (bare.length > 0)
            return bare;
    }
    return '';
}
/** The length of the character (code point) at `at`: 2 for a surrogate pair, else 1. */
function charLengthAt(text, at) {
    return text.codePointAt(at) > 0xffff ? 2 : 1;
}
/** Folds the spellings of one vocabulary word together: `In-Progress` ≈ `in_progress`. */
function foldWord(word) {
    return word.toLowerCase().replace(/[\s-]+/g, '_');
}
/** Edit distance counting a swap of two adjacent letters as one edit (`Hihg` → `High`). */
function editDistance(a, b) {
    if (a === b)
        return 0;
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            if (i === 0) {
                row.push(j);
                continue;
            }
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const above = rows[i - 1];
            let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, (rows[i - 2][j - 2] ?? 0) + 1);
            }
            row.push(best);
        }
        rows.push(row);
    }
    return rows[a.length][b.length] ?? Math.max(a.length, b.length);
}
/**
 * The allowed value closest to `word`, when it is close enough that "did you mean" helps:
 * same word spelled differently, a prefix (`in` of `in progress`), or a few typos.
 */
function closestValue(word, allowed) {
    const folded = foldWord(word);
    if (!folded)
        return undefined;
    let best;
    for (const value of allowed) {
        const candidate = foldWord(value);
        if (candidate === folded)
            return { value, sameWord: true };
        const distance = editDistance(folded, candidate);
        if (!best || distance < best.distance)
            best = { value, distance };
    }
    if (!best)
        return undefined;
    const tolerance = Math.max(1, Math.floor(foldWord(best.value).length / 3));
    return best.distance <= tolerance ? { value: best.value, sameWord: false } : undefined;
}
/** `a, b or c` for messages. */
function listWords(values, max = 8) {
    const shown = values.slice(0, max).map((value) => `\`${value}\``);
    if (values.length > max)
        shown.push(`… (${values.length - max} more)`);
    return shown.join(', ');
}

/** The cell under the first header whose name contains `name` (case-insensitive). */
function cellFor(table, row, name) {
    const direct = Object.entries(row.cells).find(([header]) => header.trim().toLowerCase() === name);
    if (direct)
        return direct[1];
    const loose = Object.entries(row.cells).find(([header]) => header.toLowerCase().includes(name));
    if (loose)
        return loose[1];
    const header = table.headers.find((candidate) => candidate.toLowerCase().includes(name));
    return header ? row.cells[header] : undefined;
}
/** The first word of an entry's status or priority as the entry writes it. */
function entryWord(value) {
    if (!value)
        return undefined;
    const fromValue = firstToken(value.value);
    const fromRaw = firstToken(value.raw);
    if (fromRaw && fromRaw.toLowerCase() === fromValue.toLowerCase())
        return fromRaw;
    return fromValue || undefined;
}
/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingAnchor(text) {
    const lower = text.trim().toLowerCase();
    const kept = isAscii(lower)
        ? lower.replace(/[^A-Za-z0-9\s_-]/g, '')
        : lower.replace(/[^\p{L}\p{N}\s_-]/gu, '');
    return kept.replace(/\s/g, '-');
}
/** Splits a `| a | b |` line into its cell texts (trimmed, `\|` kept as written). */
function splitRow(line) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('|'))
        return undefined;
    const body = trimmed.replace(/^\|/, '').replace(/\|$/, '');
    return body.split(/(?<!\\)\|/).map((cell) => cell.trim());
}
function joinRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/**
 * A new index line for `entry`, written like `sample` (the last row as written): a list line
 * `- [ID] Title — Priority: High, Status: pending`, or a table row.
 */
function newIndexLine(table, entry, sample) {
    const list = sample === undefined ? undefined : /^\s*([-*+])\s+\[/.exec(sample);
    if (list) {
        const facts = [
            entryWord(entry.priority) ? `Priority: ${entryWord(entry.priority)}` : '',
            entryWord(entry.status) ? `Status: ${entryWord(entry.status)}` : ''
        ].filter(Boolean);
        const tail = facts.length > 0 ? ` — ${facts.join(', ')}` : '';
        return `${list[1]} [${entry.id}] ${entry.title}${tail}`;
    }
    const sampleIdCell = sample === undefined ? undefined : splitRow(sample)?.[0];
    return newRow(table, entry, sampleIdCell);
}
/** A new index row for `entry`, its id cell written like `sampleIdCell` (linked or bare). */
function newRow(table, entry, sampleIdCell) {
    const linked = sampleIdCell !== undefined && /^\[[^\]]+\]\(#/.test(sampleIdCell);
    const bracketed = sampleIdCell !== undefined && /^\[[^\]]+\]$/.test(sampleIdCell);
    const idCell = linked
        ? `[${entry.id}](#${headingAnchor(`[${entry.rawId}] ${entry.title}`)})`
        : bracketed
            ? `[${entry.id}]`
            : entry.id;
    const cells = table.headers.map((header, index) => {
        const name = header.toLowerCase();
        if (index === 0 || name === 'id')
            return idCell;
        if (name.includes('title'))
            return entry.title.replace(/\|/g, '\\|');
        if (name.includes('status'))
            return entryWord(entry.status) ?? '';
        if (name.includes('priority'))
            return entryWord(entry.priority) ?? '';
        return '';
    });
    return joinRow(cells);
}

const options$5 = ruleOptions((z) => z
    .object({
    /**
     * Which entries must have an index row: `open` (every entry whose status is not a done
     * status; an index often lists only current work), `all`, or `off`.
     */
    missingRows: z.enum(['open', 'all', 'off']).default('open')
})
    .strict()
    .default({ missingRows: 'open' }), { missingRows: 'open' });
/**
 * The Index table agrees with the entries: the same status and priority (first words, compared
 * case-insensitively), a row for every entry, no row without an entry, no entry listed twice.
 */
const indexMatchesEntries = {
    id: 'index-matches-entries',
    description: 'The Index table lists the entries with their current status and priority.',
    defaultSeverity: 'error',
    docs: 'docs/rules/index-matches-entries.md',
    options: options$5,
    check({ project, options: { missingRows }, report }) {
        // An index may still list an entry that lives in another ledger or was archived.
        const idsElsewhere = new Set([...project.ledgers, ...(project.archiveLedgers ?? [])].flatMap((ledger) => ledger.entries.map((entry) => normaliseEntryId(entry.id))));
        for (const ledger of project.ledgers) {
            const table = ledger.index;
            if (!table)
                continue;
            const entries = new Map();
            for (const entry of ledger.entries) {
                const id = normaliseEntryId(entry.id);
                if (entry.level > 0 && !entries.has(id))
                    entries.set(id, entry);
            }
            const listed = checkRows(project, ledger, table, entries, idsElsewhere, report);
            if (missingRows !== 'off') {
                const done = new Set(project.config.vocabulary.doneStatus.map((word) => word.toLowerCase()));
                for (const [id, entry] of entries) {
                    if (listed.has(id))
                        continue;
                    if (missingRows === 'open' && entry.status && done.has(entry.status.value.toLowerCase()))
                        continue;
                    reportMissing(project, ledger, table, entry, report);
                }
            }
        }
    }
};
function checkRows(project, ledger, table, entries, idsElsewhere, report) {
    const firstRow = new Map();
    let guesses;
    for (const row of table.rows) {
        const id = normaliseEntryId(row.id);
        const earlier = firstRow.get(id);
        if (earlier) {
            report({
                file: ledger.file,
                range: row.range,
                entryId: row.id,
                entity: `${row.id}#index-duplicate`,
                message: `The Index lists [${row.id}] again; it already has a row at line ${earlier.range.line}. Remove one of the two rows.`
            });
            continue;
        }
        firstRow.set(id, row);
        const entry = entries.get(id);
        if (!entry) {
            if (idsElsewhere.has(id))
                continue;
            report({
                file: ledger.file,
                range: row.range,
                entryId: row.id,
                entity: `${row.id}#index-extra`,
                message: `The Index row [${row.id}] names no entry of this ledger.` +
                    likelyMeant(id, (guesses ??= new EntryGuesses(entries))) +
                    ' ' +
                    `Remove the row, correct its id, or add the \`## [${row.id}] …\` entry it stands for.`
            });
            continue;
        }
        compareRow(project, ledger, table, row, entry, report);
    }
    return new Set(firstRow.keys());
}
/**
 * ` Did you mean [X] (line N)?` for the entry an index id probably stands for: a longer or shorter
 * form of it (`AT-020` / `AT-020-REGRESSION`), else a near miss in its letters. Ids whose numbers
 * differ are different initiatives and never offered. Of several, the first entry in the ledger.
 */
function likelyMeant(id, guesses) {
    const entry = guesses.meant(id);
    return entry ? ` Did you mean [${entry.id}] (line ${entry.headingRange.line})?` : '';
}
/**
 * The ledger's entries indexed for likelyMeant, so that an index of thousands of rows without
 * entries costs a lookup per row rather than a pass over every entry.
 */
class EntryGuesses {
    entries;
    /** Each entry's place in the ledger's order. */
    order = new Map();
    /** For `X`: the first entry whose id is `X-…`. */
    firstExtending = new Map();
    /** Entries (ids and entries, in order) by the numbers their ids hold. */
    byNumbers = new Map();
    constructor(entries) {
        this.entries = entries;
        for (const [id, entry] of entries) {
            this.order.set(entry, this.order.size);
            for (const prefix of dashPrefixes(id))
                if (!this.firstExtending.has(prefix))
                    this.firstExtending.set(prefix, entry);
            const key = numbersOf(id);
            const group = this.byNumbers.get(key);
            if (group)
                group.push([id, entry]);
            else
                this.byNumbers.set(key, [[id, entry]]);
        }
    }
    meant(id) {
        // A longer form of the id, or one the id is a longer form of: the first in the ledger.
        let best = this.firstExtending.get(id);
        for (const prefix of dashPrefixes(id)) {
            const shorter = this.entries.get(prefix);
            if (shorter && (best === undefined || this.rank(shorter) < this.rank(best)))
                best = shorter;
        }
        if (best)
            return best;
        // Edits change the length by one each: a length two away or more is no near miss.
        for (const [other, entry] of this.byNumbers.get(numbersOf(id)) ?? []) {
            if (Math.abs(other.length - id.length) <= 2 && editDistance(other, id) <= 2)
                return entry;
        }
        return undefined;
    }
    rank(entry) {
        return this.order.get(entry) ?? Infinity;
    }
}
/** `A-B-C` → `A`, `A-B`: the parts of an id before each of its dashes. */
function dashPrefixes(id) {
    const prefixes = [];
    for (let dash = id.indexOf('-'); dash >= 0; dash = id.indexOf('-', dash + 1))
        prefixes.push(id.slice(0, dash));
    return prefixes;
}
function numbersOf(text) {
    return (text.match(/\d+/g) ?? []).join('-');
}
function compareRow(project, ledger, table, row, entry, report) {
    const mismatches = [];
    for (const [field, value] of [
        ['Status', entry.status],
        ['Priority', entry.priority]
    ]) {
        const cell = cellFor(table, row, field.toLowerCase());
        const wanted = entryWord(value);
        if (!cell || !wanted)
            continue;
        const indexWord = firstToken(cell.value) || firstToken(cell.raw);
        if (indexWord.toLowerCase() !== wanted.toLowerCase())
            mismatches.push({ field, cell, indexWord, entryWord: wanted });
    }
    if (mismatches.length === 0)
        return;
    const differences = mismatches
        .map((m) => `${m.field} is \`${m.indexWord || '(empty)'}\` in the Index but \`${m.entryWord}\` in the entry`)
        .join('; ');
    const suggestion = regeneratedRow(project, ledger, row, mismatches);
    report({
        file: ledger.file,
        range: row.range,
        entryId: entry.id,
        entity: `${entry.id}#index-row`,
        message: `Index row [${entry.id}] disagrees with the entry at line ${entry.headingRange.line}: ${differences}. Update the row from the entry.`,
        ...(suggestion ? { suggestion } : {})
    });
}
/**
 * The row's line with the disagreeing cells rewritten from the entry. Works on the cells' own
 * ranges, so a table row and a list line (`- [ID] Title — Priority: High, Status: done`) alike.
 */
function regeneratedRow(project, ledger, row, mismatches) {
    const text = lineText(project, ledger.file, row.range.line);
    if (text === undefined)
        return undefined;
    const edits = mismatches
        .filter((m) => m.cell.range.line === row.range.line && m.cell.range.endLine === row.range.line)
        .sort((a, b) => b.cell.range.column - a.cell.range.column);
    if (edits.length !== mismatches.length)
        return undefined;
    let line = text;
    for (const { cell, entryWord } of edits) {
        const start = cell.range.column - 1;
        const end = cell.range.endColumn - 1;
        if (start < 0 || end > line.length || start > end)
            return undefined;
        line = line.slice(0, start) + entryWord + line.slice(end);
    }
    return { range: wholeLine(row.range.line, text), replacement: line };
}
function reportMissing(project, ledger, table, entry, report) {
    const lastRow = table.rows[table.rows.length - 1];
    const anchorText = lastRow ? lineText(project, ledger.file, lastRow.range.line) : undefined;
    const row = newIndexLine(table, entry, anchorText);
    const where = `the Index (line ${table.range.line})`;
    const base = {
        file: ledger.file,
        entryId: entry.id,
        entity: `${entry.id}#index-missing`,
        message: `Entry [${entry.id}] (line ${entry.headingRange.line}) has no row in ${where}. Add \`${row}\`.`
    };
    if (!lastRow || anchorText === undefined) {
        report({ ...base, range: table.range });
        return;
    }
    const range = wholeLine(lastRow.range.line, anchorText);
    report({ ...base, range, suggestion: { range, replacement: `${anchorText}\n${row}` } });
}

const options$4 = ruleOptions((z) => z.object({}).strict().default({}), {});
const lowerFirst = (text) => (text.startsWith('An ') ? `an ${text.slice(3)}` : text);
/**
 * `Last Updated` is at least the day of the newest attempt in the ledger. Attempts dated after
 * "now" are left out: they are `no-future-dates` findings, not evidence of a later update.
 */
const lastUpdatedCurrent = {
    id: 'last-updated-current',
    description: 'Last Updated is not older than the newest attempt date in the ledger.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/last-updated-current.md',
    options: options$4,
    check({ project, report }) {
        const limitMs = futureLimitMs(project.now, project.config.rules);
        for (const ledger of project.ledgers) {
            const lastUpdated = ledger.lastUpdated;
            if (!lastUpdated)
                continue;
            const newest = newestAttempt(ledger, limitMs);
            if (!newest || dayOf(newest.date.epochMs) <= dayOf(lastUpdated.epochMs))
                continue;
            const replacement = formatLike(lastUpdated, newest.date.epochMs);
            const suggestion = replaceOnLine(project, ledger.file, lastUpdated.range, lastUpdated.raw, replacement);
            report({
                file: ledger.file,
                range: lastUpdated.range,
                entity: 'ledger#last-updated',
                message: `Last Updated says ${lastUpdated.raw}, but ${lowerFirst(attemptSubject(newest.attempt, newest.entry))} ` +
                    `(line ${newest.attempt.headerRange.line}) is dated ${newest.date.raw}. Update it to ${replacement}.`,
                ...(suggestion ? { suggestion } : {})
            });
        }
    }
};
/** The first attempt of the ledger with the latest date not after the limit. */
function newestAttempt(ledger, limitMs) {
    let newest;
    for (const entry of ledger.entries) {
        const scan = attemptScan(entry, limitMs);
        // The newest of each entry is the newest of the ledger's run through it, unless a time is
        // not a number (no comparison with it holds): then the run is walked as it is.
        if (!scan.finite)
            return newestByWalk(ledger, limitMs);
        const date = scan.newest?.date;
        if (date === undefined)
            continue;
        if (!newest || date.epochMs > newest.date.epochMs) {
            newest = { attempt: scan.newest, entry, date };
        }
    }
    return newest;
}
function newestByWalk(ledger, limitMs) {
    let newest;
    for (const entry of ledger.entries) {
        for (const attempt of entry.attempts) {
            const date = attempt.date;
            if (!date || isAfterInstant(date, limitMs))
                continue;
            if (!newest || date.epochMs > newest.date.epochMs)
                newest = { attempt, entry, date };
        }
    }
    return newest;
}

const options$3 = ruleOptions((z) => z.object({}).strict().default({}), {});
/** What to do about each kind of problem, appended to the parser's description of it. */
const ADVICE = {
    'leaked-diff-marker': 'Remove the stray diff marker so the line reads as Markdown again.',
    'unreadable-entry': 'Rewrite the heading as `## [ID] Title` so the entry is read.',
    'unreadable-attempt': 'Rewrite it as `* [YYYY-MM-DD] Attempt #N — label: text`.',
    'unreadable-task': 'Give the row a task id and a state marker such as `[ ]` or `[x]`.',
    'unreadable-phase': 'Rewrite the heading as `### Phase A — Title`.',
    'unreadable-date': 'Write the date as ISO 8601, e.g. `2025-10-17` or `2025-10-17T02:50Z`.',
    'binary-file': 'Replace it with the Markdown text it should contain.',
    'invalid-utf8': 'Re-save the file as UTF-8.',
    'file-too-large': 'Archive old entries to keep the file under the size limit.',
    'empty-file': 'Add its content or remove it from the configured files.',
    'too-deep': 'Flatten the nesting.',
    other: ''
};
/** A stable identity for a problem: its kind, entry and wording with numbers (lines) removed. */
function problemEntity(problem) {
    const wording = problem.message
        .toLowerCase()
        .replace(/\d+/g, '#')
        .replace(/[^a-z#]+/g, '-')
        .slice(0, 60);
    return `problem:${problem.kind}:${problem.entryId ?? '-'}:${wording}`;
}
/** Every ParseProblem of every ledger and plan, one finding each. */
const malformedStructure = {
    id: 'malformed-structure',
    description: 'A ledger or plan contains text that looks like structure but cannot be read.',
    defaultSeverity: 'error',
    docs: 'docs/rules/malformed-structure.md',
    options: options$3,
    check({ project, report }) {
        for (const document of [...project.ledgers, ...project.plans]) {
            const seen = new Map();
            for (const problem of document.problems) {
                const base = problemEntity(problem);
                const count = (seen.get(base) ?? 0) + 1;
                seen.set(base, count);
                const advice = ADVICE[problem.kind] ?? '';
                const message = problem.message.trim();
                const alreadyAdvises = advice === '' || message.includes(advice);
                report({
                    file: document.file,
                    range: problem.range,
                    entity: count > 1 ? `${base}~${count}` : base,
                    message: alreadyAdvises ? message : `${message.replace(/\.?$/, '.')} ${advice}`,
                    ...(problem.entryId ? { entryId: problem.entryId } : {})
                });
            }
        }
    }
};

const options$2 = ruleOptions((z) => z
    .object({
    /**
     * Minutes added to "now" before comparing. The time zone an agent wrote its dates in is
     * unknown, so a repository whose agents write local times may need a few hundred minutes.
     */
    slackMinutes: z.number().int().min(0).default(0)
})
    .strict()
    .default({ slackMinutes: 0 }), { slackMinutes: 0 });
/**
 * Nothing in a ledger is dated after "now" (the commit date): attempt dates, `Last Updated`, and
 * the timestamps naming evidence folders. A date-only value is compared by its UTC day.
 */
const noFutureDates = {
    id: 'no-future-dates',
    description: 'Attempt dates, Last Updated and report-folder stamps are not after the commit date.',
    defaultSeverity: 'error',
    docs: 'docs/rules/no-future-dates.md',
    options: options$2,
    check({ project, options: { slackMinutes }, report }) {
        const limitMs = project.now.getTime() + slackMinutes * 60_000;
        const future = (date) => date !== undefined && isAfterInstant(date, limitMs);
        const nowText = describeNow(project);
        for (const ledger of project.ledgers) {
            if (future(ledger.lastUpdated)) {
                const date = ledger.lastUpdated;
                report({
                    file: ledger.file,
                    range: date.range,
                    entity: 'ledger#last-updated#future',
                    message: `Last Updated (${date.raw}) is after ${nowText}. Correct it to the date of the last ` +
                        `real change (at most ${formatLike(date, project.now.getTime())}).`,
                    ...clampSuggestion(project, ledger.file, date)
                });
            }
            for (const entry of ledger.entries) {
                for (const attempt of attemptScan(entry, limitMs).future) {
                    const date = attempt.date;
                    const keys = attemptKeys(entry);
                    report({
                        file: ledger.file,
                        range: date.range,
                        entryId: entry.id,
                        entity: `${entry.id}#${keys.get(attempt) ?? 'attempt'}#future`,
                        message: `${attemptSubject(attempt, entry)} is dated ${date.raw}, after ` +
                            `${nowText}: work cannot be recorded before it happens. Correct the date (at most ` +
                            `${formatLike(date, project.now.getTime())}).`,
                        ...clampSuggestion(project, ledger.file, date)
                    });
                }
            }
        }
        for (const folder of project.reportFolders) {
            if (!future(folder.date))
                continue;
            report({
                file: folder.path.replace(/\/+$/, ''),
                range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
                entity: `path:${folder.path.replace(/\/+$/, '')}#future`,
                message: `Evidence folder \`${folder.path}\` is stamped ${folder.date.raw}, after ${nowText}. Rename it ` +
                    `to the time the evidence was captured and update the references to it.`
            });
        }
    }
};
function describeNow(project) {
    return `the check's "now" (${formatDay(project.now.getTime())}, ${project.now.toISOString().slice(11, 16)} UTC)`;
}
/** The date rewritten as "now", written at the same precision and in the same form. */
function clampSuggestion(project, file, date) {
    const suggestion = replaceOnLine(project, file, date.range, date.raw, formatLike(date, project.now.getTime()));
    return suggestion ? { suggestion } : {};
}

/**
 * Reports every entry whose field's first word is outside the vocabulary, with the closest
 * allowed value as a "did you mean" and, when the word is that value spelled differently
 * (`In-Progress`, `HIGH`), a suggestion that rewrites it.
 */
function checkVocabulary(project, check, report) {
    const allowedFolded = new Set(check.allowed.map((value) => (check.ignoreCase ? value.toLowerCase() : value)));
    // Ledgers repeat a few values thousands of times: each distinct value is judged once.
    const verdicts = new Map();
    for (const ledger of project.ledgers) {
        for (const entry of ledger.entries) {
            const value = entry[check.key];
            if (!value)
                continue;
            const key = `${value.value}\0${value.raw}`;
            let written = verdicts.get(key);
            if (written === undefined) {
                written = wordOutside(value, check, allowedFolded) ?? null;
                verdicts.set(key, written);
            }
            if (written !== null)
                report(vocabularyFinding(project, ledger, entry, value, written, check));
        }
    }
}
/** The value's word as written when it is outside the vocabulary; undefined when allowed. */
function wordOutside(value, check, allowedFolded) {
    const first = writtenToken(value);
    if (!first)
        return undefined;
    // `in progress` is the allowed `in_progress` written as two words.
    const pair = twoWords(value.raw);
    const written = pair && closestValue(pair, check.allowed)?.sameWord ? pair : first;
    const compared = check.ignoreCase ? written.toLowerCase() : written;
    return allowedFolded.has(compared) ? undefined : written;
}
/** The first word as written in the source, falling back to the parser's value. */
function writtenToken(value) {
    const fromValue = firstToken(value.value);
    const fromRaw = firstToken(value.raw);
    if (!fromValue)
        return fromRaw;
    return fromRaw.toLowerCase() === fromValue.toLowerCase() ? fromRaw : fromValue;
}
/**
 * The first two words of a value as written (`in progress`), when it starts with two words:
 * `/^[^\p{L}\p{N}]*([\p{L}\p{N}]+ [\p{L}\p{N}]+)/u` as a loop (the classes are disjoint, so
 * nothing backtracks), which compiles the Unicode classes only for a character outside ASCII.
 */
function twoWords(raw) {
    const text = raw.trim();
    let at = 0;
    while (at < text.length && !isLetterOrDigitAt(text, at))
        at += charLengthAt(text, at);
    const start = at;
    at = wordEnd(text, at);
    if (at === start || text.charCodeAt(at) !== 0x20)
        return undefined;
    const second = at + 1;
    at = wordEnd(text, second);
    return at === second ? undefined : text.slice(start, at);
}
/** Where the run of letters and digits starting at `at` ends. */
function wordEnd(text, at) {
    while (at < text.length && isLetterOrDigitAt(text, at))
        at += charLengthAt(text, at);
    return at;
}
function vocabularyFinding(project, ledger, entry, value, written, check) {
    const match = closestValue(written, check.allowed);
    const subject = entry.level === 0
        ? `The document's ${check.fieldName}`
        : `${check.fieldName} of entry [${entry.id}]`;
    let message = `${subject} is \`${written}\`, which is not in the configured ${check.fieldName.toLowerCase()} vocabulary.`;
    if (match?.sameWord)
        message += ` Write it as \`${match.value}\`.`;
    else if (match)
        message += ` Did you mean \`${match.value}\`?`;
    message += ` Allowed: ${listWords(check.allowed)}; add the word to \`vocabulary.${check.key}\` in .github/planguard.yml if it is intended.`;
    const suggestion = match?.sameWord
        ? (replaceOnLine(project, ledger.file, value.range, written, match.value) ?? undefined)
        : undefined;
    return {
        file: ledger.file,
        range: value.range,
        entryId: entry.id,
        entity: `${entry.id}#${check.key}`,
        message,
        ...(suggestion ? { suggestion } : {})
    };
}

const options$1 = ruleOptions((z) => z
    .object({
    /** Accept `HIGH` or `high` for `High`. Off by default: one spelling keeps the index sortable. */
    ignoreCase: z.boolean().default(false)
})
    .strict()
    .default({ ignoreCase: false }), { ignoreCase: false });
/** The first word of every Priority is one of `vocabulary.priority`. */
const priorityVocabulary = {
    id: 'priority-vocabulary',
    description: 'Each entry Priority starts with a word from the configured priority vocabulary.',
    defaultSeverity: 'error',
    docs: 'docs/rules/priority-vocabulary.md',
    options: options$1,
    check({ project, options: { ignoreCase }, report }) {
        checkVocabulary(project, {
            fieldName: 'Priority',
            key: 'priority',
            allowed: project.config.vocabulary.priority,
            ignoreCase
        }, report);
    }
};

const options = ruleOptions((z) => z.object({}).strict().default({}), {});
/** The first word of every Status is one of `vocabulary.status`, compared case-insensitively. */
const statusVocabulary = {
    id: 'status-vocabulary',
    description: 'Each entry Status starts with a word from the configured status vocabulary.',
    defaultSeverity: 'error',
    docs: 'docs/rules/status-vocabulary.md',
    options,
    check({ project, report }) {
        checkVocabulary(project, {
            fieldName: 'Status',
            key: 'status',
            allowed: project.config.vocabulary.status,
            ignoreCase: true
        }, report);
    }
};

/** Rules about the ledger itself: entries, fields, vocabularies, attempts, dates, index. */
const ledgerRules = [
    entryIdUnique,
    entryRequiredFields,
    statusVocabulary,
    priorityVocabulary,
    attemptNumberSequence,
    attemptDateOrder,
    noFutureDates,
    lastUpdatedCurrent,
    indexMatchesEntries,
    attemptMisfiled,
    malformedStructure
];

/** Every rule planguard knows, in the order their findings are documented. */
const allRules = [...ledgerRules, ...evidenceRules];

function summarize(project, findings) {
    // Loops over the model rather than flattened copies: a ledger may hold 100,000 attempts.
    const paths = new DistinctPaths();
    let entries = 0;
    let attempts = 0;
    for (const ledger of project.ledgers) {
        for (const entry of ledger.entries) {
            entries++;
            attempts += entry.attempts.length;
            paths.addRefs(entry.artifacts);
            paths.addAttempts(entry.attempts);
        }
    }
    let tasks = 0;
    for (const plan of project.plans) {
        tasks += plan.tasks.length;
        paths.addRefs(plan.artifacts);
    }
    let missing = 0;
    for (const path of paths.all)
        if (project.fs.stat(path) === undefined)
            missing++;
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const { severity } of findings) {
        if (severity === 'error')
            errors++;
        else if (severity === 'warning')
            warnings++;
        else if (severity === 'info')
            infos++;
    }
    return {
        files: project.ledgers.length + project.plans.length,
        entries,
        attempts,
        plans: project.plans.length,
        tasks,
        artifacts: { checked: paths.all.size, missing },
        errors,
        warnings,
        infos
    };
}
/** The distinct paths cited as such (kind `path`) by references. */
class DistinctPaths {
    all = new Set();
    /** The paths array added last: the parser shares it between references written alike. */
    last;
    /** addRefs of every attempt's references, in one loop (a history may hold 100,000). */
    addAttempts(attempts) {
        for (let i = 0; i < attempts.length; i++) {
            const refs = attempts[i].artifacts;
            for (let j = 0; j < refs.length; j++) {
                const { paths } = refs[j];
                if (paths !== this.last)
                    this.addPaths(paths);
            }
        }
    }
    addRefs(refs) {
        for (let i = 0; i < refs.length; i++) {
            const { paths } = refs[i];
            if (paths !== this.last)
                this.addPaths(paths);
        }
    }
    addPaths(paths) {
        this.last = paths;
        for (let j = 0; j < paths.length; j++) {
            const path = paths[j];
            if (path.kind === 'path')
                this.all.add(path.path);
        }
    }
}

/**
 * Checks a repository: the one entry point of the CLI and the Action. Baselines and diff mode
 * are imported when asked for, so a plain check does not load them.
 */
async function check$1(options) {
    const root = minpath.resolve(options.root);
    const fs = options.fs ?? new DiskRepoFS(root);
    const rules = options.rules ?? allRules;
    const loaded = options.config
        ? { config: options.config }
        : await loadConfig({
            root,
            fs,
            rules,
            ...(options.configPath !== undefined ? { path: options.configPath } : {})
        });
    const config = loaded.config;
    await loadRuleValidation(config);
    const now = options.now ?? (await headCommitDate(root)) ?? new Date();
    const analyzeOptions = {
        rules,
        ...(options.parsers ? { parsers: options.parsers } : {}),
        ...(loaded.file !== undefined ? { configFile: loaded.file } : {})
    };
    const head = analyze(fs, config, now, analyzeOptions);
    let findings = head.findings;
    let baselined;
    if (options.baseline !== undefined) {
        const { applyBaseline, loadBaseline } = await Promise.resolve().then(function () { return require('./baseline-_aAh4-aV.cjs'); });
        const split = applyBaseline(findings, loadBaseline(minpath.resolve(root, options.baseline)));
        findings = split.kept;
        baselined = split.baselined;
    }
    const keep = fileFilter(options.onlyFiles);
    const result = {
        findings: findings.filter(keep),
        summary: summarize(head.project, findings.filter(keep)),
        project: head.project,
        suppressed: head.suppressed.filter(keep),
        ...(baselined ? { baselined: baselined.filter(keep) } : {}),
        ...(loaded.file !== undefined ? { configFile: loaded.file } : {})
    };
    if (options.base !== undefined) {
        const { compareFindings, findingsAtRevision, resolveBaseRevision } = await Promise.resolve().then(function () { return require('./diff-CIDYhFh7.cjs'); });
        const baseRevision = await resolveBaseRevision(root, options.base);
        const baseFindings = await findingsAtRevision(root, baseRevision, config, now, {
            ...analyzeOptions,
            workingTree: fs
        });
        const { introduced } = compareFindings(findings, baseFindings);
        // A finding only moved out of `findings` by the baseline is not fixed.
        const { fixed } = compareFindings(head.findings, baseFindings);
        result.introduced = introduced.filter(keep);
        result.fixed = fixed.filter(keep);
        result.baseRevision = baseRevision;
    }
    return result;
}
/** HEAD's committer date; undefined outside git. */
async function headCommitDate(root) {
    const git = await Promise.resolve().then(function () { return require('./git-DtbOtkKx.cjs'); });
    return git.headCommitDate(root);
}
function fileFilter(onlyFiles) {
    if (!onlyFiles)
        return () => true;
    const files = new Set(onlyFiles.map((file) => file.replace(/^\.\//, '')));
    return (finding) => files.has(finding.file);
}

/** Findings in reading order: file, line, column, then rule id. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Error / warning / info counts of a finding list. */
function countSeverities(findings) {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const finding of findings) {
        if (finding.severity === 'error')
            errors++;
        else if (finding.severity === 'warning')
            warnings++;
        else
            infos++;
    }
    return { errors, warnings, infos };
}

/**
 * The report of a check as docs/output.md defines it: every finding, or in diff mode only the
 * findings the change introduced, with the severity counts of what is listed and the
 * introduced/fixed counts. Every face (CLI, Action) should render through this.
 */
function reportOf(result, base) {
    const left = {
        ...(result.baselined === undefined ? {} : { baselined: result.baselined.length }),
        ...(result.suppressed?.length ? { suppressed: result.suppressed.length } : {})
    };
    if (result.introduced === undefined) {
        return { findings: result.findings, summary: { ...result.summary, ...left } };
    }
    return {
        findings: result.introduced,
        summary: {
            ...result.summary,
            ...countSeverities(result.introduced),
            introduced: result.introduced.length,
            fixed: result.fixed?.length ?? 0,
            ...left
        },
        ...(base === undefined ? {} : { base })
    };
}

/**
 * Version of the `planguard check --format json` document. Adding an optional property keeps the
 * version; removing or renaming a property, or changing a meaning, bumps it (docs/output.md).
 */
const CHECK_JSON_VERSION = 1;
/** The documented JSON object of a check (property order fixed, findings sorted). */
function toCheckJson(report) {
    const { summary } = report;
    return {
        version: CHECK_JSON_VERSION,
        findings: sortFindings(report.findings).map(toJsonFinding),
        summary: {
            files: summary.files,
            entries: summary.entries,
            attempts: summary.attempts,
            plans: summary.plans,
            tasks: summary.tasks,
            artifacts: { checked: summary.artifacts.checked, missing: summary.artifacts.missing },
            errors: summary.errors,
            warnings: summary.warnings,
            infos: summary.infos,
            ...(summary.introduced === undefined ? {} : { introduced: summary.introduced }),
            ...(summary.fixed === undefined ? {} : { fixed: summary.fixed }),
            ...(summary.baselined === undefined ? {} : { baselined: summary.baselined }),
            ...(summary.suppressed === undefined ? {} : { suppressed: summary.suppressed })
        },
        ...(report.base === undefined ? {} : { base: report.base })
    };
}
function renderCheckJson(report) {
    return JSON.stringify(toCheckJson(report), null, 2) + '\n';
}
function toJsonFinding(finding) {
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        message: finding.message,
        ...(finding.entryId === undefined ? {} : { entryId: finding.entryId }),
        fingerprint: finding.fingerprint
    };
}

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partial-fingerprint key; bump the suffix if fingerprints ever change meaning. */
const FINGERPRINT_KEY = 'planguard/v1';
/**
 * A SARIF 2.1.0 log with one run: the tool with its rules, and one result per finding located
 * relative to `%SRCROOT%` (the repository root), as GitHub code scanning expects.
 */
function toSarif(report, options) {
    const findings = sortFindings(report.findings);
    const descriptors = ruleDescriptors(options.rules, findings);
    const indexById = new Map(descriptors.map((rule, index) => [rule.id, index]));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'planguard',
                        version: options.version ?? cliMain.PLANGUARD_VERSION,
                        semanticVersion: options.version ?? cliMain.PLANGUARD_VERSION,
                        informationUri: cliMain.PLANGUARD_HOMEPAGE,
                        rules: descriptors
                    }
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                columnKind: 'utf16CodeUnits',
                results: findings.map((finding) => toResult(finding, indexById.get(finding.ruleId), options.uriPrefix ?? ''))
            }
        ]
    };
}
function renderSarif(report, options) {
    return JSON.stringify(toSarif(report, options), null, 2) + '\n';
}
function ruleDescriptors(rules, findings) {
    const seen = new Set();
    const descriptors = [];
    for (const rule of rules) {
        if (seen.has(rule.id))
            continue;
        seen.add(rule.id);
        descriptors.push({
            id: rule.id,
            name: ruleName(rule.id),
            shortDescription: { text: rule.description },
            helpUri: cliMain.ruleHelpUri(rule.id),
            defaultConfiguration: {
                level: levelOf(rule.defaultSeverity),
                ...(rule.defaultSeverity === 'off' ? { enabled: false } : {})
            }
        });
    }
    // A finding from a rule the caller did not list still needs a descriptor to point at.
    for (const finding of findings) {
        if (seen.has(finding.ruleId))
            continue;
        seen.add(finding.ruleId);
        descriptors.push({
            id: finding.ruleId,
            name: ruleName(finding.ruleId),
            shortDescription: { text: finding.ruleId },
            helpUri: cliMain.ruleHelpUri(finding.ruleId)
        });
    }
    return descriptors;
}
function toResult(finding, ruleIndex, uriPrefix) {
    const startLine = Math.max(1, finding.line);
    const startColumn = Math.max(1, finding.column);
    const endLine = Math.max(startLine, finding.endLine);
    // An empty or inverted range becomes a one-character region so viewers still point at it.
    const endColumn = endLine === startLine && finding.endColumn <= startColumn
        ? startColumn + 1
        : Math.max(1, finding.endColumn);
    return {
        ruleId: finding.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: levelOf(finding.severity),
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: {
                        uri: pathToUri(joinUriPrefix(uriPrefix, finding.file)),
                        uriBaseId: '%SRCROOT%'
                    },
                    region: { startLine, startColumn, endLine, endColumn }
                }
            }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
        ...(finding.entryId === undefined ? {} : { properties: { entryId: finding.entryId } })
    };
}
function levelOf(severity) {
    if (severity === 'info')
        return 'note';
    if (severity === 'off')
        return 'none';
    return severity;
}
function joinUriPrefix(prefix, file) {
    const folder = prefix.replace(/^\/+|\/+$/g, '');
    return folder ? `${folder}/${file}` : file;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A relative URI reference: each path segment percent-encoded, `/` kept. */
function pathToUri(path) {
    return (path
        .split('/')
        // A lone surrogate (text cut mid-character) would make encodeURIComponent throw.
        .map((segment) => encodeURIComponent(segment.replace(LONE_SURROGATE, '\uFFFD')))
        .join('/'));
}
/** `artifact-exists` → `ArtifactExists` (SARIF's optional PascalCase rule name). */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}

/** Messages longer than this are not padded: one long message should not push every rule id out. */
const MAX_MESSAGE_PAD = 72;
const ANSI = {
    red: '\u001b[31m',
    yellow: '\u001b[33m',
    blue: '\u001b[34m',
    green: '\u001b[32m',
    dim: '\u001b[2m',
    bold: '\u001b[1m',
    reset: '\u001b[0m'
};
/**
 * One finding per line, `file:line:col  severity  message  rule-id`, columns aligned, then a
 * summary line. Messages are kept on one line (newlines become spaces).
 */
function renderText(report, options = {}) {
    const paint = painter(options.color === true);
    const rows = sortFindings(report.findings).map((finding) => ({
        location: `${oneLine(joinPrefix(options.pathPrefix, finding.file))}:${finding.line}:${finding.column}`,
        severity: finding.severity,
        message: oneLine(finding.message),
        ruleId: finding.ruleId
    }));
    const locationWidth = Math.max(0, ...rows.map((row) => row.location.length));
    const messageWidth = Math.min(MAX_MESSAGE_PAD, Math.max(0, ...rows.map((row) => row.message.length)));
    const lines = rows.map((row) => `${row.location.padEnd(locationWidth)}  ` +
        `${paint(severityColor(row.severity), row.severity.padEnd(7))}  ` +
        `${row.message.padEnd(messageWidth)}  ${paint('dim', row.ruleId)}`);
    if (lines.length > 0)
        lines.push('');
    lines.push(summaryLine(report.summary, report.base, paint));
    return lines.join('\n') + '\n';
}
/** `✖ 5 problems (4 errors, 1 warning) · 1 ledger …` or `✔ no problems · …`. */
function summaryLine(summary, base, paint = painter(false)) {
    const problems = summary.errors + summary.warnings + summary.infos;
    const counts = [
        plural(summary.errors, 'error'),
        plural(summary.warnings, 'warning'),
        ...(summary.infos > 0 ? [plural(summary.infos, 'info', 'infos')] : [])
    ].join(', ');
    const head = problems === 0
        ? paint('green', '✔ no problems')
        : paint(summary.errors > 0 ? 'red' : 'yellow', `✖ ${plural(problems, 'problem')} (${counts})`);
    const diff = summary.introduced === undefined
        ? ''
        : ` · ${summary.introduced} introduced, ${summary.fixed ?? 0} fixed${base ? ` since ${base}` : ''}`;
    const checked = `checked ${plural(summary.files, 'file')}: ${plural(summary.entries, 'entry', 'entries')}, ` +
        `${plural(summary.attempts, 'attempt')}, ${plural(summary.plans, 'plan')}, ` +
        `${plural(summary.tasks, 'task')}, ${plural(summary.artifacts.checked, 'artifact')}` +
        (summary.artifacts.missing > 0 ? ` (${summary.artifacts.missing} missing)` : '');
    const hidden = [
        ...(summary.baselined ? [`${summary.baselined} accepted by the baseline`] : []),
        ...(summary.suppressed ? [`${summary.suppressed} suppressed`] : [])
    ];
    return `${head}${diff} · ${checked}${hidden.length ? ` · ${hidden.join(', ')}` : ''}`;
}
function painter(enabled) {
    return enabled ? (color, text) => `${ANSI[color]}${text}${ANSI.reset}` : (_color, text) => text;
}
function severityColor(severity) {
    return severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'blue';
}
function plural(count, singular, many = `${singular}s`) {
    return `${count} ${count === 1 ? singular : many}`;
}
function oneLine(text) {
    // Control characters from the checked documents must not drive the terminal.
    return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?');
}
function joinPrefix(prefix, file) {
    if (!prefix || prefix === '.')
        return file;
    return prefix.endsWith('/') ? `${prefix}${file}` : `${prefix}/${file}`;
}

/**
 * Writes `content` to `path` so that readers see the old file or the new one, never half of it:
 * the text goes to a new temporary file beside the target (never over an existing one), which is
 * then renamed over it. On failure the temporary file is removed and the system error rethrown
 * (see `writeFailureReason`).
 */
function writeFileAtomic$1(path, content) {
    const target = minpath.resolve(path);
    const temporary = minpath.join(minpath.dirname(target), `.${minpath.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
    try {
        node_fs.writeFileSync(temporary, content, { flag: 'wx' });
        node_fs.renameSync(temporary, target);
    }
    catch (error) {
        node_fs.rmSync(temporary, { force: true });
        throw error;
    }
}
/**
 * Why a `writeFileAtomic` failed, for a message that names the target: the system error's
 * message without the temporary file it names (`, open '…'`, `, rename '…' -> '…'`).
 */
function writeFailureReason(error) {
    // Not `instanceof Error`: errors from Node's fs may come from another realm (jest's vm).
    const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined;
    const text = typeof message === 'string' ? message : String(error);
    return text.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '');
}

/**
 * Writes `content` to `path` atomically (readers see the old file or the new one, never half of
 * it); a failure is an io error that names the target.
 */
function writeFileAtomic(path, content) {
    try {
        writeFileAtomic$1(path, content);
    }
    catch (error) {
        throw new cliMain.PlanguardError('io', `cannot write ${path}: ${writeFailureReason(error)}`, {
            cause: error
        });
    }
}
/**
 * Delivers a command's output: to `--output FILE` (atomically, relative to the cwd) or to
 * stdout. The text is complete before anything is written, so a failure leaves FILE untouched.
 */
function deliver(io, text, outputPath) {
    if (outputPath === undefined || outputPath === '-')
        io.stdout(text);
    else
        writeFileAtomic(minpath.resolve(io.cwd, outputPath), text);
}

/**
 * The repository folder named on the command line (default: the cwd). It must exist: a typo should
 * be a usage error, not an empty check that passes.
 */
function repositoryRoot(io, dir) {
    const root = minpath.resolve(io.cwd, dir ?? '.');
    let isDirectory = false;
    try {
        isDirectory = node_fs.statSync(root).isDirectory();
    }
    catch {
        isDirectory = false;
    }
    if (!isDirectory) {
        throw new cliMain.PlanguardError('usage', `repository folder not found: ${dir ?? root}`);
    }
    return root;
}
/** A file named on the command line, resolved against the cwd (the engine would use the root). */
function cliPath(io, path) {
    if (path === undefined)
        return undefined;
    return minpath.isAbsolute(path) ? path : minpath.resolve(io.cwd, path);
}
/**
 * How to print repository-relative paths so that they open from the cwd: `examples/demo` when the
 * repository is below the cwd, nothing when it is the cwd or lies elsewhere.
 */
function displayPrefix(io, root) {
    const rel = minpath.relative(io.cwd, root);
    if (rel === '' || rel.startsWith('..') || minpath.isAbsolute(rel))
        return '';
    return rel.split(minpath.sep).join('/');
}

/** `--config FILE`, accepted by every command that reads a repository. */
const CONFIG_OPTION = {
    type: 'string',
    short: 'c',
    valueName: 'FILE',
    description: 'Configuration file (default: .github/planguard.yml in DIR).'
};
/** `--now ISO`, the instant date rules compare against. */
const NOW_OPTION = {
    type: 'string',
    valueName: 'ISO',
    description: '"Now" for date rules (default: the HEAD commit date, else the clock).'
};
/** `--output FILE`, written atomically; `what` says what is written. */
function outputOption(description) {
    return { type: 'string', short: 'o', valueName: 'FILE', description };
}
/**
 * The engine options every repository command takes from its command line: DIR (first
 * positional), `--config` and `--now`, with paths resolved from the current folder.
 */
function repositoryCheckOptions(io, positionals, values) {
    const options = { root: repositoryRoot(io, positionals[0]) };
    const configPath = cliPath(io, cliMain.stringOption(values, 'config'));
    if (configPath !== undefined)
        options.configPath = configPath;
    const now = cliMain.dateOption(values, 'now');
    if (now !== undefined)
        options.now = now;
    return options;
}

/** Every rule id planguard can report: the registry's rules, then the engine's own ids. */
function knownRules() {
    const seen = new Set();
    const rules = [];
    for (const rule of [...allRules, ...engineRules]) {
        if (seen.has(rule.id))
            continue;
        seen.add(rule.id);
        rules.push({
            id: rule.id,
            description: rule.description,
            defaultSeverity: rule.defaultSeverity,
            docs: rule.docs
        });
    }
    return rules;
}
const command$1 = {
    name: 'rules',
    summary: 'List the rules with their default severity.',
    usage: 'rules [--format text|json]',
    options: {
        format: {
            type: 'string',
            short: 'f',
            valueName: 'FORMAT',
            description: 'text (default) or json.'
        }
    },
    maxPositionals: 0,
    async run({ values, io }) {
        const format = cliMain.choiceOption(values, 'format', ['text', 'json'], 'text');
        const rules = knownRules();
        if (format === 'json') {
            deliver(io, JSON.stringify({ version: 1, rules }, null, 2) + '\n', undefined);
            return cliMain.EXIT_OK;
        }
        const idWidth = Math.max(0, ...rules.map((rule) => rule.id.length));
        const lines = rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}`);
        deliver(io, lines.join('\n') + '\n', undefined);
        return cliMain.EXIT_OK;
    }
};

var rules = /*#__PURE__*/Object.freeze({
    __proto__: null,
    command: command$1,
    knownRules: knownRules
});

const CHECK_FORMATS = ['text', 'json', 'sarif'];
const command = {
    name: 'check',
    summary: 'Check the ledger, plans and evidence of a repository.',
    usage: 'check [DIR] [options]',
    details: [
        'DIR is the repository root (default: the current folder).',
        'With --base, only the findings the change introduced since REF are reported and decide the',
        'exit code; the summary also counts the findings it fixed.',
        'Exit codes: 0 clean, 1 findings at error severity (or more warnings than --max-warnings),',
        '2 usage or configuration error.'
    ].join('\n'),
    options: {
        base: {
            type: 'string',
            valueName: 'REF',
            description: 'Diff mode: report only findings introduced since REF (e.g. origin/main).'
        },
        format: {
            type: 'string',
            short: 'f',
            valueName: 'FORMAT',
            description: 'text (default), json or sarif.'
        },
        config: CONFIG_OPTION,
        now: NOW_OPTION,
        baseline: {
            type: 'string',
            valueName: 'FILE',
            description: 'Do not report the findings accepted in FILE (see `planguard baseline`).'
        },
        output: outputOption('Write the report to FILE (atomically) instead of stdout.'),
        'max-warnings': {
            type: 'string',
            valueName: 'N',
            description: 'Exit 1 when there are more than N warnings.'
        }
    },
    maxPositionals: 1,
    async run({ positionals, values, io }) {
        const format = cliMain.choiceOption(values, 'format', CHECK_FORMATS, 'text');
        const maxWarnings = cliMain.countOption(values, 'max-warnings');
        const options = repositoryCheckOptions(io, positionals, values);
        const { root } = options;
        const baseline = cliPath(io, cliMain.stringOption(values, 'baseline'));
        if (baseline !== undefined)
            options.baseline = baseline;
        const base = cliMain.stringOption(values, 'base');
        if (base !== undefined)
            options.base = base;
        const result = await check$1(options);
        const report = reportOf(result, base);
        const output = cliMain.stringOption(values, 'output');
        const toTerminal = (output === undefined || output === '-') && io.stdoutIsTTY;
        const color = toTerminal && !io.env.NO_COLOR;
        const uriPrefix = format === 'sarif' ? await gitPrefix(root) : '';
        const rendered = renderReport(report, format, {
            text: { color, pathPrefix: displayPrefix(io, root) },
            uriPrefix
        });
        deliver(io, rendered, output);
        return exitCode(report, maxWarnings);
    }
};
function renderReport(report, format, options) {
    switch (format) {
        case 'json':
            return renderCheckJson(report);
        case 'sarif':
            return renderSarif(report, { rules: knownRules(), uriPrefix: options.uriPrefix });
        case 'text':
            return renderText(report, options.text);
    }
}
/** `examples/demo/` when DIR is that folder of a git work tree; empty at the top or outside git. */
async function gitPrefix(root) {
    // Only SARIF needs git here: the module (and node:child_process) loads on demand.
    const { runGit } = await Promise.resolve().then(function () { return require('./git-DtbOtkKx.cjs'); });
    try {
        return (await runGit(root, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
    }
    catch {
        return '';
    }
}
function exitCode(report, maxWarnings) {
    if (report.summary.errors > 0)
        return cliMain.EXIT_FINDINGS;
    if (maxWarnings !== undefined && report.summary.warnings > maxWarnings)
        return cliMain.EXIT_FINDINGS;
    return cliMain.EXIT_OK;
}

var check = /*#__PURE__*/Object.freeze({
    __proto__: null,
    CHECK_FORMATS: CHECK_FORMATS,
    command: command
});

exports.BaseRepoFS = BaseRepoFS;
exports.CONFIG_OPTION = CONFIG_OPTION;
exports.DEFAULT_MAX_FILE_BYTES = DEFAULT_MAX_FILE_BYTES;
exports.DiskRepoFS = DiskRepoFS;
exports.MAX_DOCUMENT_BYTES = MAX_DOCUMENT_BYTES;
exports.NOW_OPTION = NOW_OPTION;
exports.allRules = allRules;
exports.analyze = analyze;
exports.ancestorDirs = ancestorDirs;
exports.check = check$1;
exports.check$1 = check;
exports.cliPath = cliPath;
exports.decodeText = decodeText;
exports.decodedContent = decodedContent;
exports.deliver = deliver;
exports.engineRules = engineRules;
exports.getDefaultExportFromCjs = getDefaultExportFromCjs;
exports.joinRepoPath = joinRepoPath;
exports.loadConfig = loadConfig;
exports.loadProject = loadProject;
exports.normalizeRepoPath = normalizeRepoPath;
exports.outputOption = outputOption;
exports.parentDir = parentDir$1;
exports.repositoryCheckOptions = repositoryCheckOptions;
exports.rules = rules;
exports.splitRawLines = splitRawLines;
exports.tooLarge = tooLarge;
exports.writeFileAtomic = writeFileAtomic;
