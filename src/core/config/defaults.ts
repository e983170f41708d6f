import type { Config } from './schema.js'

/**
 * What `.github/planguard.yml` defaults to, as plain data: a repository without configuration is
 * checked without loading zod. schema.ts states the same defaults; a test proves them equal.
 */

export const DEFAULT_FIELD_ALIASES: Record<string, string> = {
  status: 'status',
  priority: 'priority',
  'working plan': 'plan',
  'linked plan': 'plan',
  plan: 'plan',
  plans: 'plan',
  'plan reference': 'plan',
  'plan references': 'plan',
  'plan reference(s)': 'plan',
  'attempts history': 'attempts',
  attempts: 'attempts',
  'exit criteria': 'exit-criteria',
  'return condition': 'exit-criteria',
  'owner/date': 'owner',
  owner: 'owner',
  'depends on': 'depends-on',
  dependencies: 'depends-on',
  'reports hub': 'reports-hub',
  reproduction: 'reproduction',
  'spec/at': 'spec'
}

/** The configuration with every default applied (a fresh copy: callers may change it). */
export function defaultConfig(): Config {
  return {
    files: {
      ledgers: ['docs/fix_plan.md'],
      archiveLedgers: ['docs/fix_plan_archive.md', 'archive/fix_plan_archive.md'],
      plans: [
        'plans/active/*/implementation.md',
        'plans/active/*/plan.md',
        'plans/active/*/*/implementation.md',
        'plans/active/*/*/plan.md'
      ],
      archivedPlans: ['plans/archive/**'],
      reportRoots: ['plans/active/*/reports', 'reports'],
      ignore: [],
      ignoreSections: []
    },
    dialect: {
      entryHeadingLevels: [2, 3],
      fieldAliases: {},
      attemptOrder: 'auto',
      entryIdPattern: '[A-Z][A-Z0-9]*(?:[-_.][A-Z0-9]+)*'
    },
    vocabulary: {
      status: [
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
      ],
      doneStatus: [
        'done',
        'complete',
        'completed',
        'archived',
        'closed',
        'superseded',
        'cancelled'
      ],
      priority: ['Critical', 'High', 'Medium', 'Low', 'P0', 'P1', 'P2', 'P3'],
      taskStates: {
        open: ['[ ]'],
        partial: ['[P]', '[p]', '[~]'],
        done: ['[x]', '[X]', '[D]', '[d]']
      }
    },
    artifacts: { maxExpansion: 256 },
    rules: {}
  }
}
