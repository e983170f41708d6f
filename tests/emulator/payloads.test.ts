import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import {
  ZERO_SHA,
  actionEnvironment,
  branchDeletionPayload,
  issuesPayload,
  pullRequestPayload,
  pushPayload,
  tagPushPayload,
  workflowDispatchPayload,
  writeEventFile
} from './payloads.js'

const HEAD = 'a'.repeat(40)

/** The parts of a pull_request payload's `pull_request` these tests read. */
interface PullShape {
  number: number
  html_url: string
  head: { sha: string; label: string; repo: Record<string, unknown> | null }
  base: { sha: string; ref: string; repo: { full_name: string } }
}

function repositoryOf(payload: Record<string, unknown>): Record<string, unknown> {
  return payload.repository as Record<string, unknown>
}

describe('webhook payloads rewritten to the test repository', () => {
  it.each(['opened', 'synchronize', 'reopened', 'ready_for_review', 'closed'] as const)(
    'pull_request %s names the test repository, number and shas',
    (action) => {
      const payload = pullRequestPayload(action, {
        number: 42,
        headSha: HEAD,
        baseSha: 'b'.repeat(40)
      })
      const pull = payload.pull_request as PullShape
      expect(payload.action).toBe(action)
      expect(payload.number).toBe(42)
      expect(pull.number).toBe(42)
      expect(pull.head.sha).toBe(HEAD)
      expect(pull.base).toMatchObject({ sha: 'b'.repeat(40), ref: 'main' })
      expect(pull.base.repo.full_name).toBe('octo-org/planning-repo')
      expect(pull.html_url).toBe('https://github.com/octo-org/planning-repo/pull/42')
      expect(repositoryOf(payload)).toMatchObject({
        full_name: 'octo-org/planning-repo',
        name: 'planning-repo',
        default_branch: 'main',
        owner: expect.objectContaining({ login: 'octo-org' })
      })
      expect(JSON.stringify(payload)).not.toContain('Hello-World')
    }
  )

  it('marks a fork pull request by its head repository', () => {
    const payload = pullRequestPayload('opened', {
      number: 5,
      headSha: HEAD,
      headRepo: { fullName: 'outsider/planning-repo' }
    })
    const head = (payload.pull_request as PullShape).head
    expect(head.repo).toMatchObject({ full_name: 'outsider/planning-repo', fork: true })
    expect(head.label).toBe('outsider:feature/pr-5')
    const base = (payload.pull_request as PullShape).base
    expect(head.repo?.id).not.toBe((base.repo as { id?: number }).id)
  })

  it('builds pushes to a branch, of a tag, and of a branch deletion', () => {
    const push = pushPayload({ before: 'c'.repeat(40), after: HEAD, defaultBranch: 'trunk' })
    expect(push).toMatchObject({
      ref: 'refs/heads/trunk',
      before: 'c'.repeat(40),
      after: HEAD,
      created: false,
      deleted: false
    })
    expect((push.head_commit as Record<string, unknown>).id).toBe(HEAD)
    expect(repositoryOf(push).default_branch).toBe('trunk')
    const tag = tagPushPayload({ tag: 'v1.0.0', sha: HEAD })
    expect(tag).toMatchObject({ ref: 'refs/tags/v1.0.0', before: ZERO_SHA, after: HEAD })
    const deletion = branchDeletionPayload({ branch: 'feature/x', before: HEAD })
    expect(deletion).toMatchObject({
      ref: 'refs/heads/feature/x',
      after: ZERO_SHA,
      deleted: true,
      head_commit: null
    })
  })

  it('builds workflow_dispatch and issues payloads', () => {
    const dispatch = workflowDispatchPayload({ inputs: { mode: 'check' } })
    expect(dispatch).toMatchObject({ ref: 'refs/heads/main', inputs: { mode: 'check' } })
    expect(repositoryOf(dispatch).full_name).toBe('octo-org/planning-repo')
    const issue = issuesPayload('opened', { number: 9, title: 'Ledger' })
    expect(issue.issue).toMatchObject({
      number: 9,
      title: 'Ledger',
      html_url: 'https://github.com/octo-org/planning-repo/issues/9'
    })
  })

  it('writes an event file and the matching environment', () => {
    const payload = pushPayload({ after: HEAD })
    const path = writeEventFile(payload)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(payload)
    const env = actionEnvironment({
      apiUrl: 'http://127.0.0.1:1',
      eventName: 'push',
      eventPath: path,
      sha: HEAD,
      ref: 'refs/heads/main'
    })
    expect(env).toMatchObject({
      GITHUB_EVENT_PATH: path,
      GITHUB_API_URL: 'http://127.0.0.1:1',
      GITHUB_REPOSITORY: 'octo-org/planning-repo'
    })
  })
})
