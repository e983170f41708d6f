import type { PlanDocument, Range, Task } from '../../model.js'
import { locatorOf } from './range-locator.js'

/**
 * Lookups of a plan's tasks that rules make once per citation or claim: a search of every task
 * each time was quadratic in the size of the plan. Built once per plan.
 */
const idIndexes = new WeakMap<PlanDocument, Map<string, Task>>()

/** The first task of the plan with this id, whatever its case. */
export function taskById(plan: PlanDocument, id: string): Task | undefined {
  let byId = idIndexes.get(plan)
  if (byId === undefined) {
    byId = new Map()
    for (const task of plan.tasks) {
      const key = task.id.toUpperCase()
      if (!byId.has(key)) byId.set(key, task)
    }
    idIndexes.set(plan, byId)
  }
  return byId.get(id.toUpperCase())
}

/** The first task (in the plan's order) whose own lines hold the start of `range`. */
export function taskAt(plan: PlanDocument, range: Range): Task | undefined {
  return locatorOf(plan.tasks, (task) => task.range)(range)
}
