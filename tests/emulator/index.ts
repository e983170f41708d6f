import type { AddressInfo } from 'node:net'
import { ContentCreationWindow } from './content-limit.js'
import { FaultQueue } from './faults.js'
import {
  Seeder,
  type AddCommitInput,
  type AddPullRequestInput,
  type SeedCommentInput,
  type SeedIssueInput,
  type SeedReviewInput
} from './seeding.js'
import { createEmulatorServer } from './server.js'
import { DEFAULT_TOKENS, IdAllocator, createState } from './state.js'
import type {
  CommitRecord,
  EmulatorOptions,
  EmulatorState,
  Fault,
  IssueCommentRecord,
  IssueRecord,
  LabelRecord,
  PullRecord,
  RecordedRequest,
  ReviewRecord
} from './types.js'

export type * from './types.js'
export type {
  AddCommitInput,
  AddPullRequestInput,
  SeedAuthor,
  SeedCommentInput,
  SeedIssueInput,
  SeedReviewInput
} from './seeding.js'

/**
 * A local, stateful GitHub REST API for planguard's tests. The real Octokit talks to it over
 * HTTP on 127.0.0.1; it answers only the routes api.github.com has, validates requests against
 * the official OpenAPI description, and refuses what GitHub refuses. See README.md.
 */

export interface Emulator {
  /** http://127.0.0.1:<port>: the GITHUB_API_URL / Octokit baseUrl. */
  url: string
  state: EmulatorState
  requests: RecordedRequest[]
  /** The requests that were not GET/HEAD. */
  writes(): RecordedRequest[]
  addPullRequest(pr: AddPullRequestInput): PullRecord
  /** A pushed commit (tree, message, date), served by the commits and contents endpoints. */
  addCommit(commit: AddCommitInput): CommitRecord
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
  const seeder = new Seeder(state, ids, now)
  const contentWindow = new ContentCreationWindow(options.contentCreationLimit)
  let url = ''

  const { server, resetRateLimits } = createEmulatorServer({
    state,
    ids,
    tokens: options.tokens ?? DEFAULT_TOKENS,
    faults,
    requests,
    now,
    apiUrl: () => url,
    contentWindow,
    validateResponses: options.validateResponses ?? false
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    state,
    requests,
    writes: () =>
      requests.filter((request) => request.method !== 'GET' && request.method !== 'HEAD'),
    addPullRequest: (pr) => seeder.addPullRequest(pr),
    addCommit: (commit) => seeder.addCommit(commit),
    seedIssue: (issue) => seeder.seedIssue(issue),
    seedComment: (comment) => seeder.seedComment(comment),
    seedLabel: (name, color) => seeder.seedLabel(name, color),
    seedReview: (review) => seeder.seedReview(review),
    deleteIssue: (number) => seeder.deleteIssue(number),
    injectFault: (fault) => faults.add(fault),
    pendingFaults: () => faults.pending(),
    reset() {
      // The same state object, emptied: tests may hold `emulator.state`.
      Object.assign(state, createState(owner, repo, defaultBranch, issuesEnabled))
      ids.reset()
      faults.clear()
      resetRateLimits()
      contentWindow.reset()
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
