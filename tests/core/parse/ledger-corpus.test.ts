/**
 * The ledger parser on the real ledgers of ../shared (skipped when that folder is absent): every
 * entry heading and every attempt-looking line is accounted for, as an entry / attempt or as a
 * problem. Expectations come from plain line matching, independent of the scanner.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defaultConfig } from '../../../src/core/config/schema.js'
import type { LedgerDocument } from '../../../src/core/model.js'
import { parseLedger } from '../../../src/core/parse/ledger.js'
import { scanDocument } from '../../../src/core/scan/blocks.js'

const shared = resolve(process.cwd(), '..', 'shared')
const corpusRoot = join(shared, 'corpus')
const corpus = existsSync(corpusRoot) ? describe : describe.skip
const config = defaultConfig()

/** Every ledger of the corpus and the seeds: `[label, path]`. */
function ledgerFiles(): [string, string][] {
  if (!existsSync(corpusRoot)) return []
  const files: [string, string][] = []
  for (const snapshot of readdirSync(corpusRoot).sort()) {
    for (const name of ['docs/fix_plan.md', 'docs/fix_plan_archive.md']) {
      const path = join(corpusRoot, snapshot, name)
      if (existsSync(path)) files.push([`${snapshot}/${name}`, path])
    }
  }
  const seed = join(shared, 'seeds', '000_c9ada02a683c610c.txt')
  if (existsSync(seed)) files.push(['seed 000', seed])
  return files
}

const ENTRY_HEADING = /^\s{0,3}(?:[-+]\s?)?#{2,3} \[/
/** `* [2025-10-17] Attempt #3`, `* [2025-09-30 02:40 UTC] Attempt #4`, `* **Attempt #1 (2025-09-30 …)**`. */
const NUMBERED_ATTEMPT =
  /^\s*[-*+]\s+(?:\*\*)?(?:\[\d{4}-\d\d-\d\d[^\]]{0,30}\]\s*(?:\*\*)?\s*Attempts?\s*#\d|Attempts?\s*#\d+\s*\(\d{4}-\d\d-\d\d)/
/** `- *2026-01-26T00:30:00Z (label):* text` */
const ITALIC_DATED_ATTEMPT = /^\s*[-*+]\s+[*_]\d{4}-\d\d-\d\d\S*\s*\([^)]*\):[*_]/
/** `### 2026-01-22T02:40Z — ID (label)` (a heading that is only a date is a section) */
const HEADING_ATTEMPT = /^#{2,6}\s+\d{4}-\d\d-\d\d\S*\s+\S/

interface Accounting {
  entryHeadings: number[]
  attemptLines: number[]
}

/** Lines outside fenced code that look like entry headings or attempts. */
function expectedLines(text: string): Accounting {
  const result: Accounting = { entryHeadings: [], attemptLines: [] }
  let fence: string | undefined
  text.split(/\r?\n/).forEach((line, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line)
    if (fenceMatch !== null) {
      const marker = fenceMatch[1] ?? ''
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      return
    }
    if (fence !== undefined) return
    if (ENTRY_HEADING.test(line)) result.entryHeadings.push(index + 1)
    const attemptLike =
      NUMBERED_ATTEMPT.test(line) || ITALIC_DATED_ATTEMPT.test(line) || HEADING_ATTEMPT.test(line)
    if (attemptLike) result.attemptLines.push(index + 1)
  })
  return result
}

function accountedLines(doc: LedgerDocument): { headings: Set<number>; attempts: Set<number> } {
  const headings = new Set<number>()
  const attempts = new Set<number>()
  const problems = new Set(doc.problems.map((problem) => problem.range.line))
  for (const entry of doc.entries) {
    if (entry.level > 0) headings.add(entry.headingRange.line)
    for (const folded of entry.foldedHeadings) headings.add(folded.line)
    for (const attempt of entry.attempts) attempts.add(attempt.headerRange.line)
  }
  for (const line of problems) {
    headings.add(line)
    attempts.add(line)
  }
  return { headings, attempts }
}

corpus('parseLedger on the real ledgers', () => {
  const files = ledgerFiles()

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(4)
  })

  for (const [label, path] of files) {
    describe(label, () => {
      const text = readFileSync(path, 'utf8')
      const doc = parseLedger(label, text, config)
      const expected = expectedLines(text)
      const accounted = accountedLines(doc)

      it('accounts for every entry heading', () => {
        const missing = expected.entryHeadings.filter((line) => !accounted.headings.has(line))
        expect(missing).toEqual([])
        const headingEntries = doc.entries.filter((entry) => entry.level > 0)
        const folded = headingEntries.reduce((sum, entry) => sum + entry.foldedHeadings.length, 0)
        const unreadable = doc.problems.filter((problem) => problem.kind === 'unreadable-entry')
        expect(headingEntries.length + folded + unreadable.length).toBe(
          expected.entryHeadings.length
        )
      })

      it('accounts for every attempt-looking line', () => {
        const missing = expected.attemptLines.filter((line) => !accounted.attempts.has(line))
        expect(missing).toEqual([])
      })

      it('keeps every list attempt inside its entry', () => {
        for (const entry of doc.entries) {
          for (const attempt of entry.attempts) {
            expect(attempt.range.line).toBeLessThanOrEqual(attempt.range.endLine)
            expect(attempt.text.length).toBeGreaterThan(0)
            if (attempt.style !== 'heading') {
              expect(attempt.range.line).toBeGreaterThan(entry.range.line)
              expect(attempt.range.endLine).toBeLessThanOrEqual(entry.range.endLine)
            }
          }
        }
      })

      it('reports its figures', () => {
        const attempts = doc.entries.reduce((sum, entry) => sum + entry.attempts.length, 0)
        const runs = 5
        const started = performance.now()
        for (let run = 0; run < runs; run += 1) parseLedger(label, text, config)
        const perRun = (performance.now() - started) / runs
        const scanStarted = performance.now()
        for (let run = 0; run < runs; run += 1) scanDocument(text)
        const scanPerRun = (performance.now() - scanStarted) / runs
        console.log(
          `${label}: ${(text.length / 1024).toFixed(0)} KB, dialect ${doc.dialect}, ` +
            `${doc.entries.length} entries, ${attempts} attempts, ${doc.problems.length} problems, ` +
            `parse ${perRun.toFixed(1)} ms (scanner alone ${scanPerRun.toFixed(1)} ms)`
        )
        expect(doc.lineCount).toBeGreaterThan(0)
      })
    })
  }
})
