import type { Range } from '../model.js'
import { trimmedEnd } from './lines.js'
import type { ListMarker } from './markers.js'
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

  /**
   * The item opened by `marker` on `line`, under block `parent` at `depth` open items, its marker
   * indented by `indent` columns. Read from the marker directly: no object is made per item.
   */
  constructor(
    lines: readonly string[],
    marker: ListMarker,
    line: number,
    parent: number,
    indent: number,
    depth: number
  ) {
    this.parent = parent
    this.indent = indent
    this.marker = marker.marker
    this.ordered = marker.ordered
    this.contentColumn = marker.contentIndex + 1
    this.depth = depth
    const leaked = marker.leakedPrefix
    if (leaked !== undefined) this.leakedPrefix = leaked
    this.#lines = lines
    this.#line = line
    this.#column = marker.markerIndex + 1 - (leaked?.length ?? 0)
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
