import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../../src/core/config/load.js'
import { parseConfig } from '../../../src/core/config/parse.js'
import { PlanguardError } from '../../../src/core/errors.js'
import { DiskRepoFS } from '../../../src/core/repo/disk.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import { ruleOptions, type Rule } from '../../../src/core/rules/types.js'

const artifactRule: Rule = {
  id: 'artifact-exists',
  description: 'cited artifacts exist',
  defaultSeverity: 'error',
  docs: 'docs/rules/artifact-exists.md',
  options: ruleOptions(
    (z) =>
      z
        .object({ skipOutside: z.boolean().default(true), roots: z.array(z.string()).default([]) })
        .strict(),
    { skipOutside: true, roots: [] }
  ),
  check: () => undefined
}
const rules = [artifactRule]

/** Every issue of an error as `line:column key: message`. */
function issueLines(error: PlanguardError): string[] {
  return error.issues.map(
    (issue) => `${issue.line}:${issue.column} ${issue.path}: ${issue.message}`
  )
}

/** The PlanguardError a parse throws (fails the test when none is thrown). */
function configErrorOf(text: string): PlanguardError {
  try {
    parseConfig(text, '.github/planguard.yml', rules)
  } catch (error) {
    if (error instanceof PlanguardError) return error
    throw error
  }
  throw new Error('expected a configuration error')
}

describe('parseConfig', () => {
  it('fills defaults and keeps what is set', () => {
    const config = parseConfig(
      'files:\n  ledgers: [docs/ledger.md]\nrules:\n  artifact-exists: warning\n',
      'x.yml',
      rules
    )
    expect(config.files.ledgers).toEqual(['docs/ledger.md'])
    expect(config.files.plans.length).toBeGreaterThan(0)
    expect(config.rules['artifact-exists']).toBe('warning')
  })

  it('accepts an empty file', () => {
    expect(parseConfig('', 'x.yml', rules).files.ledgers).toEqual(['docs/fix_plan.md'])
    expect(parseConfig('# only a comment\n', 'x.yml', rules).dialect.attemptOrder).toBe('auto')
  })

  it('names the key path, the allowed values and the position of a bad severity', () => {
    const error = configErrorOf('rules:\n  artifact-exists:\n    severity: loud\n')
    expect(error.code).toBe('config')
    expect(error.message).toContain('rules.artifact-exists.severity')
    expect(error.message).toContain('error, warning, info, off')
    expect(error.message).toContain('"loud"')
    expect([error.file, error.line, error.column]).toEqual(['.github/planguard.yml', 3, 5])
    expect(error.message).toContain('.github/planguard.yml:3:5')
  })

  it('lists the known rules when a rule id is unknown', () => {
    const error = configErrorOf('files:\n  ledgers: [a.md]\nrules:\n  artefact-exist: error\n')
    expect(error.message).toContain('rules.artefact-exist')
    expect(error.message).toContain('artifact-exists')
    expect(error.message).toContain('invalid-suppression')
    expect([error.line, error.column]).toEqual([4, 3])
  })

  it('validates rule options with the rule schema', () => {
    const error = configErrorOf(
      'rules:\n  artifact-exists:\n    options:\n      skipOutside: maybe\n      extra: 1\n'
    )
    expect(issueLines(error)).toEqual([
      '4:7 rules.artifact-exists.options.skipOutside: expected boolean (got "maybe")',
      '5:7 rules.artifact-exists.options.extra: unknown key; allowed keys: skipOutside, roots'
    ])
    expect(error.message).toMatch(
      /^\.github\/planguard\.yml:4:7: rules\.artifact-exists\.options\.skipOutside: .*\(and 1 more\)$/
    )
  })

  it('reports unknown keys with the keys allowed there', () => {
    const error = configErrorOf('files:\n  ledger: [a.md]\n')
    expect(error.message).toContain('files.ledger: unknown key; allowed keys: ledgers,')
    expect([error.line, error.column]).toEqual([2, 3])
  })

  it('reports wrong types and enum values inside nested sections', () => {
    const error = configErrorOf(
      'dialect:\n  attemptOrder: sideways\nfiles:\n  ledgers:\n    - 42\n'
    )
    expect(issueLines(error)).toEqual([
      '2:3 dialect.attemptOrder: expected one of append, prepend, auto (got "sideways")',
      '5:7 files.ledgers[0]: expected string (got 42)'
    ])
  })

  it('reports YAML syntax errors with their position', () => {
    const error = configErrorOf('files:\n  ledgers: [a.md\n')
    expect(error.message).toContain('invalid YAML')
    expect(error.line).toBeGreaterThanOrEqual(2)
  })

  it('rejects a document that is not a mapping', () => {
    expect(configErrorOf('- a\n- b\n').message).toContain('must be a mapping')
  })

  it('rejects duplicate keys', () => {
    expect(configErrorOf('files: {}\nfiles: {}\n').message).toContain('invalid YAML')
  })

  it('rejects an alias bomb as invalid YAML instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [name, previous] of ['ba', 'cb', 'dc', 'ed', 'fe', 'gf'].map((pair) => [...pair])) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
    }
    const error = configErrorOf(levels.join('\n'))
    expect(error.message).toMatch(/^\.github\/planguard\.yml:1:1: invalid YAML: .*alias/)
  })

  it('rejects an entry id pattern that is not a regular expression, at its position', () => {
    const error = configErrorOf('dialect:\n  entryIdPattern: "[A-Z"\n')
    expect(issueLines(error)).toEqual([
      expect.stringMatching(/^2:3 dialect\.entryIdPattern: not a valid regular expression: /)
    ])
  })
})

describe('loadConfig', () => {
  it('finds .github/planguard.yml, then .yaml, else uses the defaults', async () => {
    const yml = new MemoryRepoFS({ '.github/planguard.yml': 'files:\n  ledgers: [a.md]\n' })
    expect(await loadConfig({ fs: yml, rules })).toMatchObject({ file: '.github/planguard.yml' })
    const yaml = new MemoryRepoFS({ '.github/planguard.yaml': 'files:\n  ledgers: [b.md]\n' })
    expect((await loadConfig({ fs: yaml, rules })).config.files.ledgers).toEqual(['b.md'])
    const none = await loadConfig({ fs: new MemoryRepoFS({}), rules })
    expect(none.file).toBeUndefined()
    expect(none.config.files.ledgers).toEqual(['docs/fix_plan.md'])
  })

  it('refuses a configuration file it may not read instead of falling back to the defaults', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planguard-config-'))
    try {
      const repo = join(dir, 'repo')
      mkdirSync(join(repo, '.github'), { recursive: true })
      writeFileSync(join(dir, 'outside.yml'), 'rules: {}\n')
      symlinkSync(join(dir, 'outside.yml'), join(repo, '.github', 'planguard.yml'))
      await expect(loadConfig({ fs: new DiskRepoFS(repo), rules })).rejects.toThrow(
        '.github/planguard.yml: the configuration file is a symlink to a file outside the repository'
      )
      const folder = new MemoryRepoFS({ '.github/planguard.yml/x': '' })
      await expect(loadConfig({ fs: folder, rules })).rejects.toThrow('is a folder, not a file')
      const huge = new MemoryRepoFS({ '.github/planguard.yml': `# ${'x'.repeat(1024 * 1024)}` })
      await expect(loadConfig({ fs: huge, rules })).rejects.toThrow(
        'configuration file is too large'
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reads an explicit path relative to the root and fails clearly when it is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planguard-config-'))
    try {
      writeFileSync(join(dir, 'custom.yml'), 'artifacts:\n  maxExpansion: 16\n')
      const custom = await loadConfig({ root: dir, path: 'custom.yml', rules })
      expect(custom.config.artifacts.maxExpansion).toBe(16)
      await expect(loadConfig({ root: dir, path: 'missing.yml', rules })).rejects.toThrow(
        /cannot read configuration file/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
