/** Line-level helpers shared by the scanner and the parsers. All are linear in the line length. */
import type { DocumentText, PagedText } from '../repo/paged-text.js'
import { Uint32List } from '../uint32-list.js'

const TAB_STOP = 4

/**
 * Splits a document into lines: `\n`, `\r\n` and lone `\r` end a line, a leading BOM is dropped.
 * A trailing line terminator does not produce an extra empty line.
 */
export function splitLines(text: string): string[] {
  return splitSource(text).lines
}

/**
 * Every line of a text exactly as `text.split(/\r\n|\r|\n/)` gives them: unlike splitLines, a
 * leading BOM stays on the first line and a trailing terminator yields a final empty line. Line
 * numbers agree with the scanner's.
 */
export function splitRawLines(text: string): string[] {
  return text.split(LINE_TERMINATOR)
}

const LINE_TERMINATOR = /\r\n|\r|\n/

/** The lines of a document and, for slicing spans of them later, where they sit in its text. */
export function splitSource(text: string): { lines: string[]; source: SourceLines } {
  const lines: string[] = []
  const source = locateLines(text, (start, end) => lines.push(text.slice(start, end)))
  return { lines, source }
}

/**
 * Where the lines of a document sit in its text (split as splitLines does), without a string per
 * line: `onLine` is told each line's offsets.
 */
export function locateLines(
  text: DocumentText,
  onLine?: (start: number, end: number) => void
): SourceLines {
  const starts = new Uint32List()
  const ends = new Uint32List()
  const add = (start: number, end: number): void => {
    starts.push(start)
    ends.push(end)
    onLine?.(start, end)
  }
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const carriageReturns = typeof text === 'string' ? text.includes('\r') : text.hasCarriageReturn
  if (typeof text !== 'string') {
    if (carriageReturns) locatePagedLines(text, first, add)
    else locateAtNewlines(text, first, add)
  } else if (!carriageReturns) {
    let start = first
    while (start < text.length) {
      const newline = text.indexOf('\n', start)
      const end = newline < 0 ? text.length : newline
      add(start, end)
      start = end + 1
    }
  } else {
    const start = locateWithCarriageReturns(text, 0, first, add)
    if (start < text.length) add(start, text.length)
  }
  return new SourceLines(text, starts.toArray(), ends.toArray(), carriageReturns)
}

/** The lines of a text with no `\r`, from the offsets of its `\n`s. */
function locateAtNewlines(
  text: PagedText,
  first: number,
  add: (start: number, end: number) => void
): void {
  let start = first
  for (const newline of text.newlines) {
    if (newline < start) continue
    add(start, newline)
    start = newline + 1
  }
  if (start < text.length) add(start, text.length)
}

/** The lines of a paged text with `\r`s: a page ends after a `\n`, so no line straddles two. */
function locatePagedLines(
  text: PagedText,
  first: number,
  add: (start: number, end: number) => void
): void {
  let start = first
  for (let index = 0; index < text.pageCount; index++) {
    start = locateWithCarriageReturns(text.page(index), text.pageStart(index), start, add)
  }
  if (start < text.length) add(start, text.length)
}

/**
 * Reports the lines ended by `\n`, `\r\n` or `\r` in `part` (a text, or one page of it starting
 * at offset `base`), from offset `start`; returns where the unfinished last line starts.
 */
function locateWithCarriageReturns(
  part: string,
  base: number,
  start: number,
  add: (start: number, end: number) => void
): number {
  let lineStart = start
  let index = start - base
  while (index < part.length) {
    const code = part.charCodeAt(index)
    if (code !== 0x0a && code !== 0x0d) {
      index += 1
      continue
    }
    add(lineStart, base + index)
    index += code === 0x0d && part.charCodeAt(index + 1) === 0x0a ? 2 : 1
    lineStart = base + index
  }
  return lineStart
}

/**
 * Where the lines of a document sit in its text: a span of lines can be sliced out of the text
 * when it is needed instead of being copied when the document is parsed. The text may be paged
 * (a large document held as bytes): every read is a slice of it.
 */
export class SourceLines {
  constructor(
    readonly text: DocumentText,
    /** Offsets of each line's first character and of its end (before the terminator). */
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    /** Whether some line ends with `\r` (`\r\n` or a lone `\r`): spans then need normalising. */
    private readonly carriageReturns: boolean
  ) {}

  get count(): number {
    return this.starts.length
  }

  /** The text of line `line` (1-based; empty outside the document): one slice of the text. */
  line(line: number): string {
    if (line < 1 || line > this.starts.length) return ''
    return this.text.slice(this.starts[line - 1] ?? 0, this.ends[line - 1] ?? 0)
  }

  /** Length of line `line` (1-based); 0 outside the document. */
  lengthOf(line: number): number {
    if (line < 1 || line > this.starts.length) return 0
    return (this.ends[line - 1] ?? 0) - (this.starts[line - 1] ?? 0)
  }

  /** The text of `line` (1-based) from `column` to before `endColumn`: one slice of the text. */
  sliceLine(line: number, column: number, endColumn: number): string {
    if (line < 1 || line > this.starts.length) return ''
    const start = this.starts[line - 1] ?? 0
    const end = this.ends[line - 1] ?? start
    return this.text.slice(Math.min(start + column - 1, end), Math.min(start + endColumn - 1, end))
  }

  /**
   * The text of lines `start..end` (1-based, inclusive) joined by `\n`, the first one cut at
   * `firstColumn`: what joining those lines would give (a line outside the document is empty).
   */
  span(start: number, end: number, firstColumn = 1): string {
    if (end < start) return ''
    if (start < 1 || start > this.starts.length) return '\n'.repeat(end - start)
    const last = Math.min(end, this.starts.length)
    const from = (this.starts[start - 1] ?? 0) + Math.min(firstColumn - 1, this.lengthOf(start))
    const text = this.text.slice(from, this.ends[last - 1] ?? from)
    const joined = this.carriageReturns && last > start ? text.replace(/\r\n?/g, '\n') : text
    return end > last ? joined + '\n'.repeat(end - last) : joined
  }
}

/** Leading whitespace of a line: where the first non-blank character sits. */
export interface Indent {
  /** Visual width, tabs expanded to 4-column stops. */
  width: number
  /** Index of the first non-space, non-tab character (line length when blank). */
  index: number
}

export function measureIndent(line: string, from = 0, startWidth = 0): Indent {
  let width = startWidth
  let index = from
  while (index < line.length) {
    const code = line.charCodeAt(index)
    if (code === 0x20) width += 1
    else if (code === 0x09) width += TAB_STOP - (width % TAB_STOP)
    else break
    index += 1
  }
  return { width, index }
}

export function isBlankFrom(line: string, from: number): boolean {
  for (let index = from; index < line.length; index += 1) {
    const code = line.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09) return false
  }
  return true
}

/** Index just past the last non-blank character in `[from, before)` (== `from` when blank). */
export function trimmedEnd(line: string, from: number, before = line.length): number {
  let end = before
  while (end > from) {
    const code = line.charCodeAt(end - 1)
    if (code !== 0x20 && code !== 0x09) break
    end -= 1
  }
  return end
}

/** Visual width of `line[0, index)`, tabs expanded. */
export function visualWidth(line: string, index: number): number {
  let width = 0
  for (let i = 0; i < index && i < line.length; i += 1) {
    width += line.charCodeAt(i) === 0x09 ? TAB_STOP - (width % TAB_STOP) : 1
  }
  return width
}
