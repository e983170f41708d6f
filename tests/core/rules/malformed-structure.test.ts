import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

describe('malformed-structure', () => {
  it('reports a leaked diff marker on an entry heading, keeping the entry', () => {
    const findings = findingsFor('malformed-structure', {
      'docs/fix_plan.md':
        '# Fix Plan Ledger\n\n-## [API-002] Stable API\n- Priority: High\n- Status: in_progress\n'
    })
    expect(findings.length).toBeGreaterThanOrEqual(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'malformed-structure',
      file: 'docs/fix_plan.md',
      line: 3,
      severity: 'error'
    })
    expect(findings[0]?.entity).toMatch(/^problem:leaked-diff-marker:/)
  })

  it('reports a file that is not text', () => {
    const findings = findingsFor('malformed-structure', {
      'docs/fix_plan.md': new Uint8Array([0x23, 0x20, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00])
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.entity).toMatch(/^problem:(binary-file|invalid-utf8):/)
  })

  it('is clean for a well-formed ledger', () => {
    const findings = findingsFor('malformed-structure', {
      'docs/fix_plan.md':
        '# Fix Plan Ledger\n\n## [API-002] Stable API\n- Priority: High\n- Status: in_progress\n'
    })
    expect(findings).toEqual([])
  })

  it('reports problems of plans too, with advice appended', () => {
    const plan = [
      '# API-002 — Plan',
      '',
      '### Phase A — Audit',
      '',
      '| ID | Task Description | State | How/Why & Guidance |',
      '| --- | --- | --- | --- |',
      '| A1 | Inventory | [ ] | run |',
      '| | no id | [ ] | x |',
      ''
    ].join('\n')
    const findings = findingsFor('malformed-structure', {
      'docs/fix_plan.md': '# Fix Plan Ledger\n\n## [API-002] Stable API\n- Status: in_progress\n',
      'plans/active/API-002/implementation.md': plan
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ file: 'plans/active/API-002/implementation.md', line: 8 })
    expect(findings[0]?.entity).toMatch(/^problem:unreadable-task:/)
    expect(findings[0]?.message).toContain('Give the row a task id')
  })
})
