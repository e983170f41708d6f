import { artifactExists } from './artifact-exists.js'
import { artifactInsideRepo } from './artifact-inside-repo.js'
import { ledgerPlanDrift } from './ledger-plan-drift.js'
import { phaseOrder } from './phase-order.js'
import { planLinkExists } from './plan-link-exists.js'
import { reportFolderTimestamp } from './report-folder-timestamp.js'
import { taskIdUnique } from './task-id-unique.js'
import { taskStateVocabulary } from './task-state-vocabulary.js'
import type { Rule } from './types.js'

/** Rules about evidence and plans: artifacts, plan links, tasks, report folders, drift. */
export const evidenceRules: readonly Rule[] = [
  artifactExists,
  artifactInsideRepo,
  planLinkExists,
  taskIdUnique,
  taskStateVocabulary,
  reportFolderTimestamp,
  phaseOrder,
  ledgerPlanDrift
] as readonly Rule[]
