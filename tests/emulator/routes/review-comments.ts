import { HttpError, checkBodyLength, notFound, validationFailed } from '../http-error.js'
import { renderReviewComment } from '../shapes-pulls.js'
import type { ReviewCommentRecord, ReviewRecord } from '../types.js'
import {
  bodyObject,
  numberParam,
  ok,
  pagedAnswer,
  type RouteContext,
  type RouteHandler,
  type RouteResult
} from './context.js'
import { requirePull } from './pulls.js'
import { placeComment, type DraftComment } from './review-placement.js'
import { commentRecord } from './reviews.js'

/** Inline review comments: lists, single comments outside a review, replies, edits. */

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

export const reviewCommentRoutes: Record<string, RouteHandler> = {
  'pulls/list-review-comments': listPullComments,
  'pulls/list-review-comments-for-repo': listRepoComments,
  'pulls/get-review-comment': getReviewComment,
  'pulls/update-review-comment': updateReviewComment,
  'pulls/delete-review-comment': deleteReviewComment,
  'pulls/create-review-comment': createReviewComment,
  'pulls/create-reply-for-review-comment': replyToReviewComment
}
