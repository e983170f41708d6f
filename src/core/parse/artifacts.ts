import type { ArtifactRef } from '../model.js'

/** One source line (or part of one) to scan for artifact references. */
export interface TextSegment {
  text: string
  /** 1-based line of the segment in its file. */
  line: number
  /** 1-based column where `text` starts. */
  column: number
}

export interface ArtifactScanOptions {
  /** Hard cap on the number of paths one brace expression may expand to. */
  maxExpansion: number
}

/**
 * Finds the artifact references cited in a run of text (one attempt, one field) and expands them.
 * Placeholder implementation: the full scanner is being written (see tests/core/parse/artifacts).
 */
export function extractArtifacts(
  _segments: readonly TextSegment[],
  _options: ArtifactScanOptions
): ArtifactRef[] {
  return []
}
