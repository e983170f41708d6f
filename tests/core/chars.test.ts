/**
 * The shared character tests (src/core/chars.ts): each function form against the regex it stands
 * for, on every UTF-16 code unit 0..0xFFFF (lone surrogates included) and on astral characters.
 */
import { describe, expect, it } from '@jest/globals'
import {
  EVERY_WHITESPACE,
  hasLetterOrDigit,
  isAscii,
  isAsciiLetterOrDigit,
  isDigit,
  isLetterOrDigitAt,
  isSpaceOrTab,
  isWordSpace,
  LETTER_OR_DIGIT,
  matchesBeyondAscii,
  numberAt,
  WHITESPACE,
  WHITESPACE_RUN,
  WORD_SPACE,
  WORD_SPACE_RUN
} from '../../src/core/chars.js'

/** Astral letters and digits, astral symbols, and surrogate pairs broken either way. */
const ASTRAL = ['𝐀', '𝟘', '𐐷', '😀', '𝄞', '\ud835', '\udc00', '\udc00\ud835', 'a😀', '😀1']

/** Code units that disagree are collected, so a failure names them instead of a boolean. */
function disagreements(test: (text: string, code: number) => boolean): string[] {
  const wrong: string[] = []
  for (let code = 0; code <= 0xffff; code += 1) {
    if (!test(String.fromCharCode(code), code)) wrong.push(code.toString(16))
  }
  return wrong
}

describe('character tests', () => {
  it('isSpaceOrTab is [ \t]', () => {
    expect(disagreements((text, code) => isSpaceOrTab(code) === /^[ \t]$/.test(text))).toEqual([])
  })

  it('isDigit and isAsciiLetterOrDigit are [0-9] and [A-Za-z0-9]', () => {
    expect(disagreements((text, code) => isDigit(code) === /^[0-9]$/.test(text))).toEqual([])
    expect(
      disagreements((text, code) => isAsciiLetterOrDigit(code) === /^[A-Za-z0-9]$/.test(text))
    ).toEqual([])
    expect(isDigit(Number.NaN)).toBe(false)
  })

  it('isWordSpace, WORD_SPACE and WORD_SPACE_RUN agree', () => {
    expect(disagreements((text, code) => isWordSpace(code) === WORD_SPACE.test(text))).toEqual([])
    expect(
      disagreements(
        (text) => WORD_SPACE.test(text) === (`a${text}b`.split(WORD_SPACE_RUN).length === 2)
      )
    ).toEqual([])
    for (const text of ASTRAL) expect(WORD_SPACE.test(text)).toBe(false)
  })

  it('WHITESPACE, WHITESPACE_RUN and EVERY_WHITESPACE are \\s', () => {
    expect(
      disagreements(
        (text) =>
          WHITESPACE.test(text) === /\s/.test(text) &&
          (`a${text}b`.split(WHITESPACE_RUN).length === 2) === /\s/.test(text) &&
          (text.replace(EVERY_WHITESPACE, '') === '') === /\s/.test(text)
      )
    ).toEqual([])
    expect(' a\t b\u3000'.replace(EVERY_WHITESPACE, '')).toBe('ab')
    expect('a \u00a0 b'.split(WHITESPACE_RUN)).toEqual(['a', 'b'])
  })

  it('isAscii and matchesBeyondAscii test for a character outside ASCII', () => {
    const any = /[\s\S]/u
    expect(
      disagreements(
        (text, code) =>
          isAscii(text) === code < 0x80 &&
          matchesBeyondAscii(any, text) === code >= 0x80 &&
          isAscii(`ab${text}`) === /^[\x00-\x7f]*$/.test(`ab${text}`)
      )
    ).toEqual([])
    for (const text of ASTRAL) {
      expect(isAscii(text)).toBe(false)
      expect(matchesBeyondAscii(any, text)).toBe(true)
    }
    expect(isAscii('')).toBe(true)
    expect(matchesBeyondAscii(any, 'plain')).toBe(false)
  })

  it('isLetterOrDigitAt and hasLetterOrDigit are [\\p{L}\\p{N}]', () => {
    const letterOrDigit = /^[\p{L}\p{N}]$/u
    expect(
      disagreements(
        (text) =>
          isLetterOrDigitAt(text, 0) === letterOrDigit.test(text) &&
          isLetterOrDigitAt(`-${text}`, 1) === letterOrDigit.test(text) &&
          hasLetterOrDigit(text) === letterOrDigit.test(text) &&
          LETTER_OR_DIGIT.test(text) === letterOrDigit.test(text)
      )
    ).toEqual([])
    for (const text of ASTRAL) {
      const first = String.fromCodePoint(text.codePointAt(0) as number)
      expect(isLetterOrDigitAt(text, 0)).toBe(letterOrDigit.test(first))
      expect(hasLetterOrDigit(text)).toBe(/[\p{L}\p{N}]/u.test(text))
    }
    expect(isLetterOrDigitAt('𝐀', 0)).toBe(true)
    expect(isLetterOrDigitAt('😀', 0)).toBe(false)
    expect(hasLetterOrDigit('— 😀 …')).toBe(false)
  })

  it('numberAt reads the digits it is given', () => {
    expect(numberAt('x2025-10-09', 1, 4)).toBe(2025)
    expect(numberAt('x2025-10-09', 9, 2)).toBe(9)
    expect(numberAt('007', 0, 3)).toBe(7)
    expect(numberAt('12', 0, 0)).toBe(0)
  })
})
