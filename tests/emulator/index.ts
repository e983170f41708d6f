import type { AddressInfo } from 'node:net'
import { FaultQueue } from './faults.js'
import { placeComment } from './routes/review-placement.js'
import { createEmulatorServer } from './server.js'
import {
  DEFAULT_TOKENS,
  IdAllocator,
  createState,
  ensureLabel,
  nextIssueNumber,
  userRecord
} from './state.js'
import type {
  EmulatorOptions,
  EmulatorState,
  Fault,
  IssueCommentRecord,
  IssueRecord,
  LabelRecord,
  PullFileRecord,
  PullRecord,
  RecordedRequest,
  ReviewRecord,
  ReviewState
} from './types.js'

export type * from './types.js'

/**
 * A local, stateful GitHub REST API for planguard's tests. The real Octokit talks to it over
 * HTTP on 127.0.0.1; it answers only the routes api.github.com has, validates requests against
 * the official OpenAPI description, and refuses what GitHub refuses.
 */

export interface SeedAuthor {
  login: string
  type?: 'Bot' | 'User'
}

export interface SeedIssueInput {
  number?: number
  title: string
  body?: string | null
  labels?: string[]
  state?: 'open' | 'closed'
  stateReason?: IssueRecord['stateReason']
  user?: SeedAuthor
  createdAt?: string
  updatedAt?: string
}

export interface SeedCommentInput {
  issueNumber: number
  body: string
  user?: SeedAuthor
  createdAt?: string
}

export interface AddPullRequestInput {
  number: number
  title?: string
  headSha: string
  baseSha?: string
  baseRef?: string
  headRef?: string
  headRepo?: { fullName: string } | null
  user?: SeedAuthor
  draft?: boolean
  files: Array<{ filename: string; status?: string; patch?: string }>
}

export interface SeedReviewInput {
  pullNumber: number
  body?: string
  state?: ReviewState
  user?: SeedAuthor
  commitId?: string
  comments?: Array<{
    path: string
    body: string
    line?: number
    side?: 'LEFT' | 'RIGHT'
    startLine?: number
    position?: number
  }>
}

export interface Emulator {
  /** http://127.0.0.1:<port>: the GITHUB_API_URL / Octokit baseUrl. */
  url: string
  state: EmulatorState
  requests: RecordedRequest[]
  /** The requests that were not GET/HEAD. */
  writes(): RecordedRequest[]
  addPullRequest(pr: AddPullRequestInput): PullRecord
  seedIssue(issue: SeedIssueInput): IssueRecord
  seedComment(comment: SeedCommentInput): IssueCommentRecord
  seedLabel(name: string, color?: string): LabelRecord
  /** A review someone else left (by default octocat), its comments placed on the diff. */
  seedReview(review: SeedReviewInput): ReviewRecord
  /** Deletes an issue behind the client's back: it answers 410 from then on. */
  deleteIssue(number: number): void
  injectFault(fault: Fault): void
  /** Faults that have not fired all their times yet. */
  pendingFaults(): Fault[]
  reset(): void
  close(): Promise<void>
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function countLines(patch: string | undefined, marker: '+' | '-'): number {
  return (patch ?? '').split('\n').filter((line) => line.startsWith(marker)).length
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'planning-repo'
  const defaultBranch = options.defaultBranch ?? 'main'
  const issuesEnabled = options.issuesEnabled ?? true
  const now = options.now ?? (() => new Date())
  const state = createState(owner, repo, defaultBranch, issuesEnabled)
  const ids = new IdAllocator()
  const faults = new FaultQueue()
  const requests: RecordedRequest[] = []
  let url = ''

  const { server, resetRateLimits } = createEmulatorServer({
    state,
    ids,
    tokens: options.tokens ?? DEFAULT_TOKENS,
    faults,
    requests,
    now,
    apiUrl: () => url
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const author = (seed: SeedAuthor | undefined, fallback: SeedAuthor) => {
    const chosen = seed ?? fallback
    return userRecord(
      chosen.login,
      chosen.type ?? (chosen.login.endsWith('[bot]') ? 'Bot' : 'User')
    )
  }

  function seedIssue(input: SeedIssueInput): IssueRecord {
    const created = input.createdAt ?? isoSeconds(now())
    const issue: IssueRecord = {
      id: ids.allocate(),
      number: input.number ?? nextIssueNumber(state),
      title: input.title,
      body: input.body ?? null,
      state: input.state ?? 'open',
      stateReason: input.stateReason ?? (input.state === 'closed' ? 'completed' : null),
      labels: (input.labels ?? []).map((name) => ensureLabel(state, ids, name).name),
      user: author(input.user, { login: 'octocat' }),
      createdAt: created,
      updatedAt: input.updatedAt ?? created,
      closedAt: input.state === 'closed' ? created : null,
      isPullRequest: false,
      deleted: false,
      subIssueIds: [],
      parentId: null
    }
    if (state.issues.some((existing) => existing.number === issue.number)) {
      throw new Error(`emulator: issue #${issue.number} already exists`)
    }
    state.issues.push(issue)
    return issue
  }

  function addPullRequest(input: AddPullRequestInput): PullRecord {
    const files: PullFileRecord[] = input.files.map((file) => ({
      filename: file.filename,
      status: file.status ?? 'modified',
      patch: file.patch,
      additions: countLines(file.patch, '+'),
      deletions: countLines(file.patch, '-')
    }))
    state.pullFiles.set(input.number, files)
    const existing = state.pulls.find((pull) => pull.number === input.number)
    if (existing) {
      // A new push to the same pull request: the head moves, history is kept.
      existing.headSha = input.headSha
      if (!existing.commitShas.includes(input.headSha)) existing.commitShas.push(input.headSha)
      if (input.baseSha) existing.baseSha = input.baseSha
      if (input.title) existing.title = input.title
      return existing
    }
    const user = author(input.user, { login: 'octocat' })
    const issue = seedIssue({
      number: input.number,
      title: input.title ?? `Pull request #${input.number}`,
      user: input.user ?? { login: 'octocat' }
    })
    issue.isPullRequest = true
    const pull: PullRecord = {
      number: input.number,
      id: ids.allocate(),
      title: issue.title,
      headSha: input.headSha,
      baseSha: input.baseSha ?? '0'.repeat(39) + '1',
      baseRef: input.baseRef ?? defaultBranch,
      headRef: input.headRef ?? `feature/pr-${input.number}`,
      headRepo: input.headRepo === undefined ? { fullName: `${owner}/${repo}` } : input.headRepo,
      commitShas: [input.headSha],
      user,
      state: 'open',
      draft: input.draft ?? false
    }
    state.pulls.push(pull)
    return pull
  }

  function seedReview(input: SeedReviewInput): ReviewRecord {
    const pull = state.pulls.find((candidate) => candidate.number === input.pullNumber)
    if (!pull) throw new Error(`emulator: no pull request #${input.pullNumber} to review`)
    const user = author(input.user, { login: 'octocat' })
    const when = isoSeconds(now())
    const status = input.state ?? 'COMMENTED'
    const review: ReviewRecord = {
      id: ids.allocate(),
      pullNumber: pull.number,
      body: input.body ?? '',
      state: status,
      commitId: input.commitId ?? pull.headSha,
      user,
      submittedAt: status === 'PENDING' ? null : when
    }
    const files = state.pullFiles.get(pull.number) ?? []
    const placed = (input.comments ?? []).map((comment) => {
      const result = placeComment({ ...comment, start_line: comment.startLine }, files)
      if ('error' in result) throw new Error(`emulator: seeded review comment: ${result.error}`)
      return { placement: result.placement, body: comment.body }
    })
    state.reviews.push(review)
    for (const { placement, body } of placed) {
      state.reviewComments.push({
        id: ids.allocate(),
        pullNumber: pull.number,
        reviewId: review.id,
        ...placement,
        body,
        commitId: review.commitId,
        user,
        createdAt: when,
        updatedAt: when,
        inReplyToId: null
      })
    }
    return review
  }

  return {
    url,
    state,
    seedReview,
    requests,
    writes: () =>
      requests.filter((request) => request.method !== 'GET' && request.method !== 'HEAD'),
    addPullRequest,
    seedIssue,
    seedComment(input) {
      const issue = state.issues.find((candidate) => candidate.number === input.issueNumber)
      if (!issue) throw new Error(`emulator: no issue #${input.issueNumber} to comment on`)
      const created = input.createdAt ?? isoSeconds(now())
      const comment: IssueCommentRecord = {
        id: ids.allocate(),
        issueNumber: issue.number,
        body: input.body,
        user: author(input.user, { login: 'octocat' }),
        createdAt: created,
        updatedAt: created
      }
      state.issueComments.push(comment)
      return comment
    },
    seedLabel(name, color = 'ededed') {
      const label = ensureLabel(state, ids, name)
      label.color = color
      return label
    },
    deleteIssue(number) {
      const issue = state.issues.find((candidate) => candidate.number === number)
      if (!issue) throw new Error(`emulator: no issue #${number} to delete`)
      issue.deleted = true
      state.issueComments = state.issueComments.filter((comment) => comment.issueNumber !== number)
    },
    injectFault: (fault) => faults.add(fault),
    pendingFaults: () => faults.pending(),
    reset() {
      Object.assign(state, createState(owner, repo, defaultBranch, issuesEnabled))
      ids.reset()
      faults.clear()
      resetRateLimits()
      requests.length = 0
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    }
  }
}
