import type { Range } from '../../model.js'
import type { HeadingBlock } from '../../scan/types.js'
import { normalizeHyphens } from '../text.js'
import { parseHeadingAttempt } from './attempt-header.js'
import type { LedgerContext } from './context.js'

/** An `## [ID] Title` heading (possibly damaged) that opens an entry. */
export interface EntryHeading {
  id: string
  rawId: string
  title: string
  level: number
  range: Range
  /** Index of the heading block. */
  blockIndex: number
  /** Index of the first block of the entry: the list item holding the heading, or the heading. */
  startIndex: number
  /** A stray prefix (`-`, `+`) or list marker written before the heading. */
  leaked?: string
}

export type HeadingRole =
  | { role: 'entry'; entry: EntryHeading }
  | { role: 'bad-entry'; rawId: string; range: Range }
  /** A heading inside a list item that is not an entry: part of whatever contains it. */
  | { role: 'nested' }
  | { role: 'other' }

/** Decides what a heading block is in a ledger. */
export function classifyHeading(ctx: LedgerContext, index: number): HeadingRole {
  const block = ctx.blocks.at(index)
  if (block?.kind !== 'heading') return { role: 'other' }
  let startIndex = index
  let leaked = block.leakedPrefix
  let range = block.range
  if (block.parent >= 0) {
    // `- ### [ID] Title`: a heading behind a top-level list marker is a damaged entry heading.
    const item = ctx.blocks.at(block.parent)
    if (item?.kind !== 'listItem' || item.depth !== 0 || !item.text.startsWith('#')) {
      return { role: 'nested' }
    }
    startIndex = block.parent
    leaked = item.marker
    range = { ...block.range, column: item.range.column }
  }
  if (!ctx.config.dialect.entryHeadingLevels.includes(block.depth)) {
    return block.parent >= 0 ? { role: 'nested' } : { role: 'other' }
  }
  const notEntry: HeadingRole = block.parent >= 0 ? { role: 'nested' } : { role: 'other' }
  if (!block.text.startsWith('[')) return notEntry
  // `### [2025-10-17] Attempt #3 — …`: an attempt written as a heading, not an entry.
  if (parseHeadingAttempt(block.text) !== undefined) return notEntry
  const bracket = readBracketId(block)
  if (bracket === undefined) {
    // `## [ID Title`: an entry heading whose bracket never closes.
    const rawId = block.text.slice(1).split(/\s/, 1)[0] ?? ''
    return { role: 'bad-entry', rawId, range }
  }
  const id = normalizeHyphens(bracket.rawId)
  if (!ctx.idPattern.test(id)) return { role: 'bad-entry', rawId: bracket.rawId, range }
  const entry: EntryHeading = {
    id,
    rawId: bracket.rawId,
    title: bracket.title,
    level: block.depth,
    range: { ...range },
    blockIndex: index,
    startIndex
  }
  if (leaked !== undefined) entry.leaked = leaked
  return { role: 'entry', entry }
}

/** `[ID] Title` → id and title; undefined when the bracket does not close early on. */
function readBracketId(block: HeadingBlock): { rawId: string; title: string } | undefined {
  const text = block.text
  if (!text.startsWith('[')) return undefined
  const close = text.indexOf(']')
  if (close < 0 || close > 200) return undefined
  const rawId = text.slice(1, close).trim()
  let title = text.slice(close + 1)
  if (title.startsWith('(')) {
    // `[ID](#anchor) Title`: a link, not part of the title.
    const end = title.indexOf(')')
    if (end > 0) title = title.slice(end + 1)
  }
  title = title.replace(/^[\s:—–-]+/, '').trim()
  return { rawId, title }
}
