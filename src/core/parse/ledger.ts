import type { Config } from '../config/schema.js'
import type { LedgerDocument } from '../model.js'
import type { DocumentText } from '../repo/paged-text.js'
import { scanStructure, type SourceLines } from '../scan/blocks.js'
import { AttemptRows } from './ledger/attempts.js'
import { FieldItemRows } from './ledger/body.js'
import type { LedgerContext } from './ledger/context.js'
import { addProblem, compileIdPattern, linesRange } from './ledger/context.js'
import { firstEntryLine, readEntries } from './ledger/entries.js'
import { readHeader } from './ledger/header.js'
import { isSingleFocus, readSingleFocus } from './ledger/single-focus.js'

/**
 * Parses a planning ledger (`docs/fix_plan.md`) into the model: header, index table and entries
 * with their fields and attempts. Two dialects: `## [ID] Title` entries, and the single-focus
 * document (`## Status`, `## Attempts History` …) read as one level-0 entry. Never throws: what
 * cannot be read becomes a ParseProblem.
 */
export function parseLedger(file: string, text: DocumentText, config: Config): LedgerDocument {
  const document: LedgerDocument = {
    kind: 'ledger',
    file,
    dialect: 'entries',
    entries: [],
    problems: [],
    lineCount: 0
  }
  try {
    readLedger(document, text, config)
  } catch (error) {
    // A parser bug must not take the run down; it is reported like unreadable text.
    const message = error instanceof Error ? error.message : String(error)
    document.problems.push({
      kind: 'other',
      message: `Ledger could not be parsed: ${message}`,
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
    })
  }
  return document
}

function readLedger(document: LedgerDocument, text: DocumentText, config: Config): void {
  const { blocks, source } = scanStructure(text)
  document.lineCount = source.count
  const ctx: LedgerContext = {
    file: document.file,
    source,
    blocks,
    config,
    idPattern: compileIdPattern(config.dialect.entryIdPattern),
    problems: document.problems,
    attemptRows: new AttemptRows(source),
    fieldItems: new FieldItemRows(source)
  }
  if (isBlankDocument(source)) {
    addProblem(ctx, 'empty-file', 'The ledger is empty', linesRange(ctx, 1, 1))
    return
  }
  // The blocks are scanned as they are read (see BlockTable.scanLazily): up to the first entry
  // here, and the header's blocks are final before the header is read.
  const firstEntry = firstEntryLine(ctx)
  const singleFocus = firstEntry === undefined && isSingleFocus(ctx)
  blocks.settle()
  const header = readHeader(ctx, firstEntry === undefined ? source.count : firstEntry - 1)
  if (header.title !== undefined) document.title = header.title
  if (header.lastUpdated !== undefined) document.lastUpdated = header.lastUpdated
  if (header.activeFocus !== undefined) document.activeFocus = header.activeFocus
  if (header.index !== undefined) document.index = header.index
  if (singleFocus) {
    document.dialect = 'single-focus'
    document.entries = [readSingleFocus(ctx, header.title)]
  } else {
    document.entries = readEntries(ctx)
  }
  document.problems.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column)
}

function isBlankDocument(source: SourceLines): boolean {
  for (let line = 1; line <= source.count; line += 1) {
    if (source.line(line).trim() !== '') return false
  }
  return true
}
