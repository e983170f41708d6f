import { checkBodyLength, notFound, unprocessable } from '../http-error.js'
import { renderReview, renderReviewComment } from '../shapes-pulls.js'
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

/** Pull request reviews; their inline comments' own endpoints are in review-comments.ts. */

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

export function commentRecord(
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

function listReviewComments(ctx: RouteContext): RouteResult {
  const review = findReview(ctx)
  const comments = ctx.state.reviewComments.filter((comment) => comment.reviewId === review.id)
  return pagedAnswer(ctx, comments, (comment) => renderReviewComment(ctx.shape, comment))
}

export const reviewRoutes: Record<string, RouteHandler> = {
  'pulls/list-reviews': listReviews,
  'pulls/create-review': createReview,
  'pulls/get-review': getReview,
  'pulls/update-review': updateReview,
  'pulls/delete-pending-review': deletePendingReview,
  'pulls/list-comments-for-review': listReviewComments
}
