import type { LedgerEntry } from '../model.js'
import { ruleOptions, type Rule } from './types.js'
import { normaliseEntryId } from './util/ledger-ids.js'

const options = ruleOptions((z) => z.object({}).strict().default({}), {})

/**
 * Every `## [ID]` entry is defined once per ledger. `### [ID] Update` sub-headings folded into an
 * entry are not separate entries (the parser folds them), and ids written with look-alike hyphens
 * (`CLI‑FLAGS‑003`) count as the same id.
 */
export const entryIdUnique: Rule<typeof options> = {
  id: 'entry-id-unique',
  description: 'Each ledger entry id appears once per ledger.',
  defaultSeverity: 'error',
  docs: 'docs/rules/entry-id-unique.md',
  options,
  check({ project, report }) {
    for (const ledger of project.ledgers) {
      const firstById = new Map<string, LedgerEntry>()
      const occurrences = new Map<string, number>()
      for (const entry of ledger.entries) {
        if (entry.level === 0) continue
        const id = normaliseEntryId(entry.id)
        const count = (occurrences.get(id) ?? 0) + 1
        occurrences.set(id, count)
        const first = firstById.get(id)
        if (!first) {
          firstById.set(id, entry)
          continue
        }
        const spelling =
          entry.rawId !== first.rawId
            ? ` (written \`${entry.rawId}\` here, \`${first.rawId}\` there)`
            : ''
        report({
          file: ledger.file,
          range: entry.headingRange,
          entryId: first.id,
          entity: `${first.id}#duplicate-${count}`,
          message:
            `Entry [${first.id}] is defined again here; its first definition is at line ` +
            `${first.headingRange.line}${spelling}. Merge this entry's fields and attempts into the ` +
            `first one, or give it a new id if it is a different initiative.`
        })
      }
    }
  }
}
