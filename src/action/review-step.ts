import { resolveBotLogin } from '../github/identity.js'
import { diffsUnder } from '../github/review/diff.js'
import {
  fetchPullRequestDiff,
  publishReview,
  upsertSummaryComment
} from '../github/review/publish.js'
import { renderSummaryComment } from '../github/review/summary.js'
import type { WorkPlan } from './events.js'
import type { StepContext } from './step.js'

/** Pull requests: one review of what the pull request introduced, and the summary comment. */
export async function reviewPullRequest(
  ctx: StepContext,
  work: Extract<WorkPlan, { mode: 'review' }>
): Promise<void> {
  const { client, change, notes } = ctx
  const target = { ...ctx.repo, pullNumber: work.pullNumber, headSha: work.headSha }
  const botLogin = await resolveBotLogin(client)
  const diffs = diffsUnder(await fetchPullRequestDiff(client, target), ctx.pathPrefix)
  const { result } = change
  // Without a base, findings in the files the pull request changed stand in for "introduced".
  const introduced = change.introduced ?? result.findings.filter((f) => diffs.has(f.file))
  const outcome = await publishReview(client, target, {
    introduced,
    diffs,
    botLogin,
    maxInlineComments: ctx.inputs.maxInlineComments,
    pathPrefix: ctx.pathPrefix,
    ...(ctx.links ? { links: ctx.links } : {})
  })
  const { inline, listed } = outcome.plan
  notes.push(
    inline.length + listed.length > 0
      ? `Review posted: ${inline.length} inline comments, ${listed.length} findings in the review body.`
      : 'No new findings to review.'
  )
  if (outcome.deleted > 0) notes.push(`${outcome.deleted} comments on fixed findings deleted.`)
  const summary = renderSummaryComment({
    findings: result.findings,
    introduced,
    fixed: change.fixed ?? [],
    ledgers: result.project.ledgers,
    plans: result.project.plans,
    diffs
  })
  const summaryOutcome = await upsertSummaryComment(client, target, summary, botLogin)
  notes.push(`Summary comment ${summaryOutcome}.`)
}
