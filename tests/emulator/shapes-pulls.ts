import { renderRepoSummary } from './shapes-repository.js'
import {
  authorAssociation,
  nodeId,
  renderUser,
  repoApi,
  repoWeb,
  type ShapeContext
} from './shapes.js'
import type { PullFileRecord, PullRecord, ReviewCommentRecord, ReviewRecord } from './types.js'

/** Pull requests, their files, reviews and review comments, as GitHub answers them. */

export function renderPull(ctx: ShapeContext, pull: PullRecord): Record<string, unknown> {
  const issue = ctx.state.issues.find((candidate) => candidate.number === pull.number)
  const api = `${repoApi(ctx)}/pulls/${pull.number}`
  const web = `${repoWeb(ctx)}/pull/${pull.number}`
  const files = ctx.state.pullFiles.get(pull.number) ?? []
  const ownRepo = `${ctx.state.owner}/${ctx.state.repo}`
  const headOwner = pull.headRepo?.fullName.split('/')[0] ?? ctx.state.owner
  return {
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    url: api,
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${repoApi(ctx)}/issues/${pull.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(ctx)}/pulls/comments{/number}`,
    statuses_url: `${repoApi(ctx)}/statuses/${pull.headSha}`,
    comments_url: `${repoApi(ctx)}/issues/${pull.number}/comments`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: renderUser(ctx, pull.user),
    body: issue?.body ?? null,
    labels: [],
    created_at: issue?.createdAt,
    updated_at: issue?.updatedAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    milestone: null,
    requested_reviewers: [],
    requested_teams: [],
    active_lock_reason: null,
    auto_merge: null,
    draft: pull.draft,
    head: {
      label: `${headOwner}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      user: renderUser(ctx, { login: headOwner, type: 'User', id: 800001 }),
      repo: pull.headRepo ? renderRepoSummary(ctx, pull.headRepo.fullName) : null
    },
    base: {
      label: `${ctx.state.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: pull.baseSha,
      user: renderUser(ctx, { login: ctx.state.owner, type: 'User', id: 800001 }),
      repo: renderRepoSummary(ctx, ownRepo)
    },
    author_association: authorAssociation(ctx, pull.user),
    _links: {
      self: { href: api },
      html: { href: web },
      issue: { href: `${repoApi(ctx)}/issues/${pull.number}` },
      comments: { href: `${repoApi(ctx)}/issues/${pull.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(ctx)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(ctx)}/statuses/${pull.headSha}` }
    },
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    maintainer_can_modify: false,
    comments: ctx.state.issueComments.filter((c) => c.issueNumber === pull.number).length,
    review_comments: ctx.state.reviewComments.filter((c) => c.pullNumber === pull.number).length,
    commits: pull.commitShas.length,
    additions: files.reduce((sum, file) => sum + file.additions, 0),
    deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: files.length
  }
}

export function renderPullFile(
  ctx: ShapeContext,
  pull: PullRecord,
  file: PullFileRecord
): Record<string, unknown> {
  const path = file.filename.split('/').map(encodeURIComponent).join('/')
  const shaped: Record<string, unknown> = {
    sha: Buffer.from(`${pull.headSha}:${file.filename}`)
      .toString('hex')
      .slice(0, 40)
      .padEnd(40, '0'),
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${repoWeb(ctx)}/blob/${pull.headSha}/${path}`,
    raw_url: `${repoWeb(ctx)}/raw/${pull.headSha}/${path}`,
    contents_url: `${repoApi(ctx)}/contents/${path}?ref=${pull.headSha}`
  }
  if (file.patch !== undefined) shaped.patch = file.patch
  return shaped
}

export function renderReview(ctx: ShapeContext, review: ReviewRecord): Record<string, unknown> {
  const web = `${repoWeb(ctx)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`
  const shaped: Record<string, unknown> = {
    id: review.id,
    node_id: nodeId('PRR', review.id),
    user: renderUser(ctx, review.user),
    body: review.body,
    state: review.state,
    html_url: web,
    pull_request_url: `${repoApi(ctx)}/pulls/${review.pullNumber}`,
    author_association: authorAssociation(ctx, review.user),
    _links: {
      html: { href: web },
      pull_request: { href: `${repoApi(ctx)}/pulls/${review.pullNumber}` }
    },
    commit_id: review.commitId
  }
  if (review.submittedAt) shaped.submitted_at = review.submittedAt
  return shaped
}

export function renderReviewComment(
  ctx: ShapeContext,
  comment: ReviewCommentRecord
): Record<string, unknown> {
  const api = `${repoApi(ctx)}/pulls/comments/${comment.id}`
  const web = `${repoWeb(ctx)}/pull/${comment.pullNumber}#discussion_r${comment.id}`
  const pullApi = `${repoApi(ctx)}/pulls/${comment.pullNumber}`
  const shaped: Record<string, unknown> = {
    url: api,
    pull_request_review_id: comment.reviewId,
    id: comment.id,
    node_id: nodeId('PRRC', comment.id),
    diff_hunk: comment.diffHunk,
    path: comment.path,
    position: comment.position,
    original_position: comment.position,
    commit_id: comment.commitId,
    original_commit_id: comment.commitId,
    user: renderUser(ctx, comment.user),
    body: comment.body,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    html_url: web,
    pull_request_url: pullApi,
    author_association: authorAssociation(ctx, comment.user),
    _links: { self: { href: api }, html: { href: web }, pull_request: { href: pullApi } },
    start_line: comment.startLine,
    original_start_line: comment.startLine,
    start_side: comment.startSide,
    line: comment.line,
    original_line: comment.line,
    side: comment.side,
    subject_type: 'line'
  }
  if (comment.inReplyToId !== null) shaped.in_reply_to_id = comment.inReplyToId
  return shaped
}
