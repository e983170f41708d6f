import type { z } from 'zod'
import type { Config } from '../config/schema.js'
import type { Severity, SeveritySetting, Suggestion } from '../findings.js'
import type { LedgerDocument, PlanDocument, Range, ReportFolder } from '../model.js'
import type { RepoFS } from '../repo/types.js'

/** Everything the rules see: the parsed corpus and the tree it came from. */
export interface Project {
  ledgers: LedgerDocument[]
  /**
   * The archive ledgers (`files.archiveLedgers`): history, so no rule checks them, but a rule can
   * tell an entry that was archived from one that is missing. Entries there may also be one-line
   * summaries (`- **[ID] Title** — …`, level 0, no fields).
   */
  archiveLedgers?: LedgerDocument[]
  plans: PlanDocument[]
  reportFolders: ReportFolder[]
  fs: RepoFS
  /** "Now": the HEAD commit's committer date, `--now`, or the current time. */
  now: Date
  config: Config
}

export interface ReportInput {
  file: string
  range: Range
  message: string
  /** Line-independent identity of what is wrong (see Finding.entity). */
  entity: string
  entryId?: string
  suggestion?: Suggestion
  /** Overrides the configured severity for this one finding (rarely needed). */
  severity?: Severity
}

export interface RuleContext<Options> {
  project: Project
  options: Options
  report(finding: ReportInput): void
}

export interface RuleMeta {
  id: string
  /** One line, shown in `planguard rules` and in SARIF. */
  description: string
  defaultSeverity: SeveritySetting
  /** Relative link to the docs page, e.g. `docs/rules/artifact-exists.md`. */
  docs: string
}

/**
 * The zod builders handed to option schemas, so that rule modules need not load zod. A subset of
 * the `z` namespace (config/zod-kit.ts): add a builder there when a schema needs another one.
 */
export type Zod = Pick<typeof z, 'array' | 'boolean' | 'enum' | 'number' | 'object' | 'string'>

/**
 * A rule's options: plain defaults for the common case of no configured options, and a factory of
 * the zod schema that validates configured options (zod is loaded only then). A test proves the
 * defaults equal what the schema makes of `{}`.
 */
export interface RuleOptions<Schema extends z.ZodType = z.ZodType> {
  schema(z: Zod): Schema
  defaults: z.output<Schema>
}

/** The options a rule's `check` receives. */
export type OptionsOf<Options extends RuleOptions> = Options['defaults']

export interface Rule<Options extends RuleOptions = RuleOptions> extends RuleMeta {
  options: Options
  check(ctx: RuleContext<OptionsOf<Options>>): void
}

/** Declares a rule's options (see RuleOptions); the defaults are frozen, as every run shares them. */
export function ruleOptions<Schema extends z.ZodType>(
  schema: (z: Zod) => Schema,
  defaults: z.output<Schema>
): RuleOptions<Schema> {
  for (const value of Object.values(defaults as object)) {
    if (Array.isArray(value)) Object.freeze(value)
  }
  Object.freeze(defaults)
  return { schema, defaults }
}
