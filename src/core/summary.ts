import type { Finding } from './findings.js'
import type { ArtifactPath, ArtifactRef, Attempt } from './model.js'
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
  const paths = new DistinctPaths()
  let entries = 0
  let attempts = 0
  for (const ledger of project.ledgers) {
    for (const entry of ledger.entries) {
      entries++
      attempts += entry.attempts.length
      paths.addRefs(entry.artifacts)
      paths.addAttempts(entry.attempts)
    }
  }
  let tasks = 0
  for (const plan of project.plans) {
    tasks += plan.tasks.length
    paths.addRefs(plan.artifacts)
  }
  let missing = 0
  for (const path of paths.all) if (project.fs.stat(path) === undefined) missing++
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
    artifacts: { checked: paths.all.size, missing },
    errors,
    warnings,
    infos
  }
}

/** The distinct paths cited as such (kind `path`) by references. */
class DistinctPaths {
  readonly all = new Set<string>()
  /** The paths array added last: the parser shares it between references written alike. */
  private last: readonly ArtifactPath[] | undefined

  /** addRefs of every attempt's references, in one loop (a history may hold 100,000). */
  addAttempts(attempts: readonly Attempt[]): void {
    for (let i = 0; i < attempts.length; i++) {
      const refs = (attempts[i] as Attempt).artifacts
      for (let j = 0; j < refs.length; j++) {
        const { paths } = refs[j] as ArtifactRef
        if (paths !== this.last) this.addPaths(paths)
      }
    }
  }

  addRefs(refs: readonly ArtifactRef[]): void {
    for (let i = 0; i < refs.length; i++) {
      const { paths } = refs[i] as ArtifactRef
      if (paths !== this.last) this.addPaths(paths)
    }
  }

  private addPaths(paths: readonly ArtifactPath[]): void {
    this.last = paths
    for (let j = 0; j < paths.length; j++) {
      const path = paths[j] as ArtifactPath
      if (path.kind === 'path') this.all.add(path.path)
    }
  }
}
