import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
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

describe('issues', () => {
  it('creates an issue as the token owner, creating missing labels', async () => {
    const octokit = clientFor(emulator)
    const created = await octokit.rest.issues.create({
      ...repoRef,
      title: 'planguard: ledger',
      body: 'mirror',
      labels: ['planguard']
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      title: 'planguard: ledger',
      body: 'mirror',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      labels: [expect.objectContaining({ name: 'planguard' })],
      html_url: 'https://github.com/octo-org/planning-repo/issues/1'
    })
    expect(emulator.state.labels.map((label) => label.name)).toEqual(['planguard'])
  })

  it('filters the list by every requested label, by creator and by state', async () => {
    const bot = { login: 'github-actions[bot]' }
    emulator.seedIssue({ title: 'bot tracking', labels: ['planguard', 'ledger'], user: bot })
    emulator.seedIssue({ title: 'human copy', labels: ['planguard', 'ledger'] })
    emulator.seedIssue({ title: 'bot other', labels: ['planguard'], user: bot })
    emulator.seedIssue({
      title: 'bot closed',
      labels: ['planguard', 'ledger'],
      user: bot,
      state: 'closed'
    })
    const octokit = clientFor(emulator)
    const open = await octokit.rest.issues.listForRepo({
      ...repoRef,
      labels: 'planguard,ledger',
      creator: 'github-actions[bot]'
    })
    expect(open.data.map((issue) => issue.title)).toEqual(['bot tracking'])
    const all = await octokit.rest.issues.listForRepo({
      ...repoRef,
      labels: 'ledger',
      creator: 'github-actions[bot]',
      state: 'all'
    })
    expect(all.data.map((issue) => issue.title).sort()).toEqual(['bot closed', 'bot tracking'])
  })

  it('filters by since as an instant, whatever the notation', async () => {
    emulator.seedIssue({ title: 'old', updatedAt: '2025-01-01T00:00:00Z' })
    emulator.seedIssue({ title: 'new', updatedAt: '2025-06-01T12:00:00Z' })
    const listed = await clientFor(emulator).rest.issues.listForRepo({
      ...repoRef,
      since: '2025-06-01T14:00:00.000+02:00'
    })
    expect(listed.data.map((issue) => issue.title)).toEqual(['new'])
  })

  it('lists pull requests among issues, marked with pull_request', async () => {
    emulator.addPullRequest({ number: 7, headSha: 'a'.repeat(40), files: [] })
    emulator.seedIssue({ title: 'plain' })
    const listed = await clientFor(emulator).rest.issues.listForRepo({ ...repoRef })
    expect(listed.data.map((issue) => [issue.number, issue.pull_request !== undefined])).toEqual([
      [8, false],
      [7, true]
    ])
  })

  it('pages with per_page and link headers that Octokit can follow', async () => {
    for (let index = 1; index <= 7; index++) emulator.seedIssue({ title: `issue ${index}` })
    const octokit = clientFor(emulator)
    const first = await octokit.rest.issues.listForRepo({ ...repoRef, per_page: 3 })
    expect(first.data).toHaveLength(3)
    expect(first.headers.link).toContain('rel="next"')
    expect(first.headers.link).toContain('page=3')
    const everything = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repoRef,
      per_page: 3
    })
    expect(everything.map((issue) => issue.number).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7
    ])
    expect(emulator.requests.filter((r) => r.path.endsWith('/issues'))).toHaveLength(4)
  })

  it('closes with a reason and reopens', async () => {
    emulator.seedIssue({ title: 'tracking' })
    const octokit = clientFor(emulator)
    const closed = await octokit.rest.issues.update({
      ...repoRef,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned'
    })
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'not_planned' })
    expect(closed.data.closed_at).not.toBeNull()
    const reopened = await octokit.rest.issues.update({
      ...repoRef,
      issue_number: 1,
      state: 'open'
    })
    expect(reopened.data).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null
    })
  })

  it('answers 410 for a deleted issue and 404 for one that never existed', async () => {
    emulator.seedIssue({ title: 'doomed' })
    emulator.deleteIssue(1)
    const octokit = clientFor(emulator)
    const gone = await failure(octokit.rest.issues.get({ ...repoRef, issue_number: 1 }))
    expect(gone.status).toBe(410)
    expect(gone.data.message).toBe('This issue was deleted')
    const update = await failure(
      octokit.rest.issues.update({ ...repoRef, issue_number: 1, body: 'x' })
    )
    expect(update.status).toBe(410)
    expect((await failure(octokit.rest.issues.get({ ...repoRef, issue_number: 99 }))).status).toBe(
      404
    )
  })

  it('refuses bodies over 65536 characters and stores nothing', async () => {
    const octokit = clientFor(emulator)
    const answer = await failure(
      octokit.rest.issues.create({ ...repoRef, title: 'big', body: 'x'.repeat(65537) })
    )
    expect(answer.status).toBe(422)
    expect(JSON.stringify(answer.data)).toContain('body is too long (maximum is 65536 characters)')
    expect(emulator.state.issues).toHaveLength(0)
    await octokit.rest.issues.create({ ...repoRef, title: 'fits', body: 'x'.repeat(65536) })
    expect(emulator.state.issues).toHaveLength(1)
  })

  it('refuses a title over 256 characters or a blank one', async () => {
    const octokit = clientFor(emulator)
    const long = await failure(octokit.rest.issues.create({ ...repoRef, title: 't'.repeat(257) }))
    expect(long.status).toBe(422)
    expect(JSON.stringify(long.data)).toContain('title is too long (maximum is 256 characters)')
    const blank = await failure(octokit.rest.issues.create({ ...repoRef, title: '  ' }))
    expect(blank.status).toBe(422)
    expect(emulator.state.issues).toHaveLength(0)
  })

  it('adds labels and creates repository labels, refusing duplicates', async () => {
    emulator.seedIssue({ title: 'tracking' })
    const octokit = clientFor(emulator)
    const label = await octokit.rest.issues.createLabel({
      ...repoRef,
      name: 'planguard',
      color: '0e8a16'
    })
    expect(label.status).toBe(201)
    const duplicate = await failure(
      octokit.rest.issues.createLabel({ ...repoRef, name: 'PlanGuard', color: '000000' })
    )
    expect(duplicate.status).toBe(422)
    expect(duplicate.data.errors).toEqual([
      { resource: 'Label', code: 'already_exists', field: 'name' }
    ])
    const added = await octokit.rest.issues.addLabels({
      ...repoRef,
      issue_number: 1,
      labels: ['planguard', 'ledger']
    })
    expect(added.data.map((l) => l.name)).toEqual(['planguard', 'ledger'])
    const listed = await octokit.rest.issues.listLabelsOnIssue({ ...repoRef, issue_number: 1 })
    expect(listed.data.map((l) => l.name)).toEqual(['planguard', 'ledger'])
  })

  it('renames a label everywhere it is used and deletes one from the issues carrying it', async () => {
    emulator.seedIssue({ title: 'tracking', labels: ['planguard', 'ledger'] })
    const octokit = clientFor(emulator)
    const renamed = await octokit.rest.issues.updateLabel({
      ...repoRef,
      name: 'planguard',
      new_name: 'planguard-mirror',
      color: 'ff0000'
    })
    expect(renamed.data).toMatchObject({ name: 'planguard-mirror', color: 'ff0000' })
    expect(emulator.state.issues[0]?.labels).toEqual(['planguard-mirror', 'ledger'])
    await octokit.rest.issues.deleteLabel({ ...repoRef, name: 'ledger' })
    expect(emulator.state.issues[0]?.labels).toEqual(['planguard-mirror'])
    const gone = await failure(octokit.rest.issues.getLabel({ ...repoRef, name: 'ledger' }))
    expect(gone.status).toBe(404)
  })

  it('answers 410 on issue endpoints when issues are disabled, yet serves pull request threads', async () => {
    const disabled = await startEmulator({ issuesEnabled: false })
    try {
      disabled.addPullRequest({ number: 3, headSha: 'b'.repeat(40), files: [] })
      const octokit = clientFor(disabled)
      const create = await failure(octokit.rest.issues.create({ ...repoRef, title: 't' }))
      expect(create.status).toBe(410)
      expect(create.data.message).toBe('Issues are disabled for this repo')
      const comment = await octokit.rest.issues.createComment({
        ...repoRef,
        issue_number: 3,
        body: 'summary'
      })
      expect(comment.status).toBe(201)
    } finally {
      await disabled.close()
    }
  })
})

describe('issue comments', () => {
  it('creates, lists with pagination, updates and deletes', async () => {
    emulator.seedIssue({ title: 'tracking' })
    const octokit = clientFor(emulator)
    for (let index = 0; index < 5; index++) {
      await octokit.rest.issues.createComment({ ...repoRef, issue_number: 1, body: `c${index}` })
    }
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repoRef,
      issue_number: 1,
      per_page: 2
    })
    expect(comments.map((comment) => comment.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4'])
    const first = comments[0]!
    const updated = await octokit.rest.issues.updateComment({
      ...repoRef,
      comment_id: first.id,
      body: 'edited'
    })
    expect(updated.data.body).toBe('edited')
    const deleted = await octokit.rest.issues.deleteComment({ ...repoRef, comment_id: first.id })
    expect(deleted.status).toBe(204)
    expect(emulator.state.issueComments.map((comment) => comment.body)).toEqual([
      'c1',
      'c2',
      'c3',
      'c4'
    ])
    const issue = await octokit.rest.issues.get({ ...repoRef, issue_number: 1 })
    expect(issue.data.comments).toBe(4)
  })

  it('shows seeded comments of other authors as GitHub would', async () => {
    emulator.seedIssue({ title: 'tracking' })
    emulator.seedComment({ issueNumber: 1, body: '<!-- planguard:summary -->forged' })
    const listed = await clientFor(emulator).rest.issues.listComments({
      ...repoRef,
      issue_number: 1
    })
    expect(listed.data[0]).toMatchObject({
      body: '<!-- planguard:summary -->forged',
      user: { login: 'octocat', type: 'User' }
    })
  })

  it('refuses a comment body over the limit', async () => {
    emulator.seedIssue({ title: 'tracking' })
    const answer = await failure(
      clientFor(emulator).rest.issues.createComment({
        ...repoRef,
        issue_number: 1,
        body: 'y'.repeat(70000)
      })
    )
    expect(answer.status).toBe(422)
    expect(emulator.state.issueComments).toHaveLength(0)
  })
})

describe('sub-issues', () => {
  it('adds and lists sub-issues by id, and reports them in the parent summary', async () => {
    const parent = emulator.seedIssue({ title: 'parent' })
    const child = emulator.seedIssue({ title: 'child', state: 'closed' })
    const octokit = clientFor(emulator)
    const added = await octokit.rest.issues.addSubIssue({
      ...repoRef,
      issue_number: parent.number,
      sub_issue_id: child.id
    })
    expect(added.status).toBe(201)
    const listed = await octokit.rest.issues.listSubIssues({
      ...repoRef,
      issue_number: parent.number
    })
    expect(listed.data.map((issue) => issue.number)).toEqual([child.number])
    const again = await failure(
      octokit.rest.issues.addSubIssue({
        ...repoRef,
        issue_number: parent.number,
        sub_issue_id: child.id
      })
    )
    expect(again.status).toBe(422)
    const shown = await octokit.rest.issues.get({ ...repoRef, issue_number: parent.number })
    expect(shown.data.sub_issues_summary).toEqual({
      total: 1,
      completed: 1,
      percent_completed: 100
    })
  })
})
