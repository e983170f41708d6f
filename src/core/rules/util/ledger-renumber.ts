import type { Suggestion } from '../../findings.js'
import type { Attempt } from '../../model.js'
import type { Project } from '../types.js'
import { lineText, wholeLine } from './ledger-text.js'

/** A suggestion rewriting `Attempt #<old>` on the attempt's header line as `#<next>`. */
export function renumberSuggestion(
  project: Project,
  file: string,
  attempt: Attempt,
  next: number
): Suggestion | undefined {
  if (attempt.number === undefined) return undefined
  const range = attempt.numberRange ?? attempt.headerRange
  const text = lineText(project, file, range.line)
  if (text === undefined) return undefined
  const pattern = new RegExp(`#\\s*${attempt.number}(?!\\d)`)
  const from = range.line === attempt.numberRange?.line ? Math.max(0, range.column - 2) : 0
  const match = pattern.exec(text.slice(from))
  if (!match) return undefined
  const at = from + match.index
  const replaced = text.slice(0, at) + `#${next}` + text.slice(at + match[0].length)
  return { range: wholeLine(range.line, text), replacement: replaced }
}
