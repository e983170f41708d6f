import { describe, expect, it } from '@jest/globals'
import { classifyOutcome } from '../../../src/core/parse/ledger/outcome.js'
import { parseAttemptHeader } from '../../../src/core/parse/ledger/attempt-header.js'

describe('classifyOutcome', () => {
  it.each([
    ['[2025-10-17] Attempt #1 — Result: success. Everything green.', 'success'],
    ['[2025-10-17] Attempt #2 — Result: partial (two call sites cold)', 'partial'],
    ['[2025-10-17] Attempt #3 — Result: **REOPENED**. No tests run.', 'failure'],
    ['[2025-10-17] Attempt #4 — Result: ⚠️ divergence persists', 'partial'],
    ['[2025-10-17] Attempt #5 — Phase B.B2 complete; all tests passed.', 'success'],
    ['[2025-10-17] Attempt #6 — Status: FAILED on CUDA', 'failure'],
    ['[2025-10-17] Attempt #7 — Result: supervisor audit.', 'unknown'],
    ['[2025-10-17] Attempt #8 — Drafted notes.\n    Metrics: all tests passed', 'unknown']
  ])('%s → %s', (text, outcome) => {
    expect(classifyOutcome(text)).toBe(outcome)
  })

  it('prefers the explicit result over other words on the line', () => {
    expect(classifyOutcome('Attempt #9 — fixed the harness. Result: failure, still red')).toBe(
      'failure'
    )
  })
})

describe('parseAttemptHeader', () => {
  it.each([
    ['[2025-10-17] Attempt #3 — Phase B.B2: text', 3, undefined, '2025-10-17', 'Phase B.B2'],
    [
      '[2025-09-30 02:40 UTC] Attempt #4 — Status: SUCCESS',
      4,
      undefined,
      '2025-09-30 02:40 UTC',
      'Status'
    ],
    ['[2025-10-08] Attempts #176–#183 — Batch: x', 176, 183, '2025-10-08', 'Batch'],
    ['[2025-10-08] Attempts #176-183 — Batch: x', 176, 183, '2025-10-08', 'Batch'],
    ['[2025-10-08] Attempts #176 to #183 — Batch: x', 176, 183, '2025-10-08', 'Batch'],
    ['Attempt #2 — 2025-10-02 Second: y', 2, undefined, '2025-10-02', 'Second'],
    ['**Attempt #1 (2025-09-30 debug loop)**: SUCCEEDED', 1, undefined, '2025-09-30', undefined],
    ['Attempt #5 [2025-10-01]: Retry', 5, undefined, '2025-10-01', undefined],
    ['(2025-10-01) Attempt #6 — Label: y', 6, undefined, '2025-10-01', 'Label'],
    ['*2026-01-26T00:30:00Z (audit):* text', undefined, undefined, '2026-01-26T00:30:00Z', 'audit'],
    [
      '[2025-10-08] Attempt #190 (ralph loop, Mode: Docs) — Result: done',
      190,
      undefined,
      '2025-10-08',
      'Result'
    ]
  ])('%s', (text, number, numberEnd, date, label) => {
    const header = parseAttemptHeader(text)
    expect(header?.number).toBe(number)
    expect(header?.numberEnd).toBe(numberEnd)
    expect(header?.date?.raw).toBe(date)
    expect(header?.label).toBe(label)
  })

  it('reads the entry id and step of a heading-style header', () => {
    const header = parseAttemptHeader('2026-01-22T02:40Z — DOSE-001.A1 (manifest shipped)')
    expect(header).toMatchObject({ leadingId: 'DOSE-001.A1', label: 'manifest shipped' })
  })

  it('returns undefined for text that is no attempt', () => {
    expect(parseAttemptHeader('Status: done')).toBeUndefined()
    expect(parseAttemptHeader('Attempts History:')).toBeUndefined()
    expect(parseAttemptHeader('see Attempt #4')).toBeUndefined()
  })
})
