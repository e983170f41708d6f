import { HttpError, notFound } from '../http-error.js'
import { paginate } from '../pagination.js'
import type { ShapeContext } from '../shapes.js'
import type { IdAllocator } from '../state.js'
import type { EmulatorState, IssueRecord, UserRecord } from '../types.js'

/** What a route handler gets: the state, who is calling, and the validated request. */
export interface RouteContext {
  state: EmulatorState
  ids: IdAllocator
  shape: ShapeContext
  actor: UserRecord
  grant: 'write' | 'read'
  params: Record<string, string>
  /** Query parameters after OpenAPI coercion (numbers are numbers). */
  query: Record<string, unknown>
  /** Query parameters as sent, for building pagination links. */
  rawQuery: Record<string, string>
  body: unknown
  path: string
  /** The request's Accept header (media types such as `application/vnd.github.diff`). */
  accept: string
  /** The caller's core rate-limit standing, as the headers report it. */
  rateLimit(): { limit: number; remaining: number; reset: number; used: number }
  /** ISO timestamp without milliseconds, as GitHub writes them. */
  now(): string
}

export interface RouteResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type RouteHandler = (ctx: RouteContext) => RouteResult

export function ok(body: unknown, status = 200): RouteResult {
  return { status, body }
}

/**
 * Whether a record updated at `updatedAt` passes the `since` filter. Compared as instants:
 * clients send `since` with or without milliseconds or offsets.
 */
export function updatedSince(ctx: RouteContext, updatedAt: string): boolean {
  const since = ctx.query.since
  return typeof since !== 'string' || Date.parse(updatedAt) >= Date.parse(since)
}

/** One page of a list, rendered, with GitHub's `link` header when there are other pages. */
export function pagedAnswer<T>(
  ctx: RouteContext,
  items: T[],
  render: (item: T) => unknown
): RouteResult {
  const page = paginate(items, ctx.query, ctx.shape.apiUrl, ctx.path, ctx.rawQuery)
  return {
    status: 200,
    body: page.items.map(render),
    headers: page.link ? { link: page.link } : {}
  }
}

export function numberParam(ctx: RouteContext, name: string): number {
  return Number(ctx.params[name])
}

/** The request body as an object; validation has already checked its shape. */
export function bodyObject(ctx: RouteContext): Record<string, unknown> {
  const body = ctx.body
  return body !== null && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {}
}

export function issuesDisabled(): HttpError {
  return new HttpError(410, 'Issues are disabled for this repo')
}

/** Issue endpoints on a repository without issues still serve pull request threads. */
export function requireIssuesEnabled(ctx: RouteContext, issue?: IssueRecord): void {
  if (!ctx.state.issuesEnabled && !issue?.isPullRequest) throw issuesDisabled()
}

/** An issue (or pull request thread) that exists and was not deleted. */
export function liveIssue(ctx: RouteContext, number: number): IssueRecord {
  const issue = ctx.state.issues.find((candidate) => candidate.number === number)
  if (!issue) {
    requireIssuesEnabled(ctx)
    throw notFound()
  }
  requireIssuesEnabled(ctx, issue)
  if (issue.deleted) throw new HttpError(410, 'This issue was deleted')
  return issue
}
