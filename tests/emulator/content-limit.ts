/**
 * GitHub's secondary limit on content creation: past a number of content-generating requests
 * (issues, comments, reviews) in a minute, further ones answer 403 with `retry-after` until the
 * window has room again.
 */

const CONTENT_CREATING_OPERATIONS = new Set([
  'issues/create',
  'issues/create-comment',
  'pulls/create-review',
  'pulls/create-review-comment',
  'pulls/create-reply-for-review-comment'
])

const WINDOW_MS = 60_000

export interface ContentLimit {
  perMinute: number
  /** Seconds announced in `retry-after` (default 60). */
  retryAfter?: number
}

export class ContentCreationWindow {
  private recent: number[] = []

  constructor(private readonly limit: ContentLimit | undefined) {}

  /** Counts a content-creating request; returns the retry-after seconds when over the limit. */
  admit(operationId: string | undefined, nowMs: number): number | undefined {
    if (!this.limit || !operationId || !CONTENT_CREATING_OPERATIONS.has(operationId))
      return undefined
    this.recent = this.recent.filter((at) => nowMs - at < WINDOW_MS)
    if (this.recent.length >= this.limit.perMinute) return this.limit.retryAfter ?? 60
    this.recent.push(nowMs)
    return undefined
  }

  reset(): void {
    this.recent = []
  }
}
