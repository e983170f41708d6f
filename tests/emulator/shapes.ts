import type {
  EmulatorState,
  IssueCommentRecord,
  IssueRecord,
  LabelRecord,
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

export const WEB = 'https://github.com'

export function repoApi(ctx: ShapeContext): string {
  return `${ctx.apiUrl}/repos/${ctx.state.owner}/${ctx.state.repo}`
}

export function repoWeb(ctx: ShapeContext): string {
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

export function authorAssociation(ctx: ShapeContext, user: UserRecord): string {
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
