import { HttpError, notFound, validationFailed } from '../http-error.js'
import { renderLabel } from '../shapes.js'
import { ensureLabel, findLabel } from '../state.js'
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

/** Repository labels and the labels of one issue. */

function listForRepo(ctx: RouteContext): RouteResult {
  return pagedAnswer(ctx, ctx.state.labels, (l) => renderLabel(ctx.shape, l))
}

function getLabel(ctx: RouteContext): RouteResult {
  const label = findLabel(ctx.state, ctx.params.name ?? '')
  if (!label) throw notFound()
  return ok(renderLabel(ctx.shape, label))
}

function createLabel(ctx: RouteContext): RouteResult {
  const body = bodyObject(ctx)
  const name = String(body.name)
  if (findLabel(ctx.state, name)) throw validationFailed('Label', 'name', 'already_exists')
  const color = String(body.color ?? 'ededed').replace(/^#/, '')
  if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed('Label', 'color', 'invalid')
  const label = ensureLabel(ctx.state, ctx.ids, name)
  label.color = color.toLowerCase()
  label.description = typeof body.description === 'string' ? body.description : null
  return ok(renderLabel(ctx.shape, label), 201)
}

function updateLabel(ctx: RouteContext): RouteResult {
  const label = findLabel(ctx.state, ctx.params.name ?? '')
  if (!label) throw notFound()
  const body = bodyObject(ctx)
  if (
    typeof body.new_name === 'string' &&
    body.new_name.toLowerCase() !== label.name.toLowerCase()
  ) {
    if (findLabel(ctx.state, body.new_name))
      throw validationFailed('Label', 'name', 'already_exists')
  }
  if (typeof body.color === 'string') {
    const color = body.color.replace(/^#/, '')
    if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed('Label', 'color', 'invalid')
    label.color = color.toLowerCase()
  }
  if (typeof body.description === 'string') label.description = body.description
  if (typeof body.new_name === 'string') {
    const oldName = label.name
    label.name = body.new_name
    for (const issue of ctx.state.issues) {
      issue.labels = issue.labels.map((name) => (name === oldName ? label.name : name))
    }
  }
  return ok(renderLabel(ctx.shape, label))
}

function deleteLabel(ctx: RouteContext): RouteResult {
  const label = findLabel(ctx.state, ctx.params.name ?? '')
  if (!label) throw notFound()
  ctx.state.labels = ctx.state.labels.filter((candidate) => candidate !== label)
  for (const issue of ctx.state.issues) {
    issue.labels = issue.labels.filter((name) => name !== label.name)
  }
  return { status: 204 }
}

/** Label names from any of the accepted body shapes: `{labels: [...]}`, `[...]`, strings or `{name}`. */
export function labelNames(body: unknown): string[] {
  const list = Array.isArray(body)
    ? body
    : typeof body === 'string'
      ? [body]
      : ((body as { labels?: unknown } | null)?.labels ?? [])
  return (Array.isArray(list) ? list : [list]).map((entry) =>
    typeof entry === 'string' ? entry : String((entry as { name?: unknown }).name)
  )
}

/** Puts names on an issue, creating missing repository labels, keeping names unique. */
export function applyLabels(ctx: RouteContext, names: string[], existing: string[]): string[] {
  const result = [...existing]
  for (const name of names) {
    const label = ensureLabel(ctx.state, ctx.ids, name)
    if (!result.includes(label.name)) result.push(label.name)
  }
  return result
}

function renderIssueLabel(ctx: RouteContext, name: string): unknown {
  const label = findLabel(ctx.state, name)
  return label ? renderLabel(ctx.shape, label) : { name }
}

function renderIssueLabels(ctx: RouteContext, names: string[]): unknown[] {
  return names.map((name) => renderIssueLabel(ctx, name))
}

function listForIssue(ctx: RouteContext): RouteResult {
  const issue = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  return pagedAnswer(ctx, issue.labels, (name) => renderIssueLabel(ctx, name))
}

function addToIssue(ctx: RouteContext): RouteResult {
  const issue = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  issue.labels = applyLabels(ctx, labelNames(ctx.body), issue.labels)
  issue.updatedAt = ctx.now()
  return ok(renderIssueLabels(ctx, issue.labels))
}

function setForIssue(ctx: RouteContext): RouteResult {
  const issue = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  issue.labels = applyLabels(ctx, labelNames(ctx.body), [])
  issue.updatedAt = ctx.now()
  return ok(renderIssueLabels(ctx, issue.labels))
}

function removeFromIssue(ctx: RouteContext): RouteResult {
  const issue = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  const wanted = (ctx.params.name ?? '').toLowerCase()
  if (!issue.labels.some((name) => name.toLowerCase() === wanted)) {
    throw new HttpError(404, 'Label does not exist')
  }
  issue.labels = issue.labels.filter((name) => name.toLowerCase() !== wanted)
  issue.updatedAt = ctx.now()
  return ok(renderIssueLabels(ctx, issue.labels))
}

function removeAllFromIssue(ctx: RouteContext): RouteResult {
  const issue = liveIssue(ctx, numberParam(ctx, 'issue_number'))
  issue.labels = []
  issue.updatedAt = ctx.now()
  return { status: 204 }
}

export const labelRoutes: Record<string, RouteHandler> = {
  'issues/list-labels-for-repo': listForRepo,
  'issues/get-label': getLabel,
  'issues/create-label': createLabel,
  'issues/update-label': updateLabel,
  'issues/delete-label': deleteLabel,
  'issues/list-labels-on-issue': listForIssue,
  'issues/add-labels': addToIssue,
  'issues/set-labels': setForIssue,
  'issues/remove-label': removeFromIssue,
  'issues/remove-all-labels': removeAllFromIssue
}
