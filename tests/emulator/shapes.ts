import type {
  EmulatorState,
  IssueCommentRecord,
  IssueRecord,
  LabelRecord,
  PullFileRecord,
  PullRecord,
  ReviewCommentRecord,
  ReviewRecord,
  UserRecord
} from './types.js'

/**
 * Turns state records into the JSON GitHub answers with, following the OpenAPI response schemas
 * closely enough for Octokit users (ids, node ids, urls, users, timestamps, counts).
 */

export interface ShapeContext {
  state: EmulatorState
  /** The emulator's API root, e.g. http://127.0.0.1:4123. */
  apiUrl: string
}

const WEB = 'https://github.com'

function repoApi(ctx: ShapeContext): string {
  return `${ctx.apiUrl}/repos/${ctx.state.owner}/${ctx.state.repo}`
}

function repoWeb(ctx: ShapeContext): string {
  return `${WEB}/${ctx.state.owner}/${ctx.state.repo}`
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`planguard:${id}`).toString('base64url')}`
}

export function renderUser(ctx: ShapeContext, user: UserRecord): Record<string, unknown> {
  const name = encodeURIComponent(user.login)
  const api = `${ctx.apiUrl}/users/${name}`
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT' : 'U', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    user_view_type: 'public',
    html_url:
      user.type === 'Bot' ? `${WEB}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${WEB}/${name}`,
    type: user.type,
    site_admin: false
  }
}

/** `GET /user`: the public profile fields on top of the simple user. */
export function renderAuthenticatedUser(
  ctx: ShapeContext,
  user: UserRecord
): Record<string, unknown> {
  return {
    ...renderUser(ctx, user),
    name: user.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2011-01-25T18:44:36Z',
    updated_at: '2025-01-01T00:00:00Z'
  }
}

export function renderLabel(ctx: ShapeContext, label: LabelRecord): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: `${repoApi(ctx)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false
  }
}

function authorAssociation(ctx: ShapeContext, user: UserRecord): string {
  if (user.login === ctx.state.owner) return 'OWNER'
  return user.type === 'Bot' ? 'CONTRIBUTOR' : 'MEMBER'
}

export function renderIssue(ctx: ShapeContext, issue: IssueRecord): Record<string, unknown> {
  const api = `${repoApi(ctx)}/issues/${issue.number}`
  const web = `${repoWeb(ctx)}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`
  const subIssues = ctx.state.issues.filter((other) => issue.subIssueIds.includes(other.id))
  const completed = subIssues.filter((sub) => sub.state === 'closed').length
  const parent = ctx.state.issues.find((other) => other.id === issue.parentId)
  const shaped: Record<string, unknown> = {
    id: issue.id,
    node_id: nodeId(issue.isPullRequest ? 'PR' : 'I', issue.id),
    url: api,
    repository_url: repoApi(ctx),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: web,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(ctx, issue.user),
    labels: issue.labels.map((name) => {
      const label = ctx.state.labels.find((known) => known.name === name)
      return label ? renderLabel(ctx, label) : { name }
    }),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: ctx.state.issueComments.filter((c) => c.issueNumber === issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: null,
    author_association: authorAssociation(ctx, issue.user),
    sub_issues_summary: {
      total: subIssues.length,
      completed,
      percent_completed:
        subIssues.length === 0 ? 0 : Math.round((100 * completed) / subIssues.length)
    }
  }
  if (parent) shaped.parent_issue_url = `${repoApi(ctx)}/issues/${parent.number}`
  if (issue.isPullRequest) {
    shaped.pull_request = {
      url: `${repoApi(ctx)}/pulls/${issue.number}`,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      merged_at: null
    }
  }
  return shaped
}

export function renderIssueComment(
  ctx: ShapeContext,
  comment: IssueCommentRecord
): Record<string, unknown> {
  const issue = ctx.state.issues.find((candidate) => candidate.number === comment.issueNumber)
  const kind = issue?.isPullRequest ? 'pull' : 'issues'
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${repoApi(ctx)}/issues/comments/${comment.id}`,
    html_url: `${repoWeb(ctx)}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(ctx)}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: renderUser(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(ctx, comment.user)
  }
}

/** The hypermedia URL templates every repository object carries. */
const REPOSITORY_URL_TEMPLATES: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}'
}

function renderRepoSummary(ctx: ShapeContext, fullName: string): Record<string, unknown> {
  const [owner = ctx.state.owner, name = ctx.state.repo] = fullName.split('/')
  const own = fullName === `${ctx.state.owner}/${ctx.state.repo}`
  const api = `${ctx.apiUrl}/repos/${fullName}`
  const urls = Object.fromEntries(
    Object.entries(REPOSITORY_URL_TEMPLATES).map(([key, suffix]) => [key, `${api}${suffix}`])
  )
  const id = own ? 700001 : 700002
  return {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: fullName,
    owner: renderUser(ctx, { login: owner, type: 'User', id: own ? 800001 : 800002 }),
    private: false,
    html_url: `${WEB}/${fullName}`,
    description: null,
    fork: !own,
    url: api,
    ...urls,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    clone_url: `${WEB}/${fullName}.git`,
    svn_url: `${WEB}/${fullName}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: ctx.state.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: ctx.state.issuesEnabled,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: '2025-01-01T00:00:00Z',
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null
  }
}

export function renderRepository(ctx: ShapeContext): Record<string, unknown> {
  const open = ctx.state.issues.filter((issue) => issue.state === 'open' && !issue.deleted).length
  const base = renderRepoSummary(ctx, `${ctx.state.owner}/${ctx.state.repo}`)
  return {
    ...base,
    node_id: nodeId('R', 700001),
    owner: {
      ...renderUser(ctx, { login: ctx.state.owner, type: 'User', id: 800001 }),
      type: 'Organization'
    },
    description: 'A repository planguard checks',
    open_issues_count: open,
    open_issues: open,
    network_count: 0,
    subscribers_count: 0
  }
}

export function renderPull(ctx: ShapeContext, pull: PullRecord): Record<string, unknown> {
  const issue = ctx.state.issues.find((candidate) => candidate.number === pull.number)
  const api = `${repoApi(ctx)}/pulls/${pull.number}`
  const web = `${repoWeb(ctx)}/pull/${pull.number}`
  const files = ctx.state.pullFiles.get(pull.number) ?? []
  const ownRepo = `${ctx.state.owner}/${ctx.state.repo}`
  const headOwner = pull.headRepo?.fullName.split('/')[0] ?? ctx.state.owner
  return {
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    url: api,
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${repoApi(ctx)}/issues/${pull.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(ctx)}/pulls/comments{/number}`,
    statuses_url: `${repoApi(ctx)}/statuses/${pull.headSha}`,
    comments_url: `${repoApi(ctx)}/issues/${pull.number}/comments`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: renderUser(ctx, pull.user),
    body: issue?.body ?? null,
    labels: [],
    created_at: issue?.createdAt,
    updated_at: issue?.updatedAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    milestone: null,
    requested_reviewers: [],
    requested_teams: [],
    active_lock_reason: null,
    auto_merge: null,
    draft: pull.draft,
    head: {
      label: `${headOwner}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      user: renderUser(ctx, { login: headOwner, type: 'User', id: 800001 }),
      repo: pull.headRepo ? renderRepoSummary(ctx, pull.headRepo.fullName) : null
    },
    base: {
      label: `${ctx.state.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: pull.baseSha,
      user: renderUser(ctx, { login: ctx.state.owner, type: 'User', id: 800001 }),
      repo: renderRepoSummary(ctx, ownRepo)
    },
    author_association: authorAssociation(ctx, pull.user),
    _links: {
      self: { href: api },
      html: { href: web },
      issue: { href: `${repoApi(ctx)}/issues/${pull.number}` },
      comments: { href: `${repoApi(ctx)}/issues/${pull.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(ctx)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(ctx)}/statuses/${pull.headSha}` }
    },
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    maintainer_can_modify: false,
    comments: ctx.state.issueComments.filter((c) => c.issueNumber === pull.number).length,
    review_comments: ctx.state.reviewComments.filter((c) => c.pullNumber === pull.number).length,
    commits: pull.commitShas.length,
    additions: files.reduce((sum, file) => sum + file.additions, 0),
    deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: files.length
  }
}

export function renderPullFile(
  ctx: ShapeContext,
  pull: PullRecord,
  file: PullFileRecord
): Record<string, unknown> {
  const path = file.filename.split('/').map(encodeURIComponent).join('/')
  const shaped: Record<string, unknown> = {
    sha: Buffer.from(`${pull.headSha}:${file.filename}`)
      .toString('hex')
      .slice(0, 40)
      .padEnd(40, '0'),
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${repoWeb(ctx)}/blob/${pull.headSha}/${path}`,
    raw_url: `${repoWeb(ctx)}/raw/${pull.headSha}/${path}`,
    contents_url: `${repoApi(ctx)}/contents/${path}?ref=${pull.headSha}`
  }
  if (file.patch !== undefined) shaped.patch = file.patch
  return shaped
}

export function renderReview(ctx: ShapeContext, review: ReviewRecord): Record<string, unknown> {
  const web = `${repoWeb(ctx)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`
  const shaped: Record<string, unknown> = {
    id: review.id,
    node_id: nodeId('PRR', review.id),
    user: renderUser(ctx, review.user),
    body: review.body,
    state: review.state,
    html_url: web,
    pull_request_url: `${repoApi(ctx)}/pulls/${review.pullNumber}`,
    author_association: authorAssociation(ctx, review.user),
    _links: {
      html: { href: web },
      pull_request: { href: `${repoApi(ctx)}/pulls/${review.pullNumber}` }
    },
    commit_id: review.commitId
  }
  if (review.submittedAt) shaped.submitted_at = review.submittedAt
  return shaped
}

export function renderReviewComment(
  ctx: ShapeContext,
  comment: ReviewCommentRecord
): Record<string, unknown> {
  const api = `${repoApi(ctx)}/pulls/comments/${comment.id}`
  const web = `${repoWeb(ctx)}/pull/${comment.pullNumber}#discussion_r${comment.id}`
  const pullApi = `${repoApi(ctx)}/pulls/${comment.pullNumber}`
  const shaped: Record<string, unknown> = {
    url: api,
    pull_request_review_id: comment.reviewId,
    id: comment.id,
    node_id: nodeId('PRRC', comment.id),
    diff_hunk: comment.diffHunk,
    path: comment.path,
    position: comment.position,
    original_position: comment.position,
    commit_id: comment.commitId,
    original_commit_id: comment.commitId,
    user: renderUser(ctx, comment.user),
    body: comment.body,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    html_url: web,
    pull_request_url: pullApi,
    author_association: authorAssociation(ctx, comment.user),
    _links: { self: { href: api }, html: { href: web }, pull_request: { href: pullApi } },
    start_line: comment.startLine,
    original_start_line: comment.startLine,
    start_side: comment.startSide,
    line: comment.line,
    original_line: comment.line,
    side: comment.side,
    subject_type: 'line'
  }
  if (comment.inReplyToId !== null) shaped.in_reply_to_id = comment.inReplyToId
  return shaped
}
