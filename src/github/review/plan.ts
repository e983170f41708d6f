import type { Finding } from '../../core/findings.js'
import { uniqueByFingerprint } from '../findings-order.js'
import { parseFingerprintMarkers } from '../markers.js'
import { type FileDiff, isCommentableRange } from './diff.js'

/**
 * Decides what one review run posts and deletes, from the findings a pull request introduces,
 * its diff, and what planguard already posted. Pure: the adapter only carries the plan out.
 */

/** A review comment already on the pull request, as the API lists it. */
export interface ExistingComment {
  id: number
  path: string
  body: string
  authorLogin: string | undefined
}

export interface InlineComment {
  finding: Finding
  path: string
  /** Last (or only) line of the comment, RIGHT side. */
  line: number
  /** First line when the comment spans several lines (a multi-line suggestion). */
  startLine?: number
  /** Whether the comment carries a GitHub suggestion block. */
  withSuggestion: boolean
}

export interface ReviewPlan {
  /** New inline comments, in posting order. */
  inline: InlineComment[]
  /** New findings that go in the review body: outside the diff or over the cap. */
  listed: Finding[]
  /** Ids of planguard comments whose finding is gone. */
  deleteCommentIds: number[]
  /** Fingerprints already commented or listed by planguard and still present. */
  alreadyReported: string[]
}

export interface ReviewPlanInput {
  introduced: readonly Finding[]
  diffs: ReadonlyMap<string, FileDiff>
  existingComments: readonly ExistingComment[]
  /** Bodies of reviews planguard posted before (their listed fingerprints count as reported). */
  existingReviewBodies: readonly string[]
  botLogin: string
  maxInlineComments: number
}

export function planReview(input: ReviewPlanInput): ReviewPlan {
  const findings = uniqueByFingerprint(input.introduced)
  const current = new Set(findings.map((f) => f.fingerprint))

  // Only our own comments count: a marker pasted by someone else proves nothing.
  const ours = input.existingComments.filter((c) => c.authorLogin === input.botLogin)
  const commented = new Set<string>()
  const deleteCommentIds: number[] = []
  for (const comment of ours) {
    const fingerprints = parseFingerprintMarkers(comment.body)
    if (fingerprints.length === 0) continue
    if (fingerprints.some((fp) => current.has(fp))) fingerprints.forEach((fp) => commented.add(fp))
    else deleteCommentIds.push(comment.id)
  }
  const listedBefore = new Set(input.existingReviewBodies.flatMap(parseFingerprintMarkers))

  let inlineBudget = Math.max(0, input.maxInlineComments - commented.size)
  const inline: InlineComment[] = []
  const listed: Finding[] = []
  const alreadyReported: string[] = []
  for (const finding of findings) {
    if (commented.has(finding.fingerprint) || listedBefore.has(finding.fingerprint)) {
      alreadyReported.push(finding.fingerprint)
      continue
    }
    const placement = placeComment(finding, input.diffs.get(finding.file))
    if (placement && inlineBudget > 0) {
      inline.push(placement)
      inlineBudget -= 1
    } else {
      listed.push(finding)
    }
  }
  return {
    inline,
    listed,
    deleteCommentIds: deleteCommentIds.sort((a, b) => a - b),
    alreadyReported
  }
}

/** Where a finding can be commented on in the diff, or undefined when it is outside it. */
export function placeComment(
  finding: Finding,
  diff: FileDiff | undefined
): InlineComment | undefined {
  if (!diff) return undefined
  const suggestion = finding.suggestion
  if (suggestion && isCommentableRange(diff, suggestion.range.line, suggestion.range.endLine)) {
    const { line, endLine } = suggestion.range
    return {
      finding,
      path: finding.file,
      line: endLine,
      ...(endLine > line ? { startLine: line } : {}),
      withSuggestion: true
    }
  }
  const last = Math.max(finding.line, finding.endLine)
  for (let line = finding.line; line <= last; line++) {
    if (diff.commentable.has(line))
      return { finding, path: finding.file, line, withSuggestion: false }
  }
  return undefined
}
