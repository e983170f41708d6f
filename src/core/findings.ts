import type { Range } from './model.js'

export type Severity = 'error' | 'warning' | 'info'
export type SeveritySetting = Severity | 'off'

/** A mechanical fix: replace the text of `range` (whole lines) with `replacement`. */
export interface Suggestion {
  range: Range
  replacement: string
}

export interface Finding {
  ruleId: string
  severity: Severity
  /** Repository-relative POSIX path. */
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
  entryId?: string
  /**
   * What the finding is about, independent of line numbers: e.g. `INTEGRATE-PYTORCH-000#attempt-4`
   * or `path:plans/active/X/reports/…`. Fingerprints are built from rule id + file role + entity.
   */
  entity: string
  fingerprint: string
  suggestion?: Suggestion
}
