import { nodeId, renderUser, WEB, type ShapeContext } from './shapes.js'

/** Repository objects: the full one of `GET /repos/{owner}/{repo}` and the summaries in pulls. */

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

export function renderRepoSummary(ctx: ShapeContext, fullName: string): Record<string, unknown> {
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
