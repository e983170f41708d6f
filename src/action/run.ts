import { relative, resolve, sep } from 'node:path'
import { errorMessage } from '../core/errors.js'
import type { Finding } from '../core/findings.js'
import { createClient, type GitHubClient, isPermissionDenied } from '../github/client.js'
import { resolveBotLogin } from '../github/identity.js'
import type { BlobLinks } from '../github/links.js'
import { publishMirror } from '../github/mirror/publish.js'
import { renderMirror } from '../github/mirror/render.js'
import { MAX_SUB_ISSUES, syncSubIssues } from '../github/mirror/sub-issues.js'
import { type RepoRef, parseRepository } from '../github/repo-ref.js'
import {
  fetchPullRequestDiff,
  publishReview,
  upsertSummaryComment
} from '../github/review/publish.js'
import { diffsUnder } from '../github/review/diff.js'
import { renderSummaryComment } from '../github/review/summary.js'
import { planAnnotations } from './annotations.js'
import { type ChangeCheck, checkChange } from './change.js'
import { type ActionEnvironment, readActionEnvironment } from './context.js'
import { planWork, type WorkPlan } from './events.js'
import { isAncestor } from './git-history.js'
import { type ActionInputs, envInputGetter, readInputs } from './inputs.js'
import { type ActionIO, coreIO } from './io.js'
import { renderJobSummary } from './job-summary.js'
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
      if (work.mode === 'review')
        await review(github, work, inputs, change, notes, links, pathPrefix)
      if (work.mode === 'mirror')
        trackingIssue = await mirror(
          github,
          work,
          root,
          change,
          notes,
          links,
          inputs.trackingLabel,
          inputs.subIssues,
          io
        )
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

async function review(
  github: GitHubAccess,
  work: Extract<WorkPlan, { mode: 'review' }>,
  inputs: ActionInputs,
  change: ChangeCheck,
  notes: string[],
  links: BlobLinks | undefined,
  pathPrefix: string
): Promise<void> {
  const { client, repo } = github
  const target = { ...repo, pullNumber: work.pullNumber, headSha: work.headSha }
  const botLogin = await resolveBotLogin(client)
  const diffs = diffsUnder(await fetchPullRequestDiff(client, target), pathPrefix)
  const { result } = change
  // Without a base, findings in the files the pull request changed stand in for "introduced".
  const introduced = change.introduced ?? result.findings.filter((f) => diffs.has(f.file))
  const outcome = await publishReview(client, target, {
    introduced,
    diffs,
    botLogin,
    maxInlineComments: inputs.maxInlineComments,
    pathPrefix,
    ...(links ? { links } : {})
  })
  const posted = outcome.plan.inline.length + outcome.plan.listed.length
  notes.push(
    posted > 0
      ? `Review posted: ${outcome.plan.inline.length} inline comments, ${outcome.plan.listed.length} findings in the review body.`
      : 'No new findings to review.'
  )
  if (outcome.deleted > 0) notes.push(`${outcome.deleted} comments on fixed findings deleted.`)
  const summary = renderSummaryComment({
    findings: result.findings,
    introduced,
    fixed: change.fixed ?? [],
    ledgers: result.project.ledgers,
    plans: result.project.plans,
    diffs
  })
  const summaryOutcome = await upsertSummaryComment(client, target, summary, botLogin)
  notes.push(`Summary comment ${summaryOutcome}.`)
}

async function mirror(
  github: GitHubAccess,
  work: Extract<WorkPlan, { mode: 'mirror' }>,
  root: string,
  change: ChangeCheck,
  notes: string[],
  links: BlobLinks | undefined,
  label: string,
  subIssues: boolean,
  io: ActionIO
): Promise<number | undefined> {
  const { client, repo } = github
  const { project, findings } = change.result
  // The pushed commit's date goes into the marker, so a later run can order itself without git.
  const pushedAt = work.timestamp ? Date.parse(work.timestamp) : project.now.getTime()
  const committed = Number.isNaN(pushedAt) ? undefined : Math.floor(pushedAt / 1000)
  const mirrorInput = {
    ...(committed === undefined ? {} : { committedAt: committed }),
    ledgers: project.ledgers,
    plans: project.plans,
    findings,
    doneStatuses: project.config.vocabulary.doneStatus,
    ...(links ? { links } : {})
  }
  const rendered = renderMirror(mirrorInput)
  const botLogin = await resolveBotLogin(client)
  const outcome = await publishMirror(
    client,
    { ...repo, label, botLogin, sha: work.sha },
    rendered,
    async (sha, mirrored) => {
      const local = await isAncestor(root, sha, mirrored.sha)
      if (local !== undefined) return local
      // A one-commit-deep checkout rarely holds the mirrored commit: compare committer dates.
      const theirs = mirrored.committedAt ?? (await committedAt(client, repo, mirrored.sha))
      return committed === undefined || theirs === undefined ? undefined : committed < theirs
    }
  )
  switch (outcome.action) {
    case 'issues-disabled': {
      const message =
        'planguard: issues are disabled in this repository, so there is no tracking issue ' +
        '(enable issues or set `tracking-issue: false`).'
      io.warning(message)
      notes.push(message)
      return undefined
    }
    case 'stale':
      notes.push(
        `Tracking issue #${outcome.issueNumber} already mirrors a newer commit (${outcome.mirroredSha.slice(0, 12)}).`
      )
      return outcome.issueNumber
    default: {
      notes.push(`Tracking issue #${outcome.issueNumber} ${outcome.action}.`)
      if (subIssues) {
        const target = { ...repo, parentNumber: outcome.issueNumber, label, botLogin }
        const synced = await syncSubIssues(client, target, mirrorInput)
        notes.push(
          `Sub-issues: ${synced.created} created, ${synced.updated} updated, ${synced.closed} closed` +
            (synced.skipped > 0
              ? `, ${synced.skipped} over the limit of ${MAX_SUB_ISSUES} left out.`
              : '.')
        )
      }
      return outcome.issueNumber
    }
  }
}

/** Committer date of a commit through the API, in seconds; undefined when unavailable. */
async function committedAt(
  client: GitHubClient,
  repo: RepoRef,
  ref: string
): Promise<number | undefined> {
  try {
    const { data } = await client.rest.repos.getCommit({ ...repo, ref })
    const date = Date.parse(data.commit.committer?.date ?? '')
    return Number.isNaN(date) ? undefined : Math.floor(date / 1000)
  } catch {
    return undefined
  }
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

  const files = writeOutputFiles(
    environment.runnerTemp,
    toReport(result, change.introduced, change.fixed)
  )
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
