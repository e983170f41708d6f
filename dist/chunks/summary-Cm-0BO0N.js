import { m as parseFingerprintMarkers, a as paragraph, p as plain, n as strong, o as list, q as html, R as REVIEW_MARKER, u as fingerprintMarker, s as stringify, c as code, l as link, b as blobUrl, t as text, h as heading, d as table, v as formatProgress, w as entryProgress, S as SUMMARY_MARKER } from './progress-B1j56jAO.js';

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
/**
 * The diff seen from a sub-folder of the repository (the Action's `working-directory`): files
 * under `prefix` keyed by their path inside it, everything else dropped.
 */
function diffsUnder(diffs, prefix) {
    if (!prefix)
        return new Map(diffs);
    const folder = `${prefix.replace(/\/+$/, '')}/`;
    const result = new Map();
    for (const [path, diff] of diffs) {
        if (path.startsWith(folder))
            result.set(path.slice(folder.length), { ...diff, path: path.slice(folder.length) });
    }
    return result;
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

function planReview(input) {
    const findings = uniqueByFingerprint(input.introduced);
    const current = new Set(findings.map((f) => f.fingerprint));
    // Only our own comments count: a marker pasted by someone else proves nothing.
    const ours = input.existingComments.filter((c) => c.authorLogin === input.botLogin);
    const commented = new Set();
    const deleteCommentIds = [];
    for (const comment of ours) {
        const fingerprints = parseFingerprintMarkers(comment.body);
        if (fingerprints.length === 0)
            continue;
        if (fingerprints.some((fp) => current.has(fp)))
            fingerprints.forEach((fp) => commented.add(fp));
        else
            deleteCommentIds.push(comment.id);
    }
    const listedBefore = new Set(input.existingReviewBodies.flatMap(parseFingerprintMarkers));
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
        strong(plain(SEVERITY_LABEL[finding.severity])),
        plain(' '),
        code(finding.ruleId),
        plain(': '),
        text(finding.message)
    ];
}
/** The body of one inline comment: the finding, an optional suggestion, the hidden marker. */
function renderInlineComment(comment) {
    const { finding } = comment;
    const blocks = [paragraph(...findingLine(finding))];
    if (comment.withSuggestion && finding.suggestion) {
        blocks.push({
            type: 'code',
            lang: 'suggestion',
            value: finding.suggestion.replacement.replace(/\n$/, '')
        });
    }
    blocks.push(html(fingerprintMarker(finding.fingerprint)));
    return stringify(blocks);
}
function locationOf(finding, links) {
    const label = code(`${finding.file}:${finding.line}`);
    return links ? link(blobUrl(links, finding.file, finding.line), [label]) : label;
}
/**
 * The review body: how many new findings, then those that could not go inline. Hidden markers
 * record the listed fingerprints so a re-run does not list them again.
 */
function renderReviewBody(plan, links) {
    const total = plan.inline.length + plan.listed.length;
    const blocks = [
        paragraph(strong(plain('planguard')), plain(` found ${total} new finding${total === 1 ? '' : 's'} in this pull request`), plain(plan.inline.length > 0 ? ` (${plan.inline.length} commented inline).` : '.'))
    ];
    // A review body is limited to 65,536 characters: list a bounded number, count the rest.
    const shown = plan.listed.slice(0, MAX_LISTED_FINDINGS);
    if (shown.length > 0) {
        blocks.push(paragraph(plain('Not on a line of the diff, or over the inline comment limit:')));
        blocks.push(list(shown.map((f) => [locationOf(f, links), plain(' '), ...findingLine(f)])));
    }
    const hidden = plan.listed.length - shown.length;
    if (hidden > 0) {
        blocks.push(paragraph(plain(`…and ${hidden} more, listed in the job summary of this run.`)));
    }
    blocks.push(html([REVIEW_MARKER, ...shown.map((f) => fingerprintMarker(f.fingerprint))].join('\n')));
    return stringify(blocks);
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
        html(SUMMARY_MARKER),
        heading(3, plain('planguard')),
        paragraph(plain(`${introduced} new finding${introduced === 1 ? '' : 's'}, ${existing} already present before this pull request, ` +
            `${input.fixed.length} fixed.`))
    ];
    if (counts.length > 0) {
        blocks.push(table(['Rule', 'New', 'Pre-existing', 'Fixed'], counts.map((c) => [
            [code(c.ruleId)],
            [plain(String(c.introduced))],
            [plain(String(c.existing))],
            [plain(String(c.fixed))]
        ])));
    }
    const entries = touchedEntries(input);
    if (entries.length > 0) {
        blocks.push(paragraph(plain('Plan progress of the entries this pull request touches:')));
        blocks.push(table(['Entry', 'Status', 'Progress (done/total per phase)'], entries.map((e) => [
            [code(e.id)],
            [text(e.status?.value ?? '—')],
            [text(formatProgress(entryProgress(e, input.plans)))]
        ])));
    }
    return stringify(blocks);
}

export { planReview as a, renderInlineComment as b, renderSummaryComment as c, diffsUnder as d, parsePullRequestFiles as p, renderReviewBody as r, sortFindings as s };
