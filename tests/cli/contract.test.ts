import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'
import { sarifErrors } from '../core/report/sarif-validator.js'
import { DEMO, DEMO_NOW } from './demo-fixture.js'
import { runCli } from './helpers.js'

/** The check JSON exactly as docs/output.md documents it (version 1): no more, no less. */
const position = z.number().int().min(1)
const checkJsonSchema = z
  .object({
    version: z.literal(1),
    findings: z.array(
      z
        .object({
          ruleId: z.string().regex(/^[a-z][a-z0-9-]*$/),
          severity: z.enum(['error', 'warning', 'info']),
          file: z.string().regex(/^[^/].*[^/]$/),
          line: position,
          column: position,
          endLine: position,
          endColumn: position,
          message: z.string().min(1),
          entryId: z.string().optional(),
          fingerprint: z.string().min(1)
        })
        .strict()
    ),
    summary: z
      .object({
        files: z.number().int().min(0),
        entries: z.number().int().min(0),
        attempts: z.number().int().min(0),
        plans: z.number().int().min(0),
        tasks: z.number().int().min(0),
        artifacts: z
          .object({ checked: z.number().int().min(0), missing: z.number().int().min(0) })
          .strict(),
        errors: z.number().int().min(0),
        warnings: z.number().int().min(0),
        infos: z.number().int().min(0),
        introduced: z.number().int().min(0).optional(),
        fixed: z.number().int().min(0).optional(),
        baselined: z.number().int().min(0).optional(),
        suppressed: z.number().int().min(0).optional()
      })
      .strict(),
    base: z.string().optional()
  })
  .strict()

const line = z.number().int().min(1)
const inspectJsonSchema = z
  .object({
    version: z.literal(1),
    ledgers: z.array(
      z
        .object({
          file: z.string(),
          dialect: z.enum(['entries', 'single-focus']),
          lastUpdated: z.string().optional(),
          entries: z.array(
            z
              .object({
                id: z.string(),
                title: z.string(),
                line,
                section: z.string().optional(),
                status: z.string().optional(),
                priority: z.string().optional(),
                plans: z.array(z.string()),
                attempts: z.array(
                  z
                    .object({
                      number: z.number().int().optional(),
                      numberEnd: z.number().int().optional(),
                      date: z
                        .string()
                        .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z)?$/)
                        .optional(),
                      label: z.string().optional(),
                      line,
                      artifacts: z.array(z.string())
                    })
                    .strict()
                )
              })
              .strict()
          ),
          problems: z.array(z.object({ kind: z.string(), message: z.string(), line }).strict())
        })
        .strict()
    ),
    plans: z.array(
      z
        .object({
          file: z.string(),
          title: z.string().optional(),
          phases: z.array(
            z
              .object({
                id: z.string(),
                title: z.string(),
                line,
                tasks: z.array(
                  z
                    .object({
                      id: z.string(),
                      state: z.enum(['open', 'partial', 'done', 'unknown']),
                      marker: z.string(),
                      line
                    })
                    .strict()
                )
              })
              .strict()
          ),
          problems: z.array(z.object({ kind: z.string(), message: z.string(), line }).strict())
        })
        .strict()
    )
  })
  .strict()

describe('documented output contracts on examples/demo', () => {
  it('check --format json matches docs/output.md', async () => {
    const result = await runCli(['check', DEMO, '--now', DEMO_NOW, '--format', 'json'])
    expect(result.stderr).toBe('')
    const parsed = checkJsonSchema.safeParse(JSON.parse(result.stdout))
    expect(parsed.error?.issues ?? []).toEqual([])
    const json = parsed.data!
    expect(json.findings.length).toBeGreaterThan(0)
    expect(json.summary.errors + json.summary.warnings + json.summary.infos).toBe(
      json.findings.length
    )
  })

  it('check --format sarif is a valid SARIF 2.1.0 log with one result per finding', async () => {
    const sarif = await runCli(['check', DEMO, '--now', DEMO_NOW, '--format', 'sarif'])
    const json = await runCli(['check', DEMO, '--now', DEMO_NOW, '--format', 'json'])
    expect(sarif.code).toBe(json.code)
    const log = JSON.parse(sarif.stdout) as {
      runs: {
        tool: { driver: { rules: { id: string }[] } }
        results: { ruleId: string; partialFingerprints: Record<string, string> }[]
      }[]
    }
    expect(sarifErrors(log)).toEqual([])
    const findings = (
      JSON.parse(json.stdout) as { findings: { ruleId: string; fingerprint: string }[] }
    ).findings
    const run = log.runs[0]!
    expect(run.results.map((r) => [r.ruleId, r.partialFingerprints['planguard/v1']])).toEqual(
      findings.map((f) => [f.ruleId, f.fingerprint])
    )
    const ruleIds = run.tool.driver.rules.map((rule) => rule.id)
    const rules = await runCli(['rules', '--format', 'json'])
    const listed = (JSON.parse(rules.stdout) as { rules: { id: string }[] }).rules.map(
      (rule) => rule.id
    )
    expect(ruleIds).toEqual(listed)
  })

  it('inspect --format json matches docs/output.md and shows the demo model', async () => {
    const result = await runCli(['inspect', DEMO, '--now', DEMO_NOW, '--format', 'json'])
    expect(result.code).toBe(0)
    const parsed = inspectJsonSchema.safeParse(JSON.parse(result.stdout))
    expect(parsed.error?.issues ?? []).toEqual([])
    const json = parsed.data!
    expect(json.ledgers.map((ledger) => ledger.file)).toEqual(['docs/fix_plan.md'])
    expect(json.ledgers[0]?.entries.map((entry) => entry.id)).toEqual([
      'INTEGRATOR-PORT-001',
      'EPHEMERIS-CACHE-002',
      'DOCS-REFRESH-003',
      'CI-FLAKE-004'
    ])
    const integrator = json.ledgers[0]?.entries[0]
    expect(integrator?.plans).toEqual(['plans/active/INTEGRATOR-PORT-001/implementation.md'])
    expect(integrator?.attempts[1]?.artifacts).toEqual([
      'plans/active/INTEGRATOR-PORT-001/reports/2025-10-15T081500Z/baseline_timings.md',
      'plans/active/INTEGRATOR-PORT-001/reports/2025-10-15T081500Z/step_error.csv'
    ])
    const plan = json.plans.find((item) => item.file.includes('INTEGRATOR-PORT-001'))
    expect(plan?.phases.map((phase) => phase.id)).toEqual(['A', 'B', 'C'])
    expect(plan?.phases[1]?.tasks.find((task) => task.id === 'B2')?.state).toBe('open')
  })

  it('inspect prints a readable outline by default', async () => {
    const result = await runCli(['inspect', DEMO, '--now', DEMO_NOW])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /\[INTEGRATOR-PORT-001\] Port the Runge–Kutta integrator to Rust — in_progress, High/
    )
    expect(result.stdout).toMatch(/Phase B — Port/)
  })
})
