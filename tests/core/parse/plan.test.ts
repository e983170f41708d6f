import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { defaultConfig, configSchema } from '../../../src/core/config/schema.js'
import type { PlanDocument, Task } from '../../../src/core/model.js'
import { parsePlan, planFolder } from '../../../src/core/parse/plan.js'

const config = defaultConfig()

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/plans/${name}`, import.meta.url), 'utf8')
}

function parse(text: string, file = 'plans/active/WIDGET-001/implementation.md'): PlanDocument {
  return parsePlan(file, text, config)
}

function summary(tasks: readonly Task[]): string[] {
  return tasks.map((task) => `${task.phaseId ?? '-'}/${task.id}:${task.state}`)
}

describe('parsePlan: lettered phases with task tables', () => {
  const doc = parse(fixture('lettered-phases.md'))

  it('reads the title', () => {
    expect(doc.kind).toBe('plan')
    expect(doc.title?.value).toBe('WIDGET-001 — Rebuild the widget pipeline')
    expect(doc.title?.range.line).toBe(1)
  })

  it('reads the phases, their ranges and completion marks', () => {
    expect(doc.phases.map((phase) => [phase.id, phase.title, phase.declaredComplete])).toEqual([
      ['A', 'Inventory & Baseline', false],
      ['B', 'Rewrite (Complete)', true],
      ['B4', 'Writer follow-ups', false]
    ])
    const [a, b, b4] = doc.phases
    expect(a?.headingRange.line).toBe(9)
    // Phase A runs to its last non-blank line before Phase B.
    expect(a?.range).toMatchObject({ line: 9, endLine: 18 })
    // Phase B and its checklist both end before `### Risk Log`.
    expect(b?.range.endLine).toBe(36)
    expect(b4?.range).toMatchObject({ line: 32, endLine: 36 })
  })

  it('reads Goal, Prereqs and Exit Criteria, plain, bold and multi-line', () => {
    const [a, b] = doc.phases
    expect(a?.goal?.value).toBe('Know what the widget pipeline does today.')
    expect(a?.prereqs?.value).toBe('None.')
    expect(a?.exitCriteria?.value).toBe('`reports/<timestamp>/inventory.md` lists every stage.')
    expect(a?.goal?.range).toMatchObject({ line: 10, column: 1, endLine: 10 })
    expect(b?.goal?.value).toBe('Replace the slow stages.')
    expect(b?.prereqs?.value).toBe('Phase A complete.')
    expect(b?.exitCriteria?.value).toBe('- every stage rewritten\n- benchmarks within 5%')
    expect(b?.exitCriteria?.range).toMatchObject({ line: 23, endLine: 25 })
  })

  it('reads every task with its state, marker as written and phase', () => {
    expect(summary(doc.tasks)).toEqual([
      'A/A1:done',
      'A/A2:partial',
      'A/A3:done',
      'B/B1:done',
      'B/B2:done',
      'B4/B4a:open',
      'B4/B4b:partial'
    ])
    const byId = new Map(doc.tasks.map((task) => [task.id, task]))
    expect(byId.get('A2')?.marker).toBe('[P] — blocked on hardware')
    expect(byId.get('A3')?.marker).toBe('✅ [D]')
    expect(byId.get('B1')?.marker).toBe('[x] (2025-10-18)')
    expect(byId.get('B2')?.marker).toBe('`[D]`')
    expect(byId.get('A1')?.description).toBe('List the stages')
    expect(byId.get('A1')?.source).toBe('table')
  })

  it('gives task and marker ranges on the row', () => {
    const a1 = doc.tasks[0] as Task
    const line = fixture('lettered-phases.md').split('\n')[a1.range.line - 1] as string
    expect(a1.range).toEqual({ line: 16, column: 1, endLine: 16, endColumn: line.length + 1 })
    expect(line.slice(a1.markerRange.column - 1, a1.markerRange.endColumn - 1)).toBe('[x]')
  })

  it('keeps phase task lists in step with the document task list', () => {
    expect(doc.phases.flatMap((phase) => phase.tasks)).toEqual(doc.tasks)
    expect(doc.problems).toEqual([])
    expect(doc.lineCount).toBe(39)
  })

  it('collects the artifacts, resolving shorthand within one row only', () => {
    const cited = doc.artifacts.flatMap((ref) => ref.paths.map((p) => `${p.kind}:${p.path}`))
    expect(cited).toEqual([
      'placeholder:plans/active/WIDGET-001/reports/<ISO8601Z>/',
      'placeholder:plans/active/WIDGET-001/reports/<timestamp>/inventory.md',
      'path:plans/active/WIDGET-001/reports/2025-10-17T025000Z/',
      'path:plans/active/WIDGET-001/reports/2025-10-17T025000Z/inventory.md',
      'path:scripts/bench.py',
      'path:docs/owners.md'
    ])
  })
})

describe('parsePlan: numbered phases and header variants', () => {
  const doc = parse(fixture('numbered-phases.md'), 'plans/gadget.md')

  it('reads numbered and dotted phase ids, folding a same-id sub-heading into its phase', () => {
    expect(doc.phases.map((phase) => phase.id)).toEqual(['1', '2', 'B.2'])
    expect(doc.phases[0]?.range.endLine).toBe(10)
  })

  it('finds id and state columns by header name, whatever their order and alignment', () => {
    expect(summary(doc.tasks)).toEqual([
      '1/1.1:done',
      '1/1.2:open',
      '2/2.1:done',
      '2/2.2:unknown',
      '2/2.3:unknown',
      'B.2/B.2.1:open'
    ])
    const unknown = doc.tasks.find((task) => task.id === '2.2')
    expect(unknown?.marker).toBe('[?]')
    const empty = doc.tasks.find((task) => task.id === '2.3')
    expect(empty?.marker).toBe('')
    expect(doc.tasks.find((task) => task.id === '2.1')?.description).toBe('Wire the gadget')
  })
})

describe('parsePlan: checkbox tasks', () => {
  const doc = parse(fixture('checkboxes.md'))

  it('reads checkbox items with and without ids', () => {
    expect(
      doc.tasks.map((task) => [task.id, task.state, task.marker, task.description, task.source])
    ).toEqual([
      ['S1', 'done', '[x]', 'Check the inbox for new requests.', 'checkbox'],
      ['S2', 'open', '[ ]', 'Reply to each request.', 'checkbox'],
      ['S3', 'partial', '[P]', 'Track the replies.', 'checkbox'],
      ['', 'done', '[x]', 'Review the formulas by hand', 'checkbox'],
      ['S3a', 'open', '[ ]', 'nested follow-up', 'checkbox'],
      ['S4', 'unknown', '[-]', 'Dropped for now.', 'checkbox'],
      ['', 'open', '[ ]', '3 tests still to port', 'checkbox'],
      ['X9', 'done', '[x]', 'Loose task outside phases? No, still in Phase S.', 'checkbox']
    ])
    expect(doc.tasks.every((task) => task.phaseId === 'S')).toBe(true)
  })

  it('marks the checkbox itself and keeps a parent item apart from its nested items', () => {
    const s1 = doc.tasks[0] as Task
    expect(s1.markerRange).toEqual({ line: 4, column: 3, endLine: 4, endColumn: 6 })
    const parent = doc.tasks[3] as Task
    expect(parent.range).toMatchObject({ line: 7, endLine: 7 })
  })
})

describe('parsePlan: tasks outside phases, problems and configuration', () => {
  it('keeps tasks outside any phase', () => {
    const doc = parse(
      ['# Loose', '', '| ID | Task | State |', '| --- | --- | --- |', '| T1 | Do it | [ ] |'].join(
        '\n'
      )
    )
    expect(doc.phases).toEqual([])
    expect(summary(doc.tasks)).toEqual(['-/T1:open'])
  })

  it('reports rows that have a state but no id, and phase headings without an id', () => {
    const doc = parse(
      [
        '### Phase — Nameless',
        '| ID | Task | State |',
        '| --- | --- | --- |',
        '|  | Orphan | [x] |',
        '| — | Filler | |',
        '| A1 | Named | [ ] |'
      ].join('\n')
    )
    expect(doc.problems.map((problem) => [problem.kind, problem.range.line])).toEqual([
      ['unreadable-phase', 1],
      ['unreadable-task', 4]
    ])
    expect(summary(doc.tasks)).toEqual(['-/:done', '-/A1:open'])
  })

  it('reports task rows cut off from their table and checkboxes glued to their marker', () => {
    const doc = parse(
      [
        '## Phase A — x',
        '| ID | Task | State |',
        '| --- | --- | --- |',
        '| A1 | One | [x] |',
        '',
        '| A2 | Two | [ ] |',
        '',
        '-[x] A3: glued',
        '| just | a | pipe line |'
      ].join('\n')
    )
    expect(summary(doc.tasks)).toEqual(['A/A1:done'])
    expect(doc.problems.map((problem) => [problem.kind, problem.range.line])).toEqual([
      ['unreadable-task', 6],
      ['unreadable-task', 8]
    ])
  })

  it('reads tasks without ids from tables whose Task column holds wording', () => {
    const doc = parse(
      [
        '## Phase A — x',
        '| Task | Owner | Status |',
        '| --- | --- | --- |',
        '| Write the docs | ana | [x] |',
        '| Review them | bo | [ ] |',
        '',
        '| Step | Status |',
        '| --- | --- |',
        '| A1 | [x] |',
        '| Tidy up | [ ] |'
      ].join('\n')
    )
    expect(doc.tasks.map((task) => [task.id, task.description, task.state])).toEqual([
      ['', 'Write the docs', 'done'],
      ['', 'Review them', 'open'],
      ['A1', '', 'done'],
      ['', 'Tidy up', 'open']
    ])
    expect(doc.problems).toEqual([])
  })

  it('reads each table under a repeated header by its own rows (headers are read once per run)', () => {
    const header = ['| Task | Owner | Status |', '| --- | --- | --- |']
    const wording = parse(
      ['## Phase A — x', ...header, '| Write the docs | ana | [x] |'].join('\n')
    )
    const ids = parse(['## Phase A — x', ...header, '| A1 | ana | [x] |'].join('\n'))
    const again = parse(['## Phase A — x', ...header, '| Review them | bo | [ ] |'].join('\n'))
    expect(wording.tasks.map((task) => [task.id, task.description])).toEqual([
      ['', 'Write the docs']
    ])
    expect(ids.tasks.map((task) => [task.id, task.description])).toEqual([['A1', 'ana']])
    expect(again.tasks.map((task) => [task.id, task.description])).toEqual([['', 'Review them']])
    const none = parse(['## Phase A — x', ...header, '| A2 | ana | done |'].join('\n'))
    expect(none.tasks).toEqual([])
  })

  it('leaves tables without state markers alone', () => {
    const doc = parse(
      [
        '## Phase A — Metrics',
        '| ID | Metric | Status |',
        '| --- | --- | --- |',
        '| M1 | correlation | pass |',
        '| M2 | speed | pending |'
      ].join('\n')
    )
    expect(doc.tasks).toEqual([])
  })

  it('does not read phase-like prose headings as phases', () => {
    const doc = parse(
      [
        '## Phase Overview',
        '### Phase Status:',
        '## Phases & Checklists',
        '# Review: Phase 2'
      ].join('\n')
    )
    expect(doc.phases).toEqual([])
    expect(doc.problems).toEqual([])
  })

  it('reads bold and emoji-led phase headings', () => {
    const doc = parse(
      ['### **Phase 1: Core Geometry**', '## ✅ Phase C — Done (Completed)'].join('\n')
    )
    expect(doc.phases.map((p) => [p.id, p.title, p.declaredComplete])).toEqual([
      ['1', 'Core Geometry', false],
      ['C', 'Done (Completed)', true]
    ])
  })

  it('ignores tables and checkboxes inside code blocks', () => {
    const doc = parse(
      [
        '## Phase A — x',
        '```',
        '| ID | State |',
        '| --- | --- |',
        '| A1 | [ ] |',
        '- [ ] A2: y',
        '```'
      ].join('\n')
    )
    expect(doc.tasks).toEqual([])
    expect(doc.artifacts).toEqual([])
  })

  it('reports leaked diff markers', () => {
    const doc = parse(['-### Phase A — x', '-- [ ] A1: y'].join('\n'))
    expect(doc.problems.map((problem) => problem.kind)).toContain('leaked-diff-marker')
    expect(doc.phases.map((phase) => phase.id)).toEqual(['A'])
  })

  it('uses the configured state vocabulary', () => {
    const custom = configSchema.parse({
      vocabulary: { taskStates: { open: ['TODO'], partial: ['WIP'], done: ['DONE', '[x]'] } }
    })
    const doc = parsePlan(
      'plans/p.md',
      [
        '| ID | Task | State |',
        '| --- | --- | --- |',
        '| A1 | a | DONE |',
        '| A2 | b | WIP since Monday |',
        '| A3 | c | [P] |'
      ].join('\n'),
      custom
    )
    expect(summary(doc.tasks)).toEqual(['-/A1:done', '-/A2:partial', '-/A3:unknown'])
  })

  it('never throws and stays fast on hostile input', () => {
    const hostile = [
      '',
      '|',
      '| State |\n| --- |\n' + '| [x] |\n'.repeat(5000),
      '#'.repeat(10_000),
      '- '.repeat(5000) + '[x] A1: deep',
      '### Phase ' + 'A.'.repeat(5000),
      'Goal:\n' + 'text\n'.repeat(10_000),
      '| A | [x] |\n'.repeat(150_000),
      '`reports/x/`' + ' `a.md`'.repeat(150_000),
      '\u0000\ud800| ID | State |\n|---|---|\n| \ud800 | [x] |'
    ]
    const started = Date.now()
    for (const text of hostile) {
      const doc = parse(text)
      expect(doc.kind).toBe('plan')
      expect(doc.problems.filter((problem) => problem.kind === 'other')).toEqual([])
    }
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('keeps its invariants on arbitrary plan-like documents (property)', () => {
    const line = fc.constantFrom(
      '# Title',
      '## Phase A — One',
      '### Phase B: Two (Complete)',
      '#### Phase B4 Checklist — Sub',
      '### Risk Log',
      'Goal: g',
      '**Exit Criteria:**',
      '- item',
      '- [x] A1: done',
      '  - [ ] A2 — nested',
      '-[x] glued',
      '| ID | Task | State |',
      '| --- | --- | --- |',
      '| A1 | t | [x] |',
      '| | orphan | [P] |',
      '| B2 | t | ✅ [D] later |',
      '```',
      '',
      '`plans/active/X/reports/2025-10-17T025000Z/` (`a.md`)'
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const doc = parse(lines.join('\n'))
        const inPhases = new Set(doc.phases.flatMap((phase) => phase.tasks))
        for (const task of doc.tasks) {
          expect(task.range.line).toBeGreaterThanOrEqual(1)
          expect(task.range.endLine).toBeLessThanOrEqual(doc.lineCount)
          expect(inPhases.has(task) || task.phaseId === undefined).toBe(true)
          if (task.phaseId !== undefined) {
            expect(doc.phases.some((phase) => phase.id === task.phaseId)).toBe(true)
          }
        }
        for (const phase of doc.phases) {
          expect(phase.range.line).toBe(phase.headingRange.line)
          expect(phase.range.endLine).toBeGreaterThanOrEqual(phase.range.line)
          expect(phase.range.endLine).toBeLessThanOrEqual(Math.max(doc.lineCount, 1))
          for (const task of phase.tasks) {
            expect(task.range.line).toBeGreaterThanOrEqual(phase.range.line)
            expect(task.range.line).toBeLessThanOrEqual(phase.range.endLine)
          }
        }
      }),
      { numRuns: 400 }
    )
  })
})

describe('planFolder', () => {
  const PLAN_FOLDER = /^(plans\/(?:.+\/)?[^/]+)\/(?:implementation|plan)\.md$/
  const viaRegex = (file: string): { baseDir?: string } => {
    const match = PLAN_FOLDER.exec(file)
    return match?.[1] === undefined ? {} : { baseDir: match[1] }
  }

  it.each([
    'plans/active/X/implementation.md',
    'plans/active/X/plan.md',
    'plans/X/plan.md',
    'plans/a/b/c/implementation.md',
    'plans/implementation.md',
    'plans//implementation.md',
    'plans//X/plan.md',
    'plans/a//plan.md',
    'plans/a\n/X/plan.md',
    'plans/a\u2028b/X/plan.md',
    'plans/X\n/plan.md',
    'plans/active/X/notes.md',
    'plans/active/X/implementation.md.bak',
    'docs/plans/X/plan.md',
    'plansX/Y/plan.md',
    'plan.md',
    ''
  ])('reads %j as the folder pattern does', (file) => {
    expect(planFolder(file)).toEqual(viaRegex(file))
  })

  it('agrees with the folder pattern on any path made of its pieces', () => {
    const piece = fc.constantFrom(
      'plans',
      '/',
      'a',
      'X',
      '\n',
      '\r',
      'implementation.md',
      'plan.md',
      '.md'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const file = pieces.join('')
        expect(planFolder(file)).toEqual(viaRegex(file))
      }),
      { numRuns: 2000 }
    )
  })
})
