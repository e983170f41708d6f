import picomatch from 'picomatch'
import type { DateValue, ReportFolder } from '../model.js'
import { exclusionMatcher, matchDepth } from '../repo/match.js'
import { normalizeRepoPath } from '../repo/paths.js'
import type { RepoFS } from '../repo/types.js'

/** How deep below a report root timestamped folders are looked for (`reports/<topic>/<phase>/<ts>`). */
const MAX_REPORT_DEPTH = 6
/** How deep a report-root pattern may reach from its static base. */
const MAX_ROOT_DEPTH = 8

/**
 * A folder name that starts like an ISO-8601 date or timestamp: `2025-10-17`, `2025-10-17T025000Z`,
 * `20251008T215755Z`, `2026-01-22T02:40Z`, optionally followed by `-suffix`.
 */
const STAMP =
  /^(\d{4})(-?)(\d{2})\2(\d{2})(?:[T_](\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?Z?)?(?=$|[-_.+ ])/i

/** Parses a folder name as a timestamp; undefined when it does not look like one. */
export function parseFolderStamp(name: string): { looksLikeStamp: boolean; date?: DateValue } {
  const match = STAMP.exec(name)
  if (!match) return { looksLikeStamp: false }
  const [raw, year, , month, day, hour, minute, second] = match as unknown as (string | undefined)[]
  const parts = [year, month, day, hour ?? '0', minute ?? '0', second ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  const [y, mo, d, h, mi, s] = parts
  const epochMs = Date.UTC(y, mo - 1, d, h, mi, s)
  const check = new Date(epochMs)
  const valid =
    check.getUTCFullYear() === y &&
    check.getUTCMonth() === mo - 1 &&
    check.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    s < 60
  if (!valid) return { looksLikeStamp: true }
  const text = raw ?? name
  return {
    looksLikeStamp: true,
    date: {
      raw: text,
      epochMs,
      precision: second !== undefined ? 'second' : hour !== undefined ? 'minute' : 'day',
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 + text.length }
    }
  }
}

/** Every timestamp-named folder under the configured report roots. */
export function findReportFolders(fs: RepoFS, roots: string[], ignore: string[]): ReportFolder[] {
  const isIgnored = exclusionMatcher(ignore)
  const folders = new Map<string, ReportFolder>()
  for (const root of matchingDirs(fs, roots)) {
    collectStampedFolders(fs, root, 0, isIgnored, folders)
  }
  return [...folders.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function collectStampedFolders(
  fs: RepoFS,
  dir: string,
  depth: number,
  isIgnored: (path: string) => boolean,
  out: Map<string, ReportFolder>
): void {
  if (depth >= MAX_REPORT_DEPTH) return
  for (const name of fs.list(dir) ?? []) {
    const path = dir === '' ? name : `${dir}/${name}`
    if (name === 'node_modules' || isIgnored(path) || fs.stat(path) !== 'dir') continue
    const stamp = parseFolderStamp(name)
    if (stamp.looksLikeStamp) {
      out.set(path, { path, name, ...(stamp.date ? { date: stamp.date } : {}) })
    } else {
      collectStampedFolders(fs, path, depth + 1, isIgnored, out)
    }
  }
}

/** Folders matching glob patterns, found by walking from each pattern's static base. */
export function matchingDirs(fs: RepoFS, patterns: string[]): string[] {
  const found = new Set<string>()
  for (const pattern of patterns) {
    const { base, isGlob } = picomatch.scan(pattern)
    const start = normalizeRepoPath(base)
    if (start === undefined) continue
    if (!isGlob) {
      const path = normalizeRepoPath(pattern)
      if (path !== undefined && fs.stat(path) === 'dir') found.add(path)
      continue
    }
    const matches = picomatch(pattern.replace(/\/+$/, ''), { dot: true })
    const maxDepth = Math.min(MAX_ROOT_DEPTH, matchDepth(pattern))
    const visit = (dir: string, depth: number): void => {
      if (dir !== '' && matches(dir)) found.add(dir)
      if (depth >= maxDepth) return
      for (const name of fs.list(dir) ?? []) {
        if (name === 'node_modules') continue
        const child = dir === '' ? name : `${dir}/${name}`
        if (fs.stat(child) === 'dir') visit(child, depth + 1)
      }
    }
    if (start === '' || fs.stat(start) === 'dir') visit(start, 0)
  }
  return [...found].sort()
}
