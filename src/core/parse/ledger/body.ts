import type { Attempt, LedgerField, Spanned } from '../../model.js'
import type { HeadingBlock, ListItemBlock } from '../../scan/types.js'
import { canonicalFieldKey, parseFieldLine } from '../fields.js'
import { parseAttemptHeader, parseHeadingAttempt } from './attempt-header.js'
import { buildAttempt, isStrongHeader, type AttemptSource } from './attempts.js'
import type { LedgerContext } from './context.js'
import { addProblem, lastContentLine, linesText } from './context.js'

/** Fields and attempts read from the blocks of one entry's body. */
export interface EntryBody {
  fields: LedgerField[]
  attempts: Attempt[]
}

interface FieldDraft {
  field: LedgerField
  item: ListItemBlock
  firstChildLine?: number
}

interface OpenHeadingAttempt {
  header: ReturnType<typeof parseAttemptHeader>
  block: HeadingBlock
  inHistory: boolean
}

const HISTORY_HEADING = /^attempts?(?:\s+history)?\b/i

/**
 * Reads the blocks `[from, to)` of an entry whose last line is `endLine`. Top-level list items are
 * fields; list items under an Attempts History field, list items with a strong attempt header
 * anywhere, and sub-headings starting with a date are attempts.
 */
export function readEntryBody(
  ctx: LedgerContext,
  entryId: string | undefined,
  from: number,
  to: number,
  endLine: number
): EntryBody {
  const fields: LedgerField[] = []
  const attempts: Attempt[] = []
  const fieldByBlock = new Map<number, FieldDraft>()
  /** Blocks that are an Attempts History container (a field or nested item). */
  const historyBlocks = new Set<number>()
  /** Blocks inside a history container, and blocks belonging to an attempt. */
  const underHistory = new Set<number>()
  /** List items read as attempts (built once their extent is known), by block index. */
  const listAttempts: AttemptSource[] = []
  const attemptOfBlock = new Map<number, AttemptSource>()
  const aliases = ctx.config.dialect.fieldAliases
  let headingAttempt: OpenHeadingAttempt | undefined
  let historyHeadingDepth = 0

  const closeHeadingAttempt = (nextLine: number): void => {
    if (headingAttempt === undefined) return
    const { block, header, inHistory } = headingAttempt
    headingAttempt = undefined
    if (header === undefined) return
    const last = lastContentLine(ctx, nextLine - 1, block.range.line)
    const attempt = buildAttempt(ctx, {
      style: 'heading',
      header,
      line: block.range.line,
      column: block.textColumn,
      endLine: last,
      blockColumn: block.range.column,
      inHistory,
      entryId
    })
    if (attempt === undefined) return
    if (header.leadingId !== undefined) attempt.namedEntryId = stripTaskSuffix(header.leadingId)
    attempts.push(attempt)
  }

  for (let index = from; index < to; index += 1) {
    const block = ctx.blocks[index]
    if (block === undefined) continue
    if (block.kind === 'heading') {
      if (headingAttempt !== undefined && block.depth <= headingAttempt.block.depth) {
        closeHeadingAttempt(block.range.line)
      }
      if (headingAttempt !== undefined) continue
      const header = parseHeadingAttempt(block.text, block.range.line, block.textColumn)
      if (header !== undefined && block.parent < from) {
        headingAttempt = {
          header,
          block,
          inHistory: historyHeadingDepth > 0 && block.depth > historyHeadingDepth
        }
      } else if (HISTORY_HEADING.test(block.text)) {
        historyHeadingDepth = block.depth
      } else if (historyHeadingDepth > 0 && block.depth <= historyHeadingDepth) {
        historyHeadingDepth = 0
      }
      continue
    }
    if (headingAttempt !== undefined || block.kind !== 'listItem') continue

    const parent = block.parent >= from ? block.parent : -1
    const text = block.text
    if (block.leakedPrefix !== undefined) {
      addProblem(
        ctx,
        'leaked-diff-marker',
        `Stray "${block.leakedPrefix}" before a list marker: a diff marker leaked into the ledger`,
        block.range,
        entryId
      )
    }
    const ownerAttempt = parent >= 0 ? attemptOfBlock.get(parent) : undefined
    const inHistory = parent >= 0 && (historyBlocks.has(parent) || underHistory.has(parent))
    if (inHistory) underHistory.add(index)
    const parentField = parent >= 0 ? fieldByBlock.get(parent) : undefined
    if (parentField !== undefined) {
      parentField.firstChildLine ??= block.range.line
      parentField.field.items.push(spannedItem(ctx, block))
    }

    const header = parseAttemptHeader(text, block.range.line, block.contentColumn)
    const directHistoryChild = parent >= 0 && historyBlocks.has(parent)
    const isAttempt = header !== undefined && (directHistoryChild || isStrongHeader(header, text))
    if (isAttempt && header !== undefined) {
      const source: AttemptSource = {
        style: header.number !== undefined ? 'numbered' : 'dated',
        header,
        line: block.range.line,
        column: block.contentColumn,
        endLine: block.range.endLine,
        blockColumn: block.range.column,
        inHistory: ownerAttempt?.inHistory ?? inHistory
      }
      if (entryId !== undefined) source.entryId = entryId
      listAttempts.push(source)
      attemptOfBlock.set(index, source)
      continue
    }
    if (ownerAttempt !== undefined) {
      attemptOfBlock.set(index, ownerAttempt)
      continue
    }
    if (directHistoryChild && looksLikeAttempt(text)) {
      addProblem(ctx, 'unreadable-attempt', 'Attempt line could not be read', block.range, entryId)
      continue
    }

    const match = parseFieldLine(text)
    if (match === undefined) continue
    const key = canonicalFieldKey(match.name, aliases)
    if (key === 'attempts') historyBlocks.add(index)
    if (parent >= 0) continue // nested `Name: value` items are values, not entry fields
    const line = block.range.line
    const column = block.contentColumn
    const field: LedgerField = {
      name: match.name,
      key,
      value: match.value,
      range: { ...block.range },
      valueRange: {
        line,
        column: column + match.valueIndex,
        endLine: line,
        endColumn: column + match.valueEnd
      },
      items: []
    }
    fields.push(field)
    fieldByBlock.set(index, { field, item: block })
  }
  closeHeadingAttempt(endLine + 1)
  attempts.push(...buildListAttempts(ctx, listAttempts))
  attempts.sort((a, b) => a.headerRange.line - b.headerRange.line)
  for (const draft of fieldByBlock.values()) extendMultiLineValue(ctx, draft)
  return { fields, attempts }
}

/**
 * Builds list attempts in document order. An attempt nested in another one ends the outer one:
 * the outer attempt's text stops where the nested attempt starts, so no line is in two attempts.
 */
function buildListAttempts(ctx: LedgerContext, sources: AttemptSource[]): Attempt[] {
  const attempts: Attempt[] = []
  sources.forEach((source, position) => {
    const next = sources[position + 1]
    if (next !== undefined && next.line <= source.endLine) {
      source.endLine = lastContentLine(ctx, next.line - 1, source.line)
    }
    const attempt = buildAttempt(ctx, source)
    if (attempt !== undefined) attempts.push(attempt)
  })
  return attempts
}

/** Appends the field's continuation lines (before its first nested item) to its value. */
function extendMultiLineValue(ctx: LedgerContext, draft: FieldDraft): void {
  const { field, item } = draft
  const stop = (draft.firstChildLine ?? item.range.endLine + 1) - 1
  const last = lastContentLine(ctx, stop, item.range.line)
  if (last <= item.range.line) return
  const extra: string[] = []
  for (let line = item.range.line + 1; line <= last; line += 1) {
    const text = (ctx.lines[line - 1] ?? '').trim()
    if (text !== '') extra.push(text)
  }
  if (extra.length === 0) return
  field.value = field.value === '' ? extra.join('\n') : `${field.value}\n${extra.join('\n')}`
  field.valueRange = {
    ...field.valueRange,
    endLine: last,
    endColumn: (ctx.lines[last - 1] ?? '').length + 1
  }
}

function spannedItem(ctx: LedgerContext, block: ListItemBlock): Spanned {
  return {
    value: block.text,
    raw: linesText(ctx, block.range.line, block.range.endLine, block.range.column),
    range: { ...block.range }
  }
}

/** A history child that starts like an attempt (`[2025-…`, `Attempt …`) but did not parse. */
function looksLikeAttempt(text: string): boolean {
  return /^[*_\s]*(?:\[\s*\d{4}|\(\s*\d{4}|\d{4}-|attempts?\b)/i.test(text)
}

/** `DEBUG-SIM-001.A1` → `DEBUG-SIM-001`: a phase task suffix is not part of the entry id. */
export function stripTaskSuffix(id: string): string {
  return id.replace(/\.[A-Z]\d+[a-z]?$/, '')
}
