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

export interface Rule<Schema extends z.ZodType = z.ZodType> extends RuleMeta {
  /** zod schema of the rule's options; defaults come from the schema. */
  options: Schema
  check(ctx: RuleContext<z.output<Schema>>): void
}
