import { createOnce, type GitHubClient, statusOf } from '../client.js'
import { type MirrorStamp, parseEntryMarker, parseMirrorMarker } from '../markers.js'
import type { RepoRef } from '../repo-ref.js'
import type { MirrorRender } from './render.js'

/**
 * Keeps one tracking issue per repository in step with the ledger. The issue is found by label
 * and creator (never the search API, whose index lags), recognised by its marker, and:
 * - created once, with the label (created first when missing);
 * - updated in place only when the rendered content changed;
 * - left alone when this run is for a commit older than the one it already mirrors;
 * - when closed by a person: its body is still kept current, but it is never reopened;
 * - when deleted: created again.
 */

export const TRACKING_ISSUE_TITLE = 'planguard: planning ledger'

export interface MirrorTarget extends RepoRef {
  label: string
  botLogin: string
  /** The commit being mirrored. */
  sha: string
}

export type MirrorOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; issueNumber: number }
  | { action: 'stale'; issueNumber: number; mirroredSha: string }
  | { action: 'issues-disabled' }

/** Answers whether `sha` is older than (an ancestor of) `mirroredSha`; undefined when unknown. */
export type CommitOrder = (sha: string, mirrored: MirrorStamp) => Promise<boolean | undefined>

interface TrackedIssue {
  number: number
  body: string
  state: string
}

export class IssuesDisabledError extends Error {}

async function findTrackingIssue(
  client: GitHubClient,
  target: MirrorTarget
): Promise<TrackedIssue | undefined> {
  let issues
  try {
    issues = await client.paginate(client.rest.issues.listForRepo, {
      owner: target.owner,
      repo: target.repo,
      labels: target.label,
      creator: target.botLogin,
      state: 'all',
      sort: 'created',
      direction: 'asc',
      per_page: 100
    })
  } catch (error) {
    if (statusOf(error) === 410)
      throw new IssuesDisabledError('issues are disabled for this repository')
    throw error
  }
  const ours = issues.find(
    (issue) =>
      !issue.pull_request &&
      issue.user?.login === target.botLogin &&
      parseMirrorMarker(issue.body) !== undefined &&
      // Sub-issues carry the same label and stamp, plus an entry marker.
      parseEntryMarker(issue.body) === undefined
  )
  return ours ? { number: ours.number, body: ours.body ?? '', state: ours.state } : undefined
}

async function ensureLabel(client: GitHubClient, target: MirrorTarget): Promise<void> {
  try {
    await client.rest.issues.getLabel({
      owner: target.owner,
      repo: target.repo,
      name: target.label
    })
    return
  } catch (error) {
    if (statusOf(error) !== 404) throw error
  }
  try {
    await client.rest.issues.createLabel({
      owner: target.owner,
      repo: target.repo,
      name: target.label,
      color: '5319e7',
      description: 'Planning ledger mirrored by planguard',
      request: { retries: 0 }
    })
  } catch (error) {
    // 422: created meanwhile by a concurrent run. Anything else: issues.create adds it anyway.
    if (statusOf(error) !== 422 && statusOf(error) !== undefined && statusOf(error)! < 500)
      throw error
  }
}

async function createTrackingIssue(
  client: GitHubClient,
  target: MirrorTarget,
  body: string
): Promise<number> {
  await ensureLabel(client, target)
  try {
    return await createOnce(
      async () =>
        (
          await client.rest.issues.create({
            owner: target.owner,
            repo: target.repo,
            title: TRACKING_ISSUE_TITLE,
            body,
            labels: [target.label],
            request: { retries: 0 }
          })
        ).data.number,
      async () => (await findTrackingIssue(client, target))?.number
    )
  } catch (error) {
    if (statusOf(error) === 410)
      throw new IssuesDisabledError('issues are disabled for this repository')
    throw error
  }
}

export async function publishMirror(
  client: GitHubClient,
  target: MirrorTarget,
  rendered: MirrorRender,
  isOlder: CommitOrder
): Promise<MirrorOutcome> {
  try {
    const existing = await findTrackingIssue(client, target)
    if (!existing) {
      return {
        action: 'created',
        issueNumber: await createTrackingIssue(client, target, rendered.body)
      }
    }
    const stamp = parseMirrorMarker(existing.body)
    if (stamp && stamp.hash === rendered.hash)
      return { action: 'unchanged', issueNumber: existing.number }
    if (stamp && stamp.sha !== target.sha && (await isOlder(target.sha, stamp)) === true) {
      return { action: 'stale', issueNumber: existing.number, mirroredSha: stamp.sha }
    }
    try {
      await client.rest.issues.update({
        owner: target.owner,
        repo: target.repo,
        issue_number: existing.number,
        body: rendered.body
      })
      return { action: 'updated', issueNumber: existing.number }
    } catch (error) {
      const status = statusOf(error)
      if (status !== 404 && status !== 410) throw error
      // Deleted since it was listed: start a new one.
      return {
        action: 'created',
        issueNumber: await createTrackingIssue(client, target, rendered.body)
      }
    }
  } catch (error) {
    if (error instanceof IssuesDisabledError) return { action: 'issues-disabled' }
    throw error
  }
}
