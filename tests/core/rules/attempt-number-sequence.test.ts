import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

/** A ledger whose one entry has the given attempts; attempt i sits on line 8 + i. */
function ledger(numbers: Array<number | string>): Record<string, string> {
  const attempts = numbers.map(
    (n, i) => `  * [2025-10-${String(10 + i).padStart(2, '0')}] Attempt #${n} — Step ${i}: work.`
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

const run = (numbers: Array<number | string>, options?: Record<string, unknown>) =>
  findingsFor('attempt-number-sequence', ledger(numbers), options ? { options } : {})

describe('attempt-number-sequence', () => {
  it('reports a repeated number once, on the later attempt, naming the first', () => {
    const findings = run([1, 2, 3, 4, 4, 5])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'attempt-number-sequence',
      line: 12,
      entryId: 'API-002'
    })
    expect(findings[0]?.entity).toBe('API-002#attempt-4~2#duplicate')
    expect(findings[0]?.message).toContain(
      'Attempt #4 of entry [API-002] repeats the number of Attempt #4 at line 11'
    )
  })

  it('suggests a free number for a repeated last attempt', () => {
    const findings = run([1, 2, 3, 3])
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain('Renumber it to #4')
    expect(findings[0]?.suggestion?.replacement).toBe('  * [2025-10-13] Attempt #4 — Step 3: work.')
  })

  it('reports a single misplaced attempt once, not the run after it', () => {
    const findings = run([1, 2, 3, 9, 4, 5, 6, 7])
    expect(findings).toHaveLength(1)
    expect(findings[0]?.line).toBe(11)
    expect(findings[0]?.entity).toBe('API-002#attempt-9#order')
    expect(findings[0]?.message).toContain(
      'after Attempt #3 at line 10 and before Attempt #4 at line 12'
    )
  })

  it('is clean for an increasing history, gaps allowed by default', () => {
    expect(run([0, 1, 2, 5, 6])).toEqual([])
  })

  it('reports gaps when allowGaps is false', () => {
    const findings = run([1, 2, 5], { allowGaps: false })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.entity).toBe('API-002#attempt-gap-3')
    expect(findings[0]?.message).toContain('#3–#4 are missing')
  })

  it('infers a newest-first history, and obeys an explicit order', () => {
    expect(run([6, 5, 4, 3])).toEqual([])
    const forced = run([6, 5, 4, 3], { order: 'append' })
    expect(forced.length).toBeGreaterThan(0)
    expect(forced[0]?.message).toContain('increase down the history')
  })

  it('lets a range cover its span', () => {
    const findings = run(['1', '2–#5', '6', '4'])
    expect(findings).toHaveLength(1)
    expect(findings[0]?.line).toBe(11)
    expect(findings[0]?.message).toContain('falls inside Attempts #2–#5')
  })

  it('sums up a history out of sequence in many places as one finding', () => {
    const scrambled = [1, 2, 9, 10, 11, 3, 4, 12, 5, 6, 13, 7, 8]
    const findings = run(scrambled, { maxPerEntry: 3 })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.entity).toBe('API-002#attempt-sequence')
    expect(findings[0]?.message).toMatch(/^\d+ attempts of entry \[API-002\] are out of sequence/)
    expect(run(scrambled, { maxPerEntry: 20 }).length).toBeGreaterThan(1)
  })
})
