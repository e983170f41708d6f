import type { LedgerEntry, LedgerField, Range, Spanned } from '../../model.js'
import type { HeadingBlock } from '../../scan/types.js'
import { canonicalFieldKey } from '../fields.js'
import { normalizeHyphens, stripInlineMarkup } from '../text.js'
import { readEntryBody } from './body.js'
import type { LedgerContext } from './context.js'
import { lastContentLine, linesRange, lineText } from './context.js'
import { completeEntry } from './entries.js'

const SINGLE_FOCUS_SECTIONS = /^(?:status|current focus|attempts history|completed items)$/i

/** Whether a document without entry headings is a one-initiative ledger (`## Status`, …). */
export function isSingleFocus(ctx: LedgerContext): boolean {
  for (let index = 0; ctx.blocks.has(index); index += 1) {
    if (ctx.blocks.kindAt(index) !== 'heading') continue
    const block = ctx.blocks.at(index)
    if (
      block?.kind === 'heading' &&
      block.parent < 0 &&
      block.depth === 2 &&
      SINGLE_FOCUS_SECTIONS.test(stripInlineMarkup(block.text))
    )
      return true
  }
  return false
}

/**
 * Reads a single-focus ledger as one level-0 entry: each `##` section becomes a field (`## Status`
 * → `status`, `## Attempts History` → `attempts`, …), `Name: value` items inside sections are
 * fields too, and `### <date> — …` headings under `## Attempts History` are its attempts.
 */
export function readSingleFocus(ctx: LedgerContext, title: Spanned | undefined): LedgerEntry {
  const problemsBefore = ctx.problems.length
  const body = readEntryBody(ctx, undefined, 0, ctx.blocks.length, ctx.source.count)
  const sections = sectionFields(ctx)
  const fields = [...sections, ...body.fields].sort((a, b) => a.range.line - b.range.line)
  const focus = sections.find((field) => field.key === 'current-focus')
  const named = identify(
    ctx,
    title,
    focus,
    body.attempts.map((attempt) => attempt.namedEntryId)
  )
  const headingRange: Range = title?.range ?? linesRange(ctx, 1, 1)
  const lastLine = Math.max(1, ctx.source.count)
  const entry: LedgerEntry = {
    id: named.id,
    rawId: named.rawId,
    title: named.title,
    level: 0,
    headingRange: { ...headingRange },
    range: linesRange(ctx, 1, lastLine),
    fields,
    plans: [],
    attempts: body.attempts,
    artifacts: [],
    foldedHeadings: []
  }
  for (let index = problemsBefore; index < ctx.problems.length; index += 1) {
    const problem = ctx.problems[index]
    if (problem !== undefined && problem.entryId === undefined) problem.entryId = entry.id
  }
  completeEntry(ctx, entry, { fields, attempts: body.attempts }, headingRange.endLine + 1, lastLine)
  return entry
}

/** One field per `##` section: its first line is the value, its top-level items the items. */
function sectionFields(ctx: LedgerContext): LedgerField[] {
  const headings: { block: HeadingBlock; index: number }[] = []
  for (let index = 0; ctx.blocks.has(index); index += 1) {
    if (ctx.blocks.kindAt(index) !== 'heading') continue
    const block = ctx.blocks.at(index)
    if (block?.kind === 'heading' && block.parent < 0 && block.depth <= 2)
      headings.push({ block, index })
  }
  const fields: LedgerField[] = []
  headings.forEach(({ block, index }, position) => {
    if (block.depth !== 2) return
    const next = headings[position + 1]
    const endIndex = next?.index ?? ctx.blocks.length
    const end = lastContentLine(
      ctx,
      (next?.block.range.line ?? ctx.source.count + 1) - 1,
      block.range.line
    )
    const name = stripInlineMarkup(block.text)
    // The value is the first text line below the heading, when there is one before a list.
    let value = ''
    let valueRange = emptyRangeAfter(ctx, block.range.line)
    for (let line = block.range.line + 1; line <= end; line += 1) {
      const text = lineText(ctx, line)
      if (text.trim() === '') continue
      if (/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(text) || /^\s{0,3}#/.test(text)) break
      value = text.trim()
      const start = text.length - text.trimStart().length
      valueRange = {
        line,
        column: start + 1,
        endLine: line,
        endColumn: text.trimEnd().length + 1
      }
      break
    }
    const field: LedgerField = {
      name,
      key: canonicalFieldKey(name, ctx.config.dialect.fieldAliases),
      value,
      range: linesRange(ctx, block.range.line, end),
      valueRange,
      items: []
    }
    for (let item = index + 1; item < endIndex; item += 1) {
      const candidate = ctx.blocks.at(item)
      if (candidate?.kind === 'listItem' && candidate.depth === 0) {
        field.items.push({
          value: candidate.text,
          raw: lineText(ctx, candidate.range.line),
          range: { ...candidate.range }
        })
      }
    }
    fields.push(field)
  })
  return fields
}

function emptyRangeAfter(ctx: LedgerContext, line: number): Range {
  const column = ctx.source.lengthOf(line) + 1
  return { line, column, endLine: line, endColumn: column }
}

interface Identity {
  id: string
  rawId: string
  title: string
}

/**
 * The initiative's id: from the document title, else the first id in the Current Focus section,
 * else the id most attempt headings name.
 */
function identify(
  ctx: LedgerContext,
  title: Spanned | undefined,
  focus: LedgerField | undefined,
  named: (string | undefined)[]
): Identity {
  const documentTitle = title?.value ?? ''
  const fromTitle = leadingId(ctx, documentTitle)
  if (fromTitle !== undefined) return fromTitle
  const focusText = focus?.value ?? ''
  const fromFocus = leadingId(ctx, stripInlineMarkup(focusText))
  if (fromFocus !== undefined) return fromFocus
  const counts = new Map<string, number>()
  for (const id of named) if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1)
  let best: string | undefined
  for (const [id, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = id
  const id = best ?? 'LEDGER'
  return { id, rawId: id, title: documentTitle }
}

/** `ID — Title` / `ID: Title` / `[ID] Title`: an id (with a hyphen or digit) at the start. */
function leadingId(ctx: LedgerContext, text: string): Identity | undefined {
  const match = /^\[?([A-Za-z0-9][A-Za-z0-9_.\u2010-\u2013-]*)\]?\s*(?:[—–:-]\s*)?(.*)$/u.exec(
    text.trim()
  )
  if (match === null) return undefined
  const rawId = (match[1] ?? '').replace(/[.]+$/, '')
  const id = normalizeHyphens(rawId)
  if (!/[-\d]/.test(id) || !ctx.idPattern.test(id)) return undefined
  return { id, rawId, title: (match[2] ?? '').trim() }
}
