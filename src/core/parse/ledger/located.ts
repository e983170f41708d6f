import type { ArtifactPath, ArtifactRef, DateValue, Range } from '../../model.js'
import type { SourceLines } from '../../scan/lines.js'

/**
 * A date read from a ledger line: it keeps the line and columns and reads its text and range from
 * the document when asked for. An attempt makes one at every read of its date, and most readers
 * want its epoch only.
 */
class LocatedText {
  readonly #source: SourceLines
  readonly #line: number
  readonly #column: number
  readonly #endColumn: number

  constructor(source: SourceLines, line: number, column: number, endColumn: number) {
    this.#source = source
    this.#line = line
    this.#column = column
    this.#endColumn = endColumn
  }

  get raw(): string {
    return this.#source.sliceLine(this.#line, this.#column, this.#endColumn)
  }

  get range(): Range {
    const line = this.#line
    return { line, column: this.#column, endLine: line, endColumn: this.#endColumn }
  }
}

/** An attempt's date, made from its row when read (see LedgerAttempt). */
export class LedgerDate extends LocatedText implements DateValue {
  readonly epochMs: number
  readonly precision: DateValue['precision']

  constructor(
    source: SourceLines,
    line: number,
    column: number,
    endColumn: number,
    { epochMs, precision }: Pick<DateValue, 'epochMs' | 'precision'>
  ) {
    super(source, line, column, endColumn)
    this.epochMs = epochMs
    this.precision = precision
  }
}

/**
 * Columns below this and references shorter than this pack, with three bits of flags, into one
 * small integer (31 bits: a field that once held a larger number would box it in every object).
 */
const MAX_PACKED_COLUMN = 1 << 13
const LENGTH_BITS = 15
const MAX_PACKED_LENGTH = 1 << LENGTH_BITS
const FLAG_BITS = 3

/** `truncated` as a reference gives it: absent, false or true (by index, see #at). */
const TRUNCATED_VALUES = [undefined, false, true] as const

/**
 * An artifact reference of the ledger: like a LocatedText, with its column, length, `quoted` and
 * `truncated` packed into one number (a long history holds a reference per attempt). References
 * further right or longer stay as parsed (see locatedRef).
 */
class LedgerArtifactRef implements ArtifactRef {
  readonly paths: readonly ArtifactPath[]
  readonly #source: SourceLines
  readonly #line: number
  /**
   * `(column * MAX_PACKED_LENGTH + length) << FLAG_BITS | flags`, the flags being `quoted`
   * (bit 0) and `truncated` as its index in TRUNCATED_VALUES (bits 1-2).
   */
  readonly #at: number

  constructor(source: SourceLines, ref: ArtifactRef) {
    const { line, column, endColumn } = ref.range
    this.paths = ref.paths
    this.#source = source
    this.#line = line
    const flags = (ref.quoted ? 1 : 0) | (TRUNCATED_VALUES.indexOf(ref.truncated) << 1)
    this.#at = ((column * MAX_PACKED_LENGTH + (endColumn - column)) << FLAG_BITS) | flags
  }

  static fits(range: Range): boolean {
    return range.column < MAX_PACKED_COLUMN && range.endColumn - range.column < MAX_PACKED_LENGTH
  }

  get quoted(): boolean {
    return (this.#at & 1) === 1
  }

  get truncated(): boolean | undefined {
    return TRUNCATED_VALUES[(this.#at >> 1) & 3]
  }

  // TypeScript-private, not `#` accessors: those mark each reference with a brand (one more slot).
  private get packedColumn(): number {
    return this.#at >> (FLAG_BITS + LENGTH_BITS)
  }

  private get packedEndColumn(): number {
    return this.packedColumn + ((this.#at >> FLAG_BITS) & (MAX_PACKED_LENGTH - 1))
  }

  get raw(): string {
    return this.#source.sliceLine(this.#line, this.packedColumn, this.packedEndColumn)
  }

  get range(): Range {
    const line = this.#line
    return { line, column: this.packedColumn, endLine: line, endColumn: this.packedEndColumn }
  }
}

/** Whether `raw` is exactly the document's text at `range` (so it can be read back from there). */
export function isAt(source: SourceLines, raw: string, range: Range): boolean {
  const { line, column, endLine, endColumn } = range
  if (endLine !== line || endColumn - column !== raw.length || column < 1) return false
  // What `startsWith(raw, column - 1)` tells, several times faster on a two-byte (non-ASCII)
  // line, where V8's startsWith compares character by character.
  return source.sliceLine(line, column, endColumn) === raw
}

/** The reference as the model keeps it (unchanged when its text is not where its range says). */
export function locatedRef(source: SourceLines, ref: ArtifactRef): ArtifactRef {
  const located = LedgerArtifactRef.fits(ref.range) && isAt(source, ref.raw, ref.range)
  return located ? new LedgerArtifactRef(source, ref) : ref
}
