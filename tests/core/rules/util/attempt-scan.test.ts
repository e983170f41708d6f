import { describe, expect, it } from '@jest/globals'
import type { Attempt, DateValue, LedgerEntry } from '../../../../src/core/model.js'
import {
  attemptScan,
  numberedAttempts,
  type Dated
} from '../../../../src/core/rules/util/attempt-scan.js'
import {
  inferOrderOf,
  leftOutByNumber,
  numberedHistory
} from '../../../../src/core/rules/util/ledger-attempts.js'
import { isAfterInstant } from '../../../../src/core/rules/util/ledger-dates.js'

/** A small deterministic generator (the same cases on every run). */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

const DAY = 86_400_000
const BASE = Date.UTC(2025, 9, 10)
const PRECISIONS: DateValue['precision'][] = ['day', 'minute', 'second']

function randomEntry(next: () => number, seedNaN: boolean): LedgerEntry {
  const count = Math.floor(next() * 12)
  const attempts: Attempt[] = []
  for (let i = 0; i < count; i++) {
    const line = 10 + i * 2 + (next() < 0.05 ? 100 : 0)
    const epochMs = seedNaN && next() < 0.1 ? NaN : BASE + Math.floor((next() - 0.5) * 6 * DAY)
    const range = { line, column: 3, endLine: line, endColumn: 10 }
    const date: DateValue | undefined =
      next() < 0.85
        ? {
            raw: 'x',
            epochMs,
            precision: PRECISIONS[Math.floor(next() * 3)] as DateValue['precision'],
            range
          }
        : undefined
    const number = next() < 0.7 ? 1 + Math.floor(next() * 8) : undefined
    const numberEnd =
      number !== undefined && next() < 0.15 ? number + Math.floor(next() * 3) - 1 : undefined
    attempts.push({
      style: 'list',
      ...(number !== undefined ? { number } : {}),
      ...(numberEnd !== undefined ? { numberEnd } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(next() < 0.05 ? { namedEntryId: 'OTHER-1' } : {}),
      inHistory: next() < 0.9,
      text: '',
      artifacts: [],
      headerRange: range,
      range,
      outcome: 'unknown'
    } as unknown as Attempt)
  }
  return {
    id: 'E-1',
    attempts,
    range: { line: 9, column: 1, endLine: 40, endColumn: 1 }
  } as unknown as LedgerEntry
}

describe('attemptScan', () => {
  it('agrees with walking the attempts one rule at a time', () => {
    const next = random(7)
    for (let round = 0; round < 2000; round++) {
      const entry = randomEntry(next, round % 4 === 0)
      const limitMs = BASE + Math.floor((next() - 0.3) * 4 * DAY) + Math.floor(next() * 90_000)
      const scan = attemptScan(entry, limitMs)
      const { attempts } = entry
      const future = attempts.filter((a) => a.date !== undefined && isAfterInstant(a.date, limitMs))
      expect(scan.future).toEqual(future)
      const dated = attempts.filter(
        (a): a is Dated => a.date !== undefined && a.inHistory && !isAfterInstant(a.date, limitMs)
      )
      expect(scan.dated).toEqual(dated)
      // Dates in order along the history read either way (leftOutByDate finds none left out).
      expect(scan.datesUp).toBe(isOrdered(dated))
      expect(scan.datesDown).toBe(isOrdered([...dated].reverse()))
      expect(inferOrderOf(dated, (a) => a.number)).toBe(
        scan.numbers.down > scan.numbers.up ? 'prepend' : 'append'
      )
      expect(inferOrderOf(dated, (a) => a.date.epochMs)).toBe(
        scan.dates.down > scan.dates.up ? 'prepend' : 'append'
      )
      expect(scan.numberedDated).toBe(dated.filter((a) => a.number !== undefined).length)
      let newest: Attempt | undefined
      for (const attempt of attempts) {
        const date = attempt.date
        if (!date || isAfterInstant(date, limitMs)) continue
        if (!newest || date.epochMs > (newest.date as DateValue).epochMs) newest = attempt
      }
      expect(scan.newest).toBe(newest)
      const unusual = attempts.some(
        (a) =>
          !a.inHistory ||
          a.namedEntryId !== undefined ||
          a.headerRange.line < entry.range.line ||
          a.headerRange.line > entry.range.endLine
      )
      expect(scan.unusual).toBe(unusual)
      // The same object for the same entry and limit.
      expect(attemptScan(entry, limitMs)).toBe(scan)
      // The numbered attempts the scan read on the way, as their own pass reads them.
      const numbered = attempts.filter((a) => a.number !== undefined && a.inHistory)
      const facts = numberedAttempts(entry)
      expect(facts.numbered).toEqual(numbered)
      const alone = numberedAttempts({ ...entry } as LedgerEntry)
      expect(alone).toEqual(facts)
      for (const setting of ['append', 'prepend', 'auto'] as const) {
        const direction = setting === 'auto' ? inferOrderOf(numbered, (a) => a.number) : setting
        const oldestFirst = direction === 'prepend' ? [...numbered].reverse() : numbered
        const history = numberedHistory(entry, setting)
        expect(history.direction).toBe(direction)
        expect(history.oldestFirst).toEqual(oldestFirst)
        expect(history.leftOut).toEqual(oldestFirst.length < 2 ? [] : leftOutByNumber(oldestFirst))
      }
    }
  })
})

/** leftOutByDate's own test of a history in order: no date before the one above it. */
function isOrdered(dated: readonly Dated[]): boolean {
  for (let i = 1; i < dated.length; i++) {
    const a = dated[i - 1] as Dated
    const b = dated[i] as Dated
    const step =
      a.date.precision === 'day' || b.date.precision === 'day'
        ? Math.floor(a.date.epochMs / DAY) - Math.floor(b.date.epochMs / DAY)
        : a.date.epochMs - b.date.epochMs
    if (!(step <= 0)) return false
  }
  return true
}
