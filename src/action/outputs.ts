import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CheckResult } from '../core/engine.js'
import { engineRules } from '../core/engine/engine-rules.js'
import type { Finding } from '../core/findings.js'
import { renderCheckJson } from '../core/report/json.js'
import { renderSarif } from '../core/report/sarif.js'
import { reportOf } from '../core/report/from-result.js'
import type { CheckReport } from '../core/report/types.js'
import { allRules } from '../core/rules/index.js'
import type { FailOn } from './inputs.js'

/** The findings JSON and SARIF files the Action exposes as outputs, under RUNNER_TEMP. */
export interface OutputFiles {
  findingsJson: string
  sarif: string
}

/**
 * The full-check document behind the `findings-json` and `sarif` outputs: every finding at the
 * checked commit, as `planguard check --format json` prints it without `--base` (code scanning
 * tracks new and fixed alerts itself; the review and job summary show what the change introduced).
 */
export function toReport(result: CheckResult): CheckReport {
  const { introduced: _introduced, fixed: _fixed, ...full } = result
  return reportOf(full)
}

/** `pathPrefix`: the checked folder relative to the repository root ('' at the root), for SARIF URIs. */
export function writeOutputFiles(
  runnerTemp: string,
  report: CheckReport,
  pathPrefix = ''
): OutputFiles {
  const folder = join(runnerTemp, 'planguard')
  mkdirSync(folder, { recursive: true })
  const files = {
    findingsJson: join(folder, 'findings.json'),
    sarif: join(folder, 'planguard.sarif')
  }
  writeFileSync(files.findingsJson, renderCheckJson(report))
  writeFileSync(
    files.sarif,
    renderSarif(report, {
      rules: [...allRules, ...engineRules],
      ...(pathPrefix ? { uriPrefix: `${pathPrefix}/` } : {})
    })
  )
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
