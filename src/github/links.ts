import { encodePath } from './escape.js'

/** Where files of one commit can be viewed; absent for local dry runs (plain paths instead). */
export interface BlobLinks {
  serverUrl: string
  repository: string
  sha: string
  /** Folder of the checked tree inside the repository (`working-directory`), `''` for the root. */
  pathPrefix?: string
}

/** A path relative to the checked tree, made relative to the repository. */
export function repoPath(prefix: string | undefined, path: string): string {
  return prefix ? `${prefix.replace(/\/+$/, '')}/${path}` : path
}

export function blobUrl(links: BlobLinks, path: string, line?: number): string {
  const server = links.serverUrl.replace(/\/+$/, '')
  const anchor = line === undefined ? '' : `#L${line}`
  return `${server}/${links.repository}/blob/${links.sha}/${encodePath(repoPath(links.pathPrefix, path))}${anchor}`
}
