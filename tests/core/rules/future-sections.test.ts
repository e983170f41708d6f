import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  FutureSections,
  inFutureSection,
  splitAtNewlines
} from '../../../src/core/rules/util/evidence-text.js'

// FutureSections answers every prefix from one scan; it must agree with scanning the prefix.
const FRAGMENTS = [
  'Next:',
  'Next Actions:',
  'next steps (for B2): ',
  '**Next**:',
  'Next —',
  'TODO:',
  'follow-ups:',
  'Remaining work:',
  'Open questions:',
  'Artifacts:',
  'Evidence:',
  'Logs **:**',
  'results:',
  '(',
  '*',
  ' ',
  '\n',
  'x',
  'plans/a.md',
  '(see note)',
  ':',
  '—',
  'next',
  'artifact'
]

describe('FutureSections', () => {
  it('agrees with inFutureSection on every prefix', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        const sections = new FutureSections(text)
        for (let length = 0; length <= text.length; length++) {
          expect(sections.before(length)).toBe(inFutureSection(text.slice(0, length)))
        }
      }),
      { numRuns: 300 }
    )
  })

  it('reads a label cut by the prefix end as the prefix does', () => {
    const text = 'Done. Next steps: run `reports/x.md`'
    const sections = new FutureSections(text)
    for (let length = 0; length <= text.length; length++) {
      expect(sections.before(length)).toBe(inFutureSection(text.slice(0, length)))
    }
  })
})

describe('splitAtNewlines', () => {
  it('splits as /\\r?\\n/ does', () => {
    const pieces = ['a', '\n', '\r', '\r\n', 'b c', '', '\n\n']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(splitAtNewlines(text)).toEqual(text.split(/\r?\n/))
      }),
      { numRuns: 500 }
    )
  })
})
