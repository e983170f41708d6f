import type { Config } from '../config/schema.js'
import type { Finding } from '../findings.js'
import { assignFingerprints } from '../fingerprint.js'
import type { RepoFS } from '../repo/types.js'
import type { Project, Rule } from '../rules/types.js'
import {
  applySuppressions,
  findSuppressions,
  validateSuppression,
  type Suppression
} from '../suppressions.js'
import { engineRules, INVALID_SUPPRESSION } from './engine-rules.js'
import { ledgerMissingFindings } from './ledger-missing.js'
import type { DocumentParsers } from './parsers.js'
import { loadProject } from './project.js'
import {
  collectFindings,
  effectiveSeverity,
  rangeClamper,
  sortFindings,
  toFinding,
  type RangeClamp,
  type RawFinding
} from './run-rules.js'

export interface AnalyzeOptions {
  rules: readonly Rule[]
  parsers?: DocumentParsers
  /** The configuration file in use, named by findings that point at a setting. */
  configFile?: string
}

export interface Analysis {
  project: Project
  /** Findings after suppressions, sorted and fingerprinted. */
  findings: Finding[]
  /** Findings silenced by a suppression comment. */
  suppressed: Finding[]
}

/** One tree, start to end: discover → parse → rules → suppressions → fingerprints. */
export function analyze(fs: RepoFS, config: Config, now: Date, options: AnalyzeOptions): Analysis {
  const { project, sources } = loadProject(fs, config, now, options.parsers)
  const clamp = rangeClamper(project, sources)
  const ruleFindings = collectFindings(project, options.rules, clamp)
  const suppressions = [...sources].flatMap(([file, text]) => findSuppressions(file, text))
  const engineFindings = [
    ...suppressionFindings(suppressions, project, options.rules, clamp),
    ...ledgerMissingFindings(project, options.configFile, clamp)
  ]
  // Fingerprints are given before suppressing, so silencing one duplicate does not renumber the rest.
  const all = assignFingerprints(sortFindings([...ruleFindings, ...engineFindings]))
  const { kept, suppressed } = applySuppressions(all, suppressions)
  return { project, findings: kept, suppressed }
}

/** `invalid-suppression`: comments without a reason or naming no or unknown rules. */
function suppressionFindings(
  suppressions: readonly Suppression[],
  project: Project,
  rules: readonly Rule[],
  clamp: RangeClamp
): RawFinding[] {
  const severity = effectiveSeverity(
    INVALID_SUPPRESSION.defaultSeverity,
    project.config.rules[INVALID_SUPPRESSION.id]
  )
  if (severity === 'off') return []
  const knownIds = new Set([...rules, ...engineRules].map((rule) => rule.id))
  return suppressions.flatMap((suppression) =>
    validateSuppression(suppression, knownIds).map((problem) =>
      toFinding(INVALID_SUPPRESSION.id, severity, problem, clamp)
    )
  )
}
