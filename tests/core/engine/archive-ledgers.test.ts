import { describe, expect, it } from '@jest/globals'
import { configSchema } from '../../../src/core/config/schema.js'
import { analyze, buildProject } from '../../../src/core/engine.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import { fakeParsers } from './fake-parsers.js'
import { badEntryRule } from './test-rules.js'

const now = new Date('2025-10-20T12:00:00Z')
const config = configSchema.parse({})

const archive = [
  '# Fix Plan Archive',
  '## [OLD-1] BAD heading entry, archived whole',
  '## 2025-10-01',
  '- **[OLD-2] Summary title** — condensed: `reports/2025-10-01/x.md`',
  '- [OLD-3] Plain summary — without emphasis',
  '- **[OLD-4]** Title after the emphasis — text',
  '- **Routing escalation log ([RALPH-001–011])** — not an entry bullet',
  '- **[not an id]** prose',
  '- **[OLD-1] Repeated** — already an entry above',
  '### Completed ##'
].join('\n')

const files = {
  'docs/fix_plan.md': '# Ledger\n## [NEW-1] Current\n',
  'docs/fix_plan_archive.md': archive,
  'plans/active/A/plan.md': '| A1 | x | [ ] |'
}

describe('archive ledgers', () => {
  const project = buildProject(new MemoryRepoFS(files), config, now, fakeParsers)
  const [parsed] = project.archiveLedgers ?? []

  it('are parsed apart from the ledgers', () => {
    expect(project.ledgers.map((ledger) => ledger.file)).toEqual(['docs/fix_plan.md'])
    expect(project.archiveLedgers?.map((ledger) => ledger.file)).toEqual([
      'docs/fix_plan_archive.md'
    ])
    expect(project.plans.map((plan) => plan.file)).toEqual(['plans/active/A/plan.md'])
  })

  it('hold heading entries and one-line summaries, each id once, in line order', () => {
    expect(
      parsed?.entries.map((entry) => [entry.id, entry.title, entry.level, entry.section])
    ).toEqual([
      ['OLD-1', 'BAD heading entry, archived whole', 2, undefined],
      ['OLD-2', 'Summary title', 0, '2025-10-01'],
      ['OLD-3', 'Plain summary', 0, '2025-10-01'],
      ['OLD-4', 'Title after the emphasis', 0, '2025-10-01']
    ])
    expect(parsed?.entries[1]?.headingRange).toEqual({
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: (archive.split('\n')[3]?.length ?? 0) + 1
    })
  })

  it('read the same summaries from a paged archive, with any line ends', () => {
    const entriesOf = (fs: MemoryRepoFS) =>
      buildProject(fs, config, now).archiveLedgers?.[0]?.entries.map((entry) => [
        entry.id,
        entry.title,
        entry.section,
        entry.headingRange
      ])
    for (const end of ['\n', '\r\n', '\r']) {
      const tree = { ...files, 'docs/fix_plan_archive.md': archive.split('\n').join(end) }
      const paged = new MemoryRepoFS(tree, { pagedDocumentBytes: 0 })
      expect(paged.read('docs/fix_plan_archive.md')?.paged).toBeDefined()
      const whole = entriesOf(new MemoryRepoFS(tree))
      expect(whole).toHaveLength(4)
      expect(entriesOf(paged)).toEqual(whole)
    }
  })

  it('are history: no rule reports on them', () => {
    const result = analyze(new MemoryRepoFS(files), config, now, {
      rules: [badEntryRule],
      parsers: fakeParsers
    })
    expect(result.findings).toEqual([])
    expect(result.project.archiveLedgers?.[0]?.entries[0]?.id).toBe('OLD-1')
  })

  it('a file configured as both ledger and archive is read as a ledger only', () => {
    const both = configSchema.parse({
      files: { ledgers: ['docs/*.md'], archiveLedgers: ['docs/fix_plan_archive.md'] }
    })
    const mixed = buildProject(new MemoryRepoFS(files), both, now, fakeParsers)
    expect(mixed.ledgers.map((ledger) => ledger.file)).toEqual([
      'docs/fix_plan.md',
      'docs/fix_plan_archive.md'
    ])
    expect(mixed.archiveLedgers).toEqual([])
  })

  it('a tree without archives has an empty list', () => {
    const plain = buildProject(
      new MemoryRepoFS({ 'docs/fix_plan.md': '## [A-1] x' }),
      config,
      now,
      fakeParsers
    )
    expect(plain.archiveLedgers).toEqual([])
  })
})
