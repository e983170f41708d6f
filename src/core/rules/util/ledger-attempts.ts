import type { Attempt, DateValue, LedgerEntry } from '../../model.js'
import { bestOf, ChainIndex, type ChainEnd } from './chain-index.js'
import { compareDates, dayOf } from './ledger-dates.js'

export type AttemptOrder = 'append' | 'prepend'
export type AttemptOrderSetting = AttemptOrder | 'auto'

/**
 * A line-independent name for an attempt within its entry, used in finding entities:
 * `attempt-4`, `attempt-176-183`, `attempt-2026-01-22T02:40Z` (with `~2`, `~3` for repeats of
 * the same date), or `attempt-at-7` (its position) when it has neither number nor date.
 */
export function attemptKeys(entry: LedgerEntry): ReadonlyMap<Attempt, string> {
  // Five rules ask for the keys of every entry; a history may hold 100,000 attempts.
  let keys = keysByEntry.get(entry)
  if (keys === undefined) {
    keys = readAttemptKeys(entry)
    keysByEntry.set(entry, keys)
  }
  return keys
}

const keysByEntry = new WeakMap<LedgerEntry, ReadonlyMap<Attempt, string>>()

function readAttemptKeys(entry: LedgerEntry): Map<Attempt, string> {
  const keys = new Map<Attempt, string>()
  const seen = new Map<string, number>()
  entry.attempts.forEach((attempt, index) => {
    let base: string
    if (attempt.number !== undefined) {
      base =
        attempt.numberEnd !== undefined && attempt.numberEnd !== attempt.number
          ? `attempt-${attempt.number}-${attempt.numberEnd}`
          : `attempt-${attempt.number}`
    } else if (attempt.date) base = `attempt-${attempt.date.raw.trim().replace(/\s+/g, '_')}`
    else base = `attempt-at-${index + 1}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    keys.set(attempt, count > 1 ? `${base}~${count}` : base)
  })
  return keys
}

/** How a person would point at the attempt: `Attempt #4`, `Attempts #176–#183`, `the attempt dated 2025-10-17`. */
export function describeAttempt(attempt: Attempt): string {
  if (attempt.number !== undefined) {
    if (attempt.numberEnd !== undefined && attempt.numberEnd !== attempt.number)
      return `Attempts #${attempt.number}–#${attempt.numberEnd}`
    return `Attempt #${attempt.number}`
  }
  if (attempt.date) return `the attempt dated ${attempt.date.raw}`
  return `the attempt at line ${attempt.headerRange.line}`
}

/**
 * The attempt as the subject of a sentence about its date: `Attempt #4 of entry [X]`, or
 * `An attempt of entry [X]` when it has no number (the date follows in the sentence).
 */
export function attemptSubject(attempt: Attempt, entry: LedgerEntry): string {
  const owner = entry.level === 0 ? '' : ` of entry [${entry.id}]`
  if (attempt.number !== undefined) return `${describeAttemptStart(attempt)}${owner}`
  return `An attempt${owner}`
}

/** Same as describeAttempt, capitalised for the start of a sentence. */
export function describeAttemptStart(attempt: Attempt): string {
  const text = describeAttempt(attempt)
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Which way a history runs. `auto` takes the majority direction of adjacent pairs of the given
 * sort keys (attempt numbers, or dates); a tie or no evidence means `append`.
 */
export function inferOrder(keys: readonly number[]): AttemptOrder {
  let up = 0
  let down = 0
  for (let i = 1; i < keys.length; i++) {
    const previous = keys[i - 1] as number
    const current = keys[i] as number
    if (current > previous) up++
    else if (current < previous) down++
  }
  return down > up ? 'prepend' : 'append'
}

/** Items in oldest-first order, given the order the document writes them in. */
export function chronological<T>(items: readonly T[], order: AttemptOrder): T[] {
  return order === 'prepend' ? [...items].reverse() : [...items]
}

/**
 * Indices (into `items`) of a longest chain in which every item may follow the one before it.
 * Among chains of equal length it keeps earlier items, so of two attempts sharing a number the
 * later one is the one left out. Everything left out is what a person would call misplaced:
 * one misplaced item leaves out exactly one item, never the run that follows it.
 */
export function longestChain<T>(
  items: readonly T[],
  mayFollow: (earlier: T, later: T) => boolean
): Set<number> {
  const length: number[] = []
  const previous: number[] = []
  for (let i = 0; i < items.length; i++) {
    let best = 1
    let from = -1
    for (let j = 0; j < i; j++) {
      const candidate = (length[j] ?? 0) + 1
      if (candidate > best && mayFollow(items[j] as T, items[i] as T)) {
        best = candidate
        from = j
      }
    }
    length.push(best)
    previous.push(from)
  }
  return chainEnding(length, previous)
}

/** The chain through `previous` links ending at the first item of greatest `length`. */
function chainEnding(length: readonly number[], previous: readonly number[]): Set<number> {
  let end = -1
  let longest = 0
  length.forEach((value, index) => {
    if (value > longest) {
      longest = value
      end = index
    }
  })
  const kept = new Set<number>()
  for (let i = end; i >= 0; i = previous[i] ?? -1) kept.add(i)
  return kept
}

const lastNumberOf = (attempt: Attempt): number => attempt.numberEnd ?? (attempt.number as number)

/**
 * The numbered attempts that sit out of numeric sequence (or repeat a number) in their history:
 * those attempt-number-sequence reports. Other rules leave them alone, since their position is
 * the problem and judging their dates where they stand would report the same mistake twice.
 */
export function misplacedByNumber(entry: LedgerEntry, setting: AttemptOrderSetting): Set<Attempt> {
  const numbered = entry.attempts.filter((a) => a.number !== undefined && a.inHistory)
  if (numbered.length < 2) return new Set()
  const direction =
    setting === 'auto' ? inferOrder(numbered.map((a) => a.number as number)) : setting
  const oldestFirst = chronological(numbered, direction)
  const kept = keptByNumber(oldestFirst)
  return new Set(oldestFirst.filter((_, index) => !kept.has(index)))
}

/**
 * longestChain in O(n log n): `best(i)` is the best chain among items before `i` that item `i`
 * may follow (see ChainIndex), `record(i, length)` files item `i` for the items after it.
 */
function indexedChain(
  count: number,
  best: (item: number) => ChainEnd,
  record: (item: number, length: number) => void
): Set<number> {
  const length: number[] = []
  const previous: number[] = []
  for (let i = 0; i < count; i++) {
    const before = best(i)
    length.push(before.length + 1)
    previous.push(before.item)
    record(i, before.length + 1)
  }
  return chainEnding(length, previous)
}

/** Indices of the longest run of oldest-first attempts whose numbers (and ranges) increase. */
export function keptByNumber(oldestFirst: readonly Attempt[]): Set<number> {
  const first = oldestFirst.map((attempt) => attempt.number as number)
  const last = oldestFirst.map(lastNumberOf)
  // Histories run to thousands of attempts: the quadratic scan only for keys it cannot index.
  if (!first.every(Number.isFinite) || !last.every(Number.isFinite)) {
    return longestChain(
      oldestFirst,
      (earlier, later) => (later.number as number) > lastNumberOf(earlier)
    )
  }
  const index = new ChainIndex(last)
  return indexedChain(
    oldestFirst.length,
    (i) => index.best(first[i] as number, true),
    (i, length) => index.insert(last[i] as number, length, i)
  )
}

/**
 * Indices of the longest run of oldest-first dates that never go backwards (compareDates <= 0).
 * A date-only value compares by its day with anything, two instants by their time, so three
 * indexes answer "best earlier chain": every item by day, date-only items by day, instants by time.
 */
export function keptByDate(oldestFirst: readonly { date: DateValue }[]): Set<number> {
  const dates = oldestFirst.map((attempt) => attempt.date)
  if (!dates.every((date) => Number.isFinite(date.epochMs))) {
    return longestChain(oldestFirst, (a, b) => compareDates(a.date, b.date) <= 0)
  }
  const days = dates.map((date) => dayOf(date.epochMs))
  const isDay = dates.map((date) => date.precision === 'day')
  const byDay = new ChainIndex(days)
  const dayOnly = new ChainIndex(days.filter((_, i) => isDay[i]))
  const instants = new ChainIndex(dates.filter((_, i) => !isDay[i]).map((date) => date.epochMs))
  return indexedChain(
    dates.length,
    (i) => {
      const day = days[i] as number
      if (isDay[i]) return byDay.best(day, false)
      return bestOf(dayOnly.best(day, false), instants.best((dates[i] as DateValue).epochMs, false))
    },
    (i, length) => {
      byDay.insert(days[i] as number, length, i)
      if (isDay[i]) dayOnly.insert(days[i] as number, length, i)
      else instants.insert((dates[i] as DateValue).epochMs, length, i)
    }
  )
}
