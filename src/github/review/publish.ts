import type { Finding } from '../../core/findings.js'
import { createOnce, type GitHubClient, statusOf } from '../client.js'
import { type BlobLinks, repoPath } from '../links.js'
import { hasMarker, REVIEW_MARKER, SUMMARY_MARKER } from '../markers.js'
import type { RepoRef } from '../repo-ref.js'
import { type FileDiff, parsePullRequestFiles } from './diff.js'
import { type ExistingComment, planReview, type ReviewPlan } from './plan.js'
import { renderInlineComment, renderReviewBody } from './render.js'

/** Carries a review plan out against the API: list, delete what is stale, post one review. */

export interface PullRequestTarget extends RepoRef {
  pullNumber: number
  headSha: string
}

export async function fetchPullRequestDiff(
  client: GitHubClient,
  pr: PullRequestTarget
): Promise<Map<string, FileDiff>> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100
  })
  return parsePullRequestFiles(files)
}

/** Every review comment on the pull request; planReview keeps only those planguard wrote. */
async function listPullComments(
  client: GitHubClient,
  pr: PullRequestTarget
): Promise<ExistingComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100
  })
  return comments.map((c) => ({ id: c.id, path: c.path, body: c.body, authorLogin: c.user?.login }))
}

async function listOwnReviewBodies(
  client: GitHubClient,
  pr: PullRequestTarget,
  botLogin: string
): Promise<string[]> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100
  })
  return reviews
    .filter((r) => r.user?.login === botLogin && hasMarker(r.body, REVIEW_MARKER))
    .map((r) => r.body ?? '')
}

export interface ReviewOutcome {
  plan: ReviewPlan
  /** Id of the review posted this run, if one was. */
  reviewId?: number
  deleted: number
}

export async function publishReview(
  client: GitHubClient,
  pr: PullRequestTarget,
  options: {
    /** Folder of the checked tree inside the repository; comment paths are repository paths. */
    pathPrefix?: string
    introduced: readonly Finding[]
    diffs: ReadonlyMap<string, FileDiff>
    botLogin: string
    maxInlineComments: number
    links?: BlobLinks
  }
): Promise<ReviewOutcome> {
  const existingComments = await listPullComments(client, pr)
  const existingReviewBodies = await listOwnReviewBodies(client, pr, options.botLogin)
  const plan = planReview({ ...options, existingComments, existingReviewBodies })

  let deleted = 0
  for (const id of plan.deleteCommentIds) {
    try {
      await client.rest.pulls.deleteReviewComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: id
      })
      deleted += 1
    } catch (error) {
      // Already gone (deleted by a person or an earlier attempt): that is what we wanted.
      if (statusOf(error) !== 404) throw error
    }
  }

  if (plan.inline.length === 0 && plan.listed.length === 0) return { plan, deleted }

  const newFingerprints = new Set(
    [...plan.inline.map((c) => c.finding), ...plan.listed].map((f) => f.fingerprint)
  )
  const post = (posted: ReviewPlan) =>
    createOnce(
      async () =>
        (
          await client.rest.pulls.createReview({
            owner: pr.owner,
            repo: pr.repo,
            pull_number: pr.pullNumber,
            commit_id: pr.headSha,
            event: 'COMMENT',
            body: renderReviewBody(posted, options.links),
            comments: posted.inline.map((c) => ({
              path: repoPath(options.pathPrefix, c.path),
              line: c.line,
              side: 'RIGHT' as const,
              ...(c.startLine === undefined
                ? {}
                : { start_line: c.startLine, start_side: 'RIGHT' as const }),
              body: renderInlineComment(c)
            })),
            request: { retries: 0 }
          })
        ).data.id,
      async () => {
        // The review may have been stored before the error: look for our new fingerprints.
        const again = planReview({
          ...options,
          existingComments: await listPullComments(client, pr),
          existingReviewBodies: await listOwnReviewBodies(client, pr, options.botLogin)
        })
        const stillNew = [...again.inline.map((c) => c.finding), ...again.listed].filter((f) =>
          newFingerprints.has(f.fingerprint)
        )
        return stillNew.length === 0 ? -1 : undefined
      }
    )

  let review: number
  try {
    review = await post(plan)
  } catch (error) {
    // 422: GitHub refused a comment position (the checked-out merge commit and the head differ
    // where the base branch moved). Post the same findings in the body instead.
    if (statusOf(error) !== 422 || plan.inline.length === 0) throw error
    const inBody: ReviewPlan = {
      ...plan,
      inline: [],
      listed: [...plan.inline.map((c) => c.finding), ...plan.listed]
    }
    review = await post(inBody)
    return { plan: inBody, deleted, ...(review > 0 ? { reviewId: review } : {}) }
  }
  return { plan, deleted, ...(review > 0 ? { reviewId: review } : {}) }
}

export type SummaryCommentOutcome = 'created' | 'updated' | 'unchanged'

/** Keeps exactly one summary comment per pull request, found by marker and author. */
export async function upsertSummaryComment(
  client: GitHubClient,
  pr: PullRequestTarget,
  body: string,
  botLogin: string
): Promise<SummaryCommentOutcome> {
  const find = async () => {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.pullNumber,
      per_page: 100
    })
    return comments.find((c) => c.user?.login === botLogin && hasMarker(c.body, SUMMARY_MARKER))
  }
  const existing = await find()
  if (existing) {
    if (existing.body === body) return 'unchanged'
    await client.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: existing.id,
      body
    })
    return 'updated'
  }
  await createOnce(
    async () =>
      (
        await client.rest.issues.createComment({
          owner: pr.owner,
          repo: pr.repo,
          issue_number: pr.pullNumber,
          body,
          request: { retries: 0 }
        })
      ).data,
    find
  )
  return 'created'
}
