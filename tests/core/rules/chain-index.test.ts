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
