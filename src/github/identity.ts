import { ACTIONS_BOT_LOGIN } from './repo-ref.js'
import type { GitHubClient } from './client.js'

/**
 * The login planguard's own comments and issues are authored by. A personal token can say who it
 * is (`GET /user`); the workflow's GITHUB_TOKEN cannot (403) and always posts as
 * github-actions[bot]. Comments are only trusted as planguard's when this login wrote them.
 */
export async function resolveBotLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated({ request: { retries: 0 } })
    return typeof data.login === 'string' && data.login !== '' ? data.login : ACTIONS_BOT_LOGIN
  } catch {
    return ACTIONS_BOT_LOGIN
  }
}
