import { describe, expect, it } from '@jest/globals'
import type { RuleMeta } from '../../../src/core/rules/types.js'
import { FINGERPRINT_KEY, pathToUri, renderSarif, toSarif } from '../../../src/core/report/sarif.js'
import { PLANGUARD_VERSION } from '../../../src/core/report/version.js'
import { finding, summary } from './fixtures.js'
import { sarifErrors } from './sarif-validator.js'

const rules: RuleMeta[] = [
  {
    id: 'attempt-number-sequence',
    description: 'Attempt numbers are unique and increasing.',
    defaultSeverity: 'error',
    docs: 'docs/rules/attempt-number-sequence.md'
  },
  {
    id: 'attempt-date-order',
    description: 'Attempt dates never go backwards.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/attempt-date-order.md'
  },
  {
    id: 'phase-order',
    description: 'Phases finish in order.',
    defaultSeverity: 'off',
    docs: 'docs/rules/phase-order.md'
  }
]

describe('SARIF renderer', () => {
  const findings = [
    finding(),
    finding({ ruleId: 'attempt-date-order', severity: 'warning', line: 20, fingerprint: 'beef' }),
    finding({
      ruleId: 'made-up-rule',
      severity: 'info',
      file: 'plans/active/A B/plan#1.md',
      fingerprint: 'cafe'
    })
  ]
  const log = toSarif({ findings, summary: summary() }, { rules })
  const run = log.runs[0]!

  it('has the structure SARIF 2.1.0 requires', () => {
    expect(
      sarifErrors(JSON.parse(renderSarif({ findings, summary: summary() }, { rules })))
    ).toEqual([])
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-2\.1\.0/)
  })

  it('names the tool with its version and every rule with help and default level', () => {
    const driver = run.tool.driver
    expect(driver.name).toBe('planguard')
    expect(driver.version).toBe(PLANGUARD_VERSION)
    expect(driver.informationUri).toMatch(/^https:\/\//)
    const byId = new Map(driver.rules?.map((rule) => [rule.id, rule]))
    expect(byId.get('attempt-number-sequence')?.defaultConfiguration?.level).toBe('error')
    expect(byId.get('attempt-date-order')?.shortDescription?.text).toBe(
      'Attempt dates never go backwards.'
    )
    expect(byId.get('attempt-date-order')?.helpUri).toMatch(/docs\/rules\/attempt-date-order\.md$/)
    expect(byId.get('phase-order')?.defaultConfiguration).toEqual({ level: 'none', enabled: false })
    // A finding of a rule the caller did not list still gets a descriptor.
    expect(byId.has('made-up-rule')).toBe(true)
  })

  it('maps each finding to a located result with a stable fingerprint', () => {
    const results = run.results ?? []
    expect(results).toHaveLength(3)
    for (const result of results) {
      const rule = run.tool.driver.rules?.[result.ruleIndex ?? -1]
      expect(rule?.id).toBe(result.ruleId)
    }
    const first = results.find((result) => result.partialFingerprints?.[FINGERPRINT_KEY] === 'f00d')
    expect(first?.level).toBe('error')
    expect(first?.message.text).toBe('Attempt #2 is numbered twice')
    expect(first?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/fix_plan.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 40 }
    })
    const levels = results.map((result) => result.level)
    expect(levels).toEqual(expect.arrayContaining(['error', 'warning', 'note']))
  })

  it('percent-encodes path segments into a relative URI', () => {
    expect(pathToUri('plans/active/A B/plan#1.md')).toBe('plans/active/A%20B/plan%231.md')
    expect(pathToUri('reports/été/😀.md')).toBe('reports/%C3%A9t%C3%A9/%F0%9F%98%80.md')
    expect(pathToUri('cut/\uD83D.md')).toBe('cut/%EF%BF%BD.md')
    const uris = (run.results ?? []).map(
      (result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri
    )
    expect(uris).toContain('plans/active/A%20B/plan%231.md')
  })

  it('prefixes URIs with the folder of the repository inside its git work tree', () => {
    const nested = toSarif(
      { findings: [finding()], summary: summary() },
      { rules, uriPrefix: 'examples/demo/' }
    )
    const location = nested.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation
    expect(location?.artifactLocation?.uri).toBe('examples/demo/docs/fix_plan.md')
  })

  it('turns an empty or inverted range into a valid one-character region', () => {
    const odd = toSarif(
      { findings: [finding({ line: 0, column: 0, endLine: 0, endColumn: 0 })], summary: summary() },
      { rules }
    )
    expect(odd.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 2
    })
    expect(sarifErrors(odd)).toEqual([])
  })

  it('has a validator that rejects what the specification forbids', () => {
    expect(sarifErrors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([])
    expect(sarifErrors({ version: '2.0.0', runs: [] })).not.toEqual([])
    const badLevel = {
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 'x' } }, results: [{ level: 'fatal', message: { text: 'm' } }] }
      ]
    }
    expect(sarifErrors(badLevel)).not.toEqual([])
  })

  it('is valid with no findings and no rules', () => {
    const empty = toSarif({ findings: [], summary: summary() }, { rules: [] })
    expect(sarifErrors(empty)).toEqual([])
    expect(empty.runs[0]?.results).toEqual([])
  })
})
