import type { LedgerDocument, ParseProblem, PlanDocument, Range } from '../model.js'
import { MAX_DOCUMENT_BYTES } from '../repo/base.js'
import { isValidUtf8, looksBinary } from '../repo/decode.js'
import type { DocumentText } from '../repo/paged-text.js'
import type { RepoFS } from '../repo/types.js'

/** The start of a file: where problems about the file as a whole are reported. */
export const FILE_START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 }

export type DocumentSource =
  /** Readable text; `problems` holds damage that still lets it be parsed (invalid UTF-8). */
  | { kind: 'text'; text: DocumentText; problems: ParseProblem[] }
  /** Nothing to parse: the problem says why. */
  | { kind: 'unreadable'; problem: ParseProblem }

export { MAX_DOCUMENT_BYTES }

/** Reads a planning document and decides whether it can be parsed at all. */
export function readDocument(fs: RepoFS, file: string): DocumentSource | undefined {
  const content = fs.read(file, { maxBytes: MAX_DOCUMENT_BYTES })
  if (!content) return undefined
  if (content.tooLarge) {
    const size = content.size === undefined ? '' : `${formatBytes(content.size)}, `
    const limit = `${size}the limit is ${formatBytes(content.limit ?? MAX_DOCUMENT_BYTES)}`
    return unreadable('file-too-large', `${file} is too large to check (${limit})`)
  }
  const paged = content.paged
  // A paged document's bytes were looked at once, when it was read; they are not kept.
  if (paged ? paged.looksBinary : looksBinary(content.bytes)) {
    return unreadable(
      'binary-file',
      `${file} is a binary file (it contains NUL bytes), not Markdown`
    )
  }
  const text = paged ?? content.text
  if (isBlank(text)) return unreadable('empty-file', `${file} is empty`)
  const problems: ParseProblem[] = []
  if (!(paged ? paged.isValidUtf8 : isValidUtf8(content.bytes))) {
    problems.push({
      kind: 'invalid-utf8',
      message: `${file} is not valid UTF-8; unreadable bytes were replaced by U+FFFD`,
      range: FILE_START
    })
  }
  return { kind: 'text', text, problems }
}

/** Whether a text is all white space (a paged one is decoded only up to its first word). */
function isBlank(text: DocumentText): boolean {
  if (typeof text === 'string') return text.trim() === ''
  for (let index = 0; index < text.lineCount; index++) {
    if (text.line(index).trim() !== '') return false
  }
  return true
}

function unreadable(kind: ParseProblem['kind'], message: string): DocumentSource {
  return { kind: 'unreadable', problem: { kind, message, range: FILE_START } }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} bytes`
}

/** A ledger with nothing in it but the reason it could not be read. */
export function unreadableLedger(file: string, problem: ParseProblem): LedgerDocument {
  return {
    kind: 'ledger',
    file,
    dialect: 'entries',
    entries: [],
    problems: [problem],
    lineCount: 1
  }
}

export function unreadablePlan(file: string, problem: ParseProblem): PlanDocument {
  return {
    kind: 'plan',
    file,
    phases: [],
    tasks: [],
    artifacts: [],
    problems: [problem],
    lineCount: 1
  }
}
