import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

function ledger(planLine: string): string {
  return [
    '# Demo Fix Plan Ledger',
    '**Last Updated:** 2025-10-18',
    '',
    '## [ALPHA-001] Rebaseline the widget plan',
    '- Priority: High',
    '- Status: in_progress',
    planLine, // line 7
    '- Attempts History:',
    '  * [2025-10-17] Attempt #1 — Planning: authored the plan.',
    ''
  ].join('\n')
}

const PLAN_TEXT = '# ALPHA-001 — Widget plan\n\n### Phase A — Audit\n'

describe('plan-link-exists', () => {
  it('says where a plan moved when it was archived, with a fix', () => {
    const findings = findingsFor('plan-link-exists', {
      'docs/fix_plan.md': ledger('- Working Plan: plans/active/ALPHA-001/implementation.md'),
      'plans/archive/ALPHA-001/implementation.md': PLAN_TEXT
    })
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.ruleId).toBe('plan-link-exists')
    expect(finding?.severity).toBe('error')
    expect(finding?.line).toBe(7)
    expect(finding?.entryId).toBe('ALPHA-001')
    expect(finding?.entity).toBe('ALPHA-001#plan:plans/active/ALPHA-001/implementation.md')
    expect(finding?.message).toContain(
      'the plan was moved to `plans/archive/ALPHA-001/implementation.md`'
    )
    expect(finding?.suggestion?.replacement).toBe(
      '- Working Plan: plans/archive/ALPHA-001/implementation.md'
    )
  })

  it('reports a plan link to nothing', () => {
    const findings = findingsFor('plan-link-exists', {
      'docs/fix_plan.md': ledger('- Working Plan: plans/active/ALPHA-001/implementation.md')
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain(
      'Plan link `plans/active/ALPHA-001/implementation.md` of [ALPHA-001] does not exist'
    )
    expect(findings[0]?.suggestion).toBeUndefined()
  })

  it('is clean when the plan exists', () => {
    expect(
      findingsFor('plan-link-exists', {
        'docs/fix_plan.md': ledger('- Working Plan: plans/active/ALPHA-001/implementation.md'),
        'plans/active/ALPHA-001/implementation.md': PLAN_TEXT
      })
    ).toEqual([])
  })

  it('offers no rewrite with suggestArchived: false', () => {
    const findings = findingsFor(
      'plan-link-exists',
      {
        'docs/fix_plan.md': ledger('- Working Plan: plans/active/ALPHA-001/implementation.md'),
        'plans/archive/ALPHA-001/implementation.md': PLAN_TEXT
      },
      { options: { suggestArchived: false } }
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]?.suggestion).toBeUndefined()
  })

  it('leaves alone a plan the entry says is still to be created', () => {
    const findings = findingsFor('plan-link-exists', {
      'docs/fix_plan.md': ledger(
        '- Linked Plan: draft only (needs activation under `plans/active/ALPHA-001`).'
      )
    })
    expect(findings).toEqual([])
  })
})
