/**
 * extractArtifacts against the extraction as it was before its cold-run rewrite
 * (oracles/extraction): the same references, paths, kinds, ranges and order on random text and
 * on every line of the real ledgers and plans of ../shared (skipped when that folder is absent).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import {
  extractArtifacts,
  type ArtifactScanOptions,
  type TextSegment
} from '../../../src/core/parse/artifacts.js'
import { extractArtifacts as referenceArtifacts } from './oracles/extraction/artifacts.js'

function segmentsOf(lines: readonly string[], firstLine = 1, firstColumn = 1): TextSegment[] {
  return lines.map((text, index) => ({
    text,
    line: firstLine + index,
    column: index === 0 ? firstColumn : 1
  }))
}

function expectSameAsReference(segments: TextSegment[], options: ArtifactScanOptions): void {
  expect(extractArtifacts(segments, options)).toEqual(referenceArtifacts(segments, options))
}

const FRAGMENTS = [
  'docs/',
  'reports/',
  'plans/active/X/',
  '2025-10-17T025000Z/',
  '20251017T025000Z',
  'a.md',
  'b.log',
  'Summary.MD',
  'fix_plan.md',
  'x.py',
  '{',
  '}',
  ',',
  ', ',
  '`',
  '``',
  ' ',
  '\u00a0',
  '\t',
  '../',
  './',
  '//',
  '/',
  '\\',
  '<ts>',
  '<docs/a.md>',
  '...',
  '…',
  ':12',
  ':L3-L9',
  '#L4',
  '#sec',
  '§1',
  '::t',
  '/tmp/',
  '~/',
  'C:\\',
  'C:/x',
  'http://x.y/',
  'https://github.com/a/b',
  'github.com/',
  'www.x.org/',
  '.git/',
  'x',
  'and/or',
  '23/23',
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
  '*',
  '**',
  '.',
  ';',
  ':',
  '!',
  '- ',
  '  - ',
  '1. ',
  '\n',
  '|',
  '$S',
  'YYYY',
  'é',
  'tee ',
  '> ',
  '>>',
  '-o ',
  '--output=',
  '--log-dir ',
  'mkdir -p ',
  ' && ',
  'holds',
  'in'
]

const text = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 120 })
)

const options: fc.Arbitrary<ArtifactScanOptions> = fc.record(
  {
    maxExpansion: fc.integer({ min: 1, max: 12 }),
    roots: fc.constantFrom(undefined, ['docs', 'x'], ['plans', 'reports', 'docs']),
    baseDir: fc.constantFrom(undefined, 'plans/active/P', ''),
    includeCommandOutputs: fc.boolean()
  },
  { requiredKeys: ['maxExpansion'] }
)

describe('extractArtifacts against the reference extraction', () => {
  it('reads random text as the reference does', () => {
    fc.assert(
      fc.property(text, options, fc.integer({ min: 1, max: 5 }), (source, scanOptions, column) => {
        expectSameAsReference(segmentsOf(source.split('\n'), 7, column), scanOptions)
      }),
      { numRuns: 3000 }
    )
  })

  it('reads the same words cited again and again as the reference does', () => {
    // Few distinct words, many citations: the process-wide tables serve most of them.
    const words = fc.array(
      fc.constantFrom(
        '`plans/active/X/reports/2025-10-17T025000Z/`',
        '`reports/2025-10-17T025000Z/`',
        'reports/2025-10-18T010000Z/',
        '`reports/2025-10-17T025000Z/summary.md`',
        '`summary.md`',
        '`logs/pytest.log`',
        '`../2025-10-16T000000Z/x.md`',
        '`reports/…/metrics.json`',
        'docs/a.md',
        'docs/{a,b}.md:12',
        '`/tmp/x/y`',
        'holds',
        '-',
        '\n- ',
        '\n  - ',
        '.',
        ' '
      ),
      { maxLength: 40 }
    )
    fc.assert(
      fc.property(fc.array(words, { maxLength: 6 }), options, (runs, scanOptions) => {
        for (const parts of runs) {
          expectSameAsReference(segmentsOf(parts.join(' ').split('\n')), scanOptions)
        }
      }),
      { numRuns: 500 }
    )
  })
})

const shared = resolve(process.cwd(), '..', 'shared')
const corpusRoot = join(shared, 'corpus')
const corpus = existsSync(corpusRoot) ? describe : describe.skip

/** Markdown files of the corpus snapshots' docs and plans folders. */
function corpusDocuments(): string[] {
  if (!existsSync(corpusRoot)) return []
  const files: string[] = []
  const walk = (dir: string, depth: number): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      const stat = statSync(path)
      if (stat.isDirectory() && depth < 6) walk(path, depth + 1)
      else if (stat.isFile() && name.endsWith('.md') && stat.size < 4_000_000) files.push(path)
    }
  }
  for (const snapshot of readdirSync(corpusRoot).sort()) {
    for (const folder of ['docs', 'plans']) {
      const dir = join(corpusRoot, snapshot, folder)
      if (existsSync(dir)) walk(dir, 0)
    }
  }
  return files
}

corpus('extractArtifacts against the reference extraction on the corpus', () => {
  it('reads every ledger and plan of the corpus as the reference does, in runs of lines', () => {
    const files = corpusDocuments()
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n')
      const label = relative(corpusRoot, file)
      // Runs of 1 to 12 lines, as attempts and table rows are read.
      for (let start = 0, size = 1; start < lines.length; start += size, size = (size % 12) + 1) {
        const segments = segmentsOf(lines.slice(start, start + size), start + 1)
        const actual = extractArtifacts(segments, { maxExpansion: 256 })
        const expected = referenceArtifacts(segments, { maxExpansion: 256 })
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          expect({ label, start, actual }).toEqual({ label, start, actual: expected })
        }
      }
    }
  })
})
