import { describe, expect, it } from '@jest/globals'
import { envInputGetter, readInputs } from '../../src/action/inputs.js'
import { planAnnotations } from '../../src/action/annotations.js'
import { shouldFail } from '../../src/action/outputs.js'
import { finding } from '../github/fixtures.js'

describe('readInputs', () => {
  it('applies the documented defaults', () => {
    expect(readInputs(envInputGetter({ INPUT_TOKEN: ' t ' }))).toEqual({
      token: 't',
      failOn: 'error',
      review: true,
      maxInlineComments: 30,
      trackingIssue: true,
      trackingLabel: 'planguard',
      subIssues: false,
      workingDirectory: '.'
    })
  })

  it('reads hyphenated names the way the runner passes them', () => {
    const inputs = readInputs(
      envInputGetter({
        'INPUT_FAIL-ON': 'never',
        'INPUT_MAX-INLINE-COMMENTS': '5',
        INPUT_REVIEW: 'false'
      })
    )
    expect(inputs).toMatchObject({ failOn: 'never', maxInlineComments: 5, review: false })
  })

  it('rejects bad values with the input name', () => {
    expect(() => readInputs(envInputGetter({ 'INPUT_FAIL-ON': 'errors' }))).toThrow(/fail-on/)
    expect(() => readInputs(envInputGetter({ 'INPUT_MAX-INLINE-COMMENTS': '-1' }))).toThrow(
      /max-inline-comments/
    )
    expect(() => readInputs(envInputGetter({ INPUT_REVIEW: 'maybe' }))).toThrow(/review/)
  })
})

describe('planAnnotations', () => {
  it('annotates the first 10 per level and summarises the rest in one notice', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding({ fingerprint: `e${i}`, line: i + 1 })),
      ...Array.from({ length: 3 }, (_, i) =>
        finding({ fingerprint: `w${i}`, severity: 'warning', line: i + 1 })
      )
    ]
    const annotations = planAnnotations(findings, 'examples/demo')
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10)
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(3)
    expect(annotations[0]).toMatchObject({
      file: 'examples/demo/docs/fix_plan.md',
      startLine: 1,
      title: 'attempt-order'
    })
    expect(annotations.at(-1)).toMatchObject({
      level: 'notice',
      message: expect.stringContaining('2 more errors')
    })
  })
})

describe('shouldFail', () => {
  const warning = finding({ fingerprint: 'w', severity: 'warning' })
  const error = finding({ fingerprint: 'e' })
  it('follows fail-on', () => {
    expect(shouldFail('error', [warning])).toBe(false)
    expect(shouldFail('error', [error])).toBe(true)
    expect(shouldFail('warning', [warning])).toBe(true)
    expect(shouldFail('never', [error])).toBe(false)
  })
})
