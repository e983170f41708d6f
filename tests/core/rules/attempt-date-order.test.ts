import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

/** One entry whose attempt i (numbered i + 1) is dated dates[i] and sits on line 8 + i. */
function ledger(dates: string[], numbered = true): Record<string, string> {
  const attempts = dates.map((date, i) =>
    numbered ? `  * [${date}] Attempt #${i + 1} — Step: work.` : `  - *${date} (step):* work.`
  )
  return {
    'docs/fix_plan.md': [
      '# Fix Plan Ledger',
      '**Last Updated:** 2025-10-17',
      '',
      '## [API-002] Stable API',
      '- Priority: High',
      '- Status: in_progress',
      '- Attempts History:',
      ...attempts,
      ''
    ].join('\n')
  }
}

const NOW = new Date('2025-10-20T12:00:00Z')

describe('attempt-date-order', () => {
  it('reports the one mistyped date, not its innocent neighbour', () => {
    const findings = findingsFor(
      'attempt-date-order',
      ledger(['2025-10-16', '2025-10-19', '2025-10-17', '2025-10-18']),
      { now: NOW }
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'attempt-date-order',
      line: 9,
      entity: 'API-002#attempt-2#date-order',
      severity: 'warning'
    })
    expect(findings[0]?.message).toContain(
      'Attempt #2 of entry [API-002] (2025-10-19) is dated after Attempt #3 below it (2025-10-17 at line 10)'
    )
  })

  it('compares a date-only value with a timed one by day', () => {
    expect(
      findingsFor(
        'attempt-date-order',
        ledger(['2025-10-17T13:00Z', '2025-10-17', '2025-10-17T09:00Z']),
        { now: NOW }
      )
    ).toEqual([])
  })

  it('leaves future-dated attempts to no-future-dates', () => {
    const findings = findingsFor(
      'attempt-date-order',
      ledger(['2025-10-16', '2025-12-01', '2025-10-17']),
      { now: NOW }
    )
    expect(findings).toEqual([])
  })

  it('reads a newest-first history and obeys an explicit order', () => {
    const newestFirst = ledger(['2025-10-18', '2025-10-17', '2025-10-15'], false)
    expect(findingsFor('attempt-date-order', newestFirst, { now: NOW })).toEqual([])
    expect(
      findingsFor('attempt-date-order', newestFirst, { now: NOW, options: { order: 'append' } })
        .length
    ).toBeGreaterThan(0)
  })

  it('sums up many out-of-order dates in one entry as one finding', () => {
    const dates = [
      '2025-10-01',
      '2025-10-09',
      '2025-10-02',
      '2025-10-08',
      '2025-10-03',
      '2025-10-07',
      '2025-10-04',
      '2025-10-06',
      '2025-10-05',
      '2025-10-05'
    ]
    const findings = findingsFor('attempt-date-order', ledger(dates), {
      now: NOW,
      options: { maxPerEntry: 3 }
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.entity).toBe('API-002#attempt-dates')
    expect(findings[0]?.message).toContain('attempts of entry [API-002] are dated out of order')
    const each = findingsFor('attempt-date-order', ledger(dates), {
      now: NOW,
      options: { maxPerEntry: 50 }
    })
    expect(each.length).toBeGreaterThan(1)
  })

  it('leaves an attempt out of numeric sequence to attempt-number-sequence', () => {
    const text = [
      '# Fix Plan Ledger',
      '',
      '## [API-002] Stable API',
      '- Status: in_progress',
      '- Attempts History:',
      '  * [2025-10-01] Attempt #1 — Step: work.',
      '  * [2025-10-05] Attempt #5 — Step: written too early.',
      '  * [2025-10-02] Attempt #2 — Step: work.',
      '  * [2025-10-03] Attempt #3 — Step: work.',
      ''
    ].join('\n')
    const files = { 'docs/fix_plan.md': text }
    expect(findingsFor('attempt-date-order', files, { now: NOW })).toEqual([])
    expect(findingsFor('attempt-number-sequence', files, { now: NOW }).map((f) => f.line)).toEqual([
      7
    ])
  })
})
