import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Range } from '../../../src/core/model.js'
import { findDates, firstDate, parseDate } from '../../../src/core/parse/dates.js'

const at: Range = { line: 4, column: 7, endLine: 4, endColumn: 17 }

describe('parseDate', () => {
  it.each([
    ['2025-10-17', Date.UTC(2025, 9, 17), 'day'],
    ['2025-10-17T02:50Z', Date.UTC(2025, 9, 17, 2, 50), 'minute'],
    ['2026-01-22T02:40:00Z', Date.UTC(2026, 0, 22, 2, 40), 'second'],
    ['2025-10-17T025000Z', Date.UTC(2025, 9, 17, 2, 50), 'second'],
    ['20251008T215755Z', Date.UTC(2025, 9, 8, 21, 57, 55), 'second'],
    ['20251008T2157Z', Date.UTC(2025, 9, 8, 21, 57), 'minute'],
    ['2025-10-17T02:50:00+02:00', Date.UTC(2025, 9, 17, 0, 50), 'second'],
    ['2025-10-17T02:50-0700', Date.UTC(2025, 9, 17, 9, 50), 'minute'],
    ['2025-09-30 06:00 UTC', Date.UTC(2025, 8, 30, 6, 0), 'minute'],
    ['2025-10-17T02:50:00.250Z', Date.UTC(2025, 9, 17, 2, 50, 0, 250), 'second'],
    ['2024-02-29', Date.UTC(2024, 1, 29), 'day']
  ])('reads %s', (raw, epochMs, precision) => {
    expect(parseDate(raw, at)).toEqual({ raw, epochMs, precision, range: at })
  })

  it.each([
    '2025-02-30',
    '2025-13-01',
    '2025-00-10',
    '2023-02-29',
    '2025-10-17T25:00Z',
    'soon',
    ''
  ])('rejects %s', (raw) => {
    expect(parseDate(raw, at)).toBeUndefined()
  })

  it('rejects a date followed by other text', () => {
    expect(parseDate('2025-10-17 and more', at)).toBeUndefined()
  })

  it('trims surrounding spaces', () => {
    expect(parseDate('  2025-10-17 ', at)?.raw).toBe('2025-10-17')
  })
})

describe('findDates', () => {
  it('finds dates in text with their ranges, invalid ones without a value', () => {
    const matches = findDates(
      'Seen 2025-10-17, then reports/20251008T215755Z/ and 2025-02-30.',
      9,
      3
    )
    expect(matches.map((match) => [match.raw, match.range.column, match.date?.precision])).toEqual([
      ['2025-10-17', 8, 'day'],
      ['20251008T215755Z', 33, 'second'],
      ['2025-02-30', 55, undefined]
    ])
    expect(matches[0]?.range).toEqual({ line: 9, column: 8, endLine: 9, endColumn: 18 })
  })

  it('ignores numbers glued to letters or digits', () => {
    expect(findDates('v2025-10-17 x12025-10-17 2025-10-171 2025-10')).toEqual([])
  })

  it('finds a date inside brackets and after an underscore', () => {
    expect(findDates('[2025-10-17] run_2025-10-18').map((match) => match.raw)).toEqual([
      '2025-10-17',
      '2025-10-18'
    ])
  })

  it('returns the first valid date', () => {
    expect(firstDate('2025-02-30 then 2025-03-01')?.raw).toBe('2025-03-01')
    expect(firstDate('no date')).toBeUndefined()
  })

  it('agrees with Date for any valid calendar day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        (date) => {
          const raw = date.toISOString().slice(0, 10)
          const parsed = parseDate(raw, at)
          expect(parsed?.epochMs).toBe(Date.parse(`${raw}T00:00:00Z`))
        }
      )
    )
  })

  it('never throws and stays fast on long digit runs', () => {
    const text = `${'2025-'.repeat(20000)}${'1'.repeat(100000)}`
    const started = performance.now()
    expect(() => findDates(text)).not.toThrow()
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('calendar checks', () => {
  it('accepts a day exactly when Date.UTC has it in that month (years 0–99 read as 19xx)', () => {
    const pad = (value: number, width: number): string => String(value).padStart(width, '0')
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 27, max: 31 }),
        (year, month, day) => {
          const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
          const parsed = parseDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, at)
          expect(parsed !== undefined).toBe(day <= days)
        }
      ),
      { numRuns: 2000 }
    )
    for (const raw of ['0000-02-29', '1900-02-29', '2000-02-29', '0004-02-29', '2024-02-29']) {
      const [year, month] = raw.split('-').map(Number) as [number, number]
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
      expect(parseDate(raw, at) !== undefined).toBe(days === 29)
    }
  })
})

describe('instants', () => {
  it('match Date.UTC for any day and time of years 0–9999', () => {
    const pad = (value: number, width: number): string => String(value).padStart(width, '0')
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 60 }),
        (year, month, day, hour, minute, second) => {
          const time =
            hour === 24 ? '24:00:00' : `${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`
          const raw = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${time}Z`
          const [h, mi, s] = hour === 24 ? [24, 0, 0] : [hour, minute, second]
          const expected = Date.UTC(year, month - 1, day, h, mi, Math.min(s, 59))
          expect(parseDate(raw, at)?.epochMs).toBe(expected)
        }
      ),
      { numRuns: 3000 }
    )
  })
})

describe('findDates against the regex reading', () => {
  /** The regex reading of one token the hand reading of the extended form replaced. */
  function referenceDates(text: string): unknown[] {
    const EXTENDED =
      /(\d{4})-(\d{2})-(\d{2})(?:(?:T| (?=\d{2}:\d{2}))(\d{2}):?(\d{2})(?::?(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?| ?UTC)?)?/y
    const BASIC =
      /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(?:\.(\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?/y
    const digit = (code: number): boolean => code >= 0x30 && code <= 0x39
    const alnum = (code: number): boolean =>
      digit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
    const out: unknown[] = []
    let index = 0
    while (index < text.length) {
      if (!digit(text.charCodeAt(index)) || (index > 0 && alnum(text.charCodeAt(index - 1)))) {
        index += 1
        continue
      }
      EXTENDED.lastIndex = index
      BASIC.lastIndex = index
      const match = EXTENDED.exec(text) ?? BASIC.exec(text)
      if (match === null || digit(text.charCodeAt(index + match[0].length))) {
        while (index < text.length && digit(text.charCodeAt(index))) index += 1
        continue
      }
      const [raw, year, month, day, hour, minute, second, fraction, zone] = match
      const z = zone?.trim()
      const digits = z === undefined || z === 'Z' || z === 'UTC' ? '' : z.slice(1).replace(':', '')
      const offset =
        (z?.startsWith('-') === true ? -1 : 1) *
        (Number(digits.slice(0, 2) || 0) * 60 +
          (digits.length > 2 ? Number(digits.slice(2, 4)) : 0))
      out.push({
        raw,
        index,
        parts: [year, month, day, hour, minute, second].map((p) =>
          p === undefined ? p : Number(p)
        ),
        millis: fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000),
        offset
      })
      index += raw.length
    }
    return out
  }

  /** What findDates read, in the shape of referenceDates (valid dates only carry parts). */
  function readDates(text: string): unknown[] {
    return findDates(text).map((match) => ({ raw: match.raw, index: match.index }))
  }

  it('finds the same tokens, with the same instants, as the regexes', () => {
    const piece = fc.constantFrom(
      '2025',
      '-',
      '10',
      '17',
      '02',
      '29',
      '13',
      '00',
      '24',
      '60',
      'T',
      ' ',
      ':',
      '.',
      '5',
      '123',
      '1234567890',
      'Z',
      'UTC',
      ' UTC',
      '+',
      '-07',
      '+02:00',
      '-0700',
      'x',
      '2025-10-17',
      '20251008T215755Z',
      '0000-02-29',
      '2024-02-29'
    )
    const loose = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''))
    const choice = (...options: string[]): fc.Arbitrary<string> => fc.constantFrom(...options)
    const shaped = fc
      .tuple(
        choice('', 'x', '(', 'v1', '2'),
        choice('2025-10-17', '2024-02-29', '0000-02-29', '2025-13-01', '20251008', '2025-1-01'),
        choice('', 'T', ' ', 'x', 't'),
        choice('', '02', '24', '2', '23'),
        choice('', ':'),
        choice('', '50', '5', '60', '00'),
        choice('', ':'),
        choice('', '00', '60', '5', '59'),
        choice('', '.', '.5', '.123', '.1234567890', '.123456789', '.999'),
        choice('', 'Z', '+02', '+02:00', '-0700', '+', ' UTC', 'UTC', ' ', '+2', '-07:3', ' UT'),
        choice('', ' ', '5', 'x', '/', ':00')
      )
      .map((parts) => parts.join(''))
    const text = fc.oneof(loose, shaped, shaped)
    fc.assert(
      fc.property(text, (value) => {
        const expected = referenceDates(value) as { raw: string; index: number }[]
        expect(readDates(value)).toEqual(expected.map(({ raw, index }) => ({ raw, index })))
        // The instants: a valid token reads as Date.UTC of its parts, shifted by its zone.
        for (const [position, match] of findDates(value).entries()) {
          const reference = expected[position] as unknown as {
            parts: (number | undefined)[]
            millis: number
            offset: number
          }
          if (match.date === undefined) continue
          const [y, mo, d, h, mi, s] = reference.parts as [
            number,
            number,
            number,
            number | undefined,
            number | undefined,
            number | undefined
          ]
          const utc = Date.UTC(
            y,
            mo - 1,
            d,
            h ?? 0,
            mi ?? 0,
            Math.min(s ?? 0, 59),
            reference.millis
          )
          expect(match.date.epochMs).toBe(utc - reference.offset * 60_000)
          const precision = s !== undefined ? 'second' : h !== undefined ? 'minute' : 'day'
          expect(match.date.precision).toBe(precision)
        }
      }),
      { numRuns: 3000 }
    )
  })
})
