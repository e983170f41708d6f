import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { planWork, type RunContext, ZERO_SHA } from '../../src/action/events.js'

const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)

function context(eventName: string, payload: Record<string, unknown>): RunContext {
  return { eventName, payload, repository: 'o/r', sha: HEAD, ref: 'refs/heads/main' }
}

function pullRequest(action: string, headRepo: unknown = { full_name: 'o/r' }) {
  return context('pull_request', {
    action,
    pull_request: {
      number: 7,
      head: { sha: HEAD, repo: headRepo },
      base: { sha: BASE, ref: 'main', repo: { full_name: 'o/r' } }
    }
  })
}

describe('planWork', () => {
  it.each(['opened', 'synchronize', 'reopened', 'ready_for_review'])(
    'reviews pull_request %s',
    (action) => {
      expect(planWork(pullRequest(action))).toEqual({
        mode: 'review',
        pullNumber: 7,
        headSha: HEAD,
        baseSha: BASE,
        baseRef: 'main',
        fromFork: false
      })
    }
  )

  it('marks pull requests from forks', () => {
    expect(planWork(pullRequest('opened', { full_name: 'fork/r' }))).toMatchObject({
      mode: 'review',
      fromFork: true
    })
  })

  it('skips other pull_request actions and pull requests whose head repository is gone', () => {
    expect(planWork(pullRequest('closed')).mode).toBe('skip')
    expect(planWork(pullRequest('labeled')).mode).toBe('skip')
    const gone = planWork(pullRequest('synchronize', null))
    expect(gone).toEqual({
      mode: 'skip',
      reason: 'pull request #7: its head repository was deleted'
    })
  })

  const push = (ref: string, extra: Record<string, unknown> = {}) =>
    context('push', {
      ref,
      before: BASE,
      after: HEAD,
      repository: { default_branch: 'main' },
      ...extra
    })

  it('mirrors pushes to the default branch and checks what they introduced', () => {
    expect(
      planWork(push('refs/heads/main', { head_commit: { timestamp: '2025-10-18T10:00:00Z' } }))
    ).toEqual({
      mode: 'mirror',
      sha: HEAD,
      before: BASE,
      timestamp: '2025-10-18T10:00:00Z'
    })
  })

  it('only checks pushes to other branches and workflow_dispatch', () => {
    expect(planWork(push('refs/heads/feature'))).toEqual({ mode: 'check', sha: HEAD, before: BASE })
    expect(planWork(context('workflow_dispatch', {}))).toEqual({ mode: 'check', sha: HEAD })
  })

  it('treats a new branch (before = zeros) as having no base', () => {
    expect(planWork(push('refs/heads/feature', { before: ZERO_SHA }))).toEqual({
      mode: 'check',
      sha: HEAD
    })
  })

  it('skips tag pushes, branch deletions and unrelated events', () => {
    expect(planWork(push('refs/tags/v1')).mode).toBe('skip')
    expect(planWork(push('refs/heads/old', { deleted: true, after: ZERO_SHA })).mode).toBe('skip')
    expect(planWork(context('issues', { action: 'opened' }))).toEqual({
      mode: 'skip',
      reason: 'planguard does nothing on issues events'
    })
  })
})

describe('planWork on the recorded webhook examples', () => {
  const examples = JSON.parse(
    readFileSync(
      resolve('node_modules/@octokit/webhooks-examples/api.github.com/index.json'),
      'utf8'
    )
  ) as Array<{ name: string; examples: Array<Record<string, unknown>> }>
  const of = (name: string) => examples.find((e) => e.name === name)?.examples ?? []
  const run = (eventName: string, payload: Record<string, unknown>) =>
    planWork({ eventName, payload, repository: 'o/r', sha: HEAD, ref: '' })

  it('reviews exactly the pull request actions that change what is reviewed', () => {
    const modes = new Map<string, Set<string>>()
    for (const payload of of('pull_request')) {
      const action = String(payload.action)
      if (!modes.has(action)) modes.set(action, new Set())
      modes.get(action)!.add(run('pull_request', payload).mode)
    }
    for (const [action, seen] of modes) {
      const reviewed = ['opened', 'synchronize', 'reopened', 'ready_for_review'].includes(action)
      expect([action, [...seen]]).toEqual([action, [reviewed ? 'review' : 'skip']])
    }
  })

  it('mirrors default-branch pushes and skips tags and deletions', () => {
    for (const payload of of('push')) {
      const mode = run('push', payload).mode
      const ref = String(payload.ref)
      if (payload.deleted === true || ref.startsWith('refs/tags/')) expect(mode).toBe('skip')
      else expect(mode).toBe('mirror')
    }
    for (const payload of of('workflow_dispatch'))
      expect(run('workflow_dispatch', payload).mode).toBe('check')
  })
})
