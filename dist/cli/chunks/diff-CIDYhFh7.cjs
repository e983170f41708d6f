'use strict';

var check = require('./check-BHFmESsm.cjs');
var git = require('./git-DtbOtkKx.cjs');
var node_child_process = require('node:child_process');
require('node:path');
require('node:fs');
require('./cli-main-DsCnXIRq.cjs');
require('node:util');
require('node:crypto');
require('node:buffer');

/** Planning documents, ignore files and the configuration: what a check reads. */
function preloadPlanningFiles(path) {
    return /\.(md|markdown|ya?ml)$/i.test(path) || path.endsWith('.gitignore');
}
/**
 * `ls-tree` of the part of the revision under `root`, so that paths match those of the working tree
 * when `root` is a sub-folder of the repository. A sub-folder absent at that revision is empty.
 */
async function listTree(root, commit) {
    const prefix = (await git.runGit(root, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
    const treeish = prefix === '' ? commit : `${commit}:${prefix.replace(/\/+$/, '')}`;
    try {
        return (await git.runGit(root, ['ls-tree', '-r', '-l', '-z', '--full-tree', treeish])).toString('utf8');
    }
    catch (error) {
        if (prefix === '')
            throw error;
        return '';
    }
}
/** Symlink chains longer than this are treated as loops. */
const MAX_LINK_HOPS = 40;
/**
 * The tree of one git revision, read without a checkout: `git ls-tree` lists it and one
 * `git cat-file --batch` loads the planning documents. Symlinks are followed inside the tree
 * only; submodules are empty folders.
 */
class GitRevisionFS extends check.BaseRepoFS {
    root;
    revision;
    maxFileBytes;
    ignoredFrom;
    blobs = new Map();
    links = new Map();
    dirs = new Map([['', new Set()]]);
    contents = new Map();
    constructor(root, revision, maxFileBytes, ignoredFrom) {
        super();
        this.root = root;
        this.revision = revision;
        this.maxFileBytes = maxFileBytes;
        this.ignoredFrom = ignoredFrom;
    }
    /** Opens `rev` of the repository at `root`; fails with a PlanguardError when it is not present. */
    static async open(root, rev, options = {}) {
        const commit = await git.requireRef(root, rev);
        const fs = new GitRevisionFS(root, commit, options.maxFileBytes ?? check.DEFAULT_MAX_FILE_BYTES, options.ignoredFrom);
        const links = fs.indexTree(await listTree(root, commit));
        const wanted = [...fs.blobs]
            .filter(([path, blob]) => 
        // Larger files are never read as documents: load them only if a rule asks.
        blob.size <= Math.min(fs.maxFileBytes, check.MAX_DOCUMENT_BYTES) &&
            (options.preload ?? preloadPlanningFiles)(path))
            .map(([, blob]) => blob.id);
        await fs.loadBlobs(root, [...new Set([...wanted, ...links.map((link) => link.id)])]);
        for (const link of links) {
            const target = fs.contents.get(link.id);
            if (target)
                fs.links.set(link.path, check.decodeText(target));
        }
        return fs;
    }
    statPath(path) {
        const resolved = this.resolveLinks(path);
        if (resolved !== undefined && this.blobs.has(resolved))
            return 'file';
        if (resolved !== undefined && this.dirs.has(resolved))
            return 'dir';
        if (!this.ignoredFrom)
            return undefined;
        if (this.isIgnoredLocally(path))
            return this.ignoredFrom.stat(path);
        // An untracked folder is there when it holds ignored files.
        const holdsIgnored = this.ignoredFrom.stat(path) === 'dir' && (this.listPath(path)?.length ?? 0) > 0;
        return holdsIgnored ? 'dir' : undefined;
    }
    listPath(dir) {
        const resolved = this.resolveLinks(dir);
        const tracked = resolved === undefined ? undefined : this.dirs.get(resolved);
        const local = this.ignoredFrom?.list(dir);
        const ignored = local?.filter((name) => this.isIgnoredLocally(check.joinRepoPath(dir, name)));
        if (!tracked && (!ignored || ignored.length === 0))
            return undefined;
        return [...new Set([...(tracked ?? []), ...(ignored ?? [])])];
    }
    readPath(path, maxBytes) {
        const resolved = this.resolveLinks(path);
        const blob = resolved === undefined ? undefined : this.blobs.get(resolved);
        if (!blob) {
            return this.isIgnoredLocally(path) ? this.ignoredFrom?.read(path, { maxBytes }) : undefined;
        }
        if (blob.size > maxBytes)
            return check.tooLarge(blob.size, maxBytes);
        const bytes = this.contents.get(blob.id) ?? this.readBlobNow(blob.id);
        return check.decodedContent(bytes);
    }
    /** A path the working tree holds but git ignores (only consulted for paths absent from the tree). */
    isIgnoredLocally(path) {
        return this.ignoredFrom !== undefined && this.ignoredFrom.isIgnored(path);
    }
    /** A path whose symlinks lead out of the tree (or loop) cannot be followed in a revision. */
    refusedPath(path) {
        return this.resolveLinks(path) === undefined ? 'outside-root' : undefined;
    }
    identity(path) {
        return this.resolveLinks(path);
    }
    /** Records files, folders and symlinks from `ls-tree -r -l -z` output; returns the symlinks. */
    indexTree(listing) {
        const links = [];
        for (const record of listing.split('\0')) {
            const match = /^(\d+) (\w+) ([0-9a-f]+) +(\S+)\t(.+)$/s.exec(record);
            if (!match)
                continue;
            const [, mode, type, id, size, rawPath] = match;
            const path = check.normalizeRepoPath(rawPath);
            if (!path)
                continue;
            this.addToParents(path);
            if (type === 'commit')
                this.dirs.set(path, this.dirs.get(path) ?? new Set());
            else if (mode === '120000')
                links.push({ path, id: id });
            else if (type === 'blob')
                this.blobs.set(path, { id: id, size: Number(size) || 0 });
        }
        return links;
    }
    addToParents(path) {
        const parts = path.split('/');
        check.ancestorDirs(path).forEach((dir, depth) => {
            const children = this.dirs.get(dir) ?? new Set();
            children.add(parts[depth]);
            this.dirs.set(dir, children);
        });
    }
    /** Loads many blobs through one `git cat-file --batch` process. */
    async loadBlobs(root, ids) {
        if (ids.length === 0)
            return;
        const output = await git.runGit(root, ['cat-file', '--batch'], {
            input: ids.join('\n') + '\n',
            maxOutputBytes: 1024 * 1024 * 1024
        });
        let offset = 0;
        while (offset < output.length) {
            const headerEnd = output.indexOf(0x0a, offset);
            if (headerEnd < 0)
                break;
            const header = output.subarray(offset, headerEnd).toString('utf8').split(' ');
            offset = headerEnd + 1;
            if (header[1] === 'missing' || header.length < 3)
                continue;
            const size = Number(header[2]);
            this.contents.set(header[0], new Uint8Array(output.subarray(offset, offset + size)));
            offset += size + 1;
        }
    }
    /** A file nobody expected to read (e.g. an artifact opened by a rule): one small git call. */
    readBlobNow(id) {
        const bytes = new Uint8Array(node_child_process.execFileSync('git', ['cat-file', 'blob', id], {
            cwd: this.root,
            maxBuffer: this.maxFileBytes + 1024,
            stdio: ['ignore', 'pipe', 'ignore']
        }));
        this.contents.set(id, bytes);
        return bytes;
    }
    /** The path after following symlinks inside the tree; undefined when a link leaves it. */
    resolveLinks(path, hops = 0) {
        if (hops > MAX_LINK_HOPS)
            return undefined;
        if (path === '')
            return '';
        const parts = path.split('/');
        let current = '';
        for (let i = 0; i < parts.length; i++) {
            current = check.joinRepoPath(current, parts[i]);
            const target = this.links.get(current);
            if (target === undefined)
                continue;
            if (target.startsWith('/') || /^[A-Za-z]:/.test(target))
                return undefined;
            const landed = check.normalizeRepoPath(check.joinRepoPath(check.parentDir(current), target));
            if (landed === undefined)
                return undefined;
            const rest = parts.slice(i + 1).join('/');
            return this.resolveLinks(rest ? check.joinRepoPath(landed, rest) : landed, hops + 1);
        }
        return current;
    }
}

/**
 * Diff mode: the findings a change introduces and those it fixes, compared by fingerprint, so
 * moving text around neither introduces nor fixes anything.
 */
function compareFindings(head, base) {
    const atBase = new Set(base.map((finding) => finding.fingerprint));
    const atHead = new Set(head.map((finding) => finding.fingerprint));
    return {
        introduced: head.filter((finding) => !atBase.has(finding.fingerprint)),
        fixed: base.filter((finding) => !atHead.has(finding.fingerprint))
    };
}
/**
 * The revision to compare against: where HEAD branched from `base` when git can tell, otherwise
 * `base` itself. Changes made on the base branch since are not the pull request's doing.
 */
async function resolveBaseRevision(root, base) {
    const baseCommit = await git.requireRef(root, base);
    return (await git.mergeBase(root, baseCommit, 'HEAD')) ?? baseCommit;
}
/**
 * Findings of the base revision's tree. The HEAD configuration and "now" are used for both sides,
 * so a configuration change or the passing of time cannot hide or invent a finding; git-ignored
 * files of the working tree (local evidence never committed) are seen on both sides alike.
 */
async function findingsAtRevision(root, revision, config, now, options) {
    const fs = await GitRevisionFS.open(root, revision, options.workingTree ? { ignoredFrom: options.workingTree } : {});
    return check.analyze(fs, config, now, options).findings;
}

exports.compareFindings = compareFindings;
exports.findingsAtRevision = findingsAtRevision;
exports.resolveBaseRevision = resolveBaseRevision;
