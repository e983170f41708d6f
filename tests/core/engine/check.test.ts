import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeBaseline } from '../../../src/core/baseline.js'
import { configSchema } from '../../../src/core/config/schema.js'
import { check, type CheckOptions } from '../../../src/core/engine.js'
import { PlanguardError } from '../../../src/core/errors.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import { fakeParsers } from './fake-parsers.js'
import { badEntryRule, openTaskRule } from './test-rules.js'

const ledger = [
  '# Ledger',
  '<!-- planguard-disable-next-line bad-entry -- kept for history -->',
  '## [A-1] BAD but suppressed',
  '<!-- planguard-disable-next-line bad-entry, no-such-rule -->',
  '## [B-2] BAD with a broken suppression',
  '## [C-3] BAD plain',
  '## [D-4] fine'
].join('\n')

const files = {
  'docs/fix_plan.md': ledger,
  'plans/active/A/plan.md': '| A1 | first | [ ] |\n| A2 | second | [x] |\n',
  '.github/planguard.yml': 'rules:\n  open-task: error\n'
}

const scratch = mkdtempSync(join(tmpdir(), 'planguard-check-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return {
    root: scratch,
    fs: new MemoryRepoFS(files),
    now: new Date('2025-10-20T00:00:00Z'),
    rules: [badEntryRule, openTaskRule],
    parsers: fakeParsers,
    ...extra
  }
}

describe('check', () => {
  it('runs rules, applies suppressions and reports broken suppressions', async () => {
    const result = await check(options())
    expect(result.findings.map((f) => `${f.line} ${f.ruleId} ${f.severity}`)).toEqual([
      '4 invalid-suppression error',
      '4 invalid-suppression error',
      '6 bad-entry error',
      '1 open-task error'
    ])
    expect(result.suppressed?.map((f) => f.entity)).toEqual(['A-1', 'B-2'])
    expect(result.configFile).toBe('.github/planguard.yml')
    expect(result.introduced).toBeUndefined()
  })

  it('summarises the project and the findings', async () => {
    const { summary } = await check(options())
    expect(summary).toEqual({
      files: 2,
      entries: 4,
      attempts: 0,
      plans: 1,
      tasks: 2,
      artifacts: { checked: 0, missing: 0 },
      errors: 4,
      warnings: 0,
      infos: 0
    })
  })

  it('uses a given configuration instead of the file', async () => {
    const config = configSchema.parse({
      rules: { 'invalid-suppression': 'off', 'open-task': 'off' }
    })
    const result = await check(options({ config }))
    expect(result.findings.map((f) => f.ruleId)).toEqual(['bad-entry'])
    expect(result.configFile).toBeUndefined()
  })

  it('restricts findings to onlyFiles', async () => {
    const result = await check(options({ onlyFiles: ['./plans/active/A/plan.md'] }))
    expect(result.findings.map((f) => f.file)).toEqual(['plans/active/A/plan.md'])
    expect(result.summary.errors).toBe(1)
  })

  it('drops findings accepted by a baseline', async () => {
    const first = await check(options())
    const baselinePath = join(scratch, 'baseline.json')
    writeBaseline(
      baselinePath,
      first.findings.filter((f) => f.ruleId === 'bad-entry')
    )
    const second = await check(options({ baseline: 'baseline.json' }))
    expect(second.findings.map((f) => f.ruleId)).not.toContain('bad-entry')
    expect(second.baselined?.map((f) => f.entity)).toEqual(['C-3'])
  })

  it('falls back to the clock outside a git repository', async () => {
    const before = Date.now()
    const { project } = await check(options({ now: undefined }))
    expect(project.now.getTime()).toBeGreaterThanOrEqual(before)
  })

  it('reads an explicit configuration file and stops on an invalid one', async () => {
    writeFileSync(join(scratch, 'strict.yml'), 'rules:\n  bad-entry: "off"\n  open-task: "off"\n')
    const result = await check(options({ configPath: 'strict.yml' }))
    expect(result.findings.map((f) => f.ruleId)).toEqual([
      'invalid-suppression',
      'invalid-suppression'
    ])
    expect(result.configFile).toBe('strict.yml')
    const broken = { ...files, '.github/planguard.yml': 'rules:\n  bad-entry: sometimes\n' }
    await expect(check(options({ fs: new MemoryRepoFS(broken) }))).rejects.toThrow(
      /planguard\.yml:2:3: rules\.bad-entry: expected one of error, warning, info, off/
    )
  })

  it('fails with an io error when the root does not exist', async () => {
    const missing = check({ root: join(scratch, 'missing'), rules: [], parsers: fakeParsers })
    await expect(missing).rejects.toThrow(PlanguardError)
  })
})
