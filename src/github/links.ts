import { encodePath } from './escape.js'

/** Where files of one commit can be viewed; absent for local dry runs (plain paths instead). */
export interface BlobLinks {
  serverUrl: string
  repository: string
  sha: string
}

export function blobUrl(links: BlobLinks, path: string, line?: number): string {
  const server = links.serverUrl.replace(/\/+$/, '')
  const anchor = line === undefined ? '' : `#L${line}`
  return `${server}/${links.repository}/blob/${links.sha}/${encodePath(path)}${anchor}`
}
