import { isAsciiLetterOrDigit, isDigit, numberAt } from '../chars.js'
import type { DateValue, Range } from '../model.js'

/**
 * Dates and instants as planning documents write them:
 *   2025-10-17 · 2025-10-17T02:50Z · 2026-01-22T02:40:00Z · 2025-09-30 06:00 UTC
 *   2025-10-17T025000Z (extended date, basic time) · 20251008T215755Z (ISO-8601 basic)
 *   2025-10-17T02:50:00+02:00 · 2025-10-17T02:50-0700
 * A time without a zone is read as UTC. Invalid calendar dates (2025-02-30, month 13) give
 * undefined so the caller can report them.
 */

/*
 * The extended form is read by hand (readExtended); it is what this regex matches:
 *   (\d{4})-(\d{2})-(\d{2})(?:(?:T| (?=\d{2}:\d{2}))(\d{2}):?(\d{2})(?::?(\d{2})(?:\.(\d{1,9}))?)?
 *   (Z|[+-]\d{2}(?::?\d{2})?| ?UTC)?)?
 * Every quantifier is bounded or followed by a fixed token, so matching is linear.
 */
const BASIC =
  /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(?:\.(\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?/y

interface DateParts {
  raw: string
  year: number
  month: number
  day: number
  hour?: number
  minute?: number
  second?: number
  millis: number
  offsetMinutes: number
}

/** Parses a whole string as a date; undefined when it is not exactly one valid date. */
export function parseDate(raw: string, range: Range): DateValue | undefined {
  const text = raw.trim()
  const parts = matchAt(text, 0)
  if (parts === undefined || parts.raw.length !== text.length) return undefined
  return toDateValue(parts, { ...range })
}

/** A date-like token found in text: `date` is undefined when it is not a valid calendar date. */
export interface DateMatch {
  raw: string
  /** Index of the token in the text searched. */
  index: number
  range: Range
  date?: DateValue
}

/**
 * Finds the date-like tokens in a piece of text (one line). `line` and `column` place the text in
 * its file, so each match carries its own range. A token must not be glued to a letter or digit
 * before it (`v12025-01-01` is not a date); what follows may be anything (`2025-10-17T025000Z/`).
 */
export function findDates(text: string, line = 1, column = 1): DateMatch[] {
  const matches: DateMatch[] = []
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (!isDigit(code) || (index > 0 && isAsciiLetterOrDigit(text.charCodeAt(index - 1)))) {
      index += 1
      continue
    }
    const match = dateAt(text, index, line, column)
    if (match === undefined) {
      index = skipDigits(text, index)
      continue
    }
    matches.push(match)
    index += match.raw.length
  }
  return matches
}

/** The date-like token starting exactly at `index` (not glued to a digit after it), if any. */
export function dateAt(text: string, index: number, line = 1, column = 1): DateMatch | undefined {
  const parts = matchAt(text, index)
  if (parts === undefined || isDigit(text.charCodeAt(index + parts.raw.length))) return undefined
  const range: Range = {
    line,
    column: column + index,
    endLine: line,
    endColumn: column + index + parts.raw.length
  }
  const match: DateMatch = { raw: parts.raw, index, range }
  // The match's range is made here and never changed: the date shares it.
  const date = toDateValue(parts, range)
  if (date !== undefined) match.date = date
  return match
}

/** The first valid date in a piece of text, if any. */
export function firstDate(text: string, line = 1, column = 1): DateValue | undefined {
  for (const match of findDates(text, line, column)) {
    if (match.date !== undefined) return match.date
  }
  return undefined
}

function matchAt(text: string, index: number): DateParts | undefined {
  // Both forms start with four digits: most places asked about hold none.
  if (!isDigit(text.charCodeAt(index)) || !isDigit(text.charCodeAt(index + 3))) return undefined
  if (text.charCodeAt(index + 4) === DASH) return readExtended(text, index)
  // Only the basic form has a fifth digit.
  BASIC.lastIndex = index
  const basic = BASIC.exec(text)
  if (basic !== null) return partsOf(basic)
  return undefined
}

const DASH = 0x2d
const COLON = 0x3a

/**
 * What EXTENDED matches at `index`, read by hand (every attempt header holds a date, and the
 * regex's capture array and strings were most of its cost). Each optional part is taken greedily
 * or not at all, as the regex's first match does.
 */
function readExtended(text: string, index: number): DateParts | undefined {
  if (!digitsAt(text, index, 4) || text.charCodeAt(index + 4) !== DASH) return undefined
  if (!digitsAt(text, index + 5, 2) || text.charCodeAt(index + 7) !== DASH) return undefined
  if (!digitsAt(text, index + 8, 2)) return undefined
  const parts: DateParts = {
    raw: '',
    year: numberAt(text, index, 4),
    month: numberAt(text, index + 5, 2),
    day: numberAt(text, index + 8, 2),
    millis: 0,
    offsetMinutes: 0
  }
  const end = readTime(text, index + 10, parts)
  parts.raw = text.slice(index, end)
  return parts
}

/** `T02:50:00.5Z`, ` 06:00 UTC`… after the date at `from`; returns the end of the match. */
function readTime(text: string, from: number, parts: DateParts): number {
  let at = from
  const separator = text.charCodeAt(at)
  const spaced =
    separator === 0x20 && digitsAt(text, at + 1, 2) && text.charCodeAt(at + 3) === COLON
  if (separator !== 0x54 /* T */ && !(spaced && digitsAt(text, at + 4, 2))) return from
  at += 1
  if (!digitsAt(text, at, 2)) return from
  const hour = numberAt(text, at, 2)
  at += 2
  if (text.charCodeAt(at) === COLON) at += 1
  if (!digitsAt(text, at, 2)) return from
  parts.hour = hour
  parts.minute = numberAt(text, at, 2)
  at += 2
  const secondsAt = text.charCodeAt(at) === COLON ? at + 1 : at
  if (digitsAt(text, secondsAt, 2)) {
    parts.second = numberAt(text, secondsAt, 2)
    at = secondsAt + 2
    if (text.charCodeAt(at) === 0x2e /* . */ && isDigit(text.charCodeAt(at + 1))) {
      let fractionEnd = at + 1
      while (fractionEnd < at + 10 && isDigit(text.charCodeAt(fractionEnd))) fractionEnd += 1
      parts.millis = Math.floor(Number(`0.${text.slice(at + 1, fractionEnd)}`) * 1000)
      at = fractionEnd
    }
  }
  return readZone(text, at, parts)
}

/** `Z`, `+02:00`, `-0700`, `+02`, ` UTC`, `UTC` at `from`; returns the end of the match. */
function readZone(text: string, from: number, parts: DateParts): number {
  const code = text.charCodeAt(from)
  if (code === 0x5a /* Z */) return from + 1
  if (code === 0x2b /* + */ || code === DASH) {
    if (!digitsAt(text, from + 1, 2)) return from
    const sign = code === DASH ? -1 : 1
    const hours = numberAt(text, from + 1, 2)
    let end = from + 3
    let minutes = 0
    const minutesAt = text.charCodeAt(end) === COLON ? end + 1 : end
    if (digitsAt(text, minutesAt, 2)) {
      minutes = numberAt(text, minutesAt, 2)
      end = minutesAt + 2
    }
    parts.offsetMinutes = sign * (hours * 60 + minutes)
    return end
  }
  const utcAt = code === 0x20 ? from + 1 : from
  return text.startsWith('UTC', utcAt) ? utcAt + 3 : from
}

function digitsAt(text: string, from: number, count: number): boolean {
  for (let index = from; index < from + count; index += 1) {
    if (!isDigit(text.charCodeAt(index))) return false
  }
  return true
}

function partsOf(match: RegExpExecArray): DateParts {
  const [raw, year, month, day, hour, minute, second, fraction, zone] = match
  const parts: DateParts = {
    raw,
    year: Number(year),
    month: Number(month),
    day: Number(day),
    millis: fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000),
    offsetMinutes: zoneOffset(zone)
  }
  if (hour !== undefined) parts.hour = Number(hour)
  if (minute !== undefined) parts.minute = Number(minute)
  if (second !== undefined) parts.second = Number(second)
  return parts
}

function zoneOffset(zone: string | undefined): number {
  if (zone === undefined) return 0
  const trimmed = zone.trim()
  if (trimmed === 'Z' || trimmed === 'UTC') return 0
  const sign = trimmed.startsWith('-') ? -1 : 1
  const digits = trimmed.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0
  return sign * (hours * 60 + minutes)
}

/** The date the parts name, placed at `range` (the caller's own object, kept as is). */
function toDateValue(parts: DateParts, range: Range): DateValue | undefined {
  const { year, month, day } = parts
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  const hour = parts.hour ?? 0
  const minute = parts.minute ?? 0
  const second = parts.second ?? 0
  if (hour > 24 || minute > 59 || second > 60) return undefined
  if (hour === 24 && (minute > 0 || second > 0)) return undefined
  if (Math.abs(parts.offsetMinutes) > 18 * 60) return undefined
  const utc =
    utcMillis(year, month, day) + ((hour * 60 + minute) * 60 + Math.min(second, 59)) * 1000
  const instant = utc + parts.millis
  const precision =
    parts.second !== undefined ? 'second' : parts.hour !== undefined ? 'minute' : 'day'
  return {
    raw: parts.raw,
    epochMs: instant - parts.offsetMinutes * 60_000,
    precision,
    range
  }
}

/**
 * What Date.UTC(year, month - 1, day) gives for a valid day, by arithmetic: Date.UTC is a runtime
 * call, and every attempt header holds a date. Years 0–99 are read as 1900–1999, as Date.UTC does.
 */
function utcMillis(year: number, month: number, day: number): number {
  const fullYear = year >= 0 && year <= 99 ? 1900 + year : year
  // Days from 1970-01-01 in the proleptic Gregorian calendar, counting years from March.
  const marchYear = month <= 2 ? fullYear - 1 : fullYear
  const era = Math.floor(marchYear / 400)
  const yearOfEra = marchYear - era * 400
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return (era * 146_097 + dayOfEra - 719_468) * 86_400_000
}

/** Days of a month as Date.UTC counts them (years 0–99 are read as 1900–1999). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  const fullYear = year >= 0 && year <= 99 ? 1900 + year : year
  const leap = fullYear % 4 === 0 && (fullYear % 100 !== 0 || fullYear % 400 === 0)
  return leap ? 29 : 28
}

function skipDigits(text: string, from: number): number {
  let index = from
  while (index < text.length && isDigit(text.charCodeAt(index))) index += 1
  return index
}
