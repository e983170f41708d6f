import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const FILE = 'plans/active/ALPHA-001/implementation.md'

function plan(a2: string, cPrereqs = 'Prereqs: Phase B complete.'): Record<string, string> {
  const table = (rows: string[]): string[] => [
    '| ID | Task Description | State | How/Why & Guidance |',
    '| --- | --- | --- | --- |',
    ...rows
  ]
  return {
    [FILE]: [
      '# ALPHA-001 — Widget plan', // 1
      '### Phase A — Audit', // 2
      'Prereqs: None.', // 3
      '', // 4
      ...table(['| A1 | Inventory | [x] | … |', `| A2 | Compare | ${a2} | … |`]), // 5-8
      '### Phase B — Refactor', // 9
      'Prereqs: Phase A complete.', // 10
      '', // 11
      ...table(['| B1 | Outline | [ ] | … |']), // 12-14
      '### Phase C — Handoff', // 15
      cPrereqs, // 16
      '', // 17
      ...table(['| C1 | Brief | [x] | … |']), // 18-20
      ''
    ].join('\n')
  }
}

const ENABLED = { config: { rules: { 'phase-order': 'info' as const } } }

describe('phase-order', () => {
  it('is off by default', () => {
    expect(findingsFor('phase-order', plan('[ ]'))).toEqual([])
  })

  it('reports a phase with done tasks after an unfinished earlier phase', () => {
    const findings = findingsFor('phase-order', plan('[ ]'), ENABLED)
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.ruleId).toBe('phase-order')
    expect(finding?.severity).toBe('info')
    expect(finding?.line).toBe(15)
    expect(finding?.entity).toBe(`${FILE}#phase-C`)
    expect(finding?.message).toContain(
      'Phase C has done tasks (`C1`) while Phase A (`A2`), Phase B (`B1`)'
    )
  })

  it('is clean when earlier phases are finished', () => {
    const files = plan('[x]')
    files[FILE] = (files[FILE] as string).replace(
      '| B1 | Outline | [ ] |',
      '| B1 | Outline | [x] |'
    )
    expect(findingsFor('phase-order', files, ENABLED)).toEqual([])
  })

  it('looks only at named prerequisites with order: prereqs', () => {
    const findings = findingsFor('phase-order', plan('[ ]', 'Prereqs: Phase A complete.'), {
      config: { rules: { 'phase-order': { severity: 'info', options: { order: 'prereqs' } } } }
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain('while Phase A (`A2`) still has an unfinished task')
  })
})
