import { describe, expect, it } from '@jest/globals'
import { describeFindings, findingsFor, projectFromFiles, TEST_NOW } from '../../helpers/project.js'
import { badEntryRule } from './test-rules.js'

const ledger = [
  '# Demo Fix Plan Ledger',
  '**Last Updated:** 2025-10-17',
  '',
  '## [DEMO-001] First initiative',
  '- Priority: High',
  '- Status: in_progress',
  '- Working Plan: plans/active/DEMO-001/implementation.md',
  '',
  '## [DEMO-001] Same id again',
  '- Priority: Low',
  '- Status: pending',
  ''
].join('\n')

const plan = [
  '# DEMO-001 — First initiative',
  '### Phase A — Audit',
  '| ID | Task Description | State | How/Why & Guidance |',
  '| --- | --- | --- | --- |',
  '| A1 | Inventory | [x] | done |',
  '| A2 | Report | [ ] | open |',
  ''
].join('\n')

describe('test helpers', () => {
  it('projectFromFiles parses an in-memory tree with the real parsers', () => {
    const project = projectFromFiles({
      'docs/fix_plan.md': ledger,
      'plans/active/DEMO-001/implementation.md': plan
    })
    expect(project.now).toBe(TEST_NOW)
    expect(project.ledgers[0]?.entries.map((entry) => entry.id)).toEqual(['DEMO-001', 'DEMO-001'])
    expect(project.plans[0]?.tasks.map((task) => [task.id, task.state])).toEqual([
      ['A1', 'done'],
      ['A2', 'open']
    ])
  })

  it('findingsFor runs one registered rule', () => {
    const findings = findingsFor('entry-id-unique', { 'docs/fix_plan.md': ledger })
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.every((finding) => finding.ruleId === 'entry-id-unique')).toBe(true)
    expect(describeFindings(findings)[0]).toMatch(/^docs\/fix_plan\.md:9:\d+ entry-id-unique /)
  })

  it('findingsFor passes rule options and accepts a rule that is not registered', () => {
    const findings = findingsFor(
      'bad-entry',
      { 'docs/fix_plan.md': ledger },
      { rule: badEntryRule, options: { word: 'again' } }
    )
    expect(describeFindings(findings)).toEqual([
      'docs/fix_plan.md:9:1 bad-entry entry DEMO-001 is again'
    ])
  })

  it('findingsFor refuses an unknown rule id', () => {
    expect(() => findingsFor('no-such-rule', {})).toThrow(/no rule "no-such-rule"/)
  })
})
