import type { Suggestion } from '../findings.js'
import type { IndexRow, IndexTable, LedgerDocument, LedgerEntry, Spanned } from '../model.js'
import { ruleOptions, type Project, type ReportInput, type Rule } from './types.js'
import { normaliseEntryId } from './util/ledger-ids.js'
import { cellFor, entryWord, newIndexLine } from './util/ledger-index.js'
import { lineText, wholeLine } from './util/ledger-text.js'
import { editDistance, firstToken } from './util/ledger-vocab.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /**
         * Which entries must have an index row: `open` (every entry whose status is not a done
         * status; an index often lists only current work), `all`, or `off`.
         */
        missingRows: z.enum(['open', 'all', 'off']).default('open')
      })
      .strict()
      .default({ missingRows: 'open' }),
  { missingRows: 'open' }
)

type Report = (finding: ReportInput) => void

/**
 * The Index table agrees with the entries: the same status and priority (first words, compared
 * case-insensitively), a row for every entry, no row without an entry, no entry listed twice.
 */
export const indexMatchesEntries: Rule<typeof options> = {
  id: 'index-matches-entries',
  description: 'The Index table lists the entries with their current status and priority.',
  defaultSeverity: 'error',
  docs: 'docs/rules/index-matches-entries.md',
  options,
  check({ project, options: { missingRows }, report }) {
    // An index may still list an entry that lives in another ledger or was archived.
    const idsElsewhere = new Set(
      [...project.ledgers, ...(project.archiveLedgers ?? [])].flatMap((ledger) =>
        ledger.entries.map((entry) => normaliseEntryId(entry.id))
      )
    )
    for (const ledger of project.ledgers) {
      const table = ledger.index
      if (!table) continue
      const entries = new Map<string, LedgerEntry>()
      for (const entry of ledger.entries) {
        const id = normaliseEntryId(entry.id)
        if (entry.level > 0 && !entries.has(id)) entries.set(id, entry)
      }
      const listed = checkRows(project, ledger, table, entries, idsElsewhere, report)
      if (missingRows !== 'off') {
        const done = new Set(project.config.vocabulary.doneStatus.map((word) => word.toLowerCase()))
        for (const [id, entry] of entries) {
          if (listed.has(id)) continue
          if (missingRows === 'open' && entry.status && done.has(entry.status.value.toLowerCase()))
            continue
          reportMissing(project, ledger, table, entry, report)
        }
      }
    }
  }
}

function checkRows(
  project: Project,
  ledger: LedgerDocument,
  table: IndexTable,
  entries: Map<string, LedgerEntry>,
  idsElsewhere: Set<string>,
  report: Report
): Set<string> {
  const firstRow = new Map<string, IndexRow>()
  let guesses: EntryGuesses | undefined
  for (const row of table.rows) {
    const id = normaliseEntryId(row.id)
    const earlier = firstRow.get(id)
    if (earlier) {
      report({
        file: ledger.file,
        range: row.range,
        entryId: row.id,
        entity: `${row.id}#index-duplicate`,
        message: `The Index lists [${row.id}] again; it already has a row at line ${earlier.range.line}. Remove one of the two rows.`
      })
      continue
    }
    firstRow.set(id, row)
    const entry = entries.get(id)
    if (!entry) {
      if (idsElsewhere.has(id)) continue
      report({
        file: ledger.file,
        range: row.range,
        entryId: row.id,
        entity: `${row.id}#index-extra`,
        message:
          `The Index row [${row.id}] names no entry of this ledger.` +
          likelyMeant(id, (guesses ??= new EntryGuesses(entries))) +
          ' ' +
          `Remove the row, correct its id, or add the \`## [${row.id}] …\` entry it stands for.`
      })
      continue
    }
    compareRow(project, ledger, table, row, entry, report)
  }
  return new Set(firstRow.keys())
}

/**
 * ` Did you mean [X] (line N)?` for the entry an index id probably stands for: a longer or shorter
 * form of it (`AT-020` / `AT-020-REGRESSION`), else a near miss in its letters. Ids whose numbers
 * differ are different initiatives and never offered. Of several, the first entry in the ledger.
 */
function likelyMeant(id: string, guesses: EntryGuesses): string {
  const entry = guesses.meant(id)
  return entry ? ` Did you mean [${entry.id}] (line ${entry.headingRange.line})?` : ''
}

/**
 * The ledger's entries indexed for likelyMeant, so that an index of thousands of rows without
 * entries costs a lookup per row rather than a pass over every entry.
 */
class EntryGuesses {
  /** Each entry's place in the ledger's order. */
  private readonly order = new Map<LedgerEntry, number>()
  /** For `X`: the first entry whose id is `X-…`. */
  private readonly firstExtending = new Map<string, LedgerEntry>()
  /** Entries (ids and entries, in order) by the numbers their ids hold. */
  private readonly byNumbers = new Map<string, [string, LedgerEntry][]>()

  constructor(private readonly entries: ReadonlyMap<string, LedgerEntry>) {
    for (const [id, entry] of entries) {
      this.order.set(entry, this.order.size)
      for (const prefix of dashPrefixes(id))
        if (!this.firstExtending.has(prefix)) this.firstExtending.set(prefix, entry)
      const key = numbersOf(id)
      const group = this.byNumbers.get(key)
      if (group) group.push([id, entry])
      else this.byNumbers.set(key, [[id, entry]])
    }
  }

  meant(id: string): LedgerEntry | undefined {
    // A longer form of the id, or one the id is a longer form of: the first in the ledger.
    let best = this.firstExtending.get(id)
    for (const prefix of dashPrefixes(id)) {
      const shorter = this.entries.get(prefix)
      if (shorter && (best === undefined || this.rank(shorter) < this.rank(best))) best = shorter
    }
    if (best) return best
    // Edits change the length by one each: a length two away or more is no near miss.
    for (const [other, entry] of this.byNumbers.get(numbersOf(id)) ?? []) {
      if (Math.abs(other.length - id.length) <= 2 && editDistance(other, id) <= 2) return entry
    }
    return undefined
  }

  private rank(entry: LedgerEntry): number {
    return this.order.get(entry) ?? Infinity
  }
}

/** `A-B-C` → `A`, `A-B`: the parts of an id before each of its dashes. */
function dashPrefixes(id: string): string[] {
  const prefixes: string[] = []
  for (let dash = id.indexOf('-'); dash >= 0; dash = id.indexOf('-', dash + 1))
    prefixes.push(id.slice(0, dash))
  return prefixes
}

function numbersOf(text: string): string {
  return (text.match(/\d+/g) ?? []).join('-')
}

interface Mismatch {
  field: 'Status' | 'Priority'
  cell: Spanned
  indexWord: string
  entryWord: string
}

function compareRow(
  project: Project,
  ledger: LedgerDocument,
  table: IndexTable,
  row: IndexRow,
  entry: LedgerEntry,
  report: Report
): void {
  const mismatches: Mismatch[] = []
  for (const [field, value] of [
    ['Status', entry.status],
    ['Priority', entry.priority]
  ] as const) {
    const cell = cellFor(table, row, field.toLowerCase())
    const wanted = entryWord(value)
    if (!cell || !wanted) continue
    const indexWord = firstToken(cell.value) || firstToken(cell.raw)
    if (indexWord.toLowerCase() !== wanted.toLowerCase())
      mismatches.push({ field, cell, indexWord, entryWord: wanted })
  }
  if (mismatches.length === 0) return
  const differences = mismatches
    .map(
      (m) =>
        `${m.field} is \`${m.indexWord || '(empty)'}\` in the Index but \`${m.entryWord}\` in the entry`
    )
    .join('; ')
  const suggestion = regeneratedRow(project, ledger, row, mismatches)
  report({
    file: ledger.file,
    range: row.range,
    entryId: entry.id,
    entity: `${entry.id}#index-row`,
    message: `Index row [${entry.id}] disagrees with the entry at line ${entry.headingRange.line}: ${differences}. Update the row from the entry.`,
    ...(suggestion ? { suggestion } : {})
  })
}

/**
 * The row's line with the disagreeing cells rewritten from the entry. Works on the cells' own
 * ranges, so a table row and a list line (`- [ID] Title — Priority: High, Status: done`) alike.
 */
function regeneratedRow(
  project: Project,
  ledger: LedgerDocument,
  row: IndexRow,
  mismatches: Mismatch[]
): Suggestion | undefined {
  const text = lineText(project, ledger.file, row.range.line)
  if (text === undefined) return undefined
  const edits = mismatches
    .filter((m) => m.cell.range.line === row.range.line && m.cell.range.endLine === row.range.line)
    .sort((a, b) => b.cell.range.column - a.cell.range.column)
  if (edits.length !== mismatches.length) return undefined
  let line = text
  for (const { cell, entryWord } of edits) {
    const start = cell.range.column - 1
    const end = cell.range.endColumn - 1
    if (start < 0 || end > line.length || start > end) return undefined
    line = line.slice(0, start) + entryWord + line.slice(end)
  }
  return { range: wholeLine(row.range.line, text), replacement: line }
}

function reportMissing(
  project: Project,
  ledger: LedgerDocument,
  table: IndexTable,
  entry: LedgerEntry,
  report: Report
): void {
  const lastRow = table.rows[table.rows.length - 1]
  const anchorText = lastRow ? lineText(project, ledger.file, lastRow.range.line) : undefined
  const row = newIndexLine(table, entry, anchorText)
  const where = `the Index (line ${table.range.line})`
  const base = {
    file: ledger.file,
    entryId: entry.id,
    entity: `${entry.id}#index-missing`,
    message: `Entry [${entry.id}] (line ${entry.headingRange.line}) has no row in ${where}. Add \`${row}\`.`
  }
  if (!lastRow || anchorText === undefined) {
    report({ ...base, range: table.range })
    return
  }
  const range = wholeLine(lastRow.range.line, anchorText)
  report({ ...base, range, suggestion: { range, replacement: `${anchorText}\n${row}` } })
}
