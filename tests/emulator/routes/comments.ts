import { checkBodyLength, notFound } from '../http-error.js'
import { renderIssueComment } from '../shapes.js'
import type { IssueCommentRecord } from '../types.js'
import {
  bodyObject,
  liveIssue,
  numberParam,
  ok,
  requireIssuesEnabled,
  type RouteContext,
  type RouteHandler,
  type RouteResult,
  updatedSince,
  pagedAnswer
} from './context.js'

/** Issue comments (the conversation of issues and pull requests alike). */

function findComment(ctx: RouteContext): IssueCommentRecord {
  const id = numberParam(ctx, 'comment_id')
  const comment = ctx.state.issueComments.find((candidate) => candidate.id === id)
  if (!comment) throw notFound()
  const issue = liveIssue(ctx, comment.issueNumber)
  requireIssuesEnabled(ctx, issue)
  return comment
}

function listForIssue(ctx: RouteContext): RouteResult {
  const issue = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  const comments = ctx.state.issueComments.filter(
    (comment) => comment.issueNumber === issue.number && updatedSince(ctx, comment.updatedAt)
  )
  return pagedAnswer(ctx, comments, (comment) => renderIssueComment(ctx.shape, comment))
}

/** All issue and pull request conversation comments of the repository. */
function listForRepo(ctx: RouteContext): RouteResult {
  requireIssuesEnabled(ctx)
  const key = ctx.query.sort === 'updated' ? 'updatedAt' : 'createdAt'
  const direction = ctx.query.direction === 'desc' ? -1 : 1
  const comments = ctx.state.issueComments
    .filter((comment) => updatedSince(ctx, comment.updatedAt))
    .sort((a, b) => direction * (a[key].localeCompare(b[key]) || a.id - b.id))
  return pagedAnswer(ctx, comments, (comment) => renderIssueComment(ctx.shape, comment))
}

function createComment(ctx: RouteContext): RouteResult {
  const issue = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  const body = bodyObject(ctx)
  checkBodyLength('IssueComment', body.body)
  const now = ctx.now()
  const comment: IssueCommentRecord = {
    id: ctx.ids.allocate(),
    issueNumber: issue.number,
    body: String(body.body),
    user: ctx.actor,
    createdAt: now,
    updatedAt: now
  }
  ctx.state.issueComments.push(comment)
  issue.updatedAt = now
  return ok(renderIssueComment(ctx.shape, comment), 201)
}

function getComment(ctx: RouteContext): RouteResult {
  return ok(renderIssueComment(ctx.shape, findComment(ctx)))
}

function updateComment(ctx: RouteContext): RouteResult {
  const comment = findComment(ctx)
  const body = bodyObject(ctx)
  checkBodyLength('IssueComment', body.body)
  comment.body = String(body.body)
  comment.updatedAt = ctx.now()
  return ok(renderIssueComment(ctx.shape, comment))
}

function deleteComment(ctx: RouteContext): RouteResult {
  const comment = findComment(ctx)
  ctx.state.issueComments = ctx.state.issueComments.filter((candidate) => candidate !== comment)
  return { status: 204 }
}

export const commentRoutes: Record<string, RouteHandler> = {
  'issues/list-comments': listForIssue,
  'issues/list-comments-for-repo': listForRepo,
  'issues/create-comment': createComment,
  'issues/get-comment': getComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment
}
