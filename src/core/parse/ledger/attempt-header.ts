import { isAsciiLetterOrDigit, isDigit, numberAt } from '../../chars.js'
import type { DateMatch } from '../dates.js'
import { dateAt } from '../dates.js'
import { normalizeHyphens, skipOpeningMarkup, stripInlineMarkup } from '../text.js'

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
 * is attempt 2, not a range. Read by hand (every list item is asked) as the regex
 *   /Attempts?\s*#?\s*(\d{1,6})(?:(?:[-–]#?|\s*(?:[-–]|to)\s*#)(\d{1,6})(?![\d-]))?/iy
 * matches at `from`: each optional part is taken greedily or not at all.
 */
function readAttemptWord(text: string, from: number): AttemptWord | undefined {
  if (!startsWithLetters(text, from, 'attempt')) return undefined
  let index = from + 'attempt'.length
  if ((text.charCodeAt(index) | 0x20) === 0x73 /* s */) index += 1
  index = skipRegexSpaces(text, index)
  if (text.charCodeAt(index) === HASH) index += 1
  index = skipRegexSpaces(text, index)
  const digits = digitRun(text, index)
  if (digits === 0) return undefined
  const word: AttemptWord = { number: numberAt(text, index, digits), end: index + digits }
  const endNumber = rangeEndAt(text, word.end)
  if (endNumber >= 0) {
    const endDigits = digitRun(text, endNumber)
    word.numberEnd = numberAt(text, endNumber, endDigits)
    word.end = endNumber + endDigits
  }
  return word
}

interface AttemptWord {
  number: number
  numberEnd?: number
  /** Index just after the match. */
  end: number
}

const HASH = 0x23

/** Where the end number of a range after `from` starts (`–#183`, ` to #183`), or -1. */
function rangeEndAt(text: string, from: number): number {
  const code = text.charCodeAt(from)
  if (isDash(code)) {
    const number = text.charCodeAt(from + 1) === HASH ? from + 2 : from + 1
    if (endsRange(text, number)) return number
  }
  const spaced = skipRegexSpaces(text, from)
  let index = spaced
  if (isDash(text.charCodeAt(index))) index += 1
  else if (startsWithLetters(text, index, 'to')) index += 2
  else return -1
  index = skipRegexSpaces(text, index)
  if (text.charCodeAt(index) !== HASH) return -1
  return endsRange(text, index + 1) ? index + 1 : -1
}

/** 1–6 digits at `from` not followed by another digit or a `-` (a date, not a range end). */
function endsRange(text: string, from: number): boolean {
  const digits = digitRun(text, from)
  if (digits === 0) return false
  const after = text.charCodeAt(from + digits)
  return !isDigit(after) && after !== 0x2d
}

/** Length of the run of digits at `from`, at most 6. */
function digitRun(text: string, from: number): number {
  let length = 0
  while (length < 6 && isDigit(text.charCodeAt(from + length))) length += 1
  return length
}

/** `-` or `–`. */
function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013
}

/** Whether `letters` (lower case) are at `from`, ignoring ASCII case. */
function startsWithLetters(text: string, from: number, letters: string): boolean {
  for (let index = 0; index < letters.length; index += 1) {
    if ((text.charCodeAt(from + index) | 0x20) !== letters.charCodeAt(index)) return false
  }
  return true
}

/** Skips what a regex `\s` matches. */
function skipRegexSpaces(text: string, from: number): number {
  let index = from
  while (index < text.length && isRegexSpace(text.charCodeAt(index))) index += 1
  return index
}

function isRegexSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Parses an attempt header; undefined when the text starts with neither a date nor `Attempt #N`.
 * Without `withLabel`, `rest`, `label` and `leadingId` are left empty: a list attempt's header is
 * read for its date and number, and its label is read again only when asked for.
 */
export function parseAttemptHeader(
  text: string,
  line = 1,
  column = 1,
  withLabel = true
): AttemptHeader | undefined {
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
  const numbered = readAttemptWord(text, index)
  if (numbered !== undefined) {
    header.number = numbered.number
    if (numbered.numberEnd !== undefined) header.numberEnd = numbered.numberEnd
    const hash = text.indexOf('#', index)
    header.numberStart = hash >= 0 ? hash : index
    header.numberStop = numbered.end
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
  if (date === undefined && numbered === undefined) return undefined
  if (date !== undefined) header.date = date
  if (withLabel) readLabel(text, index, header)
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
  const id = leadingIdOf(rest)
  if (id !== undefined) header.leadingId = normalizeHyphens(id)
  const colon = colonAtDepthZero(rest)
  if (colon > 0) {
    const label = stripInlineMarkup(rest.slice(0, colon))
    if (label.length > 0 && label.length <= 200) header.label = label
    return
  }
  // `2026-01-22T02:40Z — ID (label)` / `— seed S1 (initial)`: a short subject, then the step.
  const trailingNote = TRAILING_NOTE.exec(rest)?.[1]
  if (trailingNote !== undefined && trailingNote.trim() !== '') {
    header.label = stripInlineMarkup(trailingNote)
  } else if (note !== undefined && note.trim() !== '') {
    header.label = stripInlineMarkup(note)
  }
}

const TRAILING_NOTE = /^[^\s()]+(?:\s+[^\s()]+){0,3}\s*\(([^()]{1,200})\)\s*[*_]*$/

/**
 * The id a heading-style header starts with (`PERF-1`, `SYN.2`): a capital, letters and digits,
 * more runs after `-`, `_`, `.` or a look-alike hyphen, and a digit or hyphen somewhere (`Phase`
 * is a word, not an id). A hand scan instead of a regex: every header is read, most start with
 * no id.
 */
function leadingIdOf(rest: string): string | undefined {
  if (!isUpper(rest.charCodeAt(0))) return undefined
  let end = 1
  let marked = false
  for (;;) {
    while (end < rest.length && isAsciiLetterOrDigit(rest.charCodeAt(end))) {
      if (isDigit(rest.charCodeAt(end))) marked = true
      end += 1
    }
    const separator = rest.charCodeAt(end)
    if (!isIdSeparator(separator) || !isAsciiLetterOrDigit(rest.charCodeAt(end + 1))) break
    if (separator !== 0x5f && separator !== 0x2e) marked = true
    end += 1
  }
  return marked ? rest.slice(0, end) : undefined
}

/** `-`, `_`, `.` and the look-alike hyphens U+2010–U+2013. */
function isIdSeparator(code: number): boolean {
  return code === 0x2d || code === 0x5f || code === 0x2e || (code >= 0x2010 && code <= 0x2013)
}

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}

/** Index after the closing `close` of a group opened before `from` (or `from` when absent). */
function closeGroup(text: string, from: number, close: string): number {
  // Only a close within 80 characters counts: no need to look further.
  const code = close.charCodeAt(0)
  const limit = Math.min(text.length, from + 81)
  for (let index = from; index < limit; index += 1) {
    if (text.charCodeAt(index) === code) return index + 1
  }
  return from
}

function matchingParen(text: string, open: number): number {
  let depth = 0
  const limit = Math.min(text.length, open + 400)
  for (let index = open; index < limit; index += 1) {
    const code = text.charCodeAt(index)
    if (code === 0x28 /* ( */) depth += 1
    else if (code === 0x29 /* ) */) {
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
    const code = text.charCodeAt(index)
    if (code === 0x28 /* ( */ || code === 0x5b /* [ */) depth += 1
    else if (code === 0x29 /* ) */ || code === 0x5d /* ] */) depth = Math.max(0, depth - 1)
    else if (code === 0x3a /* : */ && depth === 0) return index
  }
  return -1
}

function skipSpacesAndMarkup(text: string, from: number): number {
  return skipOpeningMarkup(text, from)
}

/** Skips spaces, markup and the separators between header parts: `—`, `–`, `-`, `:`, `|`. */
function skipSeparators(text: string, from: number): number {
  let index = from
  while (index < text.length && isSeparator(text.charCodeAt(index))) index += 1
  return index
}

/** Space, tab, `*`, `_`, `:`, `—`, `–`, `-`, `|`. */
function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x2a ||
    code === 0x5f ||
    code === 0x3a ||
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2d ||
    code === 0x7c
  )
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
