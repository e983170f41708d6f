import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFileAtomic } from '../../src/cli/output.js'
import { isPlanguardError } from '../../src/core/errors.js'
import type { CheckJson } from '../../src/core/report/json.js'
import { DEMO, DEMO_NOW } from './demo-fixture.js'
import { runCli } from './helpers.js'

const work = mkdtempSync(join(tmpdir(), 'pg-cli-output-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A private copy of the demo repository that a test may change. */
function demoCopy(name: string): string {
  const dir = join(work, name)
  cpSync(DEMO, dir, { recursive: true })
  return dir
}

describe('--output', () => {
  it('writes the report to the file instead of stdout, relative to the cwd', async () => {
    const result = await runCli([
      'check',
      DEMO,
      '--now',
      DEMO_NOW,
      '--format',
      'json',
      '--output',
      join(work, 'report.json')
    ])
    expect(result.stdout).toBe('')
    const json = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as CheckJson
    expect(json.findings.length).toBeGreaterThan(0)
    expect(result.code).toBe(1)
    const relative = await runCli(
      ['check', join(process.cwd(), DEMO), '--now', DEMO_NOW, '-o', 'relative.txt'],
      { cwd: work }
    )
    expect(relative.stdout).toBe('')
    expect(readFileSync(join(work, 'relative.txt'), 'utf8')).toMatch(/^docs\/fix_plan\.md:\d+:\d+ /)
  })

  it('leaves the target untouched when the run fails, and no temporary file behind', async () => {
    const repo = demoCopy('broken-config')
    writeFileSync(join(repo, '.github/planguard.yml'), 'rules:\n  no-such-rule: error\n')
    const target = join(work, 'kept.sarif')
    writeFileSync(target, 'previous report\n')
    const result = await runCli([
      'check',
      repo,
      '--now',
      DEMO_NOW,
      '--format',
      'sarif',
      '--output',
      target
    ])
    expect(result.code).toBe(2)
    expect(readFileSync(target, 'utf8')).toBe('previous report\n')
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('replaces an existing file whole', async () => {
    const target = join(work, 'replaced.json')
    writeFileSync(target, 'x'.repeat(100_000))
    await runCli(['check', DEMO, '--now', DEMO_NOW, '--format', 'json', '--output', target])
    expect(() => JSON.parse(readFileSync(target, 'utf8'))).not.toThrow()
  })

  it('fails with exit 2 and no partial file when the folder does not exist', async () => {
    const target = join(work, 'missing-folder', 'report.json')
    const result = await runCli(['check', DEMO, '--now', DEMO_NOW, '--output', target])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^planguard: cannot write /)
    expect(existsSync(target)).toBe(false)
  })
})

describe('writeFileAtomic', () => {
  it('writes through a temporary file and reports failures as io errors', () => {
    const target = join(work, 'atomic.txt')
    writeFileAtomic(target, 'one\n')
    writeFileAtomic(target, 'two\n')
    expect(readFileSync(target, 'utf8')).toBe('two\n')
    let caught: unknown
    try {
      writeFileAtomic(join(work, 'nope', 'atomic.txt'), 'three\n')
    } catch (error) {
      caught = error
    }
    expect(isPlanguardError(caught) && caught.code).toBe('io')
    expect(readFileSync(target, 'utf8')).toBe('two\n')
  })
})

describe('configuration errors', () => {
  it('exit 2 with file:line:column of the bad key and no stack trace', async () => {
    const repo = demoCopy('bad-key')
    writeFileSync(
      join(repo, '.github/planguard.yml'),
      'files:\n  ledgers: [docs/fix_plan.md]\n  ledger: oops\n'
    )
    const result = await runCli(['check', repo, '--now', DEMO_NOW])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/\.github\/planguard\.yml:3:3/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('read a relative --config from the working folder, not from the repository', async () => {
    writeFileSync(join(work, 'quiet.yml'), 'rules:\n  no-future-dates: off\n')
    const demo = join(process.cwd(), DEMO)
    const result = await runCli(
      ['check', demo, '--now', DEMO_NOW, '--config', 'quiet.yml', '--format', 'json'],
      { cwd: work }
    )
    expect(result.stderr).toBe('')
    const rules = (JSON.parse(result.stdout) as CheckJson).findings.map((finding) => finding.ruleId)
    expect(rules).not.toContain('no-future-dates')
    expect(rules).toContain('attempt-number-sequence')
  })

  it('exit 2 for a --config file that does not exist', async () => {
    const result = await runCli(['check', DEMO, '--config', join(work, 'absent.yml')])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('absent.yml')
  })
})

describe('--max-warnings', () => {
  it('turns too many warnings into exit 1', async () => {
    const repo = demoCopy('warnings-only')
    const errorsOff = await runCli(['rules', '--format', 'json'])
    const ids = (
      JSON.parse(errorsOff.stdout) as { rules: { id: string; defaultSeverity: string }[] }
    ).rules
    // Every rule reports at warning severity: no finding is an error any more.
    writeFileSync(
      join(repo, '.github/planguard.yml'),
      `rules:\n${ids.map((rule) => `  ${rule.id}: ${rule.defaultSeverity === 'off' ? 'off' : 'warning'}`).join('\n')}\n`
    )
    const plain = await runCli(['check', repo, '--now', DEMO_NOW, '--format', 'json'])
    const warnings = (JSON.parse(plain.stdout) as CheckJson).summary.warnings
    expect(warnings).toBeGreaterThan(0)
    expect(plain.code).toBe(0)
    const atLimit = await runCli([
      'check',
      repo,
      '--now',
      DEMO_NOW,
      '--max-warnings',
      String(warnings)
    ])
    expect(atLimit.code).toBe(0)
    const over = await runCli([
      'check',
      repo,
      '--now',
      DEMO_NOW,
      '--max-warnings',
      String(warnings - 1)
    ])
    expect(over.code).toBe(1)
  })
})

describe('baseline', () => {
  it('accepts the current findings so that only new ones are reported', async () => {
    const repo = demoCopy('baselined')
    const written = await runCli(['baseline', repo, '--now', DEMO_NOW])
    expect(written.code).toBe(0)
    expect(written.stderr).toMatch(/\d+ findings accepted in .*planguard-baseline\.json/)
    const file = join(repo, '.github/planguard-baseline.json')
    const baseline = JSON.parse(readFileSync(file, 'utf8')) as {
      version: number
      findings: unknown[]
    }
    expect(baseline.version).toBe(1)
    expect(baseline.findings.length).toBeGreaterThan(0)

    const clean = await runCli(['check', repo, '--now', DEMO_NOW, '--baseline', file])
    expect(clean.code).toBe(0)
    expect(clean.stdout).toMatch(/^✔ no problems .* · \d+ accepted by the baseline\n$/)

    // A new duplicate attempt number is not in the baseline.
    const ledgerPath = join(repo, 'docs/fix_plan.md')
    const ledger = readFileSync(ledgerPath, 'utf8').replace(
      '  * [2025-10-16] Attempt #3 — Phase B.B1 LRU prototype',
      '  * [2025-10-15] Attempt #1 — Phase A.A1 Re-profile: same numbers.\n  * [2025-10-16] Attempt #3 — Phase B.B1 LRU prototype'
    )
    writeFileSync(ledgerPath, ledger)
    const fresh = await runCli([
      'check',
      repo,
      '--now',
      DEMO_NOW,
      '--baseline',
      file,
      '--format',
      'json'
    ])
    const json = JSON.parse(fresh.stdout) as CheckJson
    expect(json.findings.map((finding) => [finding.ruleId, finding.entryId])).toContainEqual([
      'attempt-number-sequence',
      'EPHEMERIS-CACHE-002'
    ])
    expect(fresh.code).toBe(1)
  })
})

describe('rules and schema', () => {
  it('lists every rule with its default severity', async () => {
    const { allRules } = await import('../../src/core/rules/index.js')
    const text = await runCli(['rules'])
    expect(text.code).toBe(0)
    for (const rule of allRules) {
      expect(text.stdout).toMatch(new RegExp(`^${rule.id} +${rule.defaultSeverity} +\\S`, 'm'))
    }
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as {
      version: number
      rules: { id: string }[]
    }
    expect(json.version).toBe(1)
    expect(json.rules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(allRules.map((rule) => rule.id))
    )
  })

  it('prints the configuration JSON schema, with one property per rule', async () => {
    const result = await runCli(['schema'])
    expect(result.code).toBe(0)
    const schema = JSON.parse(result.stdout) as {
      properties: { rules: { properties: Record<string, unknown> } }
    }
    expect(Object.keys(schema.properties.rules.properties)).toContain('artifact-exists')
    const target = join(work, 'planguard.schema.json')
    expect((await runCli(['schema', '--output', target])).stdout).toBe('')
    expect(readFileSync(target, 'utf8')).toBe(result.stdout)
  })
})
