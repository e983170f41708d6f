import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { configSchema } from '../../../src/core/config/schema.js'
import { buildProject, runRules } from '../../../src/core/engine.js'
import { DiskRepoFS } from '../../../src/core/repo/disk.js'
import { ledgerRules } from '../../../src/core/rules/ledger-rules.js'

/** Real repository snapshots, read in place when the shared data folder is present. */
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus')
const corpus = existsSync(CORPUS) ? describe : describe.skip
const SNAPSHOTS = ['nanoBragg-59fef88f', 'nanoBragg-9e278ade', 'PtychoPINN-a350a42']

/** The snapshot's commit date: the "now" its dates are judged against. */
function commitDate(root: string): Date {
  const meta = readFileSync(join(root, '.corpus-meta'), 'utf8')
  const match = /^commit_date=(.+)$/m.exec(meta)
  return new Date(match?.[1] ?? '1970-01-01T00:00:00Z')
}

corpus('ledger rules on the real corpus', () => {
  for (const snapshot of SNAPSHOTS) {
    it(`${snapshot}: runs every ledger rule cleanly, findings inside their files`, () => {
      const root = join(CORPUS, snapshot)
      const fs = new DiskRepoFS(root)
      const project = buildProject(fs, configSchema.parse({}), commitDate(root))
      expect(project.ledgers.length).toBeGreaterThan(0)
      const started = performance.now()
      const findings = runRules(project, ledgerRules)
      const elapsed = Math.round(performance.now() - started)
      expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([])
      for (const finding of findings) {
        const read = fs.read(finding.file)
        if (read === undefined) {
          // Evidence folders are findings about a directory, located at its start.
          expect(fs.stat(finding.file)).toBe('dir')
          expect(finding.line).toBe(1)
          continue
        }
        const lines = read.text.split(/\r?\n/)
        expect(finding.line).toBeGreaterThanOrEqual(1)
        expect(finding.endLine).toBeLessThanOrEqual(lines.length)
        expect(finding.column).toBeLessThanOrEqual((lines[finding.line - 1]?.length ?? 0) + 1)
        expect(finding.entity).not.toBe('')
      }
      if (snapshot === 'nanoBragg-9e278ade') {
        // Its Last Updated (2025-12-28) lies months after its commit: a real violation.
        const lastUpdated = findings.find((f) => f.entity === 'ledger#last-updated#future')
        expect(lastUpdated?.line).toBe(3)
      }
      const tally = new Map<string, number>()
      for (const finding of findings)
        tally.set(finding.ruleId, (tally.get(finding.ruleId) ?? 0) + 1)
      const sample = new Map<string, string>()
      for (const f of findings)
        if (!sample.has(f.ruleId)) sample.set(f.ruleId, `${f.file}:${f.line} ${f.message}`)
      console.log(
        `${snapshot} (now ${project.now.toISOString()}, rules ${elapsed} ms):\n` +
          [...tally]
            .map(([rule, count]) => `  ${rule}: ${count}\n    e.g. ${sample.get(rule)}`)
            .join('\n')
      )
    })
  }
})
