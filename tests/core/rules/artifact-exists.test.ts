import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const REPORTS = 'plans/active/ALPHA-001/reports'

function ledger(attempts: string[], extraFields: string[] = []): string {
  return [
    '# Demo Fix Plan Ledger', // 1
    '**Last Updated:** 2025-10-18', // 2
    '', // 3
    '## [ALPHA-001] Rebaseline the widget plan', // 4
    '- Priority: High', // 5
    '- Status: in_progress', // 6
    '- Attempts History:', // 7
    ...attempts.map((a) => `  * ${a}`), // 8…
    ...extraFields,
    ''
  ].join('\n')
}

const EVIDENCE = {
  [`${REPORTS}/2025-10-17T025633Z/delta_log.md`]: 'log',
  [`${REPORTS}/2025-10-17T025633Z/summary.md`]: 'summary'
}

describe('artifact-exists', () => {
  it('reports a missing cited file and suggests the sibling timestamp folder', () => {
    const findings = findingsFor('artifact-exists', {
      'docs/fix_plan.md': ledger([
        `[2025-10-17] Attempt #1 — Evidence: Wrote the log. Artifacts: \`${REPORTS}/2025-10-17T025000Z/delta_log.md\`.`
      ]),
      ...EVIDENCE
    })
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.ruleId).toBe('artifact-exists')
    expect(finding?.severity).toBe('error')
    expect(finding?.line).toBe(8)
    expect(finding?.entryId).toBe('ALPHA-001')
    expect(finding?.entity).toBe(
      `path:${REPORTS}/2025-10-17T025000Z/delta_log.md@ALPHA-001#attempt-1`
    )
    expect(finding?.message).toBe(
      `\`${REPORTS}/2025-10-17T025000Z/delta_log.md\` cited by Attempt #1 of [ALPHA-001] does not exist ` +
        `(there is no folder \`${REPORTS}/2025-10-17T025000Z/\`); did you mean ` +
        `\`${REPORTS}/2025-10-17T025633Z/delta_log.md\`?`
    )
  })

  it('checks "Next:" paths too with skipFuture: false', () => {
    const files = {
      'docs/fix_plan.md': ledger([
        `[2025-10-18] Attempt #1 — Docs: Next: write \`${REPORTS}/2025-10-19T000000Z/brief.md\`.`
      ]),
      ...EVIDENCE
    }
    expect(findingsFor('artifact-exists', files)).toEqual([])
    expect(
      findingsFor('artifact-exists', files, { options: { skipFuture: false } }).map((f) => f.entity)
    ).toEqual([`path:${REPORTS}/2025-10-19T000000Z/brief.md@ALPHA-001#attempt-1`])
  })

  it('tells evidence from intentions across the lines of a long attempt', () => {
    // Lines 9… of the attempt cite a path each; "Next:" on one line, "Artifacts:" on a later one.
    const lines = Array.from({ length: 300 }, (_, i) => {
      const label = i === 100 ? 'Next: ' : i === 200 ? 'Artifacts: ' : ''
      return `    ${label}line ${i} \`${REPORTS}/2025-10-17T025633Z/f${i}.md\``
    })
    const text = ledger(['[2025-10-18] Attempt #1 — Ran it.']).replace(
      'Ran it.\n',
      `Ran it.\n${lines.join('\n')}\n`
    )
    const reported = findingsFor('artifact-exists', { 'docs/fix_plan.md': text, ...EVIDENCE })
    const numbers = (findings: typeof reported) =>
      findings.map((f) => Number(/\/f(\d+)\.md/.exec(f.message)?.[1])).sort((a, b) => a - b)
    // One finding per missing file (their folder exists), none from the "Next:" part.
    const every = Array.from({ length: 300 }, (_, i) => i)
    expect(numbers(reported)).toEqual(every.filter((i) => i < 100 || i >= 200))
    const all = findingsFor(
      'artifact-exists',
      { 'docs/fix_plan.md': text, ...EVIDENCE },
      { options: { skipFuture: false } }
    )
    expect(numbers(all)).toEqual(every)
  })

  it('is clean when every cited path exists, and skips placeholders, URLs and intentions', () => {
    const findings = findingsFor('artifact-exists', {
      'docs/fix_plan.md': ledger([
        `[2025-10-17] Attempt #1 — Evidence: Artifacts: \`${REPORTS}/2025-10-17T025633Z/{delta_log.md,summary.md}\`.`,
        `[2025-10-18] Attempt #2 — Docs: see https://example.com/x.md and \`${REPORTS}/<timestamp>/notes.md\`. Next: write \`${REPORTS}/2025-10-19T000000Z/brief.md\`.`
      ]),
      ...EVIDENCE
    })
    expect(findings).toEqual([])
  })

  it('says a wholly missing folder once instead of once per expanded file', () => {
    const findings = findingsFor('artifact-exists', {
      'docs/fix_plan.md': ledger([
        `[2025-10-17] Attempt #1 — Evidence: Artifacts: \`${REPORTS}/2025-10-18T000000Z/{a.md,b.md,c.md,d.md}\`.`
      ]),
      ...EVIDENCE
    })
    expect(findings).toHaveLength(1)
    expect(findings[0]?.entity).toBe(`path:${REPORTS}/2025-10-18T000000Z@ALPHA-001#attempt-1`)
    expect(findings[0]?.message).toContain(`\`${REPORTS}/2025-10-18T000000Z/\` cited by Attempt #1`)
    expect(findings[0]?.message).toContain('(4 cited paths under it')
  })

  it('reports missing gitignored evidence as not committed, unless reportIgnored is off', () => {
    const files = {
      '.gitignore': 'reports/scratch/\n',
      'reports/kept.md': 'tracked',
      'docs/fix_plan.md': ledger([
        '[2025-10-17] Attempt #1 — Run: Logs: `reports/scratch/run.log`, summary `reports/kept.md`.'
      ])
    }
    const findings = findingsFor('artifact-exists', files)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.entity).toBe('path:reports/scratch/run.log@ALPHA-001#attempt-1')
    expect(findings[0]?.message).toContain(
      '`reports/scratch/run.log` cited by Attempt #1 of [ALPHA-001] is not committed (ignored by .gitignore)'
    )
    expect(findingsFor('artifact-exists', files, { options: { reportIgnored: false } })).toEqual([])
  })

  it('accepts an ignored path that is present: tracked files may match ignore patterns', () => {
    const files = {
      '.gitignore': '*.bin\n',
      'tests/golden/cubic.bin': 'data',
      'docs/fix_plan.md': ledger([
        '[2025-10-17] Attempt #1 — Run: Regenerated `tests/golden/cubic.bin`.'
      ])
    }
    expect(findingsFor('artifact-exists', files)).toEqual([])
  })

  it('honours the ignore option', () => {
    const files = {
      'docs/fix_plan.md': ledger([
        '[2025-10-17] Attempt #1 — Run: Artifacts: `reports/big/run.h5`.'
      ])
    }
    expect(findingsFor('artifact-exists', files)).toHaveLength(1)
    expect(
      findingsFor('artifact-exists', files, { options: { ignore: ['reports/big/**'] } })
    ).toEqual([])
  })

  it('accepts reports/ shorthand relative to the initiative folder, unless told otherwise', () => {
    const files = {
      'docs/fix_plan.md': ledger([
        '[2025-10-17] Attempt #1 — Evidence: Artifacts: `reports/2025-10-17T025633Z/summary.md`.'
      ]),
      ...EVIDENCE
    }
    expect(findingsFor('artifact-exists', files)).toEqual([])
    const strict = findingsFor('artifact-exists', files, {
      options: { relativeToPlanFolder: false }
    })
    expect(strict.map((f) => f.message)).toEqual([
      '`reports/2025-10-17T025633Z/summary.md` cited by Attempt #1 of [ALPHA-001] does not exist ' +
        '(there is no folder `reports/`); did you mean ' +
        `\`${REPORTS}/2025-10-17T025633Z/summary.md\`?`
    ])
  })

  it('accepts a missing path that an attempt says was deleted or moved', () => {
    const files = {
      'docs/fix_plan.md': ledger([
        '[2025-10-17] Attempt #1 — Parity: ran `tests/test_shim_parity.py`, 33 passed.',
        '[2025-10-18] Attempt #2 — Cleanup: Deleted `tests/test_shim_parity.py` with the shim.'
      ])
    }
    expect(findingsFor('artifact-exists', files)).toEqual([])
    const kept = findingsFor('artifact-exists', {
      'docs/fix_plan.md': ledger([
        '[2025-10-17] Attempt #1 — Parity: ran `tests/test_shim_parity.py`, 33 passed.'
      ])
    })
    expect(kept.map((f) => f.entity)).toEqual([
      'path:tests/test_shim_parity.py@ALPHA-001#attempt-1'
    ])
  })

  it('accepts a wildcard citation when a file of that stem exists', () => {
    const files = {
      'docs/fix_plan.md': ledger([
        `[2025-10-17] Attempt #1 — Evidence: manifests \`${REPORTS}/2025-10-17T025633Z/delta_log.*\`.`
      ]),
      ...EVIDENCE
    }
    expect(findingsFor('artifact-exists', files)).toEqual([])
  })

  it('judges shorthand only when the folder it was resolved against exists', () => {
    const findings = findingsFor('artifact-exists', {
      'docs/fix_plan.md': ledger([
        `[2025-10-17] Attempt #1 — Evidence: \`${REPORTS}/2025-10-17T025633Z/\` holds \`delta_log.md\` and \`missing.md\`.`,
        `[2025-10-18] Attempt #2 — Evidence: \`${REPORTS}/2025-10-19T000000Z/\` holds \`notes.md\`.`
      ]),
      ...EVIDENCE
    })
    expect(findings.map((f) => f.entity)).toEqual([
      `path:${REPORTS}/2025-10-17T025633Z/missing.md@ALPHA-001#attempt-1`,
      `path:${REPORTS}/2025-10-19T000000Z@ALPHA-001#attempt-2`
    ])
  })

  it('checks paths in done plan rows but not in open ones', () => {
    const plan = [
      '# ALPHA-001 — Widget plan',
      '',
      '### Phase A — Audit',
      '',
      '| ID | Task Description | State | How/Why & Guidance |',
      '| --- | --- | --- | --- |',
      '| A1 | Inventory | [x] | Saved `docs/missing_inventory.md`. |',
      '| A2 | Compare | [ ] | Write `docs/future_compare.md`. |',
      ''
    ].join('\n')
    const findings = findingsFor('artifact-exists', {
      'docs/fix_plan.md': ledger(['[2025-10-17] Attempt #1 — Plan: authored.']),
      'plans/active/ALPHA-001/implementation.md': plan
    })
    expect(findings.map((f) => [f.file, f.line, f.entity])).toEqual([
      [
        'plans/active/ALPHA-001/implementation.md',
        7,
        'path:docs/missing_inventory.md@plans/active/ALPHA-001/implementation.md#task-A1'
      ]
    ])
    const files = {
      'docs/fix_plan.md': ledger(['[2025-10-17] Attempt #1 — Plan: authored.']),
      'plans/active/ALPHA-001/implementation.md': plan
    }
    expect(
      findingsFor('artifact-exists', files, { options: { plans: 'all', skipFuture: false } })
    ).toHaveLength(2)
    expect(findingsFor('artifact-exists', files, { options: { plans: 'none' } })).toEqual([])
  })

  it('says when a brace expression was too large to check in full', () => {
    const bomb = `${REPORTS}/2025-10-17T025633Z/${'{a,b}'.repeat(12)}.md`
    const findings = findingsFor('artifact-exists', {
      'docs/fix_plan.md': ledger([`[2025-10-17] Attempt #1 — Evidence: Artifacts: \`${bomb}\`.`]),
      ...EVIDENCE
    })
    const truncated = findings.filter((f) => f.entity.startsWith('truncated:'))
    expect(truncated).toHaveLength(1)
    expect(truncated[0]?.line).toBe(8)
    expect(truncated[0]?.message).toContain('expands to more paths than planguard checks')
  })
})
