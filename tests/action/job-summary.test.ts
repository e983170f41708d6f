import { describe, expect, it } from '@jest/globals'
import { JOB_SUMMARY_BUDGET, renderJobSummary } from '../../src/action/job-summary.js'
import { finding } from '../github/fixtures.js'

describe('renderJobSummary', () => {
  it('marks new findings, links them and stays under the step summary limit', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      finding({ fingerprint: `fp${i}`, line: i + 1, message: `problem ${i} for @someone in #${i}` })
    )
    const body = renderJobSummary({
      findings,
      introduced: findings.slice(0, 2),
      fixed: [],
      notes: ['Review posted.'],
      links: { serverUrl: 'https://github.com', repository: 'o/r', sha: 'abc', pathPrefix: 'sub' }
    })
    expect(body.length).toBeLessThanOrEqual(JOB_SUMMARY_BUDGET)
    expect(body).toContain('20000 errors, 0 warnings, 0 notes — 2 new in this change, 0 fixed.')
    expect(body).toContain(
      '| new | error | `attempt-order` | [`docs/fix_plan.md:1`](https://github.com/o/r/blob/abc/sub/docs/fix_plan.md#L1) |'
    )
    expect(body).toMatch(/_…\d+ more findings in the findings-json output\._\n$/)
    expect(body).not.toMatch(/@someone|#\d/)
  })
})
