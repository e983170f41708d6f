/** Line-level helpers shared by the scanner and the parsers. All are linear in the line length. */
import { wholeText, type DocumentText, type PagedText } from '../repo/paged-text.js'

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

/** A document's lines by 0-based index, ended where the scanner ends them. */
export interface RawLines {
  count: number
  at(index: number): string
}

/**
 * The lines as `\r\n`, `\n` or a lone `\r` end them, so line numbers agree with the scanner's. A
 * paged document is read a line at a time (a 20 MB ledger is never one string here), unless a
 * lone `\r` ends some of its lines: it is then split whole.
 */
export function rawLinesOf(text: DocumentText): RawLines {
  if (typeof text !== 'string' && text.carriageReturnsBeforeNewlines) {
    return {
      count: text.lineCount,
      at: (index) => {
        const line = text.line(index)
        return line.endsWith('\r') ? line.slice(0, -1) : line
      }
    }
  }
  const lines = splitRawLines(wholeText(text))
  return { count: lines.length, at: (index) => lines[index] ?? '' }
}

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
  text: string,
  onLine?: (start: number, end: number) => void
): SourceLines {
  const carriageReturns = text.includes('\r')
  // At most one line per terminator, plus the last: counted first, the offsets are written into
  // arrays made once (a 20 MB ledger has a hundred thousand lines).
  const capacity = countOf(text, '\n') + (carriageReturns ? countOf(text, '\r') : 0) + 1
  const starts = new Uint32Array(capacity)
  const ends = new Uint32Array(capacity)
  let count = 0
  const add = (start: number, end: number): void => {
    starts[count] = start
    ends[count] = end
    count += 1
    onLine?.(start, end)
  }
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  if (!carriageReturns) {
    while (start < text.length) {
      const newline = text.indexOf('\n', start)
      const end = newline < 0 ? text.length : newline
      add(start, end)
      start = end + 1
    }
  } else {
    let index = start
    while (index < text.length) {
      const code = text.charCodeAt(index)
      if (code !== 0x0a && code !== 0x0d) {
        index += 1
        continue
      }
      add(start, index)
      index += code === 0x0d && text.charCodeAt(index + 1) === 0x0a ? 2 : 1
      start = index
    }
    if (start < text.length) add(start, text.length)
  }
  return new TextSourceLines(
    text,
    count === capacity ? starts : starts.slice(0, count),
    count === capacity ? ends : ends.slice(0, count),
    carriageReturns
  )
}

/** How many times `char` occurs in `text`. */
function countOf(text: string, char: string): number {
  let count = 0
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) count += 1
  return count
}

/**
 * The lines of a document, split as splitLines does, however its text is held: a large document
 * read as bytes (PagedText) has its lines decoded when read. One whose `\r`s do not all come
 * before a `\n` (old Mac line ends) is decoded whole instead.
 */
export function sourceLinesOf(text: DocumentText): SourceLines {
  if (typeof text === 'string') return locateLines(text)
  if (!text.carriageReturnsBeforeNewlines) return locateLines(text.toString())
  return new PagedSourceLines(text)
}

/**
 * The lines of a document: a line or a span of lines is cut out of the text when it is needed
 * instead of being copied when the document is parsed. Lines are numbered from 1; a line outside
 * the document is empty.
 */
export abstract class SourceLines {
  abstract get count(): number

  /** The text of line `line` (1-based; empty outside the document). */
  abstract line(line: number): string

  /** Length of line `line` (1-based); 0 outside the document. */
  abstract lengthOf(line: number): number

  /** The text of `line` (1-based) from `column` to before `endColumn`. */
  abstract sliceLine(line: number, column: number, endColumn: number): string

  /**
   * The text of lines `start..end` (1-based, inclusive) joined by `\n`, the first one cut at
   * `firstColumn`: what joining those lines would give (a line outside the document is empty).
   */
  abstract span(start: number, end: number, firstColumn?: number): string
}

/** The lines of a text held as a string: each read is one slice of it. */
class TextSourceLines extends SourceLines {
  constructor(
    private readonly text: string,
    /** Offsets of each line's first character and of its end (before the terminator). */
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    /** Whether some line ends with `\r` (`\r\n` or a lone `\r`): spans then need normalising. */
    private readonly carriageReturns: boolean
  ) {
    super()
  }

  get count(): number {
    return this.starts.length
  }

  line(line: number): string {
    if (line < 1 || line > this.starts.length) return ''
    return this.text.slice(this.starts[line - 1] ?? 0, this.ends[line - 1] ?? 0)
  }

  lengthOf(line: number): number {
    if (line < 1 || line > this.starts.length) return 0
    return (this.ends[line - 1] ?? 0) - (this.starts[line - 1] ?? 0)
  }

  sliceLine(line: number, column: number, endColumn: number): string {
    if (line < 1 || line > this.starts.length) return ''
    const start = this.starts[line - 1] ?? 0
    const end = this.ends[line - 1] ?? start
    return this.text.slice(Math.min(start + column - 1, end), Math.min(start + endColumn - 1, end))
  }

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

/**
 * The lines of a paged text whose `\r`s all end a line before its `\n`: line `n` is the text's
 * `\n`-separated line `n - 1` without that `\r` (and, on the first line, without a U+FEFF the
 * decoder kept: a second BOM, which splitLines drops too).
 */
class PagedSourceLines extends SourceLines {
  readonly #text: PagedText
  /** 1 when the first line starts with a U+FEFF that is not part of the line. */
  readonly #skip: number
  readonly #count: number

  constructor(text: PagedText) {
    super()
    this.#text = text
    this.#skip = text.line(0).charCodeAt(0) === 0xfeff ? 1 : 0
    const last = text.lineCount - 1
    // Like splitLines: a final `\n` does not start a line of its own.
    this.#count = last + (text.lineLength(last) - (last === 0 ? this.#skip : 0) > 0 ? 1 : 0)
  }

  get count(): number {
    return this.#count
  }

  line(line: number): string {
    if (line < 1 || line > this.#count) return ''
    const raw = this.#text.line(line - 1)
    const start = line === 1 ? this.#skip : 0
    const end = raw.length - this.#carriageReturn(line)
    return start === 0 && end === raw.length ? raw : raw.slice(start, end)
  }

  lengthOf(line: number): number {
    if (line < 1 || line > this.#count) return 0
    const start = line === 1 ? this.#skip : 0
    return this.#text.lineLength(line - 1) - start - this.#carriageReturn(line)
  }

  sliceLine(line: number, column: number, endColumn: number): string {
    if (line < 1 || line > this.#count) return ''
    const length = this.lengthOf(line)
    const start = line === 1 ? this.#skip : 0
    const from = Math.max(0, Math.min(column - 1, length))
    const to = Math.max(0, Math.min(endColumn - 1, length))
    return this.#text.line(line - 1).slice(start + from, start + to)
  }

  span(start: number, end: number, firstColumn = 1): string {
    if (end < start) return ''
    if (start < 1 || start > this.#count) return '\n'.repeat(end - start)
    const last = Math.min(end, this.#count)
    const first = this.line(start)
    const parts = [first.slice(Math.max(0, Math.min(firstColumn - 1, first.length)))]
    for (let line = start + 1; line <= last; line++) parts.push(this.line(line))
    const joined = parts.join('\n')
    return end > last ? joined + '\n'.repeat(end - last) : joined
  }

  /** 1 when line `line` ends in `\r\n` (its `\r` is no part of it), else 0. */
  #carriageReturn(line: number): number {
    return this.#text.endsWithCarriageReturn(line - 1) ? 1 : 0
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
