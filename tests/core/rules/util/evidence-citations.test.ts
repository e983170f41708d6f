import { describe, expect, it } from '@jest/globals'
import type { ArtifactRef, Attempt } from '../../../../src/core/model.js'
import { collectCitations } from '../../../../src/core/rules/util/evidence-citations.js'
import { projectFromFiles } from '../../../helpers/project.js'

/** An entry whose attempts cite 0, 1, 2… references, with fields citing some too. */
function ledger(): string {
  return [
    '# Fix Plan Ledger',
    '**Last Updated:** 2025-10-18',
    '',
    '## [ALPHA-001] First',
    '- Status: in_progress',
    '- Evidence: `reports/a/field.md`',
    '- Attempts History:',
    '  * [2025-10-01] Attempt #1 — nothing cited.',
    '  * [2025-10-02] Attempt #2 — Artifacts: `reports/a/one.md`.',
    '  * [2025-10-03] Attempt #3 — nothing again.',
    '  * [2025-10-04] Attempt #4 — Artifacts: `reports/a/two.md`, `reports/a/three.md`.',
    '  * [2025-10-05] Attempt #5 — nothing.',
    '',
    '## [BETA-002] Second',
    '- Status: in_progress',
    '- Attempts History:',
    '  * [2025-10-06] Attempt #1 — nothing.',
    '',
    '## [GAMMA-003] Third',
    '- Status: in_progress',
    '- Attempts History:',
    '  * [2025-10-07] Attempt #7 — Artifacts: `reports/c/x.md`.',
    '  * [2025-10-08] Attempt #8 — nothing.',
    '  * [2025-10-09] Attempt #9 — Artifacts: `reports/c/y.md`; `reports/c/z.md`.',
    '- Next: `reports/c/next.md`',
    ''
  ].join('\n')
}

describe('collectCitations', () => {
  it('finds the attempt citing each reference, as a walk over the model does', () => {
    const project = projectFromFiles({ 'docs/fix_plan.md': ledger() })
    const cited = collectCitations(project, { plans: 'all' })
    // The oracle: every reference in citing order with the key of the place citing it.
    const expected: { ref: ArtifactRef; key: string }[] = []
    for (const entry of project.ledgers[0]?.entries ?? []) {
      entry.attempts.forEach((attempt: Attempt) => {
        for (const ref of attempt.artifacts) {
          expected.push({ ref, key: `${entry.id}#attempt-${attempt.number}` })
        }
      })
      for (const ref of entry.artifacts) expected.push({ ref, key: '' })
    }
    expect(cited.refs).toEqual(expected.map((e) => e.ref))
    expect(cited.refs.length).toBeGreaterThan(6)
    // Asked in an order other than the citing one, to exercise the lookups from any state.
    const order = [...expected.keys()].reverse()
    for (const index of order) {
      const citation = cited.citation(index)
      expect(citation.ref).toBe(expected[index]?.ref)
      expect(cited.citation(index)).toBe(citation)
      if (expected[index]?.key !== '') expect(citation.citerKey).toBe(expected[index]?.key)
      else expect(citation.citerKey).toMatch(/#field-|#fields$/)
    }
  })
})
