import type { Config } from '../config/schema.js'
import type { LedgerDocument, LedgerEntry, Range } from '../model.js'
import { compileIdPattern } from '../parse/ledger/context.js'
import { normalizeHyphens } from '../parse/text.js'
import type { DocumentText } from '../repo/paged-text.js'
import { rawLinesOf } from '../scan/lines.js'

/**
 * `- **[ID] Title** — summary` or `- [ID] Title — summary`: how archives condense finished
 * entries into one line each. The bracket text is checked against the configured id pattern.
 */
const SUMMARY_BULLET = /^ {0,3}[-*+] +(\*\*|__)?\[([^\]\s]{1,120})\](.*)$/
const SECTION_HEADING = /^ {0,3}#{1,6} +(.*)$/
/** Longest line read as a summary: archives are prose, not a place for megabyte lines. */
const MAX_SUMMARY_LINE = 4000

/**
 * Adds the archive's one-line summaries to the entries the ledger parser found (headings), so a
 * rule asking "was this id archived?" sees both forms. An id already read as a heading entry is
 * not added twice.
 */
export function withSummaryEntries(
  document: LedgerDocument,
  text: DocumentText,
  config: Config
): LedgerDocument {
  const idPattern = compileIdPattern(config.dialect.entryIdPattern)
  const known = new Set(document.entries.map((entry) => entry.id))
  const added: LedgerEntry[] = []
  let section: string | undefined
  // Line by line: an archive grown to megabytes may be paged, and is then never one string.
  const lines = rawLinesOf(text)
  for (let index = 0; index < lines.count; index++) {
    const line = lines.at(index)
    if (line.length > MAX_SUMMARY_LINE) continue
    const heading = SECTION_HEADING.exec(line)
    if (heading) {
      section = withoutClosingHashes(heading[1] ?? '')
      continue
    }
    const entry = summaryEntry(line, index + 1, idPattern, section)
    if (!entry || known.has(entry.id)) continue
    known.add(entry.id)
    added.push(entry)
  }
  if (added.length === 0) return document
  const entries = [...document.entries, ...added].sort(
    (a, b) => a.headingRange.line - b.headingRange.line
  )
  return { ...document, entries }
}

function summaryEntry(
  line: string,
  lineNumber: number,
  idPattern: RegExp,
  section: string | undefined
): LedgerEntry | undefined {
  const match = SUMMARY_BULLET.exec(line)
  if (!match) return undefined
  const [, emphasis, rawId = '', rest = ''] = match
  const id = normalizeHyphens(rawId)
  if (!idPattern.test(id)) return undefined
  const range: Range = {
    line: lineNumber,
    column: 1,
    endLine: lineNumber,
    endColumn: line.length + 1
  }
  return {
    id,
    rawId,
    title: summaryTitle(rest, emphasis),
    level: 0,
    ...(section !== undefined ? { section } : {}),
    headingRange: range,
    range,
    fields: [],
    plans: [],
    attempts: [],
    artifacts: [],
    foldedHeadings: []
  }
}

/** The title: up to the closing emphasis when the bullet opened one, else up to a dash. */
function summaryTitle(rest: string, emphasis: string | undefined): string {
  let text = rest
  if (emphasis !== undefined) {
    const close = text.indexOf(emphasis)
    // `**[ID] Title**`: the emphasis closes after the title; `**[ID]** Title`: right after the id.
    if (close > 0) return text.slice(0, close).trim()
    if (close === 0) text = text.slice(emphasis.length)
  }
  return (text.split(/\s[—–-]\s/)[0] ?? '').trim()
}

/** `Done ##` → `Done`, by a scan from the end (a `[ #]+$` regex is quadratic on long runs). */
function withoutClosingHashes(text: string): string {
  let end = text.length
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '#')) end -= 1
  return text.slice(0, end).trim()
}
