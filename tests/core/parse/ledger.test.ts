import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { configSchema, defaultConfig } from '../../../src/core/config/schema.js'
import type { LedgerDocument, LedgerEntry } from '../../../src/core/model.js'
import { parseLedger } from '../../../src/core/parse/ledger.js'

const config = defaultConfig()

function fixture(name: string): LedgerDocument {
  const file = `docs/${name}`
  const text = readFileSync(resolve(process.cwd(), 'tests/fixtures/ledgers', name), 'utf8')
  return parseLedger(file, text, config)
}

function entry(doc: LedgerDocument, id: string): LedgerEntry {
  const found = doc.entries.find((candidate) => candidate.id === id)
  if (found === undefined) throw new Error(`no entry ${id}`)
  return found
}

describe('parseLedger: header', () => {
  const doc = fixture('entries.md')

  it('reads the title, Last Updated with its note, and a bulleted Active Focus', () => {
    expect(doc.kind).toBe('ledger')
    expect(doc.dialect).toBe('entries')
    expect(doc.title?.value).toBe('Widget Service Fix Plan Ledger')
    expect(doc.lastUpdated).toMatchObject({ raw: '2025-10-17', precision: 'day' })
    expect(doc.lastUpdated?.epochMs).toBe(Date.UTC(2025, 9, 17))
    expect(doc.lastUpdated?.range).toMatchObject({ line: 3, column: 19, endColumn: 29 })
    expect(doc.activeFocus?.value.split('\n')).toHaveLength(2)
    expect(doc.activeFocus?.range).toMatchObject({ line: 5, endLine: 6 })
  })

  it('reads the Index table keyed by id and lower-cased header', () => {
    expect(doc.index?.headers).toEqual(['id', 'title', 'priority', 'status'])
    expect(doc.index?.rows.map((row) => row.id)).toEqual(['CACHE-WARMUP-001', 'API-DOCS-002'])
    const second = doc.index?.rows[1]
    expect(second?.cells['priority']?.value).toBe('Medium')
    expect(second?.cells['priority']?.raw).toBe('**Medium**')
    expect(second?.cells['status']?.range).toMatchObject({ line: 12, endLine: 12 })
  })

  it('counts lines and reports no problem on a clean ledger', () => {
    const text = readFileSync(resolve(process.cwd(), 'tests/fixtures/ledgers/entries.md'), 'utf8')
    expect(doc.lineCount).toBe(text.trimEnd().split('\n').length)
    expect(doc.problems).toEqual([])
  })
})

describe('parseLedger: entries and fields', () => {
  const doc = fixture('entries.md')
  const cache = entry(doc, 'CACHE-WARMUP-001')
  const docs = entry(doc, 'API-DOCS-002')

  it('finds entries at levels 2 and 3 with their sections', () => {
    expect(doc.entries.map((e) => [e.id, e.level, e.section])).toEqual([
      ['CACHE-WARMUP-001', 2, 'Active / Pending Initiatives'],
      ['API-DOCS-002', 3, 'Completed']
    ])
    expect(cache.title).toBe('Warm the cache on start-up')
    expect(cache.headingRange).toMatchObject({ line: 18, column: 1 })
  })

  it('folds a same-id update heading into the entry and ends the entry at the next section', () => {
    expect(cache.foldedHeadings.map((range) => range.line)).toEqual([35])
    expect(cache.range).toMatchObject({ line: 18, endLine: 36 })
    expect(cache.fields.map((field) => field.key)).toContain('exit-criteria')
    expect(cache.fields.at(-1)).toMatchObject({ name: 'Return Condition', key: 'exit-criteria' })
  })

  it('maps field names with suffixes to canonical keys', () => {
    expect(cache.fields.map((field) => field.key)).toEqual([
      'spec',
      'priority',
      'status',
      'owner',
      'plan',
      'reproduction',
      'attempts',
      'exit-criteria',
      'exit-criteria'
    ])
    expect(cache.exitCriteria?.name).toBe('Exit Criteria (quote thresholds from spec)')
    expect(cache.exitCriteria?.items.map((item) => item.value)).toEqual([
      'p95 start-up under 2 s ✅',
      'no cold call sites'
    ])
  })

  it('reads status and priority through backticks, bold and trailing explanations', () => {
    expect(cache.status).toMatchObject({ value: 'in_progress' })
    expect(cache.status?.raw).toBe('`in_progress` (Phase B waiting on review)')
    expect(cache.priority?.value).toBe('High')
    expect(docs.status?.value).toBe('done')
    expect(docs.priority?.value).toBe('Medium')
  })

  it('gives each field its value range', () => {
    const status = cache.fields.find((field) => field.key === 'status')
    expect(status?.valueRange).toMatchObject({ line: 21, column: 11, endLine: 21 })
    expect(status?.range).toMatchObject({ line: 21, column: 1 })
  })

  it('links plans from backticked and bare plan fields', () => {
    expect(cache.plans.map((plan) => plan.path)).toEqual([
      'plans/active/CACHE-WARMUP-001/implementation.md'
    ])
    expect(cache.plans[0]?.range).toMatchObject({ line: 23, column: 18 })
    expect(docs.plans.map((plan) => plan.path)).toEqual(['plans/archive/api-docs/plan.md'])
  })
})

describe('parseLedger: numbered attempts', () => {
  const cache = entry(fixture('entries.md'), 'CACHE-WARMUP-001')

  it('reads number, date, label and continuation lines', () => {
    const [first] = cache.attempts
    expect(first).toMatchObject({
      style: 'numbered',
      number: 1,
      label: 'Phase A.A1 Inventory',
      inHistory: true
    })
    expect(first?.date?.raw).toBe('2025-10-15')
    expect(first?.headerRange).toMatchObject({ line: 26, column: 3, endLine: 26 })
    expect(first?.range).toMatchObject({ line: 26, endLine: 28 })
    expect(first?.text.split('\n')).toHaveLength(3)
    expect(first?.text.startsWith('[2025-10-15] Attempt #1')).toBe(true)
    expect(first?.numberRange).toMatchObject({ line: 26, column: 26, endColumn: 28 })
  })

  it('reads attempt ranges written with an en dash', () => {
    const range = cache.attempts[2]
    expect(range).toMatchObject({ number: 3, numberEnd: 4, label: 'Phase B.B1 Review' })
  })

  it('classifies outcomes from the result marker or the first line', () => {
    expect(cache.attempts.map((attempt) => attempt.outcome)).toEqual([
      'unknown',
      'partial',
      'success'
    ])
  })
})

describe('parseLedger: dated and heading-style attempts', () => {
  const doc = fixture('dated.md')
  const guard = entry(doc, 'LOOP-GUARD-001')
  const archive = entry(doc, 'ARCHIVE-LOG-002')

  it('reads italic dated attempts with their labels, in and out of the history', () => {
    expect(guard.attempts.map((a) => [a.style, a.label, a.date?.precision, a.inHistory])).toEqual([
      ['dated', 'audit', 'second', true],
      ['dated', 'regression', 'second', true],
      ['dated', 'late note', 'second', false]
    ])
    expect(guard.attempts.map((a) => a.outcome)).toEqual(['success', 'failure', 'unknown'])
    expect(guard.attempts[1]?.range).toMatchObject({ line: 9, endLine: 10 })
  })

  it('reads several plan links from one field', () => {
    expect(guard.plans.map((plan) => plan.path)).toEqual([
      'plans/active/loop-guard/plan.md',
      'plans/active/loop-guard/checklist.md'
    ])
  })

  it('gives heading attempts of an Attempts History section to the entry they name', () => {
    expect(archive.attempts).toHaveLength(1)
    const [scoping] = archive.attempts
    expect(scoping).toMatchObject({
      style: 'heading',
      namedEntryId: 'ARCHIVE-LOG-002',
      label: 'scoping',
      inHistory: true
    })
    expect(scoping?.date).toMatchObject({ raw: '2026-01-28T10:00Z', precision: 'minute' })
    expect(scoping?.range).toMatchObject({ line: 20, endLine: 27 })
    expect(scoping?.text).toContain('**Next Actions:**')
  })

  it('reports a heading attempt that names no entry', () => {
    expect(doc.problems).toHaveLength(1)
    expect(doc.problems[0]).toMatchObject({ kind: 'other', range: { line: 29 } })
  })
})

describe('parseLedger: damaged ledgers', () => {
  const doc = fixture('damaged.md')

  it('normalises look-alike hyphens in ids and keeps the raw id', () => {
    const good = entry(doc, 'GOOD-ONE-001')
    expect(good.rawId).toBe('GOOD\u2011ONE-001')
  })

  it('keeps an entry behind a leaked diff marker and reports the marker', () => {
    const leaked = entry(doc, 'LEAKED-002')
    expect(leaked.status?.value).toBe('blocked')
    expect(leaked.priority?.value).toBe('High')
    const markers = doc.problems.filter((problem) => problem.kind === 'leaked-diff-marker')
    expect(markers.map((problem) => problem.range.line)).toEqual([7, 8, 18])
    expect(markers[0]?.entryId).toBe('LEAKED-002')
  })

  it('keeps an entry heading written behind a list marker', () => {
    expect(entry(doc, 'LISTED-003').status?.value).toBe('in_planning')
  })

  it('reports invalid dates and unreadable attempts without dropping numbered ones', () => {
    const leaked = entry(doc, 'LEAKED-002')
    expect(leaked.attempts).toHaveLength(1)
    expect(leaked.attempts[0]).toMatchObject({ number: 1 })
    expect(leaked.attempts[0]?.date).toBeUndefined()
    const kinds = doc.problems.map((problem) => [problem.kind, problem.range.line])
    expect(kinds).toContainEqual(['unreadable-date', 11])
    expect(kinds).toContainEqual(['unreadable-date', 12])
    expect(kinds).toContainEqual(['unreadable-attempt', 12])
    expect(kinds).toContainEqual(['unreadable-attempt', 13])
  })

  it('reports an entry heading whose id does not match the pattern', () => {
    expect(doc.problems.filter((problem) => problem.kind === 'unreadable-entry')).toEqual([
      expect.objectContaining({ range: expect.objectContaining({ line: 15 }) })
    ])
    expect(doc.entries.map((e) => e.id)).toEqual(['GOOD-ONE-001', 'LEAKED-002', 'LISTED-003'])
  })
})

describe('parseLedger: single-focus dialect', () => {
  const doc = fixture('single-focus.md')
  const [only] = doc.entries

  it('reads the document as one level-0 entry with the focus id', () => {
    expect(doc.dialect).toBe('single-focus')
    expect(doc.entries).toHaveLength(1)
    expect(only).toMatchObject({
      id: 'DATA-BUNDLE-007',
      title: 'Package the reference data bundle',
      level: 0
    })
    expect(only?.status?.value).toBe('in_progress')
    expect(only?.plans.map((plan) => plan.path)).toEqual([
      'plans/active/DATA-BUNDLE-007/implementation.md'
    ])
  })

  it('turns sections into fields', () => {
    const keys = only?.fields.map((field) => field.key)
    expect(keys).toEqual(
      expect.arrayContaining(['status', 'current-focus', 'completed-items', 'attempts'])
    )
    const completed = only?.fields.find((field) => field.key === 'completed-items')
    expect(completed?.items.map((item) => item.value)).toEqual([
      '[x] S1: Read the request',
      '[ ] S2: Ship the bundle'
    ])
  })

  it('reads heading attempts with named entry ids, task suffix removed', () => {
    expect(only?.attempts.map((a) => [a.style, a.namedEntryId, a.label, a.inHistory])).toEqual([
      ['heading', undefined, 'initial', true],
      ['heading', 'DATA-BUNDLE-007', 'manifest shipped', true]
    ])
    expect(only?.attempts[0]?.range).toMatchObject({ line: 23, endLine: 27 })
    expect(only?.attempts[1]?.outcome).toBe('success')
  })
})

describe('parseLedger: configuration and robustness', () => {
  it('uses configured field aliases and entry heading levels', () => {
    const text = '# L\n\n#### [X-1] Deep\n- Driver: Alice\n- Stage: done\n'
    const custom = configSchema.parse({
      dialect: { entryHeadingLevels: [4], fieldAliases: { stage: 'status' } }
    })
    const doc = parseLedger('docs/fix_plan.md', text, custom)
    expect(doc.entries.map((e) => [e.id, e.level, e.status?.value])).toEqual([['X-1', 4, 'done']])
    expect(doc.entries[0]?.fields.map((field) => field.key)).toEqual(['driver', 'status'])
  })

  it('skips entries under ignored sections', () => {
    const text = '## Active\n## [A-1] One\n- Status: done\n## Graveyard\n## [B-2] Two\n'
    const custom = configSchema.parse({ files: { ignoreSections: ['graveyard'] } })
    expect(parseLedger('f.md', text, custom).entries.map((e) => e.id)).toEqual(['A-1'])
  })

  it('reads a bracketed-date heading inside an entry as an attempt, not an entry', () => {
    const text = '## [A-1] One\n- Status: done\n### [2025-10-17] Attempt #3 — Check: ok\nbody\n'
    const doc = parseLedger('f.md', text, config)
    expect(doc.problems).toEqual([])
    expect(doc.entries[0]?.attempts.map((a) => [a.style, a.number, a.date?.raw])).toEqual([
      ['heading', 3, '2025-10-17']
    ])
  })

  it('reports an entry heading whose bracket never closes', () => {
    const doc = parseLedger('f.md', '## [A-1 Missing bracket\n- Status: done\n', config)
    expect(doc.entries).toEqual([])
    expect(doc.problems).toEqual([
      expect.objectContaining({
        kind: 'unreadable-entry',
        range: expect.objectContaining({ line: 1 })
      })
    ])
  })

  it('reports an empty file', () => {
    const doc = parseLedger('docs/fix_plan.md', '\n  \n', config)
    expect(doc.problems.map((problem) => problem.kind)).toEqual(['empty-file'])
    expect(doc.entries).toEqual([])
  })

  it('falls back to the default id pattern when the configured one is invalid', () => {
    const custom = configSchema.parse({ dialect: { entryIdPattern: '([' } })
    const doc = parseLedger('f.md', '## [A-1] One\n- Status: done\n', custom)
    expect(doc.entries.map((e) => e.id)).toEqual(['A-1'])
  })

  it('never throws on hostile input', () => {
    const inputs = [
      '\u0000\uFFFD\uD800',
      '## [',
      '## []',
      `## [A-1] x\n- Attempts History:\n${'  '.repeat(3000)}* [2025-01-01] Attempt #1`,
      `## [A-1] x\n- Attempts History:\n  * ${'['.repeat(10000)}`,
      `- ${'- '.repeat(5000)}Status: x`,
      `## [A-1] x\n- Plan: \`plans/${'.'.repeat(100000)}x\` ${' '.repeat(100000)}§`,
      `## [A-1] x\n- Status: ${'*'.repeat(100000)}x`,
      `## [A-1] x\n- Attempts History:\n  * [2025-01-01] Attempt #1 ${'('.repeat(100000)}`,
      `**Last Updated:** ${' '.repeat(200000)}x\n## [A-1] ${'['.repeat(100000)}`
    ]
    for (const input of inputs) {
      const started = performance.now()
      expect(() => parseLedger('f.md', input, config)).not.toThrow()
      // Generous bound: catches quadratic behaviour (minutes), not machine speed.
      expect(performance.now() - started).toBeLessThan(5000)
    }
  })
})

describe('parseLedger: heading attempts inside an entry', () => {
  const text = [
    '## [HEAD-1] Entry with heading attempts',
    '- Status: in_progress',
    '### Attempts History',
    '#### 2026-02-01T10:00Z — HEAD-1 (first)',
    '**Action:** Tried it; tests passed.',
    '#### 2026-02-02T10:00Z — HEAD-1 (second)',
    '**Action:** Tried again.',
    '## [NEXT-2] Next entry',
    '- Status: pending',
    ''
  ].join('\n')
  const doc = parseLedger('f.md', text, config)

  it('keeps heading attempts (even the last one before the next entry) in their entry', () => {
    const head = entry(doc, 'HEAD-1')
    expect(head.attempts.map((a) => [a.label, a.inHistory, a.range.line, a.range.endLine])).toEqual(
      [
        ['first', true, 4, 5],
        ['second', true, 6, 7]
      ]
    )
    expect(head.range.endLine).toBe(7)
    expect(doc.problems).toEqual([])
  })
})

describe('parseLedger: an index written as a list', () => {
  const text = [
    '# Ledger',
    '## Index',
    '### Active Items',
    '- [LIST-001] First item — Priority: High, Status: pending (waiting)',
    '### Recently Completed',
    '- [LIST-002] Second item — done (shipped)',
    '- not an index row',
    '## [LIST-001] First item',
    '- Status: pending',
    ''
  ].join('\n')
  const doc = parseLedger('f.md', text, config)

  it('reads rows with id, title, priority and status cells', () => {
    expect(doc.index?.headers).toEqual(['id', 'title', 'priority', 'status'])
    const rows = doc.index?.rows.map((row) => [
      row.id,
      row.cells['title']?.value,
      row.cells['priority']?.value,
      row.cells['status']?.value
    ])
    expect(rows).toEqual([
      ['LIST-001', 'First item', 'High', 'pending (waiting)'],
      ['LIST-002', 'Second item', undefined, 'done (shipped)']
    ])
    expect(doc.index?.rows[0]?.cells['priority']?.range).toEqual({
      line: 4,
      column: 37,
      endLine: 4,
      endColumn: 41
    })
  })
})

describe('parseLedger: nested attempts', () => {
  it('ends an attempt where an attempt nested in it starts', () => {
    const text = [
      '## [NEST-1] Nested',
      '- Attempts History:',
      '  * [2025-10-01] Attempt #1 — Outer: first',
      '    Metrics: outer only',
      '    * [2025-10-02] Attempt #2 — Inner: second',
      '      Metrics: inner only',
      ''
    ].join('\n')
    const [outer, inner] = parseLedger('f.md', text, config).entries[0]?.attempts ?? []
    expect(outer?.range).toMatchObject({ line: 3, endLine: 4 })
    expect(outer?.text).not.toContain('inner only')
    expect(inner?.range).toMatchObject({ line: 5, endLine: 6 })
    expect(inner?.inHistory).toBe(true)
  })

  it('stays linear on deeply nested attempts', () => {
    const depth = 800
    const lines = ['## [DEEP-1] Deep', '- Attempts History:']
    for (let level = 0; level < depth; level += 1) {
      lines.push(`${'  '.repeat(level + 1)}* [2025-10-01] Attempt #${level + 1} — L: x`)
    }
    const doc = parseLedger('f.md', lines.join('\n'), config)
    const attempts = doc.entries[0]?.attempts ?? []
    expect(attempts).toHaveLength(depth)
    const totalText = attempts.reduce((sum, attempt) => sum + attempt.text.length, 0)
    expect(totalText).toBeLessThan(depth * 100)
  })
})

describe('parseLedger: entry extents', () => {
  it('ends an entry before blank lines and a `---` separator', () => {
    const text = '## [A-1] One\n- Status: done\n\n---\n\n## [B-2] Two\n- Status: pending\n'
    const doc = parseLedger('f.md', text, config)
    expect(doc.entries.map((e) => [e.id, e.range.line, e.range.endLine])).toEqual([
      ['A-1', 1, 2],
      ['B-2', 6, 7]
    ])
  })
})

describe('parseLedger: list attempts under an Attempts History heading', () => {
  it('reads them as attempts in the history', () => {
    const text = [
      '# Fix Plan',
      '## Status',
      'in_progress',
      '## Attempts History',
      '- *2026-01-26T00:30:00Z (audit):* Verified; tests passed.',
      '- [2026-01-27] Follow-up — sent the summary',
      '## TODOs',
      '- [2026-01-28] Plan the next step: later'
    ].join('\n')
    const doc = parseLedger('f.md', text, config)
    expect(doc.dialect).toBe('single-focus')
    const attempts = doc.entries[0]?.attempts ?? []
    expect(attempts.map((a) => [a.style, a.headerRange.line, a.inHistory])).toEqual([
      ['dated', 5, true],
      ['dated', 6, true]
    ])
  })
})

describe('parseLedger: entry artifacts outside attempts', () => {
  it('are kept when an attempt stands well above a single-focus title', () => {
    const text = [
      '- [2026-01-20] Attempt #1 — early note: see `plans/x/a.md`',
      '',
      '',
      '# Fix Plan',
      '## Status',
      'in_progress',
      '## Evidence',
      'Collected in `plans/x/b.md` and `plans/x/c.md`',
      '## Notes',
      'Nothing more.',
      'Still nothing.',
      'The end.'
    ].join('\n')
    const doc = parseLedger('f.md', text, config)
    expect(doc.dialect).toBe('single-focus')
    const cited = doc.entries[0]?.artifacts.flatMap((ref) => ref.paths.map((p) => p.path))
    expect(cited).toEqual(expect.arrayContaining(['plans/x/b.md', 'plans/x/c.md']))
  })
})

describe('parseLedger: folded attempt headings', () => {
  it('reads `### [SAME-ID] Attempt #N — …` as a folded heading and a heading attempt', () => {
    const text = [
      '## [FOLD-1] Entry',
      '- Status: in_progress',
      '- Attempts History:',
      '  * [2025-10-01] Attempt #1 — First: done',
      '### [FOLD-1] Attempt #2 — 2025-10-02 Second: tests passed',
      'Notes under the heading.',
      '### [FOLD-1] Update — 2025-10-03',
      '- Next Actions: more'
    ].join('\n')
    const [fold] = parseLedger('f.md', text, config).entries
    expect(fold?.foldedHeadings.map((range) => range.line)).toEqual([5, 7])
    expect(fold?.attempts.map((a) => [a.style, a.number, a.namedEntryId, a.range.endLine])).toEqual(
      [
        ['numbered', 1, undefined, 4],
        ['heading', 2, 'FOLD-1', 6]
      ]
    )
    expect(fold?.attempts[1]?.numberRange).toMatchObject({ line: 5, column: 22, endColumn: 24 })
    expect(fold?.fields.map((field) => field.key)).toEqual(['status', 'attempts', 'next-actions'])
  })
})

describe('parseLedger: one-line focus and multi-line field values', () => {
  const text = [
    '# Ledger',
    '**Last Updated:** 2025-10-17T02:50Z',
    '**Active Focus:** `CACHE-1` Phase B',
    '',
    '## [CACHE-1] Cache',
    '- Status: blocked',
    '  waiting on the upstream fix',
    '  (ticket filed)',
    '- Exit Criteria:',
    '  * cold start under 2 s',
    ''
  ].join('\n')
  const doc = parseLedger('f.md', text, config)

  it('reads a one-line Active Focus and a minute-precision Last Updated', () => {
    expect(doc.activeFocus).toMatchObject({ value: 'CACHE-1 Phase B', raw: '`CACHE-1` Phase B' })
    expect(doc.activeFocus?.range).toMatchObject({ line: 3, column: 19 })
    expect(doc.lastUpdated?.precision).toBe('minute')
  })

  it('joins continuation lines into a field value and extends its value range', () => {
    const status = doc.entries[0]?.fields[0]
    expect(status?.value).toBe('blocked\nwaiting on the upstream fix\n(ticket filed)')
    expect(status?.valueRange).toMatchObject({ line: 6, endLine: 8 })
    expect(doc.entries[0]?.status?.value).toBe('blocked')
    expect(doc.entries[0]?.exitCriteria?.value).toBe('')
    expect(doc.entries[0]?.exitCriteria?.items.map((item) => item.value)).toEqual([
      'cold start under 2 s'
    ])
  })
})

describe('parseLedger: text and positions read from the document on demand', () => {
  const text = readFileSync(resolve(process.cwd(), 'tests/fixtures/ledgers', 'entries.md'), 'utf8')
  const view = (doc: LedgerDocument): unknown =>
    doc.entries.map((candidate) => ({
      attempts: candidate.attempts.map((attempt) => ({
        text: attempt.text,
        outcome: attempt.outcome,
        headerRange: attempt.headerRange,
        range: attempt.range,
        numberRange: attempt.numberRange,
        date: attempt.date && {
          raw: attempt.date.raw,
          range: attempt.date.range,
          epochMs: attempt.date.epochMs,
          precision: attempt.date.precision
        },
        artifacts: attempt.artifacts.map((ref) => [ref.raw, ref.range, ref.paths, ref.quoted])
      })),
      artifacts: candidate.artifacts.map((ref) => [ref.raw, ref.range, ref.paths, ref.truncated]),
      items: candidate.fields.map((field) => field.items)
    }))

  it('gives the same attempt text, outcomes, ranges and field items whatever the line ends', () => {
    const lf = view(parseLedger('docs/entries.md', text, config))
    expect(view(parseLedger('docs/entries.md', text.replaceAll('\n', '\r\n'), config))).toEqual(lf)
    expect(view(parseLedger('docs/entries.md', text.replaceAll('\n', '\r'), config))).toEqual(lf)
    expect(view(parseLedger('docs/entries.md', `\uFEFF${text}`, config))).toEqual(lf)
  })

  it('joins an attempt’s lines with newlines, its first line cut after the marker', () => {
    const doc = parseLedger(
      'f.md',
      '## [A-1] T\n- Attempts History:\r\n  - [2025-10-01] Attempt #1 — ok\r\n    more\n',
      config
    )
    expect(doc.entries[0]?.attempts[0]?.text).toBe('[2025-10-01] Attempt #1 — ok\n    more')
    expect(doc.entries[0]?.fields[0]?.items[0]).toEqual({
      value: '[2025-10-01] Attempt #1 — ok',
      raw: '- [2025-10-01] Attempt #1 — ok\n    more',
      range: { line: 3, column: 3, endLine: 4, endColumn: 9 }
    })
  })

  it('reads attempt dates and cited artifacts back from the text at their ranges', () => {
    const doc = parseLedger(
      'f.md',
      '## [A-1] T\n- Attempts History:\r\n  * [2025-10-01T02:50Z] Attempt #1 — see `docs/a.md`\n',
      config
    )
    const attempt = doc.entries[0]?.attempts[0]
    expect(attempt?.date).toMatchObject({
      raw: '2025-10-01T02:50Z',
      precision: 'minute',
      epochMs: Date.parse('2025-10-01T02:50:00Z'),
      range: { line: 3, column: 6, endLine: 3, endColumn: 23 }
    })
    expect(attempt?.artifacts).toHaveLength(1)
    expect(attempt?.artifacts[0]).toMatchObject({
      raw: 'docs/a.md',
      quoted: true,
      range: { line: 3, column: 43, endLine: 3, endColumn: 52 }
    })
    expect(attempt?.artifacts[0]?.truncated).toBeUndefined()
  })
})
