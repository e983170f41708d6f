import type { Attempt, LedgerEntry, Range } from '../../model.js'
import type { DocumentText, PagedText } from '../../repo/paged-text.js'
import type { RepoFS } from '../../repo/types.js'

/** `text.split(/\r?\n/)` with indexOf instead of a regex (an 800 KB ledger holds 10,000 lines). */
export function splitAtNewlines(text: string): string[] {
  const lines: string[] = []
  let start = 0
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
    const end = newline > start && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline
    lines.push(text.slice(start, end))
    start = newline + 1
  }
  lines.push(text.slice(start))
  return lines
}

/**
 * One document's lines, as splitAtNewlines gives them (a `\r` before a `\n` is dropped), cut out
 * only when asked: a 20 MB ledger is not split into a hundred thousand strings to read the few
 * lines around citations.
 */
interface DocumentLines {
  /** splitAtNewlines(text)[line - 1]: undefined past the end. */
  line(line: number): string | undefined
  /** `line(line)?.length` without cutting the line out. */
  lineLength(line: number): number | undefined
  lines(): string[]
}

function documentLinesOf(text: DocumentText | undefined): DocumentLines {
  return typeof text === 'object' ? new PagedDocumentLines(text) : new StringDocumentLines(text)
}

/** The lines of a text held as a string, found by the offsets they start at. */
class StringDocumentLines implements DocumentLines {
  private starts: Uint32Array | undefined
  private all: string[] | undefined

  /** `text` is undefined for a file that cannot be read: it has no lines at all. */
  constructor(private readonly text: string | undefined) {}

  line(line: number): string | undefined {
    const text = this.text
    const starts = this.lineStarts()
    const start = starts[line - 1]
    if (text === undefined || start === undefined) return undefined
    return text.slice(start, this.lineEnd(line, start))
  }

  lineLength(line: number): number | undefined {
    const start = this.lineStarts()[line - 1]
    return start === undefined ? undefined : this.lineEnd(line, start) - start
  }

  lines(): string[] {
    this.all ??= this.text === undefined ? [] : splitAtNewlines(this.text)
    return this.all
  }

  private lineEnd(line: number, start: number): number {
    const text = this.text as string
    const next = this.lineStarts()[line]
    if (next === undefined) return text.length
    const newline = next - 1
    return newline > start && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline
  }

  private lineStarts(): Uint32Array {
    this.starts ??= lineStartsOf(this.text ?? '', this.text !== undefined)
    return this.starts
  }
}

/** Where each line starts: at 0 and after every `\n` (none for an unreadable file). */
function lineStartsOf(text: string, readable: boolean): Uint32Array {
  if (!readable) return new Uint32Array(0)
  let count = 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++
  const starts = new Uint32Array(count)
  let index = 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
    starts[index++] = at + 1
  return starts
}

/** The lines of a paged text: its own `\n`-separated lines, less a `\r` that ends one. */
class PagedDocumentLines implements DocumentLines {
  constructor(private readonly text: PagedText) {}

  line(line: number): string | undefined {
    if (!(line >= 1 && line <= this.text.lineCount)) return undefined
    const raw = this.text.line(line - 1)
    return this.endsWithDroppedReturn(line) ? raw.slice(0, -1) : raw
  }

  lineLength(line: number): number | undefined {
    if (!(line >= 1 && line <= this.text.lineCount)) return undefined
    return this.text.lineLength(line - 1) - (this.endsWithDroppedReturn(line) ? 1 : 0)
  }

  lines(): string[] {
    const lines: string[] = []
    for (let line = 1; line <= this.text.lineCount; line++) lines.push(this.line(line) ?? '')
    return lines
  }

  /** A `\r` is dropped before a `\n` only: the last line, which has none, keeps its own. */
  private endsWithDroppedReturn(line: number): boolean {
    return line < this.text.lineCount && this.text.endsWithCarriageReturn(line - 1)
  }
}

const documentsByFs = new WeakMap<RepoFS, Map<string, DocumentLines>>()

/**
 * Line `line` (1-based) of a document of the tree, from lines found once for every rule of a
 * run (the tree is read-only); undefined past the end or when the file cannot be read. An error
 * reading it is thrown (and nothing is kept).
 */
export function documentLine(fs: RepoFS, file: string, line: number): string | undefined {
  return sharedDocument(fs, file).line(line)
}

/** The DocumentLines of a file, made once per tree and file. */
function sharedDocument(fs: RepoFS, file: string): DocumentLines {
  let shared = documentsByFs.get(fs)
  if (shared === undefined) {
    shared = new Map()
    documentsByFs.set(fs, shared)
  }
  let document = shared.get(file)
  if (document === undefined) {
    const content = fs.read(file)
    document = documentLinesOf(
      content && !content.tooLarge ? (content.paged ?? content.text) : undefined
    )
    shared.set(file, document)
  }
  return document
}

/**
 * The lines of a tree's planning documents, split at `\n` (not the scanner's SourceLines, whose
 * lines also end at a lone `\r`). Rules need the raw text around a reference to tell evidence
 * ("Artifacts: …") from intentions ("Next: create …").
 */
export class TreeLines {
  constructor(private readonly fs: RepoFS) {}

  /** Every line of a file (none when it cannot be read). */
  lines(file: string): string[] {
    return this.document(file).lines()
  }

  /** Line `line` (1-based) of a file, or undefined past its end. */
  line(file: string, line: number): string | undefined {
    return this.document(file).line(line)
  }

  /** The length of line `line`, or undefined past the end. */
  lineLength(file: string, line: number): number | undefined {
    return this.document(file).lineLength(line)
  }

  /** The text from `start` (inclusive) up to `end` (exclusive), lines joined by `\n`. */
  slice(
    file: string,
    start: { line: number; column: number },
    end: { line: number; column: number }
  ): string {
    if (end.line < start.line) return ''
    const document = this.document(file)
    const out: string[] = []
    for (let line = start.line; line <= end.line; line++) {
      const text = document.line(line) ?? ''
      const from = line === start.line ? Math.max(0, start.column - 1) : 0
      const to = line === end.line ? Math.max(from, end.column - 1) : text.length
      out.push(text.slice(from, to))
    }
    return out.join('\n')
  }

  private document(file: string): DocumentLines {
    return sharedDocument(this.fs, file)
  }
}

/** Labels after which an attempt speaks of work still to do, not of work done. */
const FUTURE_LABEL =
  /(?:^|[\s*_(>|])(?:next(?:\s+(?:actions?|steps?|loop|up))?|todo|to-?do|follow[- ]?ups?|remaining(?:\s+work)?|open\s+questions?|planned|plan\s+for\s+next)\s*(?:\([^)\n]{0,80}\))?\s*(?:\*\*|__)?\s*[:—–]/gi

/** Labels that switch back to reporting what exists. */
const EVIDENCE_LABEL =
  /(?:^|[\s*_(>|])(?:artifacts?|evidence|logs?|outputs?|results?)\s*(?:\*\*|__)?\s*:/gi

/**
 * True when the text before a position (within one attempt) ends inside a "Next:" style section:
 * what follows is intention, so a path there need not exist and a task there is not claimed.
 */
export function inFutureSection(precedingText: string): boolean {
  const future = lastMatchIndex(FUTURE_LABEL, precedingText)
  if (future < 0) return false
  return lastMatchIndex(EVIDENCE_LABEL, precedingText) < future
}

/**
 * inFutureSection for many prefixes of one text (an attempt and the offsets of its citations)
 * without rescanning every prefix, which made long attempts quadratic. The labels are found once
 * in the whole text; a prefix holds exactly the whole-text matches that end inside it, up to the
 * first one that crosses its end (from there on the prefix alone is scanned, a few characters):
 * the patterns have no lookahead and no `$`, so a match inside the prefix is the same match.
 */
export class FutureSections {
  private future: LabelMatches | undefined
  private evidence: LabelMatches | undefined

  constructor(private readonly text: string) {}

  /** inFutureSection(text.slice(0, length)) */
  before(length: number): boolean {
    this.future ??= labelMatches(FUTURE_LABEL, this.text)
    const future = this.lastBefore(FUTURE_LABEL, this.future, length)
    if (future < 0) return false
    this.evidence ??= labelMatches(EVIDENCE_LABEL, this.text)
    return this.lastBefore(EVIDENCE_LABEL, this.evidence, length) < future
  }

  /** lastMatchIndex(pattern, text.slice(0, length)) */
  private lastBefore(pattern: RegExp, matches: LabelMatches, length: number): number {
    // Matches are ordered and disjoint, so their ends increase: count those ending in the prefix.
    let low = 0
    let high = matches.ends.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((matches.ends[middle] as number) <= length) low = middle + 1
      else high = middle
    }
    const last = low > 0 ? (matches.starts[low - 1] as number) : -1
    const crossing = matches.starts[low]
    if (crossing === undefined || crossing >= length) return last
    return lastMatchIndex(pattern, this.text.slice(0, length), crossing, last)
  }
}

interface LabelMatches {
  starts: number[]
  ends: number[]
}

function labelMatches(pattern: RegExp, text: string): LabelMatches {
  const starts: number[] = []
  const ends: number[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    starts.push(match.index)
    ends.push(match.index + match[0].length)
    if (match[0].length === 0) pattern.lastIndex++
  }
  return { starts, ends }
}

function lastMatchIndex(pattern: RegExp, text: string, from = 0, last = -1): number {
  pattern.lastIndex = from
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    last = match.index
    if (match[0].length === 0) pattern.lastIndex++
  }
  return last
}

/** Whether `inner` starts inside `outer`. */
export function startsWithin(inner: Range, outer: Range): boolean {
  if (inner.line < outer.line || inner.line > outer.endLine) return false
  if (inner.line === outer.line && inner.column < outer.column) return false
  if (inner.line === outer.endLine && inner.column >= outer.endColumn && outer.endLine > outer.line)
    return false
  return true
}

/** How a person names an attempt: `Attempt #3`, or its date for dated attempts. */
export function attemptName(attempt: Attempt): string {
  if (attempt.number !== undefined) {
    return attempt.numberEnd !== undefined && attempt.numberEnd !== attempt.number
      ? `Attempts #${attempt.number}–#${attempt.numberEnd}`
      : `Attempt #${attempt.number}`
  }
  if (attempt.date) return `the attempt of ${attempt.date.raw}`
  return `the attempt at line ${attempt.headerRange.line}`
}

/** Line-independent key of an attempt within its entry, for finding entities. */
export function attemptKey(attempt: Attempt, index: number): string {
  if (attempt.number !== undefined) return `attempt-${attempt.number}`
  if (attempt.date) return `attempt-${attempt.date.raw}`
  return `attempt-${index + 1}`
}

/** `[ID]` as written in messages. */
export function entryLabel(entry: LedgerEntry): string {
  return entry.id ? `[${entry.id}]` : `the ledger's initiative`
}
