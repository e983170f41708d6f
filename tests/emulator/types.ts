/** Public types of the planguard GitHub REST emulator: options, faults, recorded requests, state. */

export interface TokenGrant {
  login: string
  type: 'Bot' | 'User'
  permission: 'write' | 'read'
}

export interface EmulatorOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  tokens?: Record<string, TokenGrant>
  /** false → issue endpoints answer 410 "Issues are disabled for this repo" (PR threads still work). */
  issuesEnabled?: boolean
  /**
   * Check every JSON answer against the OpenAPI response schema and answer 500 on a mismatch
   * (off by default: compiling the large response schemas costs time).
   */
  validateResponses?: boolean
  /**
   * GitHub's secondary limit on content creation (issues, comments, reviews): more than
   * `perMinute` of them in a minute answer 403 with `retry-after` (default 60 s). Off by default.
   */
  contentCreationLimit?: { perMinute: number; retryAfter?: number }
  /** The clock for created_at/updated_at; defaults to the real one. */
  now?: () => Date
}

export type Fault =
  | {
      kind: 'status'
      status: 502 | 500 | 429
      method?: string
      route?: string
      times?: number
      retryAfter?: number
    }
  | {
      kind: 'secondary-rate-limit'
      method?: string
      route?: string
      times?: number
      retryAfter: number
    }
  | { kind: 'after-write'; status: 502; method?: string; route?: string; times?: number }

export interface RecordedRequest {
  method: string
  /** The path without the query string, e.g. `/repos/octo-org/planning-repo/issues`. */
  path: string
  query: Record<string, string>
  body: unknown
  status: number
  /** The bearer token sent, or null when none was. */
  token: string | null
  /** The OpenAPI path template matched, when the route exists. */
  route?: string
  operationId?: string
  /** Set when an injected fault produced (or replaced) the answer. */
  fault?: Fault['kind']
}

export interface UserRecord {
  login: string
  type: 'Bot' | 'User'
  id: number
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
}

export interface IssueRecord {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null
  /** Label names; the label objects live in `state.labels`. */
  labels: string[]
  user: UserRecord
  createdAt: string
  updatedAt: string
  closedAt: string | null
  /** Pull requests are issues too on GitHub: same number space, same comment threads. */
  isPullRequest: boolean
  /** Deleted issues answer 410 "This issue was deleted". */
  deleted: boolean
  /** Ids (not numbers) of sub-issues, in order. */
  subIssueIds: number[]
  parentId: number | null
}

export interface IssueCommentRecord {
  id: number
  issueNumber: number
  body: string
  user: UserRecord
  createdAt: string
  updatedAt: string
}

export interface PullFileRecord {
  filename: string
  status: string
  patch?: string
  additions: number
  deletions: number
}

export interface PullRecord {
  number: number
  id: number
  title: string
  headSha: string
  baseSha: string
  baseRef: string
  headRef: string
  /** null when the head repository was deleted; a different name for a fork. */
  headRepo: { fullName: string } | null
  /** Every head sha the pull request has had, oldest first. */
  commitShas: string[]
  user: UserRecord
  state: 'open' | 'closed'
  draft: boolean
}

export type ReviewState = 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'PENDING'

export interface ReviewRecord {
  id: number
  pullNumber: number
  body: string
  state: ReviewState
  commitId: string
  user: UserRecord
  submittedAt: string | null
}

export interface ReviewCommentRecord {
  id: number
  pullNumber: number
  reviewId: number
  path: string
  body: string
  commitId: string
  /** The line in the file on `side`; null for comments placed by an unresolvable position. */
  line: number | null
  side: 'LEFT' | 'RIGHT'
  startLine: number | null
  startSide: 'LEFT' | 'RIGHT' | null
  /** Position in the file's diff (1 = the line below the first hunk header). */
  position: number
  diffHunk: string
  user: UserRecord
  createdAt: string
  updatedAt: string
  inReplyToId: number | null
}

export interface CommitRecord {
  sha: string
  message: string
  /** Author and committer date, ISO 8601. */
  date: string
  author: { name: string; email: string }
  parents: string[]
  /** The whole tree at this commit: path → text. */
  files: Record<string, string>
}

export interface EmulatorState {
  owner: string
  repo: string
  defaultBranch: string
  issuesEnabled: boolean
  issues: IssueRecord[]
  issueComments: IssueCommentRecord[]
  labels: LabelRecord[]
  pulls: PullRecord[]
  /** Changed files per pull request number. */
  pullFiles: Map<number, PullFileRecord[]>
  reviews: ReviewRecord[]
  reviewComments: ReviewCommentRecord[]
  /** Commits the test pushed (`addCommit`), for the commits and contents endpoints. */
  commits: CommitRecord[]
  /** Branch name → head sha. */
  branches: Record<string, string>
}
