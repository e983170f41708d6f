import { resolve } from 'node:path';
import { C as CONFIG_CANDIDATES, F as FILE_START, M as MAX_DOCUMENT_BYTES, e as loadProject, B as BaseRepoFS, g as requireRef, D as DEFAULT_MAX_FILE_BYTES, d as decodeText, j as joinRepoPath, t as tooLarge, n as normalizeRepoPath, a as ancestorDirs, b as runGit, p as parentDir, m as mergeBase, c as DiskRepoFS, l as loadConfig, h as headCommitDate, i as applyBaseline, k as loadBaseline } from './disk-CcgVKx1G.js';
import { createHash } from 'node:crypto';
import { I as INTERNAL_ERROR, L as LEDGER_MISSING, b as INVALID_SUPPRESSION, e as engineRules, a as allRules } from './index-CL11jZyO.js';
import { e as errorMessage } from './version-BalW4RBN.js';
import { execFileSync } from 'node:child_process';
import './schema-ByAc-_wP.js';

/**
 * Line-independent identity of a finding: a hash of rule id, file and entity. Moving text around
 * keeps it; changing what the finding is about changes it.
 */
function fingerprintOf(ruleId, file, entity) {
    return createHash('sha256').update(`${ruleId}\0${file}\0${entity}`).digest('hex').slice(0, 32);
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

const DIRECTIVE = /^\s*planguard-disable-next-line\b/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Every suppression comment in a document (code fences excluded: they are examples). */
function findSuppressions(file, text) {
    // Lines end where the scanner ends them (`\r\n`, `\n` or a lone `\r`), so line numbers agree.
    const lines = text.split(/\r\n|\r|\n/);
    const found = [];
    let fence;
    lines.forEach((line, index) => {
        const fenceMatch = FENCE.exec(line);
        if (fenceMatch) {
            const marker = fenceMatch[1];
            if (fence === undefined)
                fence = marker;
            else if (marker[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            return;
        }
        if (fence !== undefined || !line.includes('planguard-disable'))
            return;
        const targetLine = nextNonBlankLine(lines, index + 1);
        for (const comment of htmlComments(line)) {
            const directive = DIRECTIVE.exec(comment.body);
            if (!directive)
                continue;
            const column = comment.index + 1;
            const { ruleIds, reason } = splitBody(comment.body.slice(directive[0].length));
            found.push({
                file,
                range: { line: index + 1, column, endLine: index + 1, endColumn: column + comment.length },
                ruleIds,
                ...(reason ? { reason } : {}),
                ...(targetLine !== undefined ? { targetLine } : {})
            });
        }
    });
    return found;
}
/**
 * The `<!-- … -->` comments of one line, by plain search: each `-->` is looked for once, so a
 * line of thousands of unclosed `<!--` costs linear time (a lazy regex rescans the rest of the
 * line from every one of them).
 */
function htmlComments(line) {
    const comments = [];
    let from = 0;
    for (;;) {
        const open = line.indexOf('<!--', from);
        if (open < 0)
            break;
        const close = line.indexOf('-->', open + 4);
        if (close < 0)
            break;
        comments.push({ index: open, length: close + 3 - open, body: line.slice(open + 4, close) });
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
    for (let i = from; i < lines.length; i++)
        if ((lines[i] ?? '').trim() !== '')
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

/** Every rule's findings, unsorted and without fingerprints. A rule that throws is reported. */
function collectFindings(project, rules, clamp = rangeClamper(project)) {
    const findings = [];
    for (const rule of rules) {
        const setting = project.config.rules[rule.id];
        const severity = effectiveSeverity(rule.defaultSeverity, setting);
        if (severity === 'off')
            continue;
        const parsed = rule.options.safeParse(ruleOptions(setting));
        if (!parsed.success) {
            findings.push(...internalError(project, clamp, rule.id, `invalid options: ${parsed.error.message}`));
            continue;
        }
        const report = (input) => {
            findings.push(toFinding(rule.id, input.severity ?? severity, input, clamp));
        };
        try {
            rule.check({ project, options: parsed.data, report });
        }
        catch (error) {
            findings.push(...internalError(project, clamp, rule.id, errorMessage(error)));
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
function ruleOptions(setting) {
    return typeof setting === 'object' ? (setting.options ?? {}) : {};
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
    const lineLengths = new Map();
    const lengthsOf = (file) => {
        if (!lineLengths.has(file)) {
            const text = sources?.get(file) ?? readableText(project, file);
            lineLengths.set(file, 
            // Lines end where the scanner ends them (a lone `\r` too), or positions would disagree.
            text === undefined ? null : text.split(/\r\n|\r|\n/).map((line) => line.length));
        }
        return lineLengths.get(file) ?? null;
    };
    return (file, range) => clampRange(range, lengthsOf(file));
}
function readableText(project, file) {
    // A file too large to be a planning document is not loaded just to clamp a range.
    const content = file === '' ? undefined : project.fs.read(file, { maxBytes: MAX_DOCUMENT_BYTES });
    return content && !content.tooLarge ? content.text : undefined;
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
function sortFindings(findings) {
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
    const all = assignFingerprints(sortFindings([...ruleFindings, ...engineFindings]));
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

/** Planning documents, ignore files and the configuration: what a check reads. */
function preloadPlanningFiles(path) {
    return /\.(md|markdown|ya?ml)$/i.test(path) || path.endsWith('.gitignore');
}
/**
 * `ls-tree` of the part of the revision under `root`, so that paths match those of the working tree
 * when `root` is a sub-folder of the repository. A sub-folder absent at that revision is empty.
 */
async function listTree(root, commit) {
    const prefix = (await runGit(root, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
    const treeish = prefix === '' ? commit : `${commit}:${prefix.replace(/\/+$/, '')}`;
    try {
        return (await runGit(root, ['ls-tree', '-r', '-l', '-z', '--full-tree', treeish])).toString('utf8');
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
class GitRevisionFS extends BaseRepoFS {
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
        const commit = await requireRef(root, rev);
        const fs = new GitRevisionFS(root, commit, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, options.ignoredFrom);
        const links = fs.indexTree(await listTree(root, commit));
        const wanted = [...fs.blobs]
            .filter(([path, blob]) => 
        // Larger files are never read as documents: load them only if a rule asks.
        blob.size <= Math.min(fs.maxFileBytes, MAX_DOCUMENT_BYTES) &&
            (options.preload ?? preloadPlanningFiles)(path))
            .map(([, blob]) => blob.id);
        await fs.loadBlobs(root, [...new Set([...wanted, ...links.map((link) => link.id)])]);
        for (const link of links) {
            const target = fs.contents.get(link.id);
            if (target)
                fs.links.set(link.path, decodeText(target));
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
        const ignored = local?.filter((name) => this.isIgnoredLocally(joinRepoPath(dir, name)));
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
            return tooLarge(blob.size, maxBytes);
        const bytes = this.contents.get(blob.id) ?? this.readBlobNow(blob.id);
        return { text: decodeText(bytes), bytes, size: bytes.length };
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
            const path = normalizeRepoPath(rawPath);
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
        ancestorDirs(path).forEach((dir, depth) => {
            const children = this.dirs.get(dir) ?? new Set();
            children.add(parts[depth]);
            this.dirs.set(dir, children);
        });
    }
    /** Loads many blobs through one `git cat-file --batch` process. */
    async loadBlobs(root, ids) {
        if (ids.length === 0)
            return;
        const output = await runGit(root, ['cat-file', '--batch'], {
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
        const bytes = new Uint8Array(execFileSync('git', ['cat-file', 'blob', id], {
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
            current = joinRepoPath(current, parts[i]);
            const target = this.links.get(current);
            if (target === undefined)
                continue;
            if (target.startsWith('/') || /^[A-Za-z]:/.test(target))
                return undefined;
            const landed = normalizeRepoPath(joinRepoPath(parentDir(current), target));
            if (landed === undefined)
                return undefined;
            const rest = parts.slice(i + 1).join('/');
            return this.resolveLinks(rest ? joinRepoPath(landed, rest) : landed, hops + 1);
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
    const baseCommit = await requireRef(root, base);
    return (await mergeBase(root, baseCommit, 'HEAD')) ?? baseCommit;
}
/**
 * Findings of the base revision's tree. The HEAD configuration and "now" are used for both sides,
 * so a configuration change or the passing of time cannot hide or invent a finding; git-ignored
 * files of the working tree (local evidence never committed) are seen on both sides alike.
 */
async function findingsAtRevision(root, revision, config, now, options) {
    const fs = await GitRevisionFS.open(root, revision, options.workingTree ? { ignoredFrom: options.workingTree } : {});
    return analyze(fs, config, now, options).findings;
}

function summarize(project, findings) {
    const entries = project.ledgers.flatMap((ledger) => ledger.entries);
    const refs = [
        ...entries.flatMap((entry) => [
            ...entry.artifacts,
            ...entry.attempts.flatMap((attempt) => attempt.artifacts)
        ]),
        ...project.plans.flatMap((plan) => plan.artifacts)
    ];
    const paths = new Set();
    for (const ref of refs) {
        for (const path of ref.paths)
            if (path.kind === 'path')
                paths.add(path.path);
    }
    let missing = 0;
    for (const path of paths)
        if (project.fs.stat(path) === undefined)
            missing++;
    return {
        files: project.ledgers.length + project.plans.length,
        entries: entries.length,
        attempts: entries.reduce((sum, entry) => sum + entry.attempts.length, 0),
        plans: project.plans.length,
        tasks: project.plans.reduce((sum, plan) => sum + plan.tasks.length, 0),
        artifacts: { checked: paths.size, missing },
        errors: findings.filter((finding) => finding.severity === 'error').length,
        warnings: findings.filter((finding) => finding.severity === 'warning').length,
        infos: findings.filter((finding) => finding.severity === 'info').length
    };
}

/** Checks a repository: the one entry point of the CLI and the Action. */
async function check(options) {
    const root = resolve(options.root);
    const fs = options.fs ?? new DiskRepoFS(root);
    const rules = options.rules ?? allRules;
    const loaded = options.config
        ? { config: options.config }
        : loadConfig({
            root,
            fs,
            rules,
            ...(options.configPath !== undefined ? { path: options.configPath } : {})
        });
    const config = loaded.config;
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
        const split = applyBaseline(findings, loadBaseline(resolve(root, options.baseline)));
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
function fileFilter(onlyFiles) {
    if (!onlyFiles)
        return () => true;
    const files = new Set(onlyFiles.map((file) => file.replace(/^\.\//, '')));
    return (finding) => files.has(finding.file);
}

export { analyze as a, compareFindings as b, check as c };
