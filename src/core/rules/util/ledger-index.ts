import type { IndexRow, IndexTable, LedgerEntry, Spanned } from '../../model.js'
import { firstToken, isAscii } from './ledger-vocab.js'

/** The cell under the first header whose name contains `name` (case-insensitive). */
export function cellFor(table: IndexTable, row: IndexRow, name: string): Spanned | undefined {
  const direct = Object.entries(row.cells).find(([header]) => header.trim().toLowerCase() === name)
  if (direct) return direct[1]
  const loose = Object.entries(row.cells).find(([header]) => header.toLowerCase().includes(name))
  if (loose) return loose[1]
  const header = table.headers.find((candidate) => candidate.toLowerCase().includes(name))
  return header ? row.cells[header] : undefined
}

/** The first word of an entry's status or priority as the entry writes it. */
export function entryWord(value: Spanned | undefined): string | undefined {
  if (!value) return undefined
  const fromValue = firstToken(value.value)
  const fromRaw = firstToken(value.raw)
  if (fromRaw && fromRaw.toLowerCase() === fromValue.toLowerCase()) return fromRaw
  return fromValue || undefined
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(text: string): string {
  const lower = text.trim().toLowerCase()
  const kept = isAscii(lower)
    ? lower.replace(/[^A-Za-z0-9\s_-]/g, '')
    : lower.replace(/[^\p{L}\p{N}\s_-]/gu, '')
  return kept.replace(/\s/g, '-')
}

/** Splits a `| a | b |` line into its cell texts (trimmed, `\|` kept as written). */
export function splitRow(line: string): string[] | undefined {
  const trimmed = line.trim()
  if (!trimmed.startsWith('|')) return undefined
  const body = trimmed.replace(/^\|/, '').replace(/\|$/, '')
  return body.split(/(?<!\\)\|/).map((cell) => cell.trim())
}

export function joinRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

/**
 * A new index line for `entry`, written like `sample` (the last row as written): a list line
 * `- [ID] Title — Priority: High, Status: pending`, or a table row.
 */
export function newIndexLine(
  table: IndexTable,
  entry: LedgerEntry,
  sample: string | undefined
): string {
  const list = sample === undefined ? undefined : /^\s*([-*+])\s+\[/.exec(sample)
  if (list) {
    const facts = [
      entryWord(entry.priority) ? `Priority: ${entryWord(entry.priority)}` : '',
      entryWord(entry.status) ? `Status: ${entryWord(entry.status)}` : ''
    ].filter(Boolean)
    const tail = facts.length > 0 ? ` — ${facts.join(', ')}` : ''
    return `${list[1]} [${entry.id}] ${entry.title}${tail}`
  }
  const sampleIdCell = sample === undefined ? undefined : splitRow(sample)?.[0]
  return newRow(table, entry, sampleIdCell)
}

/** A new index row for `entry`, its id cell written like `sampleIdCell` (linked or bare). */
export function newRow(
  table: IndexTable,
  entry: LedgerEntry,
  sampleIdCell: string | undefined
): string {
  const linked = sampleIdCell !== undefined && /^\[[^\]]+\]\(#/.test(sampleIdCell)
  const bracketed = sampleIdCell !== undefined && /^\[[^\]]+\]$/.test(sampleIdCell)
  const idCell = linked
    ? `[${entry.id}](#${headingAnchor(`[${entry.rawId}] ${entry.title}`)})`
    : bracketed
      ? `[${entry.id}]`
      : entry.id
  const cells = table.headers.map((header, index) => {
    const name = header.toLowerCase()
    if (index === 0 || name === 'id') return idCell
    if (name.includes('title')) return entry.title.replace(/\|/g, '\\|')
    if (name.includes('status')) return entryWord(entry.status) ?? ''
    if (name.includes('priority')) return entryWord(entry.priority) ?? ''
    return ''
  })
  return joinRow(cells)
}
