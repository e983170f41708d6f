import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { ContentCreationWindow } from './content-limit.js'
import { FaultQueue, faultAnswer } from './faults.js'
import { HttpError, notFound } from './http-error.js'
import { documentationUrl, matchRoute, type MatchedRoute } from './openapi.js'
import { routeHandlers } from './routes/index.js'
import type { RouteContext, RouteResult } from './routes/context.js'
import type { ShapeContext } from './shapes.js'
import { isoSeconds, userRecord, type IdAllocator } from './state.js'
import type { EmulatorState, RecordedRequest, TokenGrant } from './types.js'
import { responseProblems, validateRequest } from './validate.js'

/**
 * The HTTP side of the emulator. A request is recorded, matched against the OpenAPI routes, then
 * meets, in order: injected faults, the content-creation limit, authentication (401), the
 * repository (404), the token's permission (403), schema validation (404/422), the
 * implemented-or-not check (501), and finally the stateful handler (and any after-write fault).
 */

export interface ServerDeps {
  state: EmulatorState
  ids: IdAllocator
  tokens: Record<string, TokenGrant>
  faults: FaultQueue
  requests: RecordedRequest[]
  now: () => Date
  apiUrl: () => string
  contentWindow: ContentCreationWindow
  /** Answer 500 when the emulator's own JSON departs from the description's response schema. */
  validateResponses: boolean
}

const RATE_LIMIT = 5000
const READ_METHODS = new Set(['GET', 'HEAD'])

function tokenOf(header: string | undefined): string | null {
  if (!header) return null
  const found = /^(?:token|bearer)\s+(.+)$/i.exec(header.trim())
  return found?.[1]?.trim() ?? null
}

/** The permissions GitHub says a write would have needed, for `x-accepted-github-permissions`. */
function acceptedPermissions(operationId: string | undefined): string {
  if (operationId === 'issues/create') return 'issues=write'
  if (operationId?.startsWith('pulls/')) return 'pull_requests=write'
  if (operationId?.startsWith('issues/')) return 'issues=write; pull_requests=write'
  return 'contents=write'
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export interface EmulatorServer {
  server: Server
  /** Forgets how many requests each token made (for `Emulator.reset`). */
  resetRateLimits(): void
}

export function createEmulatorServer(deps: ServerDeps): EmulatorServer {
  const used = new Map<string, number>()
  const resetAt = Math.floor(deps.now().getTime() / 1000) + 3600

  function rateStanding(token: string | null) {
    const count = used.get(token ?? '(anonymous)') ?? 0
    return {
      limit: RATE_LIMIT,
      remaining: Math.max(RATE_LIMIT - count, 0),
      reset: resetAt,
      used: count
    }
  }

  /** Counts the request against its token and reports the standing in GitHub's headers. */
  function rateHeaders(token: string | null): Record<string, string> {
    const key = token ?? '(anonymous)'
    used.set(key, (used.get(key) ?? 0) + 1)
    const standing = rateStanding(token)
    return {
      'x-ratelimit-limit': String(standing.limit),
      'x-ratelimit-remaining': String(standing.remaining),
      'x-ratelimit-reset': String(standing.reset),
      'x-ratelimit-used': String(standing.used),
      'x-ratelimit-resource': 'core'
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase()
    const url = new URL(request.url ?? '/', 'http://emulator.invalid')
    const rawQuery = Object.fromEntries(url.searchParams)
    const token = tokenOf(request.headers.authorization)
    const text = await readBody(request)
    const requestId = randomBytes(8).toString('hex').toUpperCase()
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: rawQuery,
      body: undefined,
      status: 0,
      token
    }
    deps.requests.push(record)

    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      record.status = status
      const all: Record<string, string> = {
        ...rateHeaders(token),
        'x-github-request-id': requestId,
        'x-github-media-type': 'github.v3; format=json',
        ...headers
      }
      if (status === 204 || body === undefined) {
        response.writeHead(status, all).end()
        return
      }
      if (typeof body === 'string' && all['content-type'] !== undefined) {
        response.writeHead(status, all).end(body)
        return
      }
      all['content-type'] = 'application/json; charset=utf-8'
      response.writeHead(status, all).end(JSON.stringify(body))
    }

    let route: MatchedRoute | undefined
    try {
      try {
        record.body = text === '' ? undefined : JSON.parse(text)
      } catch {
        throw new HttpError(400, 'Problems parsing JSON')
      }
      route = matchRoute(method, url.pathname)
      record.route = route?.template
      record.operationId = route?.operation.operationId
      const target = {
        method,
        path: url.pathname,
        template: route?.template,
        operationId: route?.operation.operationId
      }
      const nowSeconds = Math.floor(deps.now().getTime() / 1000)
      const before = deps.faults.take(target, false)
      if (before) {
        record.fault = before.kind
        const answer = faultAnswer(before, requestId, nowSeconds)
        send(answer.status, answer.body, answer.headers)
        return
      }
      const wait = deps.contentWindow.admit(route?.operation.operationId, deps.now().getTime())
      if (wait !== undefined) {
        const answer = faultAnswer(
          { kind: 'secondary-rate-limit', retryAfter: wait },
          requestId,
          nowSeconds
        )
        send(answer.status, answer.body, answer.headers)
        return
      }
      const accept = request.headers.accept ?? ''
      const result = dispatch(route, method, token, record.body, rawQuery, url.pathname, accept)
      const after = deps.faults.take(target, true)
      if (after) {
        // The write happened; only the answer is lost, as when GitHub's edge times out.
        record.fault = after.kind
        const answer = faultAnswer(after, requestId, nowSeconds)
        send(answer.status, answer.body, answer.headers)
        return
      }
      send(result.status, result.body, result.headers)
    } catch (error) {
      if (error instanceof HttpError) {
        send(
          error.status,
          {
            message: error.message,
            ...error.extra,
            documentation_url: documentationUrl(route?.operation),
            status: String(error.status)
          },
          error.headers
        )
        return
      }
      send(500, { message: `planguard emulator crashed: ${String(error)}` })
    }
  }

  function dispatch(
    route: MatchedRoute | undefined,
    method: string,
    token: string | null,
    body: unknown,
    rawQuery: Record<string, string>,
    path: string,
    accept: string
  ): RouteResult {
    const grant = token === null ? undefined : deps.tokens[token]
    if (token !== null && !grant) throw new HttpError(401, 'Bad credentials')
    if (!route) throw notFound()
    if (!grant) throw new HttpError(401, 'Requires authentication')
    const { owner, repo } = route.params
    if (
      (owner !== undefined && owner.toLowerCase() !== deps.state.owner.toLowerCase()) ||
      (repo !== undefined && repo.toLowerCase() !== deps.state.repo.toLowerCase())
    ) {
      throw notFound()
    }
    const operationId = route.operation.operationId
    if (!READ_METHODS.has(method) && grant.permission === 'read') {
      throw new HttpError(
        403,
        'Resource not accessible by integration',
        {},
        {
          'x-accepted-github-permissions': acceptedPermissions(operationId)
        }
      )
    }
    const validation = validateRequest(route.operation, route.params, rawQuery, body)
    if (validation.pathProblem) throw notFound()
    if (validation.problems.length > 0) {
      throw new HttpError(
        422,
        `Invalid request.\n\n${validation.problems.map((p) => p.message).join('\n')}`,
        {
          errors: validation.problems
        }
      )
    }
    const handler = routeHandlers[operationId]
    if (!handler) {
      throw new HttpError(
        501,
        `planguard emulator: ${operationId} (${method} ${route.template}) is not implemented`
      )
    }
    const shape: ShapeContext = { state: deps.state, apiUrl: deps.apiUrl() }
    const context: RouteContext = {
      state: deps.state,
      ids: deps.ids,
      shape,
      actor: userRecord(grant.login, grant.type),
      grant: grant.permission,
      params: route.params,
      query: validation.query,
      rawQuery,
      body,
      path,
      accept,
      rateLimit: () => rateStanding(token),
      now: () => isoSeconds(deps.now())
    }
    const result = handler(context)
    if (deps.validateResponses && result.body !== undefined && typeof result.body !== 'string') {
      const problems = responseProblems(route.operation, result.status, result.body)
      if (problems.length > 0) {
        throw new HttpError(
          500,
          `planguard emulator answered ${operationId} off its response schema:\n` +
            problems.map((problem) => problem.message).join('\n')
        )
      }
    }
    return result
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500).end(String(error))
    })
  })
  return { server, resetRateLimits: () => used.clear() }
}
