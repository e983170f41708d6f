import { createHash } from 'node:crypto'
import { HttpError, notFound } from '../http-error.js'
import { nodeId } from '../shapes.js'
import { resolveCommit } from '../state.js'
import type { CommitRecord } from '../types.js'
import { ok, type RouteContext, type RouteHandler, type RouteResult } from './context.js'

/** Commits and file contents of commits the test recorded with `addCommit`. */

const WEB = 'https://github.com'

/** Git's blob id: sha1 of `blob <bytes>\0<content>`, so shas look and compare like GitHub's. */
function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

function repoApi(ctx: RouteContext): string {
  return `${ctx.shape.apiUrl}/repos/${ctx.state.owner}/${ctx.state.repo}`
}

function repoWeb(ctx: RouteContext): string {
  return `${WEB}/${ctx.state.owner}/${ctx.state.repo}`
}

function renderCommit(ctx: RouteContext, commit: CommitRecord): Record<string, unknown> {
  const api = repoApi(ctx)
  const person = { ...commit.author, date: commit.date }
  return {
    url: `${api}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: nodeId('C', Number.parseInt(commit.sha.slice(0, 8), 16)),
    html_url: `${repoWeb(ctx)}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      tree: { sha: blobSha(JSON.stringify(commit.files)), url: `${api}/git/trees/${commit.sha}` },
      comment_count: 0,
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null
      }
    },
    author: null,
    committer: null,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${repoWeb(ctx)}/commit/${sha}`
    })),
    stats: { total: 0, additions: 0, deletions: 0 },
    files: []
  }
}

function getCommit(ctx: RouteContext): RouteResult {
  const ref = ctx.params.ref ?? ''
  const commit = resolveCommit(ctx.state, ref)
  if (!commit) throw new HttpError(422, `No commit found for SHA: ${ref}`)
  return ok(renderCommit(ctx, commit))
}

/** The contents API serves base64 content only up to 1 MB; larger files need the raw type. */
const MAX_JSON_CONTENT_BYTES = 1024 * 1024

function fileEntry(ctx: RouteContext, commit: CommitRecord, path: string, withContent: boolean) {
  const text = commit.files[path] ?? ''
  const sha = blobSha(text)
  const api = `${repoApi(ctx)}/contents/${path}?ref=${commit.sha}`
  const html = `${repoWeb(ctx)}/blob/${commit.sha}/${path}`
  const git = `${repoApi(ctx)}/git/blobs/${sha}`
  const size = Buffer.byteLength(text, 'utf8')
  const entry: Record<string, unknown> = {
    type: 'file',
    name: path.split('/').pop(),
    path,
    sha,
    size,
    url: api,
    html_url: html,
    git_url: git,
    download_url: `https://raw.githubusercontent.com/${ctx.state.owner}/${ctx.state.repo}/${commit.sha}/${path}`,
    _links: { self: api, git, html }
  }
  if (withContent) {
    const fits = size <= MAX_JSON_CONTENT_BYTES
    entry.encoding = fits ? 'base64' : 'none'
    entry.content = fits ? Buffer.from(text, 'utf8').toString('base64') : ''
  }
  return entry
}

function directoryEntry(ctx: RouteContext, commit: CommitRecord, path: string) {
  const api = `${repoApi(ctx)}/contents/${path}?ref=${commit.sha}`
  const html = `${repoWeb(ctx)}/tree/${commit.sha}/${path}`
  const git = `${repoApi(ctx)}/git/trees/${commit.sha}`
  return {
    type: 'dir',
    name: path.split('/').pop(),
    path,
    sha: blobSha(`tree:${commit.sha}:${path}`),
    size: 0,
    url: api,
    html_url: html,
    git_url: git,
    download_url: null,
    _links: { self: api, git, html }
  }
}

/** Immediate children of a directory (`''` is the root), files and folders, sorted. */
function listDirectory(ctx: RouteContext, commit: CommitRecord, directory: string): unknown[] {
  const prefix = directory === '' ? '' : `${directory}/`
  const children = new Map<string, 'file' | 'dir'>()
  for (const path of Object.keys(commit.files)) {
    if (!path.startsWith(prefix)) continue
    const [first, ...rest] = path.slice(prefix.length).split('/')
    if (first) children.set(`${prefix}${first}`, rest.length > 0 ? 'dir' : 'file')
  }
  return [...children.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, type]) =>
      type === 'file' ? fileEntry(ctx, commit, path, false) : directoryEntry(ctx, commit, path)
    )
}

function getContent(ctx: RouteContext): RouteResult {
  const ref = typeof ctx.query.ref === 'string' ? ctx.query.ref : undefined
  const commit = resolveCommit(ctx.state, ref)
  if (!commit)
    throw new HttpError(404, `No commit found for the ref ${ref ?? ctx.state.defaultBranch}`)
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '')
  const text = commit.files[path]
  if (text !== undefined) {
    if (/\braw\b/.test(ctx.accept)) {
      return {
        status: 200,
        body: text,
        headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' }
      }
    }
    return ok(fileEntry(ctx, commit, path, true))
  }
  const listing = listDirectory(ctx, commit, path)
  if (listing.length === 0) throw notFound()
  return ok(listing)
}

export const contentRoutes: Record<string, RouteHandler> = {
  'repos/get-commit': getCommit,
  'repos/get-content': getContent
}
