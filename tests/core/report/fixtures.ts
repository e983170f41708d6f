import type { Finding, Severity } from '../../../src/core/findings.js'
import type { ReportSummary } from '../../../src/core/report/types.js'

/** A finding made by hand; every field can be overridden. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'attempt-number-sequence',
    severity: 'error' as Severity,
    file: 'docs/fix_plan.md',
    line: 12,
    column: 5,
    endLine: 12,
    endColumn: 40,
    message: 'Attempt #2 is numbered twice',
    entryId: 'DEMO-001',
    entity: 'DEMO-001#attempt-2',
    fingerprint: 'f00d',
    ...overrides
  }
}

export function summary(overrides: Partial<ReportSummary> = {}): ReportSummary {
  return {
    files: 3,
    entries: 4,
    attempts: 11,
    plans: 2,
    tasks: 9,
    artifacts: { checked: 6, missing: 1 },
    errors: 0,
    warnings: 0,
    infos: 0,
    ...overrides
  }
}
