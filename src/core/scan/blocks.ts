import type { Range } from '../model.js'
import type { DocumentText } from '../repo/paged-text.js'
import { isBlankFrom, measureIndent, sourceLinesOf, splitSource, trimmedEnd } from './lines.js'
import type { SourceLines } from './lines.js'
import { BlockTable } from './block-table.js'
import { delimiterRowCells, splitTableRow } from './table.js'
import { endsHtmlBlock, readHtmlStart, type HtmlStart } from './html.js'
import {
  BACKTICK,
  canInterrupt,
  HASH,
  isClosingFence,
  isThematicBreak,
  readAtxHeading,
  readListMarker,
  TILDE,
  type ListMarker
} from './markers.js'
import type {
  Block,
  FenceBlock,
  HeadingBlock,
  HtmlBlock,
  IndentedCodeBlock,
  ListItemBlock,
  ParagraphBlock,
  ScannedDocument,
  TableBlock
} from './types.js'

export type * from './types.js'
export { SourceLines, splitLines } from './lines.js'
export type { BlockTable } from './block-table.js'

/**
 * The line scanner: Markdown → blocks in one linear pass over the lines, no recursion, never
 * throws. The whole API:
 * - `scanBlocks(text)` / `scanDocument(text)` (the latter also returns the lines the ranges use);
 * - `splitLines(text)`: `\n`, `\r\n`, `\r`; BOM dropped;
 * - the `Block` union of `./types.ts`: heading (ATX and setext), listItem, table, fence,
 *   indentedCode, html, paragraph, thematicBreak.
 * Blocks come in document order (by first line; a list item before the blocks it contains);
 * `parent` is the index of the containing list item, or -1. Ranges are 1-based, cover whole lines
 * (`endColumn` = line length + 1), and end at the block's last non-blank line.
 *
 * It follows CommonMark (with GFM tables) closely enough for planning documents; known
 * differences: block quotes read as paragraphs, an unclosed fence ends on the last line (not at
 * the end of the file), and damaged lines (`-### [ID] …`, `-- Field: …`, `+* [date] …`), which
 * CommonMark reads as text, are kept as headings / list items carrying a `leakedPrefix`.
 */
export function scanBlocks(text: string): Block[] {
  return scanDocument(text).blocks
}

export interface ScanOptions {
  /**
   * Keep only the blocks that give a document its structure (headings, list items, tables): the
   * ledger parser reads nothing else, and a long ledger holds a paragraph per list item.
   */
  structureOnly?: boolean
}

const STRUCTURE_KINDS: ReadonlySet<Block['kind']> = new Set(['heading', 'listItem', 'table'])

/** Like `scanBlocks`, also returning the lines the block ranges refer to. */
export function scanDocument(text: string, options: ScanOptions = {}): ScannedDocument {
  const { lines, source } = splitSource(text)
  if (options.structureOnly === true) {
    const table = new BlockTable(source)
    new Scanner(source, lines, new TableSink(table)).run()
    return { lines, blocks: table.toArray(), source }
  }
  const blocks: Block[] = []
  new Scanner(source, lines, new BlockList(source, blocks)).run()
  return { lines, blocks, source }
}

/**
 * The blocks of a structure-only scan (see ScanOptions) and where the lines sit in the text, with
 * no string kept per line: each line is sliced from the text when read (a 20 MB ledger has a
 * hundred thousand lines, which the parse would otherwise hold as strings until it ends), and no
 * object kept per list item (see BlockTable).
 */
export function scanStructure(text: DocumentText): { blocks: BlockTable; source: SourceLines } {
  const source = sourceLinesOf(text)
  const blocks = new BlockTable(source)
  const scanner = new Scanner(source, undefined, new TableSink(blocks))
  // Scanned as the parser reads: see BlockTable.scanLazily.
  blocks.scanLazily(
    () => scanner.step(),
    () => scanner.settled
  )
  return { blocks, source }
}

/** Where a scan puts its blocks. */
interface BlockSink {
  /** Keep only headings, list items and tables (see ScanOptions). */
  readonly structureOnly: boolean
  /** Number of blocks so far: the index of the next one. */
  readonly length: number
  add(block: Block): void
  /** Adds the item opened by `marker` on line `lineNo` (its text `line`). */
  addItem(
    marker: ListMarker,
    line: string,
    lineNo: number,
    parent: number,
    indent: number,
    depth: number
  ): void
  /** Makes item `index` end at `lineNo` (or on its first line, if that is later). */
  closeItem(index: number, lineNo: number): void
  /** Puts `heading` in the place of `paragraph`; false when the paragraph was never added. */
  replace(paragraph: ParagraphBlock, heading: HeadingBlock): boolean
}

/** Every block as an object, in an array. */
class BlockList implements BlockSink {
  readonly structureOnly = false

  constructor(
    private readonly source: SourceLines,
    private readonly blocks: Block[]
  ) {}

  get length(): number {
    return this.blocks.length
  }

  add(block: Block): void {
    this.blocks.push(block)
  }

  addItem(
    marker: ListMarker,
    line: string,
    lineNo: number,
    parent: number,
    indent: number,
    depth: number
  ): void {
    const block: ListItemBlock = {
      kind: 'listItem',
      parent,
      range: {
        line: lineNo,
        column: marker.markerIndex + 1 - (marker.leakedPrefix?.length ?? 0),
        endLine: lineNo,
        endColumn: line.length + 1
      },
      indent,
      marker: marker.marker,
      ordered: marker.ordered,
      contentColumn: marker.contentIndex + 1,
      text: line.slice(marker.contentIndex, trimmedEnd(line, marker.contentIndex)),
      depth
    }
    if (marker.leakedPrefix !== undefined) block.leakedPrefix = marker.leakedPrefix
    this.blocks.push(block)
  }

  closeItem(index: number, lineNo: number): void {
    const block = this.blocks[index]
    if (block !== undefined) extendBlock(this.source, block, Math.max(block.range.line, lineNo))
  }

  replace(paragraph: ParagraphBlock, heading: HeadingBlock): boolean {
    // No block is added while a paragraph is open: it is the last block.
    const index = this.blocks.lastIndexOf(paragraph)
    if (index < 0) return false
    this.blocks[index] = heading
    return true
  }
}

/** The blocks of a structure-only scan, list items as rows of a BlockTable. */
class TableSink implements BlockSink {
  readonly structureOnly = true

  constructor(private readonly table: BlockTable) {}

  get length(): number {
    return this.table.scanned
  }

  add(block: Block): void {
    this.table.addObject(block)
  }

  addItem(
    marker: ListMarker,
    _line: string,
    lineNo: number,
    parent: number,
    indent: number,
    depth: number
  ): void {
    this.table.addItem(marker, lineNo, parent, indent, depth)
  }

  closeItem(index: number, lineNo: number): void {
    this.table.closeItem(index, lineNo)
  }

  replace(): boolean {
    // A structure-only scan never adds a paragraph.
    return false
  }
}

/**
 * Whether a block other than text may start with this character: `#` (heading), `-` `+` `*` `_`
 * (list item, thematic break, leaked prefix), a digit (ordered item), `` ` `` `~` (fence), `<`
 * (HTML). A line's content starting with any other character is text.
 */
function mayStartBlock(code: number): boolean {
  switch (code) {
    case HASH:
    case 0x2d: // -
    case 0x2b: // +
    case 0x2a: // *
    case 0x5f: // _
    case BACKTICK:
    case TILDE:
    case 0x3c: // <
      return true
    default:
      return code >= 0x30 && code <= 0x39
  }
}

interface OpenFence {
  block: FenceBlock
  char: number
  length: number
  /** Content indent of the enclosing item (0 at top level). */
  containerIndent: number
}

interface OpenHtml {
  block: HtmlBlock
  start: HtmlStart
  containerIndent: number
}

class Scanner {
  /** The open list items, innermost last: their block indices... */
  private readonly openItems: number[] = []
  /** ... and the visual column a line must reach to belong to each. */
  private readonly openIndents: number[] = []
  private fence: OpenFence | undefined
  private html: OpenHtml | undefined
  private paragraph: ParagraphBlock | undefined
  private table: TableBlock | undefined
  private code: IndentedCodeBlock | undefined
  /** The paragraph block a structure-only scan reuses (see openParagraph). */
  private readonly scratchParagraph: ParagraphBlock = {
    kind: 'paragraph',
    parent: -1,
    range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
  }
  /** Last non-blank line (1-based) that belonged to the open containers. */
  private lastContent = 0
  /**
   * The list marker read last and where: a line that interrupts a paragraph with a list item is
   * asked for its marker twice (does it interrupt? then the item itself).
   */
  private markerLineNo = 0
  private markerFirst = 0
  private markerIndent = 0
  private marker: ListMarker | undefined

  private readonly structureOnly: boolean

  constructor(
    private readonly source: SourceLines,
    /** The lines as strings, when the caller has them; otherwise each is sliced when read. */
    private readonly lines: readonly string[] | undefined,
    private readonly blocks: BlockSink
  ) {
    this.structureOnly = blocks.structureOnly
  }

  /** Line `i` (0-based; empty outside the document). */
  private lineAt(i: number): string {
    return this.lines?.[i] ?? this.source.line(i + 1)
  }

  /** Index of the next line to scan; past the end once the scan is finished. */
  private next = 0
  private finished = false

  run(): void {
    while (this.step()) {
      // Every line, in order.
    }
  }

  /** Scans the next line (or finishes the scan at the end); false once finished. */
  step(): boolean {
    if (this.finished) return false
    const count = this.source.count
    if (this.next < count) {
      this.next = this.scanLine(this.next) + 1
      return true
    }
    this.closeLeaves(count)
    this.popItemsTo(0)
    this.finished = true
    return false
  }

  /** Whether no list item or table is open: the blocks found so far will not change. */
  get settled(): boolean {
    return this.openItems.length === 0 && this.table === undefined
  }

  /** Processes line `i` (0-based); returns the last line index it consumed. */
  private scanLine(i: number): number {
    const line = this.lineAt(i)
    const lineNo = i + 1
    const { width: indent, index: first } = measureIndent(line)
    const blank = first >= line.length

    if (this.fence !== undefined) {
      if (this.continueFence(line, lineNo, indent, first, blank)) return i
    }
    if (this.html !== undefined) {
      if (this.continueHtml(line, lineNo, indent, blank)) return i
    }
    if (blank) {
      this.closeParagraph()
      this.closeTable()
      return i
    }

    if (this.paragraph !== undefined) {
      const setextDepth = this.setextUnderline(line, indent, first)
      if (setextDepth > 0) {
        this.turnParagraphIntoHeading(setextDepth, lineNo)
        return i
      }
      if (!this.interruptsParagraph(lineNo, line, first, indent)) {
        this.extendParagraph(lineNo)
        return i
      }
    }

    this.popItemsWhileOutside(indent)
    const base = this.containerIndent()
    const parent = this.currentParent()
    if (this.paragraph !== undefined && this.paragraph.parent !== parent) this.closeParagraph()
    if (this.table !== undefined && this.table.parent !== parent) this.closeTable()

    if (this.code !== undefined) {
      if (indent - base >= 4) {
        this.extendBlock(this.code, lineNo)
        this.lastContent = lineNo
        return i
      }
      this.code = undefined
    }
    if (indent - base >= 4 && this.paragraph === undefined && this.table === undefined) {
      this.code = this.push<IndentedCodeBlock>({
        kind: 'indentedCode',
        parent,
        range: this.lineRange(lineNo, first)
      })
      this.lastContent = lineNo
      return i
    }
    if (this.table !== undefined && !this.startsBlock(line, first)) {
      this.addTableRow(line, first, lineNo)
      return i
    }
    this.closeTable()
    return this.scanContent(i, line, first, indent, parent)
  }

  /**
   * Reads the block that starts at `first` on line `i` inside the current container: a list
   * marker opens an item and its content is read the same way, so `- - x` nests.
   */
  private scanContent(
    i: number,
    line: string,
    start: number,
    startIndent: number,
    startParent: number
  ): number {
    const lineNo = i + 1
    let first = start
    let indent = startIndent
    let parent = startParent
    this.lastContent = lineNo
    for (;;) {
      if (first >= line.length) return i
      if (!mayStartBlock(line.charCodeAt(first))) break
      if (isThematicBreak(line, first)) {
        this.closeParagraph()
        this.push({ kind: 'thematicBreak', parent, range: this.lineRange(lineNo, first) })
        return i
      }
      const heading = readAtxHeading(line, first, lineNo, parent)
      if (heading !== undefined) {
        this.closeParagraph()
        this.push(heading)
        return i
      }
      if (this.openFence(line, first, lineNo, parent)) return i
      if (this.openHtml(line, first, lineNo, parent)) return i
      const marker = this.listMarker(lineNo, line, first, indent)
      if (marker !== undefined && !(this.paragraph !== undefined && !canInterrupt(marker))) {
        this.closeParagraph()
        parent = this.openItem(marker, line, lineNo, indent)
        first = marker.contentIndex
        indent = marker.contentIndent
        continue
      }
      break
    }
    return this.scanText(i, line, first, parent)
  }

  /** Line `i` holds text from `first`: a table's header row, a paragraph, or more of one. */
  private scanText(i: number, line: string, first: number, parent: number): number {
    const lineNo = i + 1
    if (this.paragraph === undefined && this.openTable(i, line, first, parent)) return i + 1
    if (this.paragraph !== undefined) this.extendParagraph(lineNo)
    else this.paragraph = this.openParagraph(lineNo, first, parent)
    return i
  }

  /**
   * A structure-only scan keeps no paragraph: it reuses one block to follow the open paragraph
   * (a long ledger holds a paragraph per list item). No one else holds it: it is never pushed.
   */
  private openParagraph(lineNo: number, first: number, parent: number): ParagraphBlock {
    if (!this.structureOnly) {
      const range = this.lineRange(lineNo, first)
      return this.push<ParagraphBlock>({ kind: 'paragraph', parent, range })
    }
    const paragraph = this.scratchParagraph
    const range = paragraph.range
    paragraph.parent = parent
    range.line = lineNo
    range.column = first + 1
    range.endLine = lineNo
    range.endColumn = this.source.lengthOf(lineNo) + 1
    return paragraph
  }

  private listMarker(
    lineNo: number,
    line: string,
    first: number,
    indent: number
  ): ListMarker | undefined {
    if (
      lineNo !== this.markerLineNo ||
      first !== this.markerFirst ||
      indent !== this.markerIndent
    ) {
      this.marker = readListMarker(line, first, indent)
      this.markerLineNo = lineNo
      this.markerFirst = first
      this.markerIndent = indent
    }
    return this.marker
  }

  private continueFence(
    line: string,
    lineNo: number,
    indent: number,
    first: number,
    blank: boolean
  ): boolean {
    const fence = this.fence
    if (fence === undefined) return false
    if (!blank && this.openItems.length > 0 && indent < fence.containerIndent) {
      // The enclosing list item ends, and the fence with it.
      fence.block.closed = false
      this.fence = undefined
      return false
    }
    this.extendBlock(fence.block, lineNo)
    if (!blank) this.lastContent = lineNo
    if (!blank && indent - fence.containerIndent < 4 && isClosingFence(line, first, fence)) {
      fence.block.closed = true
      this.fence = undefined
    }
    return true
  }

  private continueHtml(line: string, lineNo: number, indent: number, blank: boolean): boolean {
    const html = this.html
    if (html === undefined) return false
    const containerEnds = !blank && this.openItems.length > 0 && indent < html.containerIndent
    if (containerEnds || (blank && html.start.endMarker === undefined)) {
      this.html = undefined
      return false
    }
    this.extendBlock(html.block, lineNo)
    if (!blank) this.lastContent = lineNo
    if (endsHtmlBlock(line, html.start)) this.html = undefined
    return true
  }

  private openHtml(line: string, first: number, lineNo: number, parent: number): boolean {
    const start = readHtmlStart(line, first)
    if (start === undefined) return false
    if (this.paragraph !== undefined && !start.canInterrupt) return false
    this.closeParagraph()
    const block = this.push<HtmlBlock>({
      kind: 'html',
      parent,
      range: this.lineRange(lineNo, first)
    })
    if (!endsHtmlBlock(line, start)) {
      this.html = { block, start, containerIndent: this.containerIndent() }
    }
    return true
  }

  private openFence(line: string, first: number, lineNo: number, parent: number): boolean {
    const char = line.charCodeAt(first)
    if (char !== BACKTICK && char !== TILDE) return false
    let end = first
    while (end < line.length && line.charCodeAt(end) === char) end += 1
    const length = end - first
    if (length < 3) return false
    const info = line.slice(end, trimmedEnd(line, end)).trim()
    if (char === BACKTICK && info.includes('`')) return false
    this.closeParagraph()
    const block = this.push<FenceBlock>({
      kind: 'fence',
      parent,
      range: this.lineRange(lineNo, first),
      fence: line.slice(first, end),
      info,
      closed: false
    })
    this.fence = { block, char, length, containerIndent: this.containerIndent() }
    return true
  }

  private openItem(marker: ListMarker, line: string, lineNo: number, indent: number): number {
    const index = this.blocks.length
    const depth = this.openItems.length
    this.blocks.addItem(marker, line, lineNo, this.currentParent(), indent, depth)
    this.openItems.push(index)
    this.openIndents.push(marker.contentIndent)
    return index
  }

  private openTable(i: number, line: string, first: number, parent: number): boolean {
    const next = i + 1 < this.source.count ? this.lineAt(i + 1) : undefined
    if (next === undefined || line.indexOf('|', first) < 0) return false
    const nextIndent = measureIndent(next)
    if (nextIndent.width < this.containerIndent()) return false
    const delimiterCells = delimiterRowCells(next, nextIndent.index)
    if (delimiterCells === 0) return false
    const headerCells = splitTableRow(line, first)
    if (headerCells.length !== delimiterCells) return false
    this.table = this.push<TableBlock>({
      kind: 'table',
      parent,
      range: {
        line: i + 1,
        column: first + 1,
        endLine: i + 2,
        endColumn: next.length + 1
      },
      header: { line: i + 1, cells: headerCells },
      rows: []
    })
    this.lastContent = i + 2
    return true
  }

  private addTableRow(line: string, first: number, lineNo: number): void {
    const table = this.table
    if (table === undefined) return
    table.rows.push({ line: lineNo, cells: splitTableRow(line, first) })
    this.extendBlock(table, lineNo)
    this.lastContent = lineNo
  }

  /** Whether a line (inside the table's container) starts a block that ends a table. */
  private startsBlock(line: string, first: number): boolean {
    const code = line.charCodeAt(first)
    if (code === HASH && readAtxHeading(line, first, 0, -1) !== undefined) return true
    if (
      (code === BACKTICK || code === TILDE) &&
      line.startsWith(code === BACKTICK ? '```' : '~~~', first)
    )
      return true
    if (isThematicBreak(line, first)) return true
    if (readHtmlStart(line, first)?.canInterrupt === true) return true
    return readListMarker(line, first, 0) !== undefined
  }

  /** Whether line `i` starts a block that ends the open paragraph (otherwise it continues it). */
  private interruptsParagraph(
    lineNo: number,
    line: string,
    first: number,
    indent: number
  ): boolean {
    const paragraph = this.paragraph
    if (paragraph === undefined) return true
    const base = this.containerIndent()
    if (indent - base >= 4) return false
    const code = line.charCodeAt(first)
    if (!mayStartBlock(code)) return false
    if (isThematicBreak(line, first)) return true
    if ((code === HASH || code === 0x2d || code === 0x2b) && readAtxHeading(line, first, 0, -1))
      return true
    if (code === BACKTICK || code === TILDE) {
      const fenceChar = code === BACKTICK ? '```' : '~~~'
      if (line.startsWith(fenceChar, first)) return true
    }
    if (readHtmlStart(line, first)?.canInterrupt === true) return true
    const marker = this.listMarker(lineNo, line, first, indent)
    if (marker !== undefined) {
      // Inside a list, a marker at any indent starts an item; at the top level an item must be
      // able to interrupt a paragraph (non-empty, ordered ones starting at 1).
      if (this.openItems.length > 0 && indent < this.containerIndent()) return true
      return canInterrupt(marker)
    }
    return false
  }

  private setextUnderline(line: string, indent: number, first: number): number {
    const paragraph = this.paragraph
    if (paragraph === undefined) return 0
    const base = this.containerIndent()
    if (indent < base || indent - base >= 4) return 0
    if (paragraph.parent !== this.currentParent()) return 0
    const char = line.charCodeAt(first)
    if (char !== 0x3d && char !== 0x2d) return 0
    let end = first
    while (end < line.length && line.charCodeAt(end) === char) end += 1
    if (!isBlankFrom(line, end)) return 0
    return char === 0x3d ? 1 : 2
  }

  private turnParagraphIntoHeading(depth: number, lineNo: number): void {
    const paragraph = this.paragraph
    if (paragraph === undefined) return
    const startLine = paragraph.range.line
    const parts: string[] = []
    for (let n = startLine; n < lineNo; n += 1) parts.push(this.lineAt(n - 1).trim())
    const heading: HeadingBlock = {
      kind: 'heading',
      parent: paragraph.parent,
      range: {
        ...paragraph.range,
        endLine: lineNo,
        endColumn: this.source.lengthOf(lineNo) + 1
      },
      depth,
      text: parts.join('\n'),
      textColumn: paragraph.range.column,
      setext: true
    }
    if (!this.blocks.replace(paragraph, heading)) this.push(heading)
    this.paragraph = undefined
    this.lastContent = lineNo
  }

  private extendParagraph(lineNo: number): void {
    if (this.paragraph !== undefined) this.extendBlock(this.paragraph, lineNo)
    this.lastContent = lineNo
  }

  private closeParagraph(): void {
    this.paragraph = undefined
  }

  private closeTable(): void {
    this.table = undefined
  }

  private closeLeaves(lineCount: number): void {
    this.html = undefined
    if (this.fence !== undefined) {
      this.extendBlock(this.fence.block, Math.max(this.fence.block.range.endLine, lineCount))
      this.fence = undefined
    }
    this.paragraph = undefined
    this.table = undefined
    this.code = undefined
  }

  /** Closes the items a line indented by `indent` does not belong to. */
  private popItemsWhileOutside(indent: number): void {
    let depth = this.openIndents.length
    while (depth > 0 && (this.openIndents[depth - 1] ?? 0) > indent) depth -= 1
    if (depth === this.openIndents.length) return
    this.code = undefined
    this.popItemsTo(depth)
  }

  private popItemsTo(depth: number): void {
    while (this.openItems.length > depth) {
      const index = this.openItems.pop()
      this.openIndents.pop()
      if (index !== undefined) this.blocks.closeItem(index, this.lastContent)
    }
  }

  private containerIndent(): number {
    return this.openIndents[this.openIndents.length - 1] ?? 0
  }

  private currentParent(): number {
    return this.openItems[this.openItems.length - 1] ?? -1
  }

  private push<T extends Block>(block: T): T {
    if (!this.structureOnly || STRUCTURE_KINDS.has(block.kind)) this.blocks.add(block)
    return block
  }

  private extendBlock(block: Block, lineNo: number): void {
    extendBlock(this.source, block, lineNo)
  }

  private lineRange(lineNo: number, first: number): Range {
    return {
      line: lineNo,
      column: first + 1,
      endLine: lineNo,
      endColumn: this.source.lengthOf(lineNo) + 1
    }
  }
}

/** Makes `block` end at the end of line `lineNo`, unless it ends after. */
function extendBlock(source: SourceLines, block: Block, lineNo: number): void {
  if (lineNo < block.range.endLine) return
  block.range.endLine = lineNo
  block.range.endColumn = source.lengthOf(lineNo) + 1
}
