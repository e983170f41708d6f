import type { Finding } from '../../src/core/findings.js'
import type {
  Attempt,
  LedgerDocument,
  LedgerEntry,
  PlanDocument,
  Range,
  Task
} from '../../src/core/model.js'

/** Small builders for model objects, so pure tests can describe a corpus in a few lines. */

export function range(line: number, endLine = line): Range {
  return { line, column: 1, endLine, endColumn: 1 }
}

export function finding(overrides: Partial<Finding> & { fingerprint: string }): Finding {
  return {
    ruleId: 'attempt-order',
    severity: 'error',
    file: 'docs/fix_plan.md',
    line: 10,
    column: 1,
    endLine: 10,
    endColumn: 5,
    message: 'attempt numbers go backwards',
    entity: overrides.fingerprint,
    ...overrides
  }
}

export function attempt(line: number, date: string, text: string, number?: number): Attempt {
  return {
    style: 'numbered',
    ...(number === undefined ? {} : { number }),
    date: { raw: date, epochMs: Date.parse(date), precision: 'day', range: range(line) },
    label: 'Work',
    text,
    headerRange: range(line),
    range: range(line),
    outcome: 'unknown',
    artifacts: [],
    inHistory: true
  }
}

export function entry(
  id: string,
  options: Partial<LedgerEntry> & { line?: number } = {}
): LedgerEntry {
  const line = options.line ?? 1
  return {
    id,
    rawId: id,
    title: `Title of ${id}`,
    level: 2,
    headingRange: range(line),
    range: range(line, line + 5),
    fields: [],
    status: { value: 'in_progress', raw: 'in_progress', range: range(line + 1) },
    priority: { value: 'High', raw: 'High', range: range(line + 2) },
    plans: [],
    attempts: [],
    artifacts: [],
    foldedHeadings: [],
    ...options
  }
}

export function ledger(entries: LedgerEntry[], file = 'docs/fix_plan.md'): LedgerDocument {
  return { kind: 'ledger', file, dialect: 'entries', entries, problems: [], lineCount: 100 }
}

export function task(id: string, state: Task['state'], description = `Task ${id}`): Task {
  return {
    id,
    description,
    marker: state === 'done' ? '[x]' : '[ ]',
    state,
    phaseId: id.slice(0, 1),
    source: 'table',
    range: range(1),
    markerRange: range(1)
  }
}

export function plan(file: string, phases: Record<string, Task[]>): PlanDocument {
  const built = Object.entries(phases).map(([id, tasks]) => ({
    id,
    title: `Phase ${id}`,
    headingRange: range(1),
    range: range(1),
    tasks,
    declaredComplete: false
  }))
  return {
    kind: 'plan',
    file,
    phases: built,
    tasks: built.flatMap((p) => p.tasks),
    artifacts: [],
    problems: [],
    lineCount: 10
  }
}
