/**
 * What one Action run should do, decided from the event alone. Pure: the caller reads the event
 * payload and the environment, this module only decides.
 */

export const ZERO_SHA = '0000000000000000000000000000000000000000'

/** The parts of a workflow run's context that routing looks at. */
export interface RunContext {
  eventName: string
  /** The parsed event payload (GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string
  /** GITHUB_SHA */
  sha: string
  /** GITHUB_REF, e.g. `refs/heads/main`. */
  ref: string
}

export type WorkPlan =
  | {
      mode: 'review'
      pullNumber: number
      headSha: string
      baseSha: string
      baseRef: string
      /** Whether the head lives in another repository (a fork): expect a read-only token. */
      fromFork: boolean
    }
  | {
      mode: 'mirror'
      /** The pushed commit and the one before it (absent for a new branch). */
      sha: string
      before?: string
      /** The commit date the payload gives for `sha`, used when git cannot order commits. */
      timestamp?: string
    }
  | { mode: 'check'; sha: string; before?: string }
  | { mode: 'skip'; reason: string }

const REVIEW_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review'])

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function realSha(value: unknown): string | undefined {
  const sha = text(value)
  return sha && /^[0-9a-f]{40,64}$/.test(sha) && !/^0+$/.test(sha) ? sha : undefined
}

export function planWork(context: RunContext): WorkPlan {
  const { eventName, payload } = context
  if (eventName === 'pull_request') return planPullRequest(payload)
  if (eventName === 'push') return planPush(context)
  if (eventName === 'workflow_dispatch') return { mode: 'check', sha: context.sha }
  return { mode: 'skip', reason: `planguard does nothing on ${eventName || 'an unknown'} events` }
}

function planPullRequest(payload: Record<string, unknown>): WorkPlan {
  const action = text(payload.action) ?? ''
  if (!REVIEW_ACTIONS.has(action)) {
    return { mode: 'skip', reason: `pull_request ${action || '(no action)'}: nothing to review` }
  }
  const pull = record(payload.pull_request)
  const head = record(pull?.head)
  const base = record(pull?.base)
  const number = pull?.number
  if (!pull || !head || !base || typeof number !== 'number') {
    return { mode: 'skip', reason: 'pull_request payload without a pull request' }
  }
  const headRepo = record(head.repo)
  if (!headRepo) {
    return { mode: 'skip', reason: `pull request #${number}: its head repository was deleted` }
  }
  const headSha = realSha(head.sha)
  const baseSha = realSha(base.sha)
  if (!headSha || !baseSha)
    return { mode: 'skip', reason: `pull request #${number}: no head or base commit` }
  const baseRepo = record(base.repo)
  return {
    mode: 'review',
    pullNumber: number,
    headSha,
    baseSha,
    baseRef: text(base.ref) ?? baseSha,
    fromFork: text(headRepo.full_name) !== text(baseRepo?.full_name)
  }
}

function planPush(context: RunContext): WorkPlan {
  const { payload } = context
  const ref = text(payload.ref) ?? context.ref
  if (payload.deleted === true || !realSha(payload.after)) {
    return { mode: 'skip', reason: `push deleting ${ref}: nothing to check` }
  }
  if (!ref.startsWith('refs/heads/'))
    return { mode: 'skip', reason: `push to ${ref} (not a branch)` }
  const sha = realSha(payload.after) ?? context.sha
  const before = realSha(payload.before)
  const defaultBranch = text(record(payload.repository)?.default_branch)
  const branch = ref.slice('refs/heads/'.length)
  if (defaultBranch !== undefined && branch === defaultBranch) {
    const timestamp = text(record(payload.head_commit)?.timestamp)
    return {
      mode: 'mirror',
      sha,
      ...(before ? { before } : {}),
      ...(timestamp ? { timestamp } : {})
    }
  }
  return { mode: 'check', sha, ...(before ? { before } : {}) }
}
