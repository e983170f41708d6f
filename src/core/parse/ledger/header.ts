import type { DateValue, IndexRow, IndexTable, Spanned } from '../../model.js'
import type { TableBlock } from '../../scan/types.js'
import { findDates } from '../dates.js'
import { normalizeHyphens, stripInlineMarkup } from '../text.js'
import type { LedgerContext } from './context.js'
import { addProblem, lastContentLine, linesRange, lineText } from './context.js'

/** The document header: title, Last Updated, Active Focus and the Index table. */
export interface LedgerHeader {
  title?: Spanned
  lastUpdated?: DateValue
  activeFocus?: Spanned
  index?: IndexTable
}

const LAST_UPDATED = /^[\s>*_-]*last[ -]updated[*_\s]*:[*_\s]*/i
const FOCUS_LABEL = /^[\s>*_-]*(?:active|current)[ -]focus[*_\s]*:[*_\s]*/i
const FOCUS_HEADING = /^(?:active|current)\s+focus$/i
const INDEX_HEADING = /^index$/i

/** Reads the header from lines `1..headerEnd` (the line before the first entry, or the document). */
export function readHeader(ctx: LedgerContext, headerEnd: number): LedgerHeader {
  const header: LedgerHeader = {}
  for (let index = 0; ctx.blocks.has(index); index += 1) {
    const block = ctx.blocks.at(index)
    if (block === undefined) continue // released: only entry bodies are, after the header
    if (block.range.line > headerEnd) break
    if (block.kind === 'heading' && block.depth === 1 && header.title === undefined) {
      header.title = {
        value: block.text,
        raw: lineText(ctx, block.range.line),
        range: { ...block.range }
      }
    }
  }
  for (let line = 1; line <= headerEnd; line += 1) {
    const text = lineText(ctx, line)
    if (header.lastUpdated === undefined) {
      const label = LAST_UPDATED.exec(text)
      if (label !== null) header.lastUpdated = readLastUpdated(ctx, text, line, label[0].length)
    }
    if (header.activeFocus === undefined) {
      const label = FOCUS_LABEL.exec(text)
      if (label !== null) header.activeFocus = readFocus(ctx, line, label[0].length)
    }
  }
  header.activeFocus ??= focusSection(ctx, headerEnd)
  const index = readIndexTable(ctx, headerEnd)
  if (index !== undefined) header.index = index
  if (header.lastUpdated === undefined) delete header.lastUpdated
  if (header.activeFocus === undefined) delete header.activeFocus
  return header
}

function readLastUpdated(
  ctx: LedgerContext,
  text: string,
  line: number,
  valueIndex: number
): DateValue | undefined {
  const matches = findDates(text.slice(valueIndex), line, valueIndex + 1)
  const first = matches[0]
  if (first === undefined) {
    addProblem(ctx, 'unreadable-date', 'Last Updated has no date', linesRange(ctx, line, line))
    return undefined
  }
  if (first.date === undefined) {
    addProblem(
      ctx,
      'unreadable-date',
      `Last Updated date "${first.raw}" is not a valid date`,
      first.range
    )
  }
  return first.date
}

/** `**Active Focus:** text` on one line, or the label followed by a list / paragraph. */
function readFocus(ctx: LedgerContext, line: number, valueIndex: number): Spanned {
  const text = lineText(ctx, line)
  const inline = text.slice(valueIndex).trim()
  if (inline !== '') {
    return {
      value: stripInlineMarkup(inline),
      raw: inline,
      range: linesRange(ctx, line, line, valueIndex + 1)
    }
  }
  // The value is the run of lines after the label, up to a blank line or a heading.
  let end = line
  while (end < ctx.source.count) {
    const next = lineText(ctx, end + 1)
    if (next.trim() === '' || /^\s{0,3}#/.test(next)) break
    end += 1
  }
  return spanOfLines(ctx, line + 1, end)
}

/** A `## Active Focus` / `## Current Focus` section's text, when it has any. */
function focusSection(ctx: LedgerContext, headerEnd: number): Spanned | undefined {
  const blocks = ctx.blocks
  for (let index = 0; blocks.has(index); index += 1) {
    const block = blocks.at(index)
    if (block === undefined || block.range.line > headerEnd) break
    if (block.kind !== 'heading' || !FOCUS_HEADING.test(block.text)) continue
    let end = headerEnd
    for (let next = index + 1; blocks.has(next); next += 1) {
      const candidate = blocks.at(next)
      if (candidate?.kind === 'heading' && candidate.depth <= block.depth) {
        end = candidate.range.line - 1
        break
      }
    }
    const last = lastContentLine(ctx, Math.min(end, headerEnd), block.range.line)
    if (last <= block.range.line) return undefined
    return spanOfLines(ctx, block.range.line + 1, last)
  }
  return undefined
}

function spanOfLines(ctx: LedgerContext, start: number, end: number): Spanned {
  if (end < start) {
    const line = Math.max(1, start - 1)
    const length = ctx.source.lengthOf(line) + 1
    return { value: '', raw: '', range: { line, column: length, endLine: line, endColumn: length } }
  }
  const lines: string[] = []
  for (let line = start; line <= Math.min(end, ctx.source.count); line += 1) {
    lines.push(lineText(ctx, line))
  }
  const raw = lines.join('\n')
  const value = lines
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join('\n')
  return { value, raw, range: linesRange(ctx, start, end) }
}

/** The table following an `Index` heading (before the next heading). */
function readIndexTable(ctx: LedgerContext, headerEnd: number): IndexTable | undefined {
  const blocks = ctx.blocks
  for (let index = 0; blocks.has(index); index += 1) {
    const block = blocks.at(index)
    if (block === undefined || block.range.line > headerEnd) return undefined
    if (block.kind !== 'heading' || !INDEX_HEADING.test(block.text.trim())) continue
    for (let next = index + 1; blocks.has(next); next += 1) {
      const candidate = blocks.at(next)
      if (candidate === undefined || candidate.kind === 'heading') break
      if (candidate.kind === 'table') return toIndexTable(ctx, candidate)
    }
    return readIndexList(ctx, index)
  }
  return undefined
}

const LIST_INDEX_HEADERS = ['id', 'title', 'priority', 'status']

/**
 * An index written as a list (possibly grouped under sub-headings):
 * `- [ID] Title — Priority: High, Status: pending (note)` or `- [ID] Title — done (note)`.
 */
function readIndexList(ctx: LedgerContext, headingIndex: number): IndexTable | undefined {
  const heading = ctx.blocks.at(headingIndex)
  if (heading?.kind !== 'heading') return undefined
  const rows: IndexRow[] = []
  let lastLine = heading.range.line
  for (let next = headingIndex + 1; ctx.blocks.has(next); next += 1) {
    const block = ctx.blocks.at(next)
    if (block === undefined) break
    if (block.kind === 'heading' && block.depth <= heading.depth) break
    if (block.kind !== 'listItem' || block.depth !== 0) continue
    const row = listIndexRow(ctx, block.text, block.range.line, block.contentColumn)
    if (row === undefined) continue
    rows.push(row)
    lastLine = block.range.endLine
  }
  if (rows.length === 0) return undefined
  return {
    headers: [...LIST_INDEX_HEADERS],
    rows,
    range: linesRange(ctx, heading.range.line, lastLine)
  }
}

function listIndexRow(
  ctx: LedgerContext,
  text: string,
  line: number,
  column: number
): IndexRow | undefined {
  const bracket = /^\[([^\]]{1,200})\]\s*/.exec(text)
  if (bracket === null) return undefined
  const id = normalizeHyphens(bracket[1] ?? '')
  if (!ctx.idPattern.test(id)) return undefined
  const cell = (from: number, to: number): Spanned => {
    const raw = text.slice(from, to).trim()
    const start = from + (text.slice(from, to).length - text.slice(from, to).trimStart().length)
    return {
      value: stripInlineMarkup(raw),
      raw,
      range: { line, column: column + start, endLine: line, endColumn: column + start + raw.length }
    }
  }
  const titleStart = bracket[0].length
  const dash = /\s[—–]\s/.exec(text.slice(titleStart))
  const titleEnd = dash === null ? text.length : titleStart + dash.index
  const cells: Record<string, Spanned> = { id: cell(1, 1 + (bracket[1] ?? '').length) }
  cells['title'] = cell(titleStart, titleEnd)
  if (dash !== null) {
    const tailStart = titleEnd + dash[0].length
    const tail = text.slice(tailStart)
    const priority = /priority:\s*([^,;]*)/i.exec(tail)
    const status = /status:\s*/i.exec(tail)
    if (priority !== null) {
      const from = tailStart + priority.index + priority[0].length - (priority[1] ?? '').length
      cells['priority'] = cell(from, from + (priority[1] ?? '').length)
    }
    if (status !== null)
      cells['status'] = cell(tailStart + status.index + status[0].length, text.length)
    else if (priority === null) cells['status'] = cell(tailStart, text.length)
  }
  return { id, cells, range: linesRange(ctx, line, line) }
}

function toIndexTable(ctx: LedgerContext, table: TableBlock): IndexTable {
  const headers = table.header.cells.map((cell) => stripInlineMarkup(cell.text).toLowerCase())
  const idColumn = Math.max(0, headers.indexOf('id'))
  const rows: IndexRow[] = []
  for (const row of table.rows) {
    const range = linesRange(ctx, row.line, row.line)
    const idCell = row.cells[idColumn]
    const id = idCell === undefined ? undefined : idInCell(ctx, idCell.text)
    if (id === undefined) {
      addProblem(ctx, 'other', 'Index row without a readable entry id', range)
      continue
    }
    const cells: Record<string, Spanned> = {}
    row.cells.forEach((cell, column) => {
      const name = headers[column] ?? `column ${column + 1}`
      cells[name] = {
        value: stripInlineMarkup(cell.text),
        raw: cell.text,
        range: { line: row.line, column: cell.column, endLine: row.line, endColumn: cell.endColumn }
      }
    })
    rows.push({ id, cells, range })
  }
  return { headers, rows, range: { ...table.range } }
}

/** `[ID](#anchor)`, `[ID]`, `` `ID` ``, `**ID**` or a bare id. */
function idInCell(ctx: LedgerContext, text: string): string | undefined {
  const bracket = /^\[([^\]]+)\]/.exec(text.trim())
  const candidate = normalizeHyphens(stripInlineMarkup(bracket?.[1] ?? text))
  return ctx.idPattern.test(candidate) ? candidate : undefined
}
