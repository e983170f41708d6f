import type { Refusal } from './types.js'

/**
 * Repository-relative path handling shared by every RepoFS. A path is normalised to POSIX form
 * without `.` segments or trailing slash; one that is absolute, climbs above the root, or enters a
 * `.git` folder has no normal form (undefined) and is treated as absent.
 */
export function normalizeRepoPath(path: string): string | undefined {
  if (typeof path !== 'string' || path.length > MAX_PATH_LENGTH || path.includes('\0'))
    return undefined
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
    return undefined
  const out: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (out.length === 0) return undefined
      out.pop()
      continue
    }
    if (isGitSegment(segment)) return undefined
    out.push(segment)
  }
  return out.join('/')
}

/**
 * Longer than any path a file system accepts (Linux PATH_MAX): such a path cannot exist, so it has
 * no normal form, and hostile text cited as a path costs nothing to look up.
 */
export const MAX_PATH_LENGTH = 4096

/** Why a path has no normal form: it leaves the root or enters `.git` (undefined otherwise). */
export function lexicalRefusal(path: string): Refusal | undefined {
  if (typeof path !== 'string' || path.includes('\0')) return undefined
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
    return 'outside-root'
  let depth = 0
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (depth === 0) return 'outside-root'
      depth -= 1
    } else if (isGitSegment(segment)) {
      return 'git-internal'
    } else {
      depth += 1
    }
  }
  return undefined
}

/** `.git` in any letter case: case-insensitive file systems would open the same folder. */
function isGitSegment(segment: string): boolean {
  return segment.toLowerCase() === '.git'
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
