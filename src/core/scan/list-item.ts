import type { Range } from '../model.js'
import { trimmedEnd, type SourceLines } from './lines.js'
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
  readonly marker: string
  declare readonly leakedPrefix?: string
  readonly #source: SourceLines
  readonly #line: number
  #endLine: number
  /** Column of the marker and content column, packed (see `pack`); -1: kept in `wideItems`. */
  readonly #columns: number
  /** Indent and depth, packed (see `pack`). */
  readonly #levels: number

  /**
   * The item opened by `marker` on `line`, under block `parent` at `depth` open items, its marker
   * indented by `indent` columns. Read from the marker directly: no object is made per item.
   */
  constructor(
    source: SourceLines,
    marker: ListMarker,
    line: number,
    parent: number,
    indent: number,
    depth: number
  ) {
    this.parent = parent
    this.marker = marker.marker
    const leaked = marker.leakedPrefix
    if (leaked !== undefined) this.leakedPrefix = leaked
    this.#source = source
    this.#line = line
    this.#endLine = line
    const column = marker.markerIndex + 1 - (leaked?.length ?? 0)
    const contentColumn = marker.contentIndex + 1
    const columns = pack(column, contentColumn)
    const levels = pack(indent, depth)
    this.#columns = columns >= 0 && levels >= 0 ? columns : -1
    this.#levels = levels
    if (this.#columns < 0) wideItems.set(this, { column, contentColumn, indent, depth })
  }

  get kind(): 'listItem' {
    return 'listItem'
  }

  get ordered(): boolean {
    const code = this.marker.charCodeAt(0)
    return code >= 0x30 && code <= 0x39
  }

  get contentColumn(): number {
    return this.#columns < 0 ? (wideItems.get(this)?.contentColumn ?? 1) : this.#columns % PACK
  }

  get indent(): number {
    return this.#columns < 0 ? (wideItems.get(this)?.indent ?? 0) : Math.floor(this.#levels / PACK)
  }

  get depth(): number {
    return this.#columns < 0 ? (wideItems.get(this)?.depth ?? 0) : this.#levels % PACK
  }

  get #column(): number {
    return this.#columns < 0 ? (wideItems.get(this)?.column ?? 1) : Math.floor(this.#columns / PACK)
  }

  get range(): Range {
    const endLine = this.#endLine
    const endColumn = this.#source.lengthOf(endLine) + 1
    return { line: this.#line, column: this.#column, endLine, endColumn }
  }

  get text(): string {
    const line = this.#source.line(this.#line)
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

/** Two numbers below PACK are kept as one: a ledger holds a list item per attempt while parsed. */
const PACK = 1 << 15

/** `high * PACK + low`, or -1 when either does not fit. */
function pack(high: number, low: number): number {
  return high >= 0 && high < PACK && low >= 0 && low < PACK ? high * PACK + low : -1
}

/** Positions of the rare items too far right or too deep to pack. */
const wideItems = new WeakMap<
  CompactListItem,
  { column: number; contentColumn: number; indent: number; depth: number }
>()
