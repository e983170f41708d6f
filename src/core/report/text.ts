import type { Severity } from '../findings.js'
import { sortFindings, type CheckReport, type ReportSummary } from './types.js'

export interface TextOptions {
  /** ANSI colours (only when writing to a terminal without NO_COLOR). */
  color?: boolean
  /** Prefix joined to each repository-relative path, so that locations open from the cwd. */
  pathPrefix?: string
}

/** Messages longer than this are not padded: one long message should not push every rule id out. */
const MAX_MESSAGE_PAD = 72

const ANSI = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  green: '\u001b[32m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m'
} as const

/**
 * One finding per line, `file:line:col  severity  message  rule-id`, columns aligned, then a
 * summary line. Messages are kept on one line (newlines become spaces).
 */
export function renderText(report: CheckReport, options: TextOptions = {}): string {
  const paint = painter(options.color === true)
  const rows = sortFindings(report.findings).map((finding) => ({
    location: `${oneLine(joinPrefix(options.pathPrefix, finding.file))}:${finding.line}:${finding.column}`,
    severity: finding.severity,
    message: oneLine(finding.message),
    ruleId: finding.ruleId
  }))
  const locationWidth = Math.max(0, ...rows.map((row) => row.location.length))
  const messageWidth = Math.min(
    MAX_MESSAGE_PAD,
    Math.max(0, ...rows.map((row) => row.message.length))
  )
  const lines = rows.map(
    (row) =>
      `${row.location.padEnd(locationWidth)}  ` +
      `${paint(severityColor(row.severity), row.severity.padEnd(7))}  ` +
      `${row.message.padEnd(messageWidth)}  ${paint('dim', row.ruleId)}`
  )
  if (lines.length > 0) lines.push('')
  lines.push(summaryLine(report.summary, report.base, paint))
  return lines.join('\n') + '\n'
}

/** `✖ 5 problems (4 errors, 1 warning) · 1 ledger …` or `✔ no problems · …`. */
export function summaryLine(
  summary: ReportSummary,
  base?: string,
  paint: Painter = painter(false)
): string {
  const problems = summary.errors + summary.warnings + summary.infos
  const counts = [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    ...(summary.infos > 0 ? [plural(summary.infos, 'info', 'infos')] : [])
  ].join(', ')
  const head =
    problems === 0
      ? paint('green', '✔ no problems')
      : paint(summary.errors > 0 ? 'red' : 'yellow', `✖ ${plural(problems, 'problem')} (${counts})`)
  const diff =
    summary.introduced === undefined
      ? ''
      : ` · ${summary.introduced} introduced, ${summary.fixed ?? 0} fixed${base ? ` since ${base}` : ''}`
  const checked =
    `checked ${plural(summary.files, 'file')}: ${plural(summary.entries, 'entry', 'entries')}, ` +
    `${plural(summary.attempts, 'attempt')}, ${plural(summary.plans, 'plan')}, ` +
    `${plural(summary.tasks, 'task')}, ${plural(summary.artifacts.checked, 'artifact')}` +
    (summary.artifacts.missing > 0 ? ` (${summary.artifacts.missing} missing)` : '')
  const hidden = [
    ...(summary.baselined ? [`${summary.baselined} accepted by the baseline`] : []),
    ...(summary.suppressed ? [`${summary.suppressed} suppressed`] : [])
  ]
  return `${head}${diff} · ${checked}${hidden.length ? ` · ${hidden.join(', ')}` : ''}`
}

type Color = keyof typeof ANSI
export type Painter = (color: Color, text: string) => string

function painter(enabled: boolean): Painter {
  return enabled ? (color, text) => `${ANSI[color]}${text}${ANSI.reset}` : (_color, text) => text
}

function severityColor(severity: Severity): Color {
  return severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'blue'
}

function plural(count: number, singular: string, many = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : many}`
}

function oneLine(text: string): string {
  // Control characters from the checked documents must not drive the terminal.
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?')
}

function joinPrefix(prefix: string | undefined, file: string): string {
  if (!prefix || prefix === '.') return file
  return prefix.endsWith('/') ? `${prefix}${file}` : `${prefix}/${file}`
}
