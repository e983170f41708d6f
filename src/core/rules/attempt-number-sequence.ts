import type { Attempt, LedgerDocument, LedgerEntry } from '../model.js'
import { ruleOptions, type Project, type ReportInput, type Rule } from './types.js'
import {
  attemptKeys,
  describeAttempt,
  describeAttemptStart,
  keptFlags,
  nearestKept,
  numberedHistory,
  type AttemptOrder,
  type NumberedHistory
} from './util/ledger-attempts.js'
import { renumberSuggestion } from './util/ledger-renumber.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /** `append`: oldest first; `prepend`: newest first; `auto`: the majority of adjacent pairs. Default: `dialect.attemptOrder`. */
        order: z.enum(['append', 'prepend', 'auto']).optional(),
        /** When false, a skipped number (#3 then #5) is reported too. */
        allowGaps: z.boolean().default(true),
        /**
         * More misplaced attempts than this in one entry are reported as one finding: such a history
         * needs renumbering in one pass, and a finding per attempt would bury everything else.
         */
        maxPerEntry: z.number().int().min(1).default(5)
      })
      .strict()
      .default({ allowGaps: true, maxPerEntry: 5 }),
  { allowGaps: true, maxPerEntry: 5 }
)

const lastNumber = (attempt: Attempt): number => attempt.numberEnd ?? (attempt.number as number)
const overlaps = (a: Attempt, b: Attempt): boolean =>
  (a.number as number) <= lastNumber(b) && (b.number as number) <= lastNumber(a)

function orderPhrase(order: AttemptOrder): string {
  return order === 'append'
    ? 'attempt numbers must increase down the history (oldest first)'
    : 'attempt numbers must decrease down the history (newest first)'
}

const at = (attempt: Attempt): string =>
  `${describeAttempt(attempt)} at line ${attempt.headerRange.line}`

/**
 * Attempt numbers within an entry are unique and run in one direction. The attempts outside the
 * longest well-ordered run are the ones reported, so one misplaced attempt gives one finding.
 */
export const attemptNumberSequence: Rule<typeof options> = {
  id: 'attempt-number-sequence',
  description: 'Attempt numbers within an entry are unique and increase in the history order.',
  defaultSeverity: 'error',
  docs: 'docs/rules/attempt-number-sequence.md',
  options,
  check({ project, options: { order, allowGaps, maxPerEntry }, report }) {
    const setting = order ?? project.config.dialect.attemptOrder
    for (const ledger of project.ledgers) {
      for (const entry of ledger.entries) {
        const history = numberedHistory(entry, setting)
        if (history.oldestFirst.length < 2) continue
        // A history in sequence has nothing to report, unless gaps are: skip the bookkeeping.
        if (history.leftOut.length === 0 && allowGaps) continue
        const found: ReportInput[] = []
        checkEntry({
          project,
          ledger,
          entry,
          history,
          allowGaps,
          report: (f) => found.push(f)
        })
        reportCapped(entry, found, maxPerEntry, history.direction, report)
      }
    }
  }
}

interface EntryCheck {
  project: Project
  ledger: LedgerDocument
  entry: LedgerEntry
  history: NumberedHistory
  allowGaps: boolean
  report: (finding: ReportInput) => void
}

function checkEntry({ project, ledger, entry, history, allowGaps, report }: EntryCheck): void {
  const { oldestFirst, leftOut, direction } = history
  const kept = keptFlags(oldestFirst.length, leftOut)
  const { before: keptBefore, after: keptAfter } = nearestKept(kept)
  const keptAttempts = oldestFirst.filter((_, index) => kept[index] === 1)
  const twinOf = twinFinder(keptAttempts)
  const keys = leftOut.length > 0 ? attemptKeys(entry) : undefined

  for (const index of leftOut) {
    const attempt = oldestFirst[index] as Attempt
    const key = keys?.get(attempt) ?? `attempt-${attempt.number}`
    const before = oldestFirst[keptBefore[index] as number]
    const after = oldestFirst[keptAfter[index] as number]
    const twin = twinOf(attempt)
    const base = {
      file: ledger.file,
      range: attempt.numberRange ?? attempt.headerRange,
      entryId: entry.id
    }
    if (twin) {
      const free = freeNumber(attempt, before, after)
      const suggestion =
        free === undefined ? undefined : renumberSuggestion(project, ledger.file, attempt, free)
      const verb = lastNumber(twin) !== twin.number ? 'falls inside' : 'repeats the number of'
      report({
        ...base,
        entity: `${entry.id}#${key}#duplicate`,
        message:
          `${describeAttemptStart(attempt)} of entry [${entry.id}] ${verb} ${at(twin)}. ` +
          (free !== undefined
            ? `Renumber it to #${free}.`
            : `Give it an unused number (and renumber the attempts after it if needed).`),
        ...(suggestion ? { suggestion } : {})
      })
      continue
    }
    const [above, below] = direction === 'append' ? [before, after] : [after, before]
    const between = [above ? `after ${at(above)}` : '', below ? `before ${at(below)}` : '']
      .filter(Boolean)
      .join(' and ')
    report({
      ...base,
      entity: `${entry.id}#${key}#order`,
      message:
        `${describeAttemptStart(attempt)} of entry [${entry.id}] is out of sequence: it sits ${between}, ` +
        `but ${orderPhrase(direction)}. Move it to its place in the history or correct its number.`
    })
  }

  if (!allowGaps) reportGaps(ledger, entry, keptAttempts, report)
}

/**
 * The first kept attempt (oldest first) whose numbers overlap a given attempt's. The kept
 * attempts increase: each starts after the one before ends. When each also ends at or after its
 * start, their ends increase too and a binary search finds the candidate; else a plain scan.
 */
function twinFinder(kept: readonly Attempt[]): (attempt: Attempt) => Attempt | undefined {
  const sane = kept.every((attempt) => (attempt.number as number) <= lastNumber(attempt))
  if (!sane) return (attempt) => kept.find((other) => overlaps(other, attempt))
  return (attempt) => {
    // The first kept attempt ending at or after this one's start; later ones start even later.
    let low = 0
    let high = kept.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (lastNumber(kept[middle] as Attempt) < (attempt.number as number)) low = middle + 1
      else high = middle
    }
    const candidate = kept[low]
    return candidate !== undefined && overlaps(candidate, attempt) ? candidate : undefined
  }
}

/** The findings of one entry, or one summary finding when there are more than `max`. */
function reportCapped(
  entry: LedgerEntry,
  found: ReportInput[],
  max: number,
  direction: AttemptOrder,
  report: (finding: ReportInput) => void
): void {
  const misplaced = found.filter((f) => !f.entity.includes('#attempt-gap-'))
  if (misplaced.length <= max) {
    found.forEach(report)
    return
  }
  const first = misplaced[0] as ReportInput
  const examples = misplaced
    .slice(0, 3)
    .map((f) => `line ${f.range.line}`)
    .join(', ')
  const other = direction === 'append' ? 'prepend' : 'append'
  report({
    file: first.file,
    range: first.range,
    entryId: entry.id,
    entity: `${entry.id}#attempt-sequence`,
    message:
      `${misplaced.length} attempts of entry [${entry.id}] are out of sequence or repeat a number ` +
      `(${examples}, …); ${orderPhrase(direction)}. Renumber the history in one pass, or set the ` +
      `rule's \`order\` to \`${other}\` if that is how this history runs.`
  })
  found.filter((f) => f.entity.includes('#attempt-gap-')).forEach(report)
}

/** The number a duplicate can take without disturbing its neighbours, when there is one. */
function freeNumber(attempt: Attempt, before?: Attempt, after?: Attempt): number | undefined {
  if (lastNumber(attempt) !== attempt.number) return undefined
  const candidate = before ? lastNumber(before) + 1 : 1
  if (after && candidate >= (after.number as number)) return undefined
  return candidate
}

function reportGaps(
  ledger: LedgerDocument,
  entry: LedgerEntry,
  oldestFirst: Attempt[],
  report: (finding: ReportInput) => void
): void {
  for (let i = 1; i < oldestFirst.length; i++) {
    const previous = oldestFirst[i - 1] as Attempt
    const current = oldestFirst[i] as Attempt
    const expected = lastNumber(previous) + 1
    if ((current.number as number) <= expected) continue
    const missing =
      (current.number as number) - 1 === expected
        ? `#${expected} is`
        : `#${expected}–#${(current.number as number) - 1} are`
    report({
      file: ledger.file,
      range: current.numberRange ?? current.headerRange,
      entryId: entry.id,
      entity: `${entry.id}#attempt-gap-${expected}`,
      message:
        `Attempt numbers of entry [${entry.id}] jump from #${lastNumber(previous)} (line ` +
        `${previous.headerRange.line}) to #${current.number}; ${missing} missing. Renumber the ` +
        `attempts, or record the missing ones.`
    })
  }
}
