import type { ArtifactPath, ArtifactRef, DateValue, Range } from '../../model.js'
import type { SourceLines } from '../../scan/lines.js'

/**
 * A date or artifact reference of the ledger whose text is `raw`, at `range` on one line: it
 * keeps only the line and columns and reads its text and range from the document when asked for.
 * A long history holds a date and a reference per attempt, and a sliced string and a Range object
 * for each would take twice the memory of the values themselves.
 */
abstract class LocatedText {
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

class LedgerArtifactRef extends LocatedText implements ArtifactRef {
  readonly paths: ArtifactPath[]
  declare readonly truncated?: boolean
  readonly quoted: boolean

  constructor(source: SourceLines, ref: ArtifactRef) {
    super(source, ref.range.line, ref.range.column, ref.range.endColumn)
    this.paths = ref.paths
    if (ref.truncated !== undefined) this.truncated = ref.truncated
    this.quoted = ref.quoted
  }
}

/** Whether `raw` is exactly the document's text at `range` (so it can be read back from there). */
export function isAt(lines: readonly string[], raw: string, range: Range): boolean {
  const { line, column, endLine, endColumn } = range
  if (endLine !== line || endColumn - column !== raw.length || column < 1) return false
  // What `startsWith(raw, column - 1)` tells, several times faster on a two-byte (non-ASCII)
  // line, where V8's startsWith compares character by character.
  return (lines[line - 1] ?? '').slice(column - 1, endColumn - 1) === raw
}

/** The reference as the model keeps it (unchanged when its text is not where its range says). */
export function locatedRef(
  lines: readonly string[],
  source: SourceLines,
  ref: ArtifactRef
): ArtifactRef {
  return isAt(lines, ref.raw, ref.range) ? new LedgerArtifactRef(source, ref) : ref
}
