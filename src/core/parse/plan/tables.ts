/**
 * Task tables: `| ID | Task Description | State | How/Why & Guidance |`. The id, state and
 * description columns are found by their header names, extra columns are tolerated, and a table
 * counts as a task table only when its state column holds at least one state marker (so a
 * `| Metric | Value | Status |` table of prose is left alone).
 */
import type { ParseProblem, Task } from '../../model.js'
import type { TableBlock, TableCell, TableRow } from '../../scan/types.js'
import { findMarker, type MarkerVocabulary } from './markers.js'
import { taskIn } from './task.js'

/** Headers naming an id column for sure; a row without an id there is damaged. */
const STRONG_ID_HEADERS = ['id', 'task id', 'task #', '#', 'no', 'no.']
/** Headers that hold ids in some plans and a task's wording in others. */
const WEAK_ID_HEADERS = ['step', 'task', 'item']
const ID_HEADERS = [...STRONG_ID_HEADERS, ...WEAK_ID_HEADERS]
const STATE_HEADERS = ['state', 'status', 'done', 'progress', 'complete', 'completed', '✓', '✔']
const DESCRIPTION_HEADERS = /task|description|title|deliverable|step|goal|item|action/i

/** A task id as written in a cell: `A1`, `M4a`, `3.1`, `5.B`, `P0.2`, `B-2`. */
const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9.\-_]{0,23}$/

interface Columns {
  id: number | undefined
  /** The id column was chosen by a header that may hold prose (`Task`, `Step`). */
  weakId: boolean
  state: number
  description: number | undefined
}

export interface TableTasks {
  tasks: Task[]
  problems: ParseProblem[]
}

export function readTaskTable(
  table: TableBlock,
  lines: readonly string[],
  vocabulary: MarkerVocabulary,
  phaseId: string | undefined
): TableTasks {
  const columns = findColumns(table, vocabulary)
  if (columns === undefined) return { tasks: [], problems: [] }
  const tasks: Task[] = []
  const problems: ParseProblem[] = []
  for (const row of table.rows) {
    const stateCell = row.cells[columns.state]
    const idCell = columns.id === undefined ? undefined : row.cells[columns.id]
    let id = idCell === undefined ? '' : cleanId(idCell.text)
    let wording: string | undefined
    // Under a `Task` / `Step` header, wording rather than an id: a task without an id.
    if (columns.weakId && !TASK_ID.test(id)) {
      wording = idCell?.text
      id = ''
    }
    const marker = stateCell === undefined ? undefined : findMarker(stateCell.text, vocabulary)
    // Neither an id nor a state: a filler or separator row, not a task. A stateless row whose
    // first cell is no id (`| **Section 1: Setup** |`) is a caption between groups of tasks.
    if (marker === undefined && (id === '' || !TASK_ID.test(id))) continue
    const rowRange = rangeOfRow(row, lines[row.line - 1] ?? '')
    if (id === '' && marker !== undefined && columns.id !== undefined && !columns.weakId) {
      problems.push({
        kind: 'unreadable-task',
        message: 'Task row has a state but no task id',
        range: rowRange
      })
    } else if (idCell !== undefined && id !== '' && !TASK_ID.test(id)) {
      problems.push({
        kind: 'unreadable-task',
        message: `Task id \`${shorten(idCell.text)}\` is not a task id (letters, digits, \`.\`, \`-\`)`,
        range: cellRange(row.line, idCell)
      })
    }
    const descriptionCell =
      columns.description === undefined ? undefined : row.cells[columns.description]
    const task = {
      id,
      description: descriptionCell?.text ?? wording ?? '',
      marker: stateCell?.text ?? '',
      state: marker?.state ?? 'unknown',
      source: 'table' as const,
      range: rowRange,
      markerRange:
        stateCell === undefined ? endOfRow(row, rowRange) : cellRange(row.line, stateCell)
    }
    tasks.push(taskIn(task, phaseId))
  }
  return { tasks, problems }
}

function findColumns(table: TableBlock, vocabulary: MarkerVocabulary): Columns | undefined {
  const header = headerColumns(table.header)
  if (header === undefined) return undefined
  const { state, id, weakId } = header
  const hasMarker = table.rows.some((row) => {
    const cell = row.cells[state]
    return cell !== undefined && findMarker(cell.text, vocabulary) !== undefined
  })
  if (!hasMarker) return undefined
  // Under a weak id header holding wording, that column is the description too.
  const idHoldsWording =
    weakId &&
    id !== undefined &&
    !table.rows.some((row) => TASK_ID.test(cleanId(row.cells[id]?.text ?? '')))
  const description = idHoldsWording ? id : header.description
  return { id, weakId, state, description }
}

/**
 * The columns a header row names. Plans repeat the same few header rows
 * (`| ID | Task Description | State | … |`): each is worked out once per run.
 */
function headerColumns(header: TableRow): Columns | undefined {
  let key = ''
  for (const cell of header.cells) key += `${cell.text}\n`
  let columns = headerColumnsCache.get(key)
  if (columns === undefined) {
    columns = readHeaderColumns(header.cells.map((cell) => normaliseHeader(cell.text))) ?? null
    if (headerColumnsCache.size >= 1000) headerColumnsCache.clear()
    headerColumnsCache.set(key, columns)
  }
  return columns ?? undefined
}

const headerColumnsCache = new Map<string, Columns | null>()

function readHeaderColumns(headers: readonly string[]): Columns | undefined {
  let state = headers.findIndex((header) => STATE_HEADERS.includes(header))
  if (state < 0) state = headers.findIndex((header) => /^(?:state|status)\b/.test(header))
  if (state < 0) return undefined
  let id: number | undefined
  let weakId = false
  for (const name of ID_HEADERS) {
    const index = headers.indexOf(name)
    if (index >= 0 && index !== state) {
      id = index
      weakId = WEAK_ID_HEADERS.includes(name)
      break
    }
  }
  let description = headers.findIndex(
    (header, index) => index !== id && index !== state && DESCRIPTION_HEADERS.test(header)
  )
  if (description < 0) {
    description = headers.findIndex((_, index) => index !== id && index !== state)
  }
  return { id, weakId, state, description: description < 0 ? undefined : description }
}

function normaliseHeader(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** `**A1**`, `` `B2` ``, `A1.` → the bare id; a dash or `n/a` filler → no id. */
function cleanId(text: string): string {
  // Most ids are bare (`A1`): the replacements only where there is something to replace.
  let id = MARKUP.test(text) ? text.replace(MARKUPS, '') : text
  id = id.trim()
  const last = id.charAt(id.length - 1)
  if (last === '.' || last === ':') id = id.slice(0, -1)
  return FILLER_ID.test(id) ? '' : id
}

const MARKUP = /[*`~]/
const MARKUPS = /[*`~]/g
const FILLER_ID = /^(?:-+|—|–|n\/a|tbd)$/i

/** The row's whole line, from its first to its last non-blank character. */
function rangeOfRow(row: TableRow, line: string): Task['range'] {
  const start = line.length - line.trimStart().length
  const end = line.trimEnd().length
  return {
    line: row.line,
    column: start + 1,
    endLine: row.line,
    endColumn: Math.max(start, end) + 1
  }
}

function cellRange(line: number, cell: TableCell): Task['range'] {
  return { line, column: cell.column, endLine: line, endColumn: cell.endColumn }
}

function endOfRow(row: TableRow, rowRange: Task['range']): Task['range'] {
  return {
    line: row.line,
    column: rowRange.endColumn,
    endLine: row.line,
    endColumn: rowRange.endColumn
  }
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text
}
