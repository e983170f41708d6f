import { ruleOptions, type Rule } from '../../../src/core/rules/types.js'

/** Rules written for the engine's tests: each exercises one engine behaviour. */

const badEntryOptions = ruleOptions((z) => z.object({ word: z.string().default('BAD') }).strict(), {
  word: 'BAD'
})
const noOptions = ruleOptions((z) => z.object({}).strict(), {})

/** Every entry whose title contains BAD (or the `word` option), identified by entry id. */
export const badEntryRule: Rule<typeof badEntryOptions> = {
  id: 'bad-entry',
  description: 'entries titled BAD',
  defaultSeverity: 'error',
  docs: 'docs/rules/bad-entry.md',
  options: badEntryOptions,
  check({ project, options, report }) {
    for (const ledger of project.ledgers) {
      for (const entry of ledger.entries) {
        if (!entry.title.includes(options.word)) continue
        report({
          file: ledger.file,
          range: entry.headingRange,
          message: `entry ${entry.id} is ${options.word}`,
          entity: entry.id,
          entryId: entry.id
        })
      }
    }
  }
}

/** Every open task, as a warning. */
export const openTaskRule: Rule = {
  id: 'open-task',
  description: 'open tasks',
  defaultSeverity: 'warning',
  docs: 'docs/rules/open-task.md',
  options: noOptions,
  check({ project, report }) {
    for (const plan of project.plans) {
      for (const task of plan.tasks) {
        if (task.state === 'open') {
          report({
            file: plan.file,
            range: task.range,
            message: `task ${task.id} open`,
            entity: task.id
          })
        }
      }
    }
  }
}

/** Reports one finding, then fails. */
export const crashingRule: Rule = {
  id: 'crashing',
  description: 'always fails',
  defaultSeverity: 'error',
  docs: 'docs/rules/crashing.md',
  options: noOptions,
  check({ project, report }) {
    const ledger = project.ledgers[0]
    if (ledger)
      report({
        file: ledger.file,
        range: { line: 1, column: 1, endLine: 1, endColumn: 2 },
        message: 'before the crash',
        entity: 'x'
      })
    throw new Error('boom')
  }
}

/** Reports ranges that lie outside the file. */
export const sloppyRangeRule: Rule = {
  id: 'sloppy-range',
  description: 'bad ranges',
  defaultSeverity: 'info',
  docs: 'docs/rules/sloppy-range.md',
  options: noOptions,
  check({ project, report }) {
    for (const ledger of project.ledgers) {
      report({
        file: ledger.file,
        range: { line: 9999, column: 500, endLine: 2, endColumn: 1 },
        message: 'past the end',
        entity: 'end'
      })
      report({
        file: ledger.file,
        range: { line: 0, column: -3, endLine: Number.NaN, endColumn: 0 },
        message: 'before the start',
        entity: 'start'
      })
    }
  }
}

/** Every timestamped report folder found, by path. */
export const reportFolderRule: Rule = {
  id: 'report-folder',
  description: 'report folders',
  defaultSeverity: 'info',
  docs: 'docs/rules/report-folder.md',
  options: noOptions,
  check({ project, report }) {
    for (const folder of project.reportFolders) {
      report({
        file: folder.path,
        range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        message: `folder ${folder.name}`,
        entity: `path:${folder.path}`
      })
    }
  }
}
