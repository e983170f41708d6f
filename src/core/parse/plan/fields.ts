/**
 * Phase fields: `Goal:`, `Prereqs:`, `Exit Criteria:` lines, plain or bold (`**Goal:** …`,
 * `**Goal**: …`), optionally as a list item. An empty inline value takes the lines below it up
 * to the next blank line (a nested list of criteria).
 */
import type { Spanned } from '../../model.js'
import { intern } from './intern.js'

export type PhaseFieldKey = 'goal' | 'prereqs' | 'exitCriteria'

const FIELD_LINE =
  /^(\s*(?:[-*+]\s+)?)(\*\*|__)?(Goal|Goals|Prereqs?|Prerequisites|Exit Criteria|Exit criteria|Exit)(?::\2|\2:|:)\s*(?:(?:\*\*|__)\s*)?/

const KEYS: Record<string, PhaseFieldKey> = {
  goal: 'goal',
  goals: 'goal',
  prereq: 'prereqs',
  prereqs: 'prereqs',
  prerequisites: 'prereqs',
  'exit criteria': 'exitCriteria',
  exit: 'exitCriteria'
}

/** Longest run of lines an empty field takes as its value. */
const MAX_VALUE_LINES = 40

export interface PhaseField {
  key: PhaseFieldKey
  spanned: Spanned
  /** Last line (1-based) the value took. */
  endLine: number
}

/** Reads line `index` (0-based) as a phase field, if it is one. */
export function readPhaseField(
  lines: readonly string[],
  index: number,
  isBoundary: (index: number) => boolean
): PhaseField | undefined {
  const line = lines[index] ?? ''
  const match = FIELD_LINE.exec(line)
  if (match === null) return undefined
  const key = KEYS[(match[3] ?? '').toLowerCase()]
  if (key === undefined) return undefined
  const start = (match[1] ?? '').length
  const valueStart = match[0].length
  let value = line.slice(valueStart).trim()
  let endLine = index + 1
  let endColumn = line.trimEnd().length + 1
  if (value === '') {
    const parts: string[] = []
    for (let next = index + 1; next < lines.length && next <= index + MAX_VALUE_LINES; next += 1) {
      const text = lines[next] ?? ''
      if (text.trim() === '' || isBoundary(next)) break
      parts.push(text.trim())
      endLine = next + 1
      endColumn = text.trimEnd().length + 1
    }
    value = parts.join('\n')
  }
  const raw =
    endLine === index + 1 ? line.slice(start).trimEnd() : rawOf(lines, index, endLine, start)
  return {
    key,
    spanned: {
      value: intern(value),
      raw: intern(raw),
      range: { line: index + 1, column: start + 1, endLine, endColumn }
    },
    endLine
  }
}

function rawOf(lines: readonly string[], index: number, endLine: number, start: number): string {
  const parts = [(lines[index] ?? '').slice(start).trimEnd()]
  for (let next = index + 1; next < endLine; next += 1) parts.push((lines[next] ?? '').trimEnd())
  return parts.join('\n')
}
