import { loadZod, zodIfLoaded } from '../config/lazy-zod.js'
import { CONFIG_CANDIDATES } from '../config/load.js'
import type { Config, RuleSetting } from '../config/schema.js'
import { errorMessage } from '../errors.js'
import type { Finding, Severity, SeveritySetting } from '../findings.js'
import { assignFingerprints } from '../fingerprint.js'
import type { Range } from '../model.js'
import type { DocumentText } from '../repo/paged-text.js'
import type { Project, ReportInput, Rule } from '../rules/types.js'
import { INTERNAL_ERROR } from './engine-rules.js'
import { lineLengths } from './line-lengths.js'
import { FILE_START, MAX_DOCUMENT_BYTES } from './read-document.js'

/** Moves a reported range inside its file. */
export type RangeClamp = (file: string, range: Range | undefined) => Range

/** A finding before it has a fingerprint. */
export type RawFinding = Omit<Finding, 'fingerprint'>

/** Runs rules over a project: sorted, fingerprinted findings, ranges clamped inside their files. */
export function runRules(project: Project, rules: readonly Rule[]): Finding[] {
  return assignFingerprints(sortFindings(collectFindings(project, rules)))
}

/** Every rule's findings, unsorted and without fingerprints. A rule that throws is reported. */
export function collectFindings(
  project: Project,
  rules: readonly Rule[],
  clamp: RangeClamp = rangeClamper(project)
): RawFinding[] {
  const findings: RawFinding[] = []
  for (const rule of rules) {
    const setting = project.config.rules[rule.id]
    const severity = effectiveSeverity(rule.defaultSeverity, setting)
    if (severity === 'off') continue
    const options = resolveOptions(rule, setting)
    if (!options.success) {
      findings.push(...internalError(project, clamp, rule.id, options.error))
      continue
    }
    const report = (input: ReportInput): void => {
      findings.push(toFinding(rule.id, input.severity ?? severity, input, clamp))
    }
    try {
      rule.check({ project, options: options.data, report })
    } catch (error) {
      findings.push(...internalError(project, clamp, rule.id, errorMessage(error)))
    }
  }
  return findings
}

export function effectiveSeverity(
  defaultSeverity: SeveritySetting,
  setting: RuleSetting | undefined
): SeveritySetting {
  if (setting === undefined) return defaultSeverity
  if (typeof setting === 'string') return setting
  return setting.severity ?? defaultSeverity
}

type Resolved = { success: true; data: unknown } | { success: false; error: string }

/**
 * A rule's options: its plain defaults when none are configured, else the configured ones
 * validated (defaults filled in) by the rule's zod schema, which `loadRuleValidation` loads.
 */
function resolveOptions(rule: Rule, setting: RuleSetting | undefined): Resolved {
  const configured = configuredOptions(setting)
  if (configured === undefined) return { success: true, data: rule.options.defaults }
  const z = zodIfLoaded()
  if (z === undefined) {
    return { success: false, error: 'options not validated: await loadRuleValidation() first' }
  }
  const parsed = rule.options.schema(z).safeParse(configured)
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, error: `invalid options: ${parsed.error.message}` }
}

/** The options a setting configures; undefined for none (an empty mapping configures none). */
function configuredOptions(setting: RuleSetting | undefined): unknown {
  const options: unknown = typeof setting === 'object' ? setting.options : undefined
  const empty =
    options === undefined || (isPlainObject(options) && Object.keys(options).length === 0)
  return empty ? undefined : options
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Makes sure rule options configured in `config` can be validated: loads zod when there are any. */
export async function loadRuleValidation(config: Config): Promise<void> {
  const settings = Object.values(config.rules)
  if (settings.some((setting) => configuredOptions(setting) !== undefined)) await loadZod()
}

export function toFinding(
  ruleId: string,
  severity: Severity,
  input: ReportInput,
  clamp: RangeClamp
): RawFinding {
  const file = typeof input.file === 'string' ? input.file : ''
  const range = clamp(file, input.range)
  return {
    ruleId,
    severity,
    file,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    message: String(input.message),
    entity: String(input.entity ?? ''),
    ...(input.entryId !== undefined ? { entryId: input.entryId } : {}),
    ...(input.suggestion !== undefined ? { suggestion: input.suggestion } : {})
  }
}

/** A rule that failed; configurable like a rule, though turning it off hides incomplete checks. */
function internalError(
  project: Project,
  clamp: RangeClamp,
  ruleId: string,
  detail: string
): RawFinding[] {
  const severity = effectiveSeverity(
    INTERNAL_ERROR.defaultSeverity,
    project.config.rules[INTERNAL_ERROR.id]
  )
  if (severity === 'off') return []
  const file = project.ledgers[0]?.file ?? project.plans[0]?.file ?? CONFIG_CANDIDATES[0]
  const finding = toFinding(
    INTERNAL_ERROR.id,
    severity,
    {
      file,
      range: FILE_START,
      message: `rule ${ruleId} failed, its results are incomplete: ${detail}`,
      entity: `rule:${ruleId}`
    },
    clamp
  )
  return [finding]
}

/**
 * Keeps ranges inside their files: 1-based, within the line count and line lengths, end after
 * start. A rule with an off-by-one must not produce a SARIF region GitHub rejects.
 */
export function rangeClamper(
  project: Project,
  /** Texts already read (the parsed documents), so they are not read twice. */
  sources?: ReadonlyMap<string, DocumentText>
): RangeClamp {
  const lengthsByFile = new Map<string, number[] | null>()
  const lengthsOf = (file: string): number[] | null => {
    if (!lengthsByFile.has(file)) {
      const text = sources?.get(file) ?? readableText(project, file)
      lengthsByFile.set(
        file,
        // Lines end where the scanner ends them (a lone `\r` too), or positions would disagree.
        text === undefined ? null : lineLengths(text)
      )
    }
    return lengthsByFile.get(file) ?? null
  }
  return (file, range) => clampRange(range, lengthsOf(file))
}

function readableText(project: Project, file: string): DocumentText | undefined {
  // A file too large to be a planning document is not loaded just to clamp a range.
  const content = file === '' ? undefined : project.fs.read(file, { maxBytes: MAX_DOCUMENT_BYTES })
  return content && !content.tooLarge ? (content.paged ?? content.text) : undefined
}

export function clampRange(range: Range | undefined, lengths: number[] | null): Range {
  const int = (value: unknown, fallback: number): number =>
    typeof value === 'number' && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : fallback
  let line = int(range?.line, 1)
  let column = int(range?.column, 1)
  let endLine = int(range?.endLine, line)
  let endColumn = int(range?.endColumn, column)
  if (lengths && lengths.length > 0) {
    const lastLine = lengths.length
    const widthOf = (n: number): number => (lengths[n - 1] ?? 0) + 1
    line = Math.min(line, lastLine)
    column = Math.min(column, widthOf(line))
    endLine = Math.min(Math.max(endLine, line), lastLine)
    endColumn = Math.min(endColumn, widthOf(endLine))
  } else {
    endLine = Math.max(endLine, line)
  }
  if (endLine === line) endColumn = Math.max(endColumn, column)
  return { line, column, endLine, endColumn }
}

/** Sorted by file, line, column, rule id, then message, so output is deterministic. */
export function sortFindings<T extends RawFinding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.entity, b.entity) ||
      compare(a.message, b.message)
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
