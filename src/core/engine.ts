import { resolve } from 'node:path'
import { loadConfig } from './config/load.js'
import type { Config } from './config/schema.js'
import { analyze } from './engine/pipeline.js'
import { loadRuleValidation } from './engine/run-rules.js'
import type { DocumentParsers } from './engine/parsers.js'
import type { Finding } from './findings.js'
import { DiskRepoFS } from './repo/disk.js'
import type { RepoFS } from './repo/types.js'
import { allRules } from './rules/index.js'
import type { Project, Rule } from './rules/types.js'
import { summarize, type Summary } from './summary.js'

export { buildProject, loadProject } from './engine/project.js'
export { loadRuleValidation, runRules } from './engine/run-rules.js'
export { analyze } from './engine/pipeline.js'
export type { Summary } from './summary.js'

export interface CheckOptions {
  /** Repository root on disk (git commands and relative paths are resolved here). */
  root: string
  /** The tree to check; default: the working tree at `root`. */
  fs?: RepoFS
  /** Configuration to use instead of loading `.github/planguard.yml`. */
  config?: Config
  /** An explicit configuration file (relative to `root`). */
  configPath?: string
  /** "Now" for date rules; default: HEAD's committer date, else the current time. */
  now?: Date
  /** Diff mode: a revision to compare against; `introduced` and `fixed` are filled in. */
  base?: string
  /** A baseline file (relative to `root`) whose findings are not reported. */
  baseline?: string
  /** Report only findings in these repository-relative files. */
  onlyFiles?: string[]
  /** The rules to run (default: every rule). */
  rules?: readonly Rule[]
  /** Document parsers (default: the real ones); for tests of the engine itself. */
  parsers?: DocumentParsers
}

export interface CheckResult {
  /** Everything at HEAD after suppressions and baseline. */
  findings: Finding[]
  /** Diff mode: findings whose fingerprint is absent at the base revision. */
  introduced?: Finding[]
  /** Diff mode: base findings that are gone at HEAD. */
  fixed?: Finding[]
  /** Findings the baseline accepted (not in `findings`). */
  baselined?: Finding[]
  /** Findings silenced by suppression comments (not in `findings`). */
  suppressed?: Finding[]
  /** The revision diff mode compared against. */
  baseRevision?: string
  /** The configuration file used, when there was one. */
  configFile?: string
  summary: Summary
  project: Project
}

/**
 * Checks a repository: the one entry point of the CLI and the Action. Baselines and diff mode
 * are imported when asked for, so a plain check does not load them.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const root = resolve(options.root)
  const fs = options.fs ?? new DiskRepoFS(root)
  const rules = options.rules ?? allRules
  const loaded = options.config
    ? { config: options.config }
    : await loadConfig({
        root,
        fs,
        rules,
        ...(options.configPath !== undefined ? { path: options.configPath } : {})
      })
  const config = loaded.config
  await loadRuleValidation(config)
  const now = options.now ?? (await headCommitDate(root)) ?? new Date()
  const analyzeOptions = {
    rules,
    ...(options.parsers ? { parsers: options.parsers } : {}),
    ...(loaded.file !== undefined ? { configFile: loaded.file } : {})
  }

  const head = analyze(fs, config, now, analyzeOptions)
  let findings = head.findings
  let baselined: Finding[] | undefined
  if (options.baseline !== undefined) {
    const { applyBaseline, loadBaseline } = await import('./baseline.js')
    const split = applyBaseline(findings, loadBaseline(resolve(root, options.baseline)))
    findings = split.kept
    baselined = split.baselined
  }

  const keep = fileFilter(options.onlyFiles)
  const result: CheckResult = {
    findings: findings.filter(keep),
    summary: summarize(head.project, findings.filter(keep)),
    project: head.project,
    suppressed: head.suppressed.filter(keep),
    ...(baselined ? { baselined: baselined.filter(keep) } : {}),
    ...(loaded.file !== undefined ? { configFile: loaded.file } : {})
  }

  if (options.base !== undefined) {
    const { compareFindings, findingsAtRevision, resolveBaseRevision } = await import('./diff.js')
    const baseRevision = await resolveBaseRevision(root, options.base)
    const baseFindings = await findingsAtRevision(root, baseRevision, config, now, {
      ...analyzeOptions,
      workingTree: fs
    })
    const { introduced } = compareFindings(findings, baseFindings)
    // A finding only moved out of `findings` by the baseline is not fixed.
    const { fixed } = compareFindings(head.findings, baseFindings)
    result.introduced = introduced.filter(keep)
    result.fixed = fixed.filter(keep)
    result.baseRevision = baseRevision
  }
  return result
}

/** HEAD's committer date; undefined outside git. */
async function headCommitDate(root: string): Promise<Date | undefined> {
  const git = await import('./git.js')
  return git.headCommitDate(root)
}

function fileFilter(onlyFiles: string[] | undefined): (finding: Finding) => boolean {
  if (!onlyFiles) return () => true
  const files = new Set(onlyFiles.map((file) => file.replace(/^\.\//, '')))
  return (finding) => files.has(finding.file)
}
