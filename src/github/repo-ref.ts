/** The repository a run works on. */
export interface RepoRef {
  owner: string
  repo: string
}

export function parseRepository(full: string | undefined): RepoRef | undefined {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full ?? '')
  return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined
}

/** The login GitHub shows for comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'
