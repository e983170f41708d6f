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
import { isAt, LedgerDate } from './located.js'
import { FloatColumn, IntRows } from './rows.js'
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
  return new LedgerAttempt(ctx.attemptRows, source, artifacts, namedEntryId)
}

const STYLES: readonly AttemptStyle[] = ['numbered', 'dated', 'heading']
const PRECISIONS: readonly DateValue['precision'][] = ['day', 'minute', 'second']

/** Fields of an attempt's row in an AttemptRows store (Int32 slots). */
const Row = {
  Line: 0,
  EndLine: 1,
  /** Style index (bits 0-1), date precision index (bits 2-3), in history (bit 4). */
  Bits: 2,
  /** The attempt number and the end of a range of numbers (-1: none, -2: in `wideNumbers`). */
  Number: 3,
  NumberEnd: 4,
  /** The small numbers (see Small), two per slot. */
  Pairs: 5
} as const
const ROW_INTS = Row.Pairs + 3

/**
 * The small numbers of a row, by their place among the pairs (see `rowField`): they take 16 bits
 * each, two to an integer, and stay as they are in `AttemptRows.wide` when one of them does not
 * fit. The fields of a row are numbered past the slots: `rowField` reads a slot or a small number.
 */
const Small = {
  Column: 100,
  BlockColumn: 101,
  /** Columns of the `#N` text relative to Column (-1: no number). */
  NumberStart: 102,
  NumberStop: 103,
  /** Columns of the date on the header line (-1: no date, or one kept in `unlocatedDates`). */
  DateColumn: 104,
  DateEndColumn: 105
} as const
const SMALL_BASE = Small.Column
/** A pair's slot holding this: its numbers are in `wide` (no two numbers that fit pack to it). */
const WIDE_PAIRS = -1
/** Small numbers are kept plus one (-1 becomes 0), in 16 bits; 0xffff + 0xffff would read -1. */
const MAX_SMALL = 0xfffd

/**
 * The positions, flags and dates of a document's attempts, one row each (see IntRows): an attempt
 * object then holds a row number instead of a dozen numbers and a date object.
 */
export class AttemptRows extends IntRows {
  /** The epoch of each row's date (when its DateColumn is set). */
  readonly epochs = new FloatColumn()
  /** The small numbers of the rows where one does not fit 16 bits (see Small), by row. */
  readonly wide = new Map<number, readonly number[]>()

  constructor(readonly source: SourceLines) {
    super(ROW_INTS)
  }

  /** Sets the six small numbers of `row`, in the order of Small. */
  setSmall(row: number, values: readonly number[]): void {
    if (values.some((value) => value < -1 || value > MAX_SMALL)) {
      this.wide.set(row, values)
      for (let pair = 0; pair < 3; pair += 1) this.set(row, Row.Pairs + pair, WIDE_PAIRS)
      return
    }
    for (let pair = 0; pair < 3; pair += 1) {
      const high = (values[pair * 2] ?? 0) + 1
      const low = (values[pair * 2 + 1] ?? 0) + 1
      this.set(row, Row.Pairs + pair, (high << 16) | low)
    }
  }

  /** A field of `row`: a slot of Row or a small number of Small. */
  field(row: number, field: number): number {
    if (field < SMALL_BASE) return this.get(row, field)
    const small = field - SMALL_BASE
    const packed = this.get(row, Row.Pairs + (small >> 1))
    if (packed === WIDE_PAIRS) return this.wide.get(row)?.[small] ?? 0
    return ((small & 1) === 0 ? packed >>> 16 : packed & 0xffff) - 1
  }
}

/** Attempt numbers that do not fit a row (none does: the header reads six digits at most). */
const wideNumbers = new WeakMap<Attempt, { number?: number; numberEnd?: number }>()

/** Whether an attempt number fits a row (as itself: -1 and -2 say there is none or a wide one). */
function fitsRow(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0x7fffffff
}

/** Dates whose text is not where their range says (kept as parsed); rare. */
const unlocatedDates = new WeakMap<Attempt, DateValue>()
/** Labels of heading-style attempts (a list attempt's is read again from its line). */
const headingLabels = new WeakMap<Attempt, string>()

/**
 * An attempt of the model. Its text, outcome, ranges and date are read from the document and its
 * row of numbers when asked for: a long history holds tens of thousands of attempts, and copies of
 * their text and positions would take more memory than the document itself. `date` is a new
 * object at every read.
 */
class LedgerAttempt implements Attempt {
  declare readonly namedEntryId?: string
  readonly #rows: AttemptRows
  readonly #row: number
  /**
   * The references cited, or the only one: most attempts cite one, and an array of one costs
   * more than the reference. `artifacts` then makes a new array at every read.
   */
  readonly #artifacts: ArtifactRef | ArtifactRef[]

  constructor(
    rows: AttemptRows,
    { style, header, line, column, endLine, blockColumn, inHistory }: AttemptSource,
    artifacts: ArtifactRef[],
    namedEntryId: string | undefined
  ) {
    this.#artifacts =
      artifacts.length === 1 && artifacts[0] !== undefined ? artifacts[0] : artifacts
    if (namedEntryId !== undefined) this.namedEntryId = namedEntryId
    const row = rows.add()
    this.#rows = rows
    this.#row = row
    rows.set(row, Row.Line, line)
    rows.set(row, Row.EndLine, endLine)
    this.setNumbers(header)
    const numbered = header.numberStart !== undefined && header.numberStop !== undefined
    let precision = 0
    let dateColumn = -1
    let dateEndColumn = -1
    const date = header.date?.date
    if (date !== undefined) {
      // A date is kept as columns of the header line when its text is there.
      if (date.range.line === line && isAt(rows.source, date.raw, date.range)) {
        dateColumn = date.range.column
        dateEndColumn = date.range.endColumn
        rows.epochs.set(row, date.epochMs)
        precision = Math.max(0, PRECISIONS.indexOf(date.precision))
      } else {
        unlocatedDates.set(this, date)
      }
    }
    rows.setSmall(row, [
      column,
      blockColumn,
      numbered ? (header.numberStart ?? 0) : -1,
      numbered ? (header.numberStop ?? 0) : -1,
      dateColumn,
      dateEndColumn
    ])
    rows.set(row, Row.Bits, STYLES.indexOf(style) | (precision << 2) | (inHistory ? 16 : 0))
    if (style === 'heading' && header.label !== undefined) headingLabels.set(this, header.label)
  }

  // Helpers are TypeScript-private, not `#` methods: a class with `#` methods marks each of its
  // objects with a brand, one more slot in each of tens of thousands of attempts.
  private rowField(field: number): number {
    return this.#rows.field(this.#row, field)
  }

  /** Numbers go in the row (an own property each would take 16 bytes per attempt). */
  private setNumbers({ number, numberEnd }: AttemptHeader): void {
    const wide =
      (number !== undefined && !fitsRow(number)) || (numberEnd !== undefined && !fitsRow(numberEnd))
    if (wide) wideNumbers.set(this, { number, numberEnd })
    const slot = (value: number | undefined): number => (wide ? -2 : (value ?? -1))
    this.#rows.set(this.#row, Row.Number, slot(number))
    this.#rows.set(this.#row, Row.NumberEnd, slot(numberEnd))
  }

  get number(): number | undefined {
    const number = this.rowField(Row.Number)
    return number >= 0 ? number : number === -1 ? undefined : wideNumbers.get(this)?.number
  }

  get numberEnd(): number | undefined {
    const end = this.rowField(Row.NumberEnd)
    return end >= 0 ? end : end === -1 ? undefined : wideNumbers.get(this)?.numberEnd
  }

  get artifacts(): ArtifactRef[] {
    const artifacts = this.#artifacts
    return Array.isArray(artifacts) ? artifacts : [artifacts]
  }

  get style(): AttemptStyle {
    return STYLES[this.rowField(Row.Bits) & 3] ?? 'numbered'
  }

  get inHistory(): boolean {
    return (this.rowField(Row.Bits) & 16) !== 0
  }

  get date(): DateValue | undefined {
    const column = this.rowField(Small.DateColumn)
    if (column < 0) return unlocatedDates.get(this)
    const precision = PRECISIONS[(this.rowField(Row.Bits) >> 2) & 3] ?? 'day'
    const epochMs = this.#rows.epochs.get(this.#row)
    const { source } = this.#rows
    return new LedgerDate(
      source,
      this.rowField(Row.Line),
      column,
      this.rowField(Small.DateEndColumn),
      {
        epochMs,
        precision
      }
    )
  }

  /**
   * Few readers ask for labels (the inspect report, the tracking issue's last attempt): a list
   * attempt's is not kept but read again from its header line on every read, the text after the
   * marker that buildAttempt's header was read from.
   */
  get label(): string | undefined {
    if (this.style === 'heading') return headingLabels.get(this)
    const line = this.rowField(Row.Line)
    const first = this.#rows.source.span(line, line, this.rowField(Small.Column))
    return parseAttemptHeader(first.slice(0, trimmedEnd(first, 0)))?.label
  }

  /** The header line: what the attempts of one history are ordered by. */
  static lineOf(attempt: Attempt): number {
    return #row in attempt ? attempt.rowField(Row.Line) : attempt.headerRange.line
  }

  /** The last line, without building the attempt's range. */
  static endLineOf(attempt: Attempt): number {
    return #row in attempt ? attempt.rowField(Row.EndLine) : attempt.range.endLine
  }

  get text(): string {
    return this.#rows.source.span(
      this.rowField(Row.Line),
      this.rowField(Row.EndLine),
      this.rowField(Small.Column)
    )
  }

  /** Read from the header line only (see classifyOutcome), so that line is all it slices. */
  get outcome(): AttemptOutcome {
    const line = this.rowField(Row.Line)
    return classifyOutcome(this.#rows.source.span(line, line, this.rowField(Small.Column)))
  }

  get headerRange(): Range {
    return this.lineRange(this.rowField(Row.Line))
  }

  get range(): Range {
    return this.lineRange(this.rowField(Row.EndLine))
  }

  get numberRange(): Range | undefined {
    const start = this.rowField(Small.NumberStart)
    if (start < 0) return undefined
    const line = this.rowField(Row.Line)
    const column = this.rowField(Small.Column)
    return {
      line,
      column: column + start,
      endLine: line,
      endColumn: column + this.rowField(Small.NumberStop)
    }
  }

  /** From the block's column on the header line to the end of `endLine`. */
  private lineRange(endLine: number): Range {
    return {
      line: this.rowField(Row.Line),
      column: this.rowField(Small.BlockColumn),
      endLine,
      endColumn: this.#rows.source.lengthOf(endLine) + 1
    }
  }
}

/** The header line of an attempt, without building its range. */
export const attemptLine = (attempt: Attempt): number => LedgerAttempt.lineOf(attempt)

/**
 * Puts attempts in document order (by header line, stably). Most histories are in order already:
 * they are then left as they are, without the copy a sort makes.
 */
export function sortByLine(attempts: Attempt[]): void {
  for (let index = 1; index < attempts.length; index += 1) {
    const before = attempts[index - 1]
    const current = attempts[index]
    if (
      before !== undefined &&
      current !== undefined &&
      attemptLine(current) < attemptLine(before)
    ) {
      attempts.sort((a, b) => attemptLine(a) - attemptLine(b))
      return
    }
  }
}

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
