import type { PlanDocument, Range, Task } from '../../model.js'
import { startsWithin } from './evidence-text.js'

/**
 * Lookups of a plan's tasks that rules make once per citation or claim: by a linear search they
 * were quadratic, and a plan of a hundred thousand table rows took minutes. Built once per plan.
 */
interface TaskIndex {
  /** Tasks by upper-case id, the first one of each id. */
  byId: Map<string, Task>
  /** Tasks in document order, when their own ranges are in order and apart (always, as parsed). */
  ordered: readonly Task[] | undefined
}

const indexes = new WeakMap<PlanDocument, TaskIndex>()

function indexOf(plan: PlanDocument): TaskIndex {
  let index = indexes.get(plan)
  if (index === undefined) {
    const byId = new Map<string, Task>()
    for (const task of plan.tasks) {
      const key = task.id.toUpperCase()
      if (!byId.has(key)) byId.set(key, task)
    }
    index = { byId, ordered: inOrderAndApart(plan.tasks) ? plan.tasks : undefined }
    indexes.set(plan, index)
  }
  return index
}

/** The first task of the plan with this id, whatever its case. */
export function taskById(plan: PlanDocument, id: string): Task | undefined {
  return indexOf(plan).byId.get(id.toUpperCase())
}

/** The first task (in the plan's order) whose own lines hold the start of `range`. */
export function taskAt(plan: PlanDocument, range: Range): Task | undefined {
  const ordered = indexOf(plan).ordered
  if (ordered === undefined) return plan.tasks.find((task) => startsWithin(range, task.range))
  // The last task starting at or before the range; no other can hold its start.
  let low = 0
  let high = ordered.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >>> 1
    if (comparePositions((ordered[middle] as Task).range, range) <= 0) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  const task = ordered[found]
  return task !== undefined && startsWithin(range, task.range) ? task : undefined
}

/** Compares where two ranges start. */
function comparePositions(a: Range, b: Range): number {
  return a.line !== b.line ? a.line - b.line : a.column - b.column
}

/**
 * Whether each task starts after the one before it and after every position that one holds
 * (`startsWithin`: a one-line range holds the rest of its line). Then the task holding a
 * position, if any, is the last one starting at or before it.
 */
function inOrderAndApart(tasks: readonly Task[]): boolean {
  for (let index = 1; index < tasks.length; index++) {
    const before = (tasks[index - 1] as Task).range
    const range = (tasks[index] as Task).range
    if (comparePositions(range, before) <= 0) return false
    const holdsRestOfLine = before.endLine === before.line
    const after =
      range.line > before.endLine ||
      (!holdsRestOfLine && range.line === before.endLine && range.column >= before.endColumn)
    if (!after) return false
  }
  return true
}
