import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { compareFindings } from '../../../src/core/diff.js'
import { check } from '../../../src/core/engine.js'
import { PlanguardError } from '../../../src/core/errors.js'
import type { Finding } from '../../../src/core/findings.js'
import { TempGitRepo } from '../../helpers/git-repo.js'
import { fakeParsers } from './fake-parsers.js'
import { badEntryRule, openTaskRule, reportFolderRule } from './test-rules.js'

const engineOptions = { rules: [badEntryRule, openTaskRule], parsers: fakeParsers }

function ledger(...entries: string[]): string {
  return ['# Ledger', ...entries.flatMap((entry) => [entry, '- Status: pending', ''])].join('\n')
}

const entityOf = (findings: Finding[] | undefined): string[] =>
  (findings ?? []).map((f) => f.entity)

describe('diff mode', () => {
  let repo: TempGitRepo
  let base: string

  beforeEach(() => {
    repo = new TempGitRepo()
    base = repo.commit(
      'base',
      {
        'docs/fix_plan.md': ledger('## [A-1] BAD first', '## [B-2] fine', '## [C-3] BAD third'),
        'plans/active/P/plan.md': '| A1 | one | [ ] |\n'
      },
      '2025-10-10T08:00:00Z'
    )
  })

  afterEach(() => repo.dispose())

  it('reports only the findings a change introduces, not ones that moved', async () => {
    repo.git('checkout', '-q', '-b', 'feature')
    // C-3 moves to the top, a new BAD entry arrives, A-1 is fixed.
    repo.commit(
      'change',
      {
        'docs/fix_plan.md': ledger(
          '## [C-3] BAD third',
          '## [A-1] good now',
          '## [B-2] fine',
          '## [E-5] BAD new'
        )
      },
      '2025-10-12T09:00:00Z'
    )
    const result = await check({ root: repo.root, base: 'main', ...engineOptions })
    expect(entityOf(result.findings)).toEqual(['C-3', 'E-5', 'A1'])
    expect(entityOf(result.introduced)).toEqual(['E-5'])
    expect(entityOf(result.fixed)).toEqual(['A-1'])
    expect(result.baseRevision).toBe(base)
    // "Now" is the HEAD commit's date.
    expect(result.project.now.toISOString()).toBe('2025-10-12T09:00:00.000Z')
  })

  it('compares against the merge base, not what the base branch did since', async () => {
    repo.git('checkout', '-q', '-b', 'feature')
    repo.commit('feature', { 'plans/active/P/plan.md': '| A1 | one | [ ] |\n| A2 | two | [ ] |\n' })
    repo.git('checkout', '-q', 'main')
    repo.commit('main fixes A-1', {
      'docs/fix_plan.md': ledger('## [A-1] ok', '## [B-2] fine', '## [C-3] BAD third')
    })
    repo.git('checkout', '-q', 'feature')
    const result = await check({ root: repo.root, base: 'main', ...engineOptions })
    expect(entityOf(result.introduced)).toEqual(['A2'])
    expect(result.fixed).toEqual([])
  })

  it('checks uncommitted changes of the working tree against the base', async () => {
    repo.write({
      'docs/fix_plan.md': ledger('## [A-1] BAD first', '## [B-2] BAD now', '## [C-3] BAD third')
    })
    const result = await check({ root: repo.root, base: 'HEAD', ...engineOptions })
    expect(entityOf(result.introduced)).toEqual(['B-2'])
  })

  it('uses the HEAD configuration for both sides', async () => {
    repo.git('checkout', '-q', '-b', 'feature')
    repo.commit('silence open-task', { '.github/planguard.yml': 'rules:\n  open-task: "off"\n' })
    const result = await check({ root: repo.root, base: 'main', ...engineOptions })
    expect(result.introduced).toEqual([])
    expect(entityOf(result.fixed)).toEqual([])
  })

  it('sees git-ignored local files on both sides alike', async () => {
    repo.commit('ignore local evidence', { '.gitignore': 'reports/\n' })
    repo.write({ 'reports/2025-10-11T080000Z/run.log': 'local only' })
    const result = await check({
      root: repo.root,
      base: 'HEAD',
      rules: [reportFolderRule],
      parsers: fakeParsers
    })
    expect(entityOf(result.findings)).toEqual(['path:reports/2025-10-11T080000Z'])
    expect(result.introduced).toEqual([])
    expect(result.fixed).toEqual([])
  })

  it('fails clearly when the base revision is not in the clone', async () => {
    await expect(
      check({ root: repo.root, base: 'origin/nowhere', ...engineOptions })
    ).rejects.toThrow(PlanguardError)
  })
})

describe('compareFindings', () => {
  it('matches by fingerprint only', () => {
    const finding = (fingerprint: string, line: number): Finding => ({
      ruleId: 'r',
      severity: 'error',
      file: 'f.md',
      line,
      column: 1,
      endLine: line,
      endColumn: 1,
      message: 'm',
      entity: fingerprint,
      fingerprint
    })
    const { introduced, fixed } = compareFindings(
      [finding('same', 40), finding('new', 2)],
      [finding('same', 3), finding('gone', 9)]
    )
    expect(introduced.map((f) => f.fingerprint)).toEqual(['new'])
    expect(fixed.map((f) => f.fingerprint)).toEqual(['gone'])
  })
})
