import type { Attempt, LedgerEntry, Range } from '../../model.js'
import { firstToken, stripInlineMarkup } from '../text.js'
import { parseHeadingAttempt } from './attempt-header.js'
import { attemptEndLine, attemptLine, sortByLine } from './attempts.js'
import { readEntryBody, type EntryBody } from './body.js'
import type { LedgerContext } from './context.js'
import { addProblem, artifactsOf, lastContentLine, lineSegments, lineText } from './context.js'
import { classifyHeading, type EntryHeading } from './headings.js'
import { findPlanLinks } from './plans.js'

interface EntryDraft {
  heading: EntryHeading
  section?: string
  folded: Range[]
  /** Block indices of the body: `[bodyStart, bodyEnd)`. */
  bodyStart: number
  bodyEnd: number
  endLine: number
  skipped: boolean
}

/** A stretch of the document outside every entry: `[start, end)` block indices. */
interface Gap {
  start: number
  end: number
  endLine: number
}

const INDEX_HEADING = /^index$/i

/** Line of the first entry heading (the header ends before it), or undefined without entries. */
export function firstEntryLine(ctx: LedgerContext): number | undefined {
  for (let index = 0; ctx.blocks.has(index); index += 1) {
    if (ctx.blocks.kindAt(index) !== 'heading') continue
    const role = classifyHeading(ctx, index)
    if (role.role === 'entry') return ctx.blocks.at(role.entry.startIndex)?.range.line
  }
  return undefined
}

/** Reads the entries of an `## [ID] Title` ledger. */
export function readEntries(ctx: LedgerContext): LedgerEntry[] {
  const entries: LedgerEntry[] = []
  const byId = new Map<string, LedgerEntry>()
  // Each entry is read as soon as its end is found, while its lines were just scanned.
  const gaps = findEntryDrafts(ctx, (draft) => {
    if (draft.skipped) return
    const entry = buildEntry(ctx, draft)
    entries.push(entry)
    if (!byId.has(entry.id)) byId.set(entry.id, entry)
  })
  for (const gap of gaps) adoptGapAttempts(ctx, gap, byId)
  // Adopted attempts join at the end; keep every history in document order.
  for (const entry of entries) sortByLine(entry.attempts)
  return entries
}

/** Finds the entries in document order, handing each over once it ends; returns the gaps. */
function findEntryDrafts(ctx: LedgerContext, onEntry: (draft: EntryDraft) => void): Gap[] {
  const gaps: Gap[] = []
  const blocks = ctx.blocks
  let current: EntryDraft | undefined
  let section: string | undefined
  let gapStart = 0

  const close = (boundaryIndex: number): void => {
    const boundaryLine = blocks.at(boundaryIndex)?.range.line ?? ctx.source.count + 1
    if (current !== undefined) {
      current.bodyEnd = boundaryIndex
      current.endLine = lastContentLine(ctx, boundaryLine - 1, current.heading.range.line)
      // Its blocks are final once no list item or table that may hold them is still open.
      blocks.settle()
      onEntry(current)
      current = undefined
      gapStart = boundaryIndex
    } else if (boundaryIndex > gapStart) {
      gaps.push({ start: gapStart, end: boundaryIndex, endLine: boundaryLine - 1 })
      gapStart = boundaryIndex
    }
  }

  for (let index = 0; blocks.has(index); index += 1) {
    if (blocks.kindAt(index) !== 'heading') continue
    const block = blocks.at(index)
    if (block?.kind !== 'heading') continue
    const role = classifyHeading(ctx, index)
    if (role.role === 'nested') continue
    if (role.role === 'entry') {
      const heading = role.entry
      if (
        current !== undefined &&
        heading.id === current.heading.id &&
        heading.level > current.heading.level
      ) {
        current.folded.push({ ...heading.range })
        continue
      }
      close(heading.startIndex)
      current = {
        heading,
        folded: [],
        bodyStart: heading.blockIndex + 1,
        bodyEnd: boundaryUnknown,
        endLine: ctx.source.count,
        skipped: isIgnoredSection(ctx, section)
      }
      if (section !== undefined) current.section = section
      gapStart = index + 1
      continue
    }
    if (role.role === 'bad-entry') {
      close(index)
      addProblem(
        ctx,
        'unreadable-entry',
        `Heading looks like an entry but "${role.rawId}" does not match the entry id pattern`,
        role.range
      )
      continue
    }
    // Any other heading: a section when it is not deeper than the entry, or when only an entry
    // heading follows it (`### Archive` then `## [ID] …`); otherwise a sub-heading of the entry.
    if (
      current !== undefined &&
      block.depth > current.heading.level &&
      (parseHeadingAttempt(block.text) !== undefined || !introducesEntries(ctx, index))
    ) {
      continue
    }
    if (current !== undefined) close(index)
    if (parseHeadingAttempt(block.text) !== undefined) continue // an attempt, not a section
    if (block.depth >= 2 && !INDEX_HEADING.test(block.text.trim())) {
      section = stripInlineMarkup(block.text)
    }
  }
  close(blocks.length)
  return gaps
}

/** A draft's body end before the next boundary is found (`close` sets it). */
const boundaryUnknown = -1

/** True when the next heading after `index` is an entry heading and no list item comes between. */
function introducesEntries(ctx: LedgerContext, index: number): boolean {
  for (let next = index + 1; ctx.blocks.has(next); next += 1) {
    const kind = ctx.blocks.kindAt(next)
    if (kind === undefined || kind === 'listItem') return false
    if (kind === 'heading') return classifyHeading(ctx, next).role === 'entry'
  }
  return false
}

function isIgnoredSection(ctx: LedgerContext, section: string | undefined): boolean {
  if (section === undefined) return false
  const lower = section.toLowerCase()
  return ctx.config.files.ignoreSections.some((name) => lower.includes(name.toLowerCase()))
}

function buildEntry(ctx: LedgerContext, draft: EntryDraft): LedgerEntry {
  const { heading } = draft
  if (heading.leaked !== undefined) {
    addProblem(
      ctx,
      'leaked-diff-marker',
      `Stray "${heading.leaked}" before the entry heading: a diff marker leaked into the ledger`,
      heading.range,
      heading.id
    )
  }
  // Nothing reads an entry's body blocks again (bodies and gaps do not overlap): release them.
  const body = readEntryBody(ctx, heading.id, draft.bodyStart, draft.bodyEnd, draft.endLine, true)
  const startLine = heading.range.line
  const entry: LedgerEntry = {
    id: heading.id,
    rawId: heading.rawId,
    title: heading.title,
    level: heading.level,
    headingRange: { ...heading.range },
    range: {
      line: startLine,
      column: heading.range.column,
      endLine: draft.endLine,
      endColumn: ctx.source.lengthOf(draft.endLine) + 1
    },
    fields: body.fields,
    plans: [],
    attempts: body.attempts,
    artifacts: [],
    foldedHeadings: draft.folded
  }
  if (draft.section !== undefined) entry.section = draft.section
  completeEntry(ctx, entry, body, startLine + 1, draft.endLine)
  return entry
}

/** Status, priority, plans, exit criteria and the artifacts cited outside attempts. */
export function completeEntry(
  ctx: LedgerContext,
  entry: LedgerEntry,
  body: EntryBody,
  firstLine: number,
  lastLine: number
): void {
  for (const field of body.fields) {
    if (field.key === 'status' && entry.status === undefined) {
      const source = field.value !== '' ? field.value : (field.items[0]?.value ?? '')
      entry.status = {
        value: firstToken(source).toLowerCase(),
        raw: source,
        range: field.value !== '' ? field.valueRange : (field.items[0]?.range ?? field.valueRange)
      }
    } else if (field.key === 'priority' && entry.priority === undefined) {
      entry.priority = { value: firstToken(field.value), raw: field.value, range: field.valueRange }
    } else if (field.key === 'exit-criteria' && entry.exitCriteria === undefined) {
      entry.exitCriteria = field
    } else if (field.key === 'plan') {
      const inline = firstLineOf(field.value)
      entry.plans.push(...findPlanLinks(inline, field.valueRange.line, field.valueRange.column))
      for (const item of field.items) {
        entry.plans.push(
          ...findPlanLinks(item.value, item.range.line, contentColumn(ctx, item.range))
        )
      }
    }
  }
  // A copy of the exact size: an array grown by `push` keeps 17 slots for one link.
  if (entry.plans.length > 0) entry.plans = entry.plans.slice()
  entry.artifacts = artifactsOf(
    ctx,
    lineSegments(ctx, firstLine, lastLine, 1, coveredBy(body.attempts, firstLine, lastLine))
  )
}

function firstLineOf(text: string): string {
  const end = text.indexOf('\n')
  return end < 0 ? text : text.slice(0, end)
}

/** Column of an item's text: after its marker and spaces. */
function contentColumn(ctx: LedgerContext, range: Range): number {
  const line = lineText(ctx, range.line)
  const match = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/.exec(line)
  return match === null ? range.column : match[0].length + 1
}

/** A predicate telling whether a line of `first..last` lies inside one of the attempts. */
function coveredBy(attempts: Attempt[], first: number, last: number): (line: number) => boolean {
  if (attempts.length === 0 || last < first) return () => false
  const covered = new Uint8Array(last - first + 1)
  for (const attempt of attempts) {
    const start = Math.max(attemptLine(attempt), first)
    const end = Math.min(attemptEndLine(attempt), last)
    // An attempt outside first..last covers nothing (a negative end would fill from the back).
    if (end >= start) covered.fill(1, start - first, end - first + 1)
  }
  return (line) => covered[line - first] === 1
}

/**
 * Attempts written outside every entry (a trailing `## Attempts History` section, a backlog list):
 * one naming an entry (`### 2026-01-22T02:40Z — ID (label)`) joins it, the others are reported.
 */
function adoptGapAttempts(ctx: LedgerContext, gap: Gap, byId: Map<string, LedgerEntry>): void {
  const body = readEntryBody(ctx, undefined, gap.start, gap.end, gap.endLine, true)
  for (const attempt of body.attempts) {
    const owner = attempt.namedEntryId === undefined ? undefined : byId.get(attempt.namedEntryId)
    if (owner !== undefined) {
      owner.attempts.push(attempt)
      continue
    }
    addProblem(
      ctx,
      'other',
      'Attempt written outside any ledger entry; it is not counted in any entry history',
      attempt.headerRange
    )
  }
}
