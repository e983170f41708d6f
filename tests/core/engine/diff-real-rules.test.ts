import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../../../src/core/engine.js'
import { TempGitRepo } from '../../helpers/git-repo.js'

/**
 * Diff mode with the real parsers and every rule, on the seed ledger: reordering entries must
 * introduce nothing (fingerprints never depend on lines), a new bad citation must be the only
 * thing introduced. Skipped without ../shared/seeds.
 */
const seeds = join(process.cwd(), '..', 'shared', 'seeds')
const withSeeds = existsSync(seeds) ? describe : describe.skip

/** The ledger split into its header and its `## [ID]` entries. */
function splitEntries(ledger: string): { header: string; entries: string[] } {
  const [header = '', ...entries] = ledger.split(/\n(?=## \[)/)
  return { header, entries }
}

withSeeds('diff mode with the real rules', () => {
  let repo: TempGitRepo
  let ledger: string
  let plan: string

  beforeAll(() => {
    ledger = readFileSync(join(seeds, '000_c9ada02a683c610c.txt'), 'utf8')
    plan = readFileSync(join(seeds, '004_38000958d4559053.txt'), 'utf8')
    repo = new TempGitRepo()
    repo.commit('seed', {
      'docs/fix_plan.md': ledger,
      'plans/active/INTEGRATE-PYTORCH-000/implementation.md': plan
    })
  })

  afterAll(() => repo.dispose())

  it('reports nothing introduced or fixed when entries only change places', async () => {
    const { header, entries } = splitEntries(ledger)
    expect(entries.length).toBeGreaterThan(1)
    repo.git('checkout', '-q', '-b', 'reorder')
    repo.commit('reorder', {
      'docs/fix_plan.md': [
        header,
        ...[...entries].reverse().map((e) => e.replace(/\n*$/, '\n'))
      ].join('\n')
    })
    const result = await check({ root: repo.root, base: 'main' })
    expect(result.findings.length).toBeGreaterThan(0)
    expect(result.introduced).toEqual([])
    expect(result.fixed).toEqual([])
    repo.git('checkout', '-q', 'main')
  })

  it('reports a newly cited missing artifact as the only thing introduced', async () => {
    const marker = '  * [2025-10-17] Attempt #5'
    expect(ledger).toContain(marker)
    const added =
      '  * [2025-10-17] Attempt #6 — Phase C.C3 Follow-up: Logged the sync. Artifacts: `plans/active/INTEGRATE-PYTORCH-000/reports/2025-10-17T090000Z/sync_notes.md`.\n'
    const lineOfAttempt5 = ledger.slice(0, ledger.indexOf(marker)).split('\n').length
    const withAttempt = ledger.replace(/( {2}\* \[2025-10-17\] Attempt #5[^\n]*\n)/, `$1${added}`)
    repo.git('checkout', '-q', '-b', 'new-attempt')
    repo.commit('new attempt', { 'docs/fix_plan.md': withAttempt })
    const result = await check({ root: repo.root, base: 'main' })
    const introduced = result.introduced ?? []
    expect(introduced.map((f) => f.ruleId)).toContain('artifact-exists')
    // Everything introduced points at the new attempt line.
    for (const finding of introduced) expect(finding.line).toBe(lineOfAttempt5 + 1)
    expect(result.fixed).toEqual([])
    repo.git('checkout', '-q', 'main')
  })
})
