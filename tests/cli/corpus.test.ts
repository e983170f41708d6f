import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { CheckJson } from '../../src/core/report/json.js'
import { sarifErrors } from '../core/report/sarif-validator.js'
import { runCli } from './helpers.js'

/** Real repository snapshots beside the project (read-only, never copied); skipped without them. */
const CORPUS = join('..', 'shared', 'corpus')
const corpus = existsSync(CORPUS) ? describe : describe.skip

/** A snapshot's "now": the commit date recorded in its .corpus-meta. */
function snapshotNow(dir: string): string {
  const meta = readFileSync(join(CORPUS, dir, '.corpus-meta'), 'utf8')
  const date = /^commit_date=(.+)$/m.exec(meta)?.[1]
  if (!date) throw new Error(`no commit_date in ${dir}/.corpus-meta`)
  return new Date(date).toISOString()
}

const snapshots = existsSync(CORPUS)
  ? ['nanoBragg-59fef88f', 'nanoBragg-9e278ade', 'PtychoPINN-a350a42'].filter((dir) =>
      existsSync(join(CORPUS, dir))
    )
  : []

corpus('the CLI on real repository snapshots', () => {
  it.each(snapshots)(
    '%s: check runs to the end and both machine formats are valid',
    async (dir) => {
      const root = join(CORPUS, dir)
      const now = snapshotNow(dir)
      const json = await runCli(['check', root, '--now', now, '--format', 'json'])
      expect(json.stderr).toBe('')
      expect([0, 1]).toContain(json.code)
      const report = JSON.parse(json.stdout) as CheckJson
      expect(report.summary.entries).toBeGreaterThan(0)
      expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(
        report.findings.length
      )
      for (const finding of report.findings) {
        expect(finding.line).toBeGreaterThanOrEqual(1)
        expect(finding.file.startsWith('/')).toBe(false)
      }

      const sarif = await runCli(['check', root, '--now', now, '--format', 'sarif'])
      expect(sarif.code).toBe(json.code)
      expect(sarifErrors(JSON.parse(sarif.stdout))).toEqual([])
    }
  )

  it.each(snapshots)('%s: inspect shows the entries the check counted', async (dir) => {
    const root = join(CORPUS, dir)
    const now = snapshotNow(dir)
    const inspect = await runCli(['inspect', root, '--now', now, '--format', 'json'])
    expect(inspect.code).toBe(0)
    const model = JSON.parse(inspect.stdout) as { ledgers: { entries: unknown[] }[] }
    const check = JSON.parse(
      (await runCli(['check', root, '--now', now, '--format', 'json'])).stdout
    ) as CheckJson
    const entries = model.ledgers.reduce((sum, ledger) => sum + ledger.entries.length, 0)
    expect(entries).toBe(check.summary.entries)
  })
})
