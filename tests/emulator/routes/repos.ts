import { renderRepository } from '../shapes.js'
import { ok, type RouteContext, type RouteHandler, type RouteResult } from './context.js'

/** The repository itself. */

function getRepository(ctx: RouteContext): RouteResult {
  const shaped = renderRepository(ctx.shape)
  const write = ctx.grant === 'write'
  shaped.permissions = { admin: false, maintain: false, push: write, triage: write, pull: true }
  return ok(shaped)
}

export const repoRoutes: Record<string, RouteHandler> = {
  'repos/get': getRepository
}
