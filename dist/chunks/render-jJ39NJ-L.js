import { createHash } from 'node:crypto';
import { s as stringify, h as heading, a as paragraph, p as plain, t as text, c as code, l as link, b as blobUrl, n as strong, g as clip, x as details, o as list, y as nextOpenTasks, d as table, z as mirrorMarker, v as formatProgress, w as entryProgress, A as lastAttempt, B as entryMarker } from './progress-B1j56jAO.js';

/**
 * The tracking issue body: a deterministic Markdown view of the ledgers (an index of every entry,
 * then a short section per active entry), kept within GitHub's body limit.
 */
/** GitHub refuses bodies over 65,536 characters; stay well below. */
const MIRROR_BODY_BUDGET = 60_000;
const NEXT_TASKS = 5;
const ATTEMPT_TEXT_MAX = 280;
function source(input, file, line, label) {
    const labelNode = code(label);
    return input.links ? link(blobUrl(input.links, file, line), [labelNode]) : labelNode;
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
    const attempt = lastAttempt(entry);
    if (!attempt)
        return '—';
    const parts = [
        attempt.date?.raw,
        attempt.number === undefined ? undefined : `#${attempt.number}`,
        attempt.label
    ];
    return clip(parts.filter(Boolean).join(' '), 80) || '—';
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
        [text(clip(entry.title, 120))],
        [text(entry.priority?.value ?? '—')],
        [text(entry.status?.value ?? '—')],
        [text(formatProgress(entryProgress(entry, input.plans)))],
        [text(attemptSummary(entry))],
        [plain(String(counts.get(entry.id) ?? 0))]
    ];
    // Cells hold one line each (and columns are not padded), so every row is one line of its own.
    const lines = (entries) => stringify([table(INDEX_HEADERS, entries.map(cells))])
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
        heading(3, plain(entry.id)),
        paragraph(text(entry.title), plain(' — '), strong(text(entry.status?.value ?? 'no status')), plain(entry.priority ? ', priority ' : ''), text(entry.priority?.value ?? ''), plain(' · '), source(input, ledger.file, entry.headingRange.line, `${ledger.file}:${entry.headingRange.line}`))
    ];
    const attempts = entry.attempts.slice(-3).reverse();
    if (attempts.length > 0) {
        const items = attempts.map((a) => [
            source(input, ledger.file, a.headerRange.line, a.date?.raw ?? (a.number === undefined ? 'attempt' : `#${a.number}`)),
            plain(' '),
            text(clip(a.text, ATTEMPT_TEXT_MAX))
        ]);
        blocks.push(...details(`Recent attempts (${attempts.length} of ${entry.attempts.length})`, [list(items)]));
    }
    const tasks = nextOpenTasks(entry, input.plans, NEXT_TASKS);
    if (tasks.length > 0) {
        blocks.push(paragraph(plain('Next open tasks:')));
        blocks.push(list(tasks.map((t) => [
            code(t.id),
            plain(` ${t.state === 'partial' ? '(partial) ' : ''}`),
            text(clip(t.description, 160))
        ])));
    }
    return stringify(blocks).trimEnd();
}
function renderMirror(input) {
    const budget = input.budget ?? MIRROR_BODY_BUDGET;
    const counts = findingCounts(input.findings);
    const entryTotal = input.ledgers.reduce((n, l) => n + l.entries.length, 0);
    const pieces = [
        {
            kind: 'head',
            joiner: '\n\n',
            text: stringify([
                heading(2, plain('Planning ledger')),
                paragraph(plain(`${entryTotal} entr${entryTotal === 1 ? 'y' : 'ies'} in `), ...input.ledgers.flatMap((l, i) => [
                    plain(i > 0 ? ', ' : ''),
                    source(input, l.file, 1, l.file)
                ]), plain(input.links ? ` at commit ${input.links.sha.slice(0, 12)}.` : '.'))
            ]).trimEnd()
        }
    ];
    for (const ledger of input.ledgers) {
        const index = indexTable(input, ledger, counts);
        if (input.ledgers.length > 1)
            pieces.push({
                kind: 'head',
                joiner: '\n\n',
                text: stringify([heading(3, text(ledger.file))]).trimEnd()
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
                stringify([
                    paragraph(strong(plain('Truncated')), plain(` to fit GitHub's size limit: ${omittedRows} index row${omittedRows === 1 ? '' : 's'} and ` +
                        `${omittedSections} entry section${omittedSections === 1 ? '' : 's'} left out. The full ledger is in `), text(clip(where, 200)), plain('.'))
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
    const hash = createHash('sha256').update(canonical).digest('hex').slice(0, 16);
    const marker = mirrorMarker({
        sha: sha ?? '0000',
        hash,
        ...(input.committedAt === undefined ? {} : { committedAt: input.committedAt })
    });
    return { body: `${prefix}${marker}\n\n${content}\n`, hash, ...omitted };
}
/** The body of one active entry's sub-issue: the entry's section, stamped like the main body. */
function renderEntryIssue(input, ledger, entry) {
    const content = entrySection(input, ledger, entry);
    return stamp(content, input, { omittedRows: 0, omittedSections: 0 }, `${entryMarker(entry.id)}\n`);
}

export { renderEntryIssue as a, isActive as i, renderMirror as r };
