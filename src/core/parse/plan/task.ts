import type { Task } from '../../model.js'

/**
 * A task with its phase, as one object literal: a `phaseId` added afterwards would not fit in the
 * object and take a separate property store (a project holds every plan's tasks until it ends).
 */
export function taskIn(task: Omit<Task, 'phaseId'>, phaseId: string | undefined): Task {
  const { id, description, marker, state, source, range, markerRange } = task
  if (phaseId === undefined) return { id, description, marker, state, source, range, markerRange }
  return { id, description, marker, state, source, range, markerRange, phaseId }
}
