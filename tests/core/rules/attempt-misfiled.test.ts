import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

describe('attempt-misfiled', () => {
  it('reports a dated attempt outside the Attempts History', () => {
    const findings = findingsFor('attempt-misfiled', {
      'docs/fix_plan.md': [
        '# Fix Plan Ledger',
        '',
        '## [API-002] Stable API',
        '- Priority: High',
        '- Status: in_progress',
        '- Attempts History:',
        '  * [2025-10-16] Attempt #1 — Planning: outline.',
        '- Exit Criteria:',
        '  * [2025-10-17] Attempt #2 — Phase A: captured inventory.',
        ''
      ].join('\n')
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'attempt-misfiled',
      line: 9,
      entryId: 'API-002',
      entity: 'API-002#attempt-2#misfiled'
    })
    expect(findings[0]?.message).toContain('Move it into the Attempts History at line 6')
  })

  it('is clean when attempts sit in their history', () => {
    const findings = findingsFor('attempt-misfiled', {
      'docs/fix_plan.md':
        '# Fix Plan Ledger\n\n## [API-002] Stable API\n- Status: in_progress\n- Attempts History:\n  * [2025-10-16] Attempt #1 — Planning: outline.\n- Exit Criteria:\n  * Inventory captured.\n'
    })
    expect(findings).toEqual([])
  })
})
