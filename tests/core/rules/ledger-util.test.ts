import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Attempt, DateValue, LedgerEntry } from '../../../src/core/model.js'
import {
  inferOrder,
  longestChain,
  misplacedByNumber,
  numberedHistory
} from '../../../src/core/rules/util/ledger-attempts.js'
import {
  compareDates,
  formatLike,
  isAfterInstant
} from '../../../src/core/rules/util/ledger-dates.js'
import { normaliseEntryId } from '../../../src/core/rules/util/ledger-ids.js'
import { closestValue, firstToken } from '../../../src/core/rules/util/ledger-vocab.js'

const date = (raw: string, precision: DateValue['precision']): DateValue => ({
  raw,
  epochMs: Date.parse(precision === 'day' ? `${raw.slice(0, 10)}T00:00:00Z` : raw),
  precision,
  range: { line: 1, column: 1, endLine: 1, endColumn: 1 + raw.length }
})

describe('longestChain', () => {
  const increasing = (a: number, b: number): boolean => b > a
  const left = (values: number[]): number[] => {
    const kept = longestChain(values, increasing)
    return values.filter((_, i) => !kept.has(i))
  }

  it('leaves out exactly the misplaced item', () => {
    expect(left([1, 2, 3, 9, 4, 5, 6])).toEqual([9])
    expect(left([1, 2, 3, 4, 4, 5])).toEqual([4])
    expect(left([])).toEqual([])
  })

  it('keeps the earlier of two equal items', () => {
    const kept = longestChain([1, 2, 2], increasing)
    expect([...kept].sort()).toEqual([0, 1])
  })

  it('keeps an increasing chain and leaves out as few items as possible', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }), (values) => {
        const kept = [...longestChain(values, increasing)].sort((a, b) => a - b)
        for (let i = 1; i < kept.length; i++) {
          expect(values[kept[i] as number]).toBeGreaterThan(values[kept[i - 1] as number] as number)
        }
        // A sorted, de-duplicated input needs nothing left out.
        const sorted = [...new Set(values)].sort((a, b) => a - b)
        expect(longestChain(sorted, increasing).size).toBe(sorted.length)
      })
    )
  })
})

describe('inferOrder', () => {
  it('follows the majority of adjacent pairs, append on a tie', () => {
    expect(inferOrder([1, 2, 3, 2])).toBe('append')
    expect(inferOrder([5, 4, 3, 4])).toBe('prepend')
    expect(inferOrder([1, 0])).toBe('prepend')
    expect(inferOrder([1, 2, 1])).toBe('append')
  })
})

describe('dates', () => {
  it('compares a date-only value with a timed one by day', () => {
    expect(compareDates(date('2025-10-17', 'day'), date('2025-10-17T13:00:00Z', 'minute'))).toBe(0)
    expect(
      compareDates(date('2025-10-17T09:00:00Z', 'minute'), date('2025-10-17T13:00:00Z', 'minute'))
    ).toBeLessThan(0)
  })

  it('treats a date-only value as fine all of its UTC day', () => {
    const now = Date.parse('2025-10-17T00:30:00Z')
    expect(isAfterInstant(date('2025-10-17', 'day'), now)).toBe(false)
    expect(isAfterInstant(date('2025-10-18', 'day'), now)).toBe(true)
    expect(isAfterInstant(date('2025-10-17T00:31:00Z', 'minute'), now)).toBe(true)
  })

  it('writes a replacement date in the form of the original', () => {
    const now = Date.parse('2025-10-09T01:43:48Z')
    expect(formatLike(date('2025-12-28', 'day'), now)).toBe('2025-10-09')
    expect(formatLike(date('2026-01-22T02:40Z', 'minute'), now)).toBe('2025-10-09T01:43Z')
    expect(
      formatLike({ ...date('2025-10-17T02:50:00Z', 'second'), raw: '20251017T025000Z' }, now)
    ).toBe('20251009T014348Z')
  })
})

describe('vocabulary helpers', () => {
  it('reads the first word through decoration', () => {
    expect(firstToken('**Done** — all 23 passed')).toBe('Done')
    expect(firstToken('`in_progress` (P3.0c …)')).toBe('in_progress')
    expect(firstToken('✅ done')).toBe('done')
    expect(firstToken('')).toBe('')
  })

  it('finds the same word spelled differently, a near miss, or nothing', () => {
    const allowed = ['pending', 'in_progress', 'done']
    expect(closestValue('In-Progress', allowed)).toEqual({ value: 'in_progress', sameWord: true })
    expect(closestValue('pendng', allowed)).toEqual({ value: 'pending', sameWord: false })
    expect(closestValue('someday', allowed)).toBeUndefined()
  })

  it('folds look-alike hyphens in ids', () => {
    expect(normaliseEntryId('CLI\u2011FLAGS\u2013003')).toBe('CLI-FLAGS-003')
  })
})

describe('numberedHistory', () => {
  const entryOf = (numbers: number[]): LedgerEntry =>
    ({
      attempts: numbers.map((number) => ({ number, inHistory: true }) as unknown as Attempt)
    }) as unknown as LedgerEntry

  it('is worked out once per entry and setting, and is what the rules report', () => {
    const entry = entryOf([1, 2, 9, 3, 4])
    const history = numberedHistory(entry, 'append')
    expect(numberedHistory(entry, 'append')).toBe(history)
    expect(history.leftOut.map((i) => history.oldestFirst[i]?.number)).toEqual([9])
    expect([...misplacedByNumber(entry, 'append')].map((a) => a.number)).toEqual([9])
    const prepend = numberedHistory(entry, 'prepend')
    expect(prepend).not.toBe(history)
    expect(prepend.oldestFirst.map((a) => a.number)).toEqual([4, 3, 9, 2, 1])
    expect(numberedHistory(entry, 'auto').direction).toBe('append')
  })

  it('leaves out nothing for a history in order', () => {
    expect(misplacedByNumber(entryOf([1, 2, 3]), 'append').size).toBe(0)
    expect(numberedHistory(entryOf([3]), 'auto').leftOut).toEqual([])
  })
})
