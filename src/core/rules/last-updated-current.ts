import type { Attempt, DateValue, LedgerDocument, LedgerEntry } from '../model.js'
import { ruleOptions, type Rule } from './types.js'
import { attemptScan } from './util/attempt-scan.js'
import { attemptSubject } from './util/ledger-attempts.js'
import { dayOf, formatLike, futureLimitMs, isAfterInstant } from './util/ledger-dates.js'
import { replaceOnLine } from './util/ledger-text.js'

const options = ruleOptions((z) => z.object({}).strict().default({}), {})

const lowerFirst = (text: string): string => (text.startsWith('An ') ? `an ${text.slice(3)}` : text)

/**
 * `Last Updated` is at least the day of the newest attempt in the ledger. Attempts dated after
 * "now" are left out: they are `no-future-dates` findings, not evidence of a later update.
 */
export const lastUpdatedCurrent: Rule<typeof options> = {
  id: 'last-updated-current',
  description: 'Last Updated is not older than the newest attempt date in the ledger.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/last-updated-current.md',
  options,
  check({ project, report }) {
    const limitMs = futureLimitMs(project.now, project.config.rules)
    for (const ledger of project.ledgers) {
      const lastUpdated = ledger.lastUpdated
      if (!lastUpdated) continue
      const newest = newestAttempt(ledger, limitMs)
      if (!newest || dayOf(newest.date.epochMs) <= dayOf(lastUpdated.epochMs)) continue
      const replacement = formatLike(lastUpdated, newest.date.epochMs)
      const suggestion = replaceOnLine(
        project,
        ledger.file,
        lastUpdated.range,
        lastUpdated.raw,
        replacement
      )
      report({
        file: ledger.file,
        range: lastUpdated.range,
        entity: 'ledger#last-updated',
        message:
          `Last Updated says ${lastUpdated.raw}, but ${lowerFirst(attemptSubject(newest.attempt, newest.entry))} ` +
          `(line ${newest.attempt.headerRange.line}) is dated ${newest.date.raw}. Update it to ${replacement}.`,
        ...(suggestion ? { suggestion } : {})
      })
    }
  }
}

interface Newest {
  attempt: Attempt
  entry: LedgerEntry
  date: DateValue
}

/** The first attempt of the ledger with the latest date not after the limit. */
function newestAttempt(ledger: LedgerDocument, limitMs: number): Newest | undefined {
  let newest: Newest | undefined
  for (const entry of ledger.entries) {
    const scan = attemptScan(entry, limitMs)
    // The newest of each entry is the newest of the ledger's run through it, unless a time is
    // not a number (no comparison with it holds): then the run is walked as it is.
    if (!scan.finite) return newestByWalk(ledger, limitMs)
    const date = scan.newest?.date
    if (date === undefined) continue
    if (!newest || date.epochMs > newest.date.epochMs) {
      newest = { attempt: scan.newest as Attempt, entry, date }
    }
  }
  return newest
}

function newestByWalk(ledger: LedgerDocument, limitMs: number): Newest | undefined {
  let newest: Newest | undefined
  for (const entry of ledger.entries) {
    for (const attempt of entry.attempts) {
      const date = attempt.date
      if (!date || isAfterInstant(date, limitMs)) continue
      if (!newest || date.epochMs > newest.date.epochMs) newest = { attempt, entry, date }
    }
  }
  return newest
}
