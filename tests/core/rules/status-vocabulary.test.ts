import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const files = (status: string): Record<string, string> => ({
  'docs/fix_plan.md': `# Fix Plan Ledger\n\n## [API-002] Stable API\n- Priority: High\n- Status: ${status}\n`
})

describe('status-vocabulary', () => {
  it('reports a status outside the vocabulary with a did-you-mean', () => {
    const findings = findingsFor('status-vocabulary', files('complted'))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'status-vocabulary',
      line: 5,
      entity: 'API-002#status',
      entryId: 'API-002'
    })
    expect(findings[0]?.message).toContain('`complted`')
    expect(findings[0]?.message).toContain('Did you mean `completed`?')
    expect(findings[0]?.suggestion).toBeUndefined()
  })

  it('suggests the allowed spelling of the same word', () => {
    const findings = findingsFor('status-vocabulary', files('In-Progress (waiting on review)'))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain('Write it as `in_progress`')
    expect(findings[0]?.suggestion?.replacement).toBe('- Status: in_progress (waiting on review)')
    expect(findings[0]?.suggestion?.range.line).toBe(5)
  })

  it('accepts allowed words in any case and decoration', () => {
    for (const status of [
      'in_progress',
      'DONE — all 23/23 tests passed',
      '`blocked` on review',
      '**done**'
    ]) {
      expect(findingsFor('status-vocabulary', files(status))).toEqual([])
    }
  })

  it('follows the configured vocabulary', () => {
    const config = { vocabulary: { status: ['open', 'shipped'] } }
    expect(findingsFor('status-vocabulary', files('shipped'), { config })).toEqual([])
    expect(findingsFor('status-vocabulary', files('done'), { config })).toHaveLength(1)
  })

  it('reads a status written as two words as the one allowed word', () => {
    const findings = findingsFor('status-vocabulary', files('In progress (phase B)'))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain('`In progress`')
    expect(findings[0]?.suggestion?.replacement).toBe('- Status: in_progress (phase B)')
  })
})
