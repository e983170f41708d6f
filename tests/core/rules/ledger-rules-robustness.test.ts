import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { runRules } from '../../../src/core/engine.js'
import { ledgerRules } from '../../../src/core/rules/ledger-rules.js'
import { projectFromFiles } from '../../helpers/project.js'

/** Lines a ledger is made of, well-formed and damaged, so random documents hit every rule path. */
const ids = fc.constantFrom('API-002', 'CLI-003', 'CLI\u2011003', 'X', '')
const dates = fc.constantFrom(
  '2025-10-17',
  '2025-13-45',
  '2026-01-22T02:40Z',
  '20251017T025000Z',
  '2099-01-01',
  'soon'
)
const line = fc.oneof(
  fc.tuple(fc.constantFrom('##', '###', '-##'), ids).map(([h, id]) => `${h} [${id}] Title`),
  fc
    .constantFrom('pending', 'In-Progress', 'done — ok', '', '**HIGH**', 'Hihg')
    .map((v) => `- Status: ${v}`),
  fc.constantFrom('High', 'CRITICAL', '', '`Low`').map((v) => `- Priority: ${v}`),
  fc.constant('- Attempts History:'),
  fc.constant('- Exit Criteria:'),
  fc
    .tuple(dates, fc.integer({ min: -1, max: 12 }), fc.boolean())
    .map(([d, n, range]) => `  * [${d}] Attempt #${n}${range ? `–#${n + 3}` : ''} — Step: work.`),
  fc.tuple(dates, ids).map(([d, id]) => `### ${d} — ${id} (label)`),
  dates.map((d) => `**Last Updated:** ${d}`),
  fc.constant('## Index'),
  fc.constant('| ID | Title | Priority | Status |'),
  fc.constant('| --- | --- | --- | --- |'),
  fc
    .tuple(ids, fc.constantFrom('done', 'pending', ''))
    .map(([id, s]) => `| [${id}](#x) | T | High | ${s} |`),
  fc.string({ maxLength: 30 }),
  fc.constant('')
)

describe('ledger rules on random ledgers', () => {
  it('never fail, and keep every finding inside its file', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n')
        const project = projectFromFiles({ 'docs/fix_plan.md': text })
        const findings = runRules(project, ledgerRules)
        expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([])
        const lineCount = text.split('\n').length
        for (const finding of findings) {
          expect(finding.line).toBeGreaterThanOrEqual(1)
          expect(finding.endLine).toBeLessThanOrEqual(lineCount)
          expect(finding.entity).not.toBe('')
          if (finding.suggestion)
            expect(finding.suggestion.range.line).toBeLessThanOrEqual(lineCount)
        }
      }),
      { numRuns: 150 }
    )
  })

  it('gives the same fingerprints when the text moves', () => {
    const body = [
      '## Index',
      '| ID | Title | Priority | Status |',
      '| --- | --- | --- | --- |',
      '| [API-002](#api-002-stable-api) | Stable API | High | done |',
      '',
      '## [API-002] Stable API',
      '- Priority: HIGH',
      '- Status: in-progress',
      '- Attempts History:',
      '  * [2025-10-16] Attempt #1 — Planning: outline.',
      '  * [2025-10-19] Attempt #1 — Phase A: inventory.',
      '  * [2025-11-30] Attempt #2 — Phase B: redline.',
      '',
      '## [API-002] Stable API again',
      '- Status: pending',
      ''
    ]
    const run = (intro: string[]) =>
      runRules(
        projectFromFiles({
          'docs/fix_plan.md': [
            '# Fix Plan Ledger',
            '**Last Updated:** 2025-10-01',
            ...intro,
            ...body
          ].join('\n')
        }),
        ledgerRules
      )
    const before = run([])
    const after = run(['', 'A paragraph added above everything.', '', '---', ''])
    expect(before.length).toBeGreaterThanOrEqual(6)
    expect(after.map((f) => f.line)).not.toEqual(before.map((f) => f.line))
    const identity = (findings: typeof before) =>
      findings.map((f) => `${f.ruleId} ${f.fingerprint}`).sort()
    expect(identity(after)).toEqual(identity(before))
  })
})
