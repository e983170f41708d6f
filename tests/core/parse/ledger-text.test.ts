import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { canonicalFieldKey, parseFieldLine } from '../../../src/core/parse/fields.js'
import { findPlanLinks } from '../../../src/core/parse/ledger/plans.js'
import {
  firstToken,
  normalizeHyphens,
  skipOpeningMarkup,
  stripInlineMarkup
} from '../../../src/core/parse/text.js'

describe('parseFieldLine', () => {
  it.each([
    ['Status: done', 'Status', 'done', 8],
    ['**Status:** done', 'Status', 'done', 12],
    ['**Status**: done', 'Status', 'done', 12],
    [
      'Exit Criteria (quote thresholds from spec):',
      'Exit Criteria (quote thresholds from spec)',
      '',
      43
    ],
    ['Reproduction (C & PyTorch): run it', 'Reproduction (C & PyTorch)', 'run it', 28],
    ['Owner/Date: agent/2025-10-17', 'Owner/Date', 'agent/2025-10-17', 12],
    [
      'Next Actions (2025-10-08 Phase M1 complete):',
      'Next Actions (2025-10-08 Phase M1 complete)',
      '',
      44
    ]
  ])('%s', (text, name, value, valueIndex) => {
    expect(parseFieldLine(text)).toMatchObject({ name, value, valueIndex })
  })

  it.each([
    '[2025-10-17] Attempt #1 — Label: text',
    '`plans/x.md`: the plan',
    'see https://example.com',
    'Attempt #3: text',
    'A sentence without any colon',
    `${'Long name '.repeat(20)}: value`
  ])('is not a field: %s', (text) => {
    expect(parseFieldLine(text)).toBeUndefined()
  })
})

describe('canonicalFieldKey', () => {
  it('maps names, suffixed names and configured aliases', () => {
    expect(canonicalFieldKey('Working Plan')).toBe('plan')
    expect(canonicalFieldKey('Linked  Plan')).toBe('plan')
    expect(canonicalFieldKey('Exit Criteria (quote thresholds from spec)')).toBe('exit-criteria')
    expect(canonicalFieldKey('Plan Reference(s)')).toBe('plan')
    expect(canonicalFieldKey('Return Condition')).toBe('exit-criteria')
    expect(canonicalFieldKey('Stage', { stage: 'status' })).toBe('status')
    expect(canonicalFieldKey('First Divergence (if known)')).toBe('first-divergence')
  })

  it('keeps the keys of each alias table apart (keys are remembered per table)', () => {
    const first = { stage: 'status' }
    const second = { stage: 'priority' }
    expect(canonicalFieldKey('Stage', first)).toBe('status')
    expect(canonicalFieldKey('Stage', second)).toBe('priority')
    expect(canonicalFieldKey('Stage')).toBe('stage')
    expect(canonicalFieldKey('Stage', first)).toBe('status')
  })
})

describe('text helpers', () => {
  it('normalises look-alike hyphens only', () => {
    expect(normalizeHyphens('A\u2010B\u2011C\u2012D\u2013E\u2014F')).toBe('A-B-C-D-E\u2014F')
  })

  it('strips inline markup', () => {
    expect(stripInlineMarkup('**High**')).toBe('High')
    expect(stripInlineMarkup('`in_progress`')).toBe('in_progress')
    expect(stripInlineMarkup('*done* and snake_case_name')).toBe('done and snake_case_name')
  })

  it('reads the first token of a value', () => {
    expect(firstToken('done — all 23/23 tests passed')).toBe('done')
    expect(firstToken('in_progress (P3.0c validation)')).toBe('in_progress')
    expect(firstToken('**blocked**: waiting')).toBe('blocked')
    expect(firstToken('✅ done')).toBe('done')
    expect(firstToken('')).toBe('')
  })

  it('skips opening markup', () => {
    expect(skipOpeningMarkup('** _x')).toBe(4)
  })
})

describe('findPlanLinks', () => {
  it('reads backticked paths, dropping line suffixes', () => {
    const links = findPlanLinks('`plans/a/plan.md:12` (shim) + `plans/b/implementation.md`', 5, 17)
    expect(links.map((link) => [link.path, link.range.column])).toEqual([
      ['plans/a/plan.md', 18],
      ['plans/b/implementation.md', 48]
    ])
  })

  it('reads bare paths and ignores words and URLs', () => {
    const links = findPlanLinks('see ./plans/active/X/ and https://x.io/plan.md, N/A.', 1, 1)
    expect(links.map((link) => link.path)).toEqual(['plans/active/X/'])
  })
})

describe('stripInlineMarkup against its regex passes', () => {
  /** The four passes stripInlineMarkup ran on every value before it skipped markup-free ones. */
  function referenceStrip(text: string): string {
    const bounded = text.length > 2000 ? text.slice(0, 2000) : text
    return bounded
      .replaceAll('`', '')
      .replace(/\*\*|__/g, '')
      .replace(/(^|[\s(])[*_]+(?=\S)/g, '$1')
      .replace(/(\S)[*_]+(?=$|[\s),.:;])/g, '$1')
      .trim()
  }

  it('strips every value as the passes did', () => {
    const piece = fc.constantFrom(
      '*',
      '**',
      '_',
      '__',
      '`',
      ' ',
      '\t',
      '(',
      ')',
      '.',
      'a',
      'Ab',
      '\u00a0'
    )
    const value = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 30 })
    fc.assert(
      fc.property(value, (parts) => {
        const text = parts.join('')
        expect(stripInlineMarkup(text)).toBe(referenceStrip(text))
      }),
      { numRuns: 2000 }
    )
    const long = `  ${'word '.repeat(500)}`
    expect(stripInlineMarkup(long)).toBe(referenceStrip(long))
  })
})
