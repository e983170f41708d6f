import type { Attempt, LedgerDocument, LedgerEntry } from '../model.js'
import { ruleOptions, type ReportInput, type Rule } from './types.js'
import { attemptScan } from './util/attempt-scan.js'
import { attemptKeys, describeAttempt, describeAttemptStart } from './util/ledger-attempts.js'
import { futureLimitMs } from './util/ledger-dates.js'
import { normaliseEntryId } from './util/ledger-ids.js'

const options = ruleOptions((z) => z.object({}).strict().default({}), {})

type Report = (finding: ReportInput) => void

/**
 * Attempts belong in their entry's Attempts History: a dated attempt written under another field
 * is easy to miss, and an attempt heading naming another entry was filed under the wrong one.
 * Only ids of entries that exist in the ledger count, so headings naming a task (`seed S3`) or a
 * phase of the entry itself (`ID.F1`) are not reported. A run of misfiled attempts in a row (a
 * block pasted under the wrong field) is one finding.
 */
export const attemptMisfiled: Rule<typeof options> = {
  id: 'attempt-misfiled',
  description: "An attempt sits outside its entry's Attempts History or under another entry.",
  defaultSeverity: 'warning',
  docs: 'docs/rules/attempt-misfiled.md',
  options,
  check({ project, report }) {
    // The scan the date rules share (any limit would do: only `unusual` is read).
    const limitMs = futureLimitMs(project.now, project.config.rules)
    for (const ledger of project.ledgers) {
      const entryLines = new Map<string, number>()
      for (const entry of ledger.entries) {
        const id = normaliseEntryId(entry.id)
        if (!entryLines.has(id)) entryLines.set(id, entry.headingRange.line)
      }
      for (const entry of ledger.entries) {
        // Attempts all in the history, naming no entry and inside the entry: nothing to report.
        if (!attemptScan(entry, limitMs).unusual) continue
        checkEntry(ledger, entry, entryLines, report)
        checkPlacement(ledger, entry, report)
      }
    }
  }
}

function checkEntry(
  ledger: LedgerDocument,
  entry: LedgerEntry,
  entryLines: Map<string, number>,
  report: Report
): void {
  let run: Attempt[] = []
  const flush = (): void => {
    if (run.length === 0) return
    reportOutsideHistory(ledger, entry, run, attemptKeys(entry), report)
    run = []
  }
  for (const attempt of entry.attempts) {
    const named = attempt.namedEntryId ? normaliseEntryId(attempt.namedEntryId) : undefined
    const namedLine = named !== undefined ? entryLines.get(named) : undefined
    if (named !== undefined && namedLine !== undefined && named !== normaliseEntryId(entry.id)) {
      flush()
      report(
        filedUnderAnotherEntry(ledger.file, attempt, entry, attemptKeys(entry).get(attempt), {
          named: { id: attempt.namedEntryId ?? named, line: namedLine },
          host: { id: entry.id, line: entry.headingRange.line }
        })
      )
      continue
    }
    if (attempt.inHistory) flush()
    else if (attempt.date && within(attempt, entry)) run.push(attempt)
  }
  flush()
}

const within = (attempt: Attempt, entry: LedgerEntry): boolean =>
  attempt.headerRange.line >= entry.range.line && attempt.headerRange.line <= entry.range.endLine

/**
 * An attempt heading naming an entry is attributed to that entry by the parser, wherever it was
 * written; one written inside another entry's section was filed under the wrong entry.
 */
function checkPlacement(ledger: LedgerDocument, entry: LedgerEntry, report: Report): void {
  for (const attempt of entry.attempts) {
    if (within(attempt, entry)) continue
    const line = attempt.headerRange.line
    // The entry whose section the heading was written in: the last one starting above it.
    const host = ledger.entries
      .filter((other) => other.headingRange.line <= line)
      .reduce<LedgerEntry | undefined>(
        (best, other) => (!best || other.headingRange.line > best.headingRange.line ? other : best),
        undefined
      )
    if (!host || host === entry) continue
    report(
      filedUnderAnotherEntry(ledger.file, attempt, entry, attemptKeys(entry).get(attempt), {
        named: { id: entry.id, line: entry.headingRange.line },
        host: { id: host.id, line: host.headingRange.line }
      })
    )
  }
}

interface EntryAt {
  id: string
  line: number
}

/** An attempt that names one entry (`named`) but was written in another entry's section (`host`). */
function filedUnderAnotherEntry(
  file: string,
  attempt: Attempt,
  owner: LedgerEntry,
  key: string | undefined,
  where: { named: EntryAt; host: EntryAt }
): ReportInput {
  const { named, host } = where
  return {
    file,
    range: attempt.headerRange,
    entryId: owner.id,
    entity: `${owner.id}#${key ?? 'attempt'}#misfiled-entry`,
    message:
      `${describeAttemptStart(attempt)} names entry [${named.id}] but is filed under ` +
      `[${host.id}] (line ${host.line}). Move it to the Attempts History of ` +
      `[${named.id}] (line ${named.line}).`
  }
}

function reportOutsideHistory(
  ledger: LedgerDocument,
  entry: LedgerEntry,
  run: Attempt[],
  keys: ReadonlyMap<Attempt, string>,
  report: Report
): void {
  const first = run[0] as Attempt
  const last = run[run.length - 1] as Attempt
  const history = entry.fields.find((field) => field.key === 'attempts')
  const target = history
    ? `the Attempts History at line ${history.range.line}`
    : 'a `- Attempts History:` field (the entry has none yet)'
  const container = entry.fields.find(
    (field) =>
      field.key !== 'attempts' &&
      field.range.line <= first.headerRange.line &&
      field.range.endLine >= first.headerRange.line
  )
  const where = container ? ` (under ${container.name}, line ${container.range.line})` : ''
  const subject =
    run.length === 1
      ? `${describeAttemptStart(first)} of entry [${entry.id}] sits`
      : `${run.length} attempts of entry [${entry.id}], from ${describeAttempt(first)} at line ` +
        `${first.headerRange.line} to ${describeAttempt(last)} at line ${last.headerRange.line}, sit`
  report({
    file: ledger.file,
    range: first.headerRange,
    entryId: entry.id,
    entity: `${entry.id}#${keys.get(first) ?? 'attempt'}#misfiled`,
    message:
      `${subject} outside the entry's Attempts History${where}, where readers and tools do not ` +
      `look for ${run.length === 1 ? 'it' : 'them'}. Move ${run.length === 1 ? 'it' : 'them'} into ` +
      `${target}, or into the history of the entry ${run.length === 1 ? 'it belongs' : 'they belong'} to.`
  })
}
