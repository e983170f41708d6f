import type { Fault } from './types.js'

/**
 * Injected faults, queued in order. A fault matches a request by method and route, and fires
 * `times` times (default once). `route` may be the OpenAPI template
 * (`/repos/{owner}/{repo}/issues`), the operationId (`issues/create`), or a concrete path where
 * `*` stands for one segment (`/repos/octo-org/planning-repo/issues/*`).
 */

interface QueuedFault {
  fault: Fault
  remaining: number
}

export interface FaultTarget {
  method: string
  path: string
  template?: string
  operationId?: string
}

function routeMatches(route: string | undefined, target: FaultTarget): boolean {
  if (route === undefined) return true
  if (route === target.template || route === target.operationId) return true
  const pattern = route
    .split('/')
    .map((segment) => (segment === '*' ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${pattern}/?$`).test(target.path)
}

export class FaultQueue {
  private queued: QueuedFault[] = []

  add(fault: Fault): void {
    this.queued.push({ fault, remaining: fault.times ?? 1 })
  }

  /**
   * The first fault of the wanted kinds matching the request, spending one of its firings.
   * `after-write` faults are taken only once the write succeeded, so a refused write keeps them.
   */
  take(target: FaultTarget, afterWrite: boolean): Fault | undefined {
    const entry = this.queued.find(
      ({ fault }) =>
        (fault.kind === 'after-write') === afterWrite &&
        (fault.method === undefined || fault.method.toUpperCase() === target.method) &&
        routeMatches(fault.route, target)
    )
    if (!entry) return undefined
    entry.remaining--
    if (entry.remaining <= 0) this.queued = this.queued.filter((queued) => queued !== entry)
    return entry.fault
  }

  /** Faults that have not fired all their times yet (a test can assert they were used up). */
  pending(): Fault[] {
    return this.queued.map(({ fault }) => fault)
  }

  clear(): void {
    this.queued = []
  }
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID '

export interface FaultAnswer {
  status: number
  body: Record<string, unknown>
  headers: Record<string, string>
}

/** The answer a fault gives in place of (or, for `after-write`, after) the real one. */
export function faultAnswer(fault: Fault, requestId: string, nowSeconds: number): FaultAnswer {
  switch (fault.kind) {
    case 'secondary-rate-limit':
      return {
        status: 403,
        body: {
          message: `${SECONDARY_RATE_LIMIT_MESSAGE}${requestId}.`,
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
        },
        headers: { 'retry-after': String(fault.retryAfter) }
      }
    case 'after-write':
      return { status: fault.status, body: { message: 'Server Error' }, headers: {} }
    case 'status':
      if (fault.status === 429) {
        const wait = fault.retryAfter ?? 1
        return {
          status: 429,
          body: {
            message: 'API rate limit exceeded for installation.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit'
          },
          headers: {
            'retry-after': String(wait),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(nowSeconds + wait)
          }
        }
      }
      return {
        status: fault.status,
        body: { message: fault.status === 502 ? 'Bad Gateway' : 'Server Error' },
        headers: fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }
      }
  }
}
