import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Webhook payloads for Action tests, built from GitHub's real examples
 * (`@octokit/webhooks-examples`) and rewritten to the emulator's repository, so the Action reads
 * the same shapes it reads on GitHub.
 */

export const ZERO_SHA = '0000000000000000000000000000000000000000'

export interface PayloadRepository {
  owner?: string
  repo?: string
  defaultBranch?: string
}

type Payload = Record<string, unknown>

interface ExampleGroup {
  name: string
  examples: Payload[]
}

let examples: ExampleGroup[] | undefined

function exampleFor(event: string, predicate: (payload: Payload) => boolean): Payload {
  if (!examples) {
    const require = createRequire(import.meta.url)
    examples = require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleGroup[]
  }
  const found = examples.find((group) => group.name === event)?.examples.find(predicate)
  if (!found) throw new Error(`emulator: no ${event} webhook example fits`)
  // A deep copy, so rewriting one payload never touches the shared examples.
  return JSON.parse(JSON.stringify(found)) as Payload
}

/** The example repositories the upstream payloads name. */
const EXAMPLE_REPOSITORIES = ['Codertocat/Hello-World', 'octo-org/octo-repo']

function replaceStrings(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === 'string') return replace(value)
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, replace))
  if (value !== null && typeof value === 'object') {
    const copy: Payload = {}
    for (const [key, child] of Object.entries(value)) copy[key] = replaceStrings(child, replace)
    return copy
  }
  return value
}

function object(value: unknown): Payload {
  if (value === null || typeof value !== 'object')
    throw new Error('emulator: unexpected example shape')
  return value as Payload
}

interface Target {
  owner: string
  repo: string
  defaultBranch: string
}

function target(options: PayloadRepository): Target {
  return {
    owner: options.owner ?? 'octo-org',
    repo: options.repo ?? 'planning-repo',
    defaultBranch: options.defaultBranch ?? 'main'
  }
}

/** Points every mention of the example repository at the test repository. */
function retarget(payload: Payload, where: Target): Payload {
  const fullName = `${where.owner}/${where.repo}`
  const rewritten = object(
    replaceStrings(payload, (text) =>
      EXAMPLE_REPOSITORIES.reduce((result, example) => result.split(example).join(fullName), text)
    )
  )
  fixRepository(object(rewritten.repository), where)
  return rewritten
}

function fixRepository(repository: Payload, where: Target): void {
  repository.name = where.repo
  repository.full_name = `${where.owner}/${where.repo}`
  repository.default_branch = where.defaultBranch
  if ('master_branch' in repository) repository.master_branch = where.defaultBranch
  object(repository.owner).login = where.owner
}

export type PullRequestAction =
  'opened' | 'synchronize' | 'reopened' | 'ready_for_review' | 'closed'

export interface PullRequestPayloadOptions extends PayloadRepository {
  number: number
  headSha: string
  baseSha?: string
  headRef?: string
  baseRef?: string
  /** `null` for a deleted head repository; another full name for a fork. */
  headRepo?: { fullName: string } | null
  title?: string
  draft?: boolean
  /** For `closed`: whether the pull request was merged. */
  merged?: boolean
  /** For `synchronize`: the head before the push. */
  before?: string
}

export function pullRequestPayload(
  action: PullRequestAction,
  options: PullRequestPayloadOptions
): Payload {
  const where = target(options)
  const payload = retarget(
    exampleFor('pull_request', (example) => example.action === action),
    where
  )
  const pull = object(payload.pull_request)
  const head = object(pull.head)
  const base = object(pull.base)
  const baseRef = options.baseRef ?? where.defaultBranch
  const headRef = options.headRef ?? `feature/pr-${options.number}`
  payload.number = options.number
  pull.number = options.number
  pull.draft = options.draft ?? false
  if (options.title !== undefined) pull.title = options.title
  for (const key of [
    'url',
    'html_url',
    'diff_url',
    'patch_url',
    'issue_url',
    'commits_url',
    'review_comments_url',
    'comments_url',
    'statuses_url'
  ]) {
    if (typeof pull[key] === 'string') {
      pull[key] = (pull[key] as string).replace(
        /\/(pulls|pull|issues)\/\d+/,
        `/$1/${options.number}`
      )
    }
  }
  base.ref = baseRef
  base.sha = options.baseSha ?? '1'.repeat(40)
  base.label = `${where.owner}:${baseRef}`
  fixRepository(object(base.repo), where)
  head.ref = headRef
  head.sha = options.headSha
  if (options.headRepo === null) {
    head.repo = null
    head.label = `unknown:${headRef}`
  } else {
    const headRepo = object(head.repo)
    const fullName = options.headRepo?.fullName ?? `${where.owner}/${where.repo}`
    const [headOwner = where.owner, headName = where.repo] = fullName.split('/')
    fixRepository(headRepo, {
      owner: headOwner,
      repo: headName,
      defaultBranch: where.defaultBranch
    })
    const fork = fullName !== `${where.owner}/${where.repo}`
    headRepo.fork = fork
    // A fork is another repository: a different id, whichever field a reader compares.
    if (fork) {
      headRepo.id = Number(object(base.repo).id) + 1
      headRepo.node_id = `R_fork_${headOwner}`
    }
    head.label = `${headOwner}:${headRef}`
  }
  if (action === 'closed') {
    pull.state = 'closed'
    pull.merged = options.merged ?? false
  }
  if (action === 'synchronize') {
    payload.before = options.before ?? '2'.repeat(40)
    payload.after = options.headSha
  }
  return payload
}

export interface PushPayloadOptions extends PayloadRepository {
  /** Defaults to the default branch. */
  ref?: string
  before?: string
  after: string
  /** The head commit's timestamp. */
  timestamp?: string
}

/** A push of commits to a branch (by default the default branch). */
export function pushPayload(options: PushPayloadOptions): Payload {
  const where = target(options)
  const payload = retarget(
    exampleFor(
      'push',
      (example) => String(example.ref).startsWith('refs/heads/') && example.deleted === false
    ),
    where
  )
  const before = options.before ?? ZERO_SHA
  payload.ref = options.ref ?? `refs/heads/${where.defaultBranch}`
  payload.before = before
  payload.after = options.after
  payload.created = before === ZERO_SHA
  payload.deleted = false
  payload.compare = `https://github.com/${where.owner}/${where.repo}/compare/${before.slice(0, 12)}...${options.after.slice(0, 12)}`
  const headCommit = object(payload.head_commit)
  headCommit.id = options.after
  if (options.timestamp) headCommit.timestamp = options.timestamp
  headCommit.url = `https://github.com/${where.owner}/${where.repo}/commit/${options.after}`
  payload.commits = [headCommit]
  return payload
}

/** A new tag pushed: a push event whose ref is under refs/tags/. */
export function tagPushPayload(options: PayloadRepository & { tag: string; sha: string }): Payload {
  const where = target(options)
  const payload = retarget(
    exampleFor(
      'push',
      (example) => String(example.ref).startsWith('refs/tags/') && example.created === true
    ),
    where
  )
  payload.ref = `refs/tags/${options.tag}`
  payload.before = ZERO_SHA
  payload.after = options.sha
  const headCommit = payload.head_commit === null ? undefined : object(payload.head_commit)
  if (headCommit) headCommit.id = options.sha
  return payload
}

/** A branch deleted: a push event with `deleted: true`, `after` all zeros and no head commit. */
export function branchDeletionPayload(
  options: PayloadRepository & { branch: string; before: string }
): Payload {
  const where = target(options)
  const payload = retarget(
    exampleFor('push', (example) => example.deleted === true),
    where
  )
  payload.ref = `refs/heads/${options.branch}`
  payload.before = options.before
  payload.after = ZERO_SHA
  payload.created = false
  payload.deleted = true
  payload.head_commit = null
  payload.commits = []
  return payload
}

export function workflowDispatchPayload(
  options: PayloadRepository & { ref?: string; inputs?: Record<string, string> } = {}
): Payload {
  const where = target(options)
  const payload = retarget(
    exampleFor('workflow_dispatch', () => true),
    where
  )
  payload.ref = options.ref ?? `refs/heads/${where.defaultBranch}`
  payload.inputs = options.inputs ?? {}
  return payload
}

export function issuesPayload(
  action: 'opened' | 'edited' | 'closed' | 'reopened' | 'labeled' | 'deleted',
  options: PayloadRepository & { number: number; title?: string; body?: string }
): Payload {
  const where = target(options)
  const payload = retarget(
    exampleFor('issues', (example) => example.action === action),
    where
  )
  const issue = object(payload.issue)
  issue.number = options.number
  if (options.title !== undefined) issue.title = options.title
  if (options.body !== undefined) issue.body = options.body
  for (const key of ['url', 'html_url', 'comments_url', 'events_url', 'labels_url']) {
    if (typeof issue[key] === 'string') {
      issue[key] = (issue[key] as string).replace(/\/issues\/\d+/, `/issues/${options.number}`)
    }
  }
  return payload
}

/** Writes a payload where `GITHUB_EVENT_PATH` can point; returns the file's path. */
export function writeEventFile(payload: Payload): string {
  const directory = mkdtempSync(join(tmpdir(), 'planguard-event-'))
  const file = join(directory, 'event.json')
  writeFileSync(file, JSON.stringify(payload, null, 2))
  return file
}

/** The GITHUB_* variables an Action run sees, aimed at the emulator. */
export function actionEnvironment(options: {
  apiUrl: string
  eventName: string
  eventPath: string
  sha: string
  ref: string
  owner?: string
  repo?: string
}): Record<string, string> {
  const repository = `${options.owner ?? 'octo-org'}/${options.repo ?? 'planning-repo'}`
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: options.eventPath,
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_WORKFLOW: 'planguard',
    GITHUB_ACTION: 'planguard',
    GITHUB_ACTOR: 'octocat',
    GITHUB_JOB: 'planguard',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1'
  }
}
