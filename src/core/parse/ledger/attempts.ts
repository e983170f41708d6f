import type { Attempt, AttemptStyle, Range } from '../../model.js'
import type { AttemptHeader } from './attempt-header.js'
import { classifyOutcome } from './outcome.js'
import type { LedgerContext } from './context.js'
import { addProblem, artifactsOf, lineSegments, linesText } from './context.js'

export interface AttemptSource {
  style: AttemptStyle
  header: AttemptHeader
  /** First line and the column where the header text starts (after a list marker or `###`). */
  line: number
  column: number
  /** Last line of the attempt (continuation lines included). */
  endLine: number
  /** Column of the block's first character (list marker or heading `#`). */
  blockColumn: number
  inHistory: boolean
  entryId?: string
}

/**
 * Builds an attempt from its header and lines, reporting an invalid date. Returns undefined (after
 * reporting) when the attempt has neither a number nor a valid date: nothing identifies it.
 */
export function buildAttempt(ctx: LedgerContext, source: AttemptSource): Attempt | undefined {
  const { header, line, column, endLine } = source
  const headerRange: Range = {
    line,
    column: source.blockColumn,
    endLine: line,
    endColumn: (ctx.lines[line - 1] ?? '').length + 1
  }
  const dateMatch = header.date
  if (dateMatch !== undefined && dateMatch.date === undefined) {
    addProblem(
      ctx,
      'unreadable-date',
      `Attempt date "${dateMatch.raw}" is not a valid calendar date`,
      dateMatch.range,
      source.entryId
    )
  }
  if (header.number === undefined && dateMatch?.date === undefined) {
    addProblem(
      ctx,
      'unreadable-attempt',
      'Line looks like an attempt but has neither an attempt number nor a readable date',
      headerRange,
      source.entryId
    )
    return undefined
  }
  const text = linesText(ctx, line, endLine, column)
  const attempt: Attempt = {
    style: source.style,
    text,
    headerRange,
    range: {
      line,
      column: source.blockColumn,
      endLine,
      endColumn: (ctx.lines[endLine - 1] ?? '').length + 1
    },
    outcome: classifyOutcome(text),
    artifacts: artifactsOf(ctx, lineSegments(ctx, line, endLine, column)),
    inHistory: source.inHistory
  }
  if (header.number !== undefined) attempt.number = header.number
  if (header.numberEnd !== undefined) attempt.numberEnd = header.numberEnd
  if (header.numberStart !== undefined && header.numberStop !== undefined) {
    attempt.numberRange = {
      line,
      column: column + header.numberStart,
      endLine: line,
      endColumn: column + header.numberStop
    }
  }
  if (dateMatch?.date !== undefined) attempt.date = dateMatch.date
  if (header.label !== undefined) attempt.label = header.label
  return attempt
}

/**
 * Whether a header is specific enough to be an attempt anywhere (not only as a direct child of an
 * Attempts History field): `Attempt #N` with a date (`[2025-10-06] Attempt #22`,
 * `**Attempt #1 (2025-09-30 …)**`), or the italic dated shape `*DATE (label):*`. A bare
 * `Attempt #75 …` outside a history is prose about that attempt, not a new one.
 */
export function isStrongHeader(header: AttemptHeader, text: string): boolean {
  if (header.date === undefined) return false
  if (header.number !== undefined) return true
  const lead = text.charCodeAt(0)
  return (lead === 0x2a || lead === 0x5f) && header.label !== undefined
}
