import { beforeAll, describe, expect, it } from '@jest/globals'
import { zodIfLoaded } from '../../../src/core/config/lazy-zod.js'
import { configSchema, type ConfigInput } from '../../../src/core/config/schema.js'
import { buildProject, loadRuleValidation, runRules } from '../../../src/core/engine.js'
import { clampRange } from '../../../src/core/engine/run-rules.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import type { Rule } from '../../../src/core/rules/types.js'
import { fakeParsers } from './fake-parsers.js'
import { badEntryRule, crashingRule, openTaskRule, sloppyRangeRule } from './test-rules.js'

const files = {
  'docs/fix_plan.md': '# Ledger\n## [A-1] BAD one\n## [B-2] fine\n## [C-3] BAD again\n',
  'plans/active/A/plan.md': '# Plan\n| A1 | first | [ ] |\n| A2 | second | [x] |\n'
}

function run(config: ConfigInput = {}, rules = [badEntryRule, openTaskRule]) {
  const project = buildProject(
    new MemoryRepoFS(files),
    configSchema.parse(config),
    new Date(0),
    fakeParsers
  )
  return runRules(project, rules)
}

/** bad-entry whose schema cannot be built: any use of it shows in the findings. */
const schemaFreeRule: Rule = {
  ...badEntryRule,
  options: {
    defaults: badEntryRule.options.defaults,
    schema: () => {
      throw new Error('the schema was built')
    }
  }
}

// These run first, while zod is not loaded in this test file.
describe('rule options without zod', () => {
  it('gives a rule its plain defaults without building its schema', () => {
    expect(zodIfLoaded()).toBeUndefined()
    const findings = run({ rules: { 'bad-entry': { options: {} } } }, [schemaFreeRule])
    expect(findings.map((f) => f.message)).toEqual(['entry A-1 is BAD', 'entry C-3 is BAD'])
    expect(zodIfLoaded()).toBeUndefined()
  })

  it('reports configured options it cannot validate yet instead of ignoring them', () => {
    const findings = run({ rules: { 'bad-entry': { options: { word: 'fine' } } } }, [badEntryRule])
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([
      'internal-error: rule bad-entry failed, its results are incomplete: options not validated: await loadRuleValidation() first'
    ])
  })
})

describe('runRules', () => {
  beforeAll(async () => {
    await loadRuleValidation(
      configSchema.parse({ rules: { 'bad-entry': { options: { word: 'x' } } } })
    )
  })

  it('reports with the default severities, sorted by file and position', () => {
    expect(
      run().map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.entity}`)
    ).toEqual([
      'docs/fix_plan.md:2:1 error bad-entry A-1',
      'docs/fix_plan.md:4:1 error bad-entry C-3',
      'plans/active/A/plan.md:2:1 warning open-task A1'
    ])
  })

  it('applies configured severities, turns rules off and passes parsed options', () => {
    const findings = run({
      rules: { 'bad-entry': { severity: 'info', options: { word: 'fine' } }, 'open-task': 'off' }
    })
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['info', 'entry B-2 is fine']])
  })

  it('gives each finding a fingerprint and keeps the entry id', () => {
    const findings = run()
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length)
    expect(findings[0]?.entryId).toBe('A-1')
  })

  it('turns a rule that throws into an internal-error finding, keeping what it reported', () => {
    const findings = run({}, [crashingRule, badEntryRule])
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([
      'crashing: before the crash',
      'internal-error: rule crashing failed, its results are incomplete: boom',
      'bad-entry: entry A-1 is BAD',
      'bad-entry: entry C-3 is BAD'
    ])
  })

  it('gives internal-error its configured severity, and drops it only when turned off', () => {
    const lowered = run({ rules: { 'internal-error': 'warning' } }, [crashingRule])
    expect(lowered.map((f) => `${f.ruleId} ${f.severity}`)).toEqual([
      'crashing error',
      'internal-error warning'
    ])
    const off = run({ rules: { 'internal-error': 'off' } }, [crashingRule])
    expect(off.map((f) => f.ruleId)).toEqual(['crashing'])
  })

  it('reports options a rule cannot accept instead of crashing', () => {
    const findings = run({ rules: { 'bad-entry': { options: { word: 42 } } } }, [badEntryRule])
    expect(findings).toHaveLength(1)
    expect(findings[0]?.ruleId).toBe('internal-error')
    expect(findings[0]?.message).toContain('invalid options')
  })

  it('clamps every range inside its file', () => {
    const findings = run({}, [sloppyRangeRule])
    // The ledger has 5 lines (the last one empty after the final newline).
    expect(findings.map((f) => [f.message, f.line, f.column, f.endLine, f.endColumn])).toEqual([
      ['before the start', 1, 1, 1, 1],
      ['past the end', 5, 1, 5, 1]
    ])
  })
})

describe('clampRange', () => {
  it('keeps ranges 1-based, inside the lines and ordered', () => {
    const lengths = [8, 12, 0]
    expect(clampRange({ line: 2, column: 3, endLine: 2, endColumn: 99 }, lengths)).toEqual({
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 13
    })
    expect(clampRange({ line: 2, column: 9, endLine: 1, endColumn: 1 }, lengths)).toEqual({
      line: 2,
      column: 9,
      endLine: 2,
      endColumn: 9
    })
    expect(clampRange(undefined, null)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 })
    expect(clampRange({ line: 7, column: 2, endLine: 3, endColumn: 1 }, null)).toEqual({
      line: 7,
      column: 2,
      endLine: 7,
      endColumn: 2
    })
  })
})
