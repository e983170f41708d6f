import type { Refusal } from './types.js'

/**
 * Repository-relative path handling shared by every RepoFS. A path is normalised to POSIX form
 * without `.` segments or trailing slash; one that is absolute, climbs above the root, or enters a
 * `.git` folder has no normal form (undefined) and is treated as absent.
 */
export function normalizeRepoPath(path: string): string | undefined {
  if (typeof path !== 'string' || path.length > MAX_PATH_LENGTH) return undefined
  // Almost every path asked about is already normal (a folder maybe with its slash): no split.
  if (isPlainPath(path)) return path
  if (path.charCodeAt(path.length - 1) === SLASH && isPlainPath(path, true))
    return path.slice(0, -1)
  if (path.includes('\0')) return undefined
  const walked = walkSegments(path)
  return typeof walked === 'string' ? undefined : walked.join('/')
}

/**
 * Longer than any path a file system accepts (Linux PATH_MAX): such a path cannot exist, so it has
 * no normal form, and hostile text cited as a path costs nothing to look up.
 */
export const MAX_PATH_LENGTH = 4096

/** Why a path has no normal form: it leaves the root or enters `.git` (undefined otherwise). */
export function lexicalRefusal(path: string): Refusal | undefined {
  if (typeof path !== 'string' || isPlainPath(path, true) || path.includes('\0')) return undefined
  const walked = walkSegments(path)
  return typeof walked === 'string' ? walked : undefined
}

/**
 * The one walk over a path's segments behind both `normalizeRepoPath` and `lexicalRefusal`: the
 * segments of its normal form, or why it has none (the first `..` above the root or `.git`
 * segment met, or an absolute start).
 */
function walkSegments(path: string): string[] | Refusal {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
    return 'outside-root'
  const out: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (out.length === 0) return 'outside-root'
      out.pop()
    } else if (isGitName(segment)) {
      return 'git-internal'
    } else {
      out.push(segment)
    }
  }
  return out
}

/**
 * Whether a path segment or folder entry is `.git` in any letter case (case-insensitive file
 * systems would open the same folder): the one test of it in the repository layer.
 */
export function isGitName(name: string): boolean {
  return name.length === 4 && isGitAt(name, 0)
}

/** Whether the four characters at `at` spell `.git` in any letter case. */
function isGitAt(text: string, at: number): boolean {
  return (
    text.charCodeAt(at) === DOT &&
    (text.charCodeAt(at + 1) | 0x20) === 0x67 && // g
    (text.charCodeAt(at + 2) | 0x20) === 0x69 && // i
    (text.charCodeAt(at + 3) | 0x20) === 0x74 // t
  )
}

const SLASH = 0x2f
const DOT = 0x2e
const BACKSLASH = 0x5c
const COLON = 0x3a

/**
 * Whether a path is already in normal form, so that normalising it would return it unchanged: no
 * empty, `.`, `..` or `.git` segment, no NUL, no trailing slash (one is allowed with
 * `trailingSlash`), and no start that could read as absolute (`\\server`, `C:`). One pass over
 * the characters, no allocation.
 */
export function isPlainPath(path: string, trailingSlash = false): boolean {
  const length = path.length
  if (length === 0 || path.charCodeAt(0) === BACKSLASH || path.charCodeAt(1) === COLON) return false
  let start = 0
  for (let i = 0; i <= length; i++) {
    const code = i < length ? path.charCodeAt(i) : SLASH
    if (code === 0) return false
    if (code !== SLASH) continue
    const size = i - start
    if (size === 0) return trailingSlash && i === length && i > 1
    if (path.charCodeAt(start) === DOT) {
      if (size === 1 || (size === 2 && path.charCodeAt(start + 1) === DOT)) return false
      if (size === 4 && isGitAt(path, start)) return false
    }
    start = i + 1
  }
  return true
}

/** Folder names a tree walk never descends into. */
export const WALK_SKIPPED_DIRS: ReadonlySet<string> = new Set(['.git', 'node_modules'])

export function joinRepoPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`
}

export function parentDir(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}

/** Every ancestor folder of a path, root (`''`) first, the path itself excluded. */
export function ancestorDirs(path: string): string[] {
  const parts = path.split('/')
  const dirs = ['']
  for (let i = 1; i < parts.length; i++) dirs.push(parts.slice(0, i).join('/'))
  return dirs
}
