import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { configSchema } from '../../../../src/core/config/schema.js'
import type { PlanDocument, Task } from '../../../../src/core/model.js'
import { parsePlan } from '../../../../src/core/parse/plan.js'
import {
  extractClaims,
  resolveRef,
  splitRefs,
  uniqueMeaning
} from '../../../../src/core/rules/util/evidence-claims.js'

const claimed = (text: string, entryId = 'X-001'): string[][] =>
  extractClaims(text, entryId)
    .filter((c) => c.kind === 'done')
    .map((c) => c.refs)

describe('extractClaims', () => {
  it.each([
    ['Marked Phase B.B2 complete in `plans/active/X/implementation.md`.', [['Phase B.B2']]],
    ['marked B2 and B3 [x] after review', [['B2', 'B3']]],
    ['B2 done; notes updated.', [['B2']]],
    ['Phase B.B2 is now complete.', [['Phase B.B2']]],
    ['completed B2 edits', [['B2']]],
    ['✅ M4a landed', [['M4a']]],
    ['Phase C complete — handing off.', [['Phase C']]],
    ['Flipped B1–B3 to done.', [['B1', 'B2', 'B3']]]
  ])('reads a claim in %p', (text, refs) => {
    expect(claimed(text)).toEqual(refs)
  })

  it.each([
    'Next: Phase B.B2 apply redline updates.',
    'Next: mark Phase B.B2 complete.',
    'Will mark B2 done once review lands.',
    'Waiting until B3 complete.',
    'Before marking B2 complete, rerun the suite.',
    'B2 not complete yet.',
    'B2 incomplete.',
    'OTHER-INIT-002 Phase B.B2 complete per its owner.',
    'Phase B.B2 Canonical Plan Update: applied the edits.'
  ])('finds no claim in %p', (text) => {
    expect(claimed(text)).toEqual([])
  })

  it('reads re-openings', () => {
    const claims = extractClaims('Reopened B2 after review; B3 back to [ ] too.', 'X-001')
    expect(claims.map((c) => [c.kind, c.refs])).toEqual([
      ['reopen', ['B2']],
      ['reopen', ['B3']]
    ])
  })
})

describe('extractClaims on hostile text', () => {
  it('stays linear on long id lists and repeated keywords', () => {
    const hostile = [
      Array.from({ length: 20000 }, (_, i) => `B${i}`).join(', ') + ' pending',
      'marked '.repeat(20000) + 'B2',
      'Next ('.repeat(20000),
      '✅ '.repeat(20000)
    ]
    const started = Date.now()
    for (const text of hostile) expect(() => extractClaims(text, 'X-001')).not.toThrow()
    // Quadratic matching took tens of seconds here; linear takes well under one.
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

describe('splitRefs', () => {
  it('carries a phase qualifier along a list and expands ranges', () => {
    expect(splitRefs('Phase B.B2/B3')).toEqual(['Phase B.B2', 'Phase B.B3'])
    expect(splitRefs('C1-C3')).toEqual(['C1', 'C2', 'C3'])
  })
})

function task(id: string, phaseId: string): Task {
  const range = { line: 1, column: 1, endLine: 1, endColumn: 2 }
  return {
    id,
    description: id,
    marker: '[ ]',
    state: 'open',
    phaseId,
    source: 'table',
    range,
    markerRange: range
  }
}

describe('resolveRef', () => {
  const range = { line: 1, column: 1, endLine: 1, endColumn: 2 }
  const tasks = [task('A1', 'A'), task('B2', 'B'), task('M4a', 'M4')]
  const phase = (id: string) => ({
    id,
    title: id,
    headingRange: range,
    range,
    tasks: tasks.filter((t) => t.phaseId === id),
    declaredComplete: false
  })
  const plan: PlanDocument = {
    kind: 'plan',
    file: 'plans/active/X-001/implementation.md',
    phases: [phase('A'), phase('B'), phase('M4')],
    tasks,
    artifacts: [],
    problems: [],
    lineCount: 10
  }

  it('resolves tasks, qualified tasks and whole phases', () => {
    expect(resolveRef('B2', plan)?.tasks.map((t) => t.id)).toEqual(['B2'])
    expect(resolveRef('Phase B.B2', plan)?.tasks.map((t) => t.id)).toEqual(['B2'])
    expect(resolveRef('Phase M4', plan)?.phase?.id).toBe('M4')
    expect(resolveRef('M4a', plan)?.tasks.map((t) => t.id)).toEqual(['M4a'])
  })

  it('does not resolve what the plan lacks or a phase-task mismatch', () => {
    expect(resolveRef('C3', plan)).toBeUndefined()
    expect(resolveRef('Phase A.B2', plan)).toBeUndefined()
    expect(resolveRef('Phase Z', plan)).toBeUndefined()
  })
})

describe('extractClaims prefilters', () => {
  it('reads claims in any letter case', () => {
    expect(claimed('PHASE B.B2 COMPLETE.')).toEqual([['PHASE B.B2']])
    expect(claimed('B2 DONE, B3 Finished')).toEqual([['B2'], ['B3']])
    expect(claimed('Marked B2 [X] and B3 [D].')).toEqual([['B2'], ['B3']])
    const reopened = extractClaims('REVERTED B2; B3 was UNMARKED; set B4 to Pending.', 'X-001')
    expect(reopened.map((c) => [c.kind, c.refs])).toEqual([
      ['reopen', ['B2']],
      ['reopen', ['B3']],
      ['reopen', ['B4']]
    ])
  })

  it('reads nothing from text without a completion or re-opening word', () => {
    expect(extractClaims('Phase B.B2 evidence loop: ran the suite. Next: B3.', 'X-001')).toEqual([])
  })
})

describe('uniqueMeaning', () => {
  const config = configSchema.parse({})
  const phaseIds = fc.constantFrom('A', 'B', 'M4', 'C')
  const taskIds = fc.constantFrom('A1', 'a1', 'B2', 'M4', 'C', 'B.B2', 'X9')
  const plan = fc
    .array(fc.tuple(phaseIds, fc.array(taskIds, { maxLength: 3 })), { maxLength: 3 })
    .map((phases) =>
      phases
        .map(
          ([phase, tasks]) =>
            `## Phase ${phase}\n| ID | Task | State |\n| --- | --- | --- |\n` +
            tasks.map((id) => `| ${id} | t | [ ] |\n`).join('')
        )
        .join('\n')
    )
  const ref = fc.constantFrom('A1', 'b2', 'Phase B', 'phase M4', 'M4', 'B.B2', 'A.A1', 'C', 'Z1')

  it('is the one meaning asking every plan finds, for short and long lists, a plan listed twice included', () => {
    fc.assert(
      fc.property(
        fc.array(plan, { minLength: 1, maxLength: 14 }),
        ref,
        fc.boolean(),
        (texts, id, twice) => {
          const plans = texts.map((text, i) =>
            parsePlan(`plans/active/P${i}/implementation.md`, text, config)
          )
          if (twice) plans.push(plans[0] as PlanDocument)
          const asked = plans.map((p) => resolveRef(id, p)).filter((r) => r !== undefined)
          expect(uniqueMeaning(id, plans)).toEqual(asked.length === 1 ? asked[0] : undefined)
        }
      ),
      { numRuns: 1500 }
    )
  })
})
