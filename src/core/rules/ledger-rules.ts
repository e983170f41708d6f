import type { Rule } from './types.js'

/** Rules about the ledger itself: entries, fields, vocabularies, attempts, dates, index. */
export const ledgerRules: readonly Rule[] = []
