import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from './index.js'
import { clientFor, failure, repoRef, untypedRequest } from './helpers.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator.close()
})
beforeEach(() => emulator.reset())

describe('routing and validation against the OpenAPI description', () => {
  it('answers 404 Not Found with a documentation_url for a route GitHub does not have', async () => {
    const octokit = clientFor(emulator)
    const answer = await failure(
      octokit.request('GET /repos/{owner}/{repo}/no-such-thing', {
        owner: 'octo-org',
        repo: 'planning-repo'
      })
    )
    expect(answer.status).toBe(404)
    expect(answer.data.message).toBe('Not Found')
    expect(answer.data.documentation_url).toEqual(expect.stringContaining('docs.github.com'))
  })

  it('prefers a literal path segment over a parameter (issues/comments is not issue #comments)', async () => {
    emulator.seedIssue({ title: 'tracking' })
    emulator.seedComment({ issueNumber: 1, body: 'hello' })
    const listed = await clientFor(emulator).rest.issues.listCommentsForRepo({ ...repoRef })
    expect(listed.data.map((comment) => comment.body)).toEqual(['hello'])
    expect(emulator.requests.at(-1)?.operationId).toBe('issues/list-comments-for-repo')
  })

  it('answers 404 for a path parameter of the wrong type', async () => {
    const response = await fetch(`${emulator.url}/repos/octo-org/planning-repo/pulls/abc`, {
      headers: { authorization: 'token rw-token' }
    })
    expect(response.status).toBe(404)
  })

  it('answers 400 for a body that is not JSON', async () => {
    const response = await fetch(`${emulator.url}/repos/octo-org/planning-repo/issues`, {
      method: 'POST',
      headers: { authorization: 'token rw-token' },
      body: '{not json'
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { message: string }).message).toBe('Problems parsing JSON')
  })

  it('answers 404 for another repository', async () => {
    const answer = await failure(
      clientFor(emulator).rest.repos.get({ owner: 'someone', repo: 'else' })
    )
    expect(answer.status).toBe(404)
  })

  it('answers 501 for a real GitHub route the emulator does not implement', async () => {
    const answer = await failure(
      clientFor(emulator).rest.issues.lock({
        owner: 'octo-org',
        repo: 'planning-repo',
        issue_number: 1
      })
    )
    expect(answer.status).toBe(501)
    expect(answer.data.message).toMatch(/issues\/lock .* is not implemented/)
  })

  it('rejects an issue without a title with 422 Invalid request', async () => {
    const octokit = clientFor(emulator)
    const answer = await failure(
      untypedRequest(octokit, 'POST /repos/{owner}/{repo}/issues', {
        owner: 'octo-org',
        repo: 'planning-repo',
        body: 'no title'
      })
    )
    expect(answer.status).toBe(422)
    expect(answer.data.message).toBe('Invalid request.\n\n"title" wasn\'t supplied.')
    expect(answer.data.errors).toEqual([
      expect.objectContaining({ field: 'title', code: 'missing_field' })
    ])
    expect(emulator.state.issues).toHaveLength(0)
  })

  it('rejects a query parameter outside its enum', async () => {
    const answer = await failure(
      untypedRequest(clientFor(emulator), 'GET /repos/{owner}/{repo}/issues', {
        owner: 'octo-org',
        repo: 'planning-repo',
        state: 'sideways'
      })
    )
    expect(answer.status).toBe(422)
    expect(answer.data.message).toContain('"sideways" is not one of ["open", "closed", "all"]')
  })

  it('answers the repository with its default branch and rate-limit headers', async () => {
    const response = await clientFor(emulator).rest.repos.get({
      owner: 'octo-org',
      repo: 'planning-repo'
    })
    expect(response.data.full_name).toBe('octo-org/planning-repo')
    expect(response.data.default_branch).toBe('main')
    expect(response.data.permissions?.push).toBe(true)
    expect(response.headers['x-ratelimit-limit']).toBe('5000')
    expect(Number(response.headers['x-ratelimit-remaining'])).toBeLessThan(5000)
  })
})

describe('authentication and permissions', () => {
  it('answers 401 Bad credentials for an unknown token', async () => {
    const answer = await failure(
      clientFor(emulator, 'forged').rest.repos.get({ owner: 'octo-org', repo: 'planning-repo' })
    )
    expect(answer.status).toBe(401)
    expect(answer.data.message).toBe('Bad credentials')
  })

  it('answers 401 Requires authentication without a token', async () => {
    const response = await fetch(`${emulator.url}/repos/octo-org/planning-repo`)
    expect(response.status).toBe(401)
    expect(((await response.json()) as { message: string }).message).toBe('Requires authentication')
  })

  it('refuses a write with a read-only token, leaving the state alone', async () => {
    emulator.seedIssue({ title: 'Tracking', labels: ['planguard'] })
    const answer = await failure(
      clientFor(emulator, 'ro-token').rest.issues.update({
        owner: 'octo-org',
        repo: 'planning-repo',
        issue_number: 1,
        title: 'changed'
      })
    )
    expect(answer.status).toBe(403)
    expect(answer.data.message).toBe('Resource not accessible by integration')
    expect(answer.headers['x-accepted-github-permissions']).toContain('issues=write')
    expect(emulator.state.issues[0]?.title).toBe('Tracking')
    expect(emulator.writes()).toEqual([
      expect.objectContaining({ method: 'PATCH', status: 403, token: 'ro-token' })
    ])
  })

  it('lets a read-only token read', async () => {
    emulator.seedIssue({ title: 'Readable' })
    const response = await clientFor(emulator, 'ro-token').rest.issues.get({
      owner: 'octo-org',
      repo: 'planning-repo',
      issue_number: 1
    })
    expect(response.data.title).toBe('Readable')
  })

  it('refuses GET /user to an installation token, as GitHub does', async () => {
    const bot = await failure(clientFor(emulator).rest.users.getAuthenticated())
    expect(bot.status).toBe(403)
    const human = await clientFor(emulator, 'human-token').rest.users.getAuthenticated()
    expect(human.data.login).toBe('octocat')
  })

  it('reports the rate limit standing of the token', async () => {
    const octokit = clientFor(emulator)
    await octokit.rest.repos.get({ ...repoRef })
    const standing = await octokit.rest.rateLimit.get()
    // As on GitHub, asking for the standing does not count against it.
    expect(standing.data.rate).toMatchObject({ limit: 5000, used: 1, remaining: 4999 })
  })
})
