import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Annotation, AnnotationLevel } from '../../src/action/annotations.js'
import type { ActionIO } from '../../src/action/io.js'
import { run, type RunResult } from '../../src/action/run.js'
import { splitUnifiedDiff } from '../../src/github/review/local-diff.js'
import type { Emulator, RecordedRequest } from '../emulator/index.js'
import {
  actionEnvironment,
  branchDeletionPayload,
  type PullRequestAction,
  pullRequestPayload,
  pushPayload,
  tagPushPayload
} from '../emulator/payloads.js'
import { TempGitRepo } from '../helpers/git-repo.js'

/**
 * Runs the Action against the GitHub emulator and a temporary git repository, the way the runner
 * would: event payload file (real webhook examples, see tests/emulator/payloads.ts), GITHUB_*
 * and INPUT_* variables, RUNNER_TEMP, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Either
 * in-process through `run()` or as the bundled dist/index.js in a child process; both give the
 * same `ActionRun`, so scenario code can be shared.
 */

export const REPOSITORY = 'octo-org/planning-repo'

export interface Entry {
  id: string
  priority?: string
  status?: string
  attempts?: string[]
}

/** Where the scenarios keep their ledger. */
export const LEDGER = 'docs/fix_plan.md'

/** The files of a commit holding just the ledger. */
export function ledgerFiles(entries: Entry[]): Record<string, string> {
  return { [LEDGER]: ledgerText(entries) }
}

/** A ledger with one `## [ID]` entry per item; the same input always gives the same text. */
export function ledgerText(entries: Entry[]): string {
  const lines = ['# Demo Fix Plan Ledger', '', '**Last Updated:** 2025-10-17', '']
  for (const entry of entries) {
    lines.push(`## [${entry.id}] Work on ${entry.id.toLowerCase()}`)
    lines.push(`- Priority: ${entry.priority ?? 'High'}`)
    lines.push(`- Status: ${entry.status ?? 'in_progress'}`)
    lines.push('- Attempts History:')
    for (const [i, text] of (entry.attempts ?? ['Planning: wrote the plan.']).entries()) {
      lines.push(`  * [2025-10-1${Math.min(i, 7)}] Attempt #${i} — ${text}`)
    }
    lines.push('- Exit Criteria:', '  - Done when done.', '')
  }
  return lines.join('\n')
}

export class RecordingIO implements ActionIO {
  readonly infos: string[] = []
  readonly warnings: string[] = []
  readonly errors: string[] = []
  readonly annotations: Annotation[] = []
  readonly outputs = new Map<string, string>()
  summary = ''
  info(message: string) {
    this.infos.push(message)
  }
  warning(message: string) {
    this.warnings.push(message)
  }
  error(message: string) {
    this.errors.push(message)
  }
  annotate(annotation: Annotation) {
    this.annotations.push(annotation)
  }
  setOutput(name: string, value: string) {
    this.outputs.set(name, value)
  }
  async appendSummary(markdown: string) {
    this.summary += markdown
  }
}

/** The bundled Action: dist/index.js, or PLANGUARD_ACTION_BUNDLE. */
export const BUNDLE = resolve(process.env.PLANGUARD_ACTION_BUNDLE ?? 'dist/index.js')

/** Whether the bundle has been built (`npm run package`); bundle suites are skipped otherwise. */
export function bundleBuilt(): boolean {
  return existsSync(BUNDLE)
}

export type Runner = 'in-process' | 'bundle'

/** What a run reports, whichever way it ran. The bundle cannot tell `mode`. */
export interface RunOutcome {
  exitCode: number
  mode?: RunResult['mode']
  errors?: number
  warnings?: number
  trackingIssue?: number
}

/** One run of the Action: its outcome, what it told the runner, and the requests it made. */
export interface ActionRun {
  result: RunOutcome
  io: RecordingIO
  requests: RecordedRequest[]
  writes: RecordedRequest[]
}

export interface InProcessRun extends ActionRun {
  result: RunResult
}

export interface BundleRun extends ActionRun {
  stdout: string
  stderr: string
  /** The GITHUB_OUTPUT file as written. */
  outputFile: string
}

/** The environment variable the runner sets for an input: spaces → `_`, upper-cased, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Workflow-command data (`%25`, `%0D`, `%0A`) and properties (also `%3A`, `%2C`) decoded. */
function unescapeCommand(text: string): string {
  return text
    .replace(/%0A/gi, '\n')
    .replace(/%0D/gi, '\r')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%')
}

const COMMAND = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/

/**
 * Reads a step's stdout back into a RecordingIO: `::error file=…,line=…::` commands with
 * properties become annotations, `::warning::` / `::error::` without them warnings and errors,
 * other workflow commands (debug, groups, masks) are dropped, and plain lines are infos.
 */
export function parseStdout(stdout: string, io = new RecordingIO()): RecordingIO {
  for (const line of stdout.split(/\r?\n/)) {
    const command = COMMAND.exec(line)
    if (!command) {
      if (line !== '') io.info(line)
      continue
    }
    const [, name = '', propertyText, data = ''] = command
    const message = unescapeCommand(data)
    if (name !== 'error' && name !== 'warning' && name !== 'notice') continue
    const properties = new Map<string, string>()
    for (const pair of propertyText ? propertyText.split(',') : []) {
      const equals = pair.indexOf('=')
      if (equals > 0) properties.set(pair.slice(0, equals), unescapeCommand(pair.slice(equals + 1)))
    }
    if (properties.size === 0 && name !== 'notice') {
      if (name === 'error') io.error(message)
      else io.warning(message)
      continue
    }
    const annotation: Annotation = { level: name as AnnotationLevel, message }
    const file = properties.get('file')
    const startLine = properties.get('line')
    const endLine = properties.get('endLine')
    const title = properties.get('title')
    if (file !== undefined) annotation.file = file
    if (startLine !== undefined) annotation.startLine = Number(startLine)
    if (endLine !== undefined) annotation.endLine = Number(endLine)
    if (title !== undefined) annotation.title = title
    io.annotate(annotation)
  }
  return io
}

/** The GITHUB_OUTPUT file: `name<<delimiter` … `delimiter` blocks (and old `name=value` lines). */
export function parseOutputFile(text: string): Map<string, string> {
  const outputs = new Map<string, string>()
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const value: string[] = []
      i += 1
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!)
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: ${name} is not closed by ${delimiter}`)
      outputs.set(name, value.join('\n'))
    } else if (line.includes('=')) {
      outputs.set(line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1))
    } else if (line !== '') {
      throw new Error(`GITHUB_OUTPUT: unexpected line ${JSON.stringify(line)}`)
    }
  }
  return outputs
}

function execBundle(
  env: NodeJS.ProcessEnv,
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUNDLE], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', fail)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === null) fail(new Error(`bundle killed by ${signal}\n${stdout}\n${stderr}`))
      else done({ code, stdout, stderr })
    })
  })
}

export class Scenario {
  readonly repo = new TempGitRepo('planguard-action-')
  readonly temp = mkdtempSync(join(tmpdir(), 'planguard-runner-'))
  private runs = 0

  constructor(readonly emulator: Emulator) {}

  commit(message: string, files: Record<string, string>, date?: string): string {
    return this.repo.commit(message, files, date)
  }

  /** The patches of base..head as `pulls.listFiles` would return them. */
  patches(base: string, head: string) {
    const diff = this.repo.git('diff', '--no-renames', base, head, '--')
    return splitUnifiedDiff(diff + '\n').map((f) => ({
      filename: f.filename,
      status: f.status ?? 'modified',
      patch: f.patch ?? ''
    }))
  }

  /**
   * Opens or updates pull request `number` with the diff base..head (head checked out); returns
   * the `pull_request` event payload (GitHub's example, rewritten).
   */
  pullRequest(
    number: number,
    base: string,
    head: string,
    action: PullRequestAction = 'opened',
    headRepo: string | null = REPOSITORY
  ) {
    this.repo.git('checkout', '-q', head)
    this.emulator.addPullRequest({
      number,
      headSha: head,
      baseSha: base,
      headRepo: headRepo === null ? null : { fullName: headRepo },
      files: this.patches(base, head)
    })
    return pullRequestPayload(action, {
      number,
      headSha: head,
      baseSha: base,
      headRef: 'feature',
      baseRef: 'main',
      headRepo: headRepo === null ? null : { fullName: headRepo }
    })
  }

  /** A `push` event payload for before..after (after checked out), dated like the commit. */
  pushPayload(before: string, after: string, ref = 'refs/heads/main') {
    this.repo.git('checkout', '-q', after)
    return pushPayload({
      ref,
      before,
      after,
      timestamp: this.repo.git('log', '-1', '--format=%cI', after)
    })
  }

  /** A `push` event payload for a new tag. */
  tagPushPayload(tag: string, sha: string) {
    return tagPushPayload({ tag, sha })
  }

  /** A `push` event payload for a deleted branch. */
  branchDeletionPayload(branch: string, before: string) {
    return branchDeletionPayload({ branch, before })
  }

  /** Runs the Action in-process; `workspace` replaces the repository as the checkout (e.g. a shallow clone). */
  async run(
    eventName: string,
    payload: object,
    inputs: Record<string, string> = {},
    token = 'rw-token',
    workspace = this.repo.root
  ): Promise<InProcessRun> {
    const { env } = this.prepare(eventName, payload, inputs, token, workspace)
    const io = new RecordingIO()
    const before = this.emulator.requests.length
    const result: RunResult = await run({ env, io, cwd: workspace })
    const requests = this.emulator.requests.slice(before)
    return { result, io, requests, writes: requests.filter(isWrite) }
  }

  /**
   * Runs the bundled Action (BUNDLE) as the runner does: `node dist/index.js` in a child process
   * whose environment is only the runner's variables, in the workspace. Annotations, warnings and
   * errors are read back from the workflow commands on stdout, outputs from GITHUB_OUTPUT, the
   * job summary from GITHUB_STEP_SUMMARY.
   */
  async runBundle(
    eventName: string,
    payload: object,
    inputs: Record<string, string> = {},
    token = 'rw-token',
    workspace = this.repo.root
  ): Promise<BundleRun> {
    const { env, outputPath, summaryPath } = this.prepare(
      eventName,
      payload,
      inputs,
      token,
      workspace
    )
    const before = this.emulator.requests.length
    const { code, stdout, stderr } = await execBundle(
      {
        PATH: process.env.PATH,
        ...(process.env.HOME ? { HOME: process.env.HOME } : {}),
        ...env
      },
      workspace
    )
    const requests = this.emulator.requests.slice(before)
    const io = parseStdout(stdout)
    const outputFile = readFileSync(outputPath, 'utf8')
    for (const [name, value] of parseOutputFile(outputFile)) {
      io.setOutput(name, value)
    }
    io.summary = readFileSync(summaryPath, 'utf8')
    const result: RunOutcome = { exitCode: code }
    const number = (name: string) =>
      io.outputs.has(name) ? Number(io.outputs.get(name)) : undefined
    const errors = number('errors')
    const warnings = number('warnings')
    const trackingIssue = number('tracking-issue')
    if (errors !== undefined) result.errors = errors
    if (warnings !== undefined) result.warnings = warnings
    if (trackingIssue !== undefined) result.trackingIssue = trackingIssue
    return { result, io, requests, writes: requests.filter(isWrite), stdout, stderr, outputFile }
  }

  /** Runs the Action one way or the other, for scenario code shared by both. */
  runWith(
    runner: Runner,
    eventName: string,
    payload: object,
    inputs: Record<string, string> = {},
    token = 'rw-token',
    workspace = this.repo.root
  ): Promise<ActionRun> {
    return runner === 'bundle'
      ? this.runBundle(eventName, payload, inputs, token, workspace)
      : this.run(eventName, payload, inputs, token, workspace)
  }

  /** The run's folder (RUNNER_TEMP, the event file, the environment files) and its variables. */
  private prepare(
    eventName: string,
    payload: object,
    inputs: Record<string, string>,
    token: string,
    workspace: string
  ) {
    this.runs += 1
    const folder = join(this.temp, `run-${this.runs}`)
    const runnerTemp = join(folder, 'tmp')
    mkdirSync(runnerTemp, { recursive: true })
    const eventPath = join(folder, 'event.json')
    const outputPath = join(folder, 'output.txt')
    const summaryPath = join(folder, 'step_summary.md')
    writeFileSync(eventPath, JSON.stringify(payload))
    writeFileSync(outputPath, '')
    writeFileSync(summaryPath, '')
    const event = payload as {
      ref?: string
      after?: string
      number?: number
      pull_request?: { number?: number; head?: { sha?: string } }
    }
    const pullNumber = event.pull_request?.number ?? event.number
    const sha = event.after ?? event.pull_request?.head?.sha ?? ''
    const ref =
      eventName === 'pull_request' && pullNumber !== undefined
        ? `refs/pull/${pullNumber}/merge`
        : (event.ref ?? 'refs/heads/main')
    const env: NodeJS.ProcessEnv = {
      ...actionEnvironment({ apiUrl: this.emulator.url, eventName, eventPath, sha, ref }),
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: runnerTemp,
      [inputVariable('token')]: token,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v]))
    }
    return { env, outputPath, summaryPath }
  }

  dispose() {
    this.repo.dispose()
    rmSync(this.temp, { recursive: true, force: true })
  }
}

function isWrite(request: RecordedRequest): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD'
}

/** `POST /repos/…/pulls/1/reviews` → `POST pulls/1/reviews` for short assertions. */
export function describeRequest(request: RecordedRequest): string {
  return `${request.method} ${request.path.replace(`/repos/${REPOSITORY}/`, '')} ${request.status}`
}

/**
 * A pull request whose base has two clean entries and whose head gives B-2 an unknown priority:
 * exactly one new finding, on a line inside the diff.
 */
export function openWithOneFinding(scenario: Scenario) {
  const base = scenario.commit('base', ledgerFiles([{ id: 'A-1' }, { id: 'B-2' }]))
  const head = scenario.commit(
    'head',
    ledgerFiles([{ id: 'A-1' }, { id: 'B-2', priority: 'Urgent' }])
  )
  return { base, head, payload: scenario.pullRequest(1, base, head) }
}
