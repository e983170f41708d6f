import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from './index.js'
import { clientFor, failure, repoRef } from './helpers.js'

let emulator: Emulator

const FIRST = '1a'.repeat(20)
const SECOND = '2b'.repeat(20)

beforeAll(async () => {
  emulator = await startEmulator({ validateResponses: true })
})
afterAll(async () => {
  await emulator.close()
})
beforeEach(() => {
  emulator.reset()
  emulator.addCommit({
    sha: FIRST,
    date: '2025-10-17T09:30:00Z',
    message: 'Start the ledger',
    files: { 'docs/fix_plan.md': '# Ledger\n', 'plans/active/A-1/implementation.md': '# A-1\n' }
  })
  emulator.addCommit({
    sha: SECOND,
    date: '2025-10-18T10:00:00Z',
    changes: { 'docs/fix_plan.md': '# Ledger\n\n## [A-1] First\n', 'README.md': 'hi' }
  })
})

describe('commits', () => {
  it('answers a commit by sha, abbreviated sha or branch, with its committer date', async () => {
    const octokit = clientFor(emulator)
    const bySha = await octokit.rest.repos.getCommit({ ...repoRef, ref: FIRST })
    expect(bySha.data.commit).toMatchObject({
      message: 'Start the ledger',
      committer: expect.objectContaining({ date: '2025-10-17T09:30:00Z' })
    })
    const short = await octokit.rest.repos.getCommit({ ...repoRef, ref: SECOND.slice(0, 7) })
    expect(short.data.sha).toBe(SECOND)
    expect(short.data.parents.map((parent) => parent.sha)).toEqual([FIRST])
    const branch = await octokit.rest.repos.getCommit({ ...repoRef, ref: 'main' })
    expect(branch.data.sha).toBe(SECOND)
  })

  it('answers 422 for a sha it does not know', async () => {
    const answer = await failure(
      clientFor(emulator).rest.repos.getCommit({ ...repoRef, ref: 'f'.repeat(40) })
    )
    expect(answer.status).toBe(422)
    expect(answer.data.message).toBe(`No commit found for SHA: ${'f'.repeat(40)}`)
  })
})

describe('contents', () => {
  it('serves a file raw or as base64 JSON at a ref, paths with slashes included', async () => {
    const octokit = clientFor(emulator)
    const raw = await octokit.rest.repos.getContent({
      ...repoRef,
      path: 'docs/fix_plan.md',
      ref: FIRST,
      mediaType: { format: 'raw' }
    })
    expect(raw.data).toBe('# Ledger\n')
    const json = await octokit.rest.repos.getContent({ ...repoRef, path: 'docs/fix_plan.md' })
    const file = json.data as { type: string; encoding: string; content: string; sha: string }
    expect(file.type).toBe('file')
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe(
      '# Ledger\n\n## [A-1] First\n'
    )
    // git's own blob id for this text
    expect(file.sha).toMatch(/^[0-9a-f]{40}$/)
    const plain = await fetch(
      `${emulator.url}/repos/octo-org/planning-repo/contents/plans/active/A-1/implementation.md?ref=${FIRST}`,
      { headers: { authorization: 'token rw-token', accept: 'application/vnd.github.raw' } }
    )
    expect(await plain.text()).toBe('# A-1\n')
  })

  it('lists a directory and answers 404 for a missing path or ref', async () => {
    const octokit = clientFor(emulator)
    const root = await octokit.rest.repos.getContent({ ...repoRef, path: '', ref: SECOND })
    expect(
      (root.data as Array<{ path: string; type: string }>).map((e) => [e.path, e.type])
    ).toEqual([
      ['docs', 'dir'],
      ['plans', 'dir'],
      ['README.md', 'file']
    ])
    const missing = await failure(
      octokit.rest.repos.getContent({ ...repoRef, path: 'README.md', ref: FIRST })
    )
    expect(missing.status).toBe(404)
    const noRef = await failure(
      octokit.rest.repos.getContent({ ...repoRef, path: 'README.md', ref: 'nope' })
    )
    expect(noRef.status).toBe(404)
  })
})
