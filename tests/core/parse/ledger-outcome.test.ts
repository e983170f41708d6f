import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { classifyOutcome } from '../../../src/core/parse/ledger/outcome.js'
import { parseAttemptHeader } from '../../../src/core/parse/ledger/attempt-header.js'
import { parseAttemptHeader as referenceAttemptHeader } from './oracles/attempt-header.js'

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

/** The regex classification the word scanner replaced, kept as the oracle. */
function referenceOutcome(text: string): string {
  const PARTIAL =
    /\bpartial(?:ly)?\b|⚠|\bin[ _]progress\b|\binvestigat|\bincomplete\b|\bblocked\b|\bpending\b|\bpersists?\b|\bescalat/i
  const FAILURE =
    /\bfail(?:s|ed|ure|ing)?\b|\bregress(?:ion|ed)\b|\berrors?\b|❌|\brevert(?:ed)?\b|\brollback\b|\bbroken\b|\bcrash(?:es|ed)?\b|\binvalidat(?:ed|es|ion)\b|\breopen(?:ed|s)?\b|\bviolation\b|\bsuperseded\b/i
  const SUCCESS =
    /\bsuccess(?:ful(?:ly)?)?\b|\bsucceed(?:ed|s)?\b|\bpass(?:ed|es|ing)?\b|\bcomplete[ds]?\b|\bdone\b|\bfixed\b|\bresolved\b|✅|\bshipped\b|\bverified\b|\bgreen\b/i
  const words = (value: string): string => {
    if (PARTIAL.test(value)) return 'partial'
    if (FAILURE.test(value)) return 'failure'
    if (SUCCESS.test(value)) return 'success'
    return 'unknown'
  }
  const newline = text.indexOf('\n')
  const firstLine = text.slice(0, Math.min(text.length, newline < 0 ? text.length : newline, 600))
  const explicit = /\b(?:result|status|outcome)\s*\**\s*:\s*\**\s*([^.;\n]{0,80})/i.exec(firstLine)
  if (explicit?.[1] !== undefined) {
    const verdict = words(explicit[1])
    if (verdict !== 'unknown') return verdict
  }
  return words(firstLine)
}

describe('classifyOutcome against the regex oracle', () => {
  const pieces = [
    'partial',
    'Partially',
    'in progress',
    'in_progress',
    'IN  progress',
    'in progressive',
    'investigating',
    'Investigat',
    'incomplete',
    'blocked',
    'pending',
    'persist',
    'persists',
    'escalated',
    'escala',
    'escalat',
    'investigat',
    'fail',
    'FAILS',
    'failed',
    'failure',
    'failing',
    'failures',
    'regression',
    'regressions',
    'regressed',
    'error',
    'errors',
    'revert',
    'reverted',
    'rollback',
    'broken',
    'crash',
    'crashes',
    'crashed',
    'invalidated',
    'invalidation',
    'reopen',
    'reopens',
    'violation',
    'superseded',
    'success',
    'successful',
    'successfully',
    'succeed',
    'succeeds',
    'pass',
    'passed',
    'passing',
    'passes',
    'complete',
    'completed',
    'completes',
    'done',
    'fixed',
    'resolved',
    'shipped',
    'verified',
    'green',
    'Result',
    'status',
    'OUTCOME',
    'results',
    '⚠️',
    '❌',
    '✅',
    ':',
    '**',
    '*',
    ' ',
    '  ',
    '\u00a0',
    '.',
    ';',
    '\n',
    '_',
    'x',
    '2',
    'é',
    '—',
    '(',
    'no',
    'in',
    'progress',
    'statusx',
    'a'.repeat(70),
    'K',
    'ſ'
  ]
  const piece = fc.constantFrom(...pieces)
  const text = fc.array(fc.oneof(piece, piece, piece, fc.string({ maxLength: 4 })), {
    maxLength: 40
  })

  it('classifies every text as the three family regexes did', () => {
    fc.assert(
      fc.property(text, (parts) => {
        const value = parts.join('')
        expect(classifyOutcome(value)).toBe(referenceOutcome(value))
      }),
      { numRuns: 3000 }
    )
  })

  it('reads only the first 600 characters of the first line', () => {
    for (const value of ['a '.repeat(299) + 'done', 'a '.repeat(298) + 'done', 'x\nfailed']) {
      expect(classifyOutcome(value)).toBe(referenceOutcome(value))
    }
  })
})

describe('parseAttemptHeader: the leading id', () => {
  /** The regexes the id scan replaced, applied to the header's rest. */
  function referenceId(rest: string): string | undefined {
    const id = /^[A-Z][A-Za-z0-9]*(?:[-_.\u2010-\u2013][A-Za-z0-9]+)*/u.exec(rest)
    if (id === null || !/[-\u2010-\u2013\d]/u.test(id[0])) return undefined
    return id[0].replace(/[\u2010\u2011\u2012\u2013]/g, '-')
  }

  it('reads the id a heading-style header starts with as the regexes did', () => {
    const piece = fc.constantFrom(
      'A',
      'PERF',
      'x',
      '1',
      '-',
      '_',
      '.',
      '\u2010',
      '\u2013',
      '\u2014',
      ' ',
      '(',
      ':',
      'é',
      'Z9'
    )
    const rest = fc.array(piece, { maxLength: 12 })
    fc.assert(
      fc.property(rest, (parts) => {
        const header = parseAttemptHeader(`2026-01-22T02:40Z — ${parts.join('')}`)
        expect(header?.leadingId).toBe(referenceId(header?.rest ?? ''))
      }),
      { numRuns: 2000 }
    )
  })
})

describe('parseAttemptHeader against the regex reader', () => {
  it('reads every header as the reader before its hand scans did', () => {
    const choice = (...options: string[]): fc.Arbitrary<string> => fc.constantFrom(...options)
    const header = fc
      .tuple(
        choice('', '**', '*', ' ', '_'),
        choice(
          '',
          '[2025-10-17]',
          '(2025-10-01)',
          '2026-01-22T02:40Z',
          '[2025-09-30 02:40 UTC]',
          '[x]',
          `[2025-10-17${' '.repeat(79)}]`,
          `[2025-10-17${' '.repeat(80)}]`
        ),
        choice('', ' ', ' — ', ' - ', ': ', ' | ', '**'),
        choice(
          '',
          'Attempt #3',
          'Attempts #176–#183',
          'Attempts #176 to #183',
          'attempt 4',
          'Attempt #2 — 2025-10-02',
          'Attempt#12',
          'ATTEMPTS \u00a0# 7',
          'Attempt #1234567',
          'Attempt #12-#13',
          'Attempt #12–14',
          'Attempt #12 TO #14',
          'Attempt #12 -#14-',
          'Attempt #3-2025',
          'attempt #4 - 5',
          'Attempt #4 to 5',
          'Attempt #4-#',
          'Attempt 9\t–\t#10x'
        ),
        choice(
          '',
          ' (2025-09-30 debug loop)',
          ' [2025-10-01]',
          ' (ralph loop, Mode: Docs)',
          ' (',
          ')'
        ),
        choice('', ' — ', ':', '**:', ' ', '*'),
        choice(
          '',
          'PERF-1',
          'SYN.2',
          'Phase B.B2',
          'Label',
          'A‐1',
          '**Bold**',
          'seed S1',
          'Ab.cd',
          'X_y'
        ),
        choice('', ': text', ' (initial)', ' (note) **', ' done', ' — Result: ok', '(a(b)c)', ': '),
        fc.string({ maxLength: 6 })
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(header, fc.integer({ min: 1, max: 9 }), (text, column) => {
        expect(parseAttemptHeader(text, 3, column)).toEqual(referenceAttemptHeader(text, 3, column))
      }),
      { numRuns: 4000 }
    )
  })

  it('reads the same date and number without the label', () => {
    const texts = [
      '[2025-10-17] Attempt #3 — Label: text',
      '**Attempt #1 (2025-09-30 debug loop)**: done',
      '*2026-01-26T00:30:00Z (label):* text',
      '2026-01-22T02:40Z — PERF-1 (seed)',
      'Attempts #176–#183 — batch',
      'no attempt here'
    ]
    for (const text of texts) {
      const full = parseAttemptHeader(text, 3, 5)
      const bare = parseAttemptHeader(text, 3, 5, false)
      if (full === undefined) {
        expect(bare).toBeUndefined()
        continue
      }
      const { label: _label, leadingId: _id, rest: _rest, ...kept } = full
      expect(bare).toEqual({ ...kept, rest: '' })
    }
  })
})
