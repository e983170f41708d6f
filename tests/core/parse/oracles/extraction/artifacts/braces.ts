/**
 * Brace expansion for cited paths: `dir/{a.md,b.md}`, nested `{a,{b,c}}`, several groups in one
 * path (cartesian product). Like the shell, a brace pair without a top-level comma is literal text.
 *
 * Bounded by construction: parsing is one pass with an explicit stack, nesting deeper than
 * MAX_DEPTH is not expanded, and every intermediate list is cut at `maxExpansion` (the result is
 * then flagged `truncated`), so a brace bomb costs time and memory proportional to its length
 * times the cap, never to the size of its full expansion.
 */

export interface BraceExpansion {
  paths: string[]
  truncated: boolean
}

/** Nesting deeper than this is not expanded (the reference is flagged truncated). */
export const MAX_BRACE_DEPTH = 32

/** Longest expanded path kept; longer ones are dropped and the expansion flagged truncated. */
const MAX_PATH_LENGTH = 4096

/** Cap used when the configured one is not a number. */
const DEFAULT_CAP = 256

/** Upper bound on strings built by one expansion, whatever the shape of the groups. */
const WORK_BUDGET = 100_000

interface ExpansionState {
  truncated: boolean
  work: number
}

type Part = string | Group
interface Group {
  alternatives: Part[][]
}

interface Frame {
  group: Group
  current: Part[]
  /** Where the `{` sits, to turn a comma-less group back into literal text. */
  openIndex: number
  /** `sequence` of the enclosing frame, to append to when this group closes. */
  outer: Part[]
}

export function hasBraceGroup(text: string): boolean {
  const open = text.indexOf('{')
  return open >= 0 && text.indexOf('}', open) > open && text.indexOf(',', open) > open
}

/** Expands the brace groups of `text`; text without groups comes back as the only path. */
export function expandBraces(text: string, maxExpansion: number): BraceExpansion {
  const cap = Number.isFinite(maxExpansion) ? Math.max(1, Math.floor(maxExpansion)) : DEFAULT_CAP
  const parsed = parseBraces(text)
  if (parsed === undefined) return { paths: [], truncated: true }
  const state: ExpansionState = { truncated: false, work: 0 }
  const paths = expandSequence(parsed, cap, state)
  const kept = paths.filter((path) => path.length <= MAX_PATH_LENGTH)
  return { paths: kept, truncated: state.truncated || kept.length < paths.length }
}

/** Parses into literal runs and groups; undefined when nesting exceeds MAX_BRACE_DEPTH. */
function parseBraces(text: string): Part[] | undefined {
  const root: Part[] = []
  const stack: Frame[] = []
  let sequence = root
  let literalStart = 0

  const flushLiteral = (end: number): void => {
    if (end > literalStart) appendLiteral(sequence, text.slice(literalStart, end))
    literalStart = end + 1
  }

  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index)
    if (char === 0x7b /* { */) {
      if (stack.length >= MAX_BRACE_DEPTH) return undefined
      flushLiteral(index)
      const group: Group = { alternatives: [] }
      const frame: Frame = { group, current: [], openIndex: index, outer: sequence }
      stack.push(frame)
      sequence = frame.current
    } else if (char === 0x2c /* , */ && stack.length > 0) {
      flushLiteral(index)
      const frame = stack[stack.length - 1] as Frame
      frame.group.alternatives.push(frame.current)
      frame.current = []
      sequence = frame.current
    } else if (char === 0x7d /* } */ && stack.length > 0) {
      flushLiteral(index)
      const frame = stack.pop() as Frame
      sequence = frame.outer
      if (frame.group.alternatives.length === 0) {
        // `{name}` without a comma stays literal, braces included.
        appendLiteral(sequence, '{')
        for (const part of frame.current) appendPart(sequence, part)
        appendLiteral(sequence, '}')
      } else {
        frame.group.alternatives.push(frame.current)
        sequence.push(frame.group)
      }
    }
  }
  flushLiteral(text.length)
  // Unclosed groups: their text stays literal, as the shell would leave it.
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    const literal: Part[] = []
    appendLiteral(literal, '{')
    frame.group.alternatives.forEach((alternative, position) => {
      if (position > 0) appendLiteral(literal, ',')
      for (const part of alternative) appendPart(literal, part)
    })
    if (frame.group.alternatives.length > 0) appendLiteral(literal, ',')
    for (const part of frame.current) appendPart(literal, part)
    for (const part of literal) appendPart(frame.outer, part)
  }
  return root
}

function appendLiteral(sequence: Part[], text: string): void {
  const last = sequence[sequence.length - 1]
  if (typeof last === 'string') sequence[sequence.length - 1] = last + text
  else sequence.push(text)
}

function appendPart(sequence: Part[], part: Part): void {
  if (typeof part === 'string') appendLiteral(sequence, part)
  else sequence.push(part)
}

/** Cartesian product of the parts, cut at `cap`. Recursion depth is bounded by MAX_BRACE_DEPTH. */
function expandSequence(sequence: Part[], cap: number, state: ExpansionState): string[] {
  let results = ['']
  for (const part of sequence) {
    const options = typeof part === 'string' ? [part] : expandGroup(part, cap, state)
    const next: string[] = []
    outer: for (const prefix of results) {
      for (const option of options) {
        state.work += 1
        if (next.length >= cap || state.work > WORK_BUDGET) {
          state.truncated = true
          break outer
        }
        const joined = prefix + option
        if (joined.length > MAX_PATH_LENGTH) {
          state.truncated = true
          continue
        }
        next.push(joined)
      }
    }
    results = next
    if (results.length === 0) return results
  }
  return results
}

function expandGroup(group: Group, cap: number, state: ExpansionState): string[] {
  const union: string[] = []
  for (const alternative of group.alternatives) {
    if (union.length >= cap) {
      state.truncated = true
      break
    }
    for (const path of expandSequence(alternative, cap, state)) {
      if (union.length >= cap) {
        state.truncated = true
        break
      }
      union.push(path)
    }
  }
  return union
}
