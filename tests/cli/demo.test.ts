import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { CheckJson } from '../../src/core/report/json.js'
import { DEMO, DEMO_LEDGER, DEMO_NOW, lineOf } from './demo-fixture.js'
import { runCli } from './helpers.js'

/**
 * Each deliberate problem of examples/demo (listed in its README) must be reported by the rule
 * named there, at the line the fixture text puts it.
 */
interface Expected {
  problem: string
  ruleId: string
  file: string
  /** Text on the line the finding must point at. */
  at: string
  /** A word the message must mention. */
  mentions: RegExp
}

const expected: Expected[] = [
  {
    problem: 'duplicate attempt number',
    ruleId: 'attempt-number-sequence',
    file: DEMO_LEDGER,
    at: '[2025-10-17] Attempt #1 — Draft',
    mentions: /#1/
  },
  {
    problem: 'a date going backwards',
    ruleId: 'attempt-date-order',
    file: DEMO_LEDGER,
    at: '[2025-10-13] Attempt #2',
    mentions: /2025-10-13/
  },
  {
    problem: 'a future date',
    ruleId: 'no-future-dates',
    file: DEMO_LEDGER,
    at: '[2025-10-29] Attempt #1',
    mentions: /2025-10-29/
  },
  {
    problem: 'a cited artifact folder that was never committed',
    ruleId: 'artifact-exists',
    file: DEMO_LEDGER,
    at: 'reports/2025-10-16T170000Z/',
    mentions: /2025-10-16T170000Z/
  },
  {
    problem: 'an attempt claims Phase B.B2 complete while the plan row is open',
    ruleId: 'ledger-plan-drift',
    file: DEMO_LEDGER,
    at: 'Phase B.B2 complete',
    mentions: /B2/
  },
  {
    problem: 'an index row whose status disagrees with its entry',
    ruleId: 'index-matches-entries',
    file: DEMO_LEDGER,
    at: '| DOCS-REFRESH-003 |',
    mentions: /DOCS-REFRESH-003/
  },
  {
    problem: 'a leaked -### marker',
    ruleId: 'malformed-structure',
    file: DEMO_LEDGER,
    at: '-### [CI-FLAKE-004]',
    mentions: /CI-FLAKE-004|-###|marker/
  }
]

async function demoJson(): Promise<{ code: number; json: CheckJson }> {
  const result = await runCli(['check', DEMO, '--now', DEMO_NOW, '--format', 'json'])
  return { code: result.code, json: JSON.parse(result.stdout) as CheckJson }
}

describe('examples/demo', () => {
  it.each(expected.map((item) => [item.problem, item] as const))(
    'reports %s',
    async (_problem, item) => {
      const { json } = await demoJson()
      const line = lineOf(item.file, item.at)
      const match = json.findings.find(
        (finding) =>
          finding.ruleId === item.ruleId && finding.file === item.file && finding.line === line
      )
      expect({ ruleId: item.ruleId, line, found: match !== undefined }).toEqual({
        ruleId: item.ruleId,
        line,
        found: true
      })
      expect(match?.message).toMatch(item.mentions)
    }
  )

  it('reports nothing beyond the deliberate problems', async () => {
    const { json } = await demoJson()
    const planted = expected.map(
      (item) => `${item.ruleId} ${item.file}:${lineOf(item.file, item.at)}`
    )
    const reported = json.findings.map(
      (finding) => `${finding.ruleId} ${finding.file}:${finding.line}`
    )
    expect(reported.filter((item) => !planted.includes(item))).toEqual([])
  })

  it('reports nothing in the clean evidence and plan of EPHEMERIS-CACHE-002', async () => {
    const { json } = await demoJson()
    const clean = json.findings.filter((finding) =>
      finding.file.startsWith('plans/active/EPHEMERIS-CACHE-002/')
    )
    expect(clean).toEqual([])
  })

  it('exits 1 because some problems are errors, and says so in the summary', async () => {
    const result = await runCli(['check', DEMO, '--now', DEMO_NOW])
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines[lines.length - 1]).toMatch(/^✖ \d+ problems \(\d+ errors?, \d+ warnings?/)
    const ledgerLines = lines.filter((line) => line.startsWith(`${DEMO}/${DEMO_LEDGER}:`))
    expect(ledgerLines.length).toBeGreaterThanOrEqual(expected.length)
  })

  it('prints text lines as file:line:col  severity  message  rule-id', async () => {
    const result = await runCli(['check', DEMO, '--now', DEMO_NOW])
    const futureLine = lineOf(DEMO_LEDGER, '[2025-10-29] Attempt #1')
    const line = result.stdout
      .split('\n')
      .find(
        (text) =>
          text.startsWith(`${DEMO}/${DEMO_LEDGER}:${futureLine}:`) &&
          text.endsWith('no-future-dates')
      )
    expect(line).toMatch(/^\S+:\d+:\d+ +error +\S.* +no-future-dates$/)
  })

  it('counts what it read', async () => {
    const { json } = await demoJson()
    expect(json.summary).toMatchObject({
      files: 3,
      entries: 4,
      plans: 2,
      artifacts: { missing: 1 }
    })
    expect(json.summary.attempts).toBe(13)
    expect(json.summary.tasks).toBe(11)
  })

  it('is clean once the rules that fire are switched off', async () => {
    const { json } = await demoJson()
    const ruleIds = [...new Set(json.findings.map((finding) => finding.ruleId))]
    const dir = mkdtempSync(join(tmpdir(), 'pg-demo-off-'))
    try {
      const config = join(dir, 'planguard.yml')
      writeFileSync(config, `rules:\n${ruleIds.map((id) => `  ${id}: off`).join('\n')}\n`)
      const result = await runCli(['check', DEMO, '--now', DEMO_NOW, '--config', config])
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^✔ no problems/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
