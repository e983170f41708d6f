/**
 * Task-looking lines that Markdown does not read as tasks: a table row cut off from its table
 * (a blank line or a missing delimiter row), or a checkbox glued to its list marker (`-[x] A1`).
 * Rendered, both are plain text: the task silently disappears, so they are reported.
 */
import type { ParseProblem } from '../../model.js'
import { findMarker, type MarkerVocabulary } from './markers.js'

const STRAY_ROW = /^\s*\|.*\|\s*$/
const GLUED_CHECKBOX = /^\s*[-*+]\[[^\][]\]/

/** Problems for the lines `firstLine..lastLine` (1-based) of a paragraph. */
export function damagedTaskLines(
  lines: readonly string[],
  firstLine: number,
  lastLine: number,
  vocabulary: MarkerVocabulary
): ParseProblem[] {
  const problems: ParseProblem[] = []
  for (let line = firstLine; line <= lastLine; line += 1) {
    const text = lines[line - 1] ?? ''
    if (GLUED_CHECKBOX.test(text)) {
      problems.push({
        kind: 'unreadable-task',
        message: 'Checkbox is glued to its list marker; write `- [ ]` with a space so it is a task',
        range: lineRange(line, text)
      })
    } else if (STRAY_ROW.test(text) && findMarker(text, vocabulary) !== undefined) {
      problems.push({
        kind: 'unreadable-task',
        message:
          'Table row with a state marker is not part of a table (a blank line or a missing ' +
          'delimiter row cuts it off), so it renders as text and the task is lost',
        range: lineRange(line, text)
      })
    }
  }
  return problems
}

/** The line's text from its first to its last non-blank character. */
function lineRange(line: number, text: string): ParseProblem['range'] {
  const start = text.length - text.trimStart().length
  return { line, column: start + 1, endLine: line, endColumn: text.trimEnd().length + 1 }
}
