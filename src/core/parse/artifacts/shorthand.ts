/**
 * Relative shorthand inside one run of text (one attempt, one field, one table row).
 *
 * Agents cite an evidence folder once and then name files in it briefly:
 *   Artifacts: `plans/active/X/reports/2025-10-17T025000Z/` (`summary.md`, `logs/pytest.log`,
 *   `reports/…/metrics.json`)
 *
 * The semantics are deliberately narrow, because a wrong guess is a false "missing" error:
 * - The anchor is a reference that expands to exactly one evidence folder: a trailing `/`, two
 *   segments or more, and a timestamp segment or a `reports` segment (`src/pkg/` is no anchor:
 *   names near it are prose about code). A later anchor replaces it; file references never
 *   become anchors; nothing carries over between runs.
 * - Glue: a shorthand must follow the anchor, or the previous shorthand resolved against it,
 *   in the same sentence with at most four words between them (one at the start of a sibling
 *   item) (`\`dir/\` holds \`a.md\`,
 *   \`b.md\` and \`c.md\``); after a `.`/`;` or a longer stretch of prose (`…, documenting
 *   the delta and updating \`notes.md\``) the name is about something else.
 * - Reach: the anchor serves the rest of its own line. When it is the last reference of its
 *   line (a line introducing a list), it also serves the next line when that line is a
 *   continuation or an item nested under the anchor's line, or a sibling item (`- \`a.md\` —
 *   …` listing the folder's files); there the glue is measured from the start of the line's
 *   content. Each line that uses the anchor passes the reach on by one line; a line that does
 *   not use it ends it.
 * - A backticked lone file name with a common evidence extension (`summary.md`, `pytest.log`)
 *   resolves to anchor + name; without an anchor a lone name is no reference at all.
 * - A relative path whose first segment is not a known root, at most three segments deep
 *   (`logs/pytest.log`), resolves to anchor + path. When its first segment is a timestamp or
 *   already appears in the anchor (`scaling_audit/summary.md` next to `…/scaling_audit/`) the
 *   intended base is ambiguous and the path is dropped, as it is without an anchor.
 * - A path starting with `../` is read against the anchor (`../<stamp>/x.md` names a sibling
 *   evidence folder); without an anchor it escapes the repository and is `outside`.
 * - An elided path `head/…/tail` (or `…/tail`, `...` alike) resolves to anchor + tail when the
 *   anchor contains the segments of `head` contiguously (`reports/…/x.md` against
 *   `plans/active/X/reports/<stamp>/`) and `tail` names no timestamp folder of its own;
 *   otherwise it stays as cited, a placeholder.
 * - Plans keep evidence in `<plan folder>/reports/<stamp>/` and often cite it from the plan
 *   folder: `reports/<stamp>/x.md`. Such a path (a `reports` segment followed at once by a
 *   timestamp) is re-rooted at the last `<prefix>/reports/<stamp>` cited earlier in the run
 *   (any line), or else at the caller's `baseDir` (a plan's own folder). Top-level
 *   `reports/<topic>/…` paths are left alone.
 * Paths resolved against a placeholder anchor (`reports/<ts>/`) are placeholders too.
 */
import { LEADING_DOT_SLASHES } from './shape.js'

/** Where a line sits in its list, as far as its text shows. */
export interface LineLayout {
  /** 0-based column of the first non-blank character of the text given for the line. */
  indent: number
  /** The marker's column when the text given starts a list item (`- …`, `* …`, `1. …`). */
  itemIndent?: number
  /**
   * Words of prose between the reference and the anchor chain on its line (or the start of
   * the line's content); Infinity across a sentence end.
   */
  glueWords?: number
}

export const STAMP_SEGMENT =
  /^(?:\d{8}T\d{4,6}Z?|\d{4}-\d{2}-\d{2}T\d{2}:?\d{2}(?::?\d{2})?Z?|\d{8}[-_]\d{4,6}|<[^>]+>)$/
/** `head/…/tail`, `…/tail` (or `...`): the head and the tail. */
const ELIDED_PATH = /^(.*?)(?:^|\/)(?:\.\.\.|…)\/(.+)$/
/** Most words of prose between an anchor (or the line start) and a name resolved against it. */
const MAX_GLUE_WORDS = 4
const MAX_SIBLING_WORDS = 1
/** Anchors deeper than this (in segments) are ignored: no real evidence folder is that deep. */
const MAX_ANCHOR_SEGMENTS = 64

/** The anchor segments of a resolver without anchor (one per run of text: shared). */
const NO_SEGMENTS: readonly string[] = Object.freeze([])

export class ShorthandResolver {
  private anchor: string | undefined
  private anchorSegments: readonly string[] = NO_SEGMENTS
  /** Last line the anchor was set or used on. */
  private anchorLine = 0
  /** Whether the anchor may serve the line after `anchorLine`. */
  private reachesNextLine = false
  /** Whether a shorthand of the reference being read used the anchor. */
  private usedSinceNote = false
  /** `<prefix>/` of the last `<prefix>/reports/<stamp>` cited in the run. */
  private evidencePrefix: string | undefined

  constructor(private readonly baseDir?: string) {}

  /** Least marker indent of a list item nested under the anchor's line. */
  private nestedItemIndent = 0
  /** Line and end offset of the anchor or of the last shorthand resolved against it. */
  private chainLine = 0
  private chainEnd = 0

  /** Folder a shorthand on `line` resolves against, if any. */
  anchorFor(line: number, layout: LineLayout): string | undefined {
    if (this.anchor === undefined) return undefined
    if (line === this.anchorLine) {
      return (layout.glueWords ?? 0) <= MAX_GLUE_WORDS ? this.anchor : undefined
    }
    if (line !== this.anchorLine + 1 || !this.reachesNextLine) return undefined
    const item = layout.itemIndent
    const words = layout.glueWords ?? 0
    if (item === undefined || item >= this.nestedItemIndent) {
      return words <= MAX_GLUE_WORDS ? this.anchor : undefined
    }
    // A sibling item must open with the name (`- \`a.md\` — …`, `- Log: \`a.log\``).
    const sibling = item === this.nestedItemIndent - 1 && words <= MAX_SIBLING_WORDS
    return sibling ? this.anchor : undefined
  }

  /**
   * Whether the anchor may serve some shorthand on `line`; when not, anchorFor is undefined
   * whatever the layout, and no shorthand of the line resolves.
   */
  mayServe(line: number): boolean {
    if (this.anchor === undefined) return false
    return line === this.anchorLine || (line === this.anchorLine + 1 && this.reachesNextLine)
  }

  /** Whether rerootReports has a folder to re-root `reports/<stamp>/…` paths at. */
  hasReportsPrefix(): boolean {
    return this.evidencePrefix !== undefined || normaliseBase(this.baseDir) !== undefined
  }

  /** Where on `line` the anchor chain last ended (offset in the line's text), if on it. */
  chainEndOn(line: number): number | undefined {
    return this.chainLine === line ? this.chainEnd : undefined
  }

  /**
   * Records a reference read on `line` (after any shorthand was resolved) and offers its
   * expanded paths (summed up by notedPaths) as the new anchor. `layout` is read only when
   * the paths are an evidence folder.
   */
  record(noted: NotedPaths, line: number, layout: LineLayout, end: number): void {
    if (noted.prefix !== undefined) this.evidencePrefix = noted.prefix
    const folder = noted.folder
    if (folder !== undefined) {
      this.anchor = folder
      this.anchorSegments = noted.folderSegments ?? segmentsOf(folder)
      this.anchorLine = line
      this.nestedItemIndent =
        layout.itemIndent === undefined ? layout.indent : layout.itemIndent + 1
      this.reachesNextLine = true
    } else if (line === this.anchorLine && !this.usedSinceNote) {
      // Another reference follows the anchor on its line: the line does not introduce a list.
      this.reachesNextLine = false
    }
    if (folder !== undefined || this.usedSinceNote) {
      this.chainLine = line
      this.chainEnd = end
    }
    this.usedSinceNote = false
  }

  /** A lone file name, against the anchor. */
  resolveName(name: string, line: number, layout: LineLayout): string | undefined {
    const anchor = this.use(line, layout)
    return anchor === undefined ? undefined : anchor + name
  }

  /** A short unrooted relative path, against the anchor (undefined when ambiguous). */
  resolveRelative(path: string, line: number, layout: LineLayout): string | undefined {
    if (this.anchorFor(line, layout) === undefined) return undefined
    const segments = segmentsOf(path)
    const first = segments[0]
    if (first === undefined || segments.length > 3) return undefined
    if (STAMP_SEGMENT.test(first) || this.anchorSegments.includes(first)) return undefined
    const anchor = this.use(line, layout)
    return anchor === undefined ? undefined : anchor + segments.join('/') + trailingSlash(path)
  }

  /** `../sibling/x.md` against the anchor (its `..` folded later), or undefined. */
  resolveParent(path: string, line: number, layout: LineLayout): string | undefined {
    const anchor = this.use(line, layout)
    return anchor === undefined ? undefined : anchor + path
  }

  /** `head/…/tail` against the anchor, or undefined when the anchor does not fit. */
  resolveElided(path: string, line: number, layout: LineLayout): string | undefined {
    const anchor = this.anchorFor(line, layout)
    if (anchor === undefined) return undefined
    const match = ELIDED_PATH.exec(path)
    if (match === null) return undefined
    const head = segmentsOf(match[1] ?? '')
    const tail = match[2] ?? ''
    if (tail.includes('...') || tail.includes('…')) return undefined
    if (segmentsOf(tail).some((segment) => STAMP_SEGMENT.test(segment))) return undefined
    if (head.length > 0 && !containsRun(this.anchorSegments, head)) return undefined
    return this.use(line, layout) === undefined ? undefined : anchor + tail
  }

  /** `reports/<stamp>/…` re-rooted at the plan folder it belongs to, or undefined. */
  rerootReports(path: string): string | undefined {
    if (!citesPlanReports(path)) return undefined
    const prefix = this.evidencePrefix ?? normaliseBase(this.baseDir)
    return prefix === undefined ? undefined : prefix + path.replace(LEADING_DOT_SLASHES, '')
  }

  private use(line: number, layout: LineLayout): string | undefined {
    const anchor = this.anchorFor(line, layout)
    if (anchor === undefined) return undefined
    this.usedSinceNote = true
    if (line !== this.anchorLine) {
      this.anchorLine = line
      this.reachesNextLine = true
    }
    return anchor
  }
}

/** What a reference's expanded paths offer the resolver: see ShorthandResolver.record. */
export interface NotedPaths {
  /** `<prefix>/` of the last `<prefix>/reports/<stamp>` among the paths. */
  prefix?: string
  /** The evidence folder the paths are, when they are one. */
  folder?: string
  folderSegments?: string[]
}

export function notedPaths(
  paths: readonly { path: string; kind: string }[],
  truncated: boolean
): NotedPaths {
  const noted: NotedPaths = {}
  for (let index = 0; index < paths.length; index += 1) {
    const { path, kind } = paths[index] as { path: string; kind: string }
    if (kind !== 'path' && kind !== 'placeholder') continue
    const prefix = evidencePrefixOf(path)
    if (prefix !== undefined) noted.prefix = prefix
  }
  const folderSegments = evidenceFolderSegments(paths, truncated)
  if (folderSegments !== undefined) {
    noted.folder = (paths[0] as { path: string }).path
    noted.folderSegments = folderSegments
  }
  return noted
}

/** `reports/<stamp>/…`: a plan's evidence cited from the plan folder (see rerootReports). */
export function citesPlanReports(path: string): boolean {
  if (!startsWithReports(path)) return false
  // `reports/<segment>/…` as most are written: the second segment without splitting.
  if (path.startsWith('reports/')) {
    const end = path.indexOf('/', 8)
    const second = path.slice(8, end < 0 ? path.length : end)
    if (second.length > 0 && second !== '.') return STAMP_SEGMENT.test(second)
  }
  const segments = segmentsOf(path)
  return segments[0] === 'reports' && STAMP_SEGMENT.test(segments[1] ?? '')
}

/**
 * Whether the first segment of the path may be `reports`: only `/` and `.` come before the
 * first `reports` in it (most cited paths start with another segment).
 */
function startsWithReports(path: string): boolean {
  const at = path.indexOf('reports')
  if (at < 0) return false
  for (let index = 0; index < at; index += 1) {
    const code = path.charCodeAt(index)
    if (code !== 0x2f /* / */ && code !== 0x2e /* . */) return false
  }
  return true
}

/** The segments of the only path, when it is an evidence folder (see notedPaths). */
function evidenceFolderSegments(
  paths: readonly { path: string; kind: string }[],
  truncated: boolean
): string[] | undefined {
  if (truncated || paths.length !== 1) return undefined
  const only = paths[0]
  if (only === undefined || (only.kind !== 'path' && only.kind !== 'placeholder')) return undefined
  if (!only.path.endsWith('/')) return undefined
  const segments = segmentsOf(only.path)
  if (segments.length < 2 || segments.length > MAX_ANCHOR_SEGMENTS) return undefined
  return isEvidence(segments) ? segments : undefined
}

/** Whether a folder's segments name evidence: a `reports` or a timestamp segment. */
function isEvidence(segments: readonly string[]): boolean {
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] as string
    if (segment === 'reports' || STAMP_SEGMENT.test(segment)) return true
  }
  return false
}

/** `plans/active/X/` from `plans/active/X/reports/2025-10-17T025000Z/…`. */
function evidencePrefixOf(path: string): string | undefined {
  // Only a path with a `reports` segment after another one has one; most cited paths do not.
  if (!path.includes('/reports/')) return undefined
  const segments = segmentsOf(path)
  for (let index = 1; index + 1 < segments.length; index += 1) {
    if (segments[index] === 'reports' && STAMP_SEGMENT.test(segments[index + 1] ?? '')) {
      return segments.slice(0, index).join('/') + '/'
    }
  }
  return undefined
}

function normaliseBase(baseDir: string | undefined): string | undefined {
  if (baseDir === undefined) return undefined
  const segments = segmentsOf(baseDir)
  return segments.length === 0 ? undefined : segments.join('/') + '/'
}

function segmentsOf(path: string): string[] {
  const segments = path.split('/')
  // Normal paths hold no empty or `.` segment: keep the split array as it is.
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] as string
    if (segment.length === 0 || segment === '.') {
      return segments.filter((part) => part.length > 0 && part !== '.')
    }
  }
  return segments
}

function trailingSlash(path: string): string {
  return path.endsWith('/') ? '/' : ''
}

/** Whether `run` appears in `segments` contiguously, in order, ending before the last segment. */
function containsRun(segments: readonly string[], run: readonly string[]): boolean {
  if (run.length >= segments.length) return false
  for (let start = 0; start + run.length < segments.length; start += 1) {
    let matches = true
    for (let offset = 0; offset < run.length; offset += 1) {
      if (segments[start + offset] !== run[offset]) {
        matches = false
        break
      }
    }
    if (matches) return true
  }
  return false
}
