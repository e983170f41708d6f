import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from './index.js'
import { clientFor, repoRef } from './helpers.js'

/**
 * A tour of every implemented operation with response checking on: each JSON answer must fit
 * the response schema of api.github.com's description, or the emulator answers 500 and the
 * call below fails.
 */

let emulator: Emulator
const HEAD = '5'.repeat(40)
const PATCH = '@@ -1,2 +1,3 @@\n # Ledger\n+## [A-1] New entry\n context'

beforeAll(async () => {
  emulator = await startEmulator({ validateResponses: true })
  emulator.addPullRequest({
    number: 1,
    headSha: HEAD,
    files: [{ filename: 'docs/fix_plan.md', patch: PATCH }]
  })
})
afterAll(async () => {
  await emulator.close()
})

describe('answers fit the OpenAPI response schemas', () => {
  it('repository, commits, contents, user and rate limit', async () => {
    const octokit = clientFor(emulator)
    await octokit.rest.repos.get({ ...repoRef })
    emulator.addCommit({ sha: HEAD, files: { 'docs/fix_plan.md': '# Ledger\n' } })
    await octokit.rest.repos.getCommit({ ...repoRef, ref: HEAD })
    await octokit.rest.repos.getContent({ ...repoRef, path: 'docs/fix_plan.md', ref: HEAD })
    await octokit.rest.repos.getContent({ ...repoRef, path: 'docs', ref: HEAD })
    await clientFor(emulator, 'human-token').rest.users.getAuthenticated()
    await octokit.rest.rateLimit.get()
  })

  it('issues, labels, comments and sub-issues', async () => {
    const start = emulator.requests.length
    const octokit = clientFor(emulator)
    await octokit.rest.issues.createLabel({ ...repoRef, name: 'planguard', color: '0e8a16' })
    await octokit.rest.issues.listLabelsForRepo({ ...repoRef })
    await octokit.rest.issues.getLabel({ ...repoRef, name: 'planguard' })
    await octokit.rest.issues.updateLabel({ ...repoRef, name: 'planguard', description: 'mirror' })
    const parent = await octokit.rest.issues.create({
      ...repoRef,
      title: 'tracking',
      body: 'mirror',
      labels: ['planguard']
    })
    const child = await octokit.rest.issues.create({ ...repoRef, title: 'child' })
    const number = parent.data.number
    await octokit.rest.issues.get({ ...repoRef, issue_number: number })
    await octokit.rest.issues.update({ ...repoRef, issue_number: number, body: 'again' })
    await octokit.rest.issues.listForRepo({ ...repoRef, state: 'all' })
    await octokit.rest.issues.addLabels({ ...repoRef, issue_number: number, labels: ['ledger'] })
    await octokit.rest.issues.setLabels({ ...repoRef, issue_number: number, labels: ['planguard'] })
    await octokit.rest.issues.listLabelsOnIssue({ ...repoRef, issue_number: number })
    await octokit.rest.issues.removeLabel({ ...repoRef, issue_number: number, name: 'planguard' })
    const comment = await octokit.rest.issues.createComment({
      ...repoRef,
      issue_number: number,
      body: 'c'
    })
    await octokit.rest.issues.getComment({ ...repoRef, comment_id: comment.data.id })
    await octokit.rest.issues.updateComment({ ...repoRef, comment_id: comment.data.id, body: 'd' })
    await octokit.rest.issues.listComments({ ...repoRef, issue_number: number })
    await octokit.rest.issues.listCommentsForRepo({ ...repoRef })
    await octokit.rest.issues.addSubIssue({
      ...repoRef,
      issue_number: number,
      sub_issue_id: child.data.id
    })
    await octokit.rest.issues.listSubIssues({ ...repoRef, issue_number: number })
    await octokit.rest.issues.removeSubIssue({
      ...repoRef,
      issue_number: number,
      sub_issue_id: child.data.id
    })
    await octokit.rest.issues.update({ ...repoRef, issue_number: number, state: 'closed' })
    expect(emulator.requests.slice(start).filter((request) => request.status >= 500)).toEqual([])
  })

  it('pull requests, files, reviews and review comments', async () => {
    const start = emulator.requests.length
    const octokit = clientFor(emulator)
    await octokit.rest.pulls.get({ ...repoRef, pull_number: 1 })
    await octokit.rest.pulls.list({ ...repoRef })
    await octokit.rest.pulls.listFiles({ ...repoRef, pull_number: 1 })
    const review = await octokit.rest.pulls.createReview({
      ...repoRef,
      pull_number: 1,
      event: 'COMMENT',
      body: 'planguard',
      comments: [{ path: 'docs/fix_plan.md', line: 2, body: 'finding' }]
    })
    await octokit.rest.pulls.getReview({ ...repoRef, pull_number: 1, review_id: review.data.id })
    await octokit.rest.pulls.updateReview({
      ...repoRef,
      pull_number: 1,
      review_id: review.data.id,
      body: 'updated'
    })
    await octokit.rest.pulls.listReviews({ ...repoRef, pull_number: 1 })
    await octokit.rest.pulls.listCommentsForReview({
      ...repoRef,
      pull_number: 1,
      review_id: review.data.id
    })
    const comments = await octokit.rest.pulls.listReviewComments({ ...repoRef, pull_number: 1 })
    const id = comments.data[0]!.id
    await octokit.rest.pulls.listReviewCommentsForRepo({ ...repoRef })
    await octokit.rest.pulls.getReviewComment({ ...repoRef, comment_id: id })
    await octokit.rest.pulls.updateReviewComment({ ...repoRef, comment_id: id, body: 'edited' })
    await octokit.rest.pulls.createReplyForReviewComment({
      ...repoRef,
      pull_number: 1,
      comment_id: id,
      body: 'reply'
    })
    await octokit.rest.pulls.createReviewComment({
      ...repoRef,
      pull_number: 1,
      commit_id: HEAD,
      path: 'docs/fix_plan.md',
      line: 3,
      body: 'single'
    })
    const pending = await octokit.rest.pulls.createReview({ ...repoRef, pull_number: 1 })
    await octokit.rest.pulls.deletePendingReview({
      ...repoRef,
      pull_number: 1,
      review_id: pending.data.id
    })
    expect(emulator.requests.slice(start).filter((request) => request.status >= 500)).toEqual([])
  })
})
