/**
 * The typed model of a planning corpus. Every parser produces it, every rule reads it.
 * Positions are 1-based; `endColumn` is exclusive (the column after the last character),
 * so an empty range has column === endColumn.
 */

export interface Range {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** A piece of source text and where it sits. */
export interface Spanned<T = string> {
  value: T
  raw: string
  range: Range
}

/** A calendar date or instant read from text such as `2025-10-17` or `2026-01-22T02:40Z`. */
export interface DateValue {
  raw: string
  /** Milliseconds since the epoch, UTC. For a date-only value, midnight UTC of that day. */
  epochMs: number
  /** How much of the instant the text gave: a date alone compares at day granularity. */
  precision: 'day' | 'minute' | 'second'
  range: Range
}

/** What an artifact reference points at after expansion and classification. */
export type ArtifactKind =
  | 'path' // a repository-relative path to check
  | 'placeholder' // contains `<ts>`, `$STAMP`, `...`, `YYYY…`: not a path yet
  | 'outside' // absolute (`/tmp/…`, `/home/…`, `C:\…`) or escaping the root (`../..`)
  | 'url' // http(s) link: never checked
  | 'git-internal' // under `.git/`: never read

export interface ArtifactPath {
  /** Repository-relative POSIX path, no leading `./`, trailing `/` kept for folders. */
  readonly path: string
  readonly kind: ArtifactKind
}

export interface ArtifactRef {
  /** The text as cited, e.g. `reports/2025-10-17T025000Z/{a.md,b.md}`. */
  raw: string
  range: Range
  /** Expanded paths (brace lists, relative shorthand resolved). */
  readonly paths: readonly ArtifactPath[]
  /** Set when brace expansion hit the cap and was cut short. */
  truncated?: boolean
  /** Whether the reference was in backticks. */
  quoted: boolean
}

/** Read-only where the parser answers through getters (see docs/ARCHITECTURE.md "Speed and memory"). */
export interface LedgerField {
  /** The field name as written, e.g. `Exit Criteria (quote thresholds from spec)`. */
  name: string
  /** Canonical key after alias mapping: `status`, `priority`, `plan`, `attempts`, `exit-criteria`, … */
  key: string
  /** The inline value (text after the colon), trimmed. */
  value: string
  /** The field line plus its nested continuation lines. */
  readonly range: Range
  /** Range of the inline value (empty range after the colon when there is none). */
  readonly valueRange: Range
  /** Nested list items below the field, each with its own range. */
  items: Spanned[]
}

export type AttemptStyle = 'numbered' | 'dated' | 'heading'
export type AttemptOutcome = 'success' | 'failure' | 'partial' | 'unknown'

/**
 * An attempt as the parser gives it: read-only, since most of it is computed on each read from the
 * source (see docs/ARCHITECTURE.md "Speed and memory"); a new value means a new object.
 */
export interface Attempt {
  readonly style: AttemptStyle
  /** `Attempt #3` → 3. For a range `Attempts #176–#183`, the first number. */
  readonly number?: number
  /** For a range, the last number. */
  readonly numberEnd?: number
  readonly numberRange?: Range
  readonly date?: DateValue
  /** The text between the date/number and the first colon, e.g. `Phase B.B2 Canonical Plan Update`. */
  readonly label?: string
  /** Whole text of the attempt (header line and continuation lines), newlines kept. */
  readonly text: string
  /** The attempt's header line. */
  readonly headerRange: Range
  /** Header line through the last continuation line. */
  readonly range: Range
  readonly outcome: AttemptOutcome
  readonly artifacts: readonly ArtifactRef[]
  /** False when the attempt was found outside its entry's Attempts History. */
  readonly inHistory: boolean
  /** Entry id named in an attempt heading (`### 2026-01-22T02:40Z — ID (label)`), when given. */
  readonly namedEntryId?: string
}

export interface PlanLink {
  raw: string
  /** Repository-relative path of the plan file (or folder). */
  path: string
  range: Range
}

export interface LedgerEntry {
  id: string
  /** The id as written (before look-alike hyphens were normalised). */
  rawId: string
  title: string
  /** Heading level (2 or 3); 0 for the whole-document entry of a single-focus ledger. */
  level: number
  /** Enclosing section heading, e.g. `Active / Pending Initiatives`. */
  section?: string
  headingRange: Range
  /** Heading through the last line before the next entry or section. */
  range: Range
  fields: LedgerField[]
  status?: Spanned // value: lower-cased first token, e.g. `in_progress`
  priority?: Spanned // value: first token as written, e.g. `High`
  plans: PlanLink[]
  attempts: Attempt[]
  exitCriteria?: LedgerField
  /** Artifact references cited anywhere in the entry outside attempts (fields, exit criteria). */
  artifacts: ArtifactRef[]
  /** Ranges of `### [SAME-ID] Update …` sub-headings folded into this entry. */
  foldedHeadings: Range[]
}

export interface IndexRow {
  id: string
  cells: Record<string, Spanned>
  range: Range
}

export interface IndexTable {
  headers: string[]
  rows: IndexRow[]
  range: Range
}

/** Something that looks like structure but cannot be read, or text damaged by an agent. */
export interface ParseProblem {
  kind:
    | 'leaked-diff-marker'
    | 'unreadable-entry'
    | 'unreadable-attempt'
    | 'unreadable-task'
    | 'unreadable-phase'
    | 'unreadable-date'
    | 'binary-file'
    | 'invalid-utf8'
    | 'file-too-large'
    | 'empty-file'
    | 'too-deep'
    | 'other'
  message: string
  range: Range
  entryId?: string
}

export interface LedgerDocument {
  kind: 'ledger'
  file: string
  /** `entries` for `## [ID]` ledgers, `single-focus` for one-initiative documents. */
  dialect: 'entries' | 'single-focus'
  title?: Spanned
  lastUpdated?: DateValue
  activeFocus?: Spanned
  index?: IndexTable
  entries: LedgerEntry[]
  problems: ParseProblem[]
  lineCount: number
}

export type TaskState = 'open' | 'partial' | 'done' | 'unknown'

export interface Task {
  id: string
  description: string
  /** The marker as written, e.g. `[x]`, `✅ [D]`, `[P] — blocked on …`. */
  marker: string
  state: TaskState
  phaseId?: string
  source: 'table' | 'checkbox'
  range: Range
  markerRange: Range
}

export interface Phase {
  /** `A`, `B`, `3`, `M4` … */
  id: string
  title: string
  headingRange: Range
  range: Range
  goal?: Spanned
  prereqs?: Spanned
  exitCriteria?: Spanned
  tasks: Task[]
  /** `(Complete)` or similar in the heading. */
  declaredComplete: boolean
}

export interface PlanDocument {
  kind: 'plan'
  file: string
  title?: Spanned
  phases: Phase[]
  /** Tasks outside any phase (rare) plus all phase tasks, in document order. */
  tasks: Task[]
  artifacts: ArtifactRef[]
  problems: ParseProblem[]
  lineCount: number
}

/** A timestamped evidence folder found on disk, e.g. `plans/active/X/reports/2025-10-17T025000Z/`. */
export interface ReportFolder {
  path: string
  name: string
  date?: DateValue
}
