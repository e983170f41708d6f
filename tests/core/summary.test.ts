import { describe, expect, it } from '@jest/globals'
import type { ArtifactRef } from '../../src/core/model.js'
import { summarize } from '../../src/core/summary.js'
import { projectFromFiles } from '../helpers/project.js'

describe('summarize', () => {
  it('counts the distinct cited paths and the missing ones, as a walk over every reference does', () => {
    const cite = (n: number): string =>
      `Artifacts: \`reports/r${n % 3}/{a.md,b.md}\`, \`docs/d${n % 2}.md\`, \`/tmp/out.log\`.`
    const attempts = Array.from(
      { length: 12 },
      (_, i) => `  * [2025-10-${String(i + 1).padStart(2, '0')}] Attempt #${i + 1} — ${cite(i)}`
    )
    const project = projectFromFiles({
      'docs/fix_plan.md': [
        '# Fix Plan Ledger',
        '**Last Updated:** 2025-10-18',
        '',
        '## [ALPHA-001] First',
        '- Status: in_progress',
        '- Working Plan: plans/active/ALPHA-001/plan.md',
        '- Attempts History:',
        ...attempts,
        ''
      ].join('\n'),
      'plans/active/ALPHA-001/plan.md': '# Plan\n\n- [x] A1 done: `reports/r0/a.md`\n',
      'reports/r0/a.md': 'x',
      'reports/r1/b.md': 'x',
      'docs/d0.md': 'x'
    })
    const paths = new Set<string>()
    const add = (refs: readonly ArtifactRef[]): void => {
      for (const ref of refs) for (const p of ref.paths) if (p.kind === 'path') paths.add(p.path)
    }
    for (const entry of project.ledgers[0]?.entries ?? []) {
      add(entry.artifacts)
      for (const attempt of entry.attempts) add(attempt.artifacts)
    }
    for (const plan of project.plans) add(plan.artifacts)
    const missing = [...paths].filter((path) => project.fs.stat(path) === undefined).length
    const summary = summarize(project, [])
    expect(summary.attempts).toBe(12)
    expect(summary.artifacts).toEqual({ checked: paths.size, missing })
    expect(paths.size).toBeGreaterThan(6)
    expect(missing).toBeGreaterThan(2)
  })
})
