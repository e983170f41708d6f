import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from './index.js'
import { clientFor, failure, repoRef, untypedRequest } from './helpers.js'

let emulator: Emulator

const HEAD = 'c0ffee'.padEnd(40, '0')

// Old lines 10-13, new lines 10-14: old 11 removed, new 11-12 added (new 14 is old 13, so
// LEFT 14 is outside the diff); a second hunk at old 40 / new 41.
const LEDGER_PATCH = [
  '@@ -10,4 +10,5 @@ ## Index',
  ' context ten',
  '-old eleven',
  '+new eleven',
  '+new twelve',
  ' context thirteen',
  ' context fourteen',
  '@@ -40,2 +41,3 @@ ## Attempts',
  ' context forty-one',
  '+added forty-two',
  ' context forty-three'
].join('\n')

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  await emulator.close()
})
beforeEach(() => {
  emulator.reset()
  emulator.addPullRequest({
    number: 12,
    title: 'Update ledger',
    headSha: HEAD,
    files: [
      { filename: 'docs/fix_plan.md', patch: LEDGER_PATCH },
      { filename: 'assets/logo.png', status: 'added' }
    ]
  })
})

describe('pull requests', () => {
  it('answers the pull request with head and base', async () => {
    const pull = await clientFor(emulator).rest.pulls.get({ ...repoRef, pull_number: 12 })
    expect(pull.data).toMatchObject({
      number: 12,
      title: 'Update ledger',
      head: { sha: HEAD, repo: { full_name: 'octo-org/planning-repo' } },
      base: { ref: 'main' },
      changed_files: 2
    })
  })

  it('lists files with patches, paginated', async () => {
    const octokit = clientFor(emulator)
    const page = await octokit.rest.pulls.listFiles({ ...repoRef, pull_number: 12, per_page: 1 })
    expect(page.data).toEqual([
      expect.objectContaining({
        filename: 'docs/fix_plan.md',
        patch: LEDGER_PATCH,
        additions: 3,
        deletions: 1
      })
    ])
    expect(page.headers.link).toContain('rel="next"')
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repoRef,
      pull_number: 12,
      per_page: 1
    })
    expect(all.map((file) => [file.filename, 'patch' in file])).toEqual([
      ['docs/fix_plan.md', true],
      ['assets/logo.png', false]
    ])
  })
})

describe('reviews', () => {
  it('stores a COMMENT review with comments placed by line+side and by position', async () => {
    const octokit = clientFor(emulator)
    const review = await octokit.rest.pulls.createReview({
      ...repoRef,
      pull_number: 12,
      commit_id: HEAD,
      event: 'COMMENT',
      body: 'planguard found 3 problems',
      comments: [
        { path: 'docs/fix_plan.md', line: 12, side: 'RIGHT', body: 'added line' },
        { path: 'docs/fix_plan.md', line: 11, side: 'LEFT', body: 'removed line' },
        { path: 'docs/fix_plan.md', start_line: 11, line: 13, side: 'RIGHT', body: 'range' },
        { path: 'docs/fix_plan.md', position: 9, body: 'by position' }
      ]
    })
    expect(review.data).toMatchObject({
      state: 'COMMENTED',
      commit_id: HEAD,
      body: 'planguard found 3 problems'
    })
    const comments = await octokit.rest.pulls.listReviewComments({ ...repoRef, pull_number: 12 })
    expect(
      comments.data.map((c) => [
        c.body,
        c.line,
        c.side,
        c.start_line,
        c.position,
        c.pull_request_review_id
      ])
    ).toEqual([
      ['added line', 12, 'RIGHT', null, 4, review.data.id],
      ['removed line', 11, 'LEFT', null, 2, review.data.id],
      ['range', 13, 'RIGHT', 11, 5, review.data.id],
      ['by position', 42, 'RIGHT', null, 9, review.data.id]
    ])
    expect(comments.data[0]?.diff_hunk.split('\n')).toHaveLength(5)
    const listed = await octokit.rest.pulls.listReviews({ ...repoRef, pull_number: 12 })
    expect(listed.data.map((r) => r.id)).toEqual([review.data.id])
  })

  it('refuses the whole review when one comment is outside the diff, storing nothing', async () => {
    const answer = await failure(
      clientFor(emulator).rest.pulls.createReview({
        ...repoRef,
        pull_number: 12,
        event: 'COMMENT',
        body: 'two findings',
        comments: [
          { path: 'docs/fix_plan.md', line: 12, body: 'fine' },
          { path: 'docs/fix_plan.md', line: 30, body: 'between hunks' }
        ]
      })
    )
    expect(answer.status).toBe(422)
    expect(answer.data).toMatchObject({
      message: 'Unprocessable Entity',
      errors: ['Line could not be resolved']
    })
    expect(emulator.state.reviews).toHaveLength(0)
    expect(emulator.state.reviewComments).toHaveLength(0)
  })

  it('refuses lines on the wrong side, unknown paths, files without a patch and ranges across hunks', async () => {
    const octokit = clientFor(emulator)
    const attempt = (comment: Record<string, unknown>) =>
      failure(
        untypedRequest(octokit, 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
          ...repoRef,
          pull_number: 12,
          event: 'COMMENT',
          body: 'x',
          comments: [{ body: 'c', ...comment }]
        })
      )
    const wrongSide = await attempt({ path: 'docs/fix_plan.md', line: 14, side: 'LEFT' })
    expect(wrongSide.data.errors).toEqual(['Line could not be resolved'])
    const unknownPath = await attempt({ path: 'docs/other.md', line: 1 })
    expect(unknownPath.data.errors).toEqual(['Path could not be resolved'])
    const binary = await attempt({ path: 'assets/logo.png', line: 1 })
    expect(binary.data.errors).toEqual(['Line could not be resolved'])
    const acrossHunks = await attempt({ path: 'docs/fix_plan.md', start_line: 12, line: 42 })
    expect(acrossHunks.status).toBe(422)
    expect(emulator.state.reviews).toHaveLength(0)
  })

  it('rejects an event outside the enum with 422 Invalid request', async () => {
    const answer = await failure(
      untypedRequest(
        clientFor(emulator),
        'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        {
          ...repoRef,
          pull_number: 12,
          event: 'COMMENTED',
          body: 'x'
        }
      )
    )
    expect(answer.status).toBe(422)
    expect(answer.data.message).toBe(
      'Invalid request.\n\nFor \'event\', "COMMENTED" is not one of ["APPROVE", "REQUEST_CHANGES", "COMMENT"].'
    )
    expect(emulator.state.reviews).toHaveLength(0)
  })

  it('refuses a review body or comment body over 65536 characters', async () => {
    const octokit = clientFor(emulator)
    const longBody = await failure(
      octokit.rest.pulls.createReview({
        ...repoRef,
        pull_number: 12,
        event: 'COMMENT',
        body: 'z'.repeat(65537)
      })
    )
    expect(longBody.status).toBe(422)
    const longComment = await failure(
      octokit.rest.pulls.createReview({
        ...repoRef,
        pull_number: 12,
        event: 'COMMENT',
        body: 'ok',
        comments: [{ path: 'docs/fix_plan.md', line: 12, body: 'z'.repeat(65537) }]
      })
    )
    expect(longComment.status).toBe(422)
    expect(emulator.state.reviews).toHaveLength(0)
  })

  it('refuses an approval from GitHub Actions and a commit outside the pull request', async () => {
    const octokit = clientFor(emulator)
    const approve = await failure(
      octokit.rest.pulls.createReview({ ...repoRef, pull_number: 12, event: 'APPROVE' })
    )
    expect(approve.data.errors).toEqual([
      'GitHub Actions is not permitted to approve pull requests.'
    ])
    const stale = await failure(
      octokit.rest.pulls.createReview({
        ...repoRef,
        pull_number: 12,
        commit_id: 'f'.repeat(40),
        event: 'COMMENT',
        body: 'x'
      })
    )
    expect(stale.status).toBe(422)
  })

  it('updates and deletes review comments', async () => {
    const octokit = clientFor(emulator)
    await octokit.rest.pulls.createReview({
      ...repoRef,
      pull_number: 12,
      event: 'COMMENT',
      body: 'one',
      comments: [{ path: 'docs/fix_plan.md', line: 12, body: 'first' }]
    })
    const id = emulator.state.reviewComments[0]!.id
    const updated = await octokit.rest.pulls.updateReviewComment({
      ...repoRef,
      comment_id: id,
      body: 'second'
    })
    expect(updated.data.body).toBe('second')
    const deleted = await octokit.rest.pulls.deleteReviewComment({ ...repoRef, comment_id: id })
    expect(deleted.status).toBe(204)
    expect(emulator.state.reviewComments).toHaveLength(0)
    const missing = await failure(
      octokit.rest.pulls.deleteReviewComment({ ...repoRef, comment_id: id })
    )
    expect(missing.status).toBe(404)
  })

  it('keeps the commit history of a pull request pushed to again', async () => {
    const next = 'beef'.padEnd(40, '1')
    emulator.addPullRequest({
      number: 12,
      headSha: next,
      files: [{ filename: 'docs/fix_plan.md', patch: LEDGER_PATCH }]
    })
    const octokit = clientFor(emulator)
    const onOld = await octokit.rest.pulls.createReview({
      ...repoRef,
      pull_number: 12,
      commit_id: HEAD,
      event: 'COMMENT',
      body: 'outdated but accepted'
    })
    expect(onOld.data.commit_id).toBe(HEAD)
    const pull = await octokit.rest.pulls.get({ ...repoRef, pull_number: 12 })
    expect(pull.data.head.sha).toBe(next)
  })

  it('names the hunk rule when a range crosses hunks', async () => {
    const answer = await failure(
      clientFor(emulator).rest.pulls.createReview({
        ...repoRef,
        pull_number: 12,
        event: 'COMMENT',
        body: 'x',
        comments: [{ path: 'docs/fix_plan.md', start_line: 12, line: 42, body: 'range' }]
      })
    )
    expect(answer.data.errors).toEqual([
      'Pull request review thread start line must be part of the same hunk as the line.'
    ])
  })

  it('lists reviews and inline comments other people left', async () => {
    const human = emulator.seedReview({
      pullNumber: 12,
      body: 'looks odd',
      comments: [{ path: 'docs/fix_plan.md', line: 42, body: '<!-- planguard:finding x -->forged' }]
    })
    const octokit = clientFor(emulator)
    const reviews = await octokit.rest.pulls.listReviews({ ...repoRef, pull_number: 12 })
    expect(reviews.data).toEqual([
      expect.objectContaining({
        id: human.id,
        state: 'COMMENTED',
        user: expect.objectContaining({ login: 'octocat' })
      })
    ])
    const comments = await octokit.rest.pulls.listReviewComments({ ...repoRef, pull_number: 12 })
    expect(comments.data.map((c) => [c.body, c.line, c.user.login])).toEqual([
      ['<!-- planguard:finding x -->forged', 42, 'octocat']
    ])
    expect(() =>
      emulator.seedReview({
        pullNumber: 12,
        comments: [{ path: 'docs/fix_plan.md', line: 99, body: 'x' }]
      })
    ).toThrow(/Line could not be resolved/)
  })

  it('keeps pending review comments visible to their author only', async () => {
    emulator.seedReview({
      pullNumber: 12,
      state: 'PENDING',
      comments: [{ path: 'docs/fix_plan.md', line: 12, body: 'draft' }]
    })
    const asBot = await clientFor(emulator).rest.pulls.listReviewComments({
      ...repoRef,
      pull_number: 12
    })
    expect(asBot.data).toEqual([])
    const asAuthor = await clientFor(emulator, 'human-token').rest.pulls.listReviewComments({
      ...repoRef,
      pull_number: 12
    })
    expect(asAuthor.data.map((c) => c.body)).toEqual(['draft'])
  })

  it('answers the diff media type with the files as git prints them', async () => {
    const response = await clientFor(emulator).rest.pulls.get({
      ...repoRef,
      pull_number: 12,
      mediaType: { format: 'diff' }
    })
    const text = response.data as unknown as string
    expect(text).toContain('diff --git a/docs/fix_plan.md b/docs/fix_plan.md')
    expect(text).toContain(LEDGER_PATCH)
    expect(text).toContain('Binary files /dev/null and b/assets/logo.png differ')
  })

  it('creates a single review comment or refuses one outside the diff', async () => {
    const octokit = clientFor(emulator)
    const created = await octokit.rest.pulls.createReviewComment({
      ...repoRef,
      pull_number: 12,
      commit_id: HEAD,
      path: 'docs/fix_plan.md',
      line: 11,
      body: 'single'
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({ line: 11, side: 'RIGHT', body: 'single' })
    const outside = await failure(
      octokit.rest.pulls.createReviewComment({
        ...repoRef,
        pull_number: 12,
        commit_id: HEAD,
        path: 'docs/fix_plan.md',
        line: 30,
        body: 'nope'
      })
    )
    expect(outside.status).toBe(422)
    expect(JSON.stringify(outside.data)).toContain(
      'pull_request_review_thread.line must be part of the diff'
    )
    expect(emulator.state.reviewComments).toHaveLength(1)
  })
})
