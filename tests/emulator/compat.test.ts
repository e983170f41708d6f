import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { startEmulator, type Emulator } from './index.js'
import { failure, repoRef } from './helpers.js'

/**
 * planguard's Action talks through @actions/github's getOctokit with the throttling and retry
 * plugins; this checks that client, configured the same way, works against the emulator.
 */

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator.close()
})

function actionClient(token: string) {
  return getOctokit(
    token,
    {
      baseUrl: emulator.url,
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false },
      retry: { retries: 1, retryAfterBaseValue: 10, doNotRetry: [400, 401, 403, 404, 410, 422] }
    },
    throttling,
    retry
  )
}

describe('the Action client against the emulator', () => {
  it('creates and finds the tracking issue by label and creator, state=all', async () => {
    emulator.reset()
    const octokit = actionClient('rw-token')
    await octokit.rest.issues.create({
      ...repoRef,
      title: 'planguard ledger',
      labels: ['planguard']
    })
    const found = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repoRef,
      labels: 'planguard',
      creator: 'github-actions[bot]',
      state: 'all'
    })
    expect(found.map((issue) => issue.title)).toEqual(['planguard ledger'])
    expect(emulator.requests.every((request) => request.token === 'rw-token')).toBe(true)
  })

  it('does not retry a 403 for a read-only token and leaves no trace in the state', async () => {
    emulator.reset()
    emulator.addPullRequest({ number: 4, headSha: 'd'.repeat(40), files: [] })
    const answer = await failure(
      actionClient('ro-token').rest.issues.createComment({ ...repoRef, issue_number: 4, body: 'x' })
    )
    expect(answer.status).toBe(403)
    expect(emulator.writes()).toHaveLength(1)
    expect(emulator.state.issueComments).toHaveLength(0)
  })

  it('repeats a write after a 502 unless told not to, so after-write faults duplicate it', async () => {
    emulator.reset()
    emulator.seedIssue({ title: 'tracking' })
    emulator.injectFault({ kind: 'after-write', status: 502, route: 'issues/create-comment' })
    await actionClient('rw-token').rest.issues.createComment({
      ...repoRef,
      issue_number: 1,
      body: 'once?'
    })
    expect(emulator.state.issueComments.map((comment) => comment.body)).toEqual(['once?', 'once?'])

    emulator.reset()
    emulator.seedIssue({ title: 'tracking' })
    emulator.injectFault({ kind: 'after-write', status: 502, route: 'issues/create-comment' })
    const answer = await failure(
      actionClient('rw-token').rest.issues.createComment({
        ...repoRef,
        issue_number: 1,
        body: 'once',
        request: { retries: 0 }
      })
    )
    expect(answer.status).toBe(502)
    expect(emulator.state.issueComments.map((comment) => comment.body)).toEqual(['once'])
  })
})
