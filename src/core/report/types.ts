import type { Finding } from '../findings.js'
import type { Summary } from '../summary.js'

/** The counts a check report ends with (text summary line, JSON `summary`). */
export interface ReportSummary extends Summary {
  /** Diff mode only: findings the change introduced and findings it fixed. */
  introduced?: number
  fixed?: number
  /** Findings left out because the baseline accepts them (only with a baseline). */
  baselined?: number
  /** Findings silenced by planguard-disable comments (only when there are some). */
  suppressed?: number
}

/** What every check renderer draws from. */
export interface CheckReport {
  findings: readonly Finding[]
  summary: ReportSummary
  /** Diff mode only: the revision compared against, as given (`--base`). */
  base?: string
}

/** Findings in reading order: file, line, column, then rule id. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message)
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Error / warning / info counts of a finding list. */
export function countSeverities(findings: readonly Finding[]): {
  errors: number
  warnings: number
  infos: number
} {
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const finding of findings) {
    if (finding.severity === 'error') errors++
    else if (finding.severity === 'warning') warnings++
    else infos++
  }
  return { errors, warnings, infos }
}
