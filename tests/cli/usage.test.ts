import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { describeError } from '../../src/cli/app.js'
import { PlanguardError } from '../../src/core/errors.js'
import { runCli } from './helpers.js'

const NO_STACK = /\n\s+at /

describe('planguard usage', () => {
  const work = mkdtempSync(join(tmpdir(), 'pg-cli-usage-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    for (const flag of ['--version', '-V']) {
      const result = await runCli([flag])
      expect(result).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
    }
  })

  it('lists the commands with --help and `help`', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = await runCli(argv)
      expect(result.code).toBe(0)
      for (const name of ['check', 'inspect', 'baseline', 'rules', 'schema']) {
        expect(result.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'))
      }
    }
  })

  it('prints the help of each command, options included', async () => {
    const check = await runCli(['check', '--help'])
    expect(check.code).toBe(0)
    expect(check.stdout).toMatch(/^Usage: planguard check \[DIR\]/)
    for (const option of [
      '--base REF',
      '--format FORMAT',
      '--config FILE',
      '--now ISO',
      '--baseline FILE',
      '--output FILE',
      '--max-warnings N',
      '--help'
    ]) {
      expect(check.stdout).toContain(option)
    }
    for (const name of ['inspect', 'baseline', 'rules', 'schema']) {
      const result = await runCli([name, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(`Usage: planguard ${name}`)
      expect(await runCli(['help', name])).toEqual(result)
    }
  })

  it('shows the command list on stderr and exits 2 without a command', async () => {
    const result = await runCli([])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Usage: planguard <command>')
  })

  const usageErrors: [string[], RegExp][] = [
    [['frobnicate'], /unknown command frobnicate/],
    [['--frobnicate'], /unknown option --frobnicate/],
    [['help', 'frobnicate'], /unknown command frobnicate/],
    [['check', '--bogus'], /check: unknown option --bogus/],
    [['check', '--format'], /check: .*--format/],
    [['check', '--format', 'xml'], /--format must be one of text, json, sarif \(got "xml"\)/],
    [['check', '--now', 'yesterday'], /--now must be an ISO-8601 date/],
    [['check', '--now', '2025-13-45'], /--now must be an ISO-8601 date/],
    [['check', '--now', '2025-02-30'], /--now must be an ISO-8601 date/],
    [['check', '--max-warnings', '-3'], /max-warnings/],
    [['check', '--max-warnings', 'many'], /--max-warnings must be a whole number/],
    [['check', 'a', 'b'], /check: unexpected argument b/],
    [['check', 'no/such/folder'], /repository folder not found: no\/such\/folder/],
    [['rules', '--format', 'yaml'], /--format must be one of text, json/],
    [['inspect', '--format', 'sarif'], /--format must be one of text, json/]
  ]
  it.each(usageErrors)('rejects %j with exit 2 and a one-line reason', async (argv, message) => {
    const result = await runCli(argv, { cwd: work })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toMatch(/^planguard: /)
    expect(result.stderr).not.toMatch(NO_STACK)
  })

  it('does not pass silently on a folder without a ledger', async () => {
    const empty = mkdtempSync(join(work, 'empty-'))
    const result = await runCli(['check', empty, '--now', '2025-10-20T12:00:00Z'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^docs\/fix_plan\.md:1:1 +error +.* +ledger-missing$/m)
  })

  it('suggests the command a typo probably meant', async () => {
    expect((await runCli(['chekc'])).stderr).toContain('did you mean `planguard check`?')
    expect((await runCli(['inspcet'])).stderr).toContain('did you mean `planguard inspect`?')
    expect((await runCli(['deploy'])).stderr).not.toContain('did you mean')
  })

  it('reports a repository path that is a file as not found', async () => {
    const file = join(work, 'plain.txt')
    writeFileSync(file, 'x')
    const result = await runCli(['check', file])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('repository folder not found')
  })
})

describe('error messages', () => {
  it('put file:line:column first and list every issue', () => {
    const error = new PlanguardError('config', 'invalid configuration', {
      file: '.github/planguard.yml',
      line: 3,
      column: 5,
      issues: [
        { message: 'unknown key', path: 'files.ledger', line: 3, column: 5 },
        { message: 'expected error, warning, info or off', path: 'rules.x', line: 7, column: 6 }
      ]
    })
    expect(describeError(error)).toBe(
      [
        'planguard: .github/planguard.yml:3:5: invalid configuration',
        '  .github/planguard.yml:3:5: files.ledger: unknown key',
        '  .github/planguard.yml:7:6: rules.x: expected error, warning, info or off',
        ''
      ].join('\n')
    )
  })

  it('do not repeat a location the message already starts with', () => {
    const error = new PlanguardError('config', 'cfg.yml: not YAML', { file: 'cfg.yml' })
    expect(describeError(error)).toBe('planguard: cfg.yml: not YAML\n')
  })

  it('hide stack traces of unexpected errors unless PLANGUARD_DEBUG is set', () => {
    const quiet = describeError(new TypeError('boom'))
    expect(quiet).toContain('planguard: internal error: boom')
    expect(quiet).not.toMatch(NO_STACK)
    expect(describeError(new TypeError('boom'), { PLANGUARD_DEBUG: '1' })).toMatch(NO_STACK)
  })
})

describe('colour', () => {
  const demo = ['check', 'examples/demo', '--now', '2025-10-20T12:00:00Z']

  it('is used on a terminal', async () => {
    const result = await runCli(demo, { stdoutIsTTY: true })
    expect(result.stdout).toContain('\u001b[31merror')
  })

  it('is not used when NO_COLOR is set, output is piped, or goes to a file', async () => {
    expect(
      (await runCli(demo, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout
    ).not.toContain('\u001b[')
    expect((await runCli(demo, { stdoutIsTTY: false })).stdout).not.toContain('\u001b[')
    const dir = mkdtempSync(join(tmpdir(), 'pg-cli-colour-'))
    try {
      await runCli([...demo, '--output', join(dir, 'report.txt')], { stdoutIsTTY: true })
      expect(readFileSync(join(dir, 'report.txt'), 'utf8')).not.toContain('\u001b[')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
