import { describe, expect, it } from '@jest/globals'
import type { GitHubClient } from '../../src/github/client.js'
import { parseFingerprintMarkers } from '../../src/github/markers.js'
import { parsePatch } from '../../src/github/review/diff.js'
import { publishReview } from '../../src/github/review/publish.js'
import { finding } from './fixtures.js'

/**
 * A refused comment position cannot be produced through the emulator (it places comments with
 * the same patches planguard reads), so this one path is exercised with a hand-written client.
 */
function fakeClient(refuseInline: boolean) {
  const posted: Array<{ body: string; comments: unknown[] }> = []
  const pulls = {
    listReviewComments: () => undefined,
    listReviews: () => undefined,
    deleteReviewComment: async () => ({}),
    createReview: async (params: { body: string; comments: unknown[] }) => {
      if (refuseInline && params.comments.length > 0) {
        throw Object.assign(new Error('Unprocessable Entity: line must be part of the diff'), {
          status: 422
        })
      }
      posted.push({ body: params.body, comments: params.comments })
      return { data: { id: posted.length } }
    }
  }
  const client = { rest: { pulls }, paginate: async () => [] } as unknown as GitHubClient
  return { client, posted }
}

const target = { owner: 'o', repo: 'r', pullNumber: 1, headSha: 'a'.repeat(40) }
const options = {
  introduced: [finding({ fingerprint: 'fp1', line: 2 })],
  diffs: new Map([['docs/fix_plan.md', parsePatch('docs/fix_plan.md', '@@ -1 +1,2 @@\n a\n+b')]]),
  botLogin: 'github-actions[bot]',
  maxInlineComments: 30
}

describe('publishReview', () => {
  it('posts inline comments with repository paths under working-directory', async () => {
    const { client, posted } = fakeClient(false)
    const outcome = await publishReview(client, target, { ...options, pathPrefix: 'examples/demo' })
    expect(outcome.reviewId).toBe(1)
    expect(posted[0]!.comments).toEqual([
      expect.objectContaining({ path: 'examples/demo/docs/fix_plan.md', line: 2, side: 'RIGHT' })
    ])
  })

  it('moves the findings into the review body when GitHub refuses a comment position', async () => {
    const { client, posted } = fakeClient(true)
    const outcome = await publishReview(client, target, options)
    expect(posted).toHaveLength(1)
    expect(posted[0]!.comments).toEqual([])
    expect(parseFingerprintMarkers(posted[0]!.body)).toEqual(['fp1'])
    expect(outcome.plan.listed.map((f) => f.fingerprint)).toEqual(['fp1'])
  })
})
