import { describe, expect, it } from '@jest/globals'
import { runRules } from '../../../src/core/engine.js'
import { allRules } from '../../../src/core/rules/index.js'
import { findingsFor, projectFromFiles } from '../../helpers/project.js'

function ledger(attempt: string): Record<string, string> {
  return {
    'docs/fix_plan.md': [
      '# Demo Fix Plan Ledger',
      '**Last Updated:** 2025-10-18',
      '',
      '## [ALPHA-001] Rebaseline the widget plan',
      '- Priority: High',
      '- Status: in_progress',
      '- Attempts History:',
      `  * ${attempt}`, // line 8
      ''
    ].join('\n'),
    'reports/2025-10-17T010000Z/run.log': 'log'
  }
}

describe('artifact-inside-repo', () => {
  it('reports evidence cited from /tmp', () => {
    const findings = findingsFor(
      'artifact-inside-repo',
      ledger('[2025-10-17] Attempt #1 — Run: Logs: `/tmp/alpha/run.log`.')
    )
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.ruleId).toBe('artifact-inside-repo')
    expect(finding?.severity).toBe('warning')
    expect(finding?.line).toBe(8)
    expect(finding?.entryId).toBe('ALPHA-001')
    expect(finding?.entity).toBe('outside:/tmp/alpha/run.log@ALPHA-001#attempt-1')
    expect(finding?.message).toContain(
      '`/tmp/alpha/run.log` cited as evidence by Attempt #1 of [ALPHA-001] lies outside the repository'
    )
  })

  it('is clean for evidence inside the repository', () => {
    expect(
      findingsFor(
        'artifact-inside-repo',
        ledger('[2025-10-17] Attempt #1 — Run: Logs: `reports/2025-10-17T010000Z/run.log`.')
      )
    ).toEqual([])
  })

  it('accepts outside locations listed in allow', () => {
    const files = ledger('[2025-10-17] Attempt #1 — Run: Data: `/opt/datasets/big.h5`.')
    expect(findingsFor('artifact-inside-repo', files)).toHaveLength(1)
    expect(
      findingsFor('artifact-inside-repo', files, { options: { allow: ['/opt/datasets/**'] } })
    ).toEqual([])
  })

  it('leaves reproduction recipes alone unless skipFields is emptied', () => {
    const files = {
      'docs/fix_plan.md': [
        '# Demo Fix Plan Ledger',
        '**Last Updated:** 2025-10-18',
        '',
        '## [ALPHA-001] Rebaseline the widget plan',
        '- Priority: High',
        '- Status: in_progress',
        '- Reproduction: `widget-sim -floatfile /tmp/py.bin -detpixels 512`',
        '- Attempts History:',
        '  * [2025-10-17] Attempt #1 — Run: reproduced.',
        ''
      ].join('\n')
    }
    expect(findingsFor('artifact-inside-repo', files)).toEqual([])
    const strict = findingsFor('artifact-inside-repo', files, { options: { skipFields: [] } })
    expect(strict.map((f) => f.entity)).toEqual([
      'outside:/tmp/py.bin@ALPHA-001#field-reproduction'
    ])
  })
})

describe('artifact-inside-repo: paths the tree refuses', () => {
  it('reports evidence cited inside .git/', () => {
    const findings = findingsFor(
      'artifact-inside-repo',
      ledger('[2025-10-17] Attempt #1 — Run: Artifacts: `.git/config`.')
    )
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining(
        '`.git/config` cited as evidence by Attempt #1 of [ALPHA-001] points into .git/'
      )
    ])
  })

  it('reports a symlink that leaves the root, and artifact-exists leaves it alone', async () => {
    const { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { check } = await import('../../../src/core/engine.js')
    const outside = mkdtempSync(join(tmpdir(), 'pg-outside-'))
    const root = mkdtempSync(join(tmpdir(), 'pg-root-'))
    try {
      writeFileSync(join(outside, 'secret.log'), 'not evidence')
      const files = ledger('[2025-10-17] Attempt #1 — Run: Artifacts: `reports/escape/secret.log`.')
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(root, path, '..'), { recursive: true })
        writeFileSync(join(root, path), text)
      }
      symlinkSync(outside, join(root, 'reports', 'escape'))
      const { findings } = await check({ root, now: new Date('2025-10-20T00:00:00Z') })
      const about = findings.filter((f) => f.message.includes('reports/escape/secret.log'))
      expect(about.map((f) => [f.ruleId, f.line])).toEqual([['artifact-inside-repo', 8]])
      expect(about[0]?.message).toContain('goes through a symlink that leaves the repository')
    } finally {
      rmSync(root, { recursive: true, force: true })
      rmSync(outside, { recursive: true, force: true })
    }
  })
})

describe('the citations artifact-exists and artifact-inside-repo share', () => {
  it('give each rule the same findings whichever runs first', () => {
    const files = {
      'docs/fix_plan.md': [
        '# Ledger',
        '**Last Updated:** 2025-10-18',
        '## [ALPHA-001] Shared citations',
        '- Status: in_progress',
        '- Attempts History:',
        '  * [2025-10-17] Attempt #1 — Ran it. Artifacts: `/tmp/run.log`, `reports/a/missing.md`, `reports/a/here.md`.',
        '  * [2025-10-18] Attempt #2 — Next: write `reports/b/later.md` and copy `/tmp/next.log`.',
        '  * [2025-10-18] Attempt #3 — Removed `reports/a/gone.md`; cited `reports/a/gone.md` again.',
        ''
      ].join('\n'),
      'reports/a/here.md': 'x'
    }
    const rules = allRules.filter((rule) =>
      ['artifact-exists', 'artifact-inside-repo'].includes(rule.id)
    )
    const alone = rules.flatMap((rule) => runRules(projectFromFiles(files), [rule]))
    const together = runRules(projectFromFiles(files), rules)
    const reversed = runRules(projectFromFiles(files), [...rules].reverse())
    const entities = (findings: { ruleId: string; entity: string }[]): string[] =>
      findings.map((f) => `${f.ruleId} ${f.entity}`).sort()
    expect(entities(alone)).toEqual([
      'artifact-exists path:reports/a/missing.md@ALPHA-001#attempt-1',
      'artifact-inside-repo outside:/tmp/run.log@ALPHA-001#attempt-1'
    ])
    expect(entities(together)).toEqual(entities(alone))
    expect(entities(reversed)).toEqual(entities(alone))
  })
})
