import { notFound } from '../http-error.js'
import { paginate } from '../pagination.js'
import { renderPull, renderPullFile } from '../shapes.js'
import type { PullRecord } from '../types.js'
import {
  numberParam,
  ok,
  type RouteContext,
  type RouteHandler,
  type RouteResult
} from './context.js'
import { linkHeader } from './labels.js'

/** Pull requests (seeded by the test through `addPullRequest`) and their changed files. */

export function requirePull(ctx: RouteContext): PullRecord {
  const number = numberParam(ctx, 'pull_number')
  const pull = ctx.state.pulls.find((candidate) => candidate.number === number)
  if (!pull) throw notFound()
  return pull
}

function getPull(ctx: RouteContext): RouteResult {
  return ok(renderPull(ctx.shape, requirePull(ctx)))
}

function listPulls(ctx: RouteContext): RouteResult {
  const state = String(ctx.query.state ?? 'open')
  const pulls = ctx.state.pulls
    .filter((pull) => state === 'all' || pull.state === state)
    .sort((a, b) => b.number - a.number)
  const page = paginate(pulls, ctx.query, ctx.shape.apiUrl, ctx.path, ctx.rawQuery)
  return {
    status: 200,
    body: page.items.map((pull) => renderPull(ctx.shape, pull)),
    headers: linkHeader(page.link)
  }
}

/** GitHub lists at most 3000 files of a pull request. */
const MAX_LISTED_FILES = 3000

function listFiles(ctx: RouteContext): RouteResult {
  const pull = requirePull(ctx)
  const files = (ctx.state.pullFiles.get(pull.number) ?? []).slice(0, MAX_LISTED_FILES)
  const page = paginate(files, ctx.query, ctx.shape.apiUrl, ctx.path, ctx.rawQuery)
  return {
    status: 200,
    body: page.items.map((file) => renderPullFile(ctx.shape, pull, file)),
    headers: linkHeader(page.link)
  }
}

export const pullRoutes: Record<string, RouteHandler> = {
  'pulls/get': getPull,
  'pulls/list': listPulls,
  'pulls/list-files': listFiles
}
