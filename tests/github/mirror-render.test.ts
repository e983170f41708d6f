import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseMirrorMarker } from '../../src/github/markers.js'
import { MIRROR_BODY_BUDGET, entryAnchor, renderMirror } from '../../src/github/mirror/render.js'
import { attempt, entry, finding, ledger, plan, task } from './fixtures.js'

const DONE = ['done', 'archived']
const links = { serverUrl: 'https://github.com', repository: 'o/r', sha: 'f'.repeat(40) }

/** Text a hostile or careless agent might write into a ledger. */
const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '@octocat',
    'see #123',
    'owner/repo#7',
    '</details>',
    '<details><summary>x',
    '```',
    '~~~js',
    '<!--',
    '-->',
    '<script>alert(1)</script>',
    '| a | b |',
    '\n# Heading\n',
    'GH-42',
    '[link](javascript:x)'
  )
)
const words = fc.array(nasty, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '))

/** Lines outside code that still carry a live mention or issue reference. */
function liveReferences(body: string): string[] {
  return body.match(/(?<![\w`])@[A-Za-z0-9]|#\d|GH-\d/gi) ?? []
}

describe('renderMirror escaping', () => {
  it('never lets repository text ping, link issues or break out of its structure', () => {
    fc.assert(
      fc.property(words, words, words, (title, attemptText, status) => {
        const e = entry('ID-1', {
          title,
          status: {
            value: status,
            raw: status,
            range: { line: 2, column: 1, endLine: 2, endColumn: 1 }
          },
          attempts: [attempt(4, '2025-10-17', attemptText, 1)]
        })
        const { body } = renderMirror({
          ledgers: [ledger([e])],
          plans: [],
          findings: [],
          doneStatuses: DONE,
          links
        })
        expect(liveReferences(body)).toEqual([])
        // Only the <details> planguard opens and closes, balanced, and no raw HTML from the text.
        expect(body.match(/(?<!\\)<details>/g)?.length ?? 0).toBe(
          body.match(/(?<!\\)<\/details>/g)?.length ?? 0
        )
        expect(body).not.toMatch(/(?<!\\)<script|(?<!\\)<\/details>(?!\n|$)/)
        // No fence opens: every backtick or tilde run at a line start is escaped.
        expect(body).not.toMatch(/^\s*(```|~~~)/m)
        // The only HTML comment is the marker on the first line.
        expect(body.match(/(?<!\\)<!--/g)).toHaveLength(1)
      }),
      { numRuns: 300 }
    )
  })
})

describe('renderMirror content', () => {
  const active = entry('PLAN-001', {
    line: 5,
    title: 'Integrate backend',
    plans: [
      {
        raw: 'plans/active/PLAN-001/implementation.md',
        path: 'plans/active/PLAN-001/implementation.md',
        range: { line: 8, column: 1, endLine: 8, endColumn: 1 }
      }
    ],
    attempts: [
      attempt(10, '2025-10-16', 'First try', 1),
      attempt(11, '2025-10-17', 'Second try', 2)
    ]
  })
  const finished = entry('DONE-002', {
    line: 30,
    status: {
      value: 'done',
      raw: 'done',
      range: { line: 31, column: 1, endLine: 31, endColumn: 1 }
    }
  })
  const plans = [
    plan('plans/active/PLAN-001/implementation.md', {
      A: [task('A1', 'done'), task('A2', 'done')],
      B: [task('B1', 'open', 'Wire the CLI')]
    })
  ]
  const input = {
    ledgers: [ledger([active, finished])],
    plans,
    findings: [finding({ fingerprint: 'x', entryId: 'PLAN-001' })],
    doneStatuses: DONE,
    links
  }

  it('indexes every entry with progress, last attempt, findings and source links', () => {
    const { body } = renderMirror(input)
    expect(body).toContain(
      `[\`PLAN-001\`](https://github.com/o/r/blob/${'f'.repeat(40)}/docs/fix_plan.md#L5)`
    )
    expect(body).toContain('| A 2/2 · B 0/1 | 2025-10-17 #\u200b2 Work | 1 |')
    expect(body).toContain('DONE-002')
    expect(body).toContain('### PLAN-001')
    expect(body).not.toContain('### DONE-002')
    expect(body).toContain('`B1` Wire the CLI')
    expect(entryAnchor('PLAN-001')).toBe('plan-001')
  })

  it('is deterministic and hashes content independently of the commit', () => {
    const a = renderMirror(input)
    const b = renderMirror({ ...input, links: { ...links, sha: 'e'.repeat(40) } })
    expect(renderMirror(input).body).toBe(a.body)
    expect(b.hash).toBe(a.hash)
    expect(parseMirrorMarker(b.body)).toEqual({ sha: 'e'.repeat(40), hash: a.hash })
    const changed = renderMirror({ ...input, findings: [] })
    expect(changed.hash).not.toBe(a.hash)
  })
})

describe('renderMirror budget', () => {
  it('keeps 5,000 entries within the budget and ends with a notice', () => {
    const entries = Array.from({ length: 5000 }, (_, i) =>
      entry(`BULK-${String(i).padStart(4, '0')}`, {
        line: i * 10 + 1,
        title: `A long title for entry number ${i} with some more words to fill the row`,
        attempts: [attempt(i * 10 + 3, '2025-10-17', `Attempt text ${i} `.repeat(20), 1)]
      })
    )
    const result = renderMirror({
      ledgers: [ledger(entries)],
      plans: [],
      findings: [],
      doneStatuses: DONE,
      links
    })
    expect(result.body.length).toBeLessThanOrEqual(MIRROR_BODY_BUDGET)
    expect(result.omittedRows).toBeGreaterThan(0)
    expect(result.omittedSections).toBe(5000)
    expect(result.body.trimEnd()).toMatch(
      /\*\*Truncated\*\* to fit GitHub's size limit: \d+ index rows and 5000 entry sections left out\. The full ledger is in docs\/fix_plan\.md\.$/
    )
    // Cut at a row boundary: every table line is complete.
    const rows = result.body.split('\n').filter((l) => l.startsWith('|'))
    expect(rows.every((l) => l.endsWith('|'))).toBe(true)
  })

  it('cuts sections at block boundaries, never inside <details>', () => {
    const entries = Array.from({ length: 200 }, (_, i) =>
      entry(`S-${i}`, { attempts: [attempt(3, '2025-10-17', 'x'.repeat(250), 1)] })
    )
    const { body, omittedSections } = renderMirror({
      ledgers: [ledger(entries)],
      plans: [],
      findings: [],
      doneStatuses: DONE,
      budget: 20_000
    })
    expect(body.length).toBeLessThanOrEqual(20_000)
    expect(omittedSections).toBeGreaterThan(0)
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length)
  })
})
