import { afterAll, describe, expect, it, jest } from '@jest/globals'
import * as realFs from 'node:fs'
import { sep } from 'node:path'
import type { CliIO } from '../../src/cli/types.js'
import { TempTree } from '../helpers/temp-tree.js'

/**
 * Proof that a check reads nothing outside its root: every node:fs call that reads content or
 * lists or stats a folder is recorded (the engine is loaded after the spy is in place), then the
 * repository cites, links and symlinks its way out in every way it can. (Symlinks are resolved
 * with realpath to decide where they lead: link metadata, never content or a folder listing.)
 */

type FsFunction = (...args: unknown[]) => unknown
const touched: string[] = []
const spied = [
  'readFileSync',
  'readdirSync',
  'statSync',
  'openSync',
  'createReadStream',
  'opendirSync'
]

function recording(name: string): FsFunction {
  const original = (realFs as unknown as Record<string, FsFunction>)[name] as FsFunction
  return (...args) => {
    if (typeof args[0] === 'string') touched.push(args[0])
    return original(...args)
  }
}

jest.unstable_mockModule('node:fs', () => {
  const replaced = Object.fromEntries(spied.map((name) => [name, recording(name)]))
  return { ...realFs, ...replaced, default: { ...realFs, ...replaced } }
})
const { check } = await import('../../src/core/engine.js')
const { main } = await import('../../src/cli/main.js')

const NOW = '2025-10-20T12:00:00Z'
const outside = new TempTree('planguard-outside-')
const repo = new TempTree('planguard-confined-')
afterAll(() => {
  outside.remove()
  repo.remove()
})

// Everything outside would be reported if it were read: a bad status, a bad task state, a cited file.
outside.write({
  'fix_plan.md': '## [OUT-1] Outside\n- Status: exploded\n',
  'secret.md': 'top secret\n',
  'plans/implementation.md':
    '### Phase A — A\n| ID | Task | State |\n| --- | --- | --- |\n| A1 | x | [?] |\n',
  'reports/2025-10-17T025000Z/run.log': 'outside evidence\n',
  '.gitignore': '*\n'
})
repo.write({
  'docs/fix_plan.md': [
    '# Ledger',
    '**Last Updated:** 2025-10-17',
    '## [IN-1] Inside',
    '- Status: in_progress',
    '- Priority: High',
    '- Working Plan: plans/active/OUT/implementation.md',
    '- Attempts History:',
    '  * [2025-10-17] Attempt #1 — Phase A.A1: `../../etc/passwd`, `/etc/hostname`, `.git/config`,',
    '    `reports/escape/2025-10-17T025000Z/run.log`, `secret-link.md`, `docs/../../x.md`.',
    '- Exit Criteria:',
    '  - none',
    ''
  ].join('\n'),
  '.git/config': '[core]\n',
  '.github/planguard.yml': "files:\n  archiveLedgers: ['archive/*.md']\n"
})
repo.link('secret-link.md', outside.path('secret.md'))
repo.link('plans/active/OUT', outside.path('plans'))
repo.link('reports/escape', outside.path('reports'))
repo.link('archive/fix_plan_archive.md', outside.path('fix_plan.md'))
repo.link('.gitignore', outside.path('.gitignore'))

function outsideRoot(paths: readonly string[]): string[] {
  return paths.filter((path) => path !== repo.root && !path.startsWith(repo.root + sep))
}

describe('confinement to the repository root', () => {
  it('the spy sees reads the engine would make (a guard against a vacuous proof)', async () => {
    const fs = await import('node:fs')
    touched.length = 0
    fs.readFileSync(outside.path('secret.md'))
    expect(outsideRoot(touched)).toEqual([outside.path('secret.md')])
  })

  it('check() reads, lists and stats nothing outside the root', async () => {
    touched.length = 0
    const result = await check({ root: repo.root, now: new Date(NOW) })
    expect(touched).toContain(repo.path('docs/fix_plan.md'))
    expect(outsideRoot(touched)).toEqual([])
    // Nothing from outside made it into the model or the findings.
    expect(result.project.plans).toEqual([])
    expect(result.project.archiveLedgers).toEqual([])
    expect(result.findings.filter((f) => /exploded|\[\?\]/.test(f.message))).toEqual([])
    const outsideFinding = result.findings.find((f) => f.ruleId === 'artifact-inside-repo')
    expect(outsideFinding).toMatchObject({ file: 'docs/fix_plan.md', line: 8 })
  })

  it('the CLI reads nothing outside the root either', async () => {
    touched.length = 0
    let stdout = ''
    const io: CliIO = {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      stdoutIsTTY: false,
      env: {},
      cwd: repo.root
    }
    const code = await main(['check', '.', '--now', NOW, '--format', 'json'], io)
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as { findings: { ruleId: string; file: string }[] }
    expect(report.findings.map((f) => f.file)).toEqual(
      expect.not.arrayContaining([expect.stringContaining('..')])
    )
    expect(touched).toContain(repo.path('docs/fix_plan.md'))
    expect(outsideRoot(touched)).toEqual([])
  })
})
