import { findByLine, findByPosition, indexPatch } from '../diff-lines.js'
import type { PullFileRecord } from '../types.js'

/**
 * Resolves one draft review comment against the pull request's diff, or says why GitHub would
 * refuse it. A review with any unresolvable comment is refused whole.
 */

export interface DraftComment {
  path?: unknown
  body?: unknown
  line?: unknown
  side?: unknown
  start_line?: unknown
  start_side?: unknown
  position?: unknown
}

export interface Placement {
  path: string
  line: number | null
  side: 'LEFT' | 'RIGHT'
  startLine: number | null
  startSide: 'LEFT' | 'RIGHT' | null
  position: number
  diffHunk: string
}

export type PlacementResult = { placement: Placement } | { error: string }

function sideOf(value: unknown, fallback: 'LEFT' | 'RIGHT'): 'LEFT' | 'RIGHT' {
  return value === 'LEFT' || value === 'RIGHT' ? value : fallback
}

export function placeComment(draft: DraftComment, files: PullFileRecord[]): PlacementResult {
  const file = files.find((candidate) => candidate.filename === draft.path)
  if (!file) return { error: 'Path could not be resolved' }
  const index = indexPatch(file.patch ?? '')
  const path = file.filename
  if (typeof draft.line === 'number') {
    const side = sideOf(draft.side, 'RIGHT')
    const end = findByLine(index, draft.line, side)
    if (!end) return { error: 'Line could not be resolved' }
    let startLine: number | null = null
    let startSide: 'LEFT' | 'RIGHT' | null = null
    if (typeof draft.start_line === 'number') {
      startSide = sideOf(draft.start_side, side)
      const start = findByLine(index, draft.start_line, startSide)
      if (!start) return { error: 'Start line could not be resolved' }
      if (start.position >= end.position) {
        return { error: 'Pull request review thread start line must precede the end line.' }
      }
      if (start.hunk !== end.hunk) {
        return {
          error: 'Pull request review thread start line must be part of the same hunk as the line.'
        }
      }
      startLine = draft.start_line
    }
    return {
      placement: {
        path,
        line: draft.line,
        side,
        startLine,
        startSide,
        position: end.position,
        diffHunk: index.hunkTextUpTo(end.position)
      }
    }
  }
  if (typeof draft.position === 'number') {
    const found = findByPosition(index, draft.position)
    if (!found) return { error: 'Position could not be resolved' }
    const side = found.right === null ? 'LEFT' : 'RIGHT'
    return {
      placement: {
        path,
        line: found.right ?? found.left,
        side,
        startLine: null,
        startSide: null,
        position: found.position,
        diffHunk: index.hunkTextUpTo(found.position)
      }
    }
  }
  return { error: 'Either position or line is required' }
}
