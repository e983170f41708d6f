import type { Range } from '../model.js'
import type { SourceLines } from './lines.js'

/**
 * Blocks produced by the line scanner. Every block has a `range` (1-based, `endColumn` exclusive,
 * covering whole lines from its first to its last non-blank line) and `parent`: the index in the
 * block array of the list item that contains it, or -1 at the top level.
 */
export type Block =
  | HeadingBlock
  | ListItemBlock
  | TableBlock
  | FenceBlock
  | IndentedCodeBlock
  | ParagraphBlock
  | ThematicBreakBlock
  | HtmlBlock

interface BlockBase {
  range: Range
  parent: number
}

/** An ATX heading `## Title`. */
export interface HeadingBlock extends BlockBase {
  kind: 'heading'
  depth: number
  /** Heading text, trimmed, closing `#` sequence removed. */
  text: string
  /** 1-based column of the first character of `text` (column after the marker when empty). */
  textColumn: number
  /**
   * A stray character written before the `#` run by a damaged edit, e.g. `-` in `-### [ID] …`.
   * CommonMark reads such a line as a paragraph; the scanner keeps it as a heading so it is not lost.
   */
  leakedPrefix?: string
  /** True for a setext heading (`Title` underlined by `===` / `---`). */
  setext?: boolean
}

/** One list item: the marker line plus its continuation lines (nested items included). */
export interface ListItemBlock extends BlockBase {
  kind: 'listItem'
  /** Visual indent of the marker (tabs expanded to 4-column stops). */
  indent: number
  /** `-`, `*`, `+`, or the ordered marker as written (`1.`, `2)`). */
  marker: string
  ordered: boolean
  /** 1-based column where the item's content starts on its first line. */
  contentColumn: number
  /** Text of the first line after the marker (may be empty). */
  text: string
  /** Nesting depth: 0 for a top-level item. */
  depth: number
  /**
   * A stray `-` / `+` written before the marker (`-- Status: …`, `+* [date] …`): a diff marker
   * leaked into the document. CommonMark reads such a line as a paragraph.
   */
  leakedPrefix?: string
}

export interface TableCell {
  /** Cell text, trimmed, `\|` unescaped. */
  text: string
  /** 1-based columns of the trimmed text (`endColumn` exclusive). */
  column: number
  endColumn: number
}

export interface TableRow {
  line: number
  cells: TableCell[]
}

/** A GFM table: a header row, a delimiter row, then body rows until a blank line or another block. */
export interface TableBlock extends BlockBase {
  kind: 'table'
  header: TableRow
  rows: TableRow[]
}

/** A fenced code block. Nothing inside it is structure. */
export interface FenceBlock extends BlockBase {
  kind: 'fence'
  /** The opening fence as written, e.g. ``` or ~~~~. */
  fence: string
  /** Info string after the opening fence, trimmed. */
  info: string
  /** False when the document (or the enclosing list item) ended before a closing fence. */
  closed: boolean
}

/** An indented code block (4+ columns beyond its container, not continuing a paragraph). */
export interface IndentedCodeBlock extends BlockBase {
  kind: 'indentedCode'
}

/** A run of text lines (lazy continuation lines included). */
export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph'
}

/** A CommonMark HTML block (`<!-- … -->`, `<details>` …). Nothing inside it is structure. */
export interface HtmlBlock extends BlockBase {
  kind: 'html'
}

/** `---`, `***` or `___` on a line of its own. */
export interface ThematicBreakBlock extends BlockBase {
  kind: 'thematicBreak'
}

/** The scanner's result: the document's lines (line terminators and BOM removed) and its blocks. */
export interface ScannedDocument {
  lines: string[]
  blocks: Block[]
  /** Where the lines sit in the text, to slice spans of lines from it. */
  source: SourceLines
}
