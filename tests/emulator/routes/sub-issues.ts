import { HttpError, notFound, unprocessable } from '../http-error.js'
import { renderIssue } from '../shapes.js'
import type { IssueRecord } from '../types.js'
import {
  bodyObject,
  liveIssue,
  numberParam,
  ok,
  type RouteContext,
  type RouteHandler,
  type RouteResult,
  pagedAnswer
} from './context.js'

/** Sub-issues: children are named by issue id (not number), as GitHub's API does. */

function childById(ctx: RouteContext, id: unknown): IssueRecord {
  const child = ctx.state.issues.find((issue) => issue.id === id && !issue.deleted)
  if (!child) throw notFound()
  return child
}

function addSubIssue(ctx: RouteContext): RouteResult {
  const parent = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  const body = bodyObject(ctx)
  const child = childById(ctx, body.sub_issue_id)
  if (child.id === parent.id) throw unprocessable('An issue cannot be a sub-issue of itself')
  if (child.isPullRequest) throw unprocessable('Pull requests cannot be sub-issues')
  if (parent.subIssueIds.includes(child.id)) {
    throw unprocessable('Sub issue may only have one parent')
  }
  if (child.parentId !== null) {
    if (body.replace_parent !== true) throw unprocessable('Sub issue may only have one parent')
    const previous = ctx.state.issues.find((issue) => issue.id === child.parentId)
    if (previous) previous.subIssueIds = previous.subIssueIds.filter((id) => id !== child.id)
  }
  parent.subIssueIds.push(child.id)
  child.parentId = parent.id
  parent.updatedAt = ctx.now()
  return ok(renderIssue(ctx.shape, parent), 201)
}

function listSubIssues(ctx: RouteContext): RouteResult {
  const parent = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  const children = parent.subIssueIds
    .map((id) => ctx.state.issues.find((issue) => issue.id === id && !issue.deleted))
    .filter((issue): issue is IssueRecord => issue !== undefined)
  return pagedAnswer(ctx, children, (issue) => renderIssue(ctx.shape, issue))
}

function removeSubIssue(ctx: RouteContext): RouteResult {
  const parent = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  const child = childById(ctx, bodyObject(ctx).sub_issue_id)
  if (!parent.subIssueIds.includes(child.id)) throw new HttpError(404, 'Not Found')
  parent.subIssueIds = parent.subIssueIds.filter((id) => id !== child.id)
  child.parentId = null
  parent.updatedAt = ctx.now()
  return ok(renderIssue(ctx.shape, child))
}

export const subIssueRoutes: Record<string, RouteHandler> = {
  'issues/add-sub-issue': addSubIssue,
  'issues/list-sub-issues': listSubIssues,
  'issues/remove-sub-issue': removeSubIssue
}
