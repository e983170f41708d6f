import type { Attempt, DateValue, LedgerEntry } from '../../model.js'
import { attemptLine } from '../../parse/ledger/attempts.js'
import { dayOf } from './ledger-dates.js'

export type Dated = Attempt & { date: DateValue }

/**
 * What the attempt rules need to know of one entry's attempts, read in one pass shared by them
 * (no-future-dates, last-updated-current, attempt-date-order, attempt-misfiled): a history may
 * hold 100,000 attempts, and most entries have nothing to report, which this tells at once.
 */
export interface AttemptScan {
  /** Attempts dated after the limit, in document order. */
  future: readonly Dated[]
  /** Dated attempts of the Attempts History not dated after the limit, in document order. */
  dated: readonly Dated[]
  /** Along `dated`: no date is before the one above it (compareDates <= 0)… */
  datesUp: boolean
  /** …no date is after the one above it. */
  datesDown: boolean
  /** Along `dated`, inferOrderOf's counts: adjacent numbered attempts going up and down… */
  numbers: Steps
  /** …and adjacent dates going up and down. */
  dates: Steps
  /** How many of `dated` have a number. */
  numberedDated: number
  /** The first attempt with the latest date not after the limit (history or not). */
  newest: Dated | undefined
  /** Whether every date not after the limit has a finite time. */
  finite: boolean
  /** Whether some attempt sits outside the history, names an entry, or starts outside the entry. */
  unusual: boolean
}

/** Adjacent keys going up and down (see inferOrderOf). */
export interface Steps {
  up: number
  down: number
}

/**
 * The scan of an entry's attempts against a "future" limit, read once per entry and limit. The
 * rules of a run share one limit (see futureLimitMs), so only the last one is kept per entry.
 */
export function attemptScan(entry: LedgerEntry, limitMs: number): AttemptScan {
  const cached = scansByEntry.get(entry)
  if (cached !== undefined && Object.is(cached.limitMs, limitMs)) return cached.scan
  const scan = scanAttempts(entry, limitMs)
  scansByEntry.set(entry, { limitMs, scan })
  return scan
}

const scansByEntry = new WeakMap<LedgerEntry, { limitMs: number; scan: AttemptScan }>()

/** The numbered attempts of an entry's Attempts History, what numberedHistory starts from. */
export interface NumberedAttempts {
  /** In document order. */
  numbered: readonly Attempt[]
  /** inferOrderOf's counts over their numbers. */
  steps: Steps
  /** Whether each starts after the one above it ends (read down the document)… */
  forward: boolean
  /** …and read up the document. */
  backward: boolean
}

/**
 * The numbered attempts of an entry, once per entry: read by attemptScan's pass (rules asking for
 * them ask for the scan first), else by a pass of their own, the same reading as the scan's.
 */
export function numberedAttempts(entry: LedgerEntry): NumberedAttempts {
  let numbered = numberedByEntry.get(entry)
  if (numbered === undefined) {
    numbered = readNumbered(entry.attempts)
    numberedByEntry.set(entry, numbered)
  }
  return numbered
}

function readNumbered(attempts: readonly Attempt[]): NumberedAttempts {
  const reader = new NumberedReader()
  for (let i = 0; i < attempts.length; i++) reader.read(attempts[i] as Attempt)
  return reader.result()
}

/** Reads the numbered history attempts one attempt at a time, so the scan's pass can do it too. */
class NumberedReader {
  private readonly numbered: Attempt[] = []
  private readonly steps: Steps = { up: 0, down: 0 }
  private forward = true
  private backward = true
  private aboveNumber = NaN
  private aboveLastNumber = NaN

  read(attempt: Attempt): void {
    const { number } = attempt
    if (number === undefined || !attempt.inHistory) return
    const endNumber = attempt.numberEnd ?? number
    if (this.numbered.length > 0) {
      if (number > this.aboveNumber) this.steps.up++
      else if (number < this.aboveNumber) this.steps.down++
      if (!(number > this.aboveLastNumber)) this.forward = false
      if (!(this.aboveNumber > endNumber)) this.backward = false
    }
    this.numbered.push(attempt)
    this.aboveNumber = number
    this.aboveLastNumber = endNumber
  }

  /** Shared by every rule that asks (numberedHistory may hand `numbered` on as it is): frozen. */
  result(): NumberedAttempts {
    const { numbered, steps, forward, backward } = this
    return { numbered: Object.freeze(numbered), steps, forward, backward }
  }
}

const numberedByEntry = new WeakMap<LedgerEntry, NumberedAttempts>()

const NONE: readonly Dated[] = Object.freeze([])

function scanAttempts(entry: LedgerEntry, limitMs: number): AttemptScan {
  const { attempts } = entry
  const firstLine = entry.range.line
  const lastLine = entry.range.endLine
  // isAfterInstant's limit at each precision, worked out once.
  const limitDay = dayOf(limitMs)
  const minute = Math.floor(limitMs / 60_000) * 60_000
  const second = Math.floor(limitMs / 1000) * 1000
  let future: Dated[] | undefined
  const dated: Dated[] = []
  // inferOrderOf's counts, inline: this loop runs once per attempt of the corpus.
  const numbers: Steps = { up: 0, down: 0 }
  const dates: Steps = { up: 0, down: 0 }
  let datedNumber: number | undefined
  let datesUp = true
  let datesDown = true
  let numberedDated = 0
  let newest: Dated | undefined
  let finite = true
  let unusual = false
  // The attempt above in `dated`: its time, and its UTC day when either is date-only.
  let aboveMs = NaN
  let aboveIsDay = false
  let newestMs = NaN
  // The numbered attempts of the history too, in the same pass.
  const numbered = new NumberedReader()
  for (let i = 0; i < attempts.length; i++) {
    const attempt = attempts[i] as Attempt
    const { inHistory, number } = attempt
    numbered.read(attempt)
    if (!unusual) {
      const line = attemptLine(attempt)
      unusual =
        !inHistory || attempt.namedEntryId !== undefined || line < firstLine || line > lastLine
    }
    const { date } = attempt
    if (date === undefined) continue
    const { precision, epochMs } = date
    const isDay = precision === 'day'
    if (isDay ? dayOf(epochMs) > limitDay : epochMs > (precision === 'minute' ? minute : second)) {
      ;(future ??= []).push(attempt as Dated)
      continue
    }
    if (!Number.isFinite(epochMs)) finite = false
    if (newest === undefined || epochMs > newestMs) {
      newest = attempt as Dated
      newestMs = epochMs
    }
    if (!inHistory) continue
    if (dated.length > 0) {
      // compareDates(above, date); the other way round is exactly its negation (NaN stays NaN).
      const step = isDay || aboveIsDay ? dayOf(aboveMs) - dayOf(epochMs) : aboveMs - epochMs
      if (!(step <= 0)) datesUp = false
      if (!(-step <= 0)) datesDown = false
      if (epochMs > aboveMs) dates.up++
      else if (epochMs < aboveMs) dates.down++
    }
    aboveMs = epochMs
    aboveIsDay = isDay
    if (number !== undefined) {
      numberedDated++
      if (datedNumber !== undefined) {
        if (number > datedNumber) numbers.up++
        else if (number < datedNumber) numbers.down++
      }
      datedNumber = number
    }
    dated.push(attempt as Dated)
  }
  if (!numberedByEntry.has(entry)) numberedByEntry.set(entry, numbered.result())
  return {
    future: future ?? NONE,
    dated,
    datesUp,
    datesDown,
    numbers,
    dates,
    numberedDated,
    newest,
    finite,
    unusual
  }
}
