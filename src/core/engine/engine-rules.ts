import type { RuleMeta } from '../rules/types.js'

/**
 * Findings the engine itself produces (not a rule over the model). They have ids like rules so that
 * they can be configured, suppressed and baselined the same way.
 */
export const INVALID_SUPPRESSION: RuleMeta = {
  id: 'invalid-suppression',
  description: 'A planguard-disable comment without a reason or naming an unknown rule.',
  defaultSeverity: 'error',
  docs: 'docs/rules/invalid-suppression.md'
}

export const INTERNAL_ERROR: RuleMeta = {
  id: 'internal-error',
  description: 'A rule or parser failed on this input; the check is incomplete.',
  defaultSeverity: 'error',
  docs: 'docs/rules/internal-error.md'
}

export const LEDGER_MISSING: RuleMeta = {
  id: 'ledger-missing',
  description: 'No ledger matches files.ledgers, so nothing was checked.',
  defaultSeverity: 'error',
  docs: 'docs/rules/ledger-missing.md'
}

export const engineRules: readonly RuleMeta[] = [
  INVALID_SUPPRESSION,
  INTERNAL_ERROR,
  LEDGER_MISSING
]
