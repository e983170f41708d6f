import { describe, expect, it } from '@jest/globals'
import { renderText, summaryLine } from '../../../src/core/report/text.js'
import { finding, summary } from './fixtures.js'

const ESC = '\u001b['

describe('text renderer', () => {
  const findings = [
    finding({
      file: 'plans/active/X/implementation.md',
      line: 30,
      column: 1,
      ruleId: 'task-id-unique',
      severity: 'warning',
      message: 'Task B2 appears twice'
    }),
    finding({
      line: 9,
      column: 3,
      message: 'Status “finished” is not in the vocabulary',
      ruleId: 'status-vocabulary'
    }),
    finding({ line: 120, column: 11 })
  ]

  it('prints one line per finding, sorted by file and line, then a summary', () => {
    const text = renderText({ findings, summary: summary({ errors: 2, warnings: 1 }) })
    const lines = text.trimEnd().split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(
      /^docs\/fix_plan\.md:9:3 +error +Status “finished” is not in the vocabulary +status-vocabulary$/
    )
    expect(lines[1]).toMatch(
      /^docs\/fix_plan\.md:120:11 +error +Attempt #2 is numbered twice +attempt-number-sequence$/
    )
    expect(lines[2]).toMatch(
      /^plans\/active\/X\/implementation\.md:30:1 +warning +Task B2 appears twice +task-id-unique$/
    )
    expect(lines[3]).toBe('')
    expect(lines[4]).toContain('3 problems (2 errors, 1 warning)')
  })

  it('aligns severity, message and rule id in columns', () => {
    const lines = renderText({ findings, summary: summary() }).split('\n').slice(0, 3)
    const severityColumns = lines.map((line) => line.search(/(error|warning)/))
    const ruleColumns = lines.map((line) => line.search(/[a-z-]+$/))
    expect(new Set(severityColumns).size).toBe(1)
    expect(new Set(ruleColumns).size).toBe(1)
  })

  it('uses colour only when asked', () => {
    const plain = renderText({ findings, summary: summary({ errors: 2 }) })
    const coloured = renderText({ findings, summary: summary({ errors: 2 }) }, { color: true })
    expect(plain).not.toContain(ESC)
    expect(coloured).toContain(`${ESC}31merror`)
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain)
  })

  it('joins a path prefix so locations open from the working folder', () => {
    const text = renderText(
      { findings: [finding()], summary: summary() },
      { pathPrefix: 'examples/demo' }
    )
    expect(text.startsWith('examples/demo/docs/fix_plan.md:12:5 ')).toBe(true)
  })

  it('keeps a message with newlines and terminal escapes on one harmless line', () => {
    const text = renderText({
      findings: [finding({ message: 'first\nsecond\r\n\u001b[2Jthird' })],
      summary: summary({ errors: 1 })
    })
    const first = text.split('\n')[0] ?? ''
    expect(first).toContain('first second ?[2Jthird')
    expect(text).not.toContain('\u001b')
  })

  it('says so when there is nothing to report', () => {
    const text = renderText({ findings: [], summary: summary() })
    expect(text).toBe(
      '✔ no problems · checked 3 files: 4 entries, 11 attempts, 2 plans, 9 tasks, 6 artifacts (1 missing)\n'
    )
  })

  it('adds introduced and fixed counts in diff mode', () => {
    const line = summaryLine(summary({ warnings: 1, introduced: 1, fixed: 2 }), 'origin/main')
    expect(line).toContain(
      '✖ 1 problem (0 errors, 1 warning) · 1 introduced, 2 fixed since origin/main'
    )
  })

  it('says how many findings the baseline and suppressions left out', () => {
    expect(summaryLine(summary({ baselined: 4, suppressed: 1 }))).toMatch(
      / · 4 accepted by the baseline, 1 suppressed$/
    )
    expect(summaryLine(summary({ baselined: 0 }))).not.toContain('baseline')
  })

  it('counts info findings only when there are some', () => {
    expect(summaryLine(summary({ infos: 2 }))).toContain(
      '2 problems (0 errors, 0 warnings, 2 infos)'
    )
    expect(summaryLine(summary({ errors: 1 }))).not.toContain('info')
  })
})
