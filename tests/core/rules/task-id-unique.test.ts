import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const FILE = 'plans/active/ALPHA-001/implementation.md'

function plan(m4Ids: [string, string]): Record<string, string> {
  return {
    [FILE]: [
      '# ALPHA-001 — Widget plan', // 1
      '', // 2
      '### Phase M4 — Migration', // 3
      '', // 4
      '| ID | Task Description | State | How/Why & Guidance |', // 5
      '| --- | --- | --- | --- |', // 6
      '| M4a | Move the readers | [x] | … |', // 7
      '| M4b | Move the writers | [ ] | … |', // 8
      '', // 9
      '#### Phase M4 Checklist — writers', // 10
      '', // 11
      '| ID | Task Description | State | How/Why & Guidance |', // 12
      '| --- | --- | --- | --- |', // 13
      `| ${m4Ids[0]} | Port the CSV writer | [ ] | … |`, // 14
      `| ${m4Ids[1]} | Port the JSON writer | [ ] | … |`, // 15
      ''
    ].join('\n')
  }
}

describe('task-id-unique', () => {
  it('reports an id reused in a checklist sub-table', () => {
    const findings = findingsFor('task-id-unique', plan(['M4c', 'M4a']))
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.ruleId).toBe('task-id-unique')
    expect(finding?.file).toBe(FILE)
    expect(finding?.line).toBe(15)
    expect(finding?.entity).toBe(`${FILE}#task-M4A#repeat-1`)
    expect(finding?.message).toContain('Task id `M4a`')
    expect(finding?.message).toContain('already used by the task at line 7')
  })

  it('is clean when every id differs', () => {
    expect(findingsFor('task-id-unique', plan(['M4c', 'M4d']))).toEqual([])
  })

  it('compares ids with their case when ignoreCase is off', () => {
    const files = plan(['M4c', 'M4A'])
    expect(findingsFor('task-id-unique', files)).toHaveLength(1)
    expect(findingsFor('task-id-unique', files, { options: { ignoreCase: false } })).toEqual([])
  })
})
