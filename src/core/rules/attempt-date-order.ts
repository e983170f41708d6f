import { z } from 'zod'
import type { Attempt, DateValue } from '../model.js'
import type { Rule } from './types.js'
import {
  attemptKeys,
  chronological,
  describeAttemptStart,
  inferOrder,
  longestChain,
  type AttemptOrder
} from './util/ledger-attempts.js'
import { compareDates, isAfterInstant } from './util/ledger-dates.js'

const options = z
  .object({
    /** History order; default `dialect.attemptOrder`. `auto` follows the attempt numbers, else the dates. */
    order: z.enum(['append', 'prepend', 'auto']).optional()
  })
  .strict()
  .default({})

type Dated = Attempt & { date: DateValue }

/** Which way the history runs: numbers decide when most attempts have them, otherwise dates do. */
function resolveOrder(setting: string, dated: Dated[]): AttemptOrder {
  if (setting === 'append' || setting === 'prepend') return setting
  const numbers = dated
    .filter((attempt) => attempt.number !== undefined)
    .map((a) => a.number as number)
  if (numbers.length * 2 >= dated.length && numbers.length >= 2) return inferOrder(numbers)
  return inferOrder(dated.map((attempt) => attempt.date.epochMs))
}

/**
 * Dates never go backwards along the history. The attempts outside the longest run of
 * non-decreasing dates are reported, so a single mistyped date gives one finding (on the mistyped
 * attempt, not on its innocent neighbour). Attempts dated in the future are left to
 * `no-future-dates`, which reports the root cause.
 */
export const attemptDateOrder: Rule<typeof options> = {
  id: 'attempt-date-order',
  description: 'Attempt dates within an entry never go backwards in the history order.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/attempt-date-order.md',
  options,
  check({ project, options: { order }, report }) {
    const setting = order ?? project.config.dialect.attemptOrder
    const nowMs = project.now.getTime()
    for (const ledger of project.ledgers) {
      for (const entry of ledger.entries) {
        // Future-dated attempts are no-future-dates' finding; leaving them out here keeps them
        // from making their innocent neighbours look out of order.
        const dated = entry.attempts.filter(
          (a): a is Dated => a.date !== undefined && a.inHistory && !isAfterInstant(a.date, nowMs)
        )
        if (dated.length < 2) continue
        const direction = resolveOrder(setting, dated)
        const oldestFirst = chronological(dated, direction)
        const kept = longestChain(
          oldestFirst,
          (earlier, later) => compareDates(earlier.date, later.date) <= 0
        )
        const keys = attemptKeys(entry)
        oldestFirst.forEach((attempt, index) => {
          if (kept.has(index)) return
          const previous = oldestFirst[index - 1]
          const next = oldestFirst[index + 1]
          const phrase = direction === 'append' ? ['above', 'below'] : ['below', 'above']
          let conflict: string
          if (previous && compareDates(attempt.date, previous.date) < 0) {
            conflict = `is dated before the attempt ${phrase[0]} it (${previous.date.raw} at line ${previous.headerRange.line})`
          } else if (next && compareDates(attempt.date, next.date) > 0) {
            conflict = `is dated after the attempt ${phrase[1]} it (${next.date.raw} at line ${next.headerRange.line})`
          } else {
            conflict = 'breaks the order of the dates around it'
          }
          const history = direction === 'append' ? 'oldest first' : 'newest first'
          report({
            file: ledger.file,
            range: attempt.date.range,
            entryId: entry.id,
            entity: `${entry.id}#${keys.get(attempt) ?? 'attempt'}#date-order`,
            message:
              `${describeAttemptStart(attempt)} of entry [${entry.id}] (${attempt.date.raw}) ${conflict}, ` +
              `but this history runs ${history}. Correct the date or move the attempt to its place.`
          })
        })
      }
    }
  }
}
