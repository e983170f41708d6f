import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { configSchema } from '../../../../src/core/config/schema.js'
import type { PlanDocument, Range, Task } from '../../../../src/core/model.js'
import { parsePlan } from '../../../../src/core/parse/plan.js'
import { startsWithin } from '../../../../src/core/rules/util/evidence-text.js'
import { taskAt, taskById } from '../../../../src/core/rules/util/plan-tasks.js'

const config = configSchema.parse({})

function planOf(tasks: Task[]): PlanDocument {
  return {
    kind: 'plan',
    file: 'p.md',
    phases: [],
    tasks,
    artifacts: [],
    problems: [],
    lineCount: 0
  }
}

function task(id: string, range: Range): Task {
  return {
    id,
    description: '',
    marker: '[ ]',
    state: 'open',
    source: 'table',
    range,
    markerRange: range
  }
}

const position = fc.record({
  line: fc.integer({ min: 1, max: 12 }),
  column: fc.integer({ min: 1, max: 6 })
})
const range = fc
  .tuple(position, fc.integer({ min: -1, max: 3 }), fc.integer({ min: 1, max: 8 }))
  .map(([start, lines, endColumn]) => ({
    line: start.line,
    column: start.column,
    endLine: start.line + lines,
    endColumn
  }))

describe('plan task lookups', () => {
  it('find what a search of every task finds, tasks in any order or overlapping', () => {
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 12 }),
        fc.array(position, { maxLength: 20 }),
        (ranges, points) => {
          const plan = planOf(ranges.map((r, i) => task(`T${i}`, r)))
          for (const point of points) {
            const at = { ...point, endLine: point.line, endColumn: point.column + 1 }
            expect(taskAt(plan, at)).toBe(plan.tasks.find((t) => startsWithin(at, t.range)))
          }
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('find what a search of every task finds, tasks in order and apart (a binary search)', () => {
    const step = fc.tuple(
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 1, max: 5 })
    )
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 15 }),
        fc.array(position, { maxLength: 30 }),
        (steps, points) => {
          let line = 0
          const tasks = steps.map(([gap, lines, column], i) => {
            line += gap
            const r = { line, column, endLine: line + lines, endColumn: column + 2 }
            line += lines
            return task(`T${i}`, r)
          })
          const plan = planOf(tasks)
          for (const point of points) {
            const at = { ...point, endLine: point.line, endColumn: point.column + 1 }
            expect(taskAt(plan, at)).toBe(plan.tasks.find((t) => startsWithin(at, t.range)))
          }
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('find the task of each row and checkbox of a parsed plan', () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) => `| A${i} | task ${i} | [ ] | see \`x/${i}.md\` |`
    )
    const items = Array.from(
      { length: 50 },
      (_, i) => `- [x] B${i}: item ${i}\n  more of item ${i}\n  - [ ] B${i}.1 child`
    )
    const text = [
      '# Plan',
      '## Phase A',
      '| ID | Task | State | Notes |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
      '## Phase B',
      ...items
    ].join('\n')
    const plan = parsePlan('plans/active/X/implementation.md', text, config)
    expect(plan.tasks).toHaveLength(400)
    for (let line = 1; line <= plan.lineCount; line++) {
      for (const column of [1, 3, 20]) {
        const at = { line, column, endLine: line, endColumn: column + 1 }
        expect(taskAt(plan, at)).toBe(plan.tasks.find((t) => startsWithin(at, t.range)))
      }
    }
    expect(taskAt(plan, { line: 5, column: 3, endLine: 5, endColumn: 4 })?.id).toBe('A0')
  })

  it('look ids up whatever their case, the first task of an id first', () => {
    const plan = planOf([
      task('a1', { line: 1, column: 1, endLine: 1, endColumn: 2 }),
      task('A1', { line: 2, column: 1, endLine: 2, endColumn: 2 }),
      task('B2', { line: 3, column: 1, endLine: 3, endColumn: 2 })
    ])
    expect(taskById(plan, 'A1')).toBe(plan.tasks[0])
    expect(taskById(plan, 'b2')).toBe(plan.tasks[2])
    expect(taskById(plan, 'C3')).toBeUndefined()
  })
})
