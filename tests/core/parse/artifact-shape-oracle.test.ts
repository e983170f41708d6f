/**
 * The word-level helpers of artifacts/shape.ts and the tokenizer against their versions before the
 * cold-run rewrite (oracles/extraction): ASCII fast paths, marks tested before patterns and paths
 * left unsplit must not change any answer, for any text (Unicode letters, digits, spaces and
 * lone surrogates included).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  classifyPath,
  DEFAULT_ARTIFACT_ROOTS,
  normalisePath,
  shapeOf,
  stripSuffixes,
  trimToken
} from '../../../src/core/parse/artifacts/shape.js'
import { citesPlanReports, notedPaths } from '../../../src/core/parse/artifacts/shorthand.js'
import { findCandidates } from '../../../src/core/parse/artifacts/tokens.js'
import * as reference from './oracles/extraction/artifacts/shape.js'
import * as referenceShorthand from './oracles/extraction/artifacts/shorthand.js'
import { findCandidates as referenceCandidates } from './oracles/extraction/artifacts/tokens.js'

const PIECES = [
  'plans/',
  'reports/',
  'docs',
  '/',
  '//',
  './',
  '../',
  '.',
  '..',
  '...',
  '…',
  'a.md',
  'Summary.MD',
  'fix_plan.md',
  '2025-10-17T025000Z',
  '20251017T025000Z',
  '<ts>',
  '{a,b}',
  '{a.md, b.md}',
  ':12',
  ':L3-L9',
  '#L4',
  '#x',
  '§2',
  '::t',
  'http://',
  'C:',
  '\\',
  '~',
  '*',
  '**',
  '"',
  '<',
  '>',
  '(',
  ')',
  ',',
  ';',
  ' ',
  '\u00a0',
  'é',
  'Ω',
  '٣',
  '²',
  '\ud800',
  'x',
  '9',
  '_',
  '-',
  '=',
  'www.x.org',
  'github.com',
  '.git',
  'YYYY'
]

const word = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 24 })
)

const roots = new Set(DEFAULT_ARTIFACT_ROOTS)

describe('artifact word helpers against the reference', () => {
  it('trims, strips and shapes every word as the reference does', () => {
    fc.assert(
      fc.property(word, fc.boolean(), fc.boolean(), (text, quoted, inCommand) => {
        expect(trimToken(text, quoted)).toEqual(reference.trimToken(text, quoted))
        expect(stripSuffixes(text)).toBe(reference.stripSuffixes(text))
        const context = { quoted, inCommand, roots }
        expect(shapeOf(text, context)).toEqual(reference.shapeOf(text, context))
      }),
      { numRuns: 10_000 }
    )
  })

  it('normalises and classifies every path as the reference does', () => {
    fc.assert(
      fc.property(word, (text) => {
        expect(normalisePath(text)).toBe(reference.normalisePath(text))
        expect(classifyPath(text)).toEqual(reference.classifyPath(text))
        expect(citesPlanReports(text)).toBe(referenceShorthand.citesPlanReports(text))
        const paths = [{ path: text, kind: 'path' }]
        expect(notedPaths(paths, false)).toEqual(referenceShorthand.notedPaths(paths, false))
      }),
      { numRuns: 10_000 }
    )
  })

  it('finds the candidates of any line as the reference does', () => {
    const line = fc.array(fc.oneof(word, fc.constantFrom('`', '``', ' ', '/', 'tee ', '> ')), {
      maxLength: 12
    })
    fc.assert(
      fc.property(line, (parts) => {
        const text = parts.join('')
        expect(findCandidates(text)).toEqual(referenceCandidates(text))
      }),
      { numRuns: 5000 }
    )
  })
})
