import { describe, expect, it } from '@jest/globals'
import { fingerprintMarker } from '../../src/github/markers.js'
import { parsePatch } from '../../src/github/review/diff.js'
import { type ExistingComment, planReview } from '../../src/github/review/plan.js'
import { renderInlineComment, renderReviewBody } from '../../src/github/review/render.js'
import { finding, range } from './fixtures.js'

const LEDGER = 'docs/fix_plan.md'
const BOT = 'github-actions[bot]'
// Lines 10–14 of the ledger are in the diff (10 and 11 added).
const diffs = new Map([[LEDGER, parsePatch(LEDGER, '@@ -8,3 +10,5 @@\n+a\n+b\n c\n d\n e')]])

function comment(id: number, fingerprint: string, authorLogin = BOT): ExistingComment {
  return { id, path: LEDGER, body: `text\n${fingerprintMarker(fingerprint)}`, authorLogin }
}

const base = {
  diffs,
  existingComments: [],
  existingReviewBodies: [],
  botLogin: BOT,
  maxInlineComments: 30
}

describe('planReview', () => {
  it('comments inline on lines of the diff and lists the rest', () => {
    const plan = planReview({
      ...base,
      introduced: [
        finding({ fingerprint: 'in', line: 11 }),
        finding({ fingerprint: 'out', line: 40 })
      ]
    })
    expect(plan.inline.map((c) => [c.finding.fingerprint, c.line])).toEqual([['in', 11]])
    expect(plan.listed.map((f) => f.fingerprint)).toEqual(['out'])
  })

  it('caps inline comments, counting those already posted', () => {
    const introduced = Array.from({ length: 100 }, (_, i) =>
      finding({ fingerprint: `fp${String(i).padStart(3, '0')}`, line: 10 + (i % 5) })
    )
    const first = planReview({ ...base, introduced })
    expect(first.inline).toHaveLength(30)
    expect(first.listed).toHaveLength(70)

    const second = planReview({
      ...base,
      introduced,
      existingComments: first.inline.map((c, i) => comment(i + 1, c.finding.fingerprint)),
      existingReviewBodies: [renderReviewBody(first)]
    })
    expect(second.inline).toHaveLength(0)
    expect(second.listed).toHaveLength(0)
    expect(second.alreadyReported).toHaveLength(100)
  })

  it('deletes only its own comments whose finding is gone, whatever markers others paste', () => {
    const plan = planReview({
      ...base,
      introduced: [finding({ fingerprint: 'still', line: 10 })],
      existingComments: [comment(1, 'still'), comment(2, 'fixed'), comment(3, 'fixed', 'octocat')]
    })
    expect(plan.deleteCommentIds).toEqual([2])
    expect(plan.inline).toHaveLength(0)
  })

  it('does not trust a forged marker as proof that a finding was reported', () => {
    const plan = planReview({
      ...base,
      introduced: [finding({ fingerprint: 'new', line: 10 })],
      existingComments: [comment(9, 'new', 'octocat')]
    })
    expect(plan.inline.map((c) => c.finding.fingerprint)).toEqual(['new'])
  })

  it('spans a multi-line suggestion when its lines are all in one hunk', () => {
    const withFix = finding({
      fingerprint: 'fix',
      line: 10,
      endLine: 11,
      suggestion: { range: range(10, 11), replacement: 'fixed a\nfixed b\n' }
    })
    const plan = planReview({ ...base, introduced: [withFix] })
    expect(plan.inline[0]).toMatchObject({ startLine: 10, line: 11, withSuggestion: true })
    const body = renderInlineComment(plan.inline[0]!)
    expect(body).toContain('```suggestion\nfixed a\nfixed b\n```')
    expect(body).toContain(fingerprintMarker('fix'))
  })

  it('falls back to a plain comment when the suggestion reaches outside the diff', () => {
    const plan = planReview({
      ...base,
      introduced: [
        finding({
          fingerprint: 'x',
          line: 14,
          suggestion: { range: range(14, 16), replacement: 'y' }
        })
      ]
    })
    expect(plan.inline[0]).toMatchObject({ line: 14, withSuggestion: false })
    expect(plan.inline[0]!.startLine).toBeUndefined()
  })

  it('orders errors before warnings and dedupes by fingerprint', () => {
    const plan = planReview({
      ...base,
      introduced: [
        finding({ fingerprint: 'w', severity: 'warning', line: 10 }),
        finding({ fingerprint: 'e', line: 12 }),
        finding({ fingerprint: 'e', line: 12 })
      ]
    })
    expect(plan.inline.map((c) => c.finding.fingerprint)).toEqual(['e', 'w'])
  })
})

describe('renderReviewBody', () => {
  it('links listed findings at the head commit and records their fingerprints', () => {
    const plan = planReview({
      ...base,
      introduced: [finding({ fingerprint: 'out', line: 40, message: 'ping @alice about #12' })]
    })
    const body = renderReviewBody(plan, {
      serverUrl: 'https://ghe.example/',
      repository: 'o/r',
      sha: 'abc'
    })
    expect(body).toContain('https://ghe.example/o/r/blob/abc/docs/fix_plan.md#L40')
    expect(body).toContain(fingerprintMarker('out'))
    expect(body).not.toMatch(/@alice|#12/)
  })
})
