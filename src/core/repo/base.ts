import picomatch from 'picomatch'
import { GitignoreMatcher } from './gitignore.js'
import { exclusionMatcher, matchDepth } from './match.js'
import {
  isGitName,
  joinRepoPath,
  lexicalRefusal,
  normalizeRepoPath,
  WALK_SKIPPED_DIRS
} from './paths.js'
import { pagedContent } from './content.js'
import { PagedText } from './paged-text.js'
import type { EntryType, ReadOptions, ReadResult, Refusal, RepoFS } from './types.js'

/** What the read cache keeps of a file: its text and byte size, or the paged text. */
type CachedRead = { text: string; size: number } | PagedText

/** Files above this size are not read into memory (the engine reports them instead). */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024

/**
 * The largest planning document read: about forty times the largest real ledger seen (800 KB),
 * so that ledgers grown for years (and the 20 MB benchmark ledgers) are still checked, in well
 * under a second. A 50 MB file in a planning path is almost certainly not a hand-kept ledger; it
 * is reported as too large instead, without being loaded.
 */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024

/** A walk deeper than this is a symlink loop or a pathological tree. */
const MAX_WALK_DEPTH = 64

const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true }

/**
 * The shared behaviour of every RepoFS: path normalisation and confinement, caching of stat and
 * list results (rules ask about thousands of paths), `.gitignore` handling and globbing. Subclasses
 * only provide raw access to already-normalised, confined paths.
 */
export abstract class BaseRepoFS implements RepoFS {
  abstract readonly root: string
  /** Files above this size are never loaded. */
  protected abstract readonly maxFileBytes: number

  /**
   * Answers by the path as asked (and by its normal form): rules ask about the same cited paths
   * thousands of times. `null` records "absent" so that one lookup answers both cases.
   */
  private readonly statCache = new Map<string, EntryType | null>()
  private readonly refusalCache = new Map<string, Refusal | null>()
  private readonly listCache = new Map<string, string[] | null>()
  private readonly walkCache = new Map<string, string[]>()
  /**
   * Decoded text of the files read: planning documents are read by the parser and again by
   * several rules. Their bytes are not kept (a 20 MB ledger would hold them all run long); a
   * large document is kept paged (PagedText: its line ends, its bytes left in the file).
   */
  private readonly readCache = new Map<string, CachedRead>()
  private readonly gitignore = new GitignoreMatcher(
    (dir) => this.readText(joinRepoPath(dir, '.gitignore')),
    (path) => this.stat(path) === 'dir'
  )

  /** `file`/`dir` of a normalised path (never `''`), undefined when absent or not allowed. */
  protected abstract statPath(path: string): EntryType | undefined
  /** Raw names in a normalised folder path (`''` is the root). */
  protected abstract listPath(dir: string): string[] | undefined
  /** Content of a normalised path already known to be a file, unless it exceeds `maxBytes`. */
  protected abstract readPath(path: string, maxBytes: number): ReadResult | undefined
  /** Why a normalised path that exists is refused (a symlink out of the root or into `.git`). */
  protected refusedPath(_path: string): Refusal | undefined {
    return undefined
  }
  /** What makes two paths the same folder (a real path on disk), to stop symlink loops. */
  protected identity(path: string): string | undefined {
    return path
  }

  stat(path: string): EntryType | undefined {
    const cached = this.statCache.get(path)
    if (cached !== undefined) return cached ?? undefined
    const rel = normalizeRepoPath(path)
    let type: EntryType | undefined
    if (rel === '') type = 'dir'
    else if (rel === path) type = this.statNormal(rel)
    else type = rel === undefined ? undefined : this.stat(rel)
    this.statCache.set(path, type ?? null)
    return type
  }

  private statNormal(rel: string): EntryType | undefined {
    try {
      return this.statPath(rel)
    } catch {
      return undefined
    }
  }

  read(path: string, options: ReadOptions = {}): ReadResult | undefined {
    const rel = normalizeRepoPath(path)
    if (rel === undefined || rel === '' || this.stat(rel) !== 'file') return undefined
    const maxBytes = Math.min(this.maxFileBytes, options.maxBytes ?? Infinity)
    const cached = this.readCache.get(rel)
    if (cached !== undefined) {
      // Within a run the tree does not change: a smaller cap only decides whether it is too large.
      if (cached.size > maxBytes) return tooLarge(cached.size, maxBytes)
      return this.withBytesOnDemand(rel, cached)
    }
    const content = this.readUncached(rel, maxBytes)
    if (content !== undefined && !content.tooLarge) {
      this.readCache.set(rel, content.paged ?? { text: content.text, size: content.bytes.length })
    }
    return content
  }

  private readUncached(rel: string, maxBytes: number): ReadResult | undefined {
    try {
      return this.readPath(rel, maxBytes)
    } catch {
      return undefined
    }
  }

  /** A remembered read: the bytes (rarely asked for twice) are read again only if asked for. */
  private withBytesOnDemand(rel: string, cached: CachedRead): ReadResult {
    if (cached instanceof PagedText) return pagedContent(cached)
    let bytes: Uint8Array | undefined
    const reread = (): Uint8Array =>
      this.readUncached(rel, this.maxFileBytes)?.bytes ?? new Uint8Array(0)
    return {
      text: cached.text,
      size: cached.size,
      get bytes(): Uint8Array {
        bytes ??= reread()
        return bytes
      }
    }
  }

  list(dir: string): string[] | undefined {
    const cached = this.listCache.get(dir)
    if (cached !== undefined) return cached ?? undefined
    const rel = normalizeRepoPath(dir)
    let names: string[] | undefined
    if (rel === dir)
      names = rel === '' || this.stat(rel) === 'dir' ? this.listNormal(rel) : undefined
    else names = rel === undefined ? undefined : this.list(rel)
    this.listCache.set(dir, names ?? null)
    return names
  }

  private listNormal(rel: string): string[] | undefined {
    let names: string[] | undefined
    try {
      names = this.listPath(rel)
    } catch {
      return undefined
    }
    // A listing never shows `.git`.
    return names?.filter((name) => !isGitName(name)).sort()
  }

  refusal(path: string): Refusal | undefined {
    const cached = this.refusalCache.get(path)
    if (cached !== undefined) return cached ?? undefined
    const refusal = this.refusalOf(path)
    // Resolving symlinks costs a realpath per path: rules ask about the same paths many times.
    this.refusalCache.set(path, refusal ?? null)
    return refusal
  }

  private refusalOf(path: string): Refusal | undefined {
    const rel = normalizeRepoPath(path)
    // Only a path without a normal form can be refused by its text alone.
    if (rel === undefined) return lexicalRefusal(path)
    if (rel === '') return undefined
    if (rel !== path) return this.refusal(rel)
    try {
      return this.refusedPath(rel)
    } catch {
      return undefined
    }
  }

  isIgnored(path: string): boolean {
    const rel = normalizeRepoPath(path)
    if (rel === undefined) return false
    return this.gitignore.isIgnored(rel)
  }

  glob(patterns: string[], ignore: string[] = []): string[] {
    if (patterns.length === 0) return []
    const matches = picomatch(patterns, GLOB_OPTIONS)
    const ignored = exclusionMatcher(ignore)
    const found = new Set<string>()
    for (const { base, depth } of walkBases(patterns)) {
      for (const file of this.filesUnder(base, depth)) {
        if (matches(file) && !ignored(file)) found.add(file)
      }
    }
    return [...found].sort()
  }

  /**
   * Every file below a folder, at most `depth` folders down (cached), skipping `.git` and
   * `node_modules`: a glob such as `plans/active/<star>/implementation.md` lists the plan folders,
   * not every report folder below them.
   */
  filesUnder(dir: string, depth = Infinity): string[] {
    const rel = normalizeRepoPath(dir)
    if (rel === undefined) return []
    const limit = Math.min(depth, MAX_WALK_DEPTH + 1)
    const key = `${limit}\0${rel}`
    const cached = this.walkCache.get(key)
    if (cached) return cached
    const files: string[] = []
    if (rel === '' || this.stat(rel) === 'dir') this.walk(rel, files, new Set(), 0, limit)
    else if (this.stat(rel) === 'file') files.push(rel)
    this.walkCache.set(key, files)
    return files
  }

  private walk(dir: string, out: string[], seen: Set<string>, depth: number, limit: number): void {
    if (depth > MAX_WALK_DEPTH) return
    const id = this.identity(dir)
    if (id === undefined || seen.has(id)) return
    seen.add(id)
    for (const name of this.list(dir) ?? []) {
      if (WALK_SKIPPED_DIRS.has(name)) continue
      const child = joinRepoPath(dir, name)
      const type = this.stat(child)
      if (type === 'file') out.push(child)
      else if (type === 'dir' && depth + 1 < limit) this.walk(child, out, seen, depth + 1, limit)
    }
    seen.delete(id)
  }

  private readText(path: string): string | undefined {
    const content = this.read(path)
    return content && !content.tooLarge ? content.text : undefined
  }
}

/**
 * The static folder each pattern starts from, so a glob walks only the part of the tree it needs,
 * and how many folders down from there its files may lie (one per segment of a plain glob; any
 * depth for a globstar and other constructs, see matchDepth).
 */
function walkBases(patterns: string[]): { base: string; depth: number }[] {
  const starts = patterns.map((pattern) => ({
    base: normalizeRepoPath(picomatch.scan(pattern).base) ?? '',
    depth: matchDepth(pattern)
  }))
  const bases = [...new Set(starts.map((start) => start.base))]
  // A base inside another base is walked as part of it, as deep as its own patterns need.
  const outer = bases.filter(
    (base) =>
      !bases.some((other) => other !== base && (other === '' || base.startsWith(`${other}/`)))
  )
  return outer.map((base) => {
    let depth = 0
    for (const start of starts) {
      if (start.base !== base && base !== '' && !start.base.startsWith(`${base}/`)) continue
      const below = start.base === base ? 0 : segmentsOf(start.base) - segmentsOf(base)
      depth = Math.max(depth, below + start.depth)
    }
    return { base, depth }
  })
}

function segmentsOf(path: string): number {
  return path === '' ? 0 : path.split('/').length
}

/** What `read` returns for a file over the cap: nothing loaded, the size and the cap. */
export function tooLarge(size: number, limit: number): ReadResult {
  return { text: '', bytes: new Uint8Array(0), tooLarge: true, size, limit }
}
