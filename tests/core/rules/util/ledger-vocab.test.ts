import { describe, expect, it } from '@jest/globals'
import { headingAnchor } from '../../../../src/core/rules/util/ledger-index.js'
import { firstToken } from '../../../../src/core/rules/util/ledger-vocab.js'
import { twoWords } from '../../../../src/core/rules/util/ledger-vocabulary-check.js'

/** The implementations before the ASCII fast paths: the oracles. */
const oracles = {
  firstToken(text: string): string {
    const words = text
      .replace(/[*`_~]{2,}|[*`]/g, ' ')
      .split(/[\s,;:()[\]]+/)
      .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}_-]+$/gu, ''))
    return words.find((word) => word.length > 0) ?? ''
  },
  twoWords(raw: string): string | undefined {
    return /^[^\p{L}\p{N}]*([\p{L}\p{N}]+ [\p{L}\p{N}]+)/u.exec(raw.trim())?.[1]
  },
  headingAnchor(text: string): string {
    return text
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
  }
}

/** Pieces values are made of: ASCII words and marks, letters and digits of other scripts,
 * symbols, astral letters and digits, and lone surrogates. */
const PIECES = [
  'in',
  'progress',
  'done',
  'High',
  'P3',
  '_',
  '-',
  ' ',
  '  ',
  '(',
  ')',
  ',',
  ';',
  ':',
  '*',
  '**',
  '`',
  '~~',
  '[',
  ']',
  '✅',
  '—',
  'φ',
  'é',
  'Ünïcode',
  '٣',
  '²',
  'Ⅻ',
  '𝐀',
  '𝟙',
  '😀',
  '\ud800',
  '\udc00',
  '\t',
  '.',
  '#',
  'x'
]

function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

describe('vocabulary words without compiling Unicode classes for ASCII', () => {
  it('agree with the Unicode regular expressions', () => {
    const next = random(11)
    for (let round = 0; round < 5000; round++) {
      let text = ''
      const length = Math.floor(next() * 8)
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)]
      expect([text, firstToken(text)]).toEqual([text, oracles.firstToken(text)])
      expect([text, twoWords(text)]).toEqual([text, oracles.twoWords(text)])
      expect([text, headingAnchor(text)]).toEqual([text, oracles.headingAnchor(text)])
    }
  })
})
