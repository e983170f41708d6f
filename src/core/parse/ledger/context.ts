import type { Config } from '../../config/schema.js'
import type { ArtifactRef, ParseProblem, Range } from '../../model.js'
import { measureIndent, type SourceLines } from '../../scan/lines.js'
import { isThematicBreak } from '../../scan/markers.js'
import type { BlockTable } from '../../scan/block-table.js'
import { extractArtifacts, type TextSegment } from '../artifacts.js'
import type { AttemptRows } from './attempts.js'
import type { FieldItemRows } from './body.js'
import { locatedRef } from './located.js'

/** Everything the ledger parser's parts share about one document. */
export interface LedgerContext {
  file: string
  /**
   * The document's lines, located in its text: a line is sliced from the text when read (see
   * lineText), not kept as a string of its own.
   */
  source: SourceLines
  /**
   * The scanner's blocks. An entry's body blocks are released once its fields and attempts are
   * read (nothing reads them again; `at` then answers undefined).
   */
  blocks: BlockTable
  config: Config
  /** `config.dialect.entryIdPattern`, anchored to a whole id. */
  idPattern: RegExp
  problems: ParseProblem[]
  /** Where the document's attempts keep their positions and dates. */
  attemptRows: AttemptRows
  /** Where the document's fields keep the positions of their nested items. */
  fieldItems: FieldItemRows
}

export function addProblem(
  ctx: LedgerContext,
  kind: ParseProblem['kind'],
  message: string,
  range: Range,
  entryId?: string
): void {
  const problem: ParseProblem = { kind, message, range: { ...range } }
  if (entryId !== undefined) problem.entryId = entryId
  ctx.problems.push(problem)
}

/** The text of line `line` (1-based; empty outside the document). */
export function lineText(ctx: LedgerContext, line: number): string {
  return ctx.source.line(line)
}

/** Range of whole lines `start..end` (1-based, inclusive). */
export function linesRange(ctx: LedgerContext, start: number, end: number, column = 1): Range {
  const last = Math.max(start, end)
  return { line: start, column, endLine: last, endColumn: ctx.source.lengthOf(last) + 1 }
}

/**
 * Last line at or before `line` (and not before `floor`) with content: blank lines and `---`
 * separators between entries do not belong to the entry or attempt before them.
 */
export function lastContentLine(ctx: LedgerContext, line: number, floor: number): number {
  let current = line
  while (current > floor && isSeparatorOrBlank(lineText(ctx, current))) current -= 1
  return Math.max(current, floor)
}

function isSeparatorOrBlank(text: string): boolean {
  const { index, width } = measureIndent(text)
  return index >= text.length || (width < 4 && isThematicBreak(text, index))
}

/** One artifact segment per source line, the first one starting at `firstColumn`. */
export function lineSegments(
  ctx: LedgerContext,
  start: number,
  end: number,
  firstColumn = 1,
  skip?: (line: number) => boolean
): TextSegment[] {
  if (start === end && skip === undefined) {
    // One line (most attempts): no array grown by `push`, which starts with 17 slots.
    const length = ctx.source.lengthOf(start)
    const text = ctx.source.sliceLine(start, firstColumn, length + 1)
    return length >= firstColumn ? [{ text, line: start, column: firstColumn }] : []
  }
  const segments: TextSegment[] = []
  for (let line = start; line <= end; line += 1) {
    if (skip?.(line) === true) continue
    const length = ctx.source.lengthOf(line)
    const column = line === start ? firstColumn : 1
    if (length >= column) {
      segments.push({ text: ctx.source.sliceLine(line, column, length + 1), line, column })
    }
  }
  return segments
}

export function artifactsOf(ctx: LedgerContext, segments: TextSegment[]): ArtifactRef[] {
  if (segments.length === 0) return []
  try {
    const refs = extractArtifacts(segments, { maxExpansion: ctx.config.artifacts.maxExpansion })
    // An array grown by `push` keeps spare slots (17 for one element); the model holds one of
    // these per attempt, so it keeps a copy of the exact size, of references read from the text.
    return refs.length === 0 ? refs : refs.map((ref) => locatedRef(ctx.source, ref))
  } catch {
    // The artifact scanner must not throw; if it does, the ledger is still read.
    return []
  }
}

/** Builds the anchored id pattern; an invalid configured pattern falls back to the default. */
export function compileIdPattern(source: string): RegExp {
  try {
    return new RegExp(`^(?:${source})$`, 'u')
  } catch {
    return /^[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)*$/u
  }
}
