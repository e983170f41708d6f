import { execFileSync } from 'node:child_process'
import { requireRef, runGit } from '../git.js'
import { BaseRepoFS, DEFAULT_MAX_FILE_BYTES, MAX_DOCUMENT_BYTES, tooLarge } from './base.js'
import { decodedContent } from './content.js'
import { decodeText } from './decode.js'
import { ancestorDirs, joinRepoPath, normalizeRepoPath, parentDir } from './paths.js'
import type { EntryType, ReadResult, Refusal, RepoFS } from './types.js'

interface TreeBlob {
  id: string
  size: number
}

export interface GitRevisionFSOptions {
  maxFileBytes?: number
  /** Which files to load up front in one `git cat-file --batch`; others are read on demand. */
  preload?: (path: string) => boolean
  /**
   * The working tree, whose git-ignored files are seen through: ignored files belong to no
   * revision, so they exist (or not) alike on both sides of a comparison.
   */
  ignoredFrom?: RepoFS
}

/** Planning documents, ignore files and the configuration: what a check reads. */
export function preloadPlanningFiles(path: string): boolean {
  return /\.(md|markdown|ya?ml)$/i.test(path) || path.endsWith('.gitignore')
}

/**
 * `ls-tree` of the part of the revision under `root`, so that paths match those of the working tree
 * when `root` is a sub-folder of the repository. A sub-folder absent at that revision is empty.
 */
async function listTree(root: string, commit: string): Promise<string> {
  const prefix = (await runGit(root, ['rev-parse', '--show-prefix'])).toString('utf8').trim()
  const treeish = prefix === '' ? commit : `${commit}:${prefix.replace(/\/+$/, '')}`
  try {
    return (await runGit(root, ['ls-tree', '-r', '-l', '-z', '--full-tree', treeish])).toString(
      'utf8'
    )
  } catch (error) {
    if (prefix === '') throw error
    return ''
  }
}

/** Symlink chains longer than this are treated as loops. */
const MAX_LINK_HOPS = 40

/**
 * The tree of one git revision, read without a checkout: `git ls-tree` lists it and one
 * `git cat-file --batch` loads the planning documents. Symlinks are followed inside the tree
 * only; submodules are empty folders.
 */
export class GitRevisionFS extends BaseRepoFS {
  private readonly blobs = new Map<string, TreeBlob>()
  private readonly links = new Map<string, string>()
  private readonly dirs = new Map<string, Set<string>>([['', new Set()]])
  private readonly contents = new Map<string, Uint8Array>()

  private constructor(
    readonly root: string,
    readonly revision: string,
    protected readonly maxFileBytes: number,
    private readonly ignoredFrom: RepoFS | undefined
  ) {
    super()
  }

  /** Opens `rev` of the repository at `root`; fails with a PlanguardError when it is not present. */
  static async open(
    root: string,
    rev: string,
    options: GitRevisionFSOptions = {}
  ): Promise<GitRevisionFS> {
    const commit = await requireRef(root, rev)
    const fs = new GitRevisionFS(
      root,
      commit,
      options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      options.ignoredFrom
    )
    const links = fs.indexTree(await listTree(root, commit))
    const wanted = [...fs.blobs]
      .filter(
        ([path, blob]) =>
          // Larger files are never read as documents: load them only if a rule asks.
          blob.size <= Math.min(fs.maxFileBytes, MAX_DOCUMENT_BYTES) &&
          (options.preload ?? preloadPlanningFiles)(path)
      )
      .map(([, blob]) => blob.id)
    await fs.loadBlobs(root, [...new Set([...wanted, ...links.map((link) => link.id)])])
    for (const link of links) {
      const target = fs.contents.get(link.id)
      if (target) fs.links.set(link.path, decodeText(target))
    }
    return fs
  }

  protected override statPath(path: string): EntryType | undefined {
    const resolved = this.resolveLinks(path)
    if (resolved !== undefined && this.blobs.has(resolved)) return 'file'
    if (resolved !== undefined && this.dirs.has(resolved)) return 'dir'
    if (!this.ignoredFrom) return undefined
    if (this.isIgnoredLocally(path)) return this.ignoredFrom.stat(path)
    // An untracked folder is there when it holds ignored files.
    const holdsIgnored =
      this.ignoredFrom.stat(path) === 'dir' && (this.listPath(path)?.length ?? 0) > 0
    return holdsIgnored ? 'dir' : undefined
  }

  protected override listPath(dir: string): string[] | undefined {
    const resolved = this.resolveLinks(dir)
    const tracked = resolved === undefined ? undefined : this.dirs.get(resolved)
    const local = this.ignoredFrom?.list(dir)
    const ignored = local?.filter((name) => this.isIgnoredLocally(joinRepoPath(dir, name)))
    if (!tracked && (!ignored || ignored.length === 0)) return undefined
    return [...new Set([...(tracked ?? []), ...(ignored ?? [])])]
  }

  protected override readPath(path: string, maxBytes: number): ReadResult | undefined {
    const resolved = this.resolveLinks(path)
    const blob = resolved === undefined ? undefined : this.blobs.get(resolved)
    if (!blob) {
      return this.isIgnoredLocally(path) ? this.ignoredFrom?.read(path, { maxBytes }) : undefined
    }
    if (blob.size > maxBytes) return tooLarge(blob.size, maxBytes)
    const bytes = this.contents.get(blob.id) ?? this.readBlobNow(blob.id)
    return decodedContent(bytes)
  }

  /** A path the working tree holds but git ignores (only consulted for paths absent from the tree). */
  private isIgnoredLocally(path: string): boolean {
    return this.ignoredFrom !== undefined && this.ignoredFrom.isIgnored(path)
  }

  /** A path whose symlinks lead out of the tree (or loop) cannot be followed in a revision. */
  protected override refusedPath(path: string): Refusal | undefined {
    return this.resolveLinks(path) === undefined ? 'outside-root' : undefined
  }

  protected override identity(path: string): string | undefined {
    return this.resolveLinks(path)
  }

  /** Records files, folders and symlinks from `ls-tree -r -l -z` output; returns the symlinks. */
  private indexTree(listing: string): { path: string; id: string }[] {
    const links: { path: string; id: string }[] = []
    for (const record of listing.split('\0')) {
      const match = /^(\d+) (\w+) ([0-9a-f]+) +(\S+)\t(.+)$/s.exec(record)
      if (!match) continue
      const [, mode, type, id, size, rawPath] = match as unknown as string[]
      const path = normalizeRepoPath(rawPath as string)
      if (!path) continue
      this.addToParents(path)
      if (type === 'commit') this.dirs.set(path, this.dirs.get(path) ?? new Set())
      else if (mode === '120000') links.push({ path, id: id as string })
      else if (type === 'blob') this.blobs.set(path, { id: id as string, size: Number(size) || 0 })
    }
    return links
  }

  private addToParents(path: string): void {
    const parts = path.split('/')
    ancestorDirs(path).forEach((dir, depth) => {
      const children = this.dirs.get(dir) ?? new Set<string>()
      children.add(parts[depth] as string)
      this.dirs.set(dir, children)
    })
  }

  /** Loads many blobs through one `git cat-file --batch` process. */
  private async loadBlobs(root: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return
    const output = await runGit(root, ['cat-file', '--batch'], {
      input: ids.join('\n') + '\n',
      maxOutputBytes: 1024 * 1024 * 1024
    })
    let offset = 0
    while (offset < output.length) {
      const headerEnd = output.indexOf(0x0a, offset)
      if (headerEnd < 0) break
      const header = output.subarray(offset, headerEnd).toString('utf8').split(' ')
      offset = headerEnd + 1
      if (header[1] === 'missing' || header.length < 3) continue
      const size = Number(header[2])
      this.contents.set(header[0] as string, new Uint8Array(output.subarray(offset, offset + size)))
      offset += size + 1
    }
  }

  /** A file nobody expected to read (e.g. an artifact opened by a rule): one small git call. */
  private readBlobNow(id: string): Uint8Array {
    const bytes = new Uint8Array(
      execFileSync('git', ['cat-file', 'blob', id], {
        cwd: this.root,
        maxBuffer: this.maxFileBytes + 1024,
        stdio: ['ignore', 'pipe', 'ignore']
      })
    )
    this.contents.set(id, bytes)
    return bytes
  }

  /** The path after following symlinks inside the tree; undefined when a link leaves it. */
  private resolveLinks(path: string, hops = 0): string | undefined {
    if (hops > MAX_LINK_HOPS) return undefined
    if (path === '') return ''
    const parts = path.split('/')
    let current = ''
    for (let i = 0; i < parts.length; i++) {
      current = joinRepoPath(current, parts[i] as string)
      const target = this.links.get(current)
      if (target === undefined) continue
      if (target.startsWith('/') || /^[A-Za-z]:/.test(target)) return undefined
      const landed = normalizeRepoPath(joinRepoPath(parentDir(current), target))
      if (landed === undefined) return undefined
      const rest = parts.slice(i + 1).join('/')
      return this.resolveLinks(rest ? joinRepoPath(landed, rest) : landed, hops + 1)
    }
    return current
  }
}
