import type { Config } from '../config/schema.js'
import type { Finding } from '../findings.js'
import { assignFingerprints } from '../fingerprint.js'
import type { RepoFS } from '../repo/types.js'
import type { Project, Rule } from '../rules/types.js'
import { applySuppressions, findSuppressions, validateSuppression } from '../suppressions.js'
import { engineRules, INVALID_SUPPRESSION } from './engine-rules.js'
import type { DocumentParsers } from './parsers.js'
import { loadProject } from './project.js'
import {
  collectFindings,
  effectiveSeverity,
  rangeClamper,
  sortFindings,
  toFinding,
  type RawFinding
} from './run-rules.js'

export interface AnalyzeOptions {
  rules: readonly Rule[]
  parsers?: DocumentParsers
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
  const knownIds = new Set([...options.rules, ...engineRules].map((rule) => rule.id))
  const suppressions = [...sources].flatMap(([file, text]) => findSuppressions(file, text))
  const suppressionSeverity = effectiveSeverity(
    INVALID_SUPPRESSION.defaultSeverity,
    config.rules[INVALID_SUPPRESSION.id]
  )
  const suppressionFindings: RawFinding[] = []
  if (suppressionSeverity !== 'off') {
    for (const suppression of suppressions) {
      for (const problem of validateSuppression(suppression, knownIds)) {
        suppressionFindings.push(
          toFinding(INVALID_SUPPRESSION.id, suppressionSeverity, problem, clamp)
        )
      }
    }
  }
  // Fingerprints are given before suppressing, so silencing one duplicate does not renumber the rest.
  const all = assignFingerprints(sortFindings([...ruleFindings, ...suppressionFindings]))
  const { kept, suppressed } = applySuppressions(all, suppressions)
  return { project, findings: kept, suppressed }
}
