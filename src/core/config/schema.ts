import { z } from 'zod'

// The plain default configuration lives in config/defaults.ts, a module without zod (start-up
// loads it); it is re-exported here next to the schema it must equal.
export { defaultConfig } from './defaults.js'

/**
 * The configuration of `.github/planguard.yml`. Every key is optional; defaults describe the
 * convention of FORMAT.md. Rule options are validated separately by each rule's own schema.
 */

const severitySetting = z.enum(['error', 'warning', 'info', 'off'])

const ruleSetting = z.union([
  severitySetting,
  z
    .object({
      severity: severitySetting.optional(),
      options: z.record(z.string(), z.unknown()).optional()
    })
    .strict()
])

export const configSchema = z
  .object({
    files: z
      .object({
        ledgers: z.array(z.string()).default(['docs/fix_plan.md']),
        archiveLedgers: z
          .array(z.string())
          .default(['docs/fix_plan_archive.md', 'archive/fix_plan_archive.md']),
        plans: z
          .array(z.string())
          .default([
            'plans/active/*/implementation.md',
            'plans/active/*/plan.md',
            'plans/active/*/*/implementation.md',
            'plans/active/*/*/plan.md'
          ]),
        archivedPlans: z.array(z.string()).default(['plans/archive/**']),
        reportRoots: z.array(z.string()).default(['plans/active/*/reports', 'reports']),
        ignore: z.array(z.string()).default([]),
        /** Entries under section headings matching one of these (case-insensitive substring) are skipped. */
        ignoreSections: z.array(z.string()).default([])
      })
      .strict()
      .prefault({}),
    dialect: z
      .object({
        entryHeadingLevels: z.array(z.number().int().min(1).max(6)).default([2, 3]),
        /** Extra field-name aliases, lower-case name → canonical key (`status`, `priority`, `plan`, …). */
        fieldAliases: z.record(z.string(), z.string()).default({}),
        /** Order of attempts in a history: `append` (oldest first), `prepend` (newest first), `auto`. */
        attemptOrder: z.enum(['append', 'prepend', 'auto']).default('auto'),
        /** Entry id pattern (JavaScript regular expression source, matched against the bracket text). */
        entryIdPattern: z.string().default('[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)*')
      })
      .strict()
      .prefault({}),
    vocabulary: z
      .object({
        status: z
          .array(z.string())
          .default([
            'pending',
            'in_progress',
            'in_planning',
            'planning',
            'ready',
            'blocked',
            'paused',
            'done',
            'complete',
            'completed',
            'archived',
            'superseded',
            'deferred',
            'cancelled',
            'active',
            'open',
            'closed'
          ]),
        doneStatus: z
          .array(z.string())
          .default([
            'done',
            'complete',
            'completed',
            'archived',
            'closed',
            'superseded',
            'cancelled'
          ]),
        priority: z
          .array(z.string())
          .default(['Critical', 'High', 'Medium', 'Low', 'P0', 'P1', 'P2', 'P3']),
        taskStates: z
          .object({
            open: z.array(z.string()).default(['[ ]']),
            partial: z.array(z.string()).default(['[P]', '[p]', '[~]']),
            done: z.array(z.string()).default(['[x]', '[X]', '[D]', '[d]'])
          })
          .strict()
          .prefault({})
      })
      .strict()
      .prefault({}),
    artifacts: z
      .object({
        /** Hard cap on the number of paths one brace expression may expand to. */
        maxExpansion: z.number().int().min(1).max(100000).default(256)
      })
      .strict()
      .prefault({}),
    rules: z.record(z.string(), ruleSetting).default({})
  })
  .strict()

export type Config = z.output<typeof configSchema>
export type ConfigInput = z.input<typeof configSchema>
export type RuleSetting = z.output<typeof ruleSetting>
