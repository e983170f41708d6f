import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../../src/core/findings.js'
import {
  applySuppressions,
  findSuppressions,
  validateSuppression
} from '../../../src/core/suppressions.js'

const text = [
  '# Ledger', // 1
  '<!-- planguard-disable-next-line attempt-order, artifact-exists -- history predates the rule -->', // 2
  '', // 3
  '* [2025-10-17] Attempt #3 — …', // 4
  '<!-- planguard-disable-next-line artifact-exists -->', // 5
  '* [2025-10-18] Attempt #4 — …', // 6
  '```markdown', // 7
  '<!-- planguard-disable-next-line attempt-order -- an example in a code block -->', // 8
  '```', // 9
  'text <!-- planguard-disable-next-line nonexistent-rule -- typo --> trailing', // 10
  '* last line' // 11
].join('\n')

function finding(ruleId: string, line: number): Finding {
  return {
    ruleId,
    severity: 'error',
    file: 'docs/fix_plan.md',
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    message: 'm',
    entity: `e${line}`,
    fingerprint: `${ruleId}-${line}`
  }
}

describe('suppression comments', () => {
  const suppressions = findSuppressions('docs/fix_plan.md', text)

  it('are found with their rules, reason and target line, outside code fences', () => {
    expect(suppressions.map((s) => [s.range.line, s.ruleIds, s.reason, s.targetLine])).toEqual([
      [2, ['attempt-order', 'artifact-exists'], 'history predates the rule', 4],
      [5, ['artifact-exists'], undefined, 6],
      [10, ['nonexistent-rule'], 'typo', 11]
    ])
    expect(suppressions[2]?.range.column).toBe(6)
  })

  it('silence matching findings on the next non-blank line only', () => {
    const findings = [
      finding('attempt-order', 4),
      finding('artifact-exists', 4),
      finding('attempt-dates', 4),
      finding('attempt-order', 6),
      finding('artifact-exists', 6),
      finding('attempt-order', 9)
    ]
    const { kept, suppressed } = applySuppressions(findings, suppressions)
    expect(suppressed.map((f) => f.fingerprint)).toEqual([
      'attempt-order-4',
      'artifact-exists-4',
      'artifact-exists-6'
    ])
    expect(kept.map((f) => f.fingerprint)).toEqual([
      'attempt-dates-4',
      'attempt-order-6',
      'attempt-order-9'
    ])
  })

  it('are themselves findings without a reason or with an unknown rule', () => {
    const known = new Set(['attempt-order', 'artifact-exists'])
    const problems = suppressions.map((s) => validateSuppression(s, known).map((p) => p.message))
    expect(problems[0]).toEqual([])
    expect(problems[1]).toEqual([expect.stringContaining('has no reason')])
    expect(problems[2]).toEqual([expect.stringContaining('unknown rule "nonexistent-rule"')])
  })

  it('without any rule id are reported', () => {
    const [bare] = findSuppressions('f.md', '<!-- planguard-disable-next-line -- why -->\nx')
    expect(bare && validateSuppression(bare, new Set()).map((p) => p.entity)).toEqual([
      'suppression:no-rule'
    ])
  })

  it('are read among other comments on a line, and in linear time on unclosed ones', () => {
    const line =
      'x <!-- note --> <!--planguard-disable-next-line a -- b--> <!-- planguard-disable c'
    const found = findSuppressions('f.md', `${line}\ny\n`)
    expect(found.map((s) => [s.range.column, s.range.endColumn, s.ruleIds, s.reason])).toEqual([
      [17, 58, ['a'], 'b']
    ])
    const unclosed = '<!-- planguard-disable-next-line a '.repeat(100000)
    // A quadratic scan of this 3.6 MB line takes minutes (past the test timeout); linear, ms.
    expect(findSuppressions('f.md', `${unclosed}\ny\n`)).toEqual([])
  })

  it('count when written inside another comment', () => {
    const line = '<!-- todo <!-- planguard-disable-next-line status-vocabulary -- legacy -->'
    const found = findSuppressions('f.md', `${line}\ny\n`)
    expect(found.map((s) => [s.range.column, s.ruleIds, s.reason, s.targetLine])).toEqual([
      [11, ['status-vocabulary'], 'legacy', 2]
    ])
  })

  it('at the end of a file have no target', () => {
    const [last] = findSuppressions('f.md', 'x\n<!-- planguard-disable-next-line a -- b -->\n\n')
    expect(last?.targetLine).toBeUndefined()
  })
})
