import type { PlanLink } from '../../model.js'

/**
 * Plan paths cited in a plan field's text: backticked spans first, else bare tokens. A token is a
 * plan path when it names a Markdown file or a folder under `plans/`; line suffixes (`:12`),
 * section marks (`§3`), `./` and trailing punctuation are dropped.
 */
export function findPlanLinks(text: string, line: number, column: number): PlanLink[] {
  const links: PlanLink[] = []
  const quoted = backtickSpans(text)
  const candidates = quoted.length > 0 ? quoted : bareTokens(text)
  for (const { raw, index } of candidates) {
    const path = cleanPlanPath(raw)
    if (path === undefined) continue
    links.push({
      raw,
      path,
      range: { line, column: column + index, endLine: line, endColumn: column + index + raw.length }
    })
  }
  return links
}

interface Token {
  raw: string
  index: number
}

function backtickSpans(text: string): Token[] {
  const spans: Token[] = []
  let index = text.indexOf('`')
  while (index >= 0) {
    const close = text.indexOf('`', index + 1)
    if (close < 0) break
    spans.push({ raw: text.slice(index + 1, close), index: index + 1 })
    index = text.indexOf('`', close + 1)
  }
  return spans
}

function bareTokens(text: string): Token[] {
  const tokens: Token[] = []
  const pattern = /[^\s`()[\]<>"',;]+/g
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    tokens.push({ raw: match[0], index: match.index })
  }
  return tokens
}

function cleanPlanPath(raw: string): string | undefined {
  let path = raw.trim()
  if (path.startsWith('./')) path = path.slice(2)
  const section = path.indexOf('§')
  if (section >= 0) path = path.slice(0, section).trimEnd()
  path = trimTrailing(path, '.,;:)')
  path = withoutLineSuffix(path)
  if (path.length === 0 || /\s/.test(path) || path.includes('://')) return undefined
  const isMarkdown = path.toLowerCase().endsWith('.md')
  const underPlans = path.startsWith('plans/') || path.includes('/plans/')
  if (!isMarkdown && !underPlans) return undefined
  if (!path.includes('/') && !isMarkdown) return undefined
  return path
}

/** Drops trailing characters from `chars` (a loop: a `[…]+$` regex is quadratic on long runs). */
function trimTrailing(text: string, chars: string): string {
  let end = text.length
  while (end > 0 && chars.includes(text[end - 1] ?? '')) end -= 1
  return text.slice(0, end)
}

/** `plan.md:12` / `plan.md:12-40` → `plan.md`. */
function withoutLineSuffix(path: string): string {
  const colon = path.lastIndexOf(':')
  if (colon <= 0) return path
  return /^\d+(?:[-–]\d+)?$/.test(path.slice(colon + 1)) ? path.slice(0, colon) : path
}
