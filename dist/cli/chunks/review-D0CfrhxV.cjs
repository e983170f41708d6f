'use strict';

var check = require('./check-BHFmESsm.cjs');
var cliMain = require('./cli-main-DsCnXIRq.cjs');
var git = require('./git-DtbOtkKx.cjs');
var progress = require('./progress-CQwfSWZq.cjs');
require('node:path');
require('node:fs');
require('node:crypto');
require('node:buffer');
require('node:util');
require('node:child_process');
require('node:process');
require('node:url');

/**
 * Which lines of a pull request GitHub accepts review comments on: the RIGHT-side (new file)
 * lines inside the hunks of each file's patch, both added and unchanged context lines.
 */
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Parses one file's unified-diff patch as `pulls.listFiles` returns it (no file headers). */
function parsePatch(path, patch) {
    const diff = { path, commentable: new Set(), added: new Set(), hunks: [] };
    if (!patch)
        return diff;
    let next = 0;
    let inHunk = false;
    for (const line of patch.split('\n')) {
        const header = HUNK_HEADER.exec(line);
        if (header) {
            next = Number(header[1]);
            const length = header[2] === undefined ? 1 : Number(header[2]);
            diff.hunks.push({ start: next, end: next + length - 1 });
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        const kind = line[0];
        if (kind === '+') {
            diff.commentable.add(next);
            diff.added.add(next);
            next += 1;
        }
        else if (kind === ' ' || line === '') {
            // An empty line inside a hunk is a context line whose leading space was trimmed.
            if (line === '' && !withinHunk(diff, next))
                continue;
            diff.commentable.add(next);
            next += 1;
        }
        // '-' lines exist only on the LEFT side; '\' is "No newline at end of file".
    }
    return diff;
}
function withinHunk(diff, line) {
    const hunk = diff.hunks[diff.hunks.length - 1];
    return hunk !== undefined && line >= hunk.start && line <= hunk.end;
}
/** The diff of a whole pull request, keyed by path. Removed files have no RIGHT side. */
function parsePullRequestFiles(files) {
    const diffs = new Map();
    for (const file of files) {
        if (file.status === 'removed')
            continue;
        diffs.set(file.filename, parsePatch(file.filename, file.patch ?? undefined));
    }
    return diffs;
}
/** Whether every line from `start` to `end` is commentable and inside one hunk. */
function isCommentableRange(diff, start, end) {
    if (end < start)
        return false;
    const hunk = diff.hunks.find((h) => start >= h.start && start <= h.end);
    if (!hunk || end > hunk.end)
        return false;
    for (let line = start; line <= end; line++)
        if (!diff.commentable.has(line))
            return false;
    return true;
}

/**
 * Splits the output of `git diff` into per-file patches shaped like `pulls.listFiles` returns
 * them (hunks only, no file headers), so a local dry run plans comments the way the Action does.
 */
function splitUnifiedDiff(diff) {
    const files = [];
    let current;
    let removed = false;
    let oldName = '';
    const flush = () => {
        if (current)
            files.push({
                filename: current.filename,
                status: current.status,
                patch: current.lines.join('\n')
            });
        current = undefined;
    };
    for (const line of diff.split('\n')) {
        if (line.startsWith('diff --git ')) {
            flush();
            removed = false;
            continue;
        }
        if (line.startsWith('deleted file mode'))
            removed = true;
        if (!current && line.startsWith('--- '))
            oldName = line.slice(4);
        if (!current && line.startsWith('+++ ')) {
            let target = line.slice(4);
            if (target === '/dev/null') {
                removed = true;
                target = oldName;
            }
            const filename = unquote(target).replace(/^[ab]\//, '');
            const status = removed ? 'removed' : oldName === '/dev/null' ? 'added' : 'modified';
            current = { filename, status, lines: [] };
            continue;
        }
        if (current && (current.lines.length > 0 || line.startsWith('@@')))
            current.lines.push(line);
    }
    flush();
    // A trailing newline of the diff leaves one empty line after the last hunk.
    for (const file of files)
        file.patch = file.patch?.replace(/\n$/, '');
    return files;
}
/** git quotes paths with unusual characters: `"b/with space\303\251.md"`. */
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    const bytes = [];
    const body = path.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const char = body[i];
        if (char !== '\\') {
            bytes.push(...Buffer.from(char, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push({ n: 10, t: 9, '"': 34, '\\': 92 }[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
/** Errors first, then by file and position, so every run posts in the same order. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.fingerprint.localeCompare(b.fingerprint));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** One finding per fingerprint (the first in sorted order wins). */
function uniqueByFingerprint(findings) {
    const seen = new Set();
    const result = [];
    for (const finding of sortFindings(findings)) {
        if (seen.has(finding.fingerprint))
            continue;
        seen.add(finding.fingerprint);
        result.push(finding);
    }
    return result;
}

function planReview(input) {
    const findings = uniqueByFingerprint(input.introduced);
    const current = new Set(findings.map((f) => f.fingerprint));
    // Only our own comments count: a marker pasted by someone else proves nothing.
    const ours = input.existingComments.filter((c) => c.authorLogin === input.botLogin);
    const commented = new Set();
    const deleteCommentIds = [];
    for (const comment of ours) {
        const fingerprints = progress.parseFingerprintMarkers(comment.body);
        if (fingerprints.length === 0)
            continue;
        if (fingerprints.some((fp) => current.has(fp)))
            fingerprints.forEach((fp) => commented.add(fp));
        else
            deleteCommentIds.push(comment.id);
    }
    const listedBefore = new Set(input.existingReviewBodies.flatMap(progress.parseFingerprintMarkers));
    let inlineBudget = Math.max(0, input.maxInlineComments - commented.size);
    const inline = [];
    const listed = [];
    const alreadyReported = [];
    for (const finding of findings) {
        if (commented.has(finding.fingerprint) || listedBefore.has(finding.fingerprint)) {
            alreadyReported.push(finding.fingerprint);
            continue;
        }
        const placement = placeComment(finding, input.diffs.get(finding.file));
        if (placement && inlineBudget > 0) {
            inline.push(placement);
            inlineBudget -= 1;
        }
        else {
            listed.push(finding);
        }
    }
    return {
        inline,
        listed,
        deleteCommentIds: deleteCommentIds.sort((a, b) => a - b),
        alreadyReported
    };
}
/** Where a finding can be commented on in the diff, or undefined when it is outside it. */
function placeComment(finding, diff) {
    if (!diff)
        return undefined;
    const suggestion = finding.suggestion;
    if (suggestion && isCommentableRange(diff, suggestion.range.line, suggestion.range.endLine)) {
        const { line, endLine } = suggestion.range;
        return {
            finding,
            path: finding.file,
            line: endLine,
            ...(endLine > line ? { startLine: line } : {}),
            withSuggestion: true
        };
    }
    const last = Math.max(finding.line, finding.endLine);
    for (let line = finding.line; line <= last; line++) {
        if (diff.commentable.has(line))
            return { finding, path: finding.file, line, withSuggestion: false };
    }
    return undefined;
}

const MAX_LISTED_FINDINGS = 100;
const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' };
function findingLine(finding) {
    return [
        progress.strong(progress.plain(SEVERITY_LABEL[finding.severity])),
        progress.plain(' '),
        progress.code(finding.ruleId),
        progress.plain(': '),
        progress.text(finding.message)
    ];
}
/** The body of one inline comment: the finding, an optional suggestion, the hidden marker. */
function renderInlineComment(comment) {
    const { finding } = comment;
    const blocks = [progress.paragraph(...findingLine(finding))];
    if (comment.withSuggestion && finding.suggestion) {
        blocks.push({
            type: 'code',
            lang: 'suggestion',
            value: finding.suggestion.replacement.replace(/\n$/, '')
        });
    }
    blocks.push(progress.html(progress.fingerprintMarker(finding.fingerprint)));
    return progress.stringify(blocks);
}
function locationOf(finding, links) {
    const label = progress.code(`${finding.file}:${finding.line}`);
    return links ? progress.link(progress.blobUrl(links, finding.file, finding.line), [label]) : label;
}
/**
 * The review body: how many new findings, then those that could not go inline. Hidden markers
 * record the listed fingerprints so a re-run does not list them again.
 */
function renderReviewBody(plan, links) {
    const total = plan.inline.length + plan.listed.length;
    const blocks = [
        progress.paragraph(progress.strong(progress.plain('planguard')), progress.plain(` found ${total} new finding${total === 1 ? '' : 's'} in this pull request`), progress.plain(plan.inline.length > 0 ? ` (${plan.inline.length} commented inline).` : '.'))
    ];
    // A review body is limited to 65,536 characters: list a bounded number, count the rest.
    const shown = plan.listed.slice(0, MAX_LISTED_FINDINGS);
    if (shown.length > 0) {
        blocks.push(progress.paragraph(progress.plain('Not on a line of the diff, or over the inline comment limit:')));
        blocks.push(progress.list(shown.map((f) => [locationOf(f, links), progress.plain(' '), ...findingLine(f)])));
    }
    const hidden = plan.listed.length - shown.length;
    if (hidden > 0) {
        blocks.push(progress.paragraph(progress.plain(`…and ${hidden} more, listed in the job summary of this run.`)));
    }
    blocks.push(progress.html([progress.REVIEW_MARKER, ...shown.map((f) => progress.fingerprintMarker(f.fingerprint))].join('\n')));
    return progress.stringify(blocks);
}

function countByRule(input) {
    const counts = new Map();
    const entry = (ruleId) => {
        let count = counts.get(ruleId);
        if (!count)
            counts.set(ruleId, (count = { ruleId, introduced: 0, existing: 0, fixed: 0 }));
        return count;
    };
    const introduced = new Set(input.introduced.map((f) => f.fingerprint));
    for (const finding of input.findings) {
        if (introduced.has(finding.fingerprint))
            entry(finding.ruleId).introduced += 1;
        else
            entry(finding.ruleId).existing += 1;
    }
    for (const finding of input.fixed)
        entry(finding.ruleId).fixed += 1;
    return [...counts.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}
/** Entries whose text the pull request changed, or whose plan file it changed. */
function touchedEntries(input) {
    const touched = [];
    const changedPlans = new Set(input.plans.filter((p) => input.diffs.has(p.file)).map((p) => p.file));
    for (const ledger of input.ledgers) {
        const diff = input.diffs.get(ledger.file);
        for (const entry of ledger.entries) {
            const { line, endLine } = entry.range;
            const textChanged = diff !== undefined && [...diff.added].some((l) => l >= line && l <= endLine);
            const planChanged = entry.plans.some((link) => [...changedPlans].some((file) => file === link.path || file.startsWith(link.path.replace(/\/?$/, '/'))));
            if (textChanged || planChanged)
                touched.push(entry);
        }
    }
    return touched;
}
function renderSummaryComment(input) {
    const counts = countByRule(input);
    const introduced = input.introduced.length;
    const existing = counts.reduce((n, c) => n + c.existing, 0);
    const blocks = [
        progress.html(progress.SUMMARY_MARKER),
        progress.heading(3, progress.plain('planguard')),
        progress.paragraph(progress.plain(`${introduced} new finding${introduced === 1 ? '' : 's'}, ${existing} already present before this pull request, ` +
            `${input.fixed.length} fixed.`))
    ];
    if (counts.length > 0) {
        blocks.push(progress.table(['Rule', 'New', 'Pre-existing', 'Fixed'], counts.map((c) => [
            [progress.code(c.ruleId)],
            [progress.plain(String(c.introduced))],
            [progress.plain(String(c.existing))],
            [progress.plain(String(c.fixed))]
        ])));
    }
    const entries = touchedEntries(input);
    if (entries.length > 0) {
        blocks.push(progress.paragraph(progress.plain('Plan progress of the entries this pull request touches:')));
        blocks.push(progress.table(['Entry', 'Status', 'Progress (done/total per phase)'], entries.map((e) => [
            [progress.code(e.id)],
            [progress.text(e.status?.value ?? '—')],
            [progress.text(progress.formatProgress(progress.entryProgress(e, input.plans)))]
        ])));
    }
    return progress.stringify(blocks);
}

const DEFAULT_MAX_INLINE = 30;
const command = {
    name: 'review',
    summary: 'Show the pull-request review the Action would post (with --dry-run).',
    usage: 'review --base REF --dry-run [DIR] [options]',
    details: 'Compares the working tree with where it branched from REF and prints, without a token and\n' +
        'without contacting GitHub, the review body, each inline comment (path:line and body) and the\n' +
        'summary comment the Action would post on a pull request from this branch.',
    options: {
        base: {
            type: 'string',
            valueName: 'REF',
            description: 'The branch or commit the pull request targets.'
        },
        'dry-run': {
            type: 'boolean',
            description: 'Print instead of posting (required: posting is the Action’s job).'
        },
        config: check.CONFIG_OPTION,
        now: check.NOW_OPTION,
        'max-inline-comments': {
            type: 'string',
            valueName: 'N',
            description: `Most inline comments (default ${DEFAULT_MAX_INLINE}).`
        }
    },
    maxPositionals: 1,
    async run({ positionals, values, io }) {
        if (!cliMain.booleanOption(values, 'dry-run')) {
            io.stderr('planguard review: only --dry-run is supported locally; the Action posts reviews.\n');
            return cliMain.EXIT_USAGE;
        }
        const base = cliMain.stringOption(values, 'base');
        if (!base)
            throw new cliMain.PlanguardError('usage', 'review: --base REF is required');
        const options = check.repositoryCheckOptions(io, positionals, values);
        const { root } = options;
        const result = await check.check({ ...options, base });
        const revision = result.baseRevision ?? base;
        const diffText = (await git.runGit(root, [
            'diff',
            '--no-color',
            '--no-renames',
            '--no-ext-diff',
            '-U3',
            revision,
            '--'
        ])).toString('utf8');
        const diffs = parsePullRequestFiles(splitUnifiedDiff(diffText));
        const introduced = result.introduced ?? [];
        const plan = planReview({
            introduced,
            diffs,
            existingComments: [],
            existingReviewBodies: [],
            botLogin: 'planguard',
            maxInlineComments: cliMain.countOption(values, 'max-inline-comments') ?? DEFAULT_MAX_INLINE
        });
        const out = [];
        if (plan.inline.length === 0 && plan.listed.length === 0) {
            out.push('=== Review: none (no new findings) ===\n');
        }
        else {
            out.push('=== Review body ===\n', renderReviewBody(plan));
            for (const comment of plan.inline) {
                const where = comment.startLine === undefined
                    ? `${comment.line}`
                    : `${comment.startLine}-${comment.line}`;
                out.push(`\n=== Inline comment ${comment.path}:${where} ===\n`, renderInlineComment(comment));
            }
        }
        const summary = renderSummaryComment({
            findings: result.findings,
            introduced,
            fixed: result.fixed ?? [],
            ledgers: result.project.ledgers,
            plans: result.project.plans,
            diffs
        });
        out.push('\n=== Summary comment ===\n', summary);
        io.stdout(out.join(''));
        return cliMain.EXIT_OK;
    }
};

exports.command = command;
