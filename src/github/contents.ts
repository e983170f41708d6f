import { MemoryRepoFS } from '../core/repo/memory.js'
import { type GitHubClient, statusOf } from './client.js'
import type { RepoRef } from './repo-ref.js'

/** At most this many files are fetched one by one when the base commit is not in the clone. */
export const MAX_API_FILES = 50

/**
 * The planning files of a revision read through the contents API: the fallback when the base
 * commit of a change cannot be fetched into the clone. Only the given paths are read, and at
 * most MAX_API_FILES of them; a file absent at that revision is simply absent from the tree.
 */
export async function readFilesAtRef(
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
  paths: readonly string[]
): Promise<MemoryRepoFS> {
  const files: Record<string, string> = {}
  for (const path of [...new Set(paths)].sort().slice(0, MAX_API_FILES)) {
    try {
      const response = await client.rest.repos.getContent({
        owner: repo.owner,
        repo: repo.repo,
        path,
        ref,
        mediaType: { format: 'raw' }
      })
      const data: unknown = response.data
      if (typeof data === 'string') files[path] = data
    } catch (error) {
      if (statusOf(error) !== 404) throw error
    }
  }
  return new MemoryRepoFS(files)
}
