import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { splitLines, splitRawLines } from '../../../src/core/scan/lines.js'

const text = fc.string({ unit: fc.constantFrom('a', ' ', '\r', '\n', '\uFEFF', '\u2028') })

describe('splitRawLines', () => {
  it('splits exactly as the inline regex it replaced', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(splitRawLines(value)).toEqual(value.split(/\r\n|\r|\n/))
      }),
      { numRuns: 2000 }
    )
  })

  it('keeps the BOM and the empty last line that splitLines drops, ends lines at the same places', () => {
    expect(splitRawLines('\uFEFFa\r\nb\rc\n')).toEqual(['\uFEFFa', 'b', 'c', ''])
    expect(splitLines('\uFEFFa\r\nb\rc\n')).toEqual(['a', 'b', 'c'])
    expect(splitRawLines('')).toEqual([''])
    fc.assert(
      fc.property(text, (value) => {
        const raw = splitRawLines(value.replace(/^\uFEFF/, ''))
        if (raw[raw.length - 1] === '') raw.pop()
        expect(raw).toEqual(splitLines(value))
      }),
      { numRuns: 2000 }
    )
  })
})
