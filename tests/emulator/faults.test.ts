import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { startEmulator, type Emulator } from './index.js'
import { clientFor, failure, repoRef } from './helpers.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator.close()
})
beforeEach(() => emulator.reset())

const RetryingOctokit = Octokit.plugin(throttling, retry)

/** A client like planguard's: waits out rate limits, retries 5xx with a short back-off. */
function retryingClient(limits: string[]): InstanceType<typeof RetryingOctokit> {
  return new RetryingOctokit({
    auth: 'rw-token',
    baseUrl: emulator.url,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    throttle: {
      onRateLimit: (after: number) => {
        limits.push(`primary ${after}`)
        return true
      },
      onSecondaryRateLimit: (after: number) => {
        limits.push(`secondary ${after}`)
        return true
      }
    },
    retry: { retries: 2, retryAfterBaseValue: 10 }
  })
}

describe('injected faults', () => {
  it('answers a status fault the given number of times, then recovers', async () => {
    emulator.seedIssue({ title: 'tracking' })
    emulator.injectFault({
      kind: 'status',
      status: 502,
      method: 'GET',
      route: 'issues/get',
      times: 2
    })
    const octokit = clientFor(emulator)
    expect((await failure(octokit.rest.issues.get({ ...repoRef, issue_number: 1 }))).status).toBe(
      502
    )
    expect((await failure(octokit.rest.issues.get({ ...repoRef, issue_number: 1 }))).status).toBe(
      502
    )
    const third = await octokit.rest.issues.get({ ...repoRef, issue_number: 1 })
    expect(third.status).toBe(200)
    expect(emulator.requests.map((r) => [r.status, r.fault])).toEqual([
      [502, 'status'],
      [502, 'status'],
      [200, undefined]
    ])
    expect(emulator.pendingFaults()).toEqual([])
  })

  it('matches faults by method and by route template or concrete path', async () => {
    emulator.seedIssue({ title: 'tracking' })
    emulator.injectFault({
      kind: 'status',
      status: 500,
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments'
    })
    emulator.injectFault({
      kind: 'status',
      status: 500,
      route: '/repos/octo-org/planning-repo/labels'
    })
    const octokit = clientFor(emulator)
    // A GET of the same route is not the fault's method.
    await octokit.rest.issues.listComments({ ...repoRef, issue_number: 1 })
    const post = await failure(
      octokit.rest.issues.createComment({ ...repoRef, issue_number: 1, body: 'x' })
    )
    expect(post.status).toBe(500)
    expect(emulator.state.issueComments).toHaveLength(0)
    const labels = await failure(octokit.rest.issues.listLabelsForRepo({ ...repoRef }))
    expect(labels.status).toBe(500)
  })

  it("performs an after-write fault's write before answering 502", async () => {
    emulator.seedIssue({ title: 'tracking' })
    emulator.injectFault({
      kind: 'after-write',
      status: 502,
      method: 'POST',
      route: 'issues/create-comment'
    })
    const octokit = clientFor(emulator)
    const answer = await failure(
      octokit.rest.issues.createComment({ ...repoRef, issue_number: 1, body: 'summary' })
    )
    expect(answer.status).toBe(502)
    expect(emulator.state.issueComments.map((comment) => comment.body)).toEqual(['summary'])
    expect(emulator.writes()).toEqual([
      expect.objectContaining({ method: 'POST', status: 502, fault: 'after-write' })
    ])
  })

  it('keeps an after-write fault for the next write when GitHub would refuse this one', async () => {
    emulator.seedIssue({ title: 'tracking' })
    emulator.injectFault({ kind: 'after-write', status: 502, route: 'issues/create-comment' })
    const octokit = clientFor(emulator)
    const refused = await failure(
      octokit.rest.issues.createComment({ ...repoRef, issue_number: 1, body: 'x'.repeat(70000) })
    )
    expect(refused.status).toBe(422)
    expect(emulator.pendingFaults()).toHaveLength(1)
    const lost = await failure(
      octokit.rest.issues.createComment({ ...repoRef, issue_number: 1, body: 'ok' })
    )
    expect(lost.status).toBe(502)
    expect(emulator.state.issueComments.map((comment) => comment.body)).toEqual(['ok'])
  })

  it('answers a secondary rate limit as 403 with retry-after and the documented message', async () => {
    emulator.injectFault({ kind: 'secondary-rate-limit', retryAfter: 7, route: 'issues/create' })
    const answer = await failure(clientFor(emulator).rest.issues.create({ ...repoRef, title: 't' }))
    expect(answer.status).toBe(403)
    expect(answer.headers['retry-after']).toBe('7')
    expect(String(answer.data.message)).toMatch(/^You have exceeded a secondary rate limit/)
    expect(emulator.state.issues).toHaveLength(0)
  })

  it('lets the throttling plugin wait out a secondary limit and then succeed', async () => {
    emulator.injectFault({ kind: 'secondary-rate-limit', retryAfter: 1, route: 'issues/create' })
    const limits: string[] = []
    const created = await retryingClient(limits).rest.issues.create({
      ...repoRef,
      title: 'after wait'
    })
    expect(created.status).toBe(201)
    expect(limits).toEqual(['secondary 1'])
    expect(emulator.requests.map((r) => r.status)).toEqual([403, 201])
  })

  it('answers a 429 fault as a primary rate limit the throttling plugin understands', async () => {
    emulator.injectFault({ kind: 'status', status: 429, retryAfter: 0, route: 'repos/get' })
    const limits: string[] = []
    const repo = await retryingClient(limits).rest.repos.get({ ...repoRef })
    expect(repo.status).toBe(200)
    expect(limits).toHaveLength(1)
    expect(limits[0]).toMatch(/^primary /)
    expect(emulator.requests[0]).toMatchObject({ status: 429, fault: 'status' })
  })

  it('lets the retry plugin retry a 500 on a read', async () => {
    emulator.injectFault({ kind: 'status', status: 500, route: 'repos/get' })
    const repo = await retryingClient([]).rest.repos.get({ ...repoRef })
    expect(repo.status).toBe(200)
    expect(emulator.requests.map((r) => r.status)).toEqual([500, 200])
  })
})

describe('content creation limit', () => {
  it('answers 403 secondary past the per-minute count, and admits again a minute later', async () => {
    let clock = new Date('2025-10-20T12:00:00Z')
    const limited = await startEmulator({
      contentCreationLimit: { perMinute: 2, retryAfter: 5 },
      now: () => clock
    })
    try {
      limited.seedIssue({ title: 'tracking' })
      const octokit = clientFor(limited)
      await octokit.rest.issues.createComment({ ...repoRef, issue_number: 1, body: 'one' })
      await octokit.rest.issues.createComment({ ...repoRef, issue_number: 1, body: 'two' })
      // Reads and edits are not content creation.
      await octokit.rest.issues.update({ ...repoRef, issue_number: 1, body: 'edited' })
      const third = await failure(
        octokit.rest.issues.createComment({ ...repoRef, issue_number: 1, body: 'three' })
      )
      expect(third.status).toBe(403)
      expect(third.headers['retry-after']).toBe('5')
      expect(String(third.data.message)).toMatch(/secondary rate limit/)
      expect(limited.state.issueComments).toHaveLength(2)
      clock = new Date('2025-10-20T12:01:01Z')
      await octokit.rest.issues.createComment({ ...repoRef, issue_number: 1, body: 'three' })
      expect(limited.state.issueComments).toHaveLength(3)
    } finally {
      await limited.close()
    }
  })
})
