import type { DocumentParsers } from '../../../src/core/engine/parsers.js'
import { wholeText } from '../../../src/core/repo/paged-text.js'
import type { LedgerEntry, PlanDocument, Range, Task } from '../../../src/core/model.js'

/**
 * Deliberately tiny parsers, so the engine's tests do not depend on the real ones: `## [ID] Title`
 * starts an entry, `- Working Plan: path` links a plan, `| A1 | text | [ ] |` is a task. A line
 * `CRASH` makes the parser throw.
 */
function lineRange(line: number, text: string): Range {
  return { line, column: 1, endLine: line, endColumn: text.length + 1 }
}

export const fakeParsers: DocumentParsers = {
  ledger(file, text) {
    const lines = wholeText(text).split('\n')
    if (lines.includes('CRASH')) throw new Error('fake parser crash')
    const entries: LedgerEntry[] = []
    lines.forEach((line, index) => {
      const heading = /^#{2,3} \[([A-Z0-9-]+)\] (.*)$/.exec(line)
      const range = lineRange(index + 1, line)
      if (heading) {
        entries.push({
          id: heading[1] as string,
          rawId: heading[1] as string,
          title: heading[2] as string,
          level: 2,
          headingRange: range,
          range,
          fields: [],
          plans: [],
          attempts: [],
          artifacts: [],
          foldedHeadings: []
        })
        return
      }
      const plan = /^- Working Plan: (\S+)/.exec(line)
      const entry = entries[entries.length - 1]
      if (plan && entry)
        entry.plans.push({ raw: plan[1] as string, path: plan[1] as string, range })
    })
    return {
      kind: 'ledger',
      file,
      dialect: 'entries',
      entries,
      problems: [],
      lineCount: lines.length
    }
  },
  plan(file, text) {
    const lines = text.split('\n')
    if (lines.includes('CRASH')) throw new Error('fake parser crash')
    const tasks: Task[] = []
    lines.forEach((line, index) => {
      const row = /^\| (\w+) \| ([^|]*) \| (\[.\]) \|/.exec(line)
      if (!row) return
      const range = lineRange(index + 1, line)
      tasks.push({
        id: row[1] as string,
        description: (row[2] as string).trim(),
        marker: row[3] as string,
        state: row[3] === '[x]' ? 'done' : 'open',
        source: 'table',
        range,
        markerRange: range
      })
    })
    const plan: PlanDocument = {
      kind: 'plan',
      file,
      phases: [],
      tasks,
      artifacts: [],
      problems: [],
      lineCount: lines.length
    }
    return plan
  }
}
