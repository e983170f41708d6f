import type {
  ArtifactRef,
  Attempt,
  AttemptOutcome,
  AttemptStyle,
  DateValue,
  Range
} from '../../model.js'
import { trimmedEnd, type SourceLines } from '../../scan/lines.js'
import { parseAttemptHeader, type AttemptHeader } from './attempt-header.js'
import { locatedDate } from './located.js'
import { classifyOutcome } from './outcome.js'
import type { LedgerContext } from './context.js'
import { addProblem, artifactsOf, lineSegments, linesRange } from './context.js'

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
export function buildAttempt(
  ctx: LedgerContext,
  source: AttemptSource,
  namedEntryId?: string
): Attempt | undefined {
  const { header, line, column, endLine } = source
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
    const headerRange = linesRange(ctx, line, line, source.blockColumn)
    const message =
      'Line looks like an attempt but has neither an attempt number nor a readable date'
    addProblem(ctx, 'unreadable-attempt', message, headerRange, source.entryId)
    return undefined
  }
  const artifacts = artifactsOf(ctx, lineSegments(ctx, line, endLine, column))
  return new LedgerAttempt(ctx.lines, ctx.source, source, artifacts, namedEntryId)
}

/**
 * An attempt of the model. Its text, outcome and ranges are read from the document when asked
 * for: a long history holds tens of thousands of attempts, and copies of their text and positions
 * would take more memory than the document itself.
 */
class LedgerAttempt implements Attempt {
  readonly style: AttemptStyle
  declare readonly number?: number
  declare readonly numberEnd?: number
  declare readonly date?: DateValue
  readonly artifacts: ArtifactRef[]
  readonly inHistory: boolean
  declare readonly namedEntryId?: string
  readonly #source: SourceLines
  /** Header line, and the column where the header text starts (after a marker or `###`). */
  readonly #line: number
  readonly #column: number
  /** Column of the list marker or heading `#`. */
  readonly #blockColumn: number
  readonly #endLine: number
  /** Columns of the `#N` text, relative to `#column` (-1: no number). */
  readonly #numberStart: number
  readonly #numberStop: number
  /** The label of a heading-style attempt; a list attempt's is read again from its line. */
  readonly #headingLabel: string | undefined

  constructor(
    lines: readonly string[],
    source: SourceLines,
    { style, header, line, column, endLine, blockColumn, inHistory }: AttemptSource,
    artifacts: ArtifactRef[],
    namedEntryId: string | undefined
  ) {
    this.style = style
    if (header.number !== undefined) this.number = header.number
    if (header.numberEnd !== undefined) this.numberEnd = header.numberEnd
    const date = header.date?.date
    if (date !== undefined) this.date = locatedDate(lines, source, date)
    this.#headingLabel = style === 'heading' ? header.label : undefined
    this.artifacts = artifacts
    this.inHistory = inHistory
    if (namedEntryId !== undefined) this.namedEntryId = namedEntryId
    this.#source = source
    this.#line = line
    this.#column = column
    this.#blockColumn = blockColumn
    this.#endLine = endLine
    const numbered = header.numberStart !== undefined && header.numberStop !== undefined
    this.#numberStart = numbered ? (header.numberStart ?? 0) : -1
    this.#numberStop = numbered ? (header.numberStop ?? 0) : -1
  }

  /**
   * Few readers ask for labels (the inspect report, the tracking issue's last attempt): a list
   * attempt's is not kept but read again from its header line on every read, the text after the
   * marker that buildAttempt's header was read from.
   */
  get label(): string | undefined {
    if (this.style === 'heading') return this.#headingLabel
    const first = this.#source.span(this.#line, this.#line, this.#column)
    return parseAttemptHeader(first.slice(0, trimmedEnd(first, 0)))?.label
  }

  /** The header line: what the attempts of one history are ordered by. */
  static lineOf(attempt: Attempt): number {
    return #line in attempt ? attempt.#line : attempt.headerRange.line
  }

  /** The last line, without building the attempt's range. */
  static endLineOf(attempt: Attempt): number {
    return #endLine in attempt ? attempt.#endLine : attempt.range.endLine
  }

  get text(): string {
    return this.#source.span(this.#line, this.#endLine, this.#column)
  }

  /** Read from the header line only (see classifyOutcome), so that line is all it slices. */
  get outcome(): AttemptOutcome {
    return classifyOutcome(this.#source.span(this.#line, this.#line, this.#column))
  }

  get headerRange(): Range {
    return this.#lineRange(this.#line)
  }

  get range(): Range {
    return this.#lineRange(this.#endLine)
  }

  get numberRange(): Range | undefined {
    if (this.#numberStart < 0) return undefined
    const line = this.#line
    const column = this.#column
    return {
      line,
      column: column + this.#numberStart,
      endLine: line,
      endColumn: column + this.#numberStop
    }
  }

  /** From the block's column on the header line to the end of `endLine`. */
  #lineRange(endLine: number): Range {
    return {
      line: this.#line,
      column: this.#blockColumn,
      endLine,
      endColumn: this.#source.lengthOf(endLine) + 1
    }
  }
}

/** The header line of an attempt, without building its range. */
export const attemptLine = (attempt: Attempt): number => LedgerAttempt.lineOf(attempt)

/** The last line of an attempt, without building its range. */
export const attemptEndLine = (attempt: Attempt): number => LedgerAttempt.endLineOf(attempt)

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
