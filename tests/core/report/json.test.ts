import { describe, expect, it } from '@jest/globals'
import { CHECK_JSON_VERSION, renderCheckJson, toCheckJson } from '../../../src/core/report/json.js'
import { finding, summary } from './fixtures.js'

describe('check JSON renderer', () => {
  it('emits the documented properties and nothing internal', () => {
    const json = toCheckJson({ findings: [finding()], summary: summary({ errors: 1 }) })
    expect(json.version).toBe(CHECK_JSON_VERSION)
    expect(Object.keys(json)).toEqual(['version', 'findings', 'summary'])
    expect(json.findings[0]).toEqual({
      ruleId: 'attempt-number-sequence',
      severity: 'error',
      file: 'docs/fix_plan.md',
      line: 12,
      column: 5,
      endLine: 12,
      endColumn: 40,
      message: 'Attempt #2 is numbered twice',
      entryId: 'DEMO-001',
      fingerprint: 'f00d'
    })
    expect(json.summary).toEqual(summary({ errors: 1 }))
  })

  it('leaves out entryId when the finding has none, and diff counts outside diff mode', () => {
    const { entryId: _omitted, ...plain } = finding()
    const json = toCheckJson({ findings: [plain], summary: summary() })
    expect(json.findings[0]).not.toHaveProperty('entryId')
    expect(json.summary).not.toHaveProperty('introduced')
    expect(json).not.toHaveProperty('base')
  })

  it('adds introduced, fixed and base in diff mode', () => {
    const json = toCheckJson({
      findings: [],
      summary: summary({ introduced: 0, fixed: 3 }),
      base: 'main'
    })
    expect(json.summary.introduced).toBe(0)
    expect(json.summary.fixed).toBe(3)
    expect(json.base).toBe('main')
  })

  it('sorts findings and ends the text with a newline', () => {
    const text = renderCheckJson({
      findings: [finding({ line: 50 }), finding({ line: 2 })],
      summary: summary()
    })
    expect(text.endsWith('}\n')).toBe(true)
    const parsed = JSON.parse(text) as { findings: { line: number }[] }
    expect(parsed.findings.map((item) => item.line)).toEqual([2, 50])
  })
})
