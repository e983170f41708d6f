import { rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CheckJson } from '../../src/core/report/json.js'
import { TempGitRepo } from './git-repo.js'
import { runCli } from './helpers.js'

const NOW = '2025-10-20T12:00:00Z'

/** A small ledger written for this test: one sound entry and one with an unknown status. */
function ledger(extraAttempt = '', otherStatus = 'finished'): string {
  return [
    '# Test Fix Plan Ledger',
    '',
    '**Last Updated:** 2025-10-12',
    '',
    '## [ALPHA-001] Sound entry',
    '- Priority: High',
    '- Status: in_progress',
    '- Attempts History:',
    '  * [2025-10-09] Attempt #0 — Planning: wrote the plan.',
    '  * [2025-10-10] Attempt #1 — Work: did the work.',
    ...(extraAttempt ? [extraAttempt] : []),
    '',
    '## [BETA-002] Entry with a status outside the vocabulary',
    '- Priority: Low',
    `- Status: ${otherStatus}`,
    '- Attempts History:',
    '  * [2025-10-11] Attempt #0 — Planning: wrote the plan.',
    ''
  ].join('\n')
}

async function diffJson(
  repo: TempGitRepo
): Promise<{ code: number; json: CheckJson; stderr: string }> {
  const result = await runCli([
    'check',
    repo.root,
    '--base',
    'main',
    '--now',
    NOW,
    '--format',
    'json'
  ])
  return {
    code: result.code,
    stderr: result.stderr,
    json: JSON.parse(result.stdout || '{}') as CheckJson
  }
}

describe('check --base (diff mode) on a temporary git repository', () => {
  const repo = new TempGitRepo()
  beforeAll(() => {
    repo.write('docs/fix_plan.md', ledger())
    repo.commit('base ledger')
    repo.git('checkout', '-q', '-b', 'feature')
  })
  afterAll(() => rmSync(repo.root, { recursive: true, force: true }))

  it('reports the pre-existing problem without --base', async () => {
    const result = await runCli(['check', repo.root, '--now', NOW, '--format', 'json'])
    const json = JSON.parse(result.stdout) as CheckJson
    expect(json.findings.map((finding) => finding.ruleId)).toContain('status-vocabulary')
    expect(result.code).toBe(1)
  })

  it('passes when the change introduces nothing, whatever was there before', async () => {
    repo.write('docs/fix_plan.md', ledger('  * [2025-10-12] Attempt #2 — Work: more work.'))
    const { code, json, stderr } = await diffJson(repo)
    expect(stderr).toBe('')
    expect(json.findings).toEqual([])
    expect(json.summary.introduced).toBe(0)
    expect(json.summary.fixed).toBe(0)
    expect(json.base).toBe('main')
    expect(code).toBe(0)
  })

  it('reports only what the change introduced, and counts what it fixed', async () => {
    repo.write(
      'docs/fix_plan.md',
      ledger('  * [2025-10-12] Attempt #1 — Again: renumbered by mistake.', 'done')
    )
    repo.commit('duplicate attempt, status fixed')
    const { code, json } = await diffJson(repo)
    expect(json.findings.map((finding) => finding.ruleId)).toEqual(['attempt-number-sequence'])
    expect(json.findings[0]?.entryId).toBe('ALPHA-001')
    expect(json.summary.introduced).toBe(1)
    expect(json.summary.fixed).toBe(1)
    expect(json.summary.errors).toBe(1)
    expect(code).toBe(1)
    const text = await runCli(['check', repo.root, '--base', 'main', '--now', NOW])
    expect(text.stdout).toContain('1 introduced, 1 fixed since main')
  })

  it('exits 2 with a clear message for a revision that does not exist', async () => {
    const result = await runCli(['check', repo.root, '--base', 'no-such-branch', '--now', NOW])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^planguard: .*no-such-branch/)
    expect(result.stdout).toBe('')
  })
})

describe('check --format sarif in a sub-folder of a git work tree', () => {
  const repo = new TempGitRepo()
  beforeAll(() => {
    repo.write('tools/planner/docs/fix_plan.md', ledger())
    repo.commit('ledger in a sub-folder')
  })
  afterAll(() => rmSync(repo.root, { recursive: true, force: true }))

  it('locates results from the git root, where code scanning looks', async () => {
    const result = await runCli([
      'check',
      `${repo.root}/tools/planner`,
      '--now',
      NOW,
      '--format',
      'sarif'
    ])
    const log = JSON.parse(result.stdout) as {
      runs: {
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]
      }[]
    }
    const uris = log.runs[0]?.results.map(
      (item) => item.locations[0]?.physicalLocation.artifactLocation.uri
    )
    expect(uris?.length).toBeGreaterThan(0)
    expect(uris?.every((uri) => uri === 'tools/planner/docs/fix_plan.md')).toBe(true)
    const json = await runCli([
      'check',
      `${repo.root}/tools/planner`,
      '--now',
      NOW,
      '--format',
      'json'
    ])
    expect((JSON.parse(json.stdout) as CheckJson).findings[0]?.file).toBe('docs/fix_plan.md')
  })
})
