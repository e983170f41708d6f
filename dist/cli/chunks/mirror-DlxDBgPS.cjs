'use strict';

var check = require('./check-BHFmESsm.cjs');
var crypto = require('node:crypto');
var progress = require('./progress-CQwfSWZq.cjs');
var cliMain = require('./cli-main-DsCnXIRq.cjs');
require('node:path');
require('node:fs');
require('node:buffer');
require('node:process');
require('node:url');
require('node:util');

/**
 * The tracking issue body: a deterministic Markdown view of the ledgers (an index of every entry,
 * then a short section per active entry), kept within GitHub's body limit.
 */
/** GitHub refuses bodies over 65,536 characters; stay well below. */
const MIRROR_BODY_BUDGET = 60_000;
const NEXT_TASKS = 5;
const ATTEMPT_TEXT_MAX = 280;
function source(input, file, line, label) {
    const labelNode = progress.code(label);
    return input.links ? progress.link(progress.blobUrl(input.links, file, line), [labelNode]) : labelNode;
}
function isActive(entry, doneStatuses) {
    const status = entry.status?.value;
    return !status || !doneStatuses.includes(status);
}
function findingCounts(findings) {
    const counts = new Map();
    for (const finding of findings) {
        if (finding.entryId)
            counts.set(finding.entryId, (counts.get(finding.entryId) ?? 0) + 1);
    }
    return counts;
}
function attemptSummary(entry) {
    const attempt = progress.lastAttempt(entry);
    if (!attempt)
        return '—';
    const parts = [
        attempt.date?.raw,
        attempt.number === undefined ? undefined : `#${attempt.number}`,
        attempt.label
    ];
    return progress.clip(parts.filter(Boolean).join(' '), 80) || '—';
}
const INDEX_HEADERS = [
    'Entry',
    'Title',
    'Priority',
    'Status',
    'Plan progress',
    'Last attempt',
    'Findings'
];
/** Rows are serialised this many at a time, and only as far as the budget reaches. */
const ROW_CHUNK = 100;
function indexTable(input, ledger, counts) {
    const cells = (entry) => [
        [source(input, ledger.file, entry.headingRange.line, entry.id)],
        [progress.text(progress.clip(entry.title, 120))],
        [progress.text(entry.priority?.value ?? '—')],
        [progress.text(entry.status?.value ?? '—')],
        [progress.text(progress.formatProgress(progress.entryProgress(entry, input.plans)))],
        [progress.text(attemptSummary(entry))],
        [progress.plain(String(counts.get(entry.id) ?? 0))]
    ];
    // Cells hold one line each (and columns are not padded), so every row is one line of its own.
    const lines = (entries) => progress.stringify([progress.table(INDEX_HEADERS, entries.map(cells))])
        .trimEnd()
        .split('\n');
    const [header, delimiter] = lines([]);
    const chunks = new Map();
    return {
        head: `${header}\n${delimiter}`,
        row(index) {
            const start = index - (index % ROW_CHUNK);
            let chunk = chunks.get(start);
            if (!chunk) {
                chunk = lines(ledger.entries.slice(start, start + ROW_CHUNK)).slice(2);
                chunks.set(start, chunk);
            }
            return chunk[index - start] ?? '';
        }
    };
}
function entrySection(input, ledger, entry) {
    const blocks = [
        progress.heading(3, progress.plain(entry.id)),
        progress.paragraph(progress.text(entry.title), progress.plain(' — '), progress.strong(progress.text(entry.status?.value ?? 'no status')), progress.plain(entry.priority ? ', priority ' : ''), progress.text(entry.priority?.value ?? ''), progress.plain(' · '), source(input, ledger.file, entry.headingRange.line, `${ledger.file}:${entry.headingRange.line}`))
    ];
    const attempts = entry.attempts.slice(-3).reverse();
    if (attempts.length > 0) {
        const items = attempts.map((a) => [
            source(input, ledger.file, a.headerRange.line, a.date?.raw ?? (a.number === undefined ? 'attempt' : `#${a.number}`)),
            progress.plain(' '),
            progress.text(progress.clip(a.text, ATTEMPT_TEXT_MAX))
        ]);
        blocks.push(...progress.details(`Recent attempts (${attempts.length} of ${entry.attempts.length})`, [progress.list(items)]));
    }
    const tasks = progress.nextOpenTasks(entry, input.plans, NEXT_TASKS);
    if (tasks.length > 0) {
        blocks.push(progress.paragraph(progress.plain('Next open tasks:')));
        blocks.push(progress.list(tasks.map((t) => [
            progress.code(t.id),
            progress.plain(` ${t.state === 'partial' ? '(partial) ' : ''}`),
            progress.text(progress.clip(t.description, 160))
        ])));
    }
    return progress.stringify(blocks).trimEnd();
}
function renderMirror(input) {
    const budget = input.budget ?? MIRROR_BODY_BUDGET;
    const counts = findingCounts(input.findings);
    const entryTotal = input.ledgers.reduce((n, l) => n + l.entries.length, 0);
    const pieces = [
        {
            kind: 'head',
            joiner: '\n\n',
            text: progress.stringify([
                progress.heading(2, progress.plain('Planning ledger')),
                progress.paragraph(progress.plain(`${entryTotal} entr${entryTotal === 1 ? 'y' : 'ies'} in `), ...input.ledgers.flatMap((l, i) => [
                    progress.plain(i > 0 ? ', ' : ''),
                    source(input, l.file, 1, l.file)
                ]), progress.plain(input.links ? ` at commit ${input.links.sha.slice(0, 12)}.` : '.'))
            ]).trimEnd()
        }
    ];
    for (const ledger of input.ledgers) {
        const index = indexTable(input, ledger, counts);
        if (input.ledgers.length > 1)
            pieces.push({
                kind: 'head',
                joiner: '\n\n',
                text: progress.stringify([progress.heading(3, progress.text(ledger.file))]).trimEnd()
            });
        pieces.push({ kind: 'head', joiner: '\n\n', text: index.head });
        ledger.entries.forEach((_, i) => pieces.push({ kind: 'row', joiner: '\n', text: () => index.row(i) }));
    }
    for (const ledger of input.ledgers) {
        for (const entry of ledger.entries) {
            if (isActive(entry, input.doneStatuses))
                pieces.push({
                    kind: 'section',
                    joiner: '\n\n',
                    text: () => entrySection(input, ledger, entry)
                });
        }
    }
    return assemble(pieces, input, budget);
}
/** Reserved for the marker and the truncation notice. */
const RESERVED = 600;
function assemble(pieces, input, budget) {
    let content = '';
    let kept = 0;
    for (const piece of pieces) {
        const text = typeof piece.text === 'string' ? piece.text : piece.text();
        const next = content === '' ? text : content + piece.joiner + text;
        if (next.length > budget - RESERVED)
            break;
        content = next;
        kept += 1;
    }
    const omitted = pieces.slice(kept);
    const omittedRows = omitted.filter((p) => p.kind === 'row').length;
    const omittedSections = omitted.filter((p) => p.kind === 'section').length;
    if (omitted.length > 0) {
        const where = input.ledgers.map((l) => l.file).join(', ');
        content +=
            '\n\n' +
                progress.stringify([
                    progress.paragraph(progress.strong(progress.plain('Truncated')), progress.plain(` to fit GitHub's size limit: ${omittedRows} index row${omittedRows === 1 ? '' : 's'} and ` +
                        `${omittedSections} entry section${omittedSections === 1 ? '' : 's'} left out. The full ledger is in `), progress.text(progress.clip(where, 200)), progress.plain('.'))
                ]).trimEnd();
    }
    return stamp(content, input, { omittedRows, omittedSections });
}
/** Hashes content without the commit sha and puts the marker in front. */
function stamp(content, input, omitted, prefix = '') {
    const sha = input.links?.sha;
    // The commit appears in links and the intro; leave it out so an unchanged ledger hashes the same.
    const canonical = sha
        ? content.split(sha).join('{sha}').split(sha.slice(0, 12)).join('{sha}')
        : content;
    const hash = crypto.createHash('sha256').update(canonical).digest('hex').slice(0, 16);
    const marker = progress.mirrorMarker({
        sha: sha ?? '0000',
        hash,
        ...(input.committedAt === undefined ? {} : { committedAt: input.committedAt })
    });
    return { body: `${prefix}${marker}\n\n${content}\n`, hash, ...omitted };
}

const command = {
    name: 'mirror',
    summary: 'Show the tracking-issue body the Action would write (with --dry-run).',
    usage: 'mirror --dry-run [DIR] [options]',
    details: 'Renders the ledgers of the working tree the way the Action mirrors them into the tracking\n' +
        'issue on a push to the default branch, and prints the body. Links are repository paths.',
    options: {
        'dry-run': {
            type: 'boolean',
            description: 'Print instead of posting (required: posting is the Action’s job).'
        },
        config: check.CONFIG_OPTION,
        now: check.NOW_OPTION
    },
    maxPositionals: 1,
    async run({ positionals, values, io }) {
        if (!cliMain.booleanOption(values, 'dry-run')) {
            io.stderr('planguard mirror: only --dry-run is supported locally; the Action writes the issue.\n');
            return cliMain.EXIT_USAGE;
        }
        const result = await check.check(check.repositoryCheckOptions(io, positionals, values));
        const { project } = result;
        const rendered = renderMirror({
            ledgers: project.ledgers,
            plans: project.plans,
            findings: result.findings,
            doneStatuses: project.config.vocabulary.doneStatus
        });
        io.stdout(rendered.body);
        return cliMain.EXIT_OK;
    }
};

exports.command = command;
