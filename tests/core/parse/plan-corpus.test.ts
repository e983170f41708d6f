import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { defaultConfig } from '../../../src/core/config/schema.js'
import type { PlanDocument } from '../../../src/core/model.js'
import { parsePlan } from '../../../src/core/parse/plan.js'

/** Real repository snapshots kept next to the project (read-only, never copied). */
const CORPUS = new URL('../../../../shared/corpus/', import.meta.url).pathname
const corpus = existsSync(CORPUS) ? describe : describe.skip

const MARKER = /\[( |x|X|P|D)\]/

function markdownFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    const stat = statSync(path, { throwIfNoEntry: false })
    if (stat?.isDirectory()) markdownFiles(path, out)
    else if (stat?.isFile() && name.endsWith('.md')) out.push(path)
  }
  return out
}

function cells(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim())
}

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/

/**
 * Counts, without the parser, the table rows whose State / Status / Done cell holds a
 * `[ ]`/`[x]`/`[P]`/`[D]` marker: a line-based reading of pipe tables outside code fences.
 */
function countMarkedRows(text: string): number {
  const lines = text.split(/\r?\n/)
  let count = 0
  let fence: string | undefined
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line)
    if (fenceMatch !== null) {
      const run = fenceMatch[1] ?? ''
      if (fence === undefined) fence = run
      else if (run[0] === fence[0] && run.length >= fence.length) fence = undefined
      continue
    }
    if (fence !== undefined) continue
    const next = lines[index + 1] ?? ''
    if (!line.trim().startsWith('|') || !DELIMITER.test(next) || !next.includes('-')) continue
    const header = cells(line).map((cell) => cell.replace(/[*`_]/g, '').trim().toLowerCase())
    const state = header.findIndex((name) => /^(?:state|status|done)\b/.test(name))
    index += 2
    while (index < lines.length && (lines[index] ?? '').trim().startsWith('|')) {
      const cell = cells(lines[index] ?? '')[state]
      if (state >= 0 && cell !== undefined && MARKER.test(cell)) count += 1
      index += 1
    }
    index -= 1
  }
  return count
}

function planTableTasks(doc: PlanDocument): number {
  return doc.tasks.filter((task) => task.source === 'table' && MARKER.test(task.marker)).length
}

corpus('parsePlan on the real corpus', () => {
  const snapshots = existsSync(CORPUS)
    ? readdirSync(CORPUS).filter((name) => statSync(join(CORPUS, name)).isDirectory())
    : []
  const config = defaultConfig()

  it.each(snapshots)('%s: every plan parses and every marked table row is a task', (snapshot) => {
    const root = join(CORPUS, snapshot)
    const files = markdownFiles(join(root, 'plans'))
    expect(files.length).toBeGreaterThan(0)
    const totals = { files: files.length, phases: 0, tasks: 0, rows: 0, checkbox: 0, problems: 0 }
    for (const path of files) {
      const file = relative(root, path)
      const text = readFileSync(path, 'utf8')
      const doc = parsePlan(file, text, config)
      expect(doc.kind).toBe('plan')
      const expected = countMarkedRows(text)
      expect({ file, rows: planTableTasks(doc) }).toEqual({ file, rows: expected })
      const phaseIds = new Set(doc.phases.map((phase) => phase.id))
      const lines = text.split(/\r?\n/)
      for (const task of doc.tasks) {
        const { line, column, endColumn } = task.markerRange
        if (!task.marker.includes('|')) {
          expect(lines[line - 1]?.slice(column - 1, endColumn - 1)).toBe(task.marker)
        }
        if (task.phaseId !== undefined) expect(phaseIds.has(task.phaseId)).toBe(true)
        expect(task.markerRange.line).toBeGreaterThanOrEqual(task.range.line)
        expect(task.markerRange.line).toBeLessThanOrEqual(task.range.endLine)
      }
      for (const phase of doc.phases) {
        expect(phase.range.endLine).toBeGreaterThanOrEqual(phase.headingRange.line)
        expect(phase.range.endLine).toBeLessThanOrEqual(doc.lineCount)
      }
      totals.phases += doc.phases.length
      totals.tasks += doc.tasks.length
      totals.rows += expected
      totals.checkbox += doc.tasks.filter((task) => task.source === 'checkbox').length
      totals.problems += doc.problems.length
    }
    expect(totals.tasks).toBeGreaterThan(0)
    // Figures for the record (`npm test -- tests/core/parse/plan-corpus --verbose`).
    process.stdout.write(`${snapshot}: ${JSON.stringify(totals)}\n`)
  })

  it('reads the seed plan', () => {
    const seed = new URL('../../../../shared/seeds/004_38000958d4559053.txt', import.meta.url)
      .pathname
    if (!existsSync(seed)) return
    const text = readFileSync(seed, 'utf8')
    const doc = parsePlan('plans/active/SEED/implementation.md', text, config)
    expect(doc.phases.map((phase) => phase.id)).toEqual(['A', 'B', 'C'])
    expect(planTableTasks(doc)).toBe(countMarkedRows(text))
    expect(doc.phases.every((phase) => phase.goal && phase.prereqs && phase.exitCriteria)).toBe(
      true
    )
  })
})
