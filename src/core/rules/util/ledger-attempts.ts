import type { Attempt, DateValue, LedgerEntry } from '../../model.js'
import { numberedAttempts } from './attempt-scan.js'
import { bestOf, ChainIndex } from './chain-index.js'
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
  return inferOrderOf(keys, (key) => key)
}

/** inferOrder over the keys of the items that have one (no array of keys is built). */
export function inferOrderOf<T>(
  items: readonly T[],
  keyOf: (item: T) => number | undefined
): AttemptOrder {
  let up = 0
  let down = 0
  let previous: number | undefined
  for (const item of items) {
    const current = keyOf(item)
    if (current === undefined) continue
    if (previous !== undefined) {
      if (current > previous) up++
      else if (current < previous) down++
    }
    previous = current
  }
  return down > up ? 'prepend' : 'append'
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
  const length = new Int32Array(items.length)
  const previous = new Int32Array(items.length)
  for (let i = 0; i < items.length; i++) {
    let best = 1
    let from = -1
    for (let j = 0; j < i; j++) {
      const candidate = (length[j] as number) + 1
      if (candidate > best && mayFollow(items[j] as T, items[i] as T)) {
        best = candidate
        from = j
      }
    }
    length[i] = best
    previous[i] = from
  }
  const kept = new Set<number>()
  const flags = chainEnding(length, previous)
  flags.forEach((flag, index) => {
    if (flag === 1) kept.add(index)
  })
  return kept
}

/** Flags (1 = in the chain) of the chain through `previous` links ending at the first longest. */
function chainEnding(length: Int32Array, previous: Int32Array): Uint8Array {
  let end = -1
  let longest = 0
  for (let index = 0; index < length.length; index++) {
    if ((length[index] as number) > longest) {
      longest = length[index] as number
      end = index
    }
  }
  const kept = new Uint8Array(length.length)
  for (let i = end; i >= 0; i = previous[i] as number) kept[i] = 1
  return kept
}

/** Indices, ascending, whose flag is 0. */
function unflagged(kept: Uint8Array): number[] {
  const out: number[] = []
  for (let index = 0; index < kept.length; index++) if (kept[index] === 0) out.push(index)
  return out
}

/** Indices, ascending, of `count` items outside the set `kept`. */
function outside(kept: ReadonlySet<number>, count: number): number[] {
  const out: number[] = []
  for (let index = 0; index < count; index++) if (!kept.has(index)) out.push(index)
  return out
}

const lastNumberOf = (attempt: Attempt): number => attempt.numberEnd ?? (attempt.number as number)

/** The numbered attempts of one entry's history in time order, and which sit out of sequence. */
export interface NumberedHistory {
  /** Which way the history is written (the setting, or the inferred order for `auto`). */
  direction: AttemptOrder
  /** The numbered attempts inside the Attempts History, oldest first. */
  oldestFirst: readonly Attempt[]
  /** Indices into `oldestFirst`, ascending, of the attempts outside the longest increasing run. */
  leftOut: readonly number[]
}

/**
 * The numbered history of an entry under an order setting. Worked out once per entry and
 * setting: attempt-number-sequence reports it and attempt-date-order leaves its misplaced
 * attempts alone, over histories of up to 100,000 attempts. The model is read-only, so the
 * entry object identifies the result.
 */
export function numberedHistory(entry: LedgerEntry, setting: AttemptOrderSetting): NumberedHistory {
  let byEntry = historiesBySetting.get(setting)
  if (byEntry === undefined) {
    byEntry = new WeakMap()
    historiesBySetting.set(setting, byEntry)
  }
  let history = byEntry.get(entry)
  if (history === undefined) {
    history = readNumberedHistory(entry, setting)
    byEntry.set(entry, history)
  }
  return history
}

const historiesBySetting = new Map<AttemptOrderSetting, WeakMap<LedgerEntry, NumberedHistory>>()

function readNumberedHistory(entry: LedgerEntry, setting: AttemptOrderSetting): NumberedHistory {
  const { numbered, steps, forward, backward } = numberedAttempts(entry)
  const direction = setting === 'auto' ? (steps.down > steps.up ? 'prepend' : 'append') : setting
  const oldestFirst = direction === 'prepend' ? [...numbered].reverse() : numbered
  // Read in time order, each starts after the one before ends: none is out of sequence.
  const increasing = direction === 'prepend' ? backward : forward
  const leftOut = oldestFirst.length < 2 || increasing ? [] : leftOutByNumber(oldestFirst)
  return { direction, oldestFirst, leftOut }
}

/**
 * The numbered attempts that sit out of numeric sequence (or repeat a number) in their history:
 * those attempt-number-sequence reports. Other rules leave them alone, since their position is
 * the problem and judging their dates where they stand would report the same mistake twice.
 */
export function misplacedByNumber(
  entry: LedgerEntry,
  setting: AttemptOrderSetting
): ReadonlySet<Attempt> {
  const { oldestFirst, leftOut } = numberedHistory(entry, setting)
  if (leftOut.length === 0) return NO_ATTEMPTS
  return new Set(leftOut.map((index) => oldestFirst[index] as Attempt))
}

const NO_ATTEMPTS: ReadonlySet<Attempt> = new Set()

/** Flags over `count` items: 1 for kept, 0 for the ascending indices `leftOut`. */
export function keptFlags(count: number, leftOut: readonly number[]): Uint8Array {
  const kept = new Uint8Array(count).fill(1)
  for (const index of leftOut) kept[index] = 0
  return kept
}

/** For each index, the nearest kept index before and after it (-1 for none), one pass each way. */
export function nearestKept(kept: Uint8Array): { before: Int32Array; after: Int32Array } {
  const before = new Int32Array(kept.length)
  const after = new Int32Array(kept.length)
  let last = -1
  for (let index = 0; index < kept.length; index++) {
    before[index] = last
    if (kept[index] === 1) last = index
  }
  last = -1
  for (let index = kept.length - 1; index >= 0; index--) {
    after[index] = last
    if (kept[index] === 1) last = index
  }
  return { before, after }
}

/**
 * longestChain in O(n log n): `best(i)` is the best chain end among items before `i` that item
 * `i` may follow (see ChainIndex), `record(i)` files item `i`, whose chain length is then set
 * in `lengths`, for the items after it. Returns the indices left out of the chain.
 */
function indexedChain(
  lengths: Int32Array,
  best: (item: number) => number,
  record: (item: number) => void
): number[] {
  const previous = new Int32Array(lengths.length)
  for (let i = 0; i < lengths.length; i++) {
    const before = best(i)
    lengths[i] = before < 0 ? 1 : (lengths[before] as number) + 1
    previous[i] = before
    record(i)
  }
  return unflagged(chainEnding(lengths, previous))
}

/**
 * Indices, ascending, of the oldest-first attempts outside the longest run whose numbers (and
 * ranges) increase: the complement of longestChain's choice.
 */
export function leftOutByNumber(oldestFirst: readonly Attempt[]): number[] {
  const count = oldestFirst.length
  // Every attempt may follow the one before it: the whole history is the one longest chain.
  let increasing = true
  for (let i = 1; i < count && increasing; i++) {
    increasing =
      ((oldestFirst[i] as Attempt).number as number) > lastNumberOf(oldestFirst[i - 1] as Attempt)
  }
  if (increasing) return []
  const first = new Float64Array(count)
  const last = new Float64Array(count)
  let finite = true
  for (let i = 0; i < count; i++) {
    const attempt = oldestFirst[i] as Attempt
    first[i] = attempt.number as number
    last[i] = lastNumberOf(attempt)
    if (!Number.isFinite(first[i]) || !Number.isFinite(last[i])) finite = false
  }
  // Histories run to thousands of attempts: the quadratic scan only for keys it cannot index.
  if (!finite) {
    const kept = longestChain(
      oldestFirst,
      (earlier, later) => (later.number as number) > lastNumberOf(earlier)
    )
    return outside(kept, count)
  }
  const lengths = new Int32Array(count)
  const index = new ChainIndex(last, lengths)
  return indexedChain(
    lengths,
    (i) => index.best(first[i] as number, true),
    (i) => index.insert(last[i] as number, i)
  )
}

/**
 * Indices, ascending, of the oldest-first dates outside the longest run that never goes
 * backwards (compareDates <= 0). A date-only value compares by its day with anything, two
 * instants by their time, so three indexes answer "best earlier chain": every item by day,
 * date-only items by day, instants by time.
 */
export function leftOutByDate(oldestFirst: readonly { date: DateValue }[]): number[] {
  const count = oldestFirst.length
  let ordered = true
  let finite = true
  for (let i = 0; i < count; i++) {
    const date = (oldestFirst[i] as { date: DateValue }).date
    if (!Number.isFinite(date.epochMs)) finite = false
    if (i > 0 && !(compareDates((oldestFirst[i - 1] as { date: DateValue }).date, date) <= 0))
      ordered = false
  }
  // No date goes backwards: the whole history is the one longest chain.
  if (ordered) return []
  if (!finite) {
    const kept = longestChain(oldestFirst, (a, b) => compareDates(a.date, b.date) <= 0)
    return outside(kept, count)
  }
  const days = new Float64Array(count)
  const isDay = new Uint8Array(count)
  const dayOnlyKeys: number[] = []
  const instantKeys: number[] = []
  for (let i = 0; i < count; i++) {
    const date = (oldestFirst[i] as { date: DateValue }).date
    days[i] = dayOf(date.epochMs)
    if (date.precision === 'day') {
      isDay[i] = 1
      dayOnlyKeys.push(days[i] as number)
    } else instantKeys.push(date.epochMs)
  }
  const epochOf = (i: number): number => (oldestFirst[i] as { date: DateValue }).date.epochMs
  const lengths = new Int32Array(count)
  const byDay = new ChainIndex(days, lengths)
  const dayOnly = new ChainIndex(dayOnlyKeys, lengths)
  const instants = new ChainIndex(instantKeys, lengths)
  return indexedChain(
    lengths,
    (i) => {
      const day = days[i] as number
      if (isDay[i] === 1) return byDay.best(day, false)
      return bestOf(lengths, dayOnly.best(day, false), instants.best(epochOf(i), false))
    },
    (i) => {
      byDay.insert(days[i] as number, i)
      if (isDay[i] === 1) dayOnly.insert(days[i] as number, i)
      else instants.insert(epochOf(i), i)
    }
  )
}
