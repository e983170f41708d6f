import type { Finding } from './findings.js'
import type { ArtifactRef } from './model.js'
import type { Project } from './rules/types.js'

export interface Summary {
  /** Planning documents read (ledgers + plans). */
  files: number
  entries: number
  attempts: number
  plans: number
  tasks: number
  /** Distinct repository paths cited as artifacts, and how many of them do not exist. */
  artifacts: { checked: number; missing: number }
  errors: number
  warnings: number
  infos: number
}

export function summarize(project: Project, findings: readonly Finding[]): Summary {
  // Loops over the model rather than flattened copies: a ledger may hold 100,000 attempts.
  const paths = new Set<string>()
  const addPaths = (refs: readonly ArtifactRef[]): void => {
    for (const ref of refs) {
      for (const path of ref.paths) if (path.kind === 'path') paths.add(path.path)
    }
  }
  let entries = 0
  let attempts = 0
  for (const ledger of project.ledgers) {
    for (const entry of ledger.entries) {
      entries++
      attempts += entry.attempts.length
      addPaths(entry.artifacts)
      for (const attempt of entry.attempts) addPaths(attempt.artifacts)
    }
  }
  let tasks = 0
  for (const plan of project.plans) {
    tasks += plan.tasks.length
    addPaths(plan.artifacts)
  }
  let missing = 0
  for (const path of paths) if (project.fs.stat(path) === undefined) missing++
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const { severity } of findings) {
    if (severity === 'error') errors++
    else if (severity === 'warning') warnings++
    else if (severity === 'info') infos++
  }
  return {
    files: project.ledgers.length + project.plans.length,
    entries,
    attempts,
    plans: project.plans.length,
    tasks,
    artifacts: { checked: paths.size, missing },
    errors,
    warnings,
    infos
  }
}
