import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Finding } from '../../../src/core/findings.js'
import { toCheckJson } from '../../../src/core/report/json.js'
import { toSarif } from '../../../src/core/report/sarif.js'
import { renderText } from '../../../src/core/report/text.js'
import { summary } from './fixtures.js'
import { sarifErrors } from './sarif-validator.js'

const position = fc.integer({ min: -3, max: 100_000 })
/** Any UTF-16 code unit, lone surrogates included: text cut mid-character must not break output. */
const utf16CodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
const arbitraryFinding: fc.Arbitrary<Finding> = fc.record(
  {
    ruleId: fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    file: fc
      .array(
        fc
          .string({ unit: utf16CodeUnit, minLength: 1, maxLength: 12 })
          .filter((part) => !part.includes('/')),
        { minLength: 1, maxLength: 4 }
      )
      .map((parts) => parts.join('/')),
    line: position,
    column: position,
    endLine: position,
    endColumn: position,
    message: fc.string({ unit: utf16CodeUnit, maxLength: 200 }),
    entryId: fc.option(fc.stringMatching(/^[A-Z][A-Z0-9-]{0,20}$/), { nil: undefined }),
    entity: fc.string(),
    fingerprint: fc.stringMatching(/^[0-9a-f]{8,32}$/)
  },
  {
    requiredKeys: [
      'ruleId',
      'severity',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'message',
      'entity',
      'fingerprint'
    ]
  }
)

describe('renderers on arbitrary findings', () => {
  it('text: one line per finding plus the summary, no raw control characters', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryFinding, { maxLength: 20 }),
        fc.boolean(),
        (findings, color) => {
          const text = renderText({ findings, summary: summary() }, { color })
          const lines = text.trimEnd().split('\n')
          expect(lines).toHaveLength(findings.length === 0 ? 1 : findings.length + 2)
          const plain = text.replace(/\u001b\[\d+m/g, '')
          expect(plain).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
        }
      )
    )
  })

  it('SARIF: always structurally valid, one result per finding', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 20 }), (findings) => {
        const log = JSON.parse(
          JSON.stringify(toSarif({ findings, summary: summary() }, { rules: [] }))
        )
        expect(sarifErrors(log)).toEqual([])
        expect(log.runs[0].results).toHaveLength(findings.length)
      }),
      { numRuns: 60 }
    )
  })

  it('JSON: round-trips through text with every finding kept', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 20 }), (findings) => {
        const json = toCheckJson({ findings, summary: summary() })
        expect(JSON.parse(JSON.stringify(json))).toEqual(json)
        expect(json.findings.map((item) => item.fingerprint).sort()).toEqual(
          findings.map((item) => item.fingerprint).sort()
        )
      })
    )
  })
})
