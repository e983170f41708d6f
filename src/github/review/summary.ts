import type { RootContent } from 'mdast'
import type { Finding } from '../../core/findings.js'
import type { LedgerDocument, LedgerEntry, PlanDocument } from '../../core/model.js'
import { html, heading, paragraph, plain, stringify, table, text, code } from '../markdown.js'
import { SUMMARY_MARKER } from '../markers.js'
import { entryProgress, formatProgress } from '../progress.js'
import type { FileDiff } from './diff.js'

/**
 * The one summary comment planguard keeps on a pull request: counts per rule (new vs already
 * present before the pull request) and the plan progress of the ledger entries it touches.
 */

export interface SummaryInput {
  findings: readonly Finding[]
  introduced: readonly Finding[]
  fixed: readonly Finding[]
  ledgers: readonly LedgerDocument[]
  plans: readonly PlanDocument[]
  diffs: ReadonlyMap<string, FileDiff>
}

interface RuleCount {
  ruleId: string
  introduced: number
  existing: number
  fixed: number
}

export function countByRule(
  input: Pick<SummaryInput, 'findings' | 'introduced' | 'fixed'>
): RuleCount[] {
  const counts = new Map<string, RuleCount>()
  const entry = (ruleId: string) => {
    let count = counts.get(ruleId)
    if (!count) counts.set(ruleId, (count = { ruleId, introduced: 0, existing: 0, fixed: 0 }))
    return count
  }
  const introduced = new Set(input.introduced.map((f) => f.fingerprint))
  for (const finding of input.findings) {
    if (introduced.has(finding.fingerprint)) entry(finding.ruleId).introduced += 1
    else entry(finding.ruleId).existing += 1
  }
  for (const finding of input.fixed) entry(finding.ruleId).fixed += 1
  return [...counts.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId))
}

/** Entries whose text the pull request changed, or whose plan file it changed. */
export function touchedEntries(
  input: Pick<SummaryInput, 'ledgers' | 'plans' | 'diffs'>
): LedgerEntry[] {
  const touched: LedgerEntry[] = []
  const changedPlans = new Set(
    input.plans.filter((p) => input.diffs.has(p.file)).map((p) => p.file)
  )
  for (const ledger of input.ledgers) {
    const diff = input.diffs.get(ledger.file)
    for (const entry of ledger.entries) {
      const { line, endLine } = entry.range
      const textChanged =
        diff !== undefined && [...diff.added].some((l) => l >= line && l <= endLine)
      const planChanged = entry.plans.some((link) =>
        [...changedPlans].some(
          (file) => file === link.path || file.startsWith(link.path.replace(/\/?$/, '/'))
        )
      )
      if (textChanged || planChanged) touched.push(entry)
    }
  }
  return touched
}

export function renderSummaryComment(input: SummaryInput): string {
  const counts = countByRule(input)
  const introduced = input.introduced.length
  const existing = counts.reduce((n, c) => n + c.existing, 0)
  const blocks: RootContent[] = [
    html(SUMMARY_MARKER),
    heading(3, plain('planguard')),
    paragraph(
      plain(
        `${introduced} new finding${introduced === 1 ? '' : 's'}, ${existing} already present before this pull request, ` +
          `${input.fixed.length} fixed.`
      )
    )
  ]
  if (counts.length > 0) {
    blocks.push(
      table(
        ['Rule', 'New', 'Pre-existing', 'Fixed'],
        counts.map((c) => [
          [code(c.ruleId)],
          [plain(String(c.introduced))],
          [plain(String(c.existing))],
          [plain(String(c.fixed))]
        ])
      )
    )
  }
  const entries = touchedEntries(input)
  if (entries.length > 0) {
    blocks.push(paragraph(plain('Plan progress of the entries this pull request touches:')))
    blocks.push(
      table(
        ['Entry', 'Status', 'Progress (done/total per phase)'],
        entries.map((e) => [
          [code(e.id)],
          [text(e.status?.value ?? '—')],
          [text(formatProgress(entryProgress(e, input.plans)))]
        ])
      )
    )
  }
  return stringify(blocks)
}
