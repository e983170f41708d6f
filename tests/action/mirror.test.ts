import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { parseMirrorMarker } from '../../src/github/markers.js'
import { MIRROR_BODY_BUDGET } from '../../src/github/mirror/render.js'
import { clientFor } from '../emulator/helpers.js'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { describeRequest, ledgerFiles, REPOSITORY, Scenario } from './harness.js'

const [owner, repo] = REPOSITORY.split('/') as [string, string]

describe('tracking issue on pushes to the default branch', () => {
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

  it('first push creates the label and the issue; the same push again writes nothing', async () => {
    const { first, payload } = firstPush()
    const run1 = await scenario.run('push', payload)
    expect(run1.writes.map(describeRequest)).toEqual(['POST labels 201', 'POST issues 201'])
    const issue = emulator.state.issues[0]!
    expect(issue.labels).toEqual(['planguard'])
    expect(parseMirrorMarker(issue.body)?.sha).toBe(first)
    expect(issue.body).toContain(
      `https://github.example/${REPOSITORY}/blob/${first}/docs/fix_plan.md#L5`
    )
    expect(issue.body).toContain('### A-1')
    expect(run1.io.outputs.get('tracking-issue')).toBe(String(issue.number))
    expect(run1.result.exitCode).toBe(0)

    const run2 = await scenario.run('push', payload)
    expect(run2.writes).toEqual([])
    // Only reads, and the lookup goes through the issue list filtered by label and creator.
    const list = run2.requests.find((r) => r.path.endsWith('/issues') && r.method === 'GET')!
    expect(list.query).toMatchObject({
      labels: 'planguard',
      creator: 'github-actions[bot]',
      state: 'all'
    })
    expect(run2.requests.some((r) => r.path.startsWith('/search'))).toBe(false)
  })

  it('a ledger change updates the issue once; an older run afterwards writes nothing', async () => {
    const { root, first, payload } = firstPush()
    await scenario.run('push', payload)
    const second = scenario.commit(
      'ledger 2',
      ledgerFiles([{ id: 'A-1' }, { id: 'B-2' }, { id: 'C-3' }]),
      '2025-10-19T10:00:00Z'
    )
    const update = await scenario.run('push', scenario.pushPayload(first, second))
    expect(update.writes.map(describeRequest)).toEqual([
      `PATCH issues/${emulator.state.issues[0]!.number} 200`
    ])
    expect(emulator.state.issues[0]!.body).toContain('### C-3')

    // A re-run of the first push, checked out at its own commit, after the second was mirrored.
    const late = await scenario.run('push', scenario.pushPayload(root, first))
    expect(late.writes).toEqual([])
    expect(parseMirrorMarker(emulator.state.issues[0]!.body)?.sha).toBe(second)
    expect(late.io.summary).toContain('already mirrors a newer commit')
  })

  it('an older run in a one-commit-deep checkout is ordered by the dates in the marker', async () => {
    const { root, first, payload } = firstPush()
    await scenario.run('push', payload)
    scenario.repo.git('branch', 'first', first)
    const second = scenario.commit('ledger 2', ledgerFiles([{ id: 'C-3' }]), '2025-10-19T10:00:00Z')
    await scenario.run('push', scenario.pushPayload(first, second))
    expect(parseMirrorMarker(emulator.state.issues[0]!.body)).toMatchObject({
      sha: second,
      committedAt: Date.parse('2025-10-19T10:00:00Z') / 1000
    })

    const clone = mkdtempSync(join(tmpdir(), 'planguard-shallow-'))
    try {
      execFileSync('git', [
        'clone',
        '-q',
        '--depth=1',
        '--branch',
        'first',
        `file://${scenario.repo.root}`,
        clone
      ])
      const late = await scenario.run(
        'push',
        scenario.pushPayload(root, first),
        {},
        'rw-token',
        clone
      )
      expect(late.writes).toEqual([])
      expect(late.io.summary).toContain('already mirrors a newer commit')
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  })

  it('an issue closed by a person is kept current but never reopened', async () => {
    const { first, payload } = firstPush()
    await scenario.run('push', payload)
    const number = emulator.state.issues[0]!.number
    await clientFor(emulator, 'human-token').rest.issues.update({
      owner,
      repo,
      issue_number: number,
      state: 'closed'
    })
    const second = scenario.commit(
      'ledger 2',
      ledgerFiles([{ id: 'A-1', priority: 'Low' }]),
      '2025-10-19T10:00:00Z'
    )
    const { writes } = await scenario.run('push', scenario.pushPayload(first, second))
    expect(writes.map(describeRequest)).toEqual([`PATCH issues/${number} 200`])
    expect(writes[0]!.body).not.toHaveProperty('state')
    expect(emulator.state.issues[0]!.state).toBe('closed')
  })

  it('a deleted issue is created again', async () => {
    const { first, payload } = firstPush()
    await scenario.run('push', payload)
    emulator.deleteIssue(emulator.state.issues[0]!.number)
    const second = scenario.commit(
      'ledger 2',
      ledgerFiles([{ id: 'A-1', priority: 'Low' }]),
      '2025-10-19T10:00:00Z'
    )
    const { writes, io } = await scenario.run('push', scenario.pushPayload(first, second))
    expect(writes.map(describeRequest)).toEqual(['POST issues 201'])
    expect(io.outputs.get('tracking-issue')).toBe(String(emulator.state.issues.at(-1)!.number))
  })

  it('a 502 after the issue was stored does not create a second one', async () => {
    const { payload } = firstPush()
    emulator.injectFault({
      kind: 'after-write',
      status: 502,
      method: 'POST',
      route: 'issues/create'
    })
    const { writes } = await scenario.run('push', payload)
    expect(writes.map(describeRequest)).toEqual(['POST labels 201', 'POST issues 502'])
    expect(emulator.state.issues).toHaveLength(1)
  })

  it('5,000 entries stay within the body budget and end with a notice', async () => {
    const entries = Array.from({ length: 5000 }, (_, i) => ({ id: `BULK-${i}` }))
    const root = scenario.commit('root', { 'README.md': 'x\n' })
    const head = scenario.commit('ledger', ledgerFiles(entries))
    const { writes } = await scenario.run('push', scenario.pushPayload(root, head), {
      'fail-on': 'never'
    })
    const body = (writes.find((w) => w.path.endsWith('/issues'))!.body as { body: string }).body
    expect(body.length).toBeLessThanOrEqual(MIRROR_BODY_BUDGET)
    expect(body.trimEnd()).toMatch(/left out\. The full ledger is in docs\/fix_plan\.md\.$/)
  })

  it('sub-issues: one per active entry, closed when the entry is done', async () => {
    const { first, payload } = firstPush()
    await scenario.run('push', payload, { 'sub-issues': 'true' })
    const parent = emulator.state.issues[0]!
    expect(parent.subIssueIds).toHaveLength(1)
    const child = emulator.state.issues.find((i) => i.id === parent.subIssueIds[0])!
    expect(child.title).toBe('[A-1] Work on a-1')

    const second = scenario.commit(
      'done',
      ledgerFiles([
        { id: 'A-1', status: 'done' },
        { id: 'B-2', status: 'done' }
      ]),
      '2025-10-19T10:00:00Z'
    )
    const { writes } = await scenario.run('push', scenario.pushPayload(first, second), {
      'sub-issues': 'true'
    })
    expect(writes.map(describeRequest)).toEqual([
      `PATCH issues/${parent.number} 200`,
      `PATCH issues/${child.number} 200`
    ])
    expect(emulator.state.issues.find((i) => i.id === child.id)!.state).toBe('closed')
  })

  it('pushes to other branches, tags and deletions only check or skip, without requests', async () => {
    const { root, first } = firstPush()
    const before = emulator.requests.length
    const branch = await scenario.run(
      'push',
      scenario.pushPayload(root, first, 'refs/heads/feature')
    )
    expect(branch.result.mode).toBe('check')
    const tag = await scenario.run('push', scenario.pushPayload(root, first, 'refs/tags/v1'))
    expect(tag.result).toEqual({ exitCode: 0, mode: 'skip' })
    const deletion = await scenario.run('push', {
      ...scenario.pushPayload(root, first, 'refs/heads/old'),
      deleted: true,
      after: '0'.repeat(40)
    })
    expect(deletion.result).toEqual({ exitCode: 0, mode: 'skip' })
    expect(emulator.requests.length).toBe(before)
  })
})

describe('tracking issue when issues are disabled', () => {
  it('warns in the summary instead of failing', async () => {
    const emulator = await startEmulator({ issuesEnabled: false })
    const scenario = new Scenario(emulator)
    try {
      const root = scenario.commit('root', { 'README.md': 'x\n' })
      const head = scenario.commit('ledger', ledgerFiles([{ id: 'A-1' }]))
      const { result, io, writes } = await scenario.run('push', scenario.pushPayload(root, head))
      expect(writes).toEqual([])
      expect(result.exitCode).toBe(0)
      expect(io.summary).toContain('issues are disabled')
      expect(io.warnings).toEqual([expect.stringContaining('tracking-issue: false')])
    } finally {
      scenario.dispose()
      await emulator.close()
    }
  })
})

describe('tracking issue ordering through the API', () => {
  it('asks the commits API for the mirrored commit date when neither git nor the marker knows it', async () => {
    const emulator = await startEmulator()
    const scenario = new Scenario(emulator)
    const clone = mkdtempSync(join(tmpdir(), 'planguard-shallow-'))
    try {
      const root = scenario.commit('root', { 'README.md': 'x\n' }, '2025-10-17T10:00:00Z')
      const first = scenario.commit('ledger', ledgerFiles([{ id: 'A-1' }]), '2025-10-18T10:00:00Z')
      scenario.repo.git('branch', 'first', first)
      // Mirrored by an older planguard, whose marker had no date, from a commit this clone lacks.
      const newer = 'd'.repeat(40)
      emulator.addCommit({ sha: newer, files: {}, date: '2025-10-19T10:00:00Z' })
      const issue = emulator.seedIssue({
        title: 'planguard: planning ledger',
        body: `<!-- planguard:mirror sha=${newer} hash=0123456789abcdef -->\n\nold body\n`,
        labels: ['planguard'],
        user: { login: 'github-actions[bot]' }
      })
      execFileSync('git', [
        'clone',
        '-q',
        '--depth=1',
        '--branch',
        'first',
        `file://${scenario.repo.root}`,
        clone
      ])

      const { writes, requests } = await scenario.run(
        'push',
        scenario.pushPayload(root, first),
        {},
        'rw-token',
        clone
      )
      expect(writes).toEqual([])
      expect(requests.some((r) => r.path === `/repos/${REPOSITORY}/commits/${newer}`)).toBe(true)
      expect(emulator.state.issues.find((i) => i.number === issue.number)!.body).toContain(
        'old body'
      )
    } finally {
      scenario.dispose()
      rmSync(clone, { recursive: true, force: true })
      await emulator.close()
    }
  })
})
