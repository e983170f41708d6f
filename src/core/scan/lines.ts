/** Line-level helpers shared by the scanner and the parsers. All are linear in the line length. */

const TAB_STOP = 4

/**
 * Splits a document into lines: `\n`, `\r\n` and lone `\r` end a line, a leading BOM is dropped.
 * A trailing line terminator does not produce an extra empty line.
 */
export function splitLines(text: string): string[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (source.length === 0) return []
  const lines = source.split(/\r\n|\r|\n/)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
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
