/**
 * Property tests: the scanner, the parsers and every rule never throw, on arbitrary text and on
 * random mutations of real ledgers and plans, and every finding's range lies inside its file.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defaultConfig } from '../../src/core/config/schema.js'
import { buildProject, runRules } from '../../src/core/engine.js'
import type { Finding } from '../../src/core/findings.js'
import { parseLedger } from '../../src/core/parse/ledger.js'
import { parsePlan } from '../../src/core/parse/plan.js'
import { MemoryRepoFS } from '../../src/core/repo/memory.js'
import { allRules } from '../../src/core/rules/index.js'
import { scanDocument } from '../../src/core/scan/blocks.js'

const config = defaultConfig()
const now = new Date('2025-10-20T12:00:00Z')
const runs = Number(process.env.PROPERTY_RUNS ?? 150)

/** Real documents to mutate: the bundled demo, plus the seeds when ../shared is present. */
function sampleDocuments(): { ledger: string; plan: string } {
  const seeds = resolve(process.cwd(), '..', 'shared', 'seeds')
  const demo = resolve(process.cwd(), 'examples', 'demo')
  const read = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '')
  const ledger =
    read(resolve(seeds, '000_c9ada02a683c610c.txt')) || read(resolve(demo, 'docs/fix_plan.md'))
  const demoPlans = resolve(demo, 'plans', 'active')
  const firstDemoPlan = existsSync(demoPlans)
    ? readdirSync(demoPlans)
        .map((id) => resolve(demoPlans, id, 'implementation.md'))
        .find((path) => existsSync(path))
    : undefined
  const plan =
    read(resolve(seeds, '004_38000958d4559053.txt')) || (firstDemoPlan ? read(firstDemoPlan) : '')
  return { ledger, plan }
}

/** Characters that matter to the formats: structure markers, brackets, digits, look-alikes. */
const markdownish = fc.constantFrom(
  '#',
  '## ',
  '### [',
  ']',
  '[',
  '- ',
  '* ',
  '  * ',
  '|',
  '| --- |',
  '`',
  '```',
  '~~~',
  '{',
  '}',
  ',',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '-',
  '—',
  '–',
  '\u2011',
  '#12',
  'Attempt #',
  '2025-10-17',
  '2025-13-45',
  'T025000Z',
  '[ ]',
  '[x]',
  '[P]',
  '[D]',
  '**',
  ':',
  '/',
  '../',
  '/tmp/',
  '<ts>',
  '<!-- ',
  ' -->',
  'Status: ',
  'Priority: ',
  'Working Plan: ',
  'plans/active/X/reports/',
  '\u0000',
  '\ufeff',
  '\ud800',
  'é',
  '🙂',
  'A1',
  'Phase B.B2 complete'
)
const markdownText = fc
  .array(
    fc.oneof(markdownish, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })),
    {
      maxLength: 120
    }
  )
  .map((parts) => parts.join(''))

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; text: string }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: markdownText }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), text: markdownText })
)

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n')
  for (const m of mutations) {
    const at = lines.length === 0 ? 0 : m.at % lines.length
    if (m.kind === 'delete') lines.splice(at, 1)
    else if (m.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '')
    else if (m.kind === 'swap') {
      const other = lines.length === 0 ? 0 : m.with % lines.length
      const a = lines[at] ?? ''
      lines[at] = lines[other] ?? ''
      lines[other] = a
    } else if (m.kind === 'insert') lines.splice(at, 0, ...m.text.split('\n'))
    else if (m.kind === 'truncate') lines = lines.slice(0, at)
    else {
      const line = lines[at] ?? ''
      const cut = line.length === 0 ? 0 : m.at % line.length
      lines[at] = line.slice(0, cut) + m.text + line.slice(cut)
    }
  }
  return lines.join('\n')
}

function lineLengths(text: string): number[] {
  return scanDocument(text).lines.map((line) => line.length)
}

/** Every finding points inside its file: valid line, column within the line (+1 for end). */
function expectInside(findings: readonly Finding[], files: Record<string, string>): void {
  for (const finding of findings) {
    const text = files[finding.file]
    if (text === undefined) continue // findings about folders or missing files have no text
    const lengths = lineLengths(text)
    const lastLine = Math.max(1, lengths.length)
    expect(finding.line).toBeGreaterThanOrEqual(1)
    expect(finding.endLine).toBeGreaterThanOrEqual(finding.line)
    expect(finding.endLine).toBeLessThanOrEqual(lastLine)
    expect(finding.column).toBeGreaterThanOrEqual(1)
    expect(finding.column).toBeLessThanOrEqual((lengths[finding.line - 1] ?? 0) + 1)
    expect(finding.endColumn).toBeLessThanOrEqual((lengths[finding.endLine - 1] ?? 0) + 1)
  }
}

function checkTree(files: Record<string, string>): void {
  const project = buildProject(new MemoryRepoFS(files), config, now)
  const findings = runRules(project, allRules)
  expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([])
  expectInside(findings, files)
}

describe('never throws', () => {
  const { ledger, plan } = sampleDocuments()

  it('scanner on arbitrary text: ranges stay inside the text', () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const { lines, blocks } = scanDocument(text)
        for (const block of blocks) {
          expect(block.range.line).toBeGreaterThanOrEqual(1)
          expect(block.range.endLine).toBeLessThanOrEqual(Math.max(1, lines.length))
        }
      }),
      { numRuns: runs * 2 }
    )
  })

  it('ledger and plan parsers on arbitrary text', () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        expect(parseLedger('docs/fix_plan.md', text, config).kind).toBe('ledger')
        expect(parsePlan('plans/active/X/implementation.md', text, config).kind).toBe('plan')
      }),
      { numRuns: runs * 2 }
    )
  })

  it('every rule on arbitrary ledgers and plans: findings inside their files', () => {
    fc.assert(
      fc.property(markdownText, markdownText, (ledgerText, planText) => {
        checkTree({
          'docs/fix_plan.md': ledgerText,
          'plans/active/X/implementation.md': planText
        })
      }),
      { numRuns: runs }
    )
  })

  it('every rule on mutations of real ledgers and plans', () => {
    expect(parseLedger('docs/fix_plan.md', ledger, config).entries.length).toBeGreaterThan(0)
    expect(
      parsePlan('plans/active/X/implementation.md', plan, config).tasks.length
    ).toBeGreaterThan(0)
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.array(mutation, { maxLength: 3 }),
        (ledgerMutations, planMutations) => {
          checkTree({
            'docs/fix_plan.md': mutate(ledger, ledgerMutations),
            'plans/active/INTEGRATE-PYTORCH-000/implementation.md': mutate(plan, planMutations)
          })
        }
      ),
      { numRuns: runs }
    )
  })
})
