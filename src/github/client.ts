import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/**
 * The Octokit planguard talks to GitHub with: the API URL of the run (GitHub Enterprise Server
 * works), rate limits waited out a bounded number of times, and server errors retried only for
 * requests that are safe to repeat. Creates pass `request: { retries: 0 }` (see `createOnce`).
 */
export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  apiUrl: string
  /** How many times one request may wait out a rate limit (primary or secondary). */
  maxRateLimitRetries?: number
  /** Retries of an idempotent request after a 5xx or 429. */
  maxServerRetries?: number
  /** Logs a line when a limit is hit (the Action passes core.info). */
  log?: (message: string) => void
}

export const DEFAULT_API_URL = 'https://api.github.com'

/** The longest rate-limit wait planguard accepts before giving up on a request. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120

export function createClient(options: ClientOptions): GitHubClient {
  const maxRateLimitRetries = options.maxRateLimitRetries ?? 2
  const log = options.log ?? (() => undefined)
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ) => {
      // Waiting out an hour-long primary limit would hold the runner: give up on long waits.
      const again = retryCount < maxRateLimitRetries && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS
      log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ` +
          (again ? `retrying after ${retryAfter}s` : 'giving up')
      )
      return again
    }
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      retry: {
        retries: options.maxServerRetries ?? 2,
        // 403 covers "Resource not accessible by integration": retrying cannot help.
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451]
      }
    },
    throttling,
    retry
  )
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * A token without write access: the GITHUB_TOKEN of a fork pull request or a Dependabot run,
 * or a workflow whose `permissions:` leave out the scope.
 */
export function isPermissionDenied(error: unknown): boolean {
  if (statusOf(error) !== 403) return false
  const message = error instanceof Error ? error.message : String(error)
  return /resource not accessible|must have (?:admin|push|write)|permission/i.test(message)
}

/** Whether a failed create might nevertheless have happened on the server. */
export function mayHaveWritten(error: unknown): boolean {
  const status = statusOf(error)
  return status === undefined || status >= 500 || status === 429
}

/**
 * Creates something at most once. A create is never retried blindly: after a failure that may
 * have been applied (5xx, 429, a dropped connection), `find` re-lists by marker and the create
 * is repeated only when nothing is there.
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  find: () => Promise<T | undefined>
): Promise<T> {
  try {
    return await create()
  } catch (error) {
    if (!mayHaveWritten(error)) throw error
    const existing = await find()
    if (existing !== undefined) return existing
    return create()
  }
}
