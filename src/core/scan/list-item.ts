import type { Range } from '../model.js'
import { trimmedEnd } from './lines.js'
import type { ListItemBlock } from './types.js'

/**
 * A list item of a structure-only scan: it keeps its lines and columns and makes its `range` and
 * `text` from the document's lines when asked for. A long ledger history is one list item per
 * attempt, all scanned before the ledger is read: a Range object and a sliced string for each
 * would double what the scan keeps alive. `range` is a fresh object at every read: the scanner
 * extends an item with `extendTo`, not by writing to its range.
 */
export class CompactListItem implements ListItemBlock {
  readonly parent: number
  readonly indent: number
  readonly marker: string
  readonly ordered: boolean
  readonly contentColumn: number
  readonly depth: number
  declare readonly leakedPrefix?: string
  readonly #lines: readonly string[]
  readonly #line: number
  readonly #column: number
  #endLine: number

  constructor(
    lines: readonly string[],
    fields: Omit<ListItemBlock, 'kind' | 'range' | 'text'>,
    line: number,
    column: number
  ) {
    this.parent = fields.parent
    this.indent = fields.indent
    this.marker = fields.marker
    this.ordered = fields.ordered
    this.contentColumn = fields.contentColumn
    this.depth = fields.depth
    if (fields.leakedPrefix !== undefined) this.leakedPrefix = fields.leakedPrefix
    this.#lines = lines
    this.#line = line
    this.#column = column
    this.#endLine = line
  }

  get kind(): 'listItem' {
    return 'listItem'
  }

  get range(): Range {
    const endLine = this.#endLine
    const endColumn = (this.#lines[endLine - 1] ?? '').length + 1
    return { line: this.#line, column: this.#column, endLine, endColumn }
  }

  get text(): string {
    const line = this.#lines[this.#line - 1] ?? ''
    const start = this.contentColumn - 1
    return line.slice(start, trimmedEnd(line, start))
  }

  /** First line of the item. */
  get line(): number {
    return this.#line
  }

  /** Makes the item end at `lineNo` if it ends before. */
  extendTo(lineNo: number): void {
    if (lineNo > this.#endLine) this.#endLine = lineNo
  }
}
