import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { configSchema } from '../../../src/core/config/schema.js'
import { buildProject, runRules } from '../../../src/core/engine.js'
import { DiskRepoFS } from '../../../src/core/repo/disk.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import { evidenceRules } from '../../../src/core/rules/evidence-rules.js'

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

describe('evidence rule registry', () => {
  it('lists each rule once, with docs, a description and options that default', () => {
    const ids = evidenceRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of evidenceRules) {
      expect(rule.docs).toBe(`docs/rules/${rule.id}.md`)
      expect(existsSync(rule.docs)).toBe(true)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.options.schema(z).safeParse({}).success).toBe(true)
    }
  })
})

corpus('evidence, plan and drift rules on the real corpus', () => {
  for (const snapshot of SNAPSHOTS) {
    it(`${snapshot}: runs cleanly, findings inside their files`, () => {
      const root = join(CORPUS, snapshot)
      const fs = new DiskRepoFS(root)
      const config = configSchema.parse({ rules: { 'phase-order': 'info' } })
      const project = buildProject(fs, config, commitDate(root))
      expect(project.ledgers.length).toBeGreaterThan(0)
      const started = Date.now()
      const findings = runRules(project, evidenceRules)
      const elapsed = Date.now() - started
      expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([])
      for (const finding of findings) {
        expect(finding.entity).not.toBe('')
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
      }
      const tally = new Map<string, number>()
      for (const f of findings) tally.set(f.ruleId, (tally.get(f.ruleId) ?? 0) + 1)
      console.log(
        `${snapshot} (now ${project.now.toISOString()}, ${elapsed} ms):\n` +
          evidenceRules.map((rule) => `  ${rule.id}: ${tally.get(rule.id) ?? 0}`).join('\n')
      )
      // PLANGUARD_DUMP=dir writes every finding for reading by hand.
      const dump = process.env.PLANGUARD_DUMP
      if (dump) {
        const text = findings.map(
          (f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} [${f.entity}]\n  ${f.message}`
        )
        writeFileSync(join(dump, `${snapshot}.txt`), `${text.join('\n')}\n`)
      }
    })
  }
})

const SEEDS = join(process.cwd(), '..', 'shared', 'seeds')
const LEDGER_SEED = join(SEEDS, '000_c9ada02a683c610c.txt')
const PLAN_SEED = join(SEEDS, '004_38000958d4559053.txt')
const seeds = existsSync(LEDGER_SEED) && existsSync(PLAN_SEED) ? describe : describe.skip

seeds('evidence rules on the seed ledger and plan', () => {
  it('catches Attempt #4 marking B.B2 complete while the plan row is open', () => {
    const plan = 'plans/active/INTEGRATE-PYTORCH-000/implementation.md'
    const fs = new MemoryRepoFS({
      'docs/fix_plan.md': readFileSync(LEDGER_SEED, 'utf8'),
      [plan]: readFileSync(PLAN_SEED, 'utf8')
    })
    const project = buildProject(fs, configSchema.parse({}), new Date('2025-10-17T12:00:00Z'))
    const drift = runRules(project, evidenceRules).filter((f) => f.ruleId === 'ledger-plan-drift')
    const claim = drift.find((f) => f.entity === `INTEGRATE-PYTORCH-000#claim:${plan}#task-B2`)
    expect(claim?.message).toContain(
      'Attempt #4 of [INTEGRATE-PYTORCH-000] says task B2 is complete'
    )
    expect(claim?.message).toContain('"Marked Phase B.B2 complete"')
  })
})
