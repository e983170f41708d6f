import { o as object, r as record, n as number, a as array, s as string, _ as _enum, u as union, b as unknown } from './zod-DbFaz-3J.js';

/**
 * The configuration of `.github/planguard.yml`. Every key is optional; defaults describe the
 * convention of FORMAT.md. Rule options are validated separately by each rule's own schema.
 */
const severitySetting = _enum(['error', 'warning', 'info', 'off']);
const ruleSetting = union([
    severitySetting,
    object({
        severity: severitySetting.optional(),
        options: record(string(), unknown()).optional()
    })
        .strict()
]);
const configSchema = object({
    files: object({
        ledgers: array(string()).default(['docs/fix_plan.md']),
        archiveLedgers: array(string())
            .default(['docs/fix_plan_archive.md', 'archive/fix_plan_archive.md']),
        plans: array(string())
            .default([
            'plans/active/*/implementation.md',
            'plans/active/*/plan.md',
            'plans/active/*/*/implementation.md',
            'plans/active/*/*/plan.md'
        ]),
        archivedPlans: array(string()).default(['plans/archive/**']),
        reportRoots: array(string()).default(['plans/active/*/reports', 'reports']),
        ignore: array(string()).default([]),
        /** Entries under section headings matching one of these (case-insensitive substring) are skipped. */
        ignoreSections: array(string()).default([])
    })
        .strict()
        .prefault({}),
    dialect: object({
        entryHeadingLevels: array(number().int().min(1).max(6)).default([2, 3]),
        /** Extra field-name aliases, lower-case name → canonical key (`status`, `priority`, `plan`, …). */
        fieldAliases: record(string(), string()).default({}),
        /** Order of attempts in a history: `append` (oldest first), `prepend` (newest first), `auto`. */
        attemptOrder: _enum(['append', 'prepend', 'auto']).default('auto'),
        /** Entry id pattern (JavaScript regular expression source, matched against the bracket text). */
        entryIdPattern: string().default('[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)*')
    })
        .strict()
        .prefault({}),
    vocabulary: object({
        status: array(string())
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
        doneStatus: array(string())
            .default([
            'done',
            'complete',
            'completed',
            'archived',
            'closed',
            'superseded',
            'cancelled'
        ]),
        priority: array(string())
            .default(['Critical', 'High', 'Medium', 'Low', 'P0', 'P1', 'P2', 'P3']),
        taskStates: object({
            open: array(string()).default(['[ ]']),
            partial: array(string()).default(['[P]', '[p]', '[~]']),
            done: array(string()).default(['[x]', '[X]', '[D]', '[d]'])
        })
            .strict()
            .prefault({})
    })
        .strict()
        .prefault({}),
    artifacts: object({
        /** Hard cap on the number of paths one brace expression may expand to. */
        maxExpansion: number().int().min(1).max(100000).default(256)
    })
        .strict()
        .prefault({}),
    rules: record(string(), ruleSetting).default({})
})
    .strict();

export { configSchema as c };
