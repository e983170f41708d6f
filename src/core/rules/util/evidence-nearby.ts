import type { EntryType, RepoFS } from '../../repo/types.js'
import { joinRepoPath } from '../../repo/paths.js'

/** A name that looks like an evidence timestamp: `2025-10-17T025000Z`, `20251008T215755Z`. */
const STAMP_LIKE = /^\d{4}-?\d{2}-?\d{2}(?:[T_-]?\d{2,6})?Z?$/

/** File names every initiative or run folder has: never evidence of "the same file" alone. */
const COMMON_NAMES = new Set([
  'plan.md',
  'implementation.md',
  'readme.md',
  'index.md',
  'summary.md',
  'notes.md',
  'commands.txt',
  'env.json',
  'pytest.log',
  'run.log',
  'trace.json',
  'metrics.json'
])

/** Folder entries visited at most when indexing one subtree for "did you mean". */
const MAX_INDEX_ENTRIES = 5000
const MAX_INDEX_DEPTH = 6

export function isStampLike(name: string): boolean {
  return STAMP_LIKE.test(name)
}

export function stripSlash(path: string): string {
  // Most paths end in no slash: no new string.
  let end = path.length
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--
  return end === path.length ? path : path.slice(0, end)
}

/**
 * Answers "does it exist, and if not, what did the author probably mean?" for cited paths, with
 * bounded, cached searches: sibling timestamp folders, then the same base name in the subtree of
 * the deepest folder that does exist. Never walks the whole tree.
 */
export class NearbyPaths {
  private readonly subtreeIndex = new Map<string, Map<string, string[]>>()
  private readonly stamps = new Map<string, Stamp[]>()
  private readonly folderEntries = new Map<string, FolderEntries>()
  private readonly sameNameGroups = new Map<string, SameNameGroup>()

  /** The tree asked; it caches its answers by the path as asked (cited paths repeat a lot). */
  constructor(private readonly fs: RepoFS) {}

  stat(path: string): EntryType | undefined {
    return this.fs.stat(stripSlash(path))
  }

  private statOf(path: string): EntryType | undefined {
    return this.fs.stat(path)
  }

  private listOf(dir: string): string[] | undefined {
    return this.fs.list(dir)
  }

  /** Whether the folder of `path` holds a file whose name starts with its last segment. */
  hasStem(path: string): boolean {
    const target = stripSlash(path)
    const slash = target.lastIndexOf('/')
    const stem = target.slice(slash + 1).replace(/[*?].*$/, '')
    if (stem === '') return false
    const names = this.listOf(slash < 0 ? '' : target.slice(0, slash)) ?? []
    return names.some((name) => name.startsWith(stem))
  }

  /** The shortest prefix of `path` (whole segments) that does not exist, or undefined if it does. */
  missingPrefix(path: string): string | undefined {
    const target = stripSlash(path)
    for (let slash = target.indexOf('/'); ; slash = target.indexOf('/', slash + 1)) {
      const prefix = slash < 0 ? target : target.slice(0, slash)
      if (this.statOf(prefix) === undefined) return prefix
      if (slash < 0) return undefined
    }
  }

  /** A path that exists and is probably what `path` meant, or undefined. */
  suggest(path: string, baseDirs: readonly string[] = []): string | undefined {
    const target = stripSlash(path)
    const wantDir = path.endsWith('/')
    return (
      this.rebased(target, baseDirs) ??
      this.siblingStamp(target, wantDir) ??
      this.sameBaseName(target, wantDir)
    )
  }

  /** `reports/<ts>/x.md` written relative to the initiative's folder (`plans/active/X/`). */
  private rebased(target: string, baseDirs: readonly string[]): string | undefined {
    for (const base of baseDirs) {
      const candidate = `${stripSlash(base)}/${target}`
      if (base !== '' && this.statOf(candidate) !== undefined) return candidate
    }
    return undefined
  }

  /** `…/2025-10-17T025000Z/x.md` → `…/2025-10-17T025633Z/x.md` when that one exists. */
  private siblingStamp(target: string, wantDir: boolean): string | undefined {
    const segments = target.split('/')
    for (let i = segments.length - 1; i >= 1; i--) {
      const name = segments[i] as string
      if (!isStampLike(name)) continue
      const parent = segments.slice(0, i).join('/')
      const rest = segments.slice(i + 1).join('/')
      const found = this.nearestSibling(parent, name, rest, wantDir)
      if (found !== undefined) return found
    }
    return undefined
  }

  /**
   * `parent/<stamp>/rest` for the sibling stamp folder nearest in time to `name` (the first
   * listed on a tie) where that path exists, or the stamp folder itself when `rest` is empty.
   * Farther stamps, and stamps whose folder does not list the first segment of `rest` (in any
   * case), are passed over before a path is made: a missing file cited in one of thousands of
   * report folders does not make a path for each. A name a listing may miss on another kind of
   * disk (see LISTED_NAME) is looked for in every folder.
   */
  private nearestSibling(
    parent: string,
    name: string,
    rest: string,
    wantDir: boolean
  ): string | undefined {
    const wanted = stampTime(name)
    const first = rest.split('/', 1)[0] ?? ''
    const listed = rest !== '' && LISTED_NAME.test(first) ? first.toLowerCase() : undefined
    let bestDistance = Infinity
    let best: string | undefined
    for (const stamp of this.stampsIn(parent)) {
      const distance = Math.abs(stamp.time - wanted)
      if (stamp.name === name || distance > SIBLING_WINDOW_MS || distance >= bestDistance) continue
      if (listed !== undefined && !this.lowerNamesOf(stamp).has(listed)) continue
      const candidate = rest === '' ? stamp.folder : joinRepoPath(stamp.folder, rest)
      if (!this.hasKind(candidate, wantDir, rest === '')) continue
      bestDistance = distance
      best = candidate
    }
    return best
  }

  /** The lower-case names a stamp folder lists, once per folder. */
  private lowerNamesOf(stamp: Stamp): ReadonlySet<string> {
    stamp.lowerNames ??= new Set(
      (this.listOf(stamp.folder) ?? []).map((entry) => entry.toLowerCase())
    )
    return stamp.lowerNames
  }

  /** Stamp-like names in a folder with their times, once per folder (report folders are big). */
  private stampsIn(dir: string): readonly Stamp[] {
    let stamps = this.stamps.get(dir)
    if (stamps === undefined) {
      stamps = (this.listOf(dir) ?? [])
        .filter((name) => isStampLike(name))
        .map((name) => ({ name, time: stampTime(name), folder: joinRepoPath(dir, name) }))
      this.stamps.set(dir, stamps)
    }
    return stamps
  }

  private hasKind(candidate: string, wantDir: boolean, isStampFolder: boolean): boolean {
    const kind = this.statOf(candidate)
    if (kind === undefined) return false
    if (isStampFolder || wantDir) return kind === 'dir'
    return kind === 'file'
  }

  /** The same file name somewhere below the deepest existing ancestor (or its parent). */
  private sameBaseName(target: string, wantDir: boolean): string | undefined {
    const segments = target.split('/')
    const base = (segments[segments.length - 1] ?? '').toLowerCase()
    if (base === '' || segments.length < 2) return undefined
    let anchor = this.deepestExistingAncestor(segments)
    for (let step = 0; step < 2 && anchor.length > 0; step++) {
      const group = this.sameNameGroup(anchor.join('/'), base, wantDir)
      const others = group.paths.size - (group.paths.has(target) ? 1 : 0)
      // A common name (`plan.md`, `pytest.log`, a `cpu/` folder) elsewhere says nothing unless
      // its folder matches too; a rare file name (or a dated folder name) is enough.
      const distinctive =
        others <= 2 &&
        !COMMON_NAMES.has(base) &&
        (!wantDir || (/\d/.test(base) && base.length >= 8))
      const candidates = (
        distinctive ? [...group.paths] : (group.byLastTwo.get(lastTwo(segments)) ?? [])
      ).filter((c) => c !== target)
      if (candidates.length > 0) return closest(candidates, segments)
      anchor = anchor.slice(0, -1)
    }
    return undefined
  }

  /**
   * The paths below `anchor` named `base` (any case) that are folders or files as wanted, and
   * the same by their last two segments: worked out once, not once per missing path (thousands of
   * report folders may each hold a `summary.md`).
   */
  private sameNameGroup(anchor: string, base: string, wantDir: boolean): SameNameGroup {
    const key = `${wantDir ? 'd' : 'f'}\0${base}\0${anchor}`
    let group = this.sameNameGroups.get(key)
    if (group === undefined) {
      const paths = new Set<string>()
      const byLastTwo = new Map<string, string[]>()
      for (const path of this.index(anchor).get(base) ?? []) {
        if ((this.statOf(path) === 'dir') !== wantDir) continue
        paths.add(path)
        const tail = lastTwo(path.split('/'))
        const same = byLastTwo.get(tail)
        if (same === undefined) byLastTwo.set(tail, [path])
        else same.push(path)
      }
      group = { paths, byLastTwo }
      this.sameNameGroups.set(key, group)
    }
    return group
  }

  private deepestExistingAncestor(segments: string[]): string[] {
    let deepest: string[] = []
    for (let i = 1; i < segments.length; i++) {
      const prefix = segments.slice(0, i)
      if (this.statOf(prefix.join('/')) !== 'dir') break
      deepest = prefix
    }
    return deepest
  }

  /** Lower-case base name → paths below `dir`, breadth first, bounded. */
  private index(dir: string): Map<string, string[]> {
    const cached = this.subtreeIndex.get(dir)
    if (cached) return cached
    const byName = new Map<string, string[]>()
    const queue: Array<[string, number]> = [[dir, 0]]
    let visited = 0
    // A read cursor instead of shift(): the queue may hold thousands of folders.
    for (let next = 0; next < queue.length && visited < MAX_INDEX_ENTRIES; next++) {
      const [folder, depth] = queue[next] as [string, number]
      const { paths, names, dirs } = this.entriesOf(folder)
      for (let i = 0; i < paths.length; i++) {
        if (++visited > MAX_INDEX_ENTRIES) break
        const child = paths[i] as string
        const key = names[i] as string
        const same = byName.get(key)
        if (same === undefined) byName.set(key, [child])
        else same.push(child)
        if (depth < MAX_INDEX_DEPTH && this.isFolder(dirs, i, child)) queue.push([child, depth + 1])
      }
    }
    this.subtreeIndex.set(dir, byName)
    return byName
  }

  /**
   * A folder's entries as the index walks them, worked out once per folder: the subtrees of
   * nested anchors (`reports/x/`, then `reports/`) overlap, and are walked again. No walk visits
   * more than MAX_INDEX_ENTRIES entries, so no more are kept.
   */
  private entriesOf(folder: string): FolderEntries {
    let entries = this.folderEntries.get(folder)
    if (entries === undefined) {
      const listed = this.listOf(folder) ?? []
      const count = Math.min(listed.length, MAX_INDEX_ENTRIES)
      const paths: string[] = []
      const names: string[] = []
      for (let i = 0; i < count; i++) {
        const name = listed[i] as string
        paths.push(`${folder}/${name}`)
        names.push(name.toLowerCase())
      }
      entries = { paths, names, dirs: new Int8Array(count).fill(UNKNOWN) }
      this.folderEntries.set(folder, entries)
    }
    return entries
  }

  /** Whether entry `i` of a folder is a folder: looked up only when a walk goes that deep. */
  private isFolder(dirs: Int8Array, i: number, path: string): boolean {
    if (dirs[i] === UNKNOWN) dirs[i] = this.statOf(path) === 'dir' ? 1 : 0
    return dirs[i] === 1
  }
}

/** A stamp-like folder name, its time, its path, and (once asked) the names it lists. */
interface Stamp {
  name: string
  time: number
  folder: string
  lowerNames?: ReadonlySet<string>
}

/** Paths of one name below an anchor (see sameNameGroup). */
interface SameNameGroup {
  paths: Set<string>
  /** The paths by their last two segments: those sharing a folder name and a file name. */
  byLastTwo: Map<string, string[]>
}

/**
 * `a/b` of `…/a/b`: two paths share at least two trailing segments exactly when these agree (both
 * have two or more segments here).
 */
function lastTwo(segments: readonly string[]): string {
  return `${segments[segments.length - 2] ?? ''}/${segments[segments.length - 1] ?? ''}`
}

/**
 * A name that a folder's listing shows as it is opened (in some letter case). Others, on a disk
 * that folds case, Unicode forms or trailing dots, may open an entry listed under another name.
 */
const LISTED_NAME = /^[\w.+,=@-]*[\w+,=@-]$/

/** A folder entry whose type has not been looked up yet. */
const UNKNOWN = -1

/**
 * The entries of one folder: their paths, lower-case names, and whether each is a folder (1),
 * is not (0) or was not looked up yet (UNKNOWN).
 */
interface FolderEntries {
  paths: string[]
  names: string[]
  dirs: Int8Array
}

/** A sibling run further away in time than this is another run, not a typo. */
const SIBLING_WINDOW_MS = 48 * 3600 * 1000

/** Milliseconds of a stamp-like name (`2025-10-17T025000Z`, `20251009-161714`), NaN-free. */
function stampTime(stamp: string): number {
  // Its first 14 digits as YYYYMMDDhhmmss, padded with zeros (a report folder holds hundreds).
  const fields = [0, 0, 0, 0, 0, 0]
  let digits = 0
  for (let i = 0; digits < 14; i++) {
    const digit = i < stamp.length ? stamp.charCodeAt(i) - 0x30 : 0
    if (digit < 0 || digit > 9) continue
    const field = digits < 4 ? 0 : (digits - 2) >> 1
    fields[field] = (fields[field] as number) * 10 + digit
    digits++
  }
  const ms = Date.UTC(fields[0]!, fields[1]! - 1, fields[2]!, fields[3]!, fields[4]!, fields[5]!)
  return Number.isFinite(ms) ? ms : 0
}

/** How many trailing segments two paths share. */
function sharedSuffix(a: string[], b: string[]): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

/**
 * The candidate most like the target: most leading segments shared, then the same letter case
 * in the name, then the most similar first differing segment; the newest (last) on ties.
 */
function closest(candidates: string[], target: string[]): string {
  const targetBase = target[target.length - 1] ?? ''
  const score = (candidate: string): number => {
    const parts = candidate.split('/')
    let shared = 0
    while (shared < parts.length && parts[shared] === target[shared]) shared++
    const exactBase = parts[parts.length - 1] === targetBase ? 0.5 : 0
    return (
      2 * sharedSuffix(parts, target) +
      shared +
      exactBase +
      0.4 * prefixSimilarity(parts[shared] ?? '', target[shared] ?? '')
    )
  }
  return [...candidates].sort(
    (a, b) => score(b) - score(a) || (a < b ? 1 : a > b ? -1 : 0)
  )[0] as string
}

function prefixSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 0
  let same = 0
  while (same < a.length && same < b.length && a[same] === b[same]) same++
  return same / longest
}
