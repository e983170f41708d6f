/**
 * The attempt header reader as it was before its hand scans (regexes, string compares), kept as
 * the oracle the current one is checked against. Not used by planguard itself.
 */
import type { DateMatch } from '../../../../src/core/parse/dates.js'
import { dateAt } from '../../../../src/core/parse/dates.js'
import {
  normalizeHyphens,
  skipOpeningMarkup,
  stripInlineMarkup
} from '../../../../src/core/parse/text.js'

/**
 * What the first line of an attempt says. Shapes read (markup such as `**` or `*` around any part
 * is ignored):
 *   [2025-10-17] Attempt #3 — Label: text          [2025-09-30 02:40 UTC] Attempt #4 — …
 *   [2025-10-08] Attempt #190 (ralph loop) — Result: …   Attempts #176–#183 — …
 *   **Attempt #1 (2025-09-30 debug loop)**: …      Attempt #5 [2025-10-01]: …
 *   *2026-01-26T00:30:00Z (label):* text           [2025-10-05] Phase A Complete — …
 *   2026-01-22T02:40Z — ID (label)                 (heading style)
 */
export interface AttemptHeader {
  number?: number
  numberEnd?: number
  /** Indices of the `#N` (or `#N–#M`) text in the header. */
  numberStart?: number
  numberStop?: number
  date?: DateMatch
  label?: string
  /** The leading id of a heading-style header (`— ID (label)`), when the rest starts with one. */
  leadingId?: string
  /** Text after the date / number and their separators (the part a label and id come from). */
  rest: string
}

/**
 * `Attempt #3`, `Attempts #176–#183`, `Attempts #176-183`, `Attempts #176 to #183`. A spaced dash
 * needs a `#` after it, and the end number must not run into a date: `Attempt #2 — 2025-10-02`
 * is attempt 2, not a range.
 */
const ATTEMPT_WORD =
  /Attempts?\s*#?\s*(\d{1,6})(?:(?:[-–]#?|\s*(?:[-–]|to)\s*#)(\d{1,6})(?![\d-]))?/iy

/** Parses an attempt header; undefined when the text starts with neither a date nor `Attempt #N`. */
export function parseAttemptHeader(text: string, line = 1, column = 1): AttemptHeader | undefined {
  let index = skipOpeningMarkup(text)
  let date: DateMatch | undefined
  const opener = text[index]
  if (opener === '[' || opener === '(') {
    const inner = dateAt(text, index + 1, line, column)
    if (inner !== undefined) {
      date = inner
      index = closeGroup(text, index + 1 + inner.raw.length, opener === '[' ? ']' : ')')
    }
  } else {
    date = dateAt(text, index, line, column)
    if (date !== undefined) index += date.raw.length
  }
  if (date !== undefined) index = skipSeparators(text, index)

  const header: AttemptHeader = { rest: '' }
  ATTEMPT_WORD.lastIndex = index
  const numbered = ATTEMPT_WORD.exec(text)
  if (numbered !== null) {
    header.number = Number(numbered[1])
    if (numbered[2] !== undefined) header.numberEnd = Number(numbered[2])
    header.numberStart = text.indexOf('#', index) >= 0 ? text.indexOf('#', index) : index
    header.numberStop = index + numbered[0].length
    index = header.numberStop
    if (date === undefined) {
      // `Attempt #1 (2025-09-30 debug loop)` / `Attempt #5 [2025-10-01]`: a date after the number.
      const groupStart = skipSpacesAndMarkup(text, index)
      const bracket = text[groupStart]
      if (bracket === '(' || bracket === '[') {
        const inner = dateAt(text, groupStart + 1, line, column)
        if (inner !== undefined) {
          date = inner
          index = closeGroup(text, groupStart + 1 + inner.raw.length, bracket === '[' ? ']' : ')')
        }
      } else {
        // `Attempt #2 — 2025-10-02 Label: …`
        const dateStart = skipSeparators(text, index)
        const bare = dateAt(text, dateStart, line, column)
        if (bare !== undefined) {
          date = bare
          index = dateStart + bare.raw.length
        }
      }
    }
  }
  if (date === undefined && numbered === null) return undefined
  if (date !== undefined) header.date = date
  readLabel(text, index, header)
  return header
}

/** Fills `rest`, `label` and `leadingId` from the text after the date / number. */
function readLabel(text: string, from: number, header: AttemptHeader): void {
  let index = skipSpacesAndMarkup(text, from)
  let note: string | undefined
  if (text[index] === '(') {
    const close = matchingParen(text, index)
    if (close > index) {
      note = text.slice(index + 1, close)
      const after = skipSpacesAndMarkup(text, close + 1)
      if (text[after] === ':') {
        // `*2026-01-26T00:30:00Z (label):* text`
        header.label = stripInlineMarkup(note)
        header.rest = text.slice(after + 1).trim()
        return
      }
      index = close + 1
    }
  }
  index = skipSeparators(text, index)
  const rest = text.slice(index).trim()
  header.rest = rest
  const id = /^[A-Z][A-Za-z0-9]*(?:[-_.\u2010-\u2013][A-Za-z0-9]+)*/u.exec(rest)
  if (id !== null && /[-\u2010-\u2013\d]/u.test(id[0])) header.leadingId = normalizeHyphens(id[0])
  const colon = colonAtDepthZero(rest)
  // `2026-01-22T02:40Z — ID (label)` / `— seed S1 (initial)`: a short subject, then the step.
  const trailingNote = /^[^\s()]+(?:\s+[^\s()]+){0,3}\s*\(([^()]{1,200})\)\s*[*_]*$/.exec(rest)?.[1]
  if (colon > 0) {
    const label = stripInlineMarkup(rest.slice(0, colon))
    if (label.length > 0 && label.length <= 200) header.label = label
  } else if (trailingNote !== undefined && trailingNote.trim() !== '') {
    header.label = stripInlineMarkup(trailingNote)
  } else if (note !== undefined && note.trim() !== '') {
    header.label = stripInlineMarkup(note)
  }
}

/** Index after the closing `close` of a group opened before `from` (or `from` when absent). */
function closeGroup(text: string, from: number, close: string): number {
  const end = text.indexOf(close, from)
  if (end < 0 || end - from > 80) return from
  return end + 1
}

function matchingParen(text: string, open: number): number {
  let depth = 0
  const limit = Math.min(text.length, open + 400)
  for (let index = open; index < limit; index += 1) {
    const char = text[index]
    if (char === '(') depth += 1
    else if (char === ')') {
      depth -= 1
      if (depth === 0) return index
    }
  }
  return -1
}

function colonAtDepthZero(text: string): number {
  let depth = 0
  const limit = Math.min(text.length, 240)
  for (let index = 0; index < limit; index += 1) {
    const char = text[index]
    if (char === '(' || char === '[') depth += 1
    else if (char === ')' || char === ']') depth = Math.max(0, depth - 1)
    else if (char === ':' && depth === 0) return index
  }
  return -1
}

function skipSpacesAndMarkup(text: string, from: number): number {
  return skipOpeningMarkup(text, from)
}

/** Skips spaces, markup and the separators between header parts: `—`, `–`, `-`, `:`, `|`. */
function skipSeparators(text: string, from: number): number {
  let index = from
  while (index < text.length) {
    const char = text[index]
    if (char === ' ' || char === '\t' || char === '*' || char === '_' || char === ':') index += 1
    else if (char === '—' || char === '–' || char === '-' || char === '|') index += 1
    else break
  }
  return index
}

/**
 * An attempt header written as a heading (`### 2026-01-22T02:40Z — ID (label)`). A heading that is
 * only a date (`## 2025-10-01`) groups what follows by day: it is a section, not an attempt.
 */
export function parseHeadingAttempt(text: string, line = 1, column = 1): AttemptHeader | undefined {
  const header = parseAttemptHeader(text, line, column)
  if (header === undefined) return undefined
  if (header.number === undefined && header.rest === '' && header.label === undefined)
    return undefined
  return header
}
