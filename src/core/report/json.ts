import type { Finding } from '../findings.js'
import { sortFindings, type CheckReport, type ReportSummary } from './types.js'

/**
 * Version of the `planguard check --format json` document. Adding an optional property keeps the
 * version; removing or renaming a property, or changing a meaning, bumps it (docs/output.md).
 */
export const CHECK_JSON_VERSION = 1

export type CheckJsonFinding = Pick<
  Finding,
  | 'ruleId'
  | 'severity'
  | 'file'
  | 'line'
  | 'column'
  | 'endLine'
  | 'endColumn'
  | 'message'
  | 'entryId'
  | 'fingerprint'
>

export interface CheckJson {
  version: typeof CHECK_JSON_VERSION
  findings: CheckJsonFinding[]
  summary: ReportSummary
  /** Diff mode only: the revision compared against. */
  base?: string
}

/** The documented JSON object of a check (property order fixed, findings sorted). */
export function toCheckJson(report: CheckReport): CheckJson {
  const { summary } = report
  return {
    version: CHECK_JSON_VERSION,
    findings: sortFindings(report.findings).map(toJsonFinding),
    summary: {
      files: summary.files,
      entries: summary.entries,
      attempts: summary.attempts,
      plans: summary.plans,
      tasks: summary.tasks,
      artifacts: { checked: summary.artifacts.checked, missing: summary.artifacts.missing },
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      ...(summary.introduced === undefined ? {} : { introduced: summary.introduced }),
      ...(summary.fixed === undefined ? {} : { fixed: summary.fixed }),
      ...(summary.baselined === undefined ? {} : { baselined: summary.baselined }),
      ...(summary.suppressed === undefined ? {} : { suppressed: summary.suppressed })
    },
    ...(report.base === undefined ? {} : { base: report.base })
  }
}

export function renderCheckJson(report: CheckReport): string {
  return JSON.stringify(toCheckJson(report), null, 2) + '\n'
}

function toJsonFinding(finding: Finding): CheckJsonFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: finding.message,
    ...(finding.entryId === undefined ? {} : { entryId: finding.entryId }),
    fingerprint: finding.fingerprint
  }
}
