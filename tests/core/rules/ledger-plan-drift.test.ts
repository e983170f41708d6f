import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const PLAN = 'plans/active/ALPHA-001/implementation.md'

function ledger(
  attempts: string[],
  status = 'in_progress',
  planLine = `- Working Plan: ${PLAN}`
): string {
  return [
    '# Demo Fix Plan Ledger', // 1
    '**Last Updated:** 2025-10-18', // 2
    '', // 3
    '## [ALPHA-001] Rebaseline the widget plan', // 4
    '- Priority: High', // 5
    `- Status: ${status}`, // 6
    planLine, // 7
    '- Attempts History:', // 8
    ...attempts.map((a) => `  * ${a}`), // 9…
    '- Exit Criteria:',
    '  - Plan rewritten and reviewed.',
    ''
  ].join('\n')
}

function plan(states: { A1?: string; B1?: string; B2?: string; B3?: string } = {}): string {
  return [
    '# ALPHA-001 — Widget plan', // 1
    '', // 2
    '### Phase A — Audit', // 3
    'Prereqs: None.', // 4
    '', // 5
    '| ID | Task Description | State | How/Why & Guidance |', // 6
    '| --- | --- | --- | --- |', // 7
    `| A1 | Inventory the widgets | ${states.A1 ?? '[x]'} | list modules |`, // 8
    '', // 9
    '### Phase B — Plan refactor', // 10
    'Prereqs: Phase A complete.', // 11
    '', // 12
    '| ID | Task Description | State | How/Why & Guidance |', // 13
    '| --- | --- | --- | --- |', // 14
    `| B1 | Draft the outline | ${states.B1 ?? '[x]'} | outline first |`, // 15
    `| B2 | Apply the outline to the plan | ${states.B2 ?? '[ ]'} | edit the plan |`, // 16
    `| B3 | Brief the owners | ${states.B3 ?? '[ ]'} | write a summary |`, // 17
    ''
  ].join('\n')
}

const ATTEMPT_1 =
  '[2025-10-17] Attempt #1 — Phase A.A1 Inventory: Listed the modules. Next: Phase B.B1 outline.'
const CLAIM_B2 = `[2025-10-18] Attempt #2 — Phase B.B3 Prep: Marked Phase B.B2 complete in \`${PLAN}\` and drafted the brief. Next: mark B3 complete after review.`

describe('ledger-plan-drift: claims', () => {
  it('reports an attempt that marks a task complete while its plan row is open', () => {
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger([ATTEMPT_1, CLAIM_B2]),
      [PLAN]: plan()
    })
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.ruleId).toBe('ledger-plan-drift')
    expect(finding?.file).toBe('docs/fix_plan.md')
    expect(finding?.line).toBe(10)
    expect(finding?.entryId).toBe('ALPHA-001')
    expect(finding?.entity).toBe(`ALPHA-001#claim:${PLAN}#task-B2`)
    expect(finding?.message).toContain('Attempt #2 of [ALPHA-001] says task B2 is complete')
    expect(finding?.message).toContain('"Marked Phase B.B2 complete"')
    expect(finding?.message).toContain(`row B2 is still \`[ ]\` in \`${PLAN}\` (line 16)`)
  })

  it('is clean once the plan row is ticked', () => {
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger([ATTEMPT_1, CLAIM_B2]),
      [PLAN]: plan({ B2: '[x]' })
    })
    expect(findings).toEqual([])
  })

  it('reads "B2 done", "completed B2" and "✅ B2" as claims', () => {
    for (const phrase of ['B2 done', 'completed B2 edits', '✅ B2 applied']) {
      const findings = findingsFor('ledger-plan-drift', {
        'docs/fix_plan.md': ledger([
          `[2025-10-18] Attempt #1 — Plan edit: ${phrase}; notes updated.`
        ]),
        [PLAN]: plan()
      })
      expect(findings.map((f) => f.entity)).toEqual([`ALPHA-001#claim:${PLAN}#task-B2`])
    }
  })

  it('ignores intentions, hedges and other initiatives’ tasks', () => {
    const attempts = [
      '[2025-10-17] Attempt #1 — Phase B.B2 Plan Update: Began editing. Next: mark Phase B.B2 complete.',
      '[2025-10-18] Attempt #2 — Outline: Will mark B2 done once review lands; waiting until B3 complete.',
      '[2025-10-18] Attempt #3 — Sync: OTHER-INIT-002 Phase B.B2 complete per its owner.'
    ]
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger(attempts),
      [PLAN]: plan()
    })
    expect(findings).toEqual([])
  })

  it('keeps only the latest claim per task: a later re-opening clears it', () => {
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger([
        CLAIM_B2,
        '[2025-10-19] Attempt #3 — Review: Reopened B2 after the review found gaps.'
      ]),
      [PLAN]: plan()
    })
    expect(findings).toEqual([])
  })

  it('reports a whole-phase claim once, listing the open rows', () => {
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger([
        '[2025-10-18] Attempt #1 — Wrap-up: Phase B complete, handing off.'
      ]),
      [PLAN]: plan()
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.entity).toBe(`ALPHA-001#claim:${PLAN}#phase-B`)
    expect(findings[0]?.message).toContain('says Phase B is complete')
    expect(findings[0]?.message).toContain('`B2`, `B3` are still open')
  })

  it('qualifies the task by plan when the entry links several plans', () => {
    const other = 'plans/active/ALPHA-001-docs/plan.md'
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger(
        [`[2025-10-18] Attempt #1 — Docs: Marked A1 complete in \`${other}\`.`],
        'in_progress',
        `- Working Plan: \`${PLAN}\` + \`${other}\``
      ),
      [PLAN]: plan(),
      [other]: plan({ A1: '[ ]' })
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.entity).toBe(`ALPHA-001#claim:${other}#task-A1`)
    expect(findings[0]?.message).toContain(`says task A1 of \`${other}\` is complete`)
  })

  it('reads the claims of an entry without plan links against the open plan they name', () => {
    // Only the named plan has an open task: the attempts of the entry are read all the same.
    const named = 'plans/active/ALPHA-001-docs/plan.md'
    const attempts = [
      '[2025-10-17] Attempt #1 — Docs: drafted the outline.',
      `[2025-10-18] Attempt #2 — Docs: Marked A1 complete in \`${named}\`.`
    ]
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger(attempts, 'in_progress', '- Owner: docs'),
      [PLAN]: plan({ B2: '[x]', B3: '[x]' }),
      [named]: plan({ A1: '[ ]' })
    })
    expect(findings.map((f) => f.entity)).toEqual([`ALPHA-001#claim:${named}#task-A1`])
    expect(findings[0]?.line).toBe(10)
  })

  it('judges a claim naming an unlinked plan file against the entry’s own plan', () => {
    // Plan files get archived and their names reused by other initiatives.
    const reused = 'plans/active/shared-plan.md'
    const files = (ownB2: string): Record<string, string> => ({
      'docs/fix_plan.md': ledger([
        `[2025-10-17] Attempt #1 — Wrap-up: \`${reused}\` task B2 marked complete.`
      ]),
      [reused]: plan(),
      [PLAN]: plan({ B2: ownB2 })
    })
    const claims = (ownB2: string): string[] =>
      findingsFor('ledger-plan-drift', files(ownB2))
        .filter((f) => f.entity.includes('#claim:'))
        .map((f) => f.entity)
    expect(claims('[x]')).toEqual([])
    expect(claims('[ ]')).toEqual([`ALPHA-001#claim:${PLAN}#task-B2`])
  })

  it('reads a claim even when the outcome heuristics call the attempt a failure', () => {
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger([
        '[2025-10-18] Attempt #1 — Result: regression documented; Phase B.B2 complete.'
      ]),
      [PLAN]: plan()
    })
    expect(findings.map((f) => f.entity)).toEqual([`ALPHA-001#claim:${PLAN}#task-B2`])
  })

  it('flags claims on partial rows only with claimsIncludePartial', () => {
    const files = { 'docs/fix_plan.md': ledger([CLAIM_B2]), [PLAN]: plan({ B2: '[P]' }) }
    expect(findingsFor('ledger-plan-drift', files)).toEqual([])
    const strict = findingsFor('ledger-plan-drift', files, {
      options: { claimsIncludePartial: true }
    })
    expect(strict.map((f) => f.entity)).toEqual([`ALPHA-001#claim:${PLAN}#task-B2`])
    expect(strict[0]?.message).toContain('row B2 is still `[P]`')
  })

  it('judges the latest claim of a task by attempt number, whatever the written order', () => {
    const claim = '[2025-10-18] Attempt #2 — Marked Phase B.B2 complete.'
    const reopen = '[2025-10-17] Attempt #1 — Reopened B2 after review.'
    const later = (attempts: string[]): string[] =>
      findingsFor('ledger-plan-drift', {
        'docs/fix_plan.md': ledger(attempts),
        [PLAN]: plan()
      }).map((f) => f.entity)
    expect(later([claim, reopen])).toEqual([`ALPHA-001#claim:${PLAN}#task-B2`])
    const reopenLater = '[2025-10-19] Attempt #3 — Reopened B2 after review.'
    expect(later([reopenLater, claim])).toEqual([])
  })

  it('can be limited with checkClaims: false', () => {
    const findings = findingsFor(
      'ledger-plan-drift',
      { 'docs/fix_plan.md': ledger([CLAIM_B2]), [PLAN]: plan() },
      { options: { checkClaims: false } }
    )
    expect(findings).toEqual([])
  })
})

describe('ledger-plan-drift: status against plan', () => {
  it('reports a done entry whose plan still has open tasks', () => {
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger([ATTEMPT_1], 'done'),
      [PLAN]: plan()
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.line).toBe(6)
    expect(findings[0]?.entity).toBe(`ALPHA-001#done-with-open-plan:${PLAN}`)
    expect(findings[0]?.message).toContain('is `done` but its plan')
    expect(findings[0]?.message).toContain('2 unfinished tasks (`B2`, `B3`)')
  })

  it('leaves a cancelled entry with open tasks alone (exemptStatuses)', () => {
    const files = { 'docs/fix_plan.md': ledger([ATTEMPT_1], 'cancelled'), [PLAN]: plan() }
    expect(findingsFor('ledger-plan-drift', files)).toEqual([])
    const strict = findingsFor('ledger-plan-drift', files, { options: { exemptStatuses: [] } })
    expect(strict).toHaveLength(1)
  })

  it('reports an open entry whose plan is complete', () => {
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger([ATTEMPT_1], 'in_progress'),
      [PLAN]: plan({ B2: '[x]', B3: '[D]' })
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.entity).toBe('ALPHA-001#open-with-complete-plan')
    expect(findings[0]?.message).toContain('is still `in_progress`')
  })

  it('follows openStatuses and checkStatus', () => {
    const files = {
      'docs/fix_plan.md': ledger([ATTEMPT_1], 'blocked'),
      [PLAN]: plan({ B2: '[x]', B3: '[x]' })
    }
    expect(findingsFor('ledger-plan-drift', files)).toEqual([])
    const blockedCounts = findingsFor('ledger-plan-drift', files, {
      options: { openStatuses: ['blocked'] }
    })
    expect(blockedCounts.map((f) => f.entity)).toEqual(['ALPHA-001#open-with-complete-plan'])
    const off = findingsFor(
      'ledger-plan-drift',
      { 'docs/fix_plan.md': ledger([ATTEMPT_1], 'done'), [PLAN]: plan() },
      { options: { checkStatus: false } }
    )
    expect(off).toEqual([])
  })

  it('is clean when the status and the plan agree', () => {
    expect(
      findingsFor('ledger-plan-drift', {
        'docs/fix_plan.md': ledger([ATTEMPT_1], 'done'),
        [PLAN]: plan({ B2: '[x]', B3: '[x]' })
      })
    ).toEqual([])
  })
})

describe('ledger-plan-drift: orphan plans', () => {
  const orphan = 'plans/active/widget-cleanup/plan.md'

  it('reports an active plan no entry points to', () => {
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger([ATTEMPT_1]),
      [PLAN]: plan({ B2: '[ ]' }),
      [orphan]: plan()
    })
    const orphans = findings.filter((f) => f.entity.endsWith('#orphan'))
    expect(orphans).toHaveLength(1)
    expect(orphans[0]?.file).toBe(orphan)
    expect(orphans[0]?.entity).toBe(`${orphan}#orphan`)
    expect(orphans[0]?.message).toContain('has no ledger entry pointing to it')
  })

  it('counts a plan cited by an attempt as pointed to, and can be turned off', () => {
    const cited = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger([`[2025-10-17] Attempt #1 — Cleanup: see \`${orphan}\`.`]),
      [PLAN]: plan(),
      [orphan]: plan()
    })
    expect(cited.filter((f) => f.entity.endsWith('#orphan'))).toEqual([])
    const off = findingsFor(
      'ledger-plan-drift',
      { 'docs/fix_plan.md': ledger([ATTEMPT_1]), [PLAN]: plan(), [orphan]: plan() },
      { options: { reportOrphanPlans: false } }
    )
    expect(off.filter((f) => f.entity.endsWith('#orphan'))).toEqual([])
  })

  it('counts evidence cited from the plan folder as pointing to the plan', () => {
    const findings = findingsFor('ledger-plan-drift', {
      'docs/fix_plan.md': ledger([
        '[2025-10-17] Attempt #1 — Cleanup: Artifacts: `plans/active/widget-cleanup/reports/2025-10-17T010000Z/`.'
      ]),
      [PLAN]: plan(),
      [orphan]: plan(),
      'plans/active/widget-cleanup/reports/2025-10-17T010000Z/notes.md': 'notes'
    })
    expect(findings.filter((f) => f.entity.endsWith('#orphan'))).toEqual([])
  })
})
