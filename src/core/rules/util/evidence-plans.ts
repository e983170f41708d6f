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
export function plansAt(project: Project, linkPath: string): readonly PlanDocument[] {
  const path = stripSlash(linkPath)
  const index = planIndex(project)
  const exact = index.byFile.get(path) ?? NONE
  if (exact.length > 0 || path === '' || index.containers.has(path)) return exact
  return index.byFolder.get(path) ?? NONE
}

const NONE: readonly PlanDocument[] = []

/** Plans by file and by the folder directly holding them, in project order. */
interface PlanIndex {
  byFile: Map<string, PlanDocument[]>
  byFolder: Map<string, PlanDocument[]>
  /** `plans`, `plans/active`, `plans/archive`: folders that hold many plans, from the globs. */
  containers: Set<string>
}

/**
 * Built once per project: rules ask for the plans of every cited path, and scanning every plan
 * per question made a ledger citing thousands of paths over thousands of plans quadratic.
 */
const planIndexes = new WeakMap<Project, PlanIndex>()

function planIndex(project: Project): PlanIndex {
  const cached = planIndexes.get(project)
  if (cached) return cached
  const byFile = new Map<string, PlanDocument[]>()
  const byFolder = new Map<string, PlanDocument[]>()
  const add = (map: Map<string, PlanDocument[]>, key: string, plan: PlanDocument): void => {
    const list = map.get(key)
    if (list === undefined) map.set(key, [plan])
    else list.push(plan)
  }
  for (const plan of project.plans) {
    add(byFile, plan.file, plan)
    const slash = plan.file.lastIndexOf('/')
    if (slash >= 0) add(byFolder, plan.file.slice(0, slash), plan)
  }
  const index = { byFile, byFolder, containers: planContainers(project) }
  planIndexes.set(project, index)
  return index
}

function planContainers(project: Project): Set<string> {
  const globs = [...project.config.files.plans, ...project.config.files.archivedPlans]
  const bases = new Set(globs.map((glob) => staticBase(glob)))
  for (const base of [...bases]) {
    const parts = base.split('/')
    for (let i = 1; i < parts.length; i++) bases.add(parts.slice(0, i).join('/'))
  }
  return bases
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
  // Most entries link one plan file: nothing to merge.
  if (entry.plans.length === 1) {
    const plans = plansAt(project, (entry.plans[0] as LedgerEntry['plans'][number]).path)
    if (plans.length <= 1) return plans.slice()
  }
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
