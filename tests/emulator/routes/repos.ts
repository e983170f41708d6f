import { HttpError } from '../http-error.js'
import { renderRepository } from '../shapes-repository.js'
import { renderAuthenticatedUser } from '../shapes.js'
import { ok, type RouteContext, type RouteHandler, type RouteResult } from './context.js'

/** The repository itself. */

function getRepository(ctx: RouteContext): RouteResult {
  const shaped = renderRepository(ctx.shape)
  const write = ctx.grant === 'write'
  shaped.permissions = { admin: false, maintain: false, push: write, triage: write, pull: true }
  return ok(shaped)
}

/** Installation tokens (GITHUB_TOKEN) cannot ask who they are; personal tokens can. */
function getAuthenticatedUser(ctx: RouteContext): RouteResult {
  if (ctx.actor.type === 'Bot') throw new HttpError(403, 'Resource not accessible by integration')
  return ok(renderAuthenticatedUser(ctx.shape, ctx.actor))
}

function getRateLimit(ctx: RouteContext): RouteResult {
  const standing = ctx.rateLimit()
  const core = { ...standing, resource: 'core' }
  // Only core is counted; the other buckets are reported untouched.
  const untouched = (limit: number, resource: string) => ({
    limit,
    remaining: limit,
    reset: standing.reset,
    used: 0,
    resource
  })
  return ok({
    resources: {
      core,
      search: untouched(30, 'search'),
      graphql: untouched(5000, 'graphql')
    },
    rate: core
  })
}

export const repoRoutes: Record<string, RouteHandler> = {
  'repos/get': getRepository,
  'users/get-authenticated': getAuthenticatedUser,
  'rate-limit/get': getRateLimit
}
