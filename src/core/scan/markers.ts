import { isDigit, isSpaceOrTab } from '../chars.js'
import { isBlankFrom, measureIndent, trimmedEnd } from './lines.js'
import type { HeadingBlock } from './types.js'

/**
 * Recognisers for the start of one line (or of a list item's content): each looks at the text
 * from a given index, never beyond the line, and does not allocate unless it matches.
 */

export const HASH = 0x23
export const BACKTICK = 0x60
export const TILDE = 0x7e

/** A list marker found at the start of a line's content. */
export interface ListMarker {
  /** Index of the marker's first character (after a leaked prefix). */
  markerIndex: number
  marker: string
  ordered: boolean
  /** Index where the content starts. */
  contentIndex: number
  /** Visual column of the content. */
  contentIndent: number
  empty: boolean
  leakedPrefix?: string
}

/** An ordered item must start at 1 and no item may be empty to interrupt a paragraph. */
export function canInterrupt(marker: ListMarker): boolean {
  if (marker.empty) return false
  return !marker.ordered || marker.marker === '1.' || marker.marker === '1)'
}

export function isThematicBreak(line: string, first: number): boolean {
  const char = line.charCodeAt(first)
  if (char !== 0x2d && char !== 0x2a && char !== 0x5f) return false
  if (first < uniformTailStart(line, char)) return false
  let count = 0
  for (let index = first; index < line.length && count < 3; index += 1) {
    if (line.charCodeAt(index) === char) count += 1
  }
  return count >= 3
}

/**
 * Index from which a line holds only `char`, spaces and tabs. Cached for the last line asked
 * about, so that `- - - … x` (one nested item per marker) stays linear.
 */
let cachedLine: string | undefined
let cachedChar = 0
let cachedStart = 0
function uniformTailStart(line: string, char: number): number {
  if (cachedLine === line && cachedChar === char) return cachedStart
  let start = line.length
  while (start > 0) {
    const code = line.charCodeAt(start - 1)
    if (code !== char && code !== 0x20 && code !== 0x09) break
    start -= 1
  }
  cachedLine = line
  cachedChar = char
  cachedStart = start
  return start
}

/** An ATX heading at `first`, with an optional leaked `-`/`+` before the `#` run. */
export function readAtxHeading(
  line: string,
  first: number,
  lineNo: number,
  parent: number
): HeadingBlock | undefined {
  let hashStart = first
  let leakedPrefix: string | undefined
  const lead = line.charCodeAt(first)
  if ((lead === 0x2d || lead === 0x2b) && line.charCodeAt(first + 1) === HASH) {
    leakedPrefix = line[first]
    hashStart = first + 1
  }
  let hashEnd = hashStart
  while (hashEnd < line.length && line.charCodeAt(hashEnd) === HASH) hashEnd += 1
  const depth = hashEnd - hashStart
  if (depth < 1 || depth > 6) return undefined
  const after = line.charCodeAt(hashEnd)
  if (hashEnd < line.length && after !== 0x20 && after !== 0x09) return undefined

  const textStart = measureIndent(line, hashEnd).index
  let textEnd = trimmedEnd(line, textStart)
  // Drop a closing sequence: `## Title ##` (the run must be preceded by a space, or be all there is).
  let closeStart = textEnd
  while (closeStart > textStart && line.charCodeAt(closeStart - 1) === HASH) closeStart -= 1
  if (closeStart < textEnd) {
    const before = line.charCodeAt(closeStart - 1)
    if (closeStart === textStart) textEnd = textStart
    else if (before === 0x20 || before === 0x09) textEnd = trimmedEnd(line, textStart, closeStart)
  }
  const heading: HeadingBlock = {
    kind: 'heading',
    parent,
    range: { line: lineNo, column: first + 1, endLine: lineNo, endColumn: line.length + 1 },
    depth,
    text: line.slice(textStart, Math.max(textStart, textEnd)),
    textColumn: textStart + 1
  }
  if (leakedPrefix !== undefined) heading.leakedPrefix = leakedPrefix
  return heading
}

/**
 * A list marker at `first` (`-`, `*`, `+`, `1.`, `1)`), or a leaked diff prefix followed by a
 * bullet (`-- x`, `+* x`). `indent` is the visual column of `first`.
 */
export function readListMarker(
  line: string,
  first: number,
  indent: number
): ListMarker | undefined {
  let markerIndex = first
  let leakedPrefix: string | undefined
  const lead = line.charCodeAt(first)
  const second = line.charCodeAt(first + 1)
  if ((lead === 0x2d || lead === 0x2b) && isBullet(second) && isSpaceOrEnd(line, first + 2)) {
    // Only a non-empty `-- text` is a leaked marker; `--` alone is text (or a setext underline).
    if (isThematicBreak(line, first) || isBlankFrom(line, first + 2)) return undefined
    leakedPrefix = line[first]
    markerIndex = first + 1
  }
  const code = line.charCodeAt(markerIndex)
  let markerEnd: number
  let ordered = false
  if (isBullet(code)) {
    markerEnd = markerIndex + 1
  } else if (code >= 0x30 && code <= 0x39) {
    let end = markerIndex
    while (end < line.length && end - markerIndex < 10 && isDigit(line.charCodeAt(end))) end += 1
    if (end - markerIndex > 9) return undefined
    const delimiter = line.charCodeAt(end)
    if (delimiter !== 0x2e && delimiter !== 0x29) return undefined
    markerEnd = end + 1
    ordered = true
  } else {
    return undefined
  }
  if (!isSpaceOrEnd(line, markerEnd)) return undefined

  const markerWidth = markerEnd - first - (leakedPrefix === undefined ? 0 : 1)
  const afterMarker = indent + markerWidth
  const spaces = measureIndent(line, markerEnd, afterMarker)
  const empty = spaces.index >= line.length
  const gap = spaces.width - afterMarker
  let contentIndex = spaces.index
  let contentIndent = spaces.width
  if (empty || gap > 4) {
    // A blank item or indented code after the marker: content starts one column after it.
    contentIndex = Math.min(markerEnd + 1, line.length)
    contentIndent = afterMarker + 1
    if (!empty) contentIndex = spaces.index
  }
  const result: ListMarker = {
    markerIndex,
    marker: line.slice(markerIndex, markerEnd),
    ordered,
    contentIndex,
    contentIndent,
    empty
  }
  if (leakedPrefix !== undefined) result.leakedPrefix = leakedPrefix
  return result
}

function isBullet(code: number): boolean {
  return code === 0x2d || code === 0x2a || code === 0x2b
}

function isSpaceOrEnd(line: string, index: number): boolean {
  return index >= line.length || isSpaceOrTab(line.charCodeAt(index))
}

export function isClosingFence(
  line: string,
  first: number,
  fence: { char: number; length: number }
): boolean {
  let end = first
  while (end < line.length && line.charCodeAt(end) === fence.char) end += 1
  return end - first >= fence.length && isBlankFrom(line, end)
}
