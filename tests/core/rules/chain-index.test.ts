import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Attempt, DateValue } from '../../../src/core/model.js'
import {
  leftOutByDate,
  leftOutByNumber,
  longestChain
} from '../../../src/core/rules/util/ledger-attempts.js'
import { compareDates } from '../../../src/core/rules/util/ledger-dates.js'

// The indexed chains must leave out exactly the items the quadratic longestChain leaves out, ties
// included.
const leftOut = (kept: Set<number>, count: number): number[] =>
  Array.from({ length: count }, (_, i) => i).filter((i) => !kept.has(i))

const attempt = (number: number, numberEnd?: number): Attempt =>
  ({ number, ...(numberEnd !== undefined ? { numberEnd } : {}) }) as unknown as Attempt

const DAY = 86_400_000
const dated = (epochMs: number, precision: DateValue['precision']): { date: DateValue } => ({
  date: {
    raw: '',
    epochMs,
    precision,
    range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
  }
})

describe('leftOutByNumber', () => {
  it('leaves out what longestChain leaves out, numbers and ranges alike', () => {
    const item = fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.option(fc.integer({ min: 0, max: 30 })))
      .map(([n, end]) => attempt(n, end ?? undefined))
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (attempts) => {
        const slow = longestChain(
          attempts,
          (a, b) => (b.number as number) > (a.numberEnd ?? (a.number as number))
        )
        expect(leftOutByNumber(attempts)).toEqual(leftOut(slow, attempts.length))
      }),
      { numRuns: 500 }
    )
  })

  it('is fast on a long history', () => {
    const attempts = Array.from({ length: 20000 }, (_, i) => attempt(i % 7 === 0 ? 3 : i))
    const start = Date.now()
    expect(leftOutByNumber(attempts).length).toBeLessThan(3000)
    expect(Date.now() - start).toBeLessThan(2000)
  })
})

describe('leftOutByDate', () => {
  it('leaves out what longestChain leaves out, date-only and timed values mixed', () => {
    const item = fc
      .tuple(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<DateValue['precision']>('day', 'minute', 'second')
      )
      .map(([day, hour, precision]) =>
        dated(day * DAY + (precision === 'day' ? 0 : hour * 3_600_000), precision)
      )
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const slow = longestChain(items, (a, b) => compareDates(a.date, b.date) <= 0)
        expect(leftOutByDate(items)).toEqual(leftOut(slow, items.length))
      }),
      { numRuns: 500 }
    )
  })

  it('falls back to the pairwise scan for dates that are not numbers', () => {
    const items = [dated(DAY, 'day'), dated(Number.NaN, 'minute'), dated(2 * DAY, 'second')]
    const slow = longestChain(items, (a, b) => compareDates(a.date, b.date) <= 0)
    expect(leftOutByDate(items)).toEqual(leftOut(slow, items.length))
  })
})

describe('histories mostly in order', () => {
  // Real histories are in order but for a few slips: the shortcut for an ordered history and the
  // indexes must agree with the quadratic scan there too.
  const nearlySorted = fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 })
    )
    .map(([steps, swaps]) => {
      let total = 0
      const values = steps.map((step) => (total += step))
      for (const [a, b] of swaps) {
        const i = a % values.length
        const j = b % values.length
        ;[values[i], values[j]] = [values[j] as number, values[i] as number]
      }
      return values
    })

  it('leaves out by number what longestChain leaves out', () => {
    fc.assert(
      fc.property(nearlySorted, (values) => {
        const attempts = values.map((n) => attempt(n))
        const slow = longestChain(attempts, (a, b) => (b.number as number) > (a.number as number))
        expect(leftOutByNumber(attempts)).toEqual(leftOut(slow, attempts.length))
      }),
      { numRuns: 300 }
    )
  })

  it('leaves out by date what longestChain leaves out', () => {
    fc.assert(
      fc.property(nearlySorted, (values) => {
        const items = values.map((day, i) =>
          i % 3 === 0 ? dated(day * DAY, 'day') : dated(day * DAY + (i % 5) * 3_600_000, 'minute')
        )
        const slow = longestChain(items, (a, b) => compareDates(a.date, b.date) <= 0)
        expect(leftOutByDate(items)).toEqual(leftOut(slow, items.length))
      }),
      { numRuns: 300 }
    )
  })

  it('leaves nothing out of a history in order', () => {
    const attempts = Array.from({ length: 1000 }, (_, i) => attempt(2 * i + 1, 2 * i + 2))
    expect(leftOutByNumber(attempts)).toEqual([])
    const items = Array.from({ length: 1000 }, (_, i) => dated(Math.floor(i / 3) * DAY, 'day'))
    expect(leftOutByDate(items)).toEqual([])
  })
})
