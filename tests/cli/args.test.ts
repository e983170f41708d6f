import { describe, expect, it } from '@jest/globals'
import { countOption, parseIsoInstant } from '../../src/cli/args.js'

describe('parseIsoInstant (--now)', () => {
  it.each([
    ['2025-10-20', '2025-10-20T00:00:00.000Z'],
    ['2025-10-20T12:00:00Z', '2025-10-20T12:00:00.000Z'],
    ['2025-10-20T12:00Z', '2025-10-20T12:00:00.000Z'],
    ['2025-10-20T12:00:00', '2025-10-20T12:00:00.000Z'],
    ['2025-10-20 12:00:00Z', '2025-10-20T12:00:00.000Z'],
    ['2025-10-20T12:00:00.250Z', '2025-10-20T12:00:00.250Z'],
    ['2025-10-20T12:00:00+05:30', '2025-10-20T06:30:00.000Z'],
    ['2025-10-20T12:00:00-0700', '2025-10-20T19:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z']
  ])('reads %s as %s (UTC when no zone is given)', (text, iso) => {
    expect(parseIsoInstant(text)?.toISOString()).toBe(iso)
  })

  it.each([
    '2025-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-10-00',
    '2025-10-20T24:00Z',
    '2025-10-20T12:60Z',
    '2025-10-20T12:00:61Z',
    '20251020',
    'yesterday',
    '',
    '2025-10-20T12'
  ])('rejects %j instead of rolling it over', (text) => {
    expect(parseIsoInstant(text)).toBeUndefined()
  })
})

describe('countOption (--max-warnings)', () => {
  it('reads whole numbers and rejects everything else', () => {
    expect(countOption({ n: '0' }, 'n')).toBe(0)
    expect(countOption({ n: ' 12 ' }, 'n')).toBe(12)
    expect(countOption({}, 'n')).toBeUndefined()
    for (const bad of ['-1', '1.5', '1e3', 'ten', '']) {
      expect(() => countOption({ n: bad }, 'n')).toThrow(/--n must be a whole number/)
    }
  })
})
