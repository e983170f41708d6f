import type {
  ArtifactRef,
  Attempt,
  DateValue,
  LedgerDocument,
  LedgerEntry,
  PlanDocument,
  TaskState
} from '../model.js'

/**
 * Version of the `planguard inspect --format json` document; the same policy as the check JSON
 * (docs/output.md): optional additions keep it, removals and renames bump it.
 */
export const INSPECT_JSON_VERSION = 1

export interface InspectAttempt {
  number?: number
  numberEnd?: number
  /** ISO-8601: `2025-10-17` for a day, `2026-01-22T02:40:00Z` for an instant. */
  date?: string
  label?: string
  line: number
  /** Repository-relative paths the attempt cites (expanded, placeholders and URLs left out). */
  artifacts: string[]
}

export interface InspectEntry {
  id: string
  title: string
  line: number
  section?: string
  status?: string
  priority?: string
  plans: string[]
  attempts: InspectAttempt[]
}

export interface InspectJson {
  version: typeof INSPECT_JSON_VERSION
  ledgers: {
    file: string
    dialect: LedgerDocument['dialect']
    lastUpdated?: string
    entries: InspectEntry[]
    problems: { kind: string; message: string; line: number }[]
  }[]
  plans: {
    file: string
    title?: string
    phases: {
      id: string
      title: string
      line: number
      tasks: { id: string; state: TaskState; marker: string; line: number }[]
    }[]
    problems: { kind: string; message: string; line: number }[]
  }[]
}

export interface InspectInput {
  ledgers: readonly LedgerDocument[]
  plans: readonly PlanDocument[]
}

/** The parsed model reduced to what a person or a script wants to look at. */
export function toInspectJson(model: InspectInput): InspectJson {
  return {
    version: INSPECT_JSON_VERSION,
    ledgers: model.ledgers.map((ledger) => ({
      file: ledger.file,
      dialect: ledger.dialect,
      ...(ledger.lastUpdated ? { lastUpdated: isoDate(ledger.lastUpdated) } : {}),
      entries: ledger.entries.map(inspectEntry),
      problems: ledger.problems.map((problem) => ({
        kind: problem.kind,
        message: problem.message,
        line: problem.range.line
      }))
    })),
    plans: model.plans.map((plan) => ({
      file: plan.file,
      ...(plan.title ? { title: plan.title.value } : {}),
      phases: plan.phases.map((phase) => ({
        id: phase.id,
        title: phase.title,
        line: phase.headingRange.line,
        tasks: phase.tasks.map((task) => ({
          id: task.id,
          state: task.state,
          marker: task.marker,
          line: task.range.line
        }))
      })),
      problems: plan.problems.map((problem) => ({
        kind: problem.kind,
        message: problem.message,
        line: problem.range.line
      }))
    }))
  }
}

export function renderInspectJson(model: InspectInput): string {
  return JSON.stringify(toInspectJson(model), null, 2) + '\n'
}

/** An indented outline for the terminal: entries with their attempts, phases with their tasks. */
export function renderInspectText(model: InspectInput): string {
  const lines: string[] = []
  const json = toInspectJson(model)
  for (const ledger of json.ledgers) {
    lines.push(`${ledger.file} (${ledger.dialect}, ${ledger.entries.length} entries)`)
    for (const entry of ledger.entries) {
      const facts = [entry.status, entry.priority].filter(Boolean).join(', ')
      lines.push(`  ${entry.line}: [${entry.id}] ${entry.title}${facts ? ` — ${facts}` : ''}`)
      for (const plan of entry.plans) lines.push(`      plan ${plan}`)
      for (const attempt of entry.attempts) {
        const name = attempt.number === undefined ? 'attempt' : `#${attempt.number}`
        const date = attempt.date ? ` ${attempt.date}` : ''
        const count = attempt.artifacts.length
        const cited = count ? ` (${count} artifact${count === 1 ? '' : 's'})` : ''
        lines.push(
          `    ${attempt.line}: ${name}${date}${attempt.label ? ` ${attempt.label}` : ''}${cited}`
        )
      }
    }
  }
  for (const plan of json.plans) {
    lines.push(`${plan.file}${plan.title ? ` — ${plan.title}` : ''}`)
    for (const phase of plan.phases) {
      lines.push(`  ${phase.line}: Phase ${phase.id} — ${phase.title}`)
      for (const task of phase.tasks) lines.push(`    ${task.line}: ${task.id} ${task.marker}`)
    }
  }
  if (lines.length === 0) lines.push('no ledgers or plans found')
  return lines.join('\n') + '\n'
}

function inspectEntry(entry: LedgerEntry): InspectEntry {
  return {
    id: entry.id,
    title: entry.title,
    line: entry.headingRange.line,
    ...(entry.section === undefined ? {} : { section: entry.section }),
    ...(entry.status ? { status: entry.status.value } : {}),
    ...(entry.priority ? { priority: entry.priority.value } : {}),
    plans: entry.plans.map((plan) => plan.path),
    attempts: entry.attempts.map(inspectAttempt)
  }
}

function inspectAttempt(attempt: Attempt): InspectAttempt {
  return {
    ...(attempt.number === undefined ? {} : { number: attempt.number }),
    ...(attempt.numberEnd === undefined ? {} : { numberEnd: attempt.numberEnd }),
    ...(attempt.date ? { date: isoDate(attempt.date) } : {}),
    ...(attempt.label ? { label: attempt.label } : {}),
    line: attempt.headerRange.line,
    artifacts: citedPaths(attempt.artifacts)
  }
}

function citedPaths(refs: readonly ArtifactRef[]): string[] {
  const paths = new Set<string>()
  for (const ref of refs) {
    for (const path of ref.paths) if (path.kind === 'path') paths.add(path.path)
  }
  return [...paths]
}

function isoDate(date: DateValue): string {
  if (!Number.isFinite(date.epochMs)) return date.raw
  const iso = new Date(date.epochMs).toISOString()
  if (date.precision === 'day') return iso.slice(0, 10)
  return date.precision === 'minute' ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`
}
