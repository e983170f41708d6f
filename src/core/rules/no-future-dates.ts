import type { DateValue } from '../model.js'
import { ruleOptions, type Project, type ReportInput, type Rule } from './types.js'
import { attemptScan } from './util/attempt-scan.js'
import { attemptKeys, attemptSubject } from './util/ledger-attempts.js'
import { formatDay, formatLike, isAfterInstant } from './util/ledger-dates.js'
import { replaceOnLine } from './util/ledger-text.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /**
         * Minutes added to "now" before comparing. The time zone an agent wrote its dates in is
         * unknown, so a repository whose agents write local times may need a few hundred minutes.
         */
        slackMinutes: z.number().int().min(0).default(0)
      })
      .strict()
      .default({ slackMinutes: 0 }),
  { slackMinutes: 0 }
)

/**
 * Nothing in a ledger is dated after "now" (the commit date): attempt dates, `Last Updated`, and
 * the timestamps naming evidence folders. A date-only value is compared by its UTC day.
 */
export const noFutureDates: Rule<typeof options> = {
  id: 'no-future-dates',
  description:
    'Attempt dates, Last Updated and report-folder stamps are not after the commit date.',
  defaultSeverity: 'error',
  docs: 'docs/rules/no-future-dates.md',
  options,
  check({ project, options: { slackMinutes }, report }) {
    const limitMs = project.now.getTime() + slackMinutes * 60_000
    const future = (date: DateValue | undefined): date is DateValue =>
      date !== undefined && isAfterInstant(date, limitMs)
    const nowText = describeNow(project)

    for (const ledger of project.ledgers) {
      if (future(ledger.lastUpdated)) {
        const date = ledger.lastUpdated
        report({
          file: ledger.file,
          range: date.range,
          entity: 'ledger#last-updated#future',
          message:
            `Last Updated (${date.raw}) is after ${nowText}. Correct it to the date of the last ` +
            `real change (at most ${formatLike(date, project.now.getTime())}).`,
          ...clampSuggestion(project, ledger.file, date)
        })
      }
      for (const entry of ledger.entries) {
        for (const attempt of attemptScan(entry, limitMs).future) {
          const date = attempt.date
          const keys = attemptKeys(entry)
          report({
            file: ledger.file,
            range: date.range,
            entryId: entry.id,
            entity: `${entry.id}#${keys.get(attempt) ?? 'attempt'}#future`,
            message:
              `${attemptSubject(attempt, entry)} is dated ${date.raw}, after ` +
              `${nowText}: work cannot be recorded before it happens. Correct the date (at most ` +
              `${formatLike(date, project.now.getTime())}).`,
            ...clampSuggestion(project, ledger.file, date)
          })
        }
      }
    }

    for (const folder of project.reportFolders) {
      if (!future(folder.date)) continue
      report({
        file: folder.path.replace(/\/+$/, ''),
        range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        entity: `path:${folder.path.replace(/\/+$/, '')}#future`,
        message:
          `Evidence folder \`${folder.path}\` is stamped ${folder.date.raw}, after ${nowText}. Rename it ` +
          `to the time the evidence was captured and update the references to it.`
      } satisfies ReportInput)
    }
  }
}

function describeNow(project: Project): string {
  return `the check's "now" (${formatDay(project.now.getTime())}, ${project.now.toISOString().slice(11, 16)} UTC)`
}

/** The date rewritten as "now", written at the same precision and in the same form. */
function clampSuggestion(
  project: Project,
  file: string,
  date: DateValue
): Pick<ReportInput, 'suggestion'> {
  const suggestion = replaceOnLine(
    project,
    file,
    date.range,
    date.raw,
    formatLike(date, project.now.getTime())
  )
  return suggestion ? { suggestion } : {}
}
