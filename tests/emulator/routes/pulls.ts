import { notFound } from '../http-error.js'
import { renderPull, renderPullFile } from '../shapes-pulls.js'
import type { PullFileRecord, PullRecord } from '../types.js'
import {
  numberParam,
  ok,
  type RouteContext,
  type RouteHandler,
  type RouteResult,
  pagedAnswer
} from './context.js'

/** Pull requests (seeded by the test through `addPullRequest`) and their changed files. */

export function requirePull(ctx: RouteContext): PullRecord {
  const number = numberParam(ctx, 'pull_number')
  const pull = ctx.state.pulls.find((candidate) => candidate.number === number)
  if (!pull) throw notFound()
  return pull
}

function getPull(ctx: RouteContext): RouteResult {
  const pull = requirePull(ctx)
  if (/\bdiff\b/.test(ctx.accept)) {
    const files = ctx.state.pullFiles.get(pull.number) ?? []
    return {
      status: 200,
      body: unifiedDiff(files),
      headers: { 'content-type': 'application/vnd.github.diff; charset=utf-8' }
    }
  }
  return ok(renderPull(ctx.shape, pull))
}

/** The whole pull request as `git diff` prints it, for the `application/vnd.github.diff` media type. */
function unifiedDiff(files: PullFileRecord[]): string {
  return files
    .map((file) => {
      const from = file.status === 'added' ? '/dev/null' : `a/${file.filename}`
      const to = file.status === 'removed' ? '/dev/null' : `b/${file.filename}`
      const header = [
        `diff --git a/${file.filename} b/${file.filename}`,
        `--- ${from}`,
        `+++ ${to}`
      ]
      const body =
        file.patch === undefined
          ? [`Binary files ${from} and ${to} differ`]
          : [file.patch.replace(/\n$/, '')]
      return [...header, ...body].join('\n') + '\n'
    })
    .join('')
}

function listPulls(ctx: RouteContext): RouteResult {
  const state = String(ctx.query.state ?? 'open')
  const pulls = ctx.state.pulls
    .filter((pull) => state === 'all' || pull.state === state)
    .sort((a, b) => b.number - a.number)
  return pagedAnswer(ctx, pulls, (pull) => renderPull(ctx.shape, pull))
}

/** GitHub lists at most 3000 files of a pull request. */
const MAX_LISTED_FILES = 3000

function listFiles(ctx: RouteContext): RouteResult {
  const pull = requirePull(ctx)
  const files = (ctx.state.pullFiles.get(pull.number) ?? []).slice(0, MAX_LISTED_FILES)
  return pagedAnswer(ctx, files, (file) => renderPullFile(ctx.shape, pull, file))
}

export const pullRoutes: Record<string, RouteHandler> = {
  'pulls/get': getPull,
  'pulls/list': listPulls,
  'pulls/list-files': listFiles
}
