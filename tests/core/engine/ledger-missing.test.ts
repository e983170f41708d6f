import { describe, expect, it } from '@jest/globals'
import { configSchema, type ConfigInput } from '../../../src/core/config/schema.js'
import { analyze } from '../../../src/core/engine.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import { fakeParsers } from './fake-parsers.js'
import { badEntryRule } from './test-rules.js'

const now = new Date('2025-10-20T12:00:00Z')

function findings(
  files: Record<string, string>,
  config: ConfigInput = {},
  configFile?: string
): string[] {
  const result = analyze(new MemoryRepoFS(files), configSchema.parse(config), now, {
    rules: [badEntryRule],
    parsers: fakeParsers,
    ...(configFile !== undefined ? { configFile } : {})
  })
  return result.findings.map(
    (f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.message}`
  )
}

describe('ledger-missing', () => {
  it('is reported once, on the first configured path, when no ledger matches', () => {
    expect(findings({ 'README.md': '# hi' })).toEqual([
      'docs/fix_plan.md:1:1 ledger-missing error no ledger found: nothing matches files.ledgers ' +
        '`docs/fix_plan.md`, so no entry, attempt or plan link was checked; create the ledger or ' +
        'set files.ledgers in .github/planguard.yml'
    ])
  })

  it('names look-alike files elsewhere in the tree, but not the archives', () => {
    const [finding] = findings({
      'fix_plan.md': '## [A-1] x',
      'old/docs/fix_plan.md': '## [B-2] y',
      'docs/fix_plan_archive.md': '## [C-3] z'
    })
    expect(finding).toMatch(/ledger-like files found: `fix_plan\.md`, `old\/docs\/fix_plan\.md`$/)
  })

  it('counts files.ignore and names the configuration file in use', () => {
    const [finding] = findings(
      { 'docs/fix_plan.md': '## [A-1] x' },
      { files: { ignore: ['docs/**'] } },
      '.github/planguard.yaml'
    )
    expect(finding).toContain('`docs/fix_plan.md` (after files.ignore)')
    expect(finding).toContain('set files.ledgers in .github/planguard.yaml')
  })

  it('follows the configured severity, and is silent when off or when no ledger is configured', () => {
    const files = { 'README.md': '# hi' }
    expect(findings(files, { rules: { 'ledger-missing': 'warning' } })).toEqual([
      expect.stringMatching(/^docs\/fix_plan\.md:1:1 ledger-missing warning /)
    ])
    expect(findings(files, { rules: { 'ledger-missing': 'off' } })).toEqual([])
    expect(findings(files, { files: { ledgers: [] } })).toEqual([])
  })

  it('is not reported when a ledger exists, even an unreadable one', () => {
    expect(findings({ 'docs/fix_plan.md': '## [A-1] BAD' })).toEqual([
      'docs/fix_plan.md:1:1 bad-entry error entry A-1 is BAD'
    ])
    expect(findings({ 'docs/fix_plan.md': '' })).toEqual([])
  })
})
