import { existsSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  fingerprintMarker,
  parseFingerprintMarkers,
  parseMirrorMarker,
  SUMMARY_MARKER
} from '../../src/github/markers.js'
import { clientFor } from '../emulator/helpers.js'
import { type Emulator, startEmulator } from '../emulator/index.js'
import {
  type BundleRun,
  bundleBuilt,
  describeRequest,
  LEDGER,
  ledgerFiles,
  openWithOneFinding,
  REPOSITORY,
  Scenario
} from './harness.js'

/**
 * The Action's scenarios run through the bundle (dist/index.js, or PLANGUARD_ACTION_BUNDLE) as
 * the runner runs it: a child process with real webhook payloads, the runner's variables and
 * environment files, GITHUB_API_URL at the emulator. Each scenario asserts the exact requests
 * made. Skipped until the bundle has been built (`npm run package`).
 */
const describeBundle = bundleBuilt() ? describe : describe.skip

/** The throttling plugin spaces writes about a second apart: room for a few of them. */
const SLOW = 60_000

const BOT = 'github-actions[bot]'
const [owner, repo] = REPOSITORY.split('/') as [string, string]

function requestsOf(run: BundleRun): string[] {
  return run.requests.map(describeRequest)
}

/** The reads every review run makes, in order, around its writes. */
const REVIEW_READS = [
  'GET /user 403',
  'GET pulls/1/files 200',
  'GET pulls/1/comments 200',
  'GET pulls/1/reviews 200'
]

describeBundle('bundled Action: pull request review', () => {
  let emulator: Emulator
  let scenario: Scenario
  beforeAll(async () => {
    emulator = await startEmulator()
  })
  afterAll(async () => {
    await emulator.close()
  })
  beforeEach(() => {
    emulator.reset()
    scenario = new Scenario(emulator)
  })
  afterEach(() => scenario.dispose())

  it(
    'first run: one review with the inline comment, one summary comment',
    async () => {
      const { head, payload } = openWithOneFinding(scenario)
      const run = await scenario.runBundle('pull_request', payload)

      expect(requestsOf(run)).toEqual([
        ...REVIEW_READS,
        'POST pulls/1/reviews 200',
        'GET issues/1/comments 200',
        'POST issues/1/comments 201'
      ])
      expect(run.requests.every((r) => r.token === 'rw-token')).toBe(true)
      const review = run.writes[0]!.body as {
        commit_id: string
        event: string
        comments: Array<Record<string, unknown>>
      }
      expect(review).toMatchObject({ commit_id: head, event: 'COMMENT' })
      expect(review.comments).toEqual([
        expect.objectContaining({ path: LEDGER, line: 14, side: 'RIGHT' })
      ])
      expect(parseFingerprintMarkers(review.comments[0]!.body as string)).toHaveLength(1)
      expect(emulator.state.issueComments).toEqual([
        expect.objectContaining({ body: expect.stringContaining(SUMMARY_MARKER) })
      ])

      expect(run.result).toEqual({ exitCode: 1, errors: 1, warnings: 0 })
      expect(run.io.annotations).toEqual([
        expect.objectContaining({
          level: 'error',
          file: LEDGER,
          startLine: 14,
          endLine: 14,
          title: 'priority-vocabulary'
        })
      ])
      expect(run.io.errors).toEqual([
        'planguard: findings at or above fail-on (error) introduced by this change.'
      ])
      expect(run.io.outputs.get('findings-json')).toMatch(/planguard\/findings\.json$/)
      expect(existsSync(run.io.outputs.get('sarif')!)).toBe(true)
      expect(run.io.summary).toContain('Review posted: 1 inline comments')
      expect(run.io.summary).toContain('Summary comment created.')
      expect(run.stderr).toBe('')
    },
    SLOW
  )

  it(
    're-run on the same head: reads only, zero writes',
    async () => {
      const { payload } = openWithOneFinding(scenario)
      await scenario.runBundle('pull_request', payload)
      const again = await scenario.runBundle('pull_request', { ...payload, action: 'synchronize' })
      expect(requestsOf(again)).toEqual([...REVIEW_READS, 'GET issues/1/comments 200'])
      expect(again.result.exitCode).toBe(1)
      expect(again.io.annotations).toHaveLength(1)
      expect(emulator.state.reviews).toHaveLength(1)
    },
    SLOW
  )

  it(
    'a new push fixing one finding and adding another: stale comment deleted, one new, summary updated',
    async () => {
      const { base, payload } = openWithOneFinding(scenario)
      await scenario.runBundle('pull_request', payload)
      const stale = emulator.state.reviewComments[0]!
      const summary = emulator.state.issueComments[0]!
      const head2 = scenario.commit(
        'head 2',
        ledgerFiles([{ id: 'A-1' }, { id: 'B-2' }, { id: 'C-3', priority: 'Soon' }])
      )
      const second = await scenario.runBundle(
        'pull_request',
        scenario.pullRequest(1, base, head2, 'synchronize')
      )

      expect(requestsOf(second)).toEqual([
        ...REVIEW_READS,
        `DELETE pulls/comments/${stale.id} 204`,
        'POST pulls/1/reviews 200',
        'GET issues/1/comments 200',
        `PATCH issues/comments/${summary.id} 200`
      ])
      expect(emulator.state.reviewComments).toEqual([
        expect.objectContaining({ commitId: head2, line: 22 })
      ])
      expect(emulator.state.issueComments).toHaveLength(1)
      expect(emulator.state.issueComments[0]!.body).toContain('`C-3`')
      expect(emulator.state.issueComments[0]!.body).not.toContain('`B-2`')
      expect(second.io.annotations.map((a) => a.startLine)).toEqual([22])
    },
    SLOW
  )

  it(
    "a person's comments carrying forged planguard markers are left alone",
    async () => {
      const { payload } = openWithOneFinding(scenario)
      const forgedSummary = emulator.seedComment({
        issueNumber: 1,
        body: `${SUMMARY_MARKER}\nI wrote this`,
        user: { login: 'octocat' }
      })
      const forgedInline = await clientFor(emulator, 'human-token').rest.pulls.createReviewComment({
        owner,
        repo,
        pull_number: 1,
        commit_id: emulator.state.pulls[0]!.headSha,
        path: LEDGER,
        line: 14,
        side: 'RIGHT',
        body: `forged ${fingerprintMarker('0123456789abcdef')}`
      })
      const run = await scenario.runBundle('pull_request', payload)

      // Neither edited nor deleted: planguard posts its own review and its own summary.
      expect(requestsOf(run)).toEqual([
        ...REVIEW_READS,
        'POST pulls/1/reviews 200',
        'GET issues/1/comments 200',
        'POST issues/1/comments 201'
      ])
      expect(emulator.state.issueComments.map((c) => [c.id, c.user.login])).toEqual([
        [forgedSummary.id, 'octocat'],
        [expect.any(Number), BOT]
      ])
      expect(emulator.state.issueComments[0]!.body).toBe(`${SUMMARY_MARKER}\nI wrote this`)
      expect(
        emulator.state.reviewComments.find((c) => c.id === forgedInline.data.id)?.body
      ).toContain('forged')
      expect(emulator.state.reviewComments.filter((c) => c.user.login === BOT)).toHaveLength(1)
    },
    SLOW
  )

  it.each([
    ['error', 1],
    ['never', 0]
  ])(
    'a fork pull request with a read-only token: one 403, no retry, fail-on %s exits %i, annotations still written',
    async (failOn, exitCode) => {
      const base = scenario.commit('base', ledgerFiles([{ id: 'A-1' }, { id: 'B-2' }]))
      const head = scenario.commit(
        'head',
        ledgerFiles([{ id: 'A-1' }, { id: 'B-2', priority: 'Urgent' }])
      )
      const payload = scenario.pullRequest(1, base, head, 'opened', 'someone/planning-repo')
      const run = await scenario.runBundle(
        'pull_request',
        payload,
        { 'fail-on': failOn },
        'ro-token'
      )

      expect(requestsOf(run)).toEqual([...REVIEW_READS, 'POST pulls/1/reviews 403'])
      expect(emulator.state.reviews).toEqual([])
      expect(emulator.state.issueComments).toEqual([])
      expect(run.result).toEqual({ exitCode, errors: 1, warnings: 0 })
      expect(run.io.warnings.join('\n')).toMatch(/read-only token.*pull-requests: write/s)
      expect(run.io.annotations).toEqual([
        expect.objectContaining({ level: 'error', file: LEDGER, startLine: 14 })
      ])
      expect(run.io.outputs.get('findings-json')).toMatch(/findings\.json$/)
      expect(run.io.summary).toContain('read-only token')
    },
    SLOW
  )

  it(
    'a 502 after the review was stored: re-listed, not posted twice',
    async () => {
      const { payload } = openWithOneFinding(scenario)
      emulator.injectFault({
        kind: 'after-write',
        status: 502,
        method: 'POST',
        route: 'pulls/create-review'
      })
      const run = await scenario.runBundle('pull_request', payload)

      expect(requestsOf(run)).toEqual([
        ...REVIEW_READS,
        'POST pulls/1/reviews 502',
        // The re-list by marker: the review is there, so it is not created again.
        'GET pulls/1/comments 200',
        'GET pulls/1/reviews 200',
        'GET issues/1/comments 200',
        'POST issues/1/comments 201'
      ])
      expect(emulator.pendingFaults()).toEqual([])
      expect(emulator.state.reviews).toHaveLength(1)
      expect(emulator.state.reviewComments).toHaveLength(1)
      expect(emulator.state.issueComments).toHaveLength(1)
      expect(run.result.exitCode).toBe(1)
      expect(run.io.errors.join('\n')).not.toContain('could not update GitHub')
    },
    SLOW
  )
})

describeBundle('bundled Action: tracking issue', () => {
  let emulator: Emulator
  let scenario: Scenario
  beforeAll(async () => {
    emulator = await startEmulator()
  })
  afterAll(async () => {
    await emulator.close()
  })
  beforeEach(() => {
    emulator.reset()
    scenario = new Scenario(emulator)
  })
  afterEach(() => scenario.dispose())

  function firstPush() {
    const root = scenario.commit('root', { 'README.md': 'x\n' }, '2025-10-17T10:00:00Z')
    const first = scenario.commit(
      'ledger',
      ledgerFiles([{ id: 'A-1' }, { id: 'B-2', status: 'done' }]),
      '2025-10-18T10:00:00Z'
    )
    return { root, first, payload: scenario.pushPayload(root, first) }
  }

  const LOOKUP = ['GET /user 403', 'GET issues 200']

  it(
    'first push creates the label and the issue; the same push again writes nothing',
    async () => {
      const { first, payload } = firstPush()
      const run1 = await scenario.runBundle('push', payload)
      expect(requestsOf(run1)).toEqual([
        ...LOOKUP,
        'GET labels/planguard 404',
        'POST labels 201',
        'POST issues 201'
      ])
      const issue = emulator.state.issues[0]!
      expect(issue.labels).toEqual(['planguard'])
      expect(parseMirrorMarker(issue.body)?.sha).toBe(first)
      expect(issue.body).toContain(
        `https://github.example/${REPOSITORY}/blob/${first}/docs/fix_plan.md#L5`
      )
      expect(run1.result).toEqual({
        exitCode: 0,
        errors: 0,
        warnings: 0,
        trackingIssue: issue.number
      })
      expect(run1.io.outputs.get('tracking-issue')).toBe(String(issue.number))

      const run2 = await scenario.runBundle('push', payload)
      expect(requestsOf(run2)).toEqual(LOOKUP)
      expect(run2.requests[1]!.query).toMatchObject({
        labels: 'planguard',
        creator: BOT,
        state: 'all'
      })
      expect(run2.result.exitCode).toBe(0)
      expect(run2.io.outputs.get('tracking-issue')).toBe(String(issue.number))
    },
    SLOW
  )

  it(
    'a ledger change updates the issue once; an older run afterwards writes nothing',
    async () => {
      const { root, first, payload } = firstPush()
      await scenario.runBundle('push', payload)
      const number = emulator.state.issues[0]!.number
      const second = scenario.commit(
        'ledger 2',
        ledgerFiles([{ id: 'A-1' }, { id: 'B-2' }, { id: 'C-3' }]),
        '2025-10-19T10:00:00Z'
      )
      const update = await scenario.runBundle('push', scenario.pushPayload(first, second))
      expect(requestsOf(update)).toEqual([...LOOKUP, `PATCH issues/${number} 200`])
      expect(emulator.state.issues[0]!.body).toContain('### C-3')

      // A re-run of the first push, checked out at its own commit, after the second was mirrored.
      const late = await scenario.runBundle('push', scenario.pushPayload(root, first))
      expect(requestsOf(late)).toEqual(LOOKUP)
      expect(parseMirrorMarker(emulator.state.issues[0]!.body)?.sha).toBe(second)
      expect(late.result.exitCode).toBe(0)
      expect(late.io.summary).toContain('already mirrors a newer commit')
    },
    SLOW
  )
})

describeBundle('bundled Action: events it skips', () => {
  let emulator: Emulator
  let scenario: Scenario
  beforeAll(async () => {
    emulator = await startEmulator()
    scenario = new Scenario(emulator)
  })
  afterAll(async () => {
    scenario.dispose()
    await emulator.close()
  })

  it('a tag push: one log line, exit 0, zero requests', async () => {
    const sha = scenario.commit('tagged', ledgerFiles([{ id: 'A-1', priority: 'Urgent' }]))
    const run = await scenario.runBundle('push', scenario.tagPushPayload('v1.0.0', sha))
    expect(run.requests).toEqual([])
    expect(run.result).toEqual({ exitCode: 0 })
    expect(run.stdout).toBe('planguard: push to refs/tags/v1.0.0 (not a branch).\n')
    expect(run.io.summary).toBe('')
  })

  it('a branch deletion: one log line, exit 0, zero requests', async () => {
    const sha = scenario.commit('gone', ledgerFiles([{ id: 'A-1', priority: 'Urgent' }]))
    const run = await scenario.runBundle('push', scenario.branchDeletionPayload('feature/old', sha))
    expect(run.requests).toEqual([])
    expect(run.result).toEqual({ exitCode: 0 })
    expect(run.stdout).toBe('planguard: push deleting refs/heads/feature/old: nothing to check.\n')
    expect(run.io.summary).toBe('')
  })
})
