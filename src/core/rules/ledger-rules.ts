import { attemptDateOrder } from './attempt-date-order.js'
import { attemptMisfiled } from './attempt-misfiled.js'
import { attemptNumberSequence } from './attempt-number-sequence.js'
import { entryIdUnique } from './entry-id-unique.js'
import { entryRequiredFields } from './entry-required-fields.js'
import { indexMatchesEntries } from './index-matches-entries.js'
import { lastUpdatedCurrent } from './last-updated-current.js'
import { malformedStructure } from './malformed-structure.js'
import { noFutureDates } from './no-future-dates.js'
import { priorityVocabulary } from './priority-vocabulary.js'
import { statusVocabulary } from './status-vocabulary.js'
import type { Rule } from './types.js'

/** Rules about the ledger itself: entries, fields, vocabularies, attempts, dates, index. */
export const ledgerRules: readonly Rule[] = [
  entryIdUnique,
  entryRequiredFields,
  statusVocabulary,
  priorityVocabulary,
  attemptNumberSequence,
  attemptDateOrder,
  noFutureDates,
  lastUpdatedCurrent,
  indexMatchesEntries,
  attemptMisfiled,
  malformedStructure
] as readonly Rule[]
