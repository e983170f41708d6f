import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import {
  type ActionRun,
  bundleBuilt,
  describeRequest,
  inputVariable,
  ledgerText,
  parseOutputFile,
  parseStdout,
  type Runner,
  Scenario
} from './harness.js'

/**
 * The bundled Action (dist/index.js, or PLANGUARD_ACTION_BUNDLE) run as the runner runs it: a
 * child process with the environment files. Skipped until the bundle has been built. The
 * scenarios themselves are in bundle-scenarios.test.ts; here, the harness's reading of what the
 * runner gets (workflow commands, GITHUB_OUTPUT) and the bundle agreeing with `run()`.
 */
const describeBundle = bundleBuilt() ? describe : describe.skip

describe('reading a step the way the runner does', () => {
  it('names inputs as GitHub does: spaces to underscores, upper-cased, hyphens kept', () => {
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON')
    expect(inputVariable('max-inline-comments')).toBe('INPUT_MAX-INLINE-COMMENTS')
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT')
  })

  it('parses annotations, bare warnings and errors, and log lines from stdout', () => {
    const io = parseStdout(
      [
        '::error title=priority-vocabulary,file=docs/fix_plan.md,line=14,endLine=15::Bad %25 value%0Anext line',
        '::warning title=a%2Cb%3Ac,file=plans/x.md,line=3,endLine=3::careful',
        '::notice title=planguard::2 more errors not annotated',
        '::warning::planguard: no token',
        '::error::planguard: failed',
        '::debug::hidden',
        'planguard: push to refs/tags/v1 (not a branch).',
        ''
      ].join('\n')
    )
    expect(io.annotations).toEqual([
      {
        level: 'error',
        title: 'priority-vocabulary',
        file: 'docs/fix_plan.md',
        startLine: 14,
        endLine: 15,
        message: 'Bad % value\nnext line'
      },
      {
        level: 'warning',
        title: 'a,b:c',
        file: 'plans/x.md',
        startLine: 3,
        endLine: 3,
        message: 'careful'
      },
      { level: 'notice', title: 'planguard', message: '2 more errors not annotated' }
    ])
    expect(io.warnings).toEqual(['planguard: no token'])
    expect(io.errors).toEqual(['planguard: failed'])
    expect(io.infos).toEqual(['planguard: push to refs/tags/v1 (not a branch).'])
  })

  it('parses the GITHUB_OUTPUT file: delimited blocks, multi-line values, name=value lines', () => {
    const text =
      'errors<<ghadelimiter_1\n2\nghadelimiter_1\n' +
      'body<<EOF\nline 1\nline 2\nEOF\n' +
      'empty<<ghadelimiter_2\n\nghadelimiter_2\n' +
      'legacy=a=b\n'
    expect(Object.fromEntries(parseOutputFile(text))).toEqual({
      errors: '2',
      body: 'line 1\nline 2',
      empty: '',
      legacy: 'a=b'
    })
    expect(() => parseOutputFile('errors<<X\n1\n')).toThrow(/not closed/)
  })
})

describeBundle('bundled Action', () => {
  let emulator: Emulator
  let scenario: Scenario
  beforeAll(async () => {
    emulator = await startEmulator()
  })
  afterAll(async () => {
    await emulator.close()
  })
  beforeEach(() => {
    emulator.reset()
    scenario = new Scenario(emulator)
  })
  afterEach(() => scenario.dispose())

  function openWithOneFinding() {
    const base = scenario.commit('base', { 'docs/fix_plan.md': ledgerText([{ id: 'A-1' }]) })
    const head = scenario.commit('head', {
      'docs/fix_plan.md': ledgerText([{ id: 'A-1', priority: 'Urgent' }])
    })
    return scenario.pullRequest(1, base, head)
  }

  it('writes workflow commands to stdout and the outputs and job summary files', async () => {
    const run = await scenario.runBundle('pull_request', openWithOneFinding())
    expect(run.result.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /^::error title=priority-vocabulary,file=docs\/fix_plan\.md,line=6,endLine=6::/m
    )
    expect(run.writes.map(describeRequest)).toEqual([
      'POST pulls/1/reviews 200',
      'POST issues/1/comments 201'
    ])
    expect(run.outputFile).toMatch(/^errors<<(ghadelimiter_[-0-9a-f]+)\n1\n\1$/m)
    expect([...run.io.outputs.keys()]).toEqual(['errors', 'warnings', 'findings-json', 'sarif'])
    expect(run.io.summary).toMatch(/^## planguard\n/)
  })

  it('reads hyphenated inputs from INPUT_* variables as the runner names them', async () => {
    const run = await scenario.runBundle('pull_request', openWithOneFinding(), {
      'fail-on': 'never',
      review: 'false'
    })
    expect(run.requests).toEqual([])
    expect(run.result).toEqual({ exitCode: 0, errors: 1, warnings: 0 })
    expect(run.io.annotations).toHaveLength(1)
  })

  it('a scenario run in-process and through the bundle makes the same requests and reports', async () => {
    const payload = openWithOneFinding()
    const pull = emulator.state.pulls[0]!
    const runs: Partial<Record<Runner, ActionRun>> = {}
    for (const runner of ['in-process', 'bundle'] as const) {
      emulator.reset()
      scenario.pullRequest(1, pull.baseSha, pull.headSha)
      runs[runner] = await scenario.runWith(runner, 'pull_request', payload)
    }
    const inProcess = runs['in-process']!
    const bundled = runs.bundle!
    expect(bundled.requests.map(describeRequest)).toEqual(inProcess.requests.map(describeRequest))
    expect(bundled.writes.map((w) => w.body)).toEqual(inProcess.writes.map((w) => w.body))
    expect(bundled.result).toMatchObject({
      exitCode: inProcess.result.exitCode,
      errors: inProcess.result.errors,
      warnings: inProcess.result.warnings
    })
    expect(bundled.io.annotations).toEqual(inProcess.io.annotations)
    expect(bundled.io.errors).toEqual(inProcess.io.errors)
    expect(bundled.io.warnings).toEqual(inProcess.io.warnings)
    expect(bundled.io.outputs.get('errors')).toBe(inProcess.io.outputs.get('errors'))
    expect(bundled.io.summary.trim()).toBe(inProcess.io.summary.trim())
  }, 60_000)
})
