import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const NOW = new Date('2025-10-20T12:00:00Z')

function files(lastUpdated: string, dates: string[]): Record<string, string> {
  return {
    'docs/fix_plan.md': [
      '# Fix Plan Ledger',
      `**Last Updated:** ${lastUpdated}`,
      '',
      '## [API-002] Stable API',
      '- Priority: High',
      '- Status: in_progress',
      '- Attempts History:',
      ...dates.map((date, i) => `  * [${date}] Attempt #${i + 1} — Step: work.`),
      ''
    ].join('\n')
  }
}

describe('last-updated-current', () => {
  it('reports a Last Updated older than the newest attempt, suggesting its date', () => {
    const findings = findingsFor(
      'last-updated-current',
      files('2025-10-01', ['2025-10-02', '2025-10-17']),
      { now: NOW }
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'last-updated-current',
      line: 2,
      entity: 'ledger#last-updated',
      severity: 'warning'
    })
    expect(findings[0]?.message).toContain(
      'Attempt #2 of entry [API-002] (line 9) is dated 2025-10-17'
    )
    expect(findings[0]?.suggestion?.replacement).toBe('**Last Updated:** 2025-10-17')
  })

  it('compares by day and ignores attempts dated in the future', () => {
    expect(
      findingsFor('last-updated-current', files('2025-10-17', ['2025-10-17T23:00Z']), { now: NOW })
    ).toEqual([])
    expect(
      findingsFor('last-updated-current', files('2025-10-17', ['2025-10-16', '2025-11-30']), {
        now: NOW
      })
    ).toEqual([])
  })

  it('counts attempts within the slack no-future-dates allows', () => {
    const input = files('2025-10-17', ['2025-10-21'])
    expect(findingsFor('last-updated-current', input, { now: NOW })).toEqual([])
    const config = { rules: { 'no-future-dates': { options: { slackMinutes: 1440 } } } }
    const findings = findingsFor('last-updated-current', input, { now: NOW, config })
    expect(findings.map((f) => f.suggestion?.replacement)).toEqual(['**Last Updated:** 2025-10-21'])
  })
})
