import type { CheckResult } from '../engine.js'
import { countSeverities, type CheckReport } from './types.js'

/**
 * The report of a check as docs/output.md defines it: every finding, or in diff mode only the
 * findings the change introduced, with the severity counts of what is listed and the
 * introduced/fixed counts. Every face (CLI, Action) should render through this.
 */
export function reportOf(result: CheckResult, base?: string): CheckReport {
  const left = {
    ...(result.baselined === undefined ? {} : { baselined: result.baselined.length }),
    ...(result.suppressed?.length ? { suppressed: result.suppressed.length } : {})
  }
  if (result.introduced === undefined) {
    return { findings: result.findings, summary: { ...result.summary, ...left } }
  }
  return {
    findings: result.introduced,
    summary: {
      ...result.summary,
      ...countSeverities(result.introduced),
      introduced: result.introduced.length,
      fixed: result.fixed?.length ?? 0,
      ...left
    },
    ...(base === undefined ? {} : { base })
  }
}
