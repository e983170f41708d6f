import type { LedgerEntry, PlanDocument, Task } from '../../model.js'
import type { Project } from '../types.js'
import { stripSlash } from './evidence-nearby.js'

/** Tasks not yet done: open `[ ]` and partial `[P]`. */
export function isUnfinished(task: Task): boolean {
  return task.state === 'open' || task.state === 'partial'
}

/**
 * The parsed plan documents a link points to: the file itself, or the plans directly inside a
 * plan folder (`plans/active/X/`). A link to a container such as `plans/active/` names no plan.
 */
export function plansAt(project: Project, linkPath: string): PlanDocument[] {
  const path = stripSlash(linkPath)
  const exact = project.plans.filter((plan) => plan.file === path)
  if (exact.length > 0 || isPlanContainer(project, path)) return exact
  return project.plans.filter(
    (plan) => plan.file.startsWith(`${path}/`) && !plan.file.slice(path.length + 1).includes('/')
  )
}

/** `plans`, `plans/active`, `plans/archive`: folders that hold many plans, from the globs. */
function isPlanContainer(project: Project, path: string): boolean {
  const globs = [...project.config.files.plans, ...project.config.files.archivedPlans]
  const bases = new Set(globs.map((glob) => staticBase(glob)))
  for (const base of [...bases]) {
    const parts = base.split('/')
    for (let i = 1; i < parts.length; i++) bases.add(parts.slice(0, i).join('/'))
  }
  return path === '' || bases.has(path)
}

function staticBase(glob: string): string {
  const parts: string[] = []
  for (const part of glob.split('/')) {
    if (/[*?[\]{}]/.test(part)) break
    parts.push(part)
  }
  return parts.join('/')
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
