import type { Suggestion } from '../../findings.js'
import type { Range } from '../../model.js'
import type { Project } from '../types.js'
import { documentLine } from './evidence-text.js'

/**
 * A source line of a file rules build suggestions from. Suggestions replace whole lines, so a
 * rule needs the text around the value it corrects; the model keeps only the values. The lines
 * are those every rule shares (documentLine); a file that cannot be read has none.
 */
export function lineText(project: Project, file: string, line: number): string | undefined {
  // One line is cut out of the document, which is not split into all of its lines.
  try {
    return documentLine(project.fs, file, line)
  } catch {
    return undefined
  }
}

/** The range of a whole line, from its first column to the column after its last character. */
export function wholeLine(line: number, text: string): Range {
  return { line, column: 1, endLine: line, endColumn: text.length + 1 }
}

/**
 * A suggestion replacing the text at `range` (which must sit on one line) with `replacement`.
 * Undefined when the file cannot be read or the text there is not `expected`, so a stale model
 * never produces a wrong edit.
 */
export function replaceOnLine(
  project: Project,
  file: string,
  range: Range,
  expected: string,
  replacement: string
): Suggestion | undefined {
  if (range.line !== range.endLine) return undefined
  const text = lineText(project, file, range.line)
  if (text === undefined) return undefined
  const start = range.column - 1
  const end = range.endColumn - 1
  if (text.slice(start, end) !== expected) {
    // The range may cover more than the value (e.g. markup around it): replace its first occurrence.
    const at = text.indexOf(expected, start)
    if (at < 0 || at >= Math.max(end, start + expected.length)) return undefined
    return lineSuggestion(
      range.line,
      text,
      text.slice(0, at) + replacement + text.slice(at + expected.length)
    )
  }
  return lineSuggestion(range.line, text, text.slice(0, start) + replacement + text.slice(end))
}

function lineSuggestion(line: number, original: string, replaced: string): Suggestion {
  return { range: wholeLine(line, original), replacement: replaced }
}

/** True when `range` lies inside a file of `lineCount` lines. */
export function rangeWithin(range: Range, lineCount: number): boolean {
  return range.line >= 1 && range.endLine >= range.line && range.endLine <= Math.max(lineCount, 1)
}
