import { errorMessage } from '../core/errors.js'
import { type GitHubClient, isPermissionDenied } from '../github/client.js'
import { resolveBotLogin } from '../github/identity.js'
import { publishMirror } from '../github/mirror/publish.js'
import { renderMirror } from '../github/mirror/render.js'
import { MAX_SUB_ISSUES, syncSubIssues } from '../github/mirror/sub-issues.js'
import type { RepoRef } from '../github/repo-ref.js'
import type { WorkPlan } from './events.js'
import { isAncestor } from './git-history.js'
import type { StepContext } from './step.js'

/** Pushes to the default branch: the tracking issue (and its sub-issues). Returns its number. */
export async function mirrorLedger(
  ctx: StepContext,
  work: Extract<WorkPlan, { mode: 'mirror' }>
): Promise<number | undefined> {
  const { client, repo, notes } = ctx
  const { project, findings } = ctx.change.result
  // The pushed commit's date goes into the marker, so a later run can order itself without git.
  const pushedAt = work.timestamp ? Date.parse(work.timestamp) : project.now.getTime()
  const committed = Number.isNaN(pushedAt) ? undefined : Math.floor(pushedAt / 1000)
  const mirrorInput = {
    ...(committed === undefined ? {} : { committedAt: committed }),
    ledgers: project.ledgers,
    plans: project.plans,
    findings,
    doneStatuses: project.config.vocabulary.doneStatus,
    ...(ctx.links ? { links: ctx.links } : {})
  }
  const rendered = renderMirror(mirrorInput)
  const botLogin = await resolveBotLogin(client)
  const label = ctx.inputs.trackingLabel
  const outcome = await publishMirror(
    client,
    { ...repo, label, botLogin, sha: work.sha },
    rendered,
    async (sha, mirrored) => {
      const local = await isAncestor(ctx.root, sha, mirrored.sha)
      if (local !== undefined) return local
      // A one-commit-deep checkout rarely holds the mirrored commit: compare committer dates.
      const theirs = mirrored.committedAt ?? (await committedAt(client, repo, mirrored.sha))
      return committed === undefined || theirs === undefined ? undefined : committed < theirs
    }
  )
  switch (outcome.action) {
    case 'issues-disabled': {
      const message =
        'planguard: issues are disabled in this repository, so there is no tracking issue ' +
        '(enable issues or set `tracking-issue: false`).'
      ctx.io.warning(message)
      notes.push(message)
      return undefined
    }
    case 'stale':
      notes.push(
        `Tracking issue #${outcome.issueNumber} already mirrors a newer commit ` +
          `(${outcome.mirroredSha.slice(0, 12)}).`
      )
      return outcome.issueNumber
    default: {
      notes.push(`Tracking issue #${outcome.issueNumber} ${outcome.action}.`)
      if (ctx.inputs.subIssues) {
        const target = { ...repo, parentNumber: outcome.issueNumber, label, botLogin }
        try {
          const synced = await syncSubIssues(client, target, mirrorInput)
          notes.push(
            `Sub-issues: ${synced.created} created, ${synced.updated} updated, ${synced.closed} closed` +
              (synced.skipped > 0
                ? `, ${synced.skipped} over the limit of ${MAX_SUB_ISSUES} left out.`
                : '.')
          )
        } catch (error) {
          if (isPermissionDenied(error)) throw error
          // Sub-issues are optional (and missing on older GitHub Enterprise Server): the
          // tracking issue itself is up to date, so this is a warning, not a failure.
          const message = `planguard: sub-issues could not be updated: ${errorMessage(error)}`
          ctx.io.warning(message)
          notes.push(message)
        }
      }
      return outcome.issueNumber
    }
  }
}

/** Committer date of a commit through the API, in seconds; undefined when unavailable. */
async function committedAt(
  client: GitHubClient,
  repo: RepoRef,
  ref: string
): Promise<number | undefined> {
  try {
    const { data } = await client.rest.repos.getCommit({ ...repo, ref })
    const date = Date.parse(data.commit.committer?.date ?? '')
    return Number.isNaN(date) ? undefined : Math.floor(date / 1000)
  } catch {
    return undefined
  }
}
