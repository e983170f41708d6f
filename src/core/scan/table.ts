import { isSpaceOrTab } from '../chars.js'
import type { TableCell } from './types.js'

/**
 * Splits a table row into cells on unescaped `|`. A leading and a trailing pipe are optional.
 * Columns are 1-based on the source line; cell text is trimmed and `\|` unescaped.
 */
export function splitTableRow(line: string, from: number): TableCell[] {
  const cells: TableCell[] = []
  let start = from
  let end = line.length
  while (start < end && isSpaceOrTab(line.charCodeAt(start))) start += 1
  while (end > start && isSpaceOrTab(line.charCodeAt(end - 1))) end -= 1
  if (line.charCodeAt(start) === 0x7c) start += 1
  if (end > start && line.charCodeAt(end - 1) === 0x7c && !isEscaped(line, end - 1)) end -= 1

  let cellStart = start
  let hasEscape = false
  for (let index = start; index <= end; index += 1) {
    const code = index < end ? line.charCodeAt(index) : 0x7c
    if (code === 0x5c && index + 1 < end && line.charCodeAt(index + 1) === 0x7c) {
      hasEscape = true
      index += 1
      continue
    }
    if (code !== 0x7c) continue
    cells.push(makeCell(line, cellStart, index, hasEscape))
    cellStart = index + 1
    hasEscape = false
  }
  return cells
}

function makeCell(line: string, from: number, to: number, hasEscape: boolean): TableCell {
  let start = from
  let end = to
  while (start < end && isSpaceOrTab(line.charCodeAt(start))) start += 1
  while (end > start && isSpaceOrTab(line.charCodeAt(end - 1))) end -= 1
  const raw = line.slice(start, end)
  return {
    text: hasEscape ? raw.replaceAll('\\|', '|') : raw,
    column: start + 1,
    endColumn: end + 1
  }
}

/**
 * The number of cells of a GFM delimiter row (`| --- | :-: |`), or 0 when the line is not one.
 * Each cell is optional spaces, an optional colon, one or more `-`, an optional colon, spaces.
 */
export function delimiterRowCells(line: string, from: number): number {
  let index = from
  const end = line.length
  while (index < end && isSpaceOrTab(line.charCodeAt(index))) index += 1
  let leadingPipe = false
  if (line.charCodeAt(index) === 0x7c) {
    leadingPipe = true
    index += 1
  }
  let cells = 0
  let sawPipeAfterCell = false
  for (;;) {
    while (index < end && isSpaceOrTab(line.charCodeAt(index))) index += 1
    if (index >= end) break
    if (line.charCodeAt(index) === 0x3a) index += 1
    const dashStart = index
    while (index < end && line.charCodeAt(index) === 0x2d) index += 1
    if (index === dashStart) return 0
    if (line.charCodeAt(index) === 0x3a) index += 1
    while (index < end && isSpaceOrTab(line.charCodeAt(index))) index += 1
    cells += 1
    if (index >= end) break
    if (line.charCodeAt(index) !== 0x7c) return 0
    sawPipeAfterCell = true
    index += 1
  }
  // A single cell needs a pipe somewhere, or `---` would be a thematic break / setext underline.
  if (cells === 1 && !leadingPipe && !sawPipeAfterCell) return 0
  return cells
}

function isEscaped(line: string, index: number): boolean {
  let backslashes = 0
  for (let i = index - 1; i >= 0 && line.charCodeAt(i) === 0x5c; i -= 1) backslashes += 1
  return backslashes % 2 === 1
}
