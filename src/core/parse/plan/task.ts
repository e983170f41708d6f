import type { Task } from '../../model.js'
import { intern } from './intern.js'

/**
 * A task with its phase, as one object literal: a `phaseId` added afterwards would not fit in the
 * object and take a separate property store (a project holds every plan's tasks until it ends).
 * Its short strings are shared (see intern).
 */
export function taskIn(task: Omit<Task, 'phaseId'>, phaseId: string | undefined): Task {
  const { state, source, range, markerRange } = task
  const id = intern(task.id)
  const description = intern(task.description)
  const marker = intern(task.marker)
  if (phaseId === undefined) return { id, description, marker, state, source, range, markerRange }
  return { id, description, marker, state, source, range, markerRange, phaseId }
}
