import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  fingerprintMarker,
  parseFingerprintMarkers,
  SUMMARY_MARKER
} from '../../src/github/markers.js'
import { clientFor } from '../emulator/helpers.js'
import { type Emulator, startEmulator } from '../emulator/index.js'
import {
  describeRequest,
  LEDGER,
  ledgerFiles,
  ledgerText,
  openWithOneFinding,
  REPOSITORY,
  Scenario
} from './harness.js'

const BOT = 'github-actions[bot]'
const [owner, repo] = REPOSITORY.split('/') as [string, string]

describe('pull request review', () => {
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

  it('first run posts one review with the inline comment and one summary comment', async () => {
    const { head, payload } = openWithOneFinding(scenario)
    const { result, io, writes } = await scenario.run('pull_request', payload)

    expect(writes.map(describeRequest)).toEqual([
      'POST pulls/1/reviews 200',
      'POST issues/1/comments 201'
    ])
    const review = writes[0]!.body as {
      commit_id: string
      event: string
      comments: Array<Record<string, unknown>>
    }
    expect(review.commit_id).toBe(head)
    expect(review.event).toBe('COMMENT')
    expect(review.comments).toHaveLength(1)
    expect(review.comments[0]).toMatchObject({ path: LEDGER, line: 14, side: 'RIGHT' })
    expect(parseFingerprintMarkers(review.comments[0]!.body as string)).toHaveLength(1)

    const summary = emulator.state.issueComments[0]!
    expect(summary.body).toContain(SUMMARY_MARKER)
    expect(summary.body).toContain('| `priority-vocabulary` | 1 | 0 | 0 |')
    expect(summary.body).toContain('`B-2`')

    expect(result).toMatchObject({ exitCode: 1, mode: 'review', errors: 1 })
    expect(io.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        file: LEDGER,
        startLine: 14,
        title: 'priority-vocabulary'
      })
    ])
    expect(io.outputs.get('errors')).toBe('1')
    expect(io.summary).toContain('Review posted: 1 inline comments')
  })

  it('a re-run on the same head writes nothing', async () => {
    const { payload } = openWithOneFinding(scenario)
    await scenario.run('pull_request', payload)
    const again = await scenario.run('pull_request', { ...payload, action: 'synchronize' })
    expect(again.writes).toEqual([])
    expect(emulator.state.reviews).toHaveLength(1)
  })

  it('a new push that fixes one finding and adds another deletes, posts and updates', async () => {
    const { base, payload } = openWithOneFinding(scenario)
    await scenario.run('pull_request', payload)
    const firstComment = emulator.state.reviewComments[0]!
    const head2 = scenario.commit(
      'head 2',
      ledgerFiles([{ id: 'A-1' }, { id: 'B-2' }, { id: 'C-3', priority: 'Soon' }])
    )
    const second = await scenario.run(
      'pull_request',
      scenario.pullRequest(1, base, head2, 'synchronize')
    )

    expect(second.writes.map(describeRequest)).toEqual([
      `DELETE pulls/comments/${firstComment.id} 204`,
      'POST pulls/1/reviews 200',
      `PATCH issues/comments/${emulator.state.issueComments[0]!.id} 200`
    ])
    expect(emulator.state.reviewComments).toHaveLength(1)
    expect(emulator.state.reviewComments[0]!.commitId).toBe(head2)
    expect(emulator.state.issueComments).toHaveLength(1)
    expect(emulator.state.issueComments[0]!.body).toContain('`C-3`')
    expect(emulator.state.issueComments[0]!.body).not.toContain('`B-2`')
  })

  it('100 new findings: one review, inline comments capped, the rest in the body', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => ({ id: `E-${i}` }))
    const base = scenario.commit('base', ledgerFiles([{ id: 'A-1' }]))
    const head = scenario.commit(
      'head',
      ledgerFiles([{ id: 'A-1' }, ...ids.map((e) => ({ ...e, priority: 'Urgent' }))])
    )
    const { writes } = await scenario.run('pull_request', scenario.pullRequest(1, base, head))

    expect(writes.map(describeRequest)).toEqual([
      'POST pulls/1/reviews 200',
      'POST issues/1/comments 201'
    ])
    const review = writes[0]!.body as { body: string; comments: unknown[] }
    expect(review.comments).toHaveLength(30)
    expect(parseFingerprintMarkers(review.body)).toHaveLength(70)
    expect(review.body).toContain(
      'found 100 new findings in this pull request (30 commented inline)'
    )
    // Nothing new on a re-run, although 70 findings have no inline comment.
    expect(
      (
        await scenario.run('pull_request', {
          ...scenarioPayload(head, base),
          action: 'synchronize'
        })
      ).writes
    ).toEqual([])
  })

  function scenarioPayload(head: string, base: string) {
    return scenario.pullRequest(1, base, head, 'synchronize')
  }

  it('a finding outside the diff is listed in the review body, not commented inline', async () => {
    const cited = 'plans/active/A-1/reports/2025-10-17T025000Z/summary.md'
    const entries = [
      { id: 'A-1', attempts: ['Planning: wrote the plan.', `Evidence: Artifacts: \`${cited}\`.`] }
    ]
    const base = scenario.commit('base', {
      ...ledgerFiles(entries),
      [cited]: 'evidence\n',
      'README.md': 'x\n'
    })
    scenario.repo.remove(cited)
    const head = scenario.commit('head', { 'README.md': 'y\n' })
    const { writes } = await scenario.run('pull_request', scenario.pullRequest(1, base, head))

    const review = writes.find((w) => w.path.endsWith('/reviews'))!.body as {
      body: string
      comments: unknown[]
    }
    expect(review.comments).toEqual([])
    expect(review.body).toContain(
      `https://github.example/${REPOSITORY}/blob/${head}/docs/fix_plan.md#L`
    )
    expect(parseFingerprintMarkers(review.body)).toHaveLength(1)
  })

  it('working-directory: paths in comments, links and annotations stay repository paths', async () => {
    const inner = `examples/demo/${LEDGER}`
    const base = scenario.commit('base', {
      [inner]: ledgerText([{ id: 'A-1' }]),
      'README.md': 'x\n'
    })
    const head = scenario.commit('head', {
      [inner]: ledgerText([{ id: 'A-1', priority: 'Urgent' }]),
      'README.md': 'y\n'
    })
    const { writes, io } = await scenario.run('pull_request', scenario.pullRequest(1, base, head), {
      'working-directory': 'examples/demo'
    })
    const review = writes[0]!.body as { comments: Array<{ path: string; line: number }> }
    expect(review.comments).toEqual([expect.objectContaining({ path: inner, line: 6 })])
    expect(io.annotations[0]).toMatchObject({ file: inner, startLine: 6 })
    expect(io.summary).toContain(`/blob/${head}/examples/demo/docs/fix_plan.md#L6`)
    // SARIF locations resolve from the git root, as code scanning reads them.
    const sarif = JSON.parse(readFileSync(io.outputs.get('sarif') as string, 'utf8'))
    const uris = sarif.runs[0].results.map(
      (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        r.locations[0]?.physicalLocation.artifactLocation.uri
    )
    expect(uris).toContain(inner)
    // findings-json is the full-check document: every finding, no diff-mode fields.
    const findings = JSON.parse(readFileSync(io.outputs.get('findings-json') as string, 'utf8'))
    expect(findings.summary.introduced).toBeUndefined()
    expect(findings.findings.map((f: { file: string }) => f.file)).toContain(LEDGER)
  })

  it('a fork pull request with a read-only token falls back to annotations without failing', async () => {
    const base = scenario.commit('base', ledgerFiles([{ id: 'A-1' }, { id: 'B-2' }]))
    const head = scenario.commit(
      'head',
      ledgerFiles([{ id: 'A-1' }, { id: 'B-2', priority: 'Urgent' }])
    )
    const payload = scenario.pullRequest(1, base, head, 'opened', 'someone/planning-repo')
    const { result, io, writes } = await scenario.run(
      'pull_request',
      payload,
      { 'fail-on': 'never' },
      'ro-token'
    )

    expect(writes.map(describeRequest)).toEqual(['POST pulls/1/reviews 403'])
    expect(result.exitCode).toBe(0)
    expect(io.warnings.join('\n')).toMatch(/read-only token.*pull-requests: write/s)
    expect(io.annotations).toHaveLength(1)
    expect(io.outputs.get('findings-json')).toMatch(/findings\.json$/)
  })

  it('without a token it names the permission and makes no request', async () => {
    const { payload } = openWithOneFinding(scenario)
    const before = emulator.requests.length
    const { io } = await scenario.run('pull_request', payload, {}, '')
    expect(emulator.requests.length).toBe(before)
    expect(io.warnings.join('\n')).toContain('pull-requests: write')
    expect(io.annotations).toHaveLength(1)
  })

  it('a 502 on creating the review is followed by a re-list and one create', async () => {
    const { payload } = openWithOneFinding(scenario)
    emulator.injectFault({
      kind: 'status',
      status: 502,
      method: 'POST',
      route: 'pulls/create-review'
    })
    const { writes, result } = await scenario.run('pull_request', payload)
    expect(writes.map(describeRequest)).toEqual([
      'POST pulls/1/reviews 502',
      'POST pulls/1/reviews 200',
      'POST issues/1/comments 201'
    ])
    expect(result.mode).toBe('review')
    expect(emulator.state.reviews).toHaveLength(1)
  })

  it('a 502 after the review was stored does not post it twice', async () => {
    const { payload } = openWithOneFinding(scenario)
    emulator.injectFault({
      kind: 'after-write',
      status: 502,
      method: 'POST',
      route: 'pulls/create-review'
    })
    emulator.injectFault({
      kind: 'after-write',
      status: 502,
      method: 'POST',
      route: 'issues/create-comment'
    })
    const { writes } = await scenario.run('pull_request', payload)
    expect(writes.map(describeRequest)).toEqual([
      'POST pulls/1/reviews 502',
      'POST issues/1/comments 502'
    ])
    expect(emulator.state.reviews).toHaveLength(1)
    expect(emulator.state.reviewComments).toHaveLength(1)
    expect(emulator.state.issueComments).toHaveLength(1)
  })

  it('waits out a secondary rate limit (retry-after) and a 429, then posts once', async () => {
    const { payload } = openWithOneFinding(scenario)
    emulator.injectFault({
      kind: 'secondary-rate-limit',
      method: 'POST',
      route: 'pulls/create-review',
      retryAfter: 1
    })
    emulator.injectFault({
      kind: 'status',
      status: 429,
      method: 'GET',
      route: 'pulls/list-files',
      retryAfter: 1
    })
    const { writes } = await scenario.run('pull_request', payload)
    expect(writes.map(describeRequest)).toEqual([
      'POST pulls/1/reviews 403',
      'POST pulls/1/reviews 200',
      'POST issues/1/comments 201'
    ])
    expect(emulator.pendingFaults()).toEqual([])
    expect(emulator.state.reviews).toHaveLength(1)
  })

  it("leaves a person's comments alone, even with a forged planguard marker", async () => {
    const { payload } = openWithOneFinding(scenario)
    emulator.seedComment({
      issueNumber: 1,
      body: `${SUMMARY_MARKER}\nI wrote this`,
      user: { login: 'octocat' }
    })
    const human = clientFor(emulator, 'human-token')
    await human.rest.pulls.createReviewComment({
      owner,
      repo,
      pull_number: 1,
      commit_id: emulator.state.pulls[0]!.headSha,
      path: LEDGER,
      line: 14,
      side: 'RIGHT',
      body: `forged ${fingerprintMarker('0123456789abcdef')}`
    })
    const { writes } = await scenario.run('pull_request', payload)

    expect(writes.map(describeRequest)).toEqual([
      'POST pulls/1/reviews 200',
      'POST issues/1/comments 201'
    ])
    const bodies = emulator.state.issueComments.map((c) => [
      c.user.login,
      c.body.includes('I wrote this')
    ])
    expect(bodies).toEqual([
      ['octocat', true],
      [BOT, false]
    ])
    expect(emulator.state.reviewComments.filter((c) => c.user.login === 'octocat')).toHaveLength(1)
  })
})

describe('pull request review from a shallow checkout', () => {
  it('fetches the base commit one deep and reports only what the pull request introduced', async () => {
    const emulator = await startEmulator()
    const scenario = new Scenario(emulator)
    const clone = mkdtempSync(join(tmpdir(), 'planguard-shallow-'))
    try {
      const base = scenario.commit(
        'base',
        ledgerFiles([{ id: 'A-1', priority: 'Someday' }, { id: 'B-2' }])
      )
      const head = scenario.commit(
        'head',
        ledgerFiles([
          { id: 'A-1', priority: 'Someday' },
          { id: 'B-2', priority: 'Urgent' }
        ])
      )
      scenario.repo.git('branch', 'feature', head)
      const payload = scenario.pullRequest(1, base, head)
      execFileSync('git', [
        'clone',
        '-q',
        '--depth=1',
        '--branch',
        'feature',
        `file://${scenario.repo.root}`,
        clone
      ])
      expect(() =>
        execFileSync('git', ['cat-file', '-e', `${base}^{commit}`], { cwd: clone, stdio: 'ignore' })
      ).toThrow()

      const { writes, io } = await scenario.run('pull_request', payload, {}, 'rw-token', clone)
      const review = writes.find((w) => w.path.endsWith('/reviews'))!.body as {
        comments: Array<{ line: number }>
      }
      // A-1's unknown priority was there before the pull request: not reviewed.
      expect(review.comments.map((c) => c.line)).toEqual([14])
      expect(io.annotations.map((a) => a.startLine)).toEqual([14])
    } finally {
      scenario.dispose()
      rmSync(clone, { recursive: true, force: true })
      await emulator.close()
    }
  })
})

describe('pull request review when the base commit cannot be fetched', () => {
  it('reads the base planning files through the contents API', async () => {
    const emulator = await startEmulator()
    const scenario = new Scenario(emulator)
    const clone = mkdtempSync(join(tmpdir(), 'planguard-shallow-'))
    try {
      const baseFiles = ledgerFiles([{ id: 'A-1', priority: 'Someday' }, { id: 'B-2' }])
      const base = scenario.commit('base', baseFiles)
      const head = scenario.commit(
        'head',
        ledgerFiles([
          { id: 'A-1', priority: 'Someday' },
          { id: 'B-2', priority: 'Urgent' }
        ])
      )
      scenario.repo.git('branch', 'feature', head)
      emulator.addCommit({ sha: base, files: baseFiles, date: '2025-10-18T10:00:00Z' })
      const payload = scenario.pullRequest(1, base, head)
      execFileSync('git', [
        'clone',
        '-q',
        '--depth=1',
        '--branch',
        'feature',
        `file://${scenario.repo.root}`,
        clone
      ])
      // No remote to fetch the base from: only the API can tell what the pull request introduced.
      execFileSync('git', ['remote', 'remove', 'origin'], { cwd: clone })

      const { writes, requests, io } = await scenario.run(
        'pull_request',
        payload,
        {},
        'rw-token',
        clone
      )
      const contents = requests.filter((r) => r.path.includes('/contents/'))
      expect(
        contents.map((r) => [
          decodeURIComponent(r.path.replace(`/repos/${REPOSITORY}/contents/`, '')),
          r.query.ref
        ])
      ).toEqual([[LEDGER, base]])
      const review = writes.find((w) => w.path.endsWith('/reviews'))!.body as {
        comments: Array<{ line: number }>
      }
      expect(review.comments.map((c) => c.line)).toEqual([14])
      expect(io.summary).toContain('read through the API')
    } finally {
      scenario.dispose()
      rmSync(clone, { recursive: true, force: true })
      await emulator.close()
    }
  })
})
