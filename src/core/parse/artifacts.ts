import { hasLetterOrDigit, WHITESPACE_RUN } from '../chars.js'
import type { ArtifactPath, ArtifactRef } from '../model.js'
import { expandBraces, hasBraceGroup, type BraceExpansion } from './artifacts/braces.js'
import {
  classifyPath,
  DEFAULT_ARTIFACT_ROOTS,
  hasPlaceholder,
  shapeOf,
  trimToken,
  type TokenShape,
  type TrimmedToken
} from './artifacts/shape.js'
import {
  citesPlanReports,
  notedPaths,
  ShorthandResolver,
  type LineLayout,
  type NotedPaths
} from './artifacts/shorthand.js'
import { findCandidates, type Candidate } from './artifacts/tokens.js'

export { DEFAULT_ARTIFACT_ROOTS } from './artifacts/shape.js'

/** One source line (or part of one) to scan for artifact references. */
export interface TextSegment {
  text: string
  /** 1-based line of the segment in its file. */
  line: number
  /** 1-based column where `text` starts. */
  column: number
}

export interface ArtifactScanOptions {
  /** Hard cap on the number of paths one brace expression may expand to. */
  maxExpansion: number
  /**
   * First path segments that make an unquoted word a repository path (`plans/…`, `reports/…`).
   * Replaces DEFAULT_ARTIFACT_ROOTS; the engine may pass the repository's top-level folders.
   */
  roots?: readonly string[]
  /**
   * Folder that `reports/<stamp>/…` citations are relative to when the run names no
   * `<prefix>/reports/<stamp>` of its own: a plan's folder (see artifacts/shorthand.ts).
   */
  baseDir?: string
  /** Keep paths a quoted command writes (`> out.log`, `--output x.json`). Default false. */
  includeCommandOutputs?: boolean
}

/**
 * Finds the artifact references cited in a run of text (one attempt, one field, one plan) and
 * expands them: backticked paths and bare path-shaped words, brace lists, location suffixes
 * stripped, placeholders / outside paths / URLs / `.git/` classified, and relative shorthand
 * resolved against an earlier folder of the same run (see artifacts/shorthand.ts). Linear in
 * the length of the text (brace expansion is capped by `maxExpansion`); never throws.
 */
export function extractArtifacts(
  segments: readonly TextSegment[],
  options: ArtifactScanOptions
): ArtifactRef[] {
  // Set up on the first text that may cite something: plans ask once per table row, most cite none.
  let scan: Scan | undefined
  const refs: ArtifactRef[] = []
  // Indexed loops: this code runs cold, where `for…of` steps through an iterator per element.
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] as TextSegment
    if (!mayCite(segment.text)) continue
    let candidates: Candidate[]
    try {
      candidates = findCandidates(segment.text)
    } catch {
      continue
    }
    if (candidates.length === 0) continue
    scan ??= newScan(options)
    const line = new LineReading(segment)
    for (let position = 0; position < candidates.length; position += 1) {
      const candidate = candidates[position] as Candidate
      if (candidate.output && options.includeCommandOutputs !== true) continue
      try {
        const ref = readCandidate(candidate, line, scan)
        if (ref !== undefined) refs.push(ref)
      } catch {
        // A token that cannot be read is not a reference; scanning goes on.
      }
    }
  }
  return refs
}

function newScan(options: ArtifactScanOptions): Scan {
  // Words are judged once per process for the default roots; custom roots are judged afresh.
  const words = options.roots === undefined ? judgedWordsFor(options.maxExpansion) : undefined
  return {
    roots: options.roots === undefined ? DEFAULT_ROOTS : new Set(options.roots),
    // A run citing no folder never needs its resolver (see resolverOf); one with a base folder
    // may re-root its first citation.
    resolver: options.baseDir === undefined ? undefined : new ShorthandResolver(options.baseDir),
    maxExpansion: options.maxExpansion,
    words
  }
}

/**
 * The run's resolver, made on first use: most runs (one attempt each) cite no evidence folder,
 * and until one is recorded a new resolver answers as a resolver that knows nothing.
 */
function resolverOf(scan: Scan): ShorthandResolver {
  scan.resolver ??= new ShorthandResolver()
  return scan.resolver
}

/** What one call of extractArtifacts shares between its segments. */
interface Scan {
  roots: ReadonlySet<string>
  /** The run's resolver; undefined while it would be a new one without base folder. */
  resolver: ShorthandResolver | undefined
  maxExpansion: number
  /** The process-wide judgements of words, for the default roots only. */
  words: JudgedWords | undefined
}

/**
 * Every citation holds a slash, a backslash or a backtick (a lone file name is backticked), so
 * a line of plain prose is skipped before it is split into words.
 */
function mayCite(text: string): boolean {
  return text.includes('/') || text.includes('`') || text.includes('\\')
}

/** One segment being read; its layout is measured only when a reference needs it. */
class LineReading {
  private measured: SegmentLayout | undefined

  constructor(readonly segment: TextSegment) {}

  get layout(): SegmentLayout {
    this.measured ??= layoutOf(this.segment)
    return this.measured
  }
}

function readCandidate(
  candidate: Candidate,
  reading: LineReading,
  scan: Scan
): ArtifactRef | undefined {
  // Only a backticked word (not a command's) may be a lone file name; any other citation holds
  // a `/` (or `\`).
  const slash = candidate.text.includes('/') || candidate.text.includes('\\')
  if (!slash && (!candidate.quoted || candidate.inCommand || !candidate.text.includes('.'))) {
    return undefined
  }
  const judged = judge(candidate, scan)
  if (judged === undefined) return undefined
  const { token, shape } = judged
  // A path cited with a line or test suffix is code being discussed: never shorthand.
  if (token.located && (shape.kind === 'name' || (shape.kind === 'relative' && !shape.rooted))) {
    return undefined
  }
  const segment = reading.segment
  const offset = candidate.start + token.offset
  // A word's plain reading is made from its second citation on (most words of a small ledger
  // are cited once). Custom roots are always read afresh: the reference the shared readings
  // are checked against (tests).
  const plain = scan.words !== undefined && judged.cited ? plainReadingOf(judged, scan) : undefined
  judged.cited = true
  let expansion: Expanded | undefined
  let noted: NotedPaths | undefined
  if (plain !== undefined && resolverIsIdle(plain, scan.resolver, segment.line)) {
    expansion = plain.expansion
    noted = plain.noted
  } else {
    const resolver = resolverOf(scan)
    const at = { line: segment.line, layout: servedLayout(reading, resolver, offset) }
    expansion = expandCited(judged, scan, resolver, at)
    if (expansion !== undefined) noted = notedOf(judged, expansion)
  }
  if (expansion === undefined || noted === undefined) return undefined
  const column = segment.column + offset
  const ref: ArtifactRef = {
    raw: token.raw,
    range: {
      line: segment.line,
      column,
      endLine: segment.line,
      endColumn: column + token.raw.length
    },
    paths: expansion.paths,
    quoted: candidate.quoted
  }
  if (expansion.truncated) ref.truncated = true
  const layout = noted.folder !== undefined ? reading.layout : NO_LAYOUT
  // Recording paths that are no evidence folder and name no evidence prefix changes nothing in
  // a resolver that knows nothing.
  const resolver =
    noted.prefix !== undefined || noted.folder !== undefined ? resolverOf(scan) : scan.resolver
  resolver?.record(noted, segment.line, layout, offset + token.raw.length)
  return ref
}

/**
 * The layout of a reference at `offset` with its glue words, as a shorthand against the anchor
 * needs it; when the anchor cannot serve the line no shorthand resolves, whatever the layout.
 */
function servedLayout(
  reading: LineReading,
  resolver: ShorthandResolver,
  offset: number
): LineLayout {
  const { segment } = reading
  if (!resolver.mayServe(segment.line)) return NO_LAYOUT
  const layout = reading.layout
  const gapStart = resolver.chainEndOn(segment.line) ?? layout.contentOffset
  const glueWords = wordsBetween(segment.text.slice(Math.min(gapStart, offset), offset))
  return { ...layout, glueWords }
}

const DEFAULT_ROOTS: ReadonlySet<string> = new Set(DEFAULT_ARTIFACT_ROOTS)
const NO_LAYOUT: LineLayout = { indent: 0 }

interface Judged {
  token: TrimmedToken
  shape: TokenShape
  /** The brace expansion of `token.path`, once asked for. */
  braces?: BraceExpansion
  /** The reading of the word by a resolver that knows no folder, once asked for. */
  plain?: PlainReading
  /** Whether the word was cited before. */
  cited?: boolean
  /** The paths of the word's last expansion (see sharedPaths). */
  lastPaths?: ArtifactPath[]
  /** notedPaths of `lastPaths`, once asked for. */
  lastNoted?: NotedPaths
  /** The expansion of a URL or outside path: the word alone makes it. */
  whole?: Expanded
}

/**
 * How a word reads while the run's resolver knows no folder that could serve it: then the
 * reading depends on the word alone, so it is made once and shared (frozen) by every citation
 * of the word. `asksAnchor` / `asksPrefix` say which resolver state could change it.
 */
interface PlainReading {
  expansion: Expanded | undefined
  noted: NotedPaths | undefined
  asksAnchor: boolean
  asksPrefix: boolean
}

/** Whether the run's resolver would read the word as a resolver knowing no folder does. */
function resolverIsIdle(
  plain: PlainReading,
  resolver: ShorthandResolver | undefined,
  line: number
): boolean {
  if (resolver === undefined) return true
  if (plain.asksAnchor && resolver.mayServe(line)) return false
  return !plain.asksPrefix || !resolver.hasReportsPrefix()
}

/** The plain reading of a word of the process-wide table (made once, on first use). */
function plainReadingOf(judged: Judged, scan: Scan): PlainReading {
  if (judged.plain !== undefined) return judged.plain
  const probe = new ProbingResolver()
  const at = { line: 1, layout: NO_LAYOUT }
  const expansion = expandCited(judged, scan, probe, at)
  const plain: PlainReading = {
    expansion: expansion === undefined ? undefined : freezeExpansion(expansion),
    noted: expansion === undefined ? undefined : notedPaths(expansion.paths, expansion.truncated),
    asksAnchor: probe.askedAnchor,
    asksPrefix: probe.askedPrefix
  }
  judged.plain = plain
  return plain
}

/** notedPaths of an expansion, shared while the word expands to the same paths. */
function notedOf(judged: Judged, expansion: Expanded): NotedPaths {
  if (judged.lastNoted !== undefined && expansion.paths === judged.lastPaths) {
    return judged.lastNoted
  }
  const noted = notedPaths(expansion.paths, expansion.truncated)
  if (expansion.paths === judged.lastPaths) judged.lastNoted = noted
  return noted
}

function freezeExpansion(expansion: Expanded): Expanded {
  Object.freeze(expansion.paths)
  return Object.freeze(expansion)
}

/** A resolver that knows no folder and records which of its answers the word depended on. */
class ProbingResolver extends ShorthandResolver {
  askedAnchor = false
  askedPrefix = false

  override resolveName(name: string, line: number, layout: LineLayout): string | undefined {
    this.askedAnchor = true
    return super.resolveName(name, line, layout)
  }

  override resolveRelative(path: string, line: number, layout: LineLayout): string | undefined {
    this.askedAnchor = true
    return super.resolveRelative(path, line, layout)
  }

  override resolveParent(path: string, line: number, layout: LineLayout): string | undefined {
    this.askedAnchor = true
    return super.resolveParent(path, line, layout)
  }

  override resolveElided(path: string, line: number, layout: LineLayout): string | undefined {
    this.askedAnchor = true
    return super.resolveElided(path, line, layout)
  }

  override rerootReports(path: string): string | undefined {
    if (citesPlanReports(path)) this.askedPrefix = true
    return super.rerootReports(path)
  }
}

/**
 * What trimToken and shapeOf make of a word, by word, with its expansions once asked for (for
 * the default roots only): a ledger cites the same paths hundreds of times. One table per
 * kind of word (quoted, in a command); cleared when full, which bounds its memory.
 */
interface JudgedWords {
  maxExpansion: number
  byKind: Map<string, Judged | null>[]
}

let judgedWords: JudgedWords = newJudgedWords(Number.NaN)
const MAX_JUDGED_WORDS = 20_000

function newJudgedWords(maxExpansion: number): JudgedWords {
  return { maxExpansion, byKind: [new Map(), new Map(), new Map(), new Map()] }
}

/** The table for this cap of brace expansion (a new one when the cap changes). */
function judgedWordsFor(maxExpansion: number): JudgedWords {
  if (!Object.is(judgedWords.maxExpansion, maxExpansion)) {
    judgedWords = newJudgedWords(maxExpansion)
  }
  return judgedWords
}

function judge(candidate: Candidate, scan: Scan): Judged | undefined {
  const table =
    scan.words?.byKind[(candidate.quoted ? 2 : 0) + (candidate.inCommand ? 1 : 0)] ?? undefined
  if (table !== undefined) {
    const known = table.get(candidate.text)
    if (known !== undefined) return known ?? undefined
  }
  const token = trimToken(candidate.text, candidate.quoted)
  const shape =
    token === undefined
      ? undefined
      : shapeOf(token.path, {
          quoted: candidate.quoted,
          inCommand: candidate.inCommand,
          roots: scan.roots
        })
  const judged = token !== undefined && shape !== undefined ? { token, shape } : undefined
  if (table !== undefined) {
    if (table.size >= MAX_JUDGED_WORDS) table.clear()
    table.set(candidate.text, judged ?? null)
  }
  return judged
}

/**
 * classifyPath by path (pure, and paths repeat). The objects are frozen and shared by every
 * reference citing the path: no consumer changes them.
 */
const classified = new Map<string, ArtifactPath>()

function classifyCached(path: string): ArtifactPath {
  let known = classified.get(path)
  if (known === undefined) {
    known = Object.freeze(classifyPath(path))
    if (classified.size >= MAX_JUDGED_WORDS) classified.clear()
    classified.set(path, known)
  }
  return known
}

interface Expanded {
  paths: ArtifactPath[]
  truncated: boolean
}

function bracesOf(judged: Judged, maxExpansion: number): BraceExpansion {
  if (judged.braces !== undefined) return judged.braces
  const path = judged.token.path
  const braces = hasBraceGroup(path)
    ? expandBraces(path, maxExpansion)
    : { paths: [path], truncated: false }
  judged.braces = braces
  return braces
}

function expandCited(
  judged: Judged,
  scan: Scan,
  resolver: ShorthandResolver,
  at: LinePosition
): Expanded | undefined {
  const { shape } = judged
  const path = judged.token.path
  if (shape.kind === 'url' || shape.kind === 'outside') {
    judged.whole ??= freezeExpansion({
      paths: [Object.freeze({ path, kind: shape.kind })],
      truncated: false
    })
    return judged.whole
  }

  const expansion = bracesOf(judged, scan.maxExpansion)
  const paths: ArtifactPath[] = []
  // Only a brace list can name one path twice.
  const seen = expansion.paths.length > 1 ? new Set<string>() : undefined
  for (let index = 0; index < expansion.paths.length; index += 1) {
    const expanded = expansion.paths[index] as string
    const resolved = resolveShorthand(expanded, shape, resolver, scan.roots, at)
    if (resolved === undefined) continue
    const artifact = classifyCached(resolved)
    if (seen !== undefined) {
      const key = `${artifact.kind}:${artifact.path}`
      if (seen.has(key)) continue
      seen.add(key)
    }
    paths.push(artifact)
  }
  if (paths.length === 0 && !expansion.truncated) return undefined
  return { paths: sharedPaths(judged, paths), truncated: expansion.truncated }
}

/**
 * The paths as a frozen array of their exact size, shared with the word's previous citation when
 * it expanded to the same paths: a history cites one folder thousands of times, and each array
 * grown by `push` keeps spare slots. Consumers never change `paths` (plain readings share theirs).
 */
function sharedPaths(judged: Judged, paths: ArtifactPath[]): ArtifactPath[] {
  const last = judged.lastPaths
  if (last !== undefined && samePaths(last, paths)) return last
  const exact = Object.freeze(paths.slice()) as ArtifactPath[]
  judged.lastPaths = exact
  judged.lastNoted = undefined
  return exact
}

function samePaths(a: readonly ArtifactPath[], b: readonly ArtifactPath[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false
  return true
}

/** Applies the shorthand rules of artifacts/shorthand.ts to one expanded path. */
function resolveShorthand(
  path: string,
  shape: TokenShape,
  resolver: ShorthandResolver,
  roots: ReadonlySet<string>,
  { line, layout }: LinePosition
): string | undefined {
  if (shape.kind === 'name') return resolver.resolveName(path, line, layout)
  if (path.includes('...') || path.includes('…')) {
    return resolver.resolveElided(path, line, layout) ?? path
  }
  if (shape.kind !== 'relative') return path
  if (path.startsWith('../')) return resolver.resolveParent(path, line, layout) ?? path
  if (shape.rooted) return resolver.rerootReports(path) ?? path
  // Brace alternatives may differ in their first segment (`{docs,logs}/x.md`): judge each.
  const first = firstSegmentAfterDots(path)
  if (roots.has(first)) return path
  if (hasPlaceholder(first)) return undefined
  return resolver.resolveRelative(path, line, layout)
}

/** The path's first segment once leading `./` are removed. */
function firstSegmentAfterDots(path: string): string {
  let start = 0
  while (path.startsWith('./', start)) start += 2
  const slash = path.indexOf('/', start)
  return path.slice(start, slash < 0 ? path.length : slash)
}

interface LinePosition {
  line: number
  layout: LineLayout
}

const SENTENCE_END = /[.;!?](?:\s|$)/

/** Words of prose in a gap between references; Infinity across a sentence end. */
function wordsBetween(gap: string): number {
  if (gap.length > 200 || SENTENCE_END.test(gap)) return Number.POSITIVE_INFINITY
  let words = 0
  const split = gap.split(WHITESPACE_RUN)
  for (let index = 0; index < split.length; index += 1) {
    if (hasLetterOrDigit(split[index] as string)) words += 1
  }
  return words
}

interface SegmentLayout extends LineLayout {
  /** Offset in the segment's text where its content starts (after indent and list marker). */
  contentOffset: number
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/

/** Indent of the segment's first non-blank character, and of its list marker if it has one. */
function layoutOf(segment: TextSegment): SegmentLayout {
  const text = segment.text
  let index = 0
  while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index += 1
  const indent = segment.column - 1 + index
  const marker = LIST_MARKER.exec(text.slice(index, index + 16))
  if (marker === null) return { indent, contentOffset: index }
  return { indent, itemIndent: indent, contentOffset: index + marker[0].length }
}
