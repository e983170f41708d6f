'use strict';

var zod = require('./zod-B1zl4tZu.cjs');

/**
 * The configuration of `.github/planguard.yml`. Every key is optional; defaults describe the
 * convention of FORMAT.md. Rule options are validated separately by each rule's own schema.
 */
const severitySetting = zod._enum(['error', 'warning', 'info', 'off']);
const ruleSetting = zod.union([
    severitySetting,
    zod.object({
        severity: severitySetting.optional(),
        options: zod.record(zod.string(), zod.unknown()).optional()
    })
        .strict()
]);
const configSchema = zod.object({
    files: zod.object({
        ledgers: zod.array(zod.string()).default(['docs/fix_plan.md']),
        archiveLedgers: zod.array(zod.string())
            .default(['docs/fix_plan_archive.md', 'archive/fix_plan_archive.md']),
        plans: zod.array(zod.string())
            .default([
            'plans/active/*/implementation.md',
            'plans/active/*/plan.md',
            'plans/active/*/*/implementation.md',
            'plans/active/*/*/plan.md'
        ]),
        archivedPlans: zod.array(zod.string()).default(['plans/archive/**']),
        reportRoots: zod.array(zod.string()).default(['plans/active/*/reports', 'reports']),
        ignore: zod.array(zod.string()).default([]),
        /** Entries under section headings matching one of these (case-insensitive substring) are skipped. */
        ignoreSections: zod.array(zod.string()).default([])
    })
        .strict()
        .prefault({}),
    dialect: zod.object({
        entryHeadingLevels: zod.array(zod.number().int().min(1).max(6)).default([2, 3]),
        /** Extra field-name aliases, lower-case name → canonical key (`status`, `priority`, `plan`, …). */
        fieldAliases: zod.record(zod.string(), zod.string()).default({}),
        /** Order of attempts in a history: `append` (oldest first), `prepend` (newest first), `auto`. */
        attemptOrder: zod._enum(['append', 'prepend', 'auto']).default('auto'),
        /** Entry id pattern (JavaScript regular expression source, matched against the bracket text). */
        entryIdPattern: zod.string().default('[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)*')
    })
        .strict()
        .prefault({}),
    vocabulary: zod.object({
        status: zod.array(zod.string())
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
        doneStatus: zod.array(zod.string())
            .default([
            'done',
            'complete',
            'completed',
            'archived',
            'closed',
            'superseded',
            'cancelled'
        ]),
        priority: zod.array(zod.string())
            .default(['Critical', 'High', 'Medium', 'Low', 'P0', 'P1', 'P2', 'P3']),
        taskStates: zod.object({
            open: zod.array(zod.string()).default(['[ ]']),
            partial: zod.array(zod.string()).default(['[P]', '[p]', '[~]']),
            done: zod.array(zod.string()).default(['[x]', '[X]', '[D]', '[d]'])
        })
            .strict()
            .prefault({})
    })
        .strict()
        .prefault({}),
    artifacts: zod.object({
        /** Hard cap on the number of paths one brace expression may expand to. */
        maxExpansion: zod.number().int().min(1).max(100000).default(256)
    })
        .strict()
        .prefault({}),
    rules: zod.record(zod.string(), ruleSetting).default({})
})
    .strict();

exports.configSchema = configSchema;
