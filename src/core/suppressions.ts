import type { Finding } from './findings.js'
import type { Range } from './model.js'
import type { DocumentText } from './repo/paged-text.js'
import { rawLinesOf, type RawLines } from './scan/lines.js'

/**
 * `<!-- planguard-disable-next-line RULE[, RULE] -- reason -->` silences the named rules on the next
 * non-blank line. The reason is mandatory: a suppression nobody can explain later is a finding.
 */
export interface Suppression {
  file: string
  /** The comment's own position. */
  range: Range
  ruleIds: string[]
  reason?: string
  /** The line whose findings it silences; undefined when nothing follows the comment. */
  targetLine?: number
}

export interface SuppressionProblem {
  file: string
  range: Range
  message: string
  /** Line-independent identity for the fingerprint. */
  entity: string
}

/** What every directive contains. */
const DIRECTIVE_WORD = 'planguard-disable'
/** Sticky: tested right after each `<!--`. */
const DIRECTIVE = /\s*planguard-disable-next-line\b/y
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** Every suppression comment in a document (code fences excluded: they are examples). */
export function findSuppressions(file: string, text: DocumentText): Suppression[] {
  // Almost no document holds one: a single search spares splitting it into lines (and a paged
  // document is searched as bytes, without decoding it).
  if (
    typeof text === 'string' ? !text.includes(DIRECTIVE_WORD) : !text.containsAscii(DIRECTIVE_WORD)
  )
    return []
  const lines = rawLinesOf(text)
  const found: Suppression[] = []
  let fence: string | undefined
  for (let index = 0; index < lines.count; index++) {
    const line = lines.at(index)
    const fenceMatch = FENCE.exec(line)
    if (fenceMatch) {
      const marker = fenceMatch[1] as string
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      continue
    }
    if (fence !== undefined || !line.includes(DIRECTIVE_WORD)) continue
    const targetLine = nextNonBlankLine(lines, index + 1)
    for (const comment of directiveComments(line)) {
      const column = comment.index + 1
      const { ruleIds, reason } = splitBody(comment.body)
      found.push({
        file,
        range: { line: index + 1, column, endLine: index + 1, endColumn: column + comment.length },
        ruleIds,
        ...(reason ? { reason } : {}),
        ...(targetLine !== undefined ? { targetLine } : {})
      })
    }
  }
  return found
}

/**
 * The directive comments of one line, `<!-- planguard-disable-next-line … -->`, with the text after
 * the directive as `body`. The directive is tested after every `<!--`, so one written inside
 * another comment still counts; `-->` is searched for only after a directive, which keeps a line
 * of thousands of unclosed `<!--` linear.
 */
function directiveComments(line: string): { index: number; length: number; body: string }[] {
  const comments: { index: number; length: number; body: string }[] = []
  let from = 0
  for (;;) {
    const open = line.indexOf('<!--', from)
    if (open < 0) break
    DIRECTIVE.lastIndex = open + 4
    if (!DIRECTIVE.test(line)) {
      from = open + 4
      continue
    }
    const bodyStart = DIRECTIVE.lastIndex
    const close = line.indexOf('-->', bodyStart)
    if (close < 0) break
    comments.push({ index: open, length: close + 3 - open, body: line.slice(bodyStart, close) })
    from = close + 3
  }
  return comments
}

function splitBody(body: string): { ruleIds: string[]; reason?: string } {
  const separator = body.search(/\s--(\s|$)/)
  const rulesText = separator < 0 ? body : body.slice(0, separator)
  const reason = separator < 0 ? undefined : body.slice(separator).replace(/^\s--/, '').trim()
  const ruleIds = rulesText
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean)
  return reason ? { ruleIds, reason } : { ruleIds }
}

/** 1-based number of the first non-blank line at or after the 0-based `from`. */
function nextNonBlankLine(lines: RawLines, from: number): number | undefined {
  for (let i = from; i < lines.count; i++) if (lines.at(i).trim() !== '') return i + 1
  return undefined
}

/** What is wrong with a suppression comment, if anything. */
export function validateSuppression(
  suppression: Suppression,
  knownRuleIds: ReadonlySet<string>
): SuppressionProblem[] {
  const problems: SuppressionProblem[] = []
  const at = { file: suppression.file, range: suppression.range }
  const named = suppression.ruleIds.join(',')
  if (suppression.ruleIds.length === 0) {
    problems.push({
      ...at,
      message: 'planguard-disable-next-line names no rule; write the rule ids to silence',
      entity: 'suppression:no-rule'
    })
  }
  for (const id of suppression.ruleIds) {
    if (!knownRuleIds.has(id)) {
      problems.push({
        ...at,
        message: `planguard-disable-next-line names unknown rule "${id}"`,
        entity: `suppression:unknown:${id}`
      })
    }
  }
  if (!suppression.reason) {
    problems.push({
      ...at,
      message: `planguard-disable-next-line ${named} has no reason; add " -- why" before "-->"`,
      entity: `suppression:no-reason:${named}`
    })
  }
  return problems
}

/** Splits findings into those still reported and those a suppression silences. */
export function applySuppressions<T extends Finding | Omit<Finding, 'fingerprint'>>(
  findings: readonly T[],
  suppressions: readonly Suppression[]
): { kept: T[]; suppressed: T[] } {
  const silenced = new Set<string>()
  for (const suppression of suppressions) {
    if (suppression.targetLine === undefined) continue
    for (const id of suppression.ruleIds)
      silenced.add(`${suppression.file}\0${suppression.targetLine}\0${id}`)
  }
  const kept: T[] = []
  const suppressed: T[] = []
  for (const finding of findings) {
    const key = `${finding.file}\0${finding.line}\0${finding.ruleId}`
    if (silenced.has(key)) suppressed.push(finding)
    else kept.push(finding)
  }
  return { kept, suppressed }
}
