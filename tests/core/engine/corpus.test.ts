import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../../../src/core/engine.js'

/**
 * The engine end to end over real planning corpora (read-only snapshots next to the repository).
 * Skipped when the snapshots are not there.
 */
const corpusRoot = join(process.cwd(), '..', 'shared', 'corpus')
const corpus = existsSync(corpusRoot) ? describe : describe.skip

/** The snapshot's commit date: its "now". */
function snapshotNow(root: string): Date {
  const meta = readFileSync(join(root, '.corpus-meta'), 'utf8')
  const date = /^commit_date=(.+)$/m.exec(meta)?.[1]
  return date ? new Date(date) : new Date()
}

corpus('engine over the real corpora', () => {
  const snapshots = ['nanoBragg-59fef88f', 'nanoBragg-9e278ade', 'PtychoPINN-a350a42']

  it.each(snapshots)('%s: finds the ledger and plans, and no rule crashes', async (name) => {
    const root = join(corpusRoot, name)
    const started = performance.now()
    const result = await check({ root, now: snapshotNow(root) })
    const elapsed = performance.now() - started
    expect(result.project.ledgers.map((ledger) => ledger.file)).toEqual(['docs/fix_plan.md'])
    expect(result.summary.entries).toBeGreaterThan(0)
    expect(result.summary.plans).toBeGreaterThan(0)
    expect(result.project.reportFolders.length).toBeGreaterThan(0)
    expect(result.findings.filter((finding) => finding.ruleId === 'internal-error')).toEqual([])
    for (const finding of result.findings) {
      expect(finding.line).toBeGreaterThanOrEqual(1)
      expect(finding.column).toBeGreaterThanOrEqual(1)
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/)
    }
    expect(new Set(result.findings.map((finding) => finding.fingerprint)).size).toBe(
      result.findings.length
    )
    // Generous bound for a shared 2-core machine; typical runs are far below it.
    expect(elapsed).toBeLessThan(20000)
  })

  it('reads the one-line summaries of a real archive ledger', async () => {
    const root = join(corpusRoot, 'nanoBragg-9e278ade')
    const result = await check({ root, now: snapshotNow(root) })
    const archive = result.project.archiveLedgers?.find(
      (ledger) => ledger.file === 'docs/fix_plan_archive.md'
    )
    const ids = archive?.entries.map((entry) => entry.id) ?? []
    expect(ids).toEqual(expect.arrayContaining(['AT-PERF-DEVICE-001', 'PARITY-HARNESS-BOOTSTRAP']))
    expect(archive?.entries.find((entry) => entry.id === 'AT-PERF-DEVICE-001')).toMatchObject({
      title: 'GPU Device Neutrality Violations',
      section: '2025-10-01',
      level: 0
    })
    // History is not checked: no finding points into the archive.
    expect(result.findings.filter((f) => f.file === 'docs/fix_plan_archive.md')).toEqual([])
  })
})
