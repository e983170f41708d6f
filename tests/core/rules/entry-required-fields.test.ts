import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const files = (body: string): Record<string, string> => ({
  'docs/fix_plan.md': `# Fix Plan Ledger\n**Last Updated:** 2025-10-17\n\n${body}`
})

const missingPriority = files(
  [
    '## [TEST-001] Minimal test suite',
    '- Status: pending',
    '- Working Plan: plans/active/TEST-001/implementation.md',
    ''
  ].join('\n')
)

describe('entry-required-fields', () => {
  it('reports a missing Priority at the entry heading', () => {
    const findings = findingsFor('entry-required-fields', missingPriority)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'entry-required-fields',
      line: 4,
      entryId: 'TEST-001',
      entity: 'TEST-001#field-priority',
      severity: 'warning'
    })
    expect(findings[0]?.message).toContain('has no Priority field')
  })

  it('is clean when Status and Priority are present, however decorated', () => {
    const findings = findingsFor(
      'entry-required-fields',
      files('## [TEST-001] Suite\n- Priority: **High**\n- Status: `pending`\n')
    )
    expect(findings).toEqual([])
  })

  it('checks the fields given in the options, by canonical key', () => {
    const findings = findingsFor('entry-required-fields', missingPriority, {
      options: { fields: ['status', 'plan', 'exit-criteria'] }
    })
    expect(findings.map((f) => f.entity)).toEqual(['TEST-001#field-exit-criteria'])
    expect(findings[0]?.message).toContain('Exit Criteria')
  })

  it('reports a field that is written but empty', () => {
    const findings = findingsFor(
      'entry-required-fields',
      files('## [TEST-001] Suite\n- Priority:\n- Status: pending\n')
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]?.line).toBe(5)
    expect(findings[0]?.message).toContain('is empty')
  })
})
