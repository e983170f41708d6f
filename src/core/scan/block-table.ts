import type { Range } from '../model.js'
import { trimmedEnd, type SourceLines } from './lines.js'
import type { ListMarker } from './markers.js'
import type { Block, ListItemBlock } from './types.js'

/** Rows per chunk: the table grows by whole chunks, never copying the rows it holds. */
const CHUNK_ROWS = 2048

/** The 32-bit integers of a block's row. */
const Field = {
  /** Kind (see Kind), then for a list item: a leaked prefix (bit 2), the marker length (3-6). */
  Head: 0,
  Parent: 1,
  /** A list item's first and last lines; for another block, Line is the index in `objects`. */
  Line: 2,
  EndLine: 3,
  /** A list item's marker and content columns, packed (see `pack`); -1: kept in `wide`. */
  Columns: 4,
  /** A list item's indent and depth, packed (see `pack`). */
  Levels: 5
} as const
const WIDTH = Object.keys(Field).length

const Kind = { Released: 0, Object: 1, ListItem: 2 } as const
const KIND_MASK = 3
const LEAKED_BIT = 4
const MARKER_SHIFT = 3

/** Two numbers below PACK are kept as one integer. */
const PACK = 1 << 15

/** `high * PACK + low`, or -1 when either does not fit. */
function pack(high: number, low: number): number {
  return high >= 0 && high < PACK && low >= 0 && low < PACK ? high * PACK + low : -1
}

/** Positions of the rare items too far right or too deep to pack. */
interface WideItem {
  column: number
  contentColumn: number
  indent: number
  depth: number
}

/**
 * The blocks of a structure-only scan (see scanStructure), in document order. A list item is a
 * row of integers, made into a block object only when read (`at`); other blocks (headings,
 * tables) are kept as scanned. A long ledger history is one list item per attempt, all scanned
 * before the ledger is read: an object per item would outlive several young-generation
 * collections and be promoted, to stay in the old generation as garbage once the parse ends.
 */
export class BlockTable {
  readonly #source: SourceLines
  readonly #chunks: Int32Array[] = []
  readonly #objects: (Block | undefined)[] = []
  readonly #wide = new Map<number, WideItem>()
  #count = 0

  constructor(source: SourceLines) {
    this.#source = source
  }

  get length(): number {
    return this.#count
  }

  /** The kind of block `index`; undefined when released or outside the table. */
  kindAt(index: number): Block['kind'] | undefined {
    const kind = this.#get(index, Field.Head) & KIND_MASK
    if (kind === Kind.ListItem) return 'listItem'
    return kind === Kind.Object ? this.#objects[this.#get(index, Field.Line)]?.kind : undefined
  }

  /** Block `index` (undefined when released or outside the table); a list item is a new object. */
  at(index: number): Block | undefined {
    const head = this.#get(index, Field.Head)
    const kind = head & KIND_MASK
    if (kind === Kind.Object) return this.#objects[this.#get(index, Field.Line)]
    if (kind !== Kind.ListItem) return undefined
    const line = this.#get(index, Field.Line)
    const columns = this.#get(index, Field.Columns)
    const levels = this.#get(index, Field.Levels)
    const wide = columns < 0 ? this.#wide.get(index) : undefined
    return new TableListItem(this.#source, {
      parent: this.#get(index, Field.Parent),
      line,
      endLine: this.#get(index, Field.EndLine),
      column: wide?.column ?? Math.floor(columns / PACK),
      contentColumn: wide?.contentColumn ?? columns % PACK,
      indent: wide?.indent ?? Math.floor(levels / PACK),
      depth: wide?.depth ?? levels % PACK,
      leaked: (head & LEAKED_BIT) !== 0,
      markerLength: head >> MARKER_SHIFT
    })
  }

  /** Forgets block `index`: `at` and `kindAt` then answer undefined. */
  release(index: number): void {
    if (index < 0 || index >= this.#count) return
    if ((this.#get(index, Field.Head) & KIND_MASK) === Kind.Object) {
      // The index stays taken (blocks are found by position); the object is let go.
      this.#objects[this.#get(index, Field.Line)] = undefined
    }
    this.#set(index, Field.Head, Kind.Released)
  }

  /** Every block, list items made as objects (for callers that want an array). */
  toArray(): Block[] {
    const blocks: Block[] = []
    for (let index = 0; index < this.#count; index += 1) {
      const block = this.at(index)
      if (block !== undefined) blocks.push(block)
    }
    return blocks
  }

  /** Appends a block kept as scanned; returns its index. */
  addObject(block: Block): number {
    const index = this.#add()
    this.#set(index, Field.Head, Kind.Object)
    this.#set(index, Field.Parent, block.parent)
    this.#set(index, Field.Line, this.#objects.length)
    this.#objects.push(block)
    return index
  }

  /**
   * Appends the list item opened by `marker` on `line`, under block `parent` at `depth` open
   * items, its marker indented by `indent` columns; returns its index.
   */
  addItem(marker: ListMarker, line: number, parent: number, indent: number, depth: number): number {
    const index = this.#add()
    const leaked = marker.leakedPrefix !== undefined
    const column = marker.markerIndex + 1 - (leaked ? 1 : 0)
    const contentColumn = marker.contentIndex + 1
    const head = Kind.ListItem | (leaked ? LEAKED_BIT : 0) | (marker.marker.length << MARKER_SHIFT)
    this.#set(index, Field.Head, head)
    this.#set(index, Field.Parent, parent)
    this.#set(index, Field.Line, line)
    this.#set(index, Field.EndLine, line)
    const columns = pack(column, contentColumn)
    const levels = pack(indent, depth)
    if (columns < 0 || levels < 0) {
      this.#wide.set(index, { column, contentColumn, indent, depth })
      this.#set(index, Field.Columns, -1)
    } else {
      this.#set(index, Field.Columns, columns)
      this.#set(index, Field.Levels, levels)
    }
    return index
  }

  /** Makes list item `index` end at `lineNo` (or at its first line, if that is later). */
  closeItem(index: number, lineNo: number): void {
    const line = this.#get(index, Field.Line)
    const endLine = Math.max(line, lineNo)
    if (endLine > this.#get(index, Field.EndLine)) this.#set(index, Field.EndLine, endLine)
  }

  #add(): number {
    const index = this.#count
    if (index % CHUNK_ROWS === 0) this.#chunks.push(new Int32Array(CHUNK_ROWS * WIDTH))
    this.#count = index + 1
    return index
  }

  #get(index: number, field: number): number {
    if (index < 0 || index >= this.#count) return 0
    return this.#chunks[Math.floor(index / CHUNK_ROWS)]?.[(index % CHUNK_ROWS) * WIDTH + field] ?? 0
  }

  #set(index: number, field: number, value: number): void {
    const chunk = this.#chunks[Math.floor(index / CHUNK_ROWS)]
    if (chunk !== undefined) chunk[(index % CHUNK_ROWS) * WIDTH + field] = value
  }
}

interface ItemPosition {
  parent: number
  line: number
  endLine: number
  /** Column of the marker (of the leaked prefix before it, when there is one). */
  column: number
  contentColumn: number
  indent: number
  depth: number
  leaked: boolean
  markerLength: number
}

/**
 * A list item of a BlockTable: its range, text and marker are read from the document's lines
 * when asked for (`range` is a new object at every read).
 */
class TableListItem implements ListItemBlock {
  readonly parent: number
  readonly indent: number
  readonly depth: number
  readonly contentColumn: number
  readonly #source: SourceLines
  readonly #line: number
  readonly #endLine: number
  readonly #column: number
  readonly #leaked: boolean
  readonly #markerLength: number

  constructor(source: SourceLines, position: ItemPosition) {
    this.parent = position.parent
    this.indent = position.indent
    this.depth = position.depth
    this.contentColumn = position.contentColumn
    this.#source = source
    this.#line = position.line
    this.#endLine = position.endLine
    this.#column = position.column
    this.#leaked = position.leaked
    this.#markerLength = position.markerLength
  }

  get kind(): 'listItem' {
    return 'listItem'
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

  get marker(): string {
    const start = this.#column + (this.#leaked ? 1 : 0)
    return this.#source.sliceLine(this.#line, start, start + this.#markerLength)
  }

  get ordered(): boolean {
    const code = this.marker.charCodeAt(0)
    return code >= 0x30 && code <= 0x39
  }

  get leakedPrefix(): string | undefined {
    if (!this.#leaked) return undefined
    return this.#source.sliceLine(this.#line, this.#column, this.#column + 1)
  }
}
