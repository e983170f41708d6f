import type { Finding, Severity } from '../core/findings.js'

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Errors first, then by file and position, so every run posts in the same order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.fingerprint.localeCompare(b.fingerprint)
  )
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings)
}

/** One finding per fingerprint (the first in sorted order wins). */
export function uniqueByFingerprint(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  const result: Finding[] = []
  for (const finding of sortFindings(findings)) {
    if (seen.has(finding.fingerprint)) continue
    seen.add(finding.fingerprint)
    result.push(finding)
  }
  return result
}
