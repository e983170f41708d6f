import { describe, expect, it } from '@jest/globals'
import type { CheckResult } from '../../../src/core/engine.js'
import { reportOf } from '../../../src/core/report/from-result.js'
import { finding, summary } from './fixtures.js'

// reportOf reads findings and counts only; the project is not part of a report.
const noProject = {} as CheckResult['project']

describe('reportOf', () => {
  const all = [
    finding({ fingerprint: 'a' }),
    finding({ fingerprint: 'b', severity: 'warning' }),
    finding({ fingerprint: 'c', severity: 'info' })
  ]

  it('lists every finding outside diff mode', () => {
    const result: CheckResult = {
      findings: all,
      summary: summary({ errors: 1, warnings: 1, infos: 1 }),
      project: noProject
    }
    const report = reportOf(result)
    expect(report.findings).toEqual(all)
    expect(report.summary).toEqual(summary({ errors: 1, warnings: 1, infos: 1 }))
    expect(report).not.toHaveProperty('base')
  })

  it('counts what the baseline and suppression comments left out', () => {
    const result: CheckResult = {
      findings: [],
      baselined: [all[0]!, all[1]!],
      suppressed: [all[2]!],
      summary: summary(),
      project: noProject
    }
    expect(reportOf(result).summary).toEqual(summary({ baselined: 2, suppressed: 1 }))
    const none: CheckResult = {
      findings: [],
      suppressed: [],
      summary: summary(),
      project: noProject
    }
    expect(reportOf(none).summary).toEqual(summary())
  })

  it('lists only introduced findings in diff mode, counting them and the fixed ones', () => {
    const introduced = [all[1]!]
    const fixed = [finding({ fingerprint: 'z' }), finding({ fingerprint: 'y' })]
    const result: CheckResult = {
      findings: all,
      introduced,
      fixed,
      summary: summary({ errors: 1, warnings: 1, infos: 1 }),
      project: noProject
    }
    const report = reportOf(result, 'origin/main')
    expect(report.findings).toEqual(introduced)
    expect(report.summary).toEqual(
      summary({ errors: 0, warnings: 1, infos: 0, introduced: 1, fixed: 2 })
    )
    expect(report.base).toBe('origin/main')
  })
})
