import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const FILE = 'plans/active/ALPHA-001/implementation.md'

function plan(marker: string): Record<string, string> {
  return {
    [FILE]: [
      '# ALPHA-001 — Widget plan',
      '',
      '### Phase A — Audit',
      '',
      '| ID | Task Description | State | How/Why & Guidance |',
      '| --- | --- | --- | --- |',
      '| A1 | Inventory the widgets | [x] | … |',
      `| A2 | Compare with the plan | ${marker} | … |`, // line 8
      ''
    ].join('\n')
  }
}

describe('task-state-vocabulary', () => {
  it('reports a marker outside the configured states', () => {
    const findings = findingsFor('task-state-vocabulary', plan('[?]'))
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.ruleId).toBe('task-state-vocabulary')
    expect(finding?.line).toBe(8)
    expect(finding?.entity).toBe(`${FILE}#task-A2`)
    expect(finding?.message).toContain('Task `A2` has state `[?]`, which is not a known state')
  })

  it('is clean for the default markers', () => {
    expect(findingsFor('task-state-vocabulary', plan('[P]'))).toEqual([])
    expect(findingsFor('task-state-vocabulary', plan('[D]'))).toEqual([])
  })

  it('follows vocabulary.taskStates', () => {
    const findings = findingsFor('task-state-vocabulary', plan('[?]'), {
      config: { vocabulary: { taskStates: { partial: ['[P]', '[?]'] } } }
    })
    expect(findings).toEqual([])
  })
})
