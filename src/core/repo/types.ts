import type { PagedText } from './paged-text.js'

/**
 * Read-only access to a repository tree, confined to its root. Paths are repository-relative
 * POSIX strings; anything that resolves outside the root (through `..` or a symlink) or into
 * `.git/` is reported as absent and never read.
 */
export type EntryType = 'file' | 'dir'

/**
 * What `read` returns. A file over the size cap is not loaded: `tooLarge` is set, `text` and
 * `bytes` are empty and `size` gives its length, so the engine can report it instead.
 */
export interface ReadResult {
  /** The decoded text; for a paged document, built when asked for (prefer `paged`). */
  text: string
  bytes: Uint8Array
  /**
   * A large document's text held as its bytes (see PagedText): readers of planning documents
   * take it instead of `text`, which would decode the whole file into one string.
   */
  paged?: PagedText
  tooLarge?: boolean
  size?: number
  /** With `tooLarge`: the size cap the file exceeded. */
  limit?: number
}

/** Why a path reads as absent although something may be there. */
export type Refusal =
  /** It climbs above the root, is absolute, or goes through a symlink that leaves the root. */
  | 'outside-root'
  /** It is inside a `.git` folder (directly or through a symlink): git's internals, never read. */
  | 'git-internal'

export interface ReadOptions {
  /**
   * A lower size cap for this read: a larger file is reported `tooLarge` without being loaded
   * (planning documents have a much smaller limit than evidence files).
   */
  maxBytes?: number
}

export interface RepoFS {
  readonly root: string
  /** `file`, `dir`, or undefined when absent, outside the root or under `.git/`. */
  stat(path: string): EntryType | undefined
  /** Text of a file (undefined when absent); `bytes` is the raw content for binary checks. */
  read(path: string, options?: ReadOptions): ReadResult | undefined
  /** Names in a folder (undefined when absent). */
  list(dir: string): string[] | undefined
  /**
   * Why the tree refuses `path` (it reads as absent), so a rule can say "outside the repository"
   * rather than "missing"; undefined for ordinary paths, present or not. Optional for fakes.
   */
  refusal?(path: string): Refusal | undefined
  /** True when the path is excluded by the repository's .gitignore files. */
  isIgnored(path: string): boolean
  /** All files matching any of the globs (repository-relative), sorted. */
  glob(patterns: string[], ignore?: string[]): string[]
}
