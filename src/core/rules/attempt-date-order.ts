import type { LedgerDocument, LedgerEntry } from '../model.js'
import { ruleOptions, type ReportInput, type Rule } from './types.js'
import {
  attemptKeys,
  attemptSubject,
  describeAttempt,
  inferOrderOf,
  keptFlags,
  leftOutByDate,
  nearestKept,
  misplacedByNumber,
  type AttemptOrder,
  type AttemptOrderSetting
} from './util/ledger-attempts.js'
import { attemptScan, type AttemptScan, type Dated } from './util/attempt-scan.js'
import { compareDates, futureLimitMs } from './util/ledger-dates.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /** History order; default `dialect.attemptOrder`. `auto` follows the attempt numbers, else the dates. */
        order: z.enum(['append', 'prepend', 'auto']).optional(),
        /** More out-of-order dates than this in one entry are reported as one finding. */
        maxPerEntry: z.number().int().min(1).default(5)
      })
      .strict()
      .default({ maxPerEntry: 5 }),
  { maxPerEntry: 5 }
)

/**
 * Dates never go backwards along the history. The attempts outside the longest run of
 * non-decreasing dates are reported, so a single mistyped date gives one finding (on the mistyped
 * attempt, not on its innocent neighbour). Attempts dated in the future are left to
 * `no-future-dates`, and attempts out of numeric sequence to `attempt-number-sequence`: each
 * mistake is reported once, by the rule that names its cause.
 */
export const attemptDateOrder: Rule<typeof options> = {
  id: 'attempt-date-order',
  description: 'Attempt dates within an entry never go backwards in the history order.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/attempt-date-order.md',
  options,
  check({ project, options: { order, maxPerEntry }, report }) {
    const setting = order ?? project.config.dialect.attemptOrder
    const limitMs = futureLimitMs(project.now, project.config.rules)
    for (const ledger of project.ledgers) {
      for (const entry of ledger.entries) {
        const scan = attemptScan(entry, limitMs)
        // Leaving attempts out never makes two of them: fewer than two dates cannot disagree.
        if (scan.dated.length < 2) continue
        const misplaced = misplacedByNumber(entry, setting)
        // The common case, dates in history order, is told by the scan.
        if (misplaced.size === 0 && inOrder(scan, resolveScanOrder(setting, scan))) continue
        const dated = scan.dated.filter((a) => !misplaced.has(a))
        if (dated.length < 2) continue
        const direction = resolveOrder(setting, dated)
        // `dated` is a fresh array: put it in time order where it is.
        const oldestFirst = direction === 'prepend' ? dated.reverse() : dated
        const found = outOfOrder(ledger, entry, oldestFirst, direction)
        if (found.length <= maxPerEntry) found.forEach(report)
        else report(summary(entry, found, direction))
      }
    }
  }
}

/** resolveOrder of all the scan's dated attempts, from the counts the scan kept. */
function resolveScanOrder(setting: AttemptOrderSetting, scan: AttemptScan): AttemptOrder {
  if (setting !== 'auto') return setting
  const { numberedDated, dated } = scan
  const steps = numberedDated * 2 >= dated.length && numberedDated >= 2 ? scan.numbers : scan.dates
  return steps.down > steps.up ? 'prepend' : 'append'
}

/** Whether no date of the scan's dated attempts goes backwards in the history order. */
function inOrder(scan: AttemptScan, direction: AttemptOrder): boolean {
  return direction === 'append' ? scan.datesUp : scan.datesDown
}

/** Which way the history runs: numbers decide when most attempts have them, otherwise dates do. */
function resolveOrder(setting: AttemptOrderSetting, dated: Dated[]): AttemptOrder {
  if (setting !== 'auto') return setting
  let numbers = 0
  for (const attempt of dated) if (attempt.number !== undefined) numbers++
  if (numbers * 2 >= dated.length && numbers >= 2) return inferOrderOf(dated, (a) => a.number)
  return inferOrderOf(dated, (attempt) => attempt.date.epochMs)
}

/** A finding for every attempt outside the longest run of non-decreasing dates. */
function outOfOrder(
  ledger: LedgerDocument,
  entry: LedgerEntry,
  oldestFirst: Dated[],
  direction: AttemptOrder
): ReportInput[] {
  const leftOut = leftOutByDate(oldestFirst)
  if (leftOut.length === 0) return []
  const keys = attemptKeys(entry)
  const [upwards, downwards] = direction === 'append' ? ['above', 'below'] : ['below', 'above']
  const history = direction === 'append' ? 'oldest first' : 'newest first'
  const found: ReportInput[] = []
  const { before: keptBefore, after: keptAfter } = nearestKept(
    keptFlags(oldestFirst.length, leftOut)
  )
  for (const index of leftOut) {
    const attempt = oldestFirst[index] as Dated
    // The nearest kept attempts on either side: the reported one cannot fit between them, or
    // the chain would have kept it, so it is dated before the one or after the other.
    const previous = oldestFirst[keptBefore[index] as number]
    const next = oldestFirst[keptAfter[index] as number]
    let conflict = 'breaks the order of the dates around it'
    if (previous && compareDates(attempt.date, previous.date) < 0) {
      conflict = `is dated before ${neighbour(previous, upwards)}`
    } else if (next && compareDates(attempt.date, next.date) > 0) {
      conflict = `is dated after ${neighbour(next, downwards)}`
    }
    found.push({
      file: ledger.file,
      range: attempt.date.range,
      entryId: entry.id,
      entity: `${entry.id}#${keys.get(attempt) ?? 'attempt'}#date-order`,
      message:
        `${attemptSubject(attempt, entry)} (${attempt.date.raw}) ${conflict}, but this history ` +
        `runs ${history}. Correct the date or move the attempt to its place.`
    })
  }
  return found
}

/** `Attempt #3 above it (2025-10-17 at line 12)` / `the attempt above it (…)`. */
function neighbour(attempt: Dated, side: string): string {
  const name = attempt.number !== undefined ? describeAttempt(attempt) : 'the attempt'
  return `${name} ${side} it (${attempt.date.raw} at line ${attempt.headerRange.line})`
}

/** One finding for an entry whose dates are out of order in many places. */
function summary(entry: LedgerEntry, found: ReportInput[], direction: AttemptOrder): ReportInput {
  const first = found[0] as ReportInput
  const examples = found
    .slice(0, 3)
    .map((f) => `line ${f.range.line}`)
    .join(', ')
  const history = direction === 'append' ? 'oldest first' : 'newest first'
  return {
    file: first.file,
    range: first.range,
    entryId: entry.id,
    entity: `${entry.id}#attempt-dates`,
    message:
      `${found.length} attempts of entry [${entry.id}] are dated out of order (${examples}, …), ` +
      `but this history runs ${history}. Check the dates of the history in one pass, or set the ` +
      `rule's \`order\` if the history runs the other way.`
  }
}
