import { placeComment } from './routes/review-placement.js'
import { ensureLabel, isoSeconds, nextIssueNumber, userRecord, type IdAllocator } from './state.js'
import type {
  CommitRecord,
  EmulatorState,
  IssueCommentRecord,
  IssueRecord,
  LabelRecord,
  PullFileRecord,
  PullRecord,
  ReviewRecord,
  ReviewState,
  UserRecord
} from './types.js'

/**
 * How tests put things into the emulator that planguard did not write: pull requests (GitHub's
 * side of a push), issues and comments by people, reviews by people, deletions behind the
 * client's back.
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

export interface AddCommitInput {
  sha: string
  /** The whole tree at this commit; by default the first parent's tree with `changes` applied. */
  files?: Record<string, string>
  /** Files written (text) or removed (null) on top of the parent's tree. */
  changes?: Record<string, string | null>
  message?: string
  date?: string
  parents?: string[]
  /** Moves this branch's head to the commit (the default branch unless `null`). */
  branch?: string | null
  author?: { name: string; email: string }
}

function countLines(patch: string | undefined, marker: '+' | '-'): number {
  return (patch ?? '').split('\n').filter((line) => line.startsWith(marker)).length
}

function author(seed: SeedAuthor | undefined): UserRecord {
  const chosen = seed ?? { login: 'octocat' }
  return userRecord(chosen.login, chosen.type ?? (chosen.login.endsWith('[bot]') ? 'Bot' : 'User'))
}

export class Seeder {
  constructor(
    private readonly state: EmulatorState,
    private readonly ids: IdAllocator,
    private readonly now: () => Date
  ) {}

  seedIssue(input: SeedIssueInput): IssueRecord {
    const { state, ids } = this
    const created = input.createdAt ?? isoSeconds(this.now())
    const number = input.number ?? nextIssueNumber(state)
    if (state.issues.some((existing) => existing.number === number)) {
      throw new Error(`emulator: issue #${number} already exists`)
    }
    const issue: IssueRecord = {
      id: ids.allocate(),
      number,
      title: input.title,
      body: input.body ?? null,
      state: input.state ?? 'open',
      stateReason: input.stateReason ?? (input.state === 'closed' ? 'completed' : null),
      labels: (input.labels ?? []).map((name) => ensureLabel(state, ids, name).name),
      user: author(input.user),
      createdAt: created,
      updatedAt: input.updatedAt ?? created,
      closedAt: input.state === 'closed' ? created : null,
      isPullRequest: false,
      deleted: false,
      subIssueIds: [],
      parentId: null
    }
    state.issues.push(issue)
    return issue
  }

  /** Opens pull request `number`, or, when it exists, records a new push to it. */
  addPullRequest(input: AddPullRequestInput): PullRecord {
    const { state } = this
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
      // The head moves; earlier heads stay valid commit_ids, as on GitHub.
      existing.headSha = input.headSha
      if (!existing.commitShas.includes(input.headSha)) existing.commitShas.push(input.headSha)
      if (input.baseSha) existing.baseSha = input.baseSha
      if (input.title) existing.title = input.title
      return existing
    }
    // On GitHub a pull request is also an issue: same number space, same conversation.
    const issue = this.seedIssue({
      number: input.number,
      title: input.title ?? `Pull request #${input.number}`,
      user: input.user
    })
    issue.isPullRequest = true
    const pull: PullRecord = {
      number: input.number,
      id: this.ids.allocate(),
      title: issue.title,
      headSha: input.headSha,
      baseSha: input.baseSha ?? '0'.repeat(39) + '1',
      baseRef: input.baseRef ?? state.defaultBranch,
      headRef: input.headRef ?? `feature/pr-${input.number}`,
      headRepo:
        input.headRepo === undefined
          ? { fullName: `${state.owner}/${state.repo}` }
          : input.headRepo,
      commitShas: [input.headSha],
      user: issue.user,
      state: 'open',
      draft: input.draft ?? false
    }
    state.pulls.push(pull)
    return pull
  }

  seedComment(input: SeedCommentInput): IssueCommentRecord {
    const issue = this.state.issues.find((candidate) => candidate.number === input.issueNumber)
    if (!issue) throw new Error(`emulator: no issue #${input.issueNumber} to comment on`)
    const created = input.createdAt ?? isoSeconds(this.now())
    const comment: IssueCommentRecord = {
      id: this.ids.allocate(),
      issueNumber: issue.number,
      body: input.body,
      user: author(input.user),
      createdAt: created,
      updatedAt: created
    }
    this.state.issueComments.push(comment)
    return comment
  }

  seedLabel(name: string, color = 'ededed'): LabelRecord {
    const label = ensureLabel(this.state, this.ids, name)
    label.color = color
    return label
  }

  /** A review someone left, its comments placed on the diff (throws when one cannot be). */
  seedReview(input: SeedReviewInput): ReviewRecord {
    const { state, ids } = this
    const pull = state.pulls.find((candidate) => candidate.number === input.pullNumber)
    if (!pull) throw new Error(`emulator: no pull request #${input.pullNumber} to review`)
    const user = author(input.user)
    const when = isoSeconds(this.now())
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

  /** Records a pushed commit and moves its branch, for the commits and contents endpoints. */
  addCommit(input: AddCommitInput): CommitRecord {
    const { state } = this
    if (state.commits.some((commit) => commit.sha === input.sha)) {
      throw new Error(`emulator: commit ${input.sha} already exists`)
    }
    const branch = input.branch === undefined ? state.defaultBranch : input.branch
    const previousHead = branch === null ? undefined : state.branches[branch]
    const parents = input.parents ?? (previousHead ? [previousHead] : [])
    const parent = state.commits.find((commit) => commit.sha === parents[0])
    const files: Record<string, string> = { ...(input.files ?? parent?.files ?? {}) }
    for (const [path, text] of Object.entries(input.changes ?? {})) {
      if (text === null) delete files[path]
      else files[path] = text
    }
    const commit: CommitRecord = {
      sha: input.sha,
      message: input.message ?? `Commit ${input.sha.slice(0, 7)}`,
      date: input.date ?? isoSeconds(this.now()),
      author: input.author ?? { name: 'Octo Cat', email: 'octocat@users.noreply.github.com' },
      parents,
      files
    }
    state.commits.push(commit)
    if (branch !== null) state.branches[branch] = commit.sha
    return commit
  }

  /** Deletes an issue and its comments; it answers 410 "This issue was deleted" from then on. */
  deleteIssue(number: number): void {
    const issue = this.state.issues.find((candidate) => candidate.number === number)
    if (!issue) throw new Error(`emulator: no issue #${number} to delete`)
    issue.deleted = true
    this.state.issueComments = this.state.issueComments.filter((c) => c.issueNumber !== number)
  }
}
