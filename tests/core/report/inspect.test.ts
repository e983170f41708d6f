import { describe, expect, it } from '@jest/globals'
import type { LedgerDocument, PlanDocument, Range } from '../../../src/core/model.js'
import {
  INSPECT_JSON_VERSION,
  renderInspectJson,
  renderInspectText,
  toInspectJson
} from '../../../src/core/report/inspect.js'

const at = (line: number): Range => ({ line, column: 1, endLine: line, endColumn: 10 })

const ledger: LedgerDocument = {
  kind: 'ledger',
  file: 'docs/fix_plan.md',
  dialect: 'entries',
  lastUpdated: {
    raw: '2025-10-19',
    epochMs: Date.UTC(2025, 9, 19),
    precision: 'day',
    range: at(3)
  },
  entries: [
    {
      id: 'DEMO-001',
      rawId: 'DEMO-001',
      title: 'A demo entry',
      level: 2,
      headingRange: at(10),
      range: { line: 10, column: 1, endLine: 20, endColumn: 1 },
      fields: [],
      status: { value: 'in_progress', raw: 'in_progress', range: at(12) },
      priority: { value: 'High', raw: 'High', range: at(11) },
      plans: [
        {
          raw: 'plans/active/DEMO-001/implementation.md',
          path: 'plans/active/DEMO-001/implementation.md',
          range: at(13)
        }
      ],
      attempts: [
        {
          style: 'numbered',
          number: 1,
          date: {
            raw: '2025-10-17',
            epochMs: Date.UTC(2025, 9, 17),
            precision: 'day',
            range: at(15)
          },
          label: 'Phase A.A1',
          text: '…',
          headerRange: at(15),
          range: at(15),
          outcome: 'success',
          artifacts: [
            {
              raw: 'reports/2025-10-17T025000Z/{a.md,b.md}',
              range: at(15),
              quoted: true,
              paths: [
                { path: 'reports/2025-10-17T025000Z/a.md', kind: 'path' },
                { path: 'reports/2025-10-17T025000Z/b.md', kind: 'path' },
                { path: 'reports/<ts>/c.md', kind: 'placeholder' }
              ]
            }
          ],
          inHistory: true
        },
        {
          style: 'dated',
          date: {
            raw: '2026-01-22T02:40Z',
            epochMs: Date.UTC(2026, 0, 22, 2, 40),
            precision: 'minute',
            range: at(16)
          },
          text: '…',
          headerRange: at(16),
          range: at(16),
          outcome: 'unknown',
          artifacts: [],
          inHistory: true
        }
      ],
      artifacts: [],
      foldedHeadings: []
    }
  ],
  problems: [{ kind: 'leaked-diff-marker', message: 'leaked marker', range: at(30) }],
  lineCount: 40
}

const plan: PlanDocument = {
  kind: 'plan',
  file: 'plans/active/DEMO-001/implementation.md',
  title: { value: 'DEMO-001 — A demo plan', raw: '# DEMO-001 — A demo plan', range: at(1) },
  phases: [
    {
      id: 'A',
      title: 'Baseline',
      headingRange: at(5),
      range: { line: 5, column: 1, endLine: 12, endColumn: 1 },
      declaredComplete: false,
      tasks: [
        {
          id: 'A1',
          description: 'Measure',
          marker: '[x]',
          state: 'done',
          phaseId: 'A',
          source: 'table',
          range: at(9),
          markerRange: at(9)
        },
        {
          id: 'A2',
          description: 'Record',
          marker: '[ ]',
          state: 'open',
          phaseId: 'A',
          source: 'table',
          range: at(10),
          markerRange: at(10)
        }
      ]
    }
  ],
  tasks: [],
  artifacts: [],
  problems: [],
  lineCount: 12
}

describe('inspect renderer', () => {
  it('reduces the model to the documented JSON shape', () => {
    const json = toInspectJson({ ledgers: [ledger], plans: [plan] })
    expect(json.version).toBe(INSPECT_JSON_VERSION)
    expect(json.ledgers[0]?.lastUpdated).toBe('2025-10-19')
    expect(json.ledgers[0]?.entries[0]).toEqual({
      id: 'DEMO-001',
      title: 'A demo entry',
      line: 10,
      status: 'in_progress',
      priority: 'High',
      plans: ['plans/active/DEMO-001/implementation.md'],
      attempts: [
        {
          number: 1,
          date: '2025-10-17',
          label: 'Phase A.A1',
          line: 15,
          artifacts: ['reports/2025-10-17T025000Z/a.md', 'reports/2025-10-17T025000Z/b.md']
        },
        { date: '2026-01-22T02:40Z', line: 16, artifacts: [] }
      ]
    })
    expect(json.ledgers[0]?.problems).toEqual([
      { kind: 'leaked-diff-marker', message: 'leaked marker', line: 30 }
    ])
    expect(json.plans[0]?.phases[0]).toEqual({
      id: 'A',
      title: 'Baseline',
      line: 5,
      tasks: [
        { id: 'A1', state: 'done', marker: '[x]', line: 9 },
        { id: 'A2', state: 'open', marker: '[ ]', line: 10 }
      ]
    })
  })

  it('round-trips through JSON text', () => {
    const text = renderInspectJson({ ledgers: [ledger], plans: [plan] })
    expect(JSON.parse(text)).toEqual(toInspectJson({ ledgers: [ledger], plans: [plan] }))
  })

  it('draws an outline with entries, attempts, phases and tasks', () => {
    const text = renderInspectText({ ledgers: [ledger], plans: [plan] })
    expect(text).toContain('10: [DEMO-001] A demo entry — in_progress, High')
    expect(text).toContain('15: #1 2025-10-17 Phase A.A1 (2 artifacts)')
    expect(text).toContain('5: Phase A — Baseline')
    expect(text).toContain('10: A2 [ ]')
  })

  it('says so when there is nothing to outline', () => {
    expect(renderInspectText({ ledgers: [], plans: [] })).toBe('no ledgers or plans found\n')
  })

  it('renders an empty model', () => {
    expect(toInspectJson({ ledgers: [], plans: [] })).toEqual({
      version: INSPECT_JSON_VERSION,
      ledgers: [],
      plans: []
    })
  })
})
