import { evidenceRules } from './evidence-rules.js'
import { ledgerRules } from './ledger-rules.js'
import type { Rule } from './types.js'

/** Every rule planguard knows, in the order their findings are documented. */
export const allRules: readonly Rule[] = [...ledgerRules, ...evidenceRules]
