import { checkBodyLength, validationFailed } from '../http-error.js'
import { renderIssue } from '../shapes.js'
import { nextIssueNumber } from '../state.js'
import type { IssueRecord } from '../types.js'
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
import { applyLabels, labelNames } from './labels.js'

/** Issues: list with GitHub's filters, get, create, update. Pull requests appear as issues. */

function matchesFilters(ctx: RouteContext, issue: IssueRecord): boolean {
  const query = ctx.query
  if (issue.deleted) return false
  const state = String(query.state ?? 'open')
  if (state !== 'all' && issue.state !== state) return false
  if (
    typeof query.creator === 'string' &&
    issue.user.login.toLowerCase() !== query.creator.toLowerCase()
  ) {
    return false
  }
  if (typeof query.labels === 'string' && query.labels !== '') {
    const have = issue.labels.map((name) => name.toLowerCase())
    const wanted = query.labels.split(',').map((name) => name.trim().toLowerCase())
    if (!wanted.every((name) => have.includes(name))) return false
  }
  if (!updatedSince(ctx, issue.updatedAt)) return false
  return true
}

function sortIssues(issues: IssueRecord[], query: Record<string, unknown>): IssueRecord[] {
  const key = String(query.sort ?? 'created') === 'updated' ? 'updatedAt' : 'createdAt'
  const direction = String(query.direction ?? 'desc') === 'asc' ? 1 : -1
  return [...issues].sort(
    (a, b) => direction * (a[key].localeCompare(b[key]) || a.number - b.number)
  )
}

function listForRepo(ctx: RouteContext): RouteResult {
  requireIssuesEnabled(ctx)
  const matching = sortIssues(
    ctx.state.issues.filter((issue) => matchesFilters(ctx, issue)),
    ctx.query
  )
  return pagedAnswer(ctx, matching, (issue) => renderIssue(ctx.shape, issue))
}

function getIssue(ctx: RouteContext): RouteResult {
  return ok(renderIssue(ctx.shape, liveIssue(ctx, numberParam(ctx, 'issue_number'))))
}

const MAX_TITLE_LENGTH = 256

function checkTitle(title: unknown): void {
  if (typeof title === 'string' && title.trim() === '') {
    throw validationFailed('Issue', 'title', 'missing_field')
  }
  if (typeof title === 'string' && title.length > MAX_TITLE_LENGTH) {
    throw validationFailed(
      'Issue',
      'title',
      'custom',
      `title is too long (maximum is ${MAX_TITLE_LENGTH} characters)`
    )
  }
}

function createIssue(ctx: RouteContext): RouteResult {
  requireIssuesEnabled(ctx)
  const body = bodyObject(ctx)
  checkBodyLength('Issue', body.body)
  checkTitle(body.title)
  const now = ctx.now()
  const issue: IssueRecord = {
    id: ctx.ids.allocate(),
    number: nextIssueNumber(ctx.state),
    title: String(body.title),
    body: typeof body.body === 'string' ? body.body : null,
    state: 'open',
    stateReason: null,
    labels: [],
    user: ctx.actor,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    isPullRequest: false,
    deleted: false,
    subIssueIds: [],
    parentId: null
  }
  issue.labels = applyLabels(ctx, labelNames({ labels: body.labels ?? [] }), [])
  ctx.state.issues.push(issue)
  return {
    status: 201,
    body: renderIssue(ctx.shape, issue),
    headers: {
      location: `${ctx.shape.apiUrl}/repos/${ctx.state.owner}/${ctx.state.repo}/issues/${issue.number}`
    }
  }
}

function updateIssue(ctx: RouteContext): RouteResult {
  const issue = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  const body = bodyObject(ctx)
  checkBodyLength('Issue', body.body)
  checkTitle(body.title)
  if (body.title !== undefined && body.title !== null) issue.title = String(body.title)
  if (body.body !== undefined) issue.body = body.body === null ? null : String(body.body)
  if (Array.isArray(body.labels)) issue.labels = applyLabels(ctx, labelNames(body.labels), [])
  const now = ctx.now()
  if (body.state === 'closed' && issue.state === 'open') {
    issue.state = 'closed'
    issue.closedAt = now
    issue.stateReason =
      body.state_reason === 'not_planned' || body.state_reason === 'duplicate'
        ? body.state_reason
        : 'completed'
  } else if (body.state === 'open' && issue.state === 'closed') {
    issue.state = 'open'
    issue.closedAt = null
    issue.stateReason = 'reopened'
  } else if (
    body.state === undefined &&
    typeof body.state_reason === 'string' &&
    issue.state === 'closed'
  ) {
    // The reason alone may be corrected on a closed issue.
    if (body.state_reason === 'completed' || body.state_reason === 'not_planned') {
      issue.stateReason = body.state_reason
    }
  }
  issue.updatedAt = now
  return ok(renderIssue(ctx.shape, issue))
}

export const issueRoutes: Record<string, RouteHandler> = {
  'issues/list-for-repo': listForRepo,
  'issues/get': getIssue,
  'issues/create': createIssue,
  'issues/update': updateIssue
}
