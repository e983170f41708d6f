import type { ArtifactPath, ArtifactRef } from '../model.js'
import { expandBraces, hasBraceGroup } from './artifacts/braces.js'
import {
  classifyPath,
  DEFAULT_ARTIFACT_ROOTS,
  hasPlaceholder,
  shapeOf,
  trimToken,
  type TokenShape,
  type TrimmedToken
} from './artifacts/shape.js'
import { ShorthandResolver, type LineLayout } from './artifacts/shorthand.js'
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
  const roots = options.roots === undefined ? DEFAULT_ROOTS : new Set(options.roots)
  const resolver = new ShorthandResolver(options.baseDir)
  const refs: ArtifactRef[] = []
  for (const segment of segments) {
    if (!mayCite(segment.text)) continue
    const layout = layoutOf(segment)
    let candidates: Candidate[]
    try {
      candidates = findCandidates(segment.text)
    } catch {
      continue
    }
    for (const candidate of candidates) {
      if (candidate.output && options.includeCommandOutputs !== true) continue
      try {
        const ref = readCandidate(candidate, segment, layout, roots, resolver, options.maxExpansion)
        if (ref !== undefined) refs.push(ref)
      } catch {
        // A token that cannot be read is not a reference; scanning goes on.
      }
    }
  }
  return refs
}

/**
 * Every citation holds a slash, a backslash or a backtick (a lone file name is backticked), so
 * a line of plain prose is skipped before it is split into words.
 */
function mayCite(text: string): boolean {
  return text.includes('/') || text.includes('`') || text.includes('\\')
}

function readCandidate(
  candidate: Candidate,
  segment: TextSegment,
  layout: SegmentLayout,
  roots: ReadonlySet<string>,
  resolver: ShorthandResolver,
  maxExpansion: number
): ArtifactRef | undefined {
  // Only a backticked word may be a lone file name; any other citation holds a `/` (or `\`).
  const slash = candidate.text.includes('/') || candidate.text.includes('\\')
  if (!slash && (!candidate.quoted || !candidate.text.includes('.'))) return undefined
  const judged = judge(candidate, roots)
  if (judged === undefined) return undefined
  const { token, shape } = judged
  // A path cited with a line or test suffix is code being discussed: never shorthand.
  if (token.located && (shape.kind === 'name' || (shape.kind === 'relative' && !shape.rooted))) {
    return undefined
  }
  const offset = candidate.start + token.offset
  const gapStart = resolver.chainEndOn(segment.line) ?? layout.contentOffset
  const glueWords = wordsBetween(segment.text.slice(Math.min(gapStart, offset), offset))
  const at = { line: segment.line, layout: { ...layout, glueWords } }
  const expansion = expandCited(token.path, shape, resolver, roots, maxExpansion, at)
  if (expansion === undefined) return undefined
  const column = segment.column + candidate.start + token.offset
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
  resolver.note(ref.paths, expansion.truncated, segment.line, layout, offset + token.raw.length)
  return ref
}

const DEFAULT_ROOTS: ReadonlySet<string> = new Set(DEFAULT_ARTIFACT_ROOTS)

interface Judged {
  token: TrimmedToken
  shape: TokenShape
}

/**
 * What trimToken and shapeOf make of a word, by word (and for the default roots only): a ledger
 * cites the same paths hundreds of times. Cleared when full, which bounds its memory.
 */
const judgedWords = new Map<string, Judged | null>()
const MAX_JUDGED_WORDS = 20_000

function judge(candidate: Candidate, roots: ReadonlySet<string>): Judged | undefined {
  const cached = roots === DEFAULT_ROOTS
  const key = `${candidate.quoted ? 'q' : '-'}${candidate.inCommand ? 'c' : '-'}${candidate.text}`
  if (cached) {
    const known = judgedWords.get(key)
    if (known !== undefined) return known ?? undefined
  }
  const token = trimToken(candidate.text, candidate.quoted)
  const shape =
    token === undefined
      ? undefined
      : shapeOf(token.path, { quoted: candidate.quoted, inCommand: candidate.inCommand, roots })
  const judged = token !== undefined && shape !== undefined ? { token, shape } : undefined
  if (cached) {
    if (judgedWords.size >= MAX_JUDGED_WORDS) judgedWords.clear()
    judgedWords.set(key, judged ?? null)
  }
  return judged
}

/** classifyPath by path (pure, and paths repeat); callers get their own copy. */
const classified = new Map<string, ArtifactPath>()

function classifyCached(path: string): ArtifactPath {
  let known = classified.get(path)
  if (known === undefined) {
    known = classifyPath(path)
    if (classified.size >= MAX_JUDGED_WORDS) classified.clear()
    classified.set(path, known)
  }
  return { path: known.path, kind: known.kind }
}

interface Expanded {
  paths: ArtifactPath[]
  truncated: boolean
}

function expandCited(
  path: string,
  shape: TokenShape,
  resolver: ShorthandResolver,
  roots: ReadonlySet<string>,
  maxExpansion: number,
  at: LinePosition
): Expanded | undefined {
  if (shape.kind === 'url') return { paths: [{ path, kind: 'url' }], truncated: false }
  if (shape.kind === 'outside') return { paths: [{ path, kind: 'outside' }], truncated: false }

  const expansion = hasBraceGroup(path)
    ? expandBraces(path, maxExpansion)
    : { paths: [path], truncated: false }
  const paths: ArtifactPath[] = []
  const seen = new Set<string>()
  for (const expanded of expansion.paths) {
    const resolved = resolveShorthand(expanded, shape, resolver, roots, at)
    if (resolved === undefined) continue
    const artifact = classifyCached(resolved)
    const key = `${artifact.kind}:${artifact.path}`
    if (seen.has(key)) continue
    seen.add(key)
    paths.push(artifact)
  }
  if (paths.length === 0 && !expansion.truncated) return undefined
  return { paths, truncated: expansion.truncated }
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
  const first = path.replace(/^(?:\.\/)+/, '').split('/')[0] ?? ''
  if (roots.has(first)) return path
  if (hasPlaceholder(first)) return undefined
  return resolver.resolveRelative(path, line, layout)
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
  for (const word of gap.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(word)) words += 1
  return words
}

interface SegmentLayout extends LineLayout {
  /** Offset in the segment's text where its content starts (after indent and list marker). */
  contentOffset: number
}

/** Indent of the segment's first non-blank character, and of its list marker if it has one. */
function layoutOf(segment: TextSegment): SegmentLayout {
  const text = segment.text
  let index = 0
  while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index += 1
  const indent = segment.column - 1 + index
  const marker = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(text.slice(index, index + 16))
  if (marker === null) return { indent, contentOffset: index }
  return { indent, itemIndent: indent, contentOffset: index + marker[0].length }
}
