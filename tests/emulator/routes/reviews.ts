import {
  HttpError,
  checkBodyLength,
  notFound,
  unprocessable,
  validationFailed
} from '../http-error.js'
import { renderReview, renderReviewComment } from '../shapes.js'
import type { ReviewCommentRecord, ReviewRecord, ReviewState } from '../types.js'
import {
  bodyObject,
  numberParam,
  ok,
  type RouteContext,
  type RouteHandler,
  type RouteResult,
  pagedAnswer
} from './context.js'
import { requirePull } from './pulls.js'
import { placeComment, type DraftComment, type Placement } from './review-placement.js'

/** Pull request reviews and their inline comments. */

const STATE_FOR_EVENT: Record<string, ReviewState> = {
  COMMENT: 'COMMENTED',
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED'
}

function listReviews(ctx: RouteContext): RouteResult {
  const pull = requirePull(ctx)
  const reviews = ctx.state.reviews.filter((review) => review.pullNumber === pull.number)
  return pagedAnswer(ctx, reviews, (review) => renderReview(ctx.shape, review))
}

function findReview(ctx: RouteContext): ReviewRecord {
  const pull = requirePull(ctx)
  const id = numberParam(ctx, 'review_id')
  const review = ctx.state.reviews.find((r) => r.id === id && r.pullNumber === pull.number)
  if (!review) throw notFound()
  return review
}

/** Refusals GitHub makes about who may review what, before looking at the comments. */
function checkReviewer(ctx: RouteContext, event: string | undefined, authorLogin: string): void {
  if (event === 'APPROVE' && ctx.actor.login === 'github-actions[bot]') {
    throw unprocessable('GitHub Actions is not permitted to approve pull requests.')
  }
  if (event === 'APPROVE' && ctx.actor.login === authorLogin) {
    throw unprocessable('Can not approve your own pull request')
  }
  if (event === 'REQUEST_CHANGES' && ctx.actor.login === authorLogin) {
    throw unprocessable('Can not request changes on your own pull request')
  }
}

function createReview(ctx: RouteContext): RouteResult {
  const pull = requirePull(ctx)
  const body = bodyObject(ctx)
  const event = typeof body.event === 'string' ? body.event : undefined
  const text = typeof body.body === 'string' ? body.body : ''
  const drafts = (Array.isArray(body.comments) ? body.comments : []) as DraftComment[]
  checkBodyLength('PullRequestReview', body.body)
  for (const draft of drafts) checkBodyLength('PullRequestReviewComment', draft.body)
  const commitId = typeof body.commit_id === 'string' ? body.commit_id : pull.headSha
  if (!pull.commitShas.includes(commitId)) {
    throw unprocessable('commit_id is not part of the pull request')
  }
  checkReviewer(ctx, event, pull.user.login)
  if (event === 'REQUEST_CHANGES' && text === '') throw unprocessable("Body can't be blank")
  if (event === 'COMMENT' && text === '' && drafts.length === 0) {
    throw unprocessable("Body can't be blank")
  }
  if (
    event === undefined &&
    ctx.state.reviews.some(
      (r) =>
        r.pullNumber === pull.number && r.state === 'PENDING' && r.user.login === ctx.actor.login
    )
  ) {
    throw unprocessable('User can only have one pending review per pull request')
  }
  const files = ctx.state.pullFiles.get(pull.number) ?? []
  const placements: Placement[] = []
  const errors: string[] = []
  for (const draft of drafts) {
    const result = placeComment(draft, files)
    if ('error' in result) errors.push(result.error)
    else placements.push(result.placement)
  }
  // GitHub names each kind of failure once and never says which comment failed.
  if (errors.length > 0) throw unprocessable(...new Set(errors))

  const now = ctx.now()
  const review: ReviewRecord = {
    id: ctx.ids.allocate(),
    pullNumber: pull.number,
    body: text,
    state: event === undefined ? 'PENDING' : (STATE_FOR_EVENT[event] ?? 'COMMENTED'),
    commitId,
    user: ctx.actor,
    submittedAt: event === undefined ? null : now
  }
  ctx.state.reviews.push(review)
  placements.forEach((placement, index) => {
    ctx.state.reviewComments.push(
      commentRecord(ctx, review, placement, String(drafts[index]?.body ?? ''), now)
    )
  })
  return ok(renderReview(ctx.shape, review))
}

function commentRecord(
  ctx: RouteContext,
  review: ReviewRecord,
  placement: Placement,
  body: string,
  now: string
): ReviewCommentRecord {
  return {
    id: ctx.ids.allocate(),
    pullNumber: review.pullNumber,
    reviewId: review.id,
    ...placement,
    body,
    commitId: review.commitId,
    user: ctx.actor,
    createdAt: now,
    updatedAt: now,
    inReplyToId: null
  }
}

function getReview(ctx: RouteContext): RouteResult {
  return ok(renderReview(ctx.shape, findReview(ctx)))
}

function updateReview(ctx: RouteContext): RouteResult {
  const review = findReview(ctx)
  const body = bodyObject(ctx)
  checkBodyLength('PullRequestReview', body.body)
  review.body = String(body.body)
  return ok(renderReview(ctx.shape, review))
}

function deletePendingReview(ctx: RouteContext): RouteResult {
  const review = findReview(ctx)
  if (review.state !== 'PENDING')
    throw unprocessable('Can not delete a non-pending pull request review')
  ctx.state.reviews = ctx.state.reviews.filter((candidate) => candidate !== review)
  ctx.state.reviewComments = ctx.state.reviewComments.filter((c) => c.reviewId !== review.id)
  return ok(renderReview(ctx.shape, review))
}

/** Comments of pending reviews are visible only to their author. */
function visibleTo(ctx: RouteContext, comment: ReviewCommentRecord): boolean {
  const review = ctx.state.reviews.find((candidate) => candidate.id === comment.reviewId)
  return review?.state !== 'PENDING' || review.user.login === ctx.actor.login
}

function listPullComments(ctx: RouteContext): RouteResult {
  const pull = requirePull(ctx)
  const comments = ctx.state.reviewComments.filter(
    (comment) => comment.pullNumber === pull.number && visibleTo(ctx, comment)
  )
  return pagedAnswer(ctx, comments, (comment) => renderReviewComment(ctx.shape, comment))
}

function listRepoComments(ctx: RouteContext): RouteResult {
  const comments = ctx.state.reviewComments.filter((comment) => visibleTo(ctx, comment))
  return pagedAnswer(ctx, comments, (comment) => renderReviewComment(ctx.shape, comment))
}

function listReviewComments(ctx: RouteContext): RouteResult {
  const review = findReview(ctx)
  const comments = ctx.state.reviewComments.filter((comment) => comment.reviewId === review.id)
  return pagedAnswer(ctx, comments, (comment) => renderReviewComment(ctx.shape, comment))
}

function findReviewComment(ctx: RouteContext): ReviewCommentRecord {
  const id = numberParam(ctx, 'comment_id')
  const comment = ctx.state.reviewComments.find((candidate) => candidate.id === id)
  if (!comment || !visibleTo(ctx, comment)) throw notFound()
  return comment
}

function getReviewComment(ctx: RouteContext): RouteResult {
  return ok(renderReviewComment(ctx.shape, findReviewComment(ctx)))
}

function updateReviewComment(ctx: RouteContext): RouteResult {
  const comment = findReviewComment(ctx)
  const body = bodyObject(ctx)
  checkBodyLength('PullRequestReviewComment', body.body)
  comment.body = String(body.body)
  comment.updatedAt = ctx.now()
  return ok(renderReviewComment(ctx.shape, comment))
}

function deleteReviewComment(ctx: RouteContext): RouteResult {
  const comment = findReviewComment(ctx)
  ctx.state.reviewComments = ctx.state.reviewComments.filter((candidate) => candidate !== comment)
  return { status: 204 }
}

/** A single inline comment outside a review: GitHub wraps it in a review of its own. */
function createReviewComment(ctx: RouteContext): RouteResult {
  const pull = requirePull(ctx)
  const body = bodyObject(ctx)
  checkBodyLength('PullRequestReviewComment', body.body)
  const commitId = String(body.commit_id)
  if (!pull.commitShas.includes(commitId)) {
    throw validationFailed(
      'PullRequestReviewComment',
      'commit_id',
      'invalid',
      'commit_id is not part of the pull request'
    )
  }
  const result = placeComment(body as DraftComment, ctx.state.pullFiles.get(pull.number) ?? [])
  if ('error' in result) {
    throw validationFailed(
      'PullRequestReviewComment',
      'pull_request_review_thread.line',
      'custom',
      'pull_request_review_thread.line must be part of the diff'
    )
  }
  const now = ctx.now()
  const review: ReviewRecord = {
    id: ctx.ids.allocate(),
    pullNumber: pull.number,
    body: '',
    state: 'COMMENTED',
    commitId,
    user: ctx.actor,
    submittedAt: now
  }
  ctx.state.reviews.push(review)
  const comment = commentRecord(ctx, review, result.placement, String(body.body), now)
  ctx.state.reviewComments.push(comment)
  return ok(renderReviewComment(ctx.shape, comment), 201)
}

function replyToReviewComment(ctx: RouteContext): RouteResult {
  const pull = requirePull(ctx)
  const parent = findReviewComment(ctx)
  if (parent.pullNumber !== pull.number) throw notFound()
  if (parent.inReplyToId !== null) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'PullRequestReviewComment', code: 'invalid', field: 'in_reply_to_id' }]
    })
  }
  const body = bodyObject(ctx)
  checkBodyLength('PullRequestReviewComment', body.body)
  const now = ctx.now()
  const comment: ReviewCommentRecord = {
    ...parent,
    id: ctx.ids.allocate(),
    body: String(body.body),
    user: ctx.actor,
    createdAt: now,
    updatedAt: now,
    inReplyToId: parent.id
  }
  ctx.state.reviewComments.push(comment)
  return ok(renderReviewComment(ctx.shape, comment), 201)
}

export const reviewRoutes: Record<string, RouteHandler> = {
  'pulls/list-reviews': listReviews,
  'pulls/create-review': createReview,
  'pulls/get-review': getReview,
  'pulls/update-review': updateReview,
  'pulls/delete-pending-review': deletePendingReview,
  'pulls/list-review-comments': listPullComments,
  'pulls/list-review-comments-for-repo': listRepoComments,
  'pulls/list-comments-for-review': listReviewComments,
  'pulls/get-review-comment': getReviewComment,
  'pulls/update-review-comment': updateReviewComment,
  'pulls/delete-review-comment': deleteReviewComment,
  'pulls/create-review-comment': createReviewComment,
  'pulls/create-reply-for-review-comment': replyToReviewComment
}
