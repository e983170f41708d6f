import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { clampRange } from '../../../src/core/engine/run-rules.js'
import { readDocument } from '../../../src/core/engine/read-document.js'
import { parseFolderStamp } from '../../../src/core/engine/report-folders.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import { normalizeRepoPath } from '../../../src/core/repo/paths.js'
import { findSuppressions } from '../../../src/core/suppressions.js'

/** Properties of the engine's own input handling, over arbitrary input. */
describe('engine input handling', () => {
  it('classifies any bytes as text or as one unreadable-file problem', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const source = readDocument(new MemoryRepoFS({ 'f.md': bytes }), 'f.md')
        if (!source) return false
        if (source.kind === 'unreadable') {
          return ['binary-file', 'empty-file'].includes(source.problem.kind)
        }
        return source.problems.every((problem) => problem.kind === 'invalid-utf8')
      }),
      { numRuns: 300 }
    )
  })

  it('finds suppressions in any text without throwing, targets always after the comment', () => {
    const pieces = fc.constantFrom(
      '<!-- planguard-disable-next-line ',
      'attempt-order',
      ', ',
      ' -- ',
      '-->',
      '\n',
      '```',
      '~~~',
      ' ',
      'x'
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        for (const suppression of findSuppressions('f.md', parts.join(''))) {
          if (
            suppression.targetLine !== undefined &&
            suppression.targetLine <= suppression.range.line
          ) {
            return false
          }
        }
        return true
      }),
      { numRuns: 300 }
    )
  })

  it('clamps any range into any file', () => {
    const anyNumber = fc.oneof(
      fc.integer({ min: -5, max: 50 }),
      fc.constant(Number.NaN),
      fc.double()
    )
    fc.assert(
      fc.property(
        fc.record({ line: anyNumber, column: anyNumber, endLine: anyNumber, endColumn: anyNumber }),
        fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 10 }),
        (range, lengths) => {
          const r = clampRange(range, lengths)
          const width = (line: number): number => (lengths[line - 1] ?? 0) + 1
          expect(r.line).toBeGreaterThanOrEqual(1)
          expect(r.line).toBeLessThanOrEqual(lengths.length)
          expect(r.endLine).toBeGreaterThanOrEqual(r.line)
          expect(r.endLine).toBeLessThanOrEqual(lengths.length)
          expect(r.column).toBeLessThanOrEqual(width(r.line))
          expect(r.endColumn).toBeLessThanOrEqual(width(r.endLine))
          if (r.endLine === r.line) expect(r.endColumn).toBeGreaterThanOrEqual(r.column)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('never lets a normalised path climb out of the root or into .git', () => {
    const segment = fc.constantFrom('..', '.', '', 'a', '.git', '.GIT', 'b.md', '\\', 'c:')
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const path = normalizeRepoPath(segments.join('/'))
        if (path === undefined) return true
        const parts = path.split('/')
        return !parts.includes('..') && !parts.some((part) => part.toLowerCase() === '.git')
      }),
      { numRuns: 500 }
    )
  })

  it('parses any folder name without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (name) => {
        const stamp = parseFolderStamp(name)
        return stamp.date === undefined || Number.isFinite(stamp.date.epochMs)
      }),
      { numRuns: 300 }
    )
  })
})
