/**
 * Which lines of a pull request GitHub accepts review comments on: the RIGHT-side (new file)
 * lines inside the hunks of each file's patch, both added and unchanged context lines.
 */

export interface Hunk {
  /** First and last new-file line the hunk covers (inclusive); empty hunks have end < start. */
  start: number
  end: number
}

export interface FileDiff {
  path: string
  /** RIGHT-side lines a comment may be placed on. */
  commentable: Set<number>
  /** RIGHT-side lines the pull request added or changed. */
  added: Set<number>
  hunks: Hunk[]
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

/** Parses one file's unified-diff patch as `pulls.listFiles` returns it (no file headers). */
export function parsePatch(path: string, patch: string | undefined): FileDiff {
  const diff: FileDiff = { path, commentable: new Set(), added: new Set(), hunks: [] }
  if (!patch) return diff
  let next = 0
  let inHunk = false
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line)
    if (header) {
      next = Number(header[1])
      const length = header[2] === undefined ? 1 : Number(header[2])
      diff.hunks.push({ start: next, end: next + length - 1 })
      inHunk = true
      continue
    }
    if (!inHunk) continue
    const kind = line[0]
    if (kind === '+') {
      diff.commentable.add(next)
      diff.added.add(next)
      next += 1
    } else if (kind === ' ' || line === '') {
      // An empty line inside a hunk is a context line whose leading space was trimmed.
      if (line === '' && !withinHunk(diff, next)) continue
      diff.commentable.add(next)
      next += 1
    }
    // '-' lines exist only on the LEFT side; '\' is "No newline at end of file".
  }
  return diff
}

function withinHunk(diff: FileDiff, line: number): boolean {
  const hunk = diff.hunks[diff.hunks.length - 1]
  return hunk !== undefined && line >= hunk.start && line <= hunk.end
}

export interface PullRequestFile {
  filename: string
  patch?: string | null
  status?: string
}

/** The diff of a whole pull request, keyed by path. Removed files have no RIGHT side. */
export function parsePullRequestFiles(files: PullRequestFile[]): Map<string, FileDiff> {
  const diffs = new Map<string, FileDiff>()
  for (const file of files) {
    if (file.status === 'removed') continue
    diffs.set(file.filename, parsePatch(file.filename, file.patch ?? undefined))
  }
  return diffs
}

/**
 * The diff seen from a sub-folder of the repository (the Action's `working-directory`): files
 * under `prefix` keyed by their path inside it, everything else dropped.
 */
export function diffsUnder(
  diffs: ReadonlyMap<string, FileDiff>,
  prefix: string
): Map<string, FileDiff> {
  if (!prefix) return new Map(diffs)
  const folder = `${prefix.replace(/\/+$/, '')}/`
  const result = new Map<string, FileDiff>()
  for (const [path, diff] of diffs) {
    if (path.startsWith(folder))
      result.set(path.slice(folder.length), { ...diff, path: path.slice(folder.length) })
  }
  return result
}

/** Whether every line from `start` to `end` is commentable and inside one hunk. */
export function isCommentableRange(diff: FileDiff, start: number, end: number): boolean {
  if (end < start) return false
  const hunk = diff.hunks.find((h) => start >= h.start && start <= h.end)
  if (!hunk || end > hunk.end) return false
  for (let line = start; line <= end; line++) if (!diff.commentable.has(line)) return false
  return true
}
