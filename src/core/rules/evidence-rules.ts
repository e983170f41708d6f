import type { Rule } from './types.js'

/** Rules about evidence and plans: artifacts, plan links, tasks, report folders, drift. */
export const evidenceRules: readonly Rule[] = []
