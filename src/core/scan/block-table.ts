import type { Range } from '../model.js'
import { trimmedEnd, type SourceLines } from './lines.js'
import type { ListMarker } from './markers.js'
import type { Block, ListItemBlock } from './types.js'

/** Rows per chunk: the table grows by whole chunks, never copying the rows it holds. */
const CHUNK_BITS = 11
const CHUNK_ROWS = 1 << CHUNK_BITS
const CHUNK_MASK = CHUNK_ROWS - 1

/** The 32-bit integers of a block's row. */
const Field = {
  /**
   * Kind (see Kind), then for a list item: a leaked prefix (bit 2), the marker length (bits 3-6),
   * the indent (bits 7-18) and the depth (bits 19-30), those two 0 when kept in `wide`.
   */
  Head: 0,
  Parent: 1,
  /** A list item's first and last lines; for another block, Line is the index in `objects`. */
  Line: 2,
  EndLine: 3,
  /** A list item's marker and content columns, packed (see `pack`); -1: kept in `wide`. */
  Columns: 4
} as const
const WIDTH = Object.keys(Field).length

const Kind = { Released: 0, Object: 1, ListItem: 2 } as const
const KIND_MASK = 3
const LEAKED_BIT = 4
const MARKER_SHIFT = 3
const MARKER_MASK = 15
const INDENT_SHIFT = 7
const DEPTH_SHIFT = 19
/** Indents and depths below this fit the head. */
const MAX_LEVEL = 1 << 12

/** Two numbers below PACK are kept as one integer. */
const PACK_BITS = 15
const PACK = 1 << PACK_BITS

/** `high * PACK + low`, or -1 when either does not fit. */
function pack(high: number, low: number): number {
  return high >= 0 && high < PACK && low >= 0 && low < PACK ? high * PACK + low : -1
}

function fitsHead(level: number): boolean {
  return level >= 0 && level < MAX_LEVEL
}

/** The positions of an item; kept as such for the rare items too far right or too deep to pack. */
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
  /** Scans one more line; false once the document is scanned (see `scanLazily`). */
  #more: (() => boolean) | undefined
  /** Whether the blocks so far are final: no list item or table still open. */
  #settled: () => boolean = () => true

  constructor(source: SourceLines) {
    this.#source = source
  }

  /**
   * Makes the table fill itself as it is read: asking for a block past those scanned scans
   * lines until it exists (or the document ends), and `length` scans to the end. The parser
   * then reads an entry right after its lines were scanned, while they are still decoded.
   */
  scanLazily(more: () => boolean, settled: () => boolean): void {
    this.#more = more
    this.#settled = settled
  }

  /** Number of blocks scanned so far (what the scanner adds to). */
  get scanned(): number {
    return this.#count
  }

  /** Number of blocks (the whole document is scanned first). */
  get length(): number {
    this.#scanTo(Infinity)
    return this.#count
  }

  /** Whether block `index` exists, scanning as far as needed to know. */
  has(index: number): boolean {
    if (index >= this.#count) this.#scanTo(index)
    return index < this.#count
  }

  /**
   * Scans on until every block scanned so far is final (no list item or table is still open,
   * as after a top-level heading): then the blocks before may be read.
   */
  settle(): void {
    const more = this.#more
    if (more === undefined) return
    while (!this.#settled()) {
      if (!more()) {
        this.#more = undefined
        return
      }
    }
  }

  #scanTo(index: number): void {
    const more = this.#more
    if (more === undefined) return
    while (this.#count <= index) {
      if (!more()) {
        this.#more = undefined
        return
      }
    }
  }

  /** The kind of block `index`; undefined when released or outside the table. */
  kindAt(index: number): Block['kind'] | undefined {
    const rows = this.#rowsOf(index)
    if (rows === undefined) return undefined
    const base = (index & CHUNK_MASK) * WIDTH
    const kind = (rows[base + Field.Head] ?? 0) & KIND_MASK
    if (kind === Kind.ListItem) return 'listItem'
    return kind === Kind.Object ? this.#objects[rows[base + Field.Line] ?? -1]?.kind : undefined
  }

  /** Block `index` (undefined when released or outside the table); a list item is a new object. */
  at(index: number): Block | undefined {
    // Straight-line reads of one row: this runs once per item read, much of it before the JIT.
    const rows = this.#rowsOf(index)
    if (rows === undefined) return undefined
    const base = (index & CHUNK_MASK) * WIDTH
    const head = rows[base + Field.Head] ?? 0
    const kind = head & KIND_MASK
    if (kind === Kind.Object) return this.#objects[rows[base + Field.Line] ?? -1]
    if (kind !== Kind.ListItem) return undefined
    const columns = rows[base + Field.Columns] ?? 0
    const wide = columns < 0 ? this.#wide.get(index) : undefined
    return new TableListItem(
      this.#source,
      rows[base + Field.Parent] ?? -1,
      rows[base + Field.Line] ?? 0,
      rows[base + Field.EndLine] ?? 0,
      head,
      wide ?? unpack(columns, head)
    )
  }

  /** Forgets block `index`: `at` and `kindAt` then answer undefined. */
  release(index: number): void {
    const rows = this.#rowsOf(index)
    if (rows === undefined) return
    const base = (index & CHUNK_MASK) * WIDTH
    if (((rows[base + Field.Head] ?? 0) & KIND_MASK) === Kind.Object) {
      // The index stays taken (blocks are found by position); the object is let go.
      this.#objects[rows[base + Field.Line] ?? -1] = undefined
    }
    rows[base + Field.Head] = Kind.Released
  }

  /** Every block, list items made as objects (for callers that want an array). */
  toArray(): Block[] {
    this.#scanTo(Infinity)
    const blocks: Block[] = []
    for (let index = 0; index < this.#count; index += 1) {
      const block = this.at(index)
      if (block !== undefined) blocks.push(block)
    }
    return blocks
  }

  /** Appends a block kept as scanned; returns its index. */
  addObject(block: Block): number {
    const index = this.#count
    const rows = this.#addRow()
    const base = (index & CHUNK_MASK) * WIDTH
    rows[base + Field.Head] = Kind.Object
    rows[base + Field.Parent] = block.parent
    rows[base + Field.Line] = this.#objects.length
    this.#objects.push(block)
    return index
  }

  /**
   * Appends the list item opened by `marker` on `line`, under block `parent` at `depth` open
   * items, its marker indented by `indent` columns; returns its index.
   */
  addItem(marker: ListMarker, line: number, parent: number, indent: number, depth: number): number {
    const index = this.#count
    const rows = this.#addRow()
    const base = (index & CHUNK_MASK) * WIDTH
    const leaked = marker.leakedPrefix !== undefined
    const column = marker.markerIndex + 1 - (leaked ? 1 : 0)
    const contentColumn = marker.contentIndex + 1
    const head = Kind.ListItem | (leaked ? LEAKED_BIT : 0) | (marker.marker.length << MARKER_SHIFT)
    rows[base + Field.Parent] = parent
    rows[base + Field.Line] = line
    rows[base + Field.EndLine] = line
    const columns = pack(column, contentColumn)
    if (columns < 0 || !fitsHead(indent) || !fitsHead(depth)) {
      this.#wide.set(index, { column, contentColumn, indent, depth })
      rows[base + Field.Head] = head
      rows[base + Field.Columns] = -1
    } else {
      rows[base + Field.Head] = head | (indent << INDENT_SHIFT) | (depth << DEPTH_SHIFT)
      rows[base + Field.Columns] = columns
    }
    return index
  }

  /** Makes list item `index` end at `lineNo` (or at its first line, if that is later). */
  closeItem(index: number, lineNo: number): void {
    const rows = this.#rowsOf(index)
    if (rows === undefined) return
    const base = (index & CHUNK_MASK) * WIDTH
    const endLine = Math.max(rows[base + Field.Line] ?? 0, lineNo)
    if (endLine > (rows[base + Field.EndLine] ?? 0)) rows[base + Field.EndLine] = endLine
  }

  /** The chunk holding row `index`; undefined outside the table. */
  #rowsOf(index: number): Int32Array | undefined {
    if (index >= this.#count) this.#scanTo(index)
    return index >= 0 && index < this.#count ? this.#chunks[index >> CHUNK_BITS] : undefined
  }

  /** Takes the next row (zeros) and returns its chunk. */
  #addRow(): Int32Array {
    const index = this.#count
    let rows = this.#chunks[index >> CHUNK_BITS]
    if (rows === undefined) {
      rows = new Int32Array(CHUNK_ROWS * WIDTH)
      this.#chunks.push(rows)
    }
    this.#count = index + 1
    return rows
  }
}

/** The positions of an item that `addItem` packed into its `columns` and `head`. */
function unpack(columns: number, head: number): WideItem {
  return {
    column: columns >> PACK_BITS,
    contentColumn: columns & (PACK - 1),
    indent: (head >> INDENT_SHIFT) & (MAX_LEVEL - 1),
    depth: (head >> DEPTH_SHIFT) & (MAX_LEVEL - 1)
  }
}

/**
 * A list item of a BlockTable: its range, text and marker are read from the document's lines
 * when asked for (`range` is a new object at every read).
 */
class TableListItem implements ListItemBlock {
  /** A field, not a getter: readers ask every block for its kind, most often before the JIT. */
  readonly kind = 'listItem'
  readonly parent: number
  readonly indent: number
  readonly depth: number
  readonly contentColumn: number
  readonly #source: SourceLines
  readonly #line: number
  readonly #endLine: number
  /** Column of the marker (of the leaked prefix before it, when there is one). */
  readonly #column: number
  /** The row's head: a leaked prefix (LEAKED_BIT) and the marker's length (see Field.Head). */
  readonly #head: number

  constructor(
    source: SourceLines,
    parent: number,
    line: number,
    endLine: number,
    head: number,
    { column, contentColumn, indent, depth }: WideItem
  ) {
    this.parent = parent
    this.indent = indent
    this.depth = depth
    this.contentColumn = contentColumn
    this.#source = source
    this.#line = line
    this.#endLine = endLine
    this.#column = column
    this.#head = head
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
    const start = this.#column + ((this.#head & LEAKED_BIT) !== 0 ? 1 : 0)
    const length = (this.#head >> MARKER_SHIFT) & MARKER_MASK
    return this.#source.sliceLine(this.#line, start, start + length)
  }

  get ordered(): boolean {
    const code = this.marker.charCodeAt(0)
    return code >= 0x30 && code <= 0x39
  }

  get leakedPrefix(): string | undefined {
    if ((this.#head & LEAKED_BIT) === 0) return undefined
    return this.#source.sliceLine(this.#line, this.#column, this.#column + 1)
  }
}
