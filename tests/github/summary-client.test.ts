import { describe, expect, it } from '@jest/globals'
import { createOnce, isPermissionDenied, mayHaveWritten } from '../../src/github/client.js'
import { SUMMARY_MARKER } from '../../src/github/markers.js'
import { parsePatch } from '../../src/github/review/diff.js'
import {
  countByRule,
  renderSummaryComment,
  touchedEntries
} from '../../src/github/review/summary.js'
import { entry, finding, ledger, plan, range, task } from './fixtures.js'

function httpError(status: number, message = 'x'): Error {
  return Object.assign(new Error(message), { status })
}

describe('summary comment', () => {
  const planned = entry('A-1', {
    line: 5,
    range: range(5, 12),
    plans: [{ raw: 'plans/active/A-1/plan.md', path: 'plans/active/A-1/plan.md', range: range(8) }]
  })
  const other = entry('B-2', { line: 20, range: range(20, 25) })
  const plans = [plan('plans/active/A-1/plan.md', { A: [task('A1', 'done'), task('A2', 'open')] })]
  const newOne = finding({ fingerprint: 'n', ruleId: 'status-vocabulary' })
  const oldOne = finding({ fingerprint: 'o', ruleId: 'status-vocabulary' })
  const fixedOne = finding({ fingerprint: 'f', ruleId: 'artifact-exists' })

  it('counts new, pre-existing and fixed findings per rule', () => {
    expect(
      countByRule({ findings: [newOne, oldOne], introduced: [newOne], fixed: [fixedOne] })
    ).toEqual([
      { ruleId: 'artifact-exists', introduced: 0, existing: 0, fixed: 1 },
      { ruleId: 'status-vocabulary', introduced: 1, existing: 1, fixed: 0 }
    ])
  })

  it('finds the entries whose lines or plan files the pull request changed', () => {
    const ledgerDiff = new Map([
      ['docs/fix_plan.md', parsePatch('docs/fix_plan.md', '@@ -21 +21 @@\n-a\n+b')]
    ])
    expect(
      touchedEntries({ ledgers: [ledger([planned, other])], plans, diffs: ledgerDiff }).map(
        (e) => e.id
      )
    ).toEqual(['B-2'])
    const planDiff = new Map([['plans/active/A-1/plan.md', parsePatch('x', '@@ -1 +1 @@\n-a\n+b')]])
    expect(
      touchedEntries({ ledgers: [ledger([planned, other])], plans, diffs: planDiff }).map(
        (e) => e.id
      )
    ).toEqual(['A-1'])
  })

  it('renders counts and progress behind its marker', () => {
    const body = renderSummaryComment({
      findings: [newOne, oldOne],
      introduced: [newOne],
      fixed: [fixedOne],
      ledgers: [ledger([planned, other])],
      plans,
      diffs: new Map([['plans/active/A-1/plan.md', parsePatch('x', '@@ -1 +1 @@\n-a\n+b')]])
    })
    expect(body.startsWith(SUMMARY_MARKER)).toBe(true)
    expect(body).toContain('1 new finding, 1 already present before this pull request, 1 fixed.')
    expect(body).toContain('| `status-vocabulary` | 1 | 1 | 0 |')
    expect(body).toContain('| `A-1` | in_progress | A 1/2 |')
  })
})

describe('client helpers', () => {
  it('recognises a read-only token and what may have been written', () => {
    expect(isPermissionDenied(httpError(403, 'Resource not accessible by integration'))).toBe(true)
    expect(isPermissionDenied(httpError(403, 'You have exceeded a secondary rate limit'))).toBe(
      false
    )
    expect(isPermissionDenied(httpError(404))).toBe(false)
    expect(mayHaveWritten(httpError(502))).toBe(true)
    expect(mayHaveWritten(httpError(422))).toBe(false)
    expect(mayHaveWritten(new Error('socket hang up'))).toBe(true)
  })

  it('createOnce re-lists after a failure that may have written, and creates only when absent', async () => {
    const calls: string[] = []
    const stored = await createOnce(
      async () => {
        calls.push('create')
        throw httpError(502)
      },
      async () => {
        calls.push('find')
        return 7
      }
    )
    expect(stored).toBe(7)
    expect(calls).toEqual(['create', 'find'])

    let attempts = 0
    const created = await createOnce(
      async () => {
        attempts += 1
        if (attempts === 1) throw httpError(500)
        return 8
      },
      async () => undefined
    )
    expect([created, attempts]).toEqual([8, 2])

    await expect(
      createOnce(
        async () => Promise.reject(httpError(422)),
        async () => 1
      )
    ).rejects.toMatchObject({ status: 422 })
  })
})
