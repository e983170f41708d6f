import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { findCandidates } from '../../../src/core/parse/artifacts/tokens.js'
import { findCandidates as referenceCandidates } from './oracles/extraction/artifacts/tokens.js'

/**
 * The plain-text splitting of findCandidates jumps from slash to slash; this is the character by
 * character splitting it replaced, kept as the oracle: same words, same offsets, same order.
 */
function referencePlainWords(line: string): { text: string; start: number }[] {
  const isSpace = (code: number): boolean =>
    code <= 0x20 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  const out: { text: string; start: number }[] = []
  let start = -1
  let depth = 0
  const flush = (end: number): void => {
    if (start >= 0 && end > start) out.push({ text: line.slice(start, end), start })
    start = -1
    depth = 0
  }
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index)
    if (code === 0x7b) depth += 1
    else if (code === 0x7d && depth > 0) depth -= 1
    const separator =
      isSpace(code) ||
      [0x7c, 0x28, 0x29, 0x5b, 0x5d, 0x22].includes(code) ||
      (code === 0x2c && depth === 0)
    if (separator) flush(index)
    else if (start < 0) start = index
  }
  flush(line.length)
  return out.filter((word) => word.text.includes('/') || word.text.includes('\\'))
}

const FRAGMENTS = [
  'a',
  'b.md',
  '/',
  '\\',
  ' ',
  '\u00a0',
  ',',
  '{',
  '}',
  '|',
  '(',
  ')',
  '[',
  ']'
].concat(['"', 'x/{a,b}', 'reports/2025/', ' and ', '.', 'é'])

describe('findCandidates plain words', () => {
  it('splits lines without code spans as the character scan did', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        const line = parts.join('')
        const words = findCandidates(line).map(({ text, start }) => ({ text, start }))
        expect(words).toEqual(referencePlainWords(line))
      }),
      { numRuns: 1000 }
    )
  })

  it('keeps one code span holding no space as one quoted word', () => {
    expect(findCandidates('see `plans/a.md` and x/y')).toEqual([
      { text: 'plans/a.md', start: 5, quoted: true, inCommand: false, output: false },
      { text: 'x/y', start: 21, quoted: false, inCommand: false, output: false }
    ])
  })
})

describe('findCandidates against the tokenizer before the cold-run work (the extraction oracle)', () => {
  it('finds the same candidates in any line of backticks, words and commands', () => {
    const piece = fc.constantFrom(
      '`',
      '``',
      '```',
      ' ',
      'docs/a.md',
      'reports/x/',
      '{a.md, b.md}',
      'dir/{a,b}',
      ',',
      '|',
      '(',
      ')',
      '"',
      'pytest',
      '>',
      '>>',
      'tee',
      '-o',
      '--output=x.json',
      '--log',
      'mkdir',
      '-p',
      '&&',
      'x',
      '\u00a0',
      '>out.log',
      'a\\b',
      '[',
      ']'
    )
    const line = fc.array(fc.oneof(piece, piece, fc.string({ maxLength: 3 })), { maxLength: 24 })
    fc.assert(
      fc.property(line, (parts) => {
        const text = parts.join('')
        expect(findCandidates(text)).toEqual(referenceCandidates(text))
      }),
      { numRuns: 4000 }
    )
  })
})
