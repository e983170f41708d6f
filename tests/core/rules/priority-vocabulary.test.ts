import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const files = (priority: string): Record<string, string> => ({
  'docs/fix_plan.md': `# Fix Plan Ledger\n\n## [CORE-001] Phi rotation\n- Priority: ${priority}\n- Status: done\n`
})

describe('priority-vocabulary', () => {
  it('reports a differently cased priority and suggests the allowed spelling', () => {
    const findings = findingsFor('priority-vocabulary', files('**CRITICAL** (blocking test suite)'))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'priority-vocabulary',
      line: 4,
      entity: 'CORE-001#priority'
    })
    expect(findings[0]?.message).toContain('Write it as `Critical`')
    expect(findings[0]?.suggestion?.replacement).toBe(
      '- Priority: **Critical** (blocking test suite)'
    )
  })

  it('offers a did-you-mean for a near miss and nothing for an unrelated word', () => {
    expect(findingsFor('priority-vocabulary', files('Hihg'))[0]?.message).toContain(
      'Did you mean `High`?'
    )
    const unrelated = findingsFor('priority-vocabulary', files('Someday'))
    expect(unrelated).toHaveLength(1)
    expect(unrelated[0]?.message).not.toContain('Did you mean')
    expect(unrelated[0]?.suggestion).toBeUndefined()
  })

  it('accepts allowed values', () => {
    expect(findingsFor('priority-vocabulary', files('High'))).toEqual([])
    expect(findingsFor('priority-vocabulary', files('P1 — next sprint'))).toEqual([])
  })

  it('accepts any case with ignoreCase', () => {
    expect(
      findingsFor('priority-vocabulary', files('CRITICAL'), { options: { ignoreCase: true } })
    ).toEqual([])
  })
})
