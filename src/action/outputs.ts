import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CheckResult } from '../core/engine.js'
import { engineRules } from '../core/engine/engine-rules.js'
import type { Finding } from '../core/findings.js'
import { renderCheckJson } from '../core/report/json.js'
import { renderSarif } from '../core/report/sarif.js'
import type { CheckReport } from '../core/report/types.js'
import { allRules } from '../core/rules/index.js'
import type { FailOn } from './inputs.js'

/** The findings JSON and SARIF files the Action exposes as outputs, under RUNNER_TEMP. */
export interface OutputFiles {
  findingsJson: string
  sarif: string
}

export function toReport(
  result: CheckResult,
  introduced?: readonly Finding[],
  fixed?: readonly Finding[]
): CheckReport {
  return {
    findings: result.findings,
    summary: {
      ...result.summary,
      ...(introduced ? { introduced: introduced.length } : {}),
      ...(fixed ? { fixed: fixed.length } : {})
    },
    ...(result.baseRevision ? { base: result.baseRevision } : {})
  }
}

export function writeOutputFiles(runnerTemp: string, report: CheckReport): OutputFiles {
  const folder = join(runnerTemp, 'planguard')
  mkdirSync(folder, { recursive: true })
  const files = {
    findingsJson: join(folder, 'findings.json'),
    sarif: join(folder, 'planguard.sarif')
  }
  writeFileSync(files.findingsJson, renderCheckJson(report))
  writeFileSync(files.sarif, renderSarif(report, { rules: [...allRules, ...engineRules] }))
  return files
}

/**
 * Whether the run fails. With a base (pull request, push), only what the change introduced
 * counts, so a repository is not blocked by findings it already had.
 */
export function shouldFail(failOn: FailOn, findings: readonly Finding[]): boolean {
  if (failOn === 'never') return false
  return findings.some(
    (f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')
  )
}
