import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const NOW = new Date('2025-10-17T20:00:00Z')

function files(lastUpdated: string, attemptDate: string): Record<string, string> {
  return {
    'docs/fix_plan.md': [
      '# Fix Plan Ledger',
      `**Last Updated:** ${lastUpdated} (loop 12)`,
      '',
      '## [API-002] Stable API',
      '- Priority: High',
      '- Status: in_progress',
      '- Attempts History:',
      `  * [${attemptDate}] Attempt #1 — Planning: outline.`,
      ''
    ].join('\n')
  }
}

describe('no-future-dates', () => {
  it('reports a future Last Updated and attempt, suggesting now as the date', () => {
    const findings = findingsFor('no-future-dates', files('2025-12-28', '2025-10-18'), { now: NOW })
    expect(findings).toHaveLength(2)
    const [lastUpdated, attempt] = findings
    expect(lastUpdated).toMatchObject({
      ruleId: 'no-future-dates',
      line: 2,
      entity: 'ledger#last-updated#future'
    })
    expect(lastUpdated?.message).toContain('Last Updated (2025-12-28) is after')
    expect(lastUpdated?.suggestion?.replacement).toBe('**Last Updated:** 2025-10-17 (loop 12)')
    expect(attempt).toMatchObject({
      line: 8,
      entryId: 'API-002',
      entity: 'API-002#attempt-1#future'
    })
    expect(attempt?.message).toContain('Attempt #1 of entry [API-002] is dated 2025-10-18')
    expect(attempt?.suggestion?.replacement).toBe(
      '  * [2025-10-17] Attempt #1 — Planning: outline.'
    )
  })

  it('accepts a date-only value all day long, and times up to now', () => {
    expect(findingsFor('no-future-dates', files('2025-10-17', '2025-10-17'), { now: NOW })).toEqual(
      []
    )
    const timed = findingsFor('no-future-dates', files('2025-10-17', '2025-10-17T20:30Z'), {
      now: NOW
    })
    expect(timed).toHaveLength(1)
    expect(timed[0]?.suggestion?.replacement).toBe(
      '  * [2025-10-17T20:00Z] Attempt #1 — Planning: outline.'
    )
  })

  it('widens now by slackMinutes', () => {
    const options = { slackMinutes: 240 }
    expect(
      findingsFor('no-future-dates', files('2025-10-18', '2025-10-17T23:30Z'), {
        now: NOW,
        options
      })
    ).toEqual([])
  })

  it('reports evidence folders stamped in the future', () => {
    const findings = findingsFor(
      'no-future-dates',
      {
        ...files('2025-10-17', '2025-10-17'),
        'plans/active/API-002/reports/2025-10-17T025000Z/summary.md': '# ok\n',
        'plans/active/API-002/reports/2025-11-02T101500Z/summary.md': '# later\n'
      },
      { now: NOW }
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]?.file).toBe('plans/active/API-002/reports/2025-11-02T101500Z')
    expect(findings[0]?.entity).toBe('path:plans/active/API-002/reports/2025-11-02T101500Z#future')
  })
})
