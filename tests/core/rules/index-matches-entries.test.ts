import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { editDistance } from '../../../src/core/rules/util/ledger-vocab.js'
import { findingsFor } from '../../helpers/project.js'

function files(rows: string[], entries: string[]): Record<string, string> {
  return {
    'docs/fix_plan.md': [
      '# Fix Plan Ledger',
      '',
      '## Index',
      '| ID | Title | Priority | Status |',
      '| --- | --- | --- | --- |',
      ...rows, // rows start on line 6
      '',
      '---',
      '',
      ...entries,
      ''
    ].join('\n')
  }
}

const api = ['## [API-002] Stable API', '- Priority: High', '- Status: done — released', '']
const cli = ['## [CLI-003] Flags', '- Priority: Medium', '- Status: in_progress', '']

describe('index-matches-entries', () => {
  it('reports a row whose status disagrees, with the regenerated row', () => {
    const findings = findingsFor(
      'index-matches-entries',
      files(
        [
          '| [API-002](#api-002-stable-api) | Stable API | High | pending |',
          '| [CLI-003](#cli-003-flags) | Flags | Medium | in_progress (phase B) |'
        ],
        [...api, ...cli]
      )
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      ruleId: 'index-matches-entries',
      line: 6,
      entryId: 'API-002',
      entity: 'API-002#index-row'
    })
    expect(findings[0]?.message).toContain(
      'Status is `pending` in the Index but `done` in the entry'
    )
    expect(findings[0]?.suggestion?.replacement).toBe(
      '| [API-002](#api-002-stable-api) | Stable API | High | done |'
    )
  })

  it('reports missing, extra and duplicate rows', () => {
    const findings = findingsFor(
      'index-matches-entries',
      files(
        [
          '| [API-002](#api-002-stable-api) | Stable API | High | done |',
          '| GONE-001 | Removed | Low | pending |',
          '| [API-002](#api-002-stable-api) | Stable API | High | done |'
        ],
        [...api, ...cli]
      )
    )
    const byEntity = new Map(findings.map((f) => [f.entity, f]))
    expect([...byEntity.keys()].sort()).toEqual([
      'API-002#index-duplicate',
      'CLI-003#index-missing',
      'GONE-001#index-extra'
    ])
    expect(byEntity.get('API-002#index-duplicate')?.message).toContain(
      'already has a row at line 6'
    )
    const missing = byEntity.get('CLI-003#index-missing')
    expect(missing?.message).toContain('Entry [CLI-003]')
    expect(missing?.suggestion?.replacement).toBe(
      '| [API-002](#api-002-stable-api) | Stable API | High | done |\n| [CLI-003](#cli-003-flags) | Flags | Medium | in_progress |'
    )
  })

  it('does not require rows for done entries unless missingRows is all', () => {
    const input = files(
      ['| [CLI-003](#cli-003-flags) | Flags | Medium | in_progress |'],
      [...api, ...cli]
    )
    expect(findingsFor('index-matches-entries', input)).toEqual([])
    const all = findingsFor('index-matches-entries', input, { options: { missingRows: 'all' } })
    expect(all.map((f) => f.entity)).toEqual(['API-002#index-missing'])
  })

  it('points an index id with no entry at the entry it probably means', () => {
    const findings = findingsFor(
      'index-matches-entries',
      files(['| [CLI-003-REGRESSION](#x) | Flags | Medium | in_progress |'], [...cli])
    )
    const extra = findings.find((f) => f.entity === 'CLI-003-REGRESSION#index-extra')
    expect(extra?.message).toContain('Did you mean [CLI-003] (line 10)?')
  })

  it('reads an index written as a list, and answers in the same form', () => {
    const text = [
      '# Fix Plan Ledger',
      '',
      '## Index',
      '- [API-002] Stable API — Priority: Medium, Status: done (released)',
      '',
      '---',
      '',
      ...api,
      ...cli
    ].join('\n')
    const findings = findingsFor('index-matches-entries', { 'docs/fix_plan.md': text })
    const byEntity = new Map(findings.map((f) => [f.entity, f]))
    expect([...byEntity.keys()].sort()).toEqual(['API-002#index-row', 'CLI-003#index-missing'])
    expect(byEntity.get('API-002#index-row')?.suggestion?.replacement).toBe(
      '- [API-002] Stable API — Priority: High, Status: done (released)'
    )
    expect(byEntity.get('CLI-003#index-missing')?.suggestion?.replacement).toBe(
      '- [API-002] Stable API — Priority: Medium, Status: done (released)\n- [CLI-003] Flags — Priority: Medium, Status: in_progress'
    )
  })

  it('accepts an index row for an entry moved to the archive ledger', () => {
    const input = {
      ...files(['| [OLD-001](#old-001) | Old work | Low | done |'], [...cli]),
      'docs/fix_plan_archive.md': '# Archive\n\n## [OLD-001] Old work\n- Status: done\n'
    }
    const findings = findingsFor('index-matches-entries', input)
    expect(findings.map((f) => f.entity)).toEqual(['CLI-003#index-missing'])
  })
  it('offers the entry a search of every entry would, for rows in any number', () => {
    // The guess as a search of the entries in ledger order: a longer or shorter form of the id
    // first, else a near miss with the same numbers.
    const numbers = (text: string) => (text.match(/\d+/g) ?? []).join('-')
    const expected = (id: string, ids: string[]): string | undefined =>
      ids.find((other) => other.startsWith(`${id}-`) || id.startsWith(`${other}-`)) ??
      ids.find((other) => numbers(other) === numbers(id) && editDistance(other, id) <= 2)
    const part = fc.constantFrom('A', 'AB', 'B', '1', '2', '12', 'X1')
    // Entry ids start with a letter.
    const first = fc.constantFrom('A', 'AB', 'B', 'X1')
    const id = fc
      .tuple(first, fc.array(part, { maxLength: 2 }))
      .map(([head, rest]) => [head, ...rest].join('-'))
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 8 }),
        fc.array(id, { maxLength: 8 }),
        (ids, rows) => {
          const entries = ids.flatMap((entryId) => [`## [${entryId}] t`, '- Status: done', ''])
          const rowLines = rows.map((rowId) => `| [${rowId}] | t | High | done |`)
          const findings = findingsFor('index-matches-entries', files(rowLines, entries))
          for (const finding of findings) {
            if (finding.entity !== `${finding.entryId}#index-extra`) continue
            const guess = expected(finding.entryId ?? '', ids)
            const line = guess === undefined ? 0 : 6 + rows.length + 3 + ids.indexOf(guess) * 3
            expect(finding.message).toContain(
              guess === undefined
                ? 'names no entry of this ledger. Remove'
                : `Did you mean [${guess}] (line ${line})?`
            )
          }
        }
      ),
      { numRuns: 500 }
    )
  })
})
