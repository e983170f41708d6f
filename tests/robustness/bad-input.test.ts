import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { closeSync, openSync, writeSync } from 'node:fs'
import { main } from '../../src/cli/main.js'
import type { CliIO } from '../../src/cli/types.js'
import { check } from '../../src/core/engine.js'
import type { Finding } from '../../src/core/findings.js'
import { TempTree } from '../helpers/temp-tree.js'

/**
 * Bad input end to end, through `check()` and the CLI, on real folders: every case must end in a
 * finding or an error that says what and where (file, line, column), in bounded time.
 */

const NOW = new Date('2025-10-20T12:00:00Z')
const LEDGER_FILE = 'docs/fix_plan.md'

interface LedgerParts {
  /** Text of the one attempt, on line 8 (where paths are cited). */
  attempt?: string
  status?: string
  /** Lines after the attempt, from line 9. */
  extra?: string[]
}

/** A small healthy ledger, with the parts a test damages. */
function ledgerText({
  attempt = 'Phase A.A1 Inventory: done.',
  status = 'in_progress',
  extra = []
}: LedgerParts = {}): string {
  return [
    '# Demo Fix Plan Ledger',
    '**Last Updated:** 2025-10-17',
    '',
    '## [DEMO-001] Demo initiative',
    `- Status: ${status}`,
    '- Priority: High',
    '- Attempts History:',
    `  * [2025-10-17] Attempt #1 — ${attempt}`,
    ...extra,
    '- Exit Criteria:',
    '  - the demo works',
    ''
  ].join('\n')
}

const trees: TempTree[] = []
afterEach(() => {
  for (const tree of trees.splice(0)) tree.remove()
})

function tree(files: Record<string, string | Uint8Array> = {}): TempTree {
  const created = new TempTree('planguard-bad-input-').write(files)
  trees.push(created)
  return created
}

async function findingsOf(root: string): Promise<Finding[]> {
  return (await check({ root, now: NOW })).findings
}

function byRule(findings: readonly Finding[], ruleId: string): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId)
}

interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** `planguard <argv>` in-process, output captured. */
async function cli(argv: string[]): Promise<CliRun> {
  const run: CliRun = { code: -1, stdout: '', stderr: '' }
  const io: CliIO = {
    stdout: (text) => void (run.stdout += text),
    stderr: (text) => void (run.stderr += text),
    stdoutIsTTY: false,
    env: {},
    cwd: process.cwd()
  }
  run.code = await main(argv, io)
  return run
}

describe('a missing ledger', () => {
  it('is an error on the configured path naming the globs, the setting and the look-alike', async () => {
    const root = tree({ 'fix_plan.md': ledgerText(), 'plans/active/DEMO-001/plan.md': '# Plan\n' })
    const findings = await findingsOf(root.root)
    const [missing, ...others] = byRule(findings, 'ledger-missing')
    expect(others).toEqual([])
    expect(missing).toMatchObject({ severity: 'error', file: LEDGER_FILE, line: 1, column: 1 })
    expect(missing?.message).toContain('nothing matches files.ledgers `docs/fix_plan.md`')
    expect(missing?.message).toContain('set files.ledgers in .github/planguard.yml')
    expect(missing?.message).toContain('ledger-like files found: `fix_plan.md`')
  })

  it('fails the CLI check (exit 1) with file:line:column, and can be turned off', async () => {
    const root = tree({ 'README.md': '# nothing planned here\n' })
    const run = await cli(['check', root.root, '--now', NOW.toISOString()])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/docs\/fix_plan\.md:1:1\b.*ledger-missing/)

    root.write({ '.github/planguard.yml': 'rules:\n  ledger-missing: off\n' })
    const off = await cli(['check', root.root, '--now', NOW.toISOString(), '--format', 'json'])
    expect(off.code).toBe(0)
    expect(JSON.parse(off.stdout)).toMatchObject({ findings: [], summary: { files: 0 } })
  })

  it('names the configuration file in use and every glob tried', async () => {
    const root = tree({
      '.github/planguard.yaml': "files:\n  ledgers: ['ledger/*.md', 'LEDGER.md']\n"
    })
    const [missing] = byRule(await findingsOf(root.root), 'ledger-missing')
    expect(missing?.file).toBe('ledger/*.md')
    expect(missing?.message).toContain('`ledger/*.md`, `LEDGER.md`')
    expect(missing?.message).toContain('set files.ledgers in .github/planguard.yaml')
  })
})

describe('an unreadable ledger', () => {
  it('empty: malformed-structure at 1:1, and not mistaken for a missing ledger', async () => {
    const findings = await findingsOf(tree({ [LEDGER_FILE]: ' \n\n\t\n' }).root)
    expect(findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual(
      [
        expect.stringMatching(
          /^malformed-structure docs\/fix_plan\.md:1:1 docs\/fix_plan\.md is empty/
        )
      ]
    )
  })

  it('binary (NUL bytes): malformed-structure at 1:1 saying so', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('## [A-1] x\n'), 0, 1, 2, 0])
    const [finding, ...rest] = await findingsOf(tree({ [LEDGER_FILE]: bytes }).root)
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ ruleId: 'malformed-structure', file: LEDGER_FILE, line: 1 })
    expect(finding?.message).toContain('is a binary file (it contains NUL bytes), not Markdown')
  })

  it('invalid UTF-8: reported, and the rest of the ledger is still checked', async () => {
    const encoder = new TextEncoder()
    const text = ledgerText({ attempt: 'Phase A.A1 caf', status: 'in_progess' })
    const [before, after] = text.split('caf') as [string, string]
    const bytes = new Uint8Array([
      ...encoder.encode(`${before}caf`),
      0xe9,
      ...encoder.encode(after)
    ])
    const result = await check({ root: tree({ [LEDGER_FILE]: bytes }).root, now: NOW })
    const [encoding] = byRule(result.findings, 'malformed-structure')
    expect(encoding).toMatchObject({ file: LEDGER_FILE, line: 1, column: 1 })
    expect(encoding?.message).toContain('is not valid UTF-8')
    expect(encoding?.message).toContain('Re-save the file as UTF-8')
    // The misspelt status proves the entry around the bad byte was still parsed and checked.
    const [status] = byRule(result.findings, 'status-vocabulary')
    expect(status).toMatchObject({ file: LEDGER_FILE, line: 5 })
    expect(status?.message).toContain('in_progess')
  })
})

describe('huge and deep input stays bounded', () => {
  it('a ledger that is a named pipe is not opened (reading it would block forever)', async () => {
    const root = tree({ 'docs/.keep': '' })
    execFileSync('mkfifo', [root.path(LEDGER_FILE)])
    const findings = await findingsOf(root.root)
    expect(findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'ledger-missing docs/fix_plan.md:1:1'
    ])
  })

  it('a 50 MB ledger is reported too large without being parsed', async () => {
    const root = tree({ 'docs/.keep': '' })
    writeLargeLedger(root.path(LEDGER_FILE), 50 * 1000 * 1000)
    const started = performance.now()
    const result = await check({ root: root.root, now: NOW })
    const elapsed = performance.now() - started
    console.log(`50 MB ledger checked in ${elapsed.toFixed(0)} ms`)
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'malformed-structure docs/fix_plan.md:1:1'
    ])
    expect(result.findings[0]?.message).toMatch(
      /docs\/fix_plan\.md is too large to check \(47\.\d MB, the limit is 32\.0 MB\)/
    )
    expect(result.summary.entries).toBe(0)
  })

  it('10,000-deep nested lists in an attempt are read without a crash', async () => {
    const deep = `    ${'- '.repeat(10000)}deepest`
    const stair = Array.from(
      { length: 300 },
      (_, depth) => `${'  '.repeat(depth + 2)}- level ${depth}`
    )
    const text = ledgerText({
      attempt: 'Phase A.A1: see below',
      status: 'not-a-status',
      extra: [deep, ...stair]
    })
    const started = performance.now()
    const result = await check({ root: tree({ [LEDGER_FILE]: text }).root, now: NOW })
    console.log(`10,000-deep lists checked in ${(performance.now() - started).toFixed(0)} ms`)
    // The one finding is the status above the nesting: nothing crashed, nothing was invented.
    expect(result.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual([
      'status-vocabulary 5:11'
    ])
    expect(result.summary).toMatchObject({ entries: 1, attempts: 1 })
    const [entry] = result.project.ledgers[0]?.entries ?? []
    expect(entry?.attempts[0]?.text).toContain('deepest')
  })

  it('10,000-deep nested brace groups in a cited path expand to nothing and crash nothing', async () => {
    const braces = `${'{a,'.repeat(10000)}b${'}'.repeat(10000)}`
    const text = ledgerText({ attempt: `Phase A.A1: Artifacts: \`reports/${braces}.md\`.` })
    const result = await check({ root: tree({ [LEDGER_FILE]: text }).root, now: NOW })
    expect(byRule(result.findings, 'internal-error')).toEqual([])
    const [ref] = result.project.ledgers[0]?.entries[0]?.attempts[0]?.artifacts ?? []
    expect(ref).toMatchObject({ truncated: true, paths: [], range: { line: 8 } })
    // No path was invented from the half-expanded text; the one finding says it was cut short.
    const findings = byRule(result.findings, 'artifact-exists')
    expect(findings.map((f) => [f.line, f.entity.startsWith('truncated:')])).toEqual([[8, true]])
    expect(findings[0]?.message).toContain('expands to more paths than planguard checks')
  })

  it('a cited path 3,000 segments deep is looked up in bounded time', async () => {
    const deep = 'reports/2025-10-17T025000Z/'.repeat(3000)
    const text = ledgerText({ attempt: `Phase A.A1: Artifacts: \`${deep}run.log\`.` })
    const root = tree({
      [LEDGER_FILE]: text,
      '.gitignore': 'tmp/\n',
      'reports/.gitignore': '*.bak\n'
    })
    const started = performance.now()
    const result = await check({ root: root.root, now: NOW })
    console.log(`3,000-segment path checked in ${(performance.now() - started).toFixed(0)} ms`)
    const [missing, ...more] = byRule(result.findings, 'artifact-exists')
    expect(more).toEqual([])
    expect(missing).toMatchObject({ file: LEDGER_FILE, line: 8 })
    expect(missing?.message).toContain('does not exist')
  })

  it('a brace bomb ({a,b} x 40) is cut at artifacts.maxExpansion and reported once', async () => {
    const bomb = '{a,b}'.repeat(40)
    const text = ledgerText({
      attempt: `Phase A.A1: Artifacts: \`reports/2025-10-17T025000Z/${bomb}.md\`.`
    })
    const started = performance.now()
    const result = await check({ root: tree({ [LEDGER_FILE]: text }).root, now: NOW })
    console.log(`brace bomb checked in ${(performance.now() - started).toFixed(0)} ms`)
    const [ref] = result.project.ledgers[0]?.entries[0]?.attempts[0]?.artifacts ?? []
    expect(ref?.truncated).toBe(true)
    expect(ref?.paths).toHaveLength(256)
    // All 256 paths lie under a missing `reports/`: one finding at the citation says so, and one
    // more says the expansion was cut short.
    const [truncated, missing, ...more] = byRule(result.findings, 'artifact-exists').sort((a, b) =>
      a.entity.startsWith('truncated:') === b.entity.startsWith('truncated:')
        ? 0
        : a.entity.startsWith('truncated:')
          ? -1
          : 1
    )
    expect(more).toEqual([])
    expect(truncated?.message).toContain('expands to more paths than planguard checks')
    const column = (text.split('\n')[7]?.indexOf('reports/') ?? -1) + 1
    expect(missing).toMatchObject({ file: LEDGER_FILE, line: 8, column })
    expect(missing?.message).toContain(
      '`reports/` cited by Attempt #1 of [DEMO-001] does not exist'
    )
    expect(missing?.message).toMatch(
      /256 cited paths under it, e\.g\. `reports\/2025-10-17T025000Z\/[ab]{40}\.md`/
    )
  })
})

describe('paths that leave the repository', () => {
  it('../../etc/passwd is reported as outside the repository, at its column', async () => {
    const text = ledgerText({ attempt: 'Phase A.A1: Logs: `../../etc/passwd`.' })
    const findings = await findingsOf(tree({ [LEDGER_FILE]: text }).root)
    const [outside] = byRule(findings, 'artifact-inside-repo')
    const column = (text.split('\n')[7]?.indexOf('../../etc/passwd') ?? -1) + 1
    expect(outside).toMatchObject({ file: LEDGER_FILE, line: 8, column })
    expect(outside?.message).toContain('`../../etc/passwd` cited as evidence by Attempt #1')
    expect(outside?.message).toContain('lies outside the repository')
    expect(byRule(findings, 'artifact-exists')).toEqual([])
  })

  it('a ledger that is a symlink to a file outside the root is not read', async () => {
    // The outside ledger would give a status-vocabulary finding if it were read.
    const outside = tree({ 'fix_plan.md': ledgerText({ status: 'exploded' }) })
    const root = tree({})
    root.link(LEDGER_FILE, outside.path('fix_plan.md'))
    const findings = await findingsOf(root.root)
    expect(findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'ledger-missing docs/fix_plan.md:1:1'
    ])
    expect(findings[0]?.message).toContain(
      'files.ledgers `docs/fix_plan.md` (`docs/fix_plan.md` leads outside the repository, and is not read)'
    )
  })

  it('an artifact symlinked outside the root is not found, and a plan symlinked out is not read', async () => {
    const outside = tree({
      'secret.md': 'top secret\n',
      'plan.md':
        '# Plan\n### Phase A — A\n| ID | Task | State |\n| --- | --- | --- |\n| A1 | x | [?] |\n'
    })
    const text = ledgerText({
      attempt: 'Phase A.A1: `reports/2025-10-17T025000Z/secret.md`.',
      extra: ['- Working Plan: plans/active/DEMO-001/implementation.md']
    })
    const root = tree({ [LEDGER_FILE]: text })
    root.link('reports/2025-10-17T025000Z/secret.md', outside.path('secret.md'))
    root.link('plans/active/DEMO-001/implementation.md', outside.path('plan.md'))
    const result = await check({ root: root.root, now: NOW })
    expect(result.project.plans).toEqual([])
    expect(byRule(result.findings, 'task-state-vocabulary')).toEqual([])
    // Reported as leaving the repository, not as missing, and not read.
    expect(byRule(result.findings, 'artifact-exists')).toEqual([])
    const [artifact] = byRule(result.findings, 'artifact-inside-repo')
    expect(artifact).toMatchObject({ file: LEDGER_FILE, line: 8 })
    expect(artifact?.message).toContain(
      '`reports/2025-10-17T025000Z/secret.md` cited as evidence by Attempt #1'
    )
    expect(artifact?.message).toContain('goes through a symlink that leaves the repository')
    expect(result.project.fs.refusal?.('reports/2025-10-17T025000Z/secret.md')).toBe('outside-root')
    const [plan] = byRule(result.findings, 'plan-link-exists')
    expect(plan?.message).toContain('`plans/active/DEMO-001/implementation.md`')
  })

  it('.git/config is classified git-internal and never read, even when it exists', async () => {
    // Were .git/config read as a plan or ledger, its bad status would be reported.
    const text = ledgerText({ attempt: 'Phase A.A1: `.git/config`.' })
    const root = tree({
      [LEDGER_FILE]: text,
      '.git/config': '## [GIT-1] Not a ledger\n- Status: exploded\n',
      '.github/planguard.yml': "files:\n  ledgers: ['docs/fix_plan.md', '.git/config']\n"
    })
    const result = await check({ root: root.root, now: NOW })
    const [ref] = result.project.ledgers[0]?.entries[0]?.attempts[0]?.artifacts ?? []
    expect(ref?.paths).toEqual([{ path: '.git/config', kind: 'git-internal' }])
    expect(result.project.ledgers.map((ledger) => ledger.file)).toEqual([LEDGER_FILE])
    expect(result.findings.filter((f) => f.message.includes('exploded'))).toEqual([])
    expect(result.project.fs.read('.git/config')).toBeUndefined()
    expect(result.project.fs.refusal?.('.git/config')).toBe('git-internal')
    const [cited] = byRule(result.findings, 'artifact-inside-repo')
    expect(cited?.message).toContain('`.git/config` cited as evidence by Attempt #1')
    expect(cited?.message).toContain('points into .git/')
  })
})

describe('a broken configuration file', () => {
  it('a YAML syntax error exits 2 with file:line:col', async () => {
    const root = tree({
      [LEDGER_FILE]: ledgerText(),
      '.github/planguard.yml': 'files:\n  ledgers: [docs/fix_plan.md\nrules: {}\n'
    })
    const run = await cli(['check', root.root, '--now', NOW.toISOString()])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^planguard: \.github\/planguard\.yml:\d+:\d+: invalid YAML: /)
  })

  it('a configuration symlinked outside the repository exits 2 instead of using the defaults', async () => {
    const outside = tree({ 'planguard.yml': 'rules:\n  ledger-missing: off\n' })
    const root = tree({ 'README.md': '# no ledger\n' })
    root.link('.github/planguard.yml', outside.path('planguard.yml'))
    const run = await cli(['check', root.root, '--now', NOW.toISOString()])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'planguard: .github/planguard.yml: the configuration file is a symlink to a file outside the repository'
    )
  })

  it('an invalid value exits 2 naming the key path at its line and column', async () => {
    const root = tree({
      [LEDGER_FILE]: ledgerText(),
      '.github/planguard.yml':
        'files:\n  ledgers: docs/fix_plan.md\nrules:\n  artifact-exists: loud\n'
    })
    const run = await cli(['check', root.root, '--now', NOW.toISOString()])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      '.github/planguard.yml:2:3: files.ledgers: expected array (got "docs/fix_plan.md")'
    )
    expect(run.stderr).toContain(
      '.github/planguard.yml:4:3: rules.artifact-exists: expected one of error, warning, info, off (got "loud")'
    )
  })
})

describe('other broken inputs of a check', () => {
  it('a baseline that is not JSON exits 2 with file:line:col', async () => {
    const root = tree({ [LEDGER_FILE]: ledgerText(), 'baseline.json': '{\n  "version": 1,\n  }\n' })
    const run = await cli([
      'check',
      root.root,
      '--now',
      NOW.toISOString(),
      '--baseline',
      root.path('baseline.json')
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^planguard: .*baseline\.json:3:3: baseline is not valid JSON/)
  })

  it('a repository root that is missing or is a file exits 2 naming it', async () => {
    const root = tree({ 'file.md': 'x' })
    const missing = await cli(['check', root.path('nope'), '--now', NOW.toISOString()])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(`planguard: repository folder not found: ${root.path('nope')}`)
    const file = await cli(['check', root.path('file.md'), '--now', NOW.toISOString()])
    expect(file.code).toBe(2)
    expect(file.stderr).toContain(`repository folder not found: ${root.path('file.md')}`)
  })

  it('a base revision that does not exist exits 2 naming it', async () => {
    const root = tree({ [LEDGER_FILE]: ledgerText() })
    execFileSync('git', ['init', '-q'], { cwd: root.root })
    const run = await cli(['check', root.root, '--now', NOW.toISOString(), '--base', 'no-such-ref'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('planguard: revision no-such-ref is not present in this clone\n')
  })
})

describe('line endings and byte-order marks', () => {
  it('a CRLF ledger with a BOM reports what its LF twin reports, at the same places', async () => {
    const text = ledgerText({
      attempt: 'Phase A.A1: `reports/2025-10-17T025000Z/missing.md`.',
      status: 'in_progess',
      extra: [
        '<!-- planguard-disable-next-line no-such-rule -->',
        '  * [2025-10-16] Attempt #3 — Phase A.A2: out of order'
      ]
    })
    const lf = await findingsOf(tree({ [LEDGER_FILE]: text }).root)
    const crlf = await findingsOf(
      tree({ [LEDGER_FILE]: `\uFEFF${text.replaceAll('\n', '\r\n')}` }).root
    )
    const shape = (findings: Finding[]): string[] =>
      findings.map(
        (f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`
      )
    expect(lf.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['status-vocabulary', 'artifact-exists', 'invalid-suppression'])
    )
    expect(shape(crlf)).toEqual(shape(lf))
    expect(crlf.map((f) => f.fingerprint)).toEqual(lf.map((f) => f.fingerprint))
  })

  it('old Mac line endings (a lone CR) put findings and suppressions on the same lines too', async () => {
    const text = ledgerText({
      status: 'in_progess',
      extra: [
        '<!-- planguard-disable-next-line artifact-exists -- pruned -->',
        '  * [2025-10-18] Attempt #2 — Phase A.A2: `reports/gone.md`.',
        '  * [2025-10-19] Attempt #3 — Phase A.A3: `reports/missing.md`.'
      ]
    })
    const lf = await check({ root: tree({ [LEDGER_FILE]: text }).root, now: NOW })
    const cr = await check({
      root: tree({ [LEDGER_FILE]: text.replaceAll('\n', '\r') }).root,
      now: NOW
    })
    const shape = (findings: Finding[] = []): string[] =>
      findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`)
    expect(shape(lf.findings)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^status-vocabulary 5:11 /)])
    )
    expect(shape(lf.suppressed)).toEqual([expect.stringMatching(/^artifact-exists 10:/)])
    expect(shape(cr.findings)).toEqual(shape(lf.findings))
    expect(shape(cr.suppressed)).toEqual(shape(lf.suppressed))
  })
})

/** Writes a ledger of about `bytes` bytes in chunks, so the test itself never holds it in memory. */
function writeLargeLedger(file: string, bytes: number): void {
  const fd = openSync(file, 'w')
  try {
    let written = writeSync(fd, '# Ledger\n**Last Updated:** 2025-10-17\n')
    for (let index = 0; written < bytes; index++) {
      const attempts = Array.from(
        { length: 20 },
        (_, n) => `  * [2025-10-17] Attempt #${n + 1} — Phase A.A1: see \`reports/x/f${n}.md\`.\n`
      )
      const entry = `## [E-${index}] Entry ${index}\n- Status: in_progress\n- Attempts History:\n`
      written += writeSync(fd, entry + attempts.join(''))
    }
  } finally {
    closeSync(fd)
  }
}
