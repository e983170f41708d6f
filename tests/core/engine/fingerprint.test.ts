import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { assignFingerprints, fingerprintOf } from '../../../src/core/fingerprint.js'
import type { Finding } from '../../../src/core/findings.js'

function raw(entity: string, line: number, ruleId = 'attempt-order'): Omit<Finding, 'fingerprint'> {
  return {
    ruleId,
    severity: 'error',
    file: 'docs/fix_plan.md',
    line,
    column: 1,
    endLine: line,
    endColumn: 5,
    message: `problem with ${entity}`,
    entity
  }
}

describe('fingerprints', () => {
  it('depend on rule, file and entity, never on the position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 100000 }),
        (a, b) => {
          const [first] = assignFingerprints([raw('X-001#attempt-3', a)])
          const [second] = assignFingerprints([raw('X-001#attempt-3', b)])
          return first?.fingerprint === second?.fingerprint
        }
      )
    )
  })

  it('differ when the rule, the file or the entity differs', () => {
    const base = fingerprintOf('r', 'docs/fix_plan.md', 'X-001')
    expect(fingerprintOf('s', 'docs/fix_plan.md', 'X-001')).not.toBe(base)
    expect(fingerprintOf('r', 'docs/other.md', 'X-001')).not.toBe(base)
    expect(fingerprintOf('r', 'docs/fix_plan.md', 'X-002')).not.toBe(base)
    // The separator keeps `ab`+`c` apart from `a`+`bc`.
    expect(fingerprintOf('r', 'ab', 'c')).not.toBe(fingerprintOf('r', 'a', 'bc'))
  })

  it('number duplicates by occurrence so each stays unique', () => {
    const findings = assignFingerprints([
      raw('dup', 3),
      raw('dup', 9),
      raw('other', 12),
      raw('dup', 20)
    ])
    const prints = findings.map((finding) => finding.fingerprint)
    expect(new Set(prints).size).toBe(4)
    // The first occurrence keeps the plain fingerprint.
    expect(prints[0]).toBe(fingerprintOf('attempt-order', 'docs/fix_plan.md', 'dup'))
  })
})
