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

  it('reports a run of attempts pasted under another field once', () => {
    const findings = findingsFor('attempt-misfiled', {
      'docs/fix_plan.md': [
        '# Fix Plan Ledger',
        '',
        '## [API-002] Stable API',
        '- Status: in_progress',
        '- Attempts History:',
        '  * [2025-10-16] Attempt #1 — Planning: outline.',
        '- Exit Criteria:',
        '  * Inventory captured.',
        '  * [2025-10-17] Attempt #2 — Phase A: inventory.',
        '  * [2025-10-18] Attempt #3 — Phase B: redline.',
        '  * [2025-10-19] Attempt #4 — Phase C: brief.',
        ''
      ].join('\n')
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.line).toBe(9)
    expect(findings[0]?.entity).toBe('API-002#attempt-2#misfiled')
    expect(findings[0]?.message).toContain(
      '3 attempts of entry [API-002], from Attempt #2 at line 9 to Attempt #4 at line 11'
    )
    expect(findings[0]?.message).toContain('(under Exit Criteria, line 7)')
  })

  it('reports an attempt heading that names another entry of the ledger', () => {
    const findings = findingsFor('attempt-misfiled', {
      'docs/fix_plan.md': [
        '# Fix Plan Ledger',
        '',
        '## [API-002] Stable API',
        '- Status: in_progress',
        '',
        '### Attempts History',
        '',
        '#### 2025-10-17T02:40Z — API-002.A1 (inventory)',
        'Action: captured the inventory.',
        '',
        '#### 2025-10-17T04:10Z — CLI-003 (flags)',
        'Action: fixed the flags.',
        '',
        '## [CLI-003] Flags',
        '- Status: pending',
        ''
      ].join('\n')
    })
    expect(findings).toHaveLength(1)
    // The parser may attribute the heading to the entry it names or to the one it sits in;
    // either way the finding is the same.
    expect(findings[0]?.line).toBe(11)
    expect(findings[0]?.entity).toMatch(/#attempt-2025-10-17T04:10Z#misfiled-entry$/)
    expect(findings[0]?.message).toContain(
      'names entry [CLI-003] but is filed under [API-002] (line 3)'
    )
    expect(findings[0]?.message).toContain('Attempts History of [CLI-003] (line 14)')
  })
})
