import type { Attempt, LedgerEntry, PlanDocument } from '../core/model.js'

/** Done/total tasks of one phase of a plan. */
export interface PhaseProgress {
  phaseId: string
  done: number
  total: number
}

function stripSlash(path: string): string {
  return path.replace(/\/+$/, '')
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}

/** The plans an entry links to: by exact file, or by the folder its `Working Plan` names. */
export function plansOfEntry(entry: LedgerEntry, plans: readonly PlanDocument[]): PlanDocument[] {
  const linked: PlanDocument[] = []
  for (const plan of plans) {
    const matches = entry.plans.some((link) => {
      const target = stripSlash(link.path)
      return plan.file === target || dirname(plan.file) === target
    })
    if (matches) linked.push(plan)
  }
  return linked
}

export function phaseProgress(plan: PlanDocument): PhaseProgress[] {
  return plan.phases
    .filter((phase) => phase.tasks.length > 0)
    .map((phase) => ({
      phaseId: phase.id,
      done: phase.tasks.filter((t) => t.state === 'done').length,
      total: phase.tasks.length
    }))
}

export function entryProgress(entry: LedgerEntry, plans: readonly PlanDocument[]): PhaseProgress[] {
  return plansOfEntry(entry, plans).flatMap(phaseProgress)
}

/** `A 3/3 · B 1/4`, or an em dash when the entry has no plan with tasks. */
export function formatProgress(progress: readonly PhaseProgress[]): string {
  if (progress.length === 0) return '—'
  return progress.map((p) => `${p.phaseId} ${p.done}/${p.total}`).join(' · ')
}

/** The most recent attempt: the latest date, ties broken by position (later wins). */
export function lastAttempt(entry: LedgerEntry): Attempt | undefined {
  let best: Attempt | undefined
  for (const attempt of entry.attempts) {
    if (!best) best = attempt
    else if ((attempt.date?.epochMs ?? -Infinity) >= (best.date?.epochMs ?? -Infinity))
      best = attempt
  }
  return best
}

/** The first open or partial tasks of the entry's plans, in document order. */
export function nextOpenTasks(entry: LedgerEntry, plans: readonly PlanDocument[], limit: number) {
  return plansOfEntry(entry, plans)
    .flatMap((plan) => plan.tasks)
    .filter((task) => task.state === 'open' || task.state === 'partial')
    .slice(0, limit)
}
