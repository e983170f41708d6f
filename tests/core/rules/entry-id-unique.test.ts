import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const ledger = (body: string): Record<string, string> => ({
  'docs/fix_plan.md': `# Fix Plan Ledger\n**Last Updated:** 2025-10-17\n\n${body}`
})

describe('entry-id-unique', () => {
  it('reports the second definition of an id, pointing at the first', () => {
    const findings = findingsFor(
      'entry-id-unique',
      ledger(
        [
          '## [PERF-004] Fuse physics kernels', // line 4
          '- Priority: High',
          '- Status: in_progress',
          '',
          '## [PERF-004] Fuse kernels again', // line 8
          '- Priority: High',
          '- Status: pending',
          ''
        ].join('\n')
      )
    )
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.ruleId).toBe('entry-id-unique')
    expect(finding?.line).toBe(8)
    expect(finding?.entryId).toBe('PERF-004')
    expect(finding?.entity).toBe('PERF-004#duplicate-2')
    expect(finding?.message).toContain('first definition is at line 4')
  })

  it('treats ids written with look-alike hyphens as the same id', () => {
    const findings = findingsFor(
      'entry-id-unique',
      ledger(
        '## [CLI-FLAGS-003] Flags\n- Status: done\n\n## [CLI\u2011FLAGS\u2011003] Flags bis\n- Status: done\n'
      )
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]?.line).toBe(7)
  })

  it('accepts distinct ids and folded update sub-headings', () => {
    const findings = findingsFor(
      'entry-id-unique',
      ledger(
        [
          '## [PERF-004] Fuse physics kernels',
          '- Status: in_progress',
          '- Attempts History:',
          '  * [2025-10-16] Attempt #1 — Planning: outline.',
          '',
          '### [PERF-004] Update 2025-10-17',
          '- Attempt #2 noted.',
          '',
          '## [PERF-005] CUDA graphs',
          '- Status: done',
          ''
        ].join('\n')
      )
    )
    expect(findings).toEqual([])
  })
})
