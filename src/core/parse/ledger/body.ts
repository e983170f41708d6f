import type { Attempt, LedgerField, Range, Spanned } from '../../model.js'
import { trimmedEnd, type SourceLines } from '../../scan/lines.js'
import type { HeadingBlock, ListItemBlock } from '../../scan/types.js'
import { canonicalFieldKey, parseFieldLine } from '../fields.js'
import { normalizeHyphens } from '../text.js'
import { parseAttemptHeader, parseHeadingAttempt, type AttemptHeader } from './attempt-header.js'
import { buildAttempt, isStrongHeader, sortByLine, type AttemptSource } from './attempts.js'
import type { LedgerContext } from './context.js'
import { addProblem, lastContentLine, lineText } from './context.js'
import { IntRows } from './rows.js'

/** Fields and attempts read from the blocks of one entry's body. */
export interface EntryBody {
  fields: LedgerField[]
  attempts: Attempt[]
}

interface FieldDraft {
  field: ListField
  item: ListItemBlock
  firstChildLine?: number
}

interface OpenHeadingAttempt {
  header: AttemptHeader
  block: HeadingBlock
  /** Column where the attempt's text starts (after a `[ID]` prefix). */
  column: number
  inHistory: boolean
  /** The heading starts with the entry's own `[ID]`. */
  namesEntry: boolean
}

const HISTORY_HEADING = /^attempts?(?:\s+history)?\b/i

/** Facts about one block of an entry body, kept as bits by block index. */
const BlockFlag = {
  /** An Attempts History container (a field or a nested item). */
  History: 1,
  /** Somewhere below a history container. */
  UnderHistory: 2,
  /** A list item that belongs to an attempt (the attempt's own item included). */
  InAttempt: 4,
  /** ... and that attempt is in the history. */
  AttemptInHistory: 8
} as const
type BlockFlag = number

/**
 * Reads the blocks `[from, to)` of an entry whose last line is `endLine`. Top-level list items are
 * fields; list items under an Attempts History field, list items with a strong attempt header
 * anywhere, and sub-headings starting with a date are attempts. With `release`, each block is
 * dropped from `ctx.blocks` once read (the caller reads none of them again): the reader keeps what
 * it needs of a block, so a long history's blocks can be collected while its attempts are built.
 */
export function readEntryBody(
  ctx: LedgerContext,
  entryId: string | undefined,
  from: number,
  to: number,
  endLine: number,
  release = false
): EntryBody {
  const reader = new EntryBodyReader(ctx, entryId, from, to)
  const blocks = ctx.blocks
  for (let index = from; index < to; index += 1) {
    const block = blocks.at(index)
    if (block?.kind === 'heading') reader.heading(block)
    else if (block?.kind === 'listItem') reader.listItem(block, index)
    if (release) blocks.release(index)
  }
  return reader.finish(endLine)
}

class EntryBodyReader {
  private readonly fields: LedgerField[] = []
  private readonly attempts: Attempt[] = []
  private readonly fieldByBlock = new Map<number, FieldDraft>()
  /** What is known of each block of the body (see BlockFlag), by `index - from`. */
  private readonly flags: Uint8Array
  /** The last list item read as an attempt, built once the next one shows where it ends. */
  private pendingListAttempt: AttemptSource | undefined
  private headingAttempt: OpenHeadingAttempt | undefined
  /** Depth of the `Attempts History` sub-heading the following headings are under (0: none). */
  private historyHeadingDepth = 0

  constructor(
    private readonly ctx: LedgerContext,
    private readonly entryId: string | undefined,
    /** First block of the body: list items whose parent lies before it are top-level. */
    private readonly from: number,
    to: number
  ) {
    this.flags = new Uint8Array(Math.max(0, to - from))
  }

  private has(index: number, flag: BlockFlag): boolean {
    return ((this.flags[index - this.from] ?? 0) & flag) !== 0
  }

  private mark(index: number, flag: BlockFlag): void {
    const at = index - this.from
    this.flags[at] = (this.flags[at] ?? 0) | flag
  }

  heading(block: HeadingBlock): void {
    const open = this.headingAttempt
    if (open !== undefined && block.depth <= open.block.depth)
      this.closeHeadingAttempt(block.range.line)
    if (this.headingAttempt !== undefined) return // a sub-heading inside a heading attempt
    // `### [SAME-ID] Attempt #5 — …` folded into the entry: the attempt follows the id.
    const offset = this.ownIdPrefixLength(block.text)
    const column = block.textColumn + offset
    const header = parseHeadingAttempt(block.text.slice(offset), block.range.line, column)
    if (header !== undefined && block.parent < this.from) {
      const depth = this.historyHeadingDepth
      const inHistory = depth > 0 && block.depth > depth
      this.headingAttempt = { header, block, column, inHistory, namesEntry: offset > 0 }
    } else if (HISTORY_HEADING.test(block.text)) {
      this.historyHeadingDepth = block.depth
    } else if (block.depth <= this.historyHeadingDepth) {
      this.historyHeadingDepth = 0
    }
  }

  /** Length of a leading `[ID] ` naming this entry (0 when the heading does not start so). */
  private ownIdPrefixLength(text: string): number {
    if (this.entryId === undefined || !text.startsWith('[')) return 0
    const close = text.indexOf(']')
    if (close < 0 || close > 200) return 0
    if (normalizeHyphens(text.slice(1, close).trim()) !== this.entryId) return 0
    let end = close + 1
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end += 1
    return end
  }

  listItem(block: ListItemBlock, index: number): void {
    if (this.headingAttempt !== undefined) return // part of the heading attempt's text
    const parent = block.parent >= this.from ? block.parent : -1
    // Read once: a list item of a BlockTable makes both afresh at every read.
    const range = block.range
    const text = block.text
    if (block.leakedPrefix !== undefined) {
      const message = `Stray "${block.leakedPrefix}" before a list marker: a diff marker leaked into the ledger`
      addProblem(this.ctx, 'leaked-diff-marker', message, range, this.entryId)
    }
    const underHistoryHeading = this.historyHeadingDepth > 0
    const inHistory =
      underHistoryHeading ||
      (parent >= 0 && this.has(parent, BlockFlag.History | BlockFlag.UnderHistory))
    if (inHistory) this.mark(index, BlockFlag.UnderHistory)
    const parentField = parent >= 0 ? this.fieldByBlock.get(parent) : undefined
    if (parentField !== undefined) {
      parentField.firstChildLine ??= range.line
      parentField.field.addItem(range, block.contentColumn)
    }
    if (this.readListAttempt(block, text, range, index, parent, inHistory)) return
    const match = parseFieldLine(text)
    if (match === undefined) return
    const key = canonicalFieldKey(match.name, this.ctx.config.dialect.fieldAliases)
    if (key === 'attempts') this.mark(index, BlockFlag.History)
    if (parent >= 0) return // nested `Name: value` items are values, not entry fields
    const field = new ListField(this.ctx.fieldItems, block, match.name, key, match)
    this.fields.push(field)
    this.fieldByBlock.set(index, { field, item: block })
  }

  /** Records the item as (part of) an attempt; true when it was. */
  private readListAttempt(
    block: ListItemBlock,
    text: string,
    range: Range,
    index: number,
    parent: number,
    inHistory: boolean
  ): boolean {
    const inAttempt = parent >= 0 && this.has(parent, BlockFlag.InAttempt)
    const ownerInHistory = inAttempt && this.has(parent, BlockFlag.AttemptInHistory)
    // Items right under an Attempts History field, or top-level items under such a heading.
    const directHistoryChild =
      parent >= 0 ? this.has(parent, BlockFlag.History) : this.historyHeadingDepth > 0
    // The label only decides whether an italic dated header is strong (see isStrongHeader).
    const lead = text.charCodeAt(0)
    const withLabel = lead === 0x2a /* * */ || lead === 0x5f /* _ */
    const header = parseAttemptHeader(text, range.line, block.contentColumn, withLabel)
    if (header !== undefined && (directHistoryChild || isStrongHeader(header, text))) {
      const source: AttemptSource = {
        style: header.number !== undefined ? 'numbered' : 'dated',
        header,
        line: range.line,
        column: block.contentColumn,
        endLine: range.endLine,
        blockColumn: range.column,
        inHistory: inAttempt ? ownerInHistory : inHistory
      }
      if (this.entryId !== undefined) source.entryId = this.entryId
      this.buildPendingListAttempt(source.line)
      this.pendingListAttempt = source
      this.markAttemptItem(index, source.inHistory)
      return true
    }
    if (inAttempt) {
      this.markAttemptItem(index, ownerInHistory)
      return true
    }
    if (directHistoryChild && looksLikeAttempt(text)) {
      const message = 'Attempt line could not be read'
      addProblem(this.ctx, 'unreadable-attempt', message, range, this.entryId)
      return true
    }
    return false
  }

  private closeHeadingAttempt(nextLine: number): void {
    const open = this.headingAttempt
    this.headingAttempt = undefined
    if (open === undefined) return
    const { block, header, inHistory, column } = open
    const source: AttemptSource = {
      style: 'heading',
      header,
      line: block.range.line,
      column,
      endLine: lastContentLine(this.ctx, nextLine - 1, block.range.line),
      blockColumn: block.range.column,
      inHistory
    }
    if (this.entryId !== undefined) source.entryId = this.entryId
    const named =
      header.leadingId !== undefined
        ? stripTaskSuffix(header.leadingId)
        : open.namesEntry
          ? this.entryId
          : undefined
    const attempt = buildAttempt(this.ctx, source, named)
    if (attempt !== undefined) this.attempts.push(attempt)
  }

  /** Records a list item as part of an attempt (its own item or one nested in it). */
  private markAttemptItem(index: number, attemptInHistory: boolean): void {
    this.mark(index, BlockFlag.InAttempt)
    if (attemptInHistory) this.mark(index, BlockFlag.AttemptInHistory)
  }

  /**
   * Builds the pending list attempt. An attempt nested in it (starting at `nextLine`, within its
   * lines) ends it: its text stops where the nested attempt starts, so no line is in two attempts.
   */
  private buildPendingListAttempt(nextLine?: number): void {
    const source = this.pendingListAttempt
    this.pendingListAttempt = undefined
    if (source === undefined) return
    if (nextLine !== undefined && nextLine <= source.endLine) {
      source.endLine = lastContentLine(this.ctx, nextLine - 1, source.line)
    }
    const attempt = buildAttempt(this.ctx, source)
    if (attempt !== undefined) this.attempts.push(attempt)
  }

  finish(endLine: number): EntryBody {
    this.closeHeadingAttempt(endLine + 1)
    this.buildPendingListAttempt()
    sortByLine(this.attempts)
    for (const draft of this.fieldByBlock.values()) extendMultiLineValue(this.ctx, draft)
    // Copies of the exact size: an array grown by `push` keeps up to half its length spare.
    return { fields: this.fields.slice(), attempts: this.attempts.slice() }
  }
}

/**
 * Line, end line, column and content column of a field's nested items, one row each; and the
 * positions of the fields themselves, one row each in `fields` (see ListField).
 */
export class FieldItemRows extends IntRows {
  readonly fields = new IntRows(FIELD_INTS)

  constructor(readonly source: SourceLines) {
    super(4)
  }
}

/** Slots of a field's row in `FieldItemRows.fields`. */
const Field = {
  Line: 0,
  Column: 1,
  EndLine: 2,
  EndColumn: 3,
  ValueColumn: 4,
  ValueEndLine: 5,
  ValueEndColumn: 6,
  /** The field's items are item rows FirstItem on (-1: none yet), ItemCount of them. */
  FirstItem: 7,
  ItemCount: 8
} as const
const FIELD_INTS = Object.keys(Field).length

/**
 * A `Name: value` field written as a list item. Its ranges are made when read from its row of
 * positions (a ledger has a few fields per entry, and thousands of entries), and its nested items
 * when first read: an Attempts History field holds one item per attempt, and only their positions
 * are kept until then, in consecutive rows of the document's FieldItemRows.
 */
class ListField implements LedgerField {
  readonly name: string
  readonly key: string
  value: string
  readonly #rows: FieldItemRows
  readonly #row: number
  #items: Spanned[] | undefined

  constructor(
    rows: FieldItemRows,
    block: ListItemBlock,
    name: string,
    key: string,
    match: { value: string; valueIndex: number; valueEnd: number }
  ) {
    const { line, column, endLine, endColumn } = block.range
    const contentColumn = block.contentColumn
    this.name = name
    this.key = key
    this.value = match.value
    this.#rows = rows
    const fields = rows.fields
    const row = fields.add()
    this.#row = row
    fields.set(row, Field.Line, line)
    fields.set(row, Field.Column, column)
    fields.set(row, Field.EndLine, endLine)
    fields.set(row, Field.EndColumn, endColumn)
    fields.set(row, Field.ValueColumn, contentColumn + match.valueIndex)
    fields.set(row, Field.ValueEndLine, line)
    fields.set(row, Field.ValueEndColumn, contentColumn + match.valueEnd)
    fields.set(row, Field.FirstItem, -1)
  }

  private position(field: number): number {
    return this.#rows.fields.get(this.#row, field)
  }

  private setPosition(field: number, value: number): void {
    this.#rows.fields.set(this.#row, field, value)
  }

  get range(): Range {
    return {
      line: this.position(Field.Line),
      column: this.position(Field.Column),
      endLine: this.position(Field.EndLine),
      endColumn: this.position(Field.EndColumn)
    }
  }

  get valueRange(): Range {
    return {
      line: this.position(Field.Line),
      column: this.position(Field.ValueColumn),
      endLine: this.position(Field.ValueEndLine),
      endColumn: this.position(Field.ValueEndColumn)
    }
  }

  /** Appends continuation lines to the value, which then ends at `endLine`/`endColumn`. */
  extendValue(value: string, endLine: number, endColumn: number): void {
    this.value = value
    this.setPosition(Field.ValueEndLine, endLine)
    this.setPosition(Field.ValueEndColumn, endColumn)
  }

  addItem({ line, endLine, column }: Range, contentColumn: number): void {
    const rows = this.#rows
    const count = this.position(Field.ItemCount)
    const firstItem = this.position(Field.FirstItem)
    if (firstItem < 0 || firstItem + count !== rows.count) {
      // Items of one field come one after another; should another's come between, move this
      // field's rows to the end so that they stay consecutive.
      this.setPosition(Field.FirstItem, rows.count)
      for (let at = 0; at < count; at += 1) copyRow(rows, firstItem + at)
    }
    const row = rows.add()
    rows.set(row, 0, line)
    rows.set(row, 1, endLine)
    rows.set(row, 2, column)
    rows.set(row, 3, contentColumn)
    this.setPosition(Field.ItemCount, count + 1)
    this.#items = undefined
  }

  get items(): Spanned[] {
    if (this.#items === undefined) {
      const items: Spanned[] = []
      const first = this.position(Field.FirstItem)
      const count = this.position(Field.ItemCount)
      for (let at = 0; at < count; at += 1) items.push(builtItem(this.#rows, first + at))
      this.#items = items
    }
    return this.#items
  }
}

function copyRow(rows: IntRows, from: number): void {
  const row = rows.add()
  for (let field = 0; field < 4; field += 1) rows.set(row, field, rows.get(from, field))
}

/**
 * The nested item in row `row`: the text of its first line after the marker, and its lines from
 * the marker on.
 */
function builtItem(rows: FieldItemRows, row: number): Spanned {
  const { source } = rows
  const line = rows.get(row, 0)
  const endLine = rows.get(row, 1)
  const column = rows.get(row, 2)
  const contentIndex = rows.get(row, 3) - 1
  const first = source.span(line, line)
  return {
    value: first.slice(contentIndex, trimmedEnd(first, contentIndex)),
    raw: source.span(line, endLine, column),
    range: { line, column, endLine, endColumn: source.lengthOf(endLine) + 1 }
  }
}

/** Appends the field's continuation lines (before its first nested item) to its value. */
function extendMultiLineValue(ctx: LedgerContext, draft: FieldDraft): void {
  const { field, item } = draft
  const stop = (draft.firstChildLine ?? item.range.endLine + 1) - 1
  const last = lastContentLine(ctx, stop, item.range.line)
  if (last <= item.range.line) return
  const extra: string[] = []
  for (let line = item.range.line + 1; line <= last; line += 1) {
    const text = lineText(ctx, line).trim()
    if (text !== '') extra.push(text)
  }
  if (extra.length === 0) return
  const value = field.value === '' ? extra.join('\n') : `${field.value}\n${extra.join('\n')}`
  field.extendValue(value, last, ctx.source.lengthOf(last) + 1)
}

/** A history child that starts like an attempt (`[2025-…`, `Attempt …`) but did not parse. */
function looksLikeAttempt(text: string): boolean {
  return /^[*_\s]*(?:\[\s*\d{4}|\(\s*\d{4}|\d{4}-|attempts?\b)/i.test(text)
}

/** `DEBUG-SIM-001.A1` → `DEBUG-SIM-001`: a phase task suffix is not part of the entry id. */
export function stripTaskSuffix(id: string): string {
  return id.replace(/\.[A-Z]\d+[a-z]?$/, '')
}
