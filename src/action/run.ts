import { relative, resolve, sep } from 'node:path'
import { errorMessage } from '../core/errors.js'
import type { Finding } from '../core/findings.js'
import { createClient, type GitHubClient, isPermissionDenied } from '../github/client.js'
import type { BlobLinks } from '../github/links.js'
import { type RepoRef, parseRepository } from '../github/repo-ref.js'
import { planAnnotations } from './annotations.js'
import { type ChangeCheck, checkChange } from './change.js'
import { type ActionEnvironment, readActionEnvironment } from './context.js'
import { planWork, type WorkPlan } from './events.js'
import { type ActionInputs, envInputGetter, readInputs } from './inputs.js'
import { type ActionIO, coreIO } from './io.js'
import { renderJobSummary } from './job-summary.js'
import { mirrorLedger } from './mirror-step.js'
import { reviewPullRequest } from './review-step.js'
import type { StepContext } from './step.js'
import { shouldFail, toReport, writeOutputFiles } from './outputs.js'

/** What one run did, for the entry point (exit code) and for tests. */
export interface RunResult {
  exitCode: number
  mode: WorkPlan['mode']
  errors?: number
  warnings?: number
  trackingIssue?: number
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv
  io?: ActionIO
  cwd?: string
}

const PERMISSIONS_HINT =
  'Grant the job `permissions: { contents: read, pull-requests: write, issues: write }`, ' +
  'or set `review: false` / `tracking-issue: false`.'

/**
 * The Action, start to end. Never throws and never exits: the caller sets the exit code. Reads
 * the environment only when called, so it can run in-process as often as a test likes.
 */
export async function run(options: RunOptions = {}): Promise<RunResult> {
  const env = options.env ?? process.env
  const io = options.io ?? coreIO()
  let inputs: ActionInputs
  try {
    inputs = readInputs(envInputGetter(env))
  } catch (error) {
    io.error(`planguard: ${errorMessage(error)}`)
    return { exitCode: 1, mode: 'skip' }
  }
  const environment = readActionEnvironment(env, options.cwd ?? process.cwd())
  const work = planWork(environment)
  if (work.mode === 'skip') {
    io.info(`planguard: ${work.reason}.`)
    return { exitCode: 0, mode: 'skip' }
  }
  try {
    return await runWork(work, inputs, environment, io)
  } catch (error) {
    io.error(`planguard: ${errorMessage(error)}`)
    return { exitCode: 1, mode: work.mode }
  }
}

interface GitHubAccess {
  client: GitHubClient
  repo: RepoRef
}

function connect(
  work: WorkPlan,
  inputs: ActionInputs,
  environment: ActionEnvironment,
  io: ActionIO,
  notes: string[]
): GitHubAccess | undefined {
  const wanted =
    (work.mode === 'review' && inputs.review) || (work.mode === 'mirror' && inputs.trackingIssue)
  if (!wanted) return undefined
  const repo = parseRepository(environment.repository)
  if (!repo) {
    notes.push('GITHUB_REPOSITORY is not set: nothing was posted to GitHub.')
    return undefined
  }
  if (!inputs.token) {
    const what = work.mode === 'review' ? 'the pull request review' : 'the tracking issue'
    const message = `planguard: no token, so ${what} was skipped. ${PERMISSIONS_HINT}`
    io.warning(message)
    notes.push(message)
    return undefined
  }
  return {
    client: createClient({
      token: inputs.token,
      apiUrl: environment.apiUrl,
      log: (m) => io.info(m)
    }),
    repo
  }
}

async function runWork(
  work: Exclude<WorkPlan, { mode: 'skip' }>,
  inputs: ActionInputs,
  environment: ActionEnvironment,
  io: ActionIO
): Promise<RunResult> {
  const root = resolve(environment.workspace, inputs.workingDirectory)
  const notes: string[] = []
  const github = connect(work, inputs, environment, io, notes)
  const base = work.mode === 'review' ? work.baseSha : work.before
  const change = await checkChange({
    root,
    ...(inputs.config ? { configPath: inputs.config } : {}),
    ...(base ? { base } : {}),
    ...(github ? { github } : {})
  })
  if (change.note) notes.push(change.note)
  const headSha = work.mode === 'review' ? work.headSha : work.sha
  // Findings are relative to the checked folder; GitHub wants paths relative to the repository.
  const pathPrefix = relative(resolve(environment.workspace), root).split(sep).join('/')
  const links: BlobLinks | undefined = environment.repository
    ? {
        serverUrl: environment.serverUrl,
        repository: environment.repository,
        sha: headSha,
        pathPrefix
      }
    : undefined

  let trackingIssue: number | undefined
  let githubFailed = false
  if (github) {
    try {
      const ctx: StepContext = {
        ...github,
        inputs,
        change,
        root,
        pathPrefix,
        ...(links ? { links } : {}),
        io,
        notes
      }
      if (work.mode === 'review') await reviewPullRequest(ctx, work)
      if (work.mode === 'mirror') trackingIssue = await mirrorLedger(ctx, work)
    } catch (error) {
      if (isPermissionDenied(error)) {
        const message =
          'planguard: the token cannot write here (a fork pull request or Dependabot run has a read-only ' +
          `token), so results are reported as annotations and in the job summary only. ${PERMISSIONS_HINT}`
        io.warning(message)
        notes.push(message)
      } else {
        githubFailed = true
        io.error(`planguard: could not update GitHub: ${errorMessage(error)}`)
        notes.push(`Updating GitHub failed: ${errorMessage(error)}`)
      }
    }
  }
  return report(
    work,
    inputs,
    environment,
    io,
    change,
    notes,
    links,
    trackingIssue,
    githubFailed,
    pathPrefix
  )
}

async function report(
  work: Exclude<WorkPlan, { mode: 'skip' }>,
  inputs: ActionInputs,
  environment: ActionEnvironment,
  io: ActionIO,
  change: ChangeCheck,
  notes: string[],
  links: BlobLinks | undefined,
  trackingIssue: number | undefined,
  githubFailed: boolean,
  pathPrefix: string
): Promise<RunResult> {
  const { result } = change
  const relevant: readonly Finding[] = change.introduced ?? result.findings
  for (const annotation of planAnnotations(relevant, pathPrefix)) io.annotate(annotation)

  const files = writeOutputFiles(environment.runnerTemp, toReport(result), pathPrefix)
  const errors = result.findings.filter((f) => f.severity === 'error').length
  const warnings = result.findings.filter((f) => f.severity === 'warning').length
  io.setOutput('errors', String(errors))
  io.setOutput('warnings', String(warnings))
  io.setOutput('findings-json', files.findingsJson)
  io.setOutput('sarif', files.sarif)
  if (trackingIssue !== undefined) io.setOutput('tracking-issue', String(trackingIssue))

  await io.appendSummary(
    renderJobSummary({
      findings: result.findings,
      ...(change.introduced ? { introduced: change.introduced } : {}),
      ...(change.fixed ? { fixed: change.fixed } : {}),
      notes,
      ...(links ? { links } : {})
    })
  )
  const failed = shouldFail(inputs.failOn, relevant)
  if (failed) {
    const scope = change.introduced ? 'introduced by this change' : 'found'
    io.error(`planguard: findings at or above fail-on (${inputs.failOn}) ${scope}.`)
  }
  return {
    exitCode: failed || githubFailed ? 1 : 0,
    mode: work.mode,
    errors,
    warnings,
    ...(trackingIssue !== undefined ? { trackingIssue } : {})
  }
}
