import type { LedgerEntry, PlanDocument, Task } from '../../model.js'
import type { Project } from '../types.js'
import { stripSlash } from './evidence-nearby.js'

/** Tasks not yet done: open `[ ]` and partial `[P]`. */
export function isUnfinished(task: Task): boolean {
  return task.state === 'open' || task.state === 'partial'
}

/** The parsed plan documents a link points to: the file itself, or every plan inside a folder. */
export function plansAt(project: Project, linkPath: string): PlanDocument[] {
  const path = stripSlash(linkPath)
  const exact = project.plans.filter((plan) => plan.file === path)
  if (exact.length > 0) return exact
  return project.plans.filter((plan) => plan.file.startsWith(`${path}/`))
}

/** The plans an entry's plan fields point to, without duplicates, in link order. */
export function plansOfEntry(project: Project, entry: LedgerEntry): PlanDocument[] {
  const seen = new Set<string>()
  const out: PlanDocument[] = []
  for (const link of entry.plans) {
    for (const plan of plansAt(project, link.path)) {
      if (seen.has(plan.file)) continue
      seen.add(plan.file)
      out.push(plan)
    }
  }
  return out
}

/** `a, b, c` or `a, b, c and 4 more` for a list of task ids in a message. */
export function listIds(ids: string[], max = 5): string {
  const shown = ids.slice(0, max).map((id) => `\`${id}\``)
  return ids.length > max ? `${shown.join(', ')} and ${ids.length - max} more` : shown.join(', ')
}

/** Task counts by state. */
export function stateCounts(tasks: Task[]): Record<Task['state'], number> {
  const counts = { open: 0, partial: 0, done: 0, unknown: 0 }
  for (const task of tasks) counts[task.state]++
  return counts
}
