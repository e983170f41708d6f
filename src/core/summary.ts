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
  const entries = project.ledgers.flatMap((ledger) => ledger.entries)
  const refs: ArtifactRef[] = [
    ...entries.flatMap((entry) => [
      ...entry.artifacts,
      ...entry.attempts.flatMap((attempt) => attempt.artifacts)
    ]),
    ...project.plans.flatMap((plan) => plan.artifacts)
  ]
  const paths = new Set<string>()
  for (const ref of refs) {
    for (const path of ref.paths) if (path.kind === 'path') paths.add(path.path)
  }
  let missing = 0
  for (const path of paths) if (project.fs.stat(path) === undefined) missing++
  return {
    files: project.ledgers.length + project.plans.length,
    entries: entries.length,
    attempts: entries.reduce((sum, entry) => sum + entry.attempts.length, 0),
    plans: project.plans.length,
    tasks: project.plans.reduce((sum, plan) => sum + plan.tasks.length, 0),
    artifacts: { checked: paths.size, missing },
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    infos: findings.filter((finding) => finding.severity === 'info').length
  }
}
