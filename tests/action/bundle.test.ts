import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { describeRequest, ledgerText, REPOSITORY, Scenario } from './harness.js'

/**
 * The bundled Action (dist/index.js, or PLANGUARD_ACTION_BUNDLE) run as the runner runs it: a
 * child process with the environment files. Skipped until the bundle has been built.
 */
const bundle = resolve(process.env.PLANGUARD_ACTION_BUNDLE ?? 'dist/index.js')
const describeBundle = existsSync(bundle) ? describe : describe.skip

function runBundle(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bundle],
      { env: { PATH: process.env.PATH, ...env } },
      (error, stdout) => {
        done({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout })
      }
    )
  })
}

describeBundle('bundled Action', () => {
  let emulator: Emulator
  let scenario: Scenario
  beforeAll(async () => {
    emulator = await startEmulator()
    scenario = new Scenario(emulator)
  })
  afterAll(async () => {
    scenario.dispose()
    await emulator.close()
  })

  it('reviews a pull request and writes annotations, outputs and the job summary', async () => {
    const base = scenario.commit('base', { 'docs/fix_plan.md': ledgerText([{ id: 'A-1' }]) })
    const head = scenario.commit('head', {
      'docs/fix_plan.md': ledgerText([{ id: 'A-1', priority: 'Urgent' }])
    })
    const payload = scenario.pullRequest(1, base, head)
    const eventPath = join(scenario.temp, 'event.json')
    const outputPath = join(scenario.temp, 'output.txt')
    const summaryPath = join(scenario.temp, 'summary.md')
    writeFileSync(eventPath, JSON.stringify(payload))
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')
    const { code, stdout } = await runBundle({
      GITHUB_API_URL: emulator.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_SHA: head,
      GITHUB_WORKSPACE: scenario.repo.root,
      RUNNER_TEMP: scenario.temp,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      INPUT_TOKEN: 'rw-token'
    })
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /^::error title=priority-vocabulary,file=docs\/fix_plan\.md,line=6,endLine=6::/m
    )
    expect(emulator.writes().map(describeRequest)).toEqual([
      'POST pulls/1/reviews 200',
      'POST issues/1/comments 201'
    ])
    expect(readFileSync(outputPath, 'utf8')).toMatch(/^errors<<.*\n1\n/m)
    expect(readFileSync(summaryPath, 'utf8')).toContain('## planguard')
  })
})
