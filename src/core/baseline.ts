import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { errorMessage, formatLocation, PlanguardError } from './errors.js'
import type { Finding } from './findings.js'
import { splitRawLines } from './scan/lines.js'
import { writeFailureReason, writeFileAtomic } from './write-atomic.js'

/**
 * Accepted findings: a JSON file listing what a repository has decided to live with for now.
 * Findings whose fingerprint is in the baseline are not reported.
 */
const baselineEntrySchema = z.object({
  ruleId: z.string(),
  file: z.string(),
  fingerprint: z.string().min(1),
  message: z.string()
})

const baselineSchema = z.object({
  version: z.literal(1),
  findings: z.array(baselineEntrySchema)
})

export type BaselineEntry = z.output<typeof baselineEntrySchema>
export type Baseline = z.output<typeof baselineSchema>

/** The baseline of a set of findings, sorted so that the file diffs well. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings.map(({ ruleId, file, fingerprint, message }) => ({
    ruleId,
    file,
    fingerprint,
    message
  }))
  entries.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.fingerprint, b.fingerprint)
  )
  return { version: 1, findings: dedupe(entries) }
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`
}

export function writeBaseline(path: string, findings: readonly Finding[]): Baseline {
  const baseline = createBaseline(findings)
  try {
    writeFileAtomic(path, serializeBaseline(baseline))
  } catch (error) {
    throw new PlanguardError('io', `cannot write baseline ${path}: ${writeFailureReason(error)}`, {
      file: path,
      cause: error
    })
  }
  return baseline
}

export function parseBaseline(text: string, file: string): Baseline {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const message = errorMessage(error)
    const { line, column } = jsonErrorPosition(text, message)
    throw new PlanguardError(
      'config',
      `${formatLocation(file, line, column)}: baseline is not valid JSON: ${message}`,
      { file, line, column }
    )
  }
  const result = baselineSchema.safeParse(json)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.length ? issue.path.join('.') : 'document'
    throw new PlanguardError(
      'config',
      `${file}: not a planguard baseline (version 1): ${where}: ${issue?.message ?? 'invalid'}`,
      { file }
    )
  }
  return result.data
}

/**
 * Where JSON.parse stopped, as a 1-based line and column: from `at position N` (Node 20) or
 * `(line L column C)` (later Node versions); the end of the text when it ran out.
 */
function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const explicit = /\(line (\d+) column (\d+)\)/.exec(message)
  if (explicit) return { line: Number(explicit[1]), column: Number(explicit[2]) }
  const position = /at position (\d+)/.exec(message)
  const offset = position ? Math.min(Number(position[1]), text.length) : text.length
  const before = splitRawLines(text.slice(0, offset))
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }
}

export function loadBaseline(path: string): Baseline {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new PlanguardError('io', `cannot read baseline ${path}: ${errorMessage(error)}`, {
      file: path,
      cause: error
    })
  }
  return parseBaseline(text, path)
}

/** Splits findings into those still reported and those the baseline accepts. */
export function applyBaseline<T extends Finding>(
  findings: readonly T[],
  baseline: Baseline
): { kept: T[]; baselined: T[] } {
  const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint))
  const kept: T[] = []
  const baselined: T[] = []
  for (const finding of findings)
    (accepted.has(finding.fingerprint) ? baselined : kept).push(finding)
  return { kept, baselined }
}

function dedupe(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.filter((entry, i) => i === 0 || entries[i - 1]?.fingerprint !== entry.fingerprint)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
