import { describe, expect, it } from '@jest/globals'
import { configSchema } from '../../../src/core/config/schema.js'
import { buildProject } from '../../../src/core/engine.js'
import { parseFolderStamp } from '../../../src/core/engine/report-folders.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import { fakeParsers } from './fake-parsers.js'

const now = new Date('2025-10-20T12:00:00Z')
const config = configSchema.parse({})

const ledger = [
  '# Ledger',
  '## [ALPHA-001] First',
  '- Working Plan: plans/custom/alpha/notes.md',
  '## [BETA-002] Second',
  '- Working Plan: plans/active/beta/',
  '## [GAMMA-003] Third',
  '- Working Plan: plans/archive/gamma/implementation.md',
  '## [DELTA-004] Fourth',
  '- Working Plan: plans/missing/plan.md'
].join('\n')

describe('buildProject', () => {
  const fs = new MemoryRepoFS({
    'docs/fix_plan.md': ledger,
    'plans/active/A/implementation.md': '| A1 | x | [ ] |',
    'plans/active/beta/plan.md': '| B1 | y | [x] |',
    'plans/custom/alpha/notes.md': '| C1 | z | [ ] |',
    'plans/archive/gamma/implementation.md': '| G1 | old | [ ] |',
    'plans/active/A/reports/2025-10-17T025000Z/summary.md': 'e',
    'plans/active/A/reports/2025-13-40T000000Z/summary.md': 'bad stamp',
    'plans/active/A/reports/notes/readme.md': 'not a stamp',
    'reports/topic/phase-b/20251008T215755Z/log.txt': 'deep',
    'reports/2025-10-01/x.md': 'date only'
  })
  const project = buildProject(fs, config, now, fakeParsers)

  it('parses the configured ledgers', () => {
    expect(project.ledgers.map((doc) => doc.file)).toEqual(['docs/fix_plan.md'])
    expect(project.ledgers[0]?.entries.map((entry) => entry.id)).toEqual([
      'ALPHA-001',
      'BETA-002',
      'GAMMA-003',
      'DELTA-004'
    ])
    expect(project.now).toBe(now)
    expect(project.fs).toBe(fs)
  })

  it('parses plans found by glob and every plan a ledger entry links to, archived ones aside', () => {
    expect(project.plans.map((plan) => plan.file)).toEqual([
      'plans/active/A/implementation.md',
      'plans/active/beta/plan.md',
      'plans/custom/alpha/notes.md'
    ])
  })

  it('finds timestamp-named report folders under every report root', () => {
    expect(project.reportFolders.map((folder) => [folder.path, folder.date?.precision])).toEqual([
      ['plans/active/A/reports/2025-10-17T025000Z', 'second'],
      ['plans/active/A/reports/2025-13-40T000000Z', undefined],
      ['reports/2025-10-01', 'day'],
      ['reports/topic/phase-b/20251008T215755Z', 'second']
    ])
    expect(project.reportFolders[0]?.date?.epochMs).toBe(Date.parse('2025-10-17T02:50:00Z'))
  })

  it('honours files.ignore', () => {
    const ignoring = configSchema.parse({
      files: { ignore: ['plans/active/A/**', 'reports/topic/**'] }
    })
    const partial = buildProject(fs, ignoring, now, fakeParsers)
    expect(partial.plans.map((plan) => plan.file)).not.toContain('plans/active/A/implementation.md')
    expect(partial.reportFolders.map((folder) => folder.path)).toEqual(['reports/2025-10-01'])
  })
})

describe('unreadable documents', () => {
  const encoder = new TextEncoder()
  const fs = new MemoryRepoFS(
    {
      'docs/fix_plan.md': '   \n\n',
      'plans/active/bin/plan.md': new Uint8Array([0x23, 0x20, 0x00, 0x01]),
      'plans/active/latin/plan.md': new Uint8Array([
        ...encoder.encode('| A1 | caf'),
        0xe9,
        ...encoder.encode(' | [ ] |')
      ]),
      'plans/active/huge/plan.md': `| A1 | ${'x'.repeat(300)} | [ ] |`,
      'plans/active/crash/plan.md': 'CRASH'
    },
    { maxFileBytes: 200 }
  )
  const project = buildProject(fs, config, now, fakeParsers)
  const problemsOf = (file: string): string[] =>
    [...project.ledgers, ...project.plans]
      .filter((doc) => doc.file === file)
      .flatMap((doc) => doc.problems.map((problem) => `${problem.kind}: ${problem.message}`))

  it('become documents carrying a problem instead of disappearing', () => {
    expect(problemsOf('docs/fix_plan.md')).toEqual(['empty-file: docs/fix_plan.md is empty'])
    expect(problemsOf('plans/active/bin/plan.md')).toEqual([
      'binary-file: plans/active/bin/plan.md is a binary file (it contains NUL bytes), not Markdown'
    ])
    expect(problemsOf('plans/active/huge/plan.md')).toEqual([
      'file-too-large: plans/active/huge/plan.md is too large to check (315 bytes, the limit is 200 bytes)'
    ])
    expect(problemsOf('plans/active/crash/plan.md')).toEqual([
      expect.stringMatching(/^other: .*could not be parsed \(parser failure: fake parser crash\)/)
    ])
  })

  it('are still parsed when only the encoding is damaged', () => {
    expect(problemsOf('plans/active/latin/plan.md')).toEqual([
      expect.stringMatching(/^invalid-utf8: /)
    ])
    const latin = project.plans.find((plan) => plan.file === 'plans/active/latin/plan.md')
    expect(latin?.tasks.map((task) => task.description)).toEqual(['caf\uFFFD'])
  })
})

describe('parseFolderStamp', () => {
  it('recognises the timestamp shapes used for evidence folders', () => {
    expect(parseFolderStamp('2026-01-22T02:40Z').date?.precision).toBe('minute')
    expect(parseFolderStamp('2025-10-17T025000Z-rerun').date?.epochMs).toBe(
      Date.parse('2025-10-17T02:50:00Z')
    )
    expect(parseFolderStamp('2025-02-29').looksLikeStamp).toBe(true)
    expect(parseFolderStamp('2025-02-29').date).toBeUndefined()
    expect(parseFolderStamp('phase-a').looksLikeStamp).toBe(false)
    expect(parseFolderStamp('2025-10-17T25:00Z').date).toBeUndefined()
    expect(parseFolderStamp('123456789').looksLikeStamp).toBe(false)
  })
})
