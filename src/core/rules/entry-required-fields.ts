import type { LedgerEntry, LedgerField } from '../model.js'
import { ruleOptions, type Rule } from './types.js'
import { fieldDisplayName } from './util/ledger-fields.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /** Canonical field keys every `## [ID]` entry must have. */
        fields: z.array(z.string()).default(['status', 'priority']),
        /**
         * Keys a single-focus ledger (one initiative per document, `## Status` sections) must have:
         * that variant has no per-entry Priority.
         */
        singleFocusFields: z.array(z.string()).default(['status'])
      })
      .strict()
      .default({ fields: ['status', 'priority'], singleFocusFields: ['status'] }),
  { fields: ['status', 'priority'], singleFocusFields: ['status'] }
)

/** A field counts as present when it is written, and as empty when it has nothing after it. */
function findField(entry: LedgerEntry, key: string): { present: boolean; field?: LedgerField } {
  const field = entry.fields.find((candidate) => candidate.key === key)
  if (field) return { present: true, field }
  if (key === 'status' && entry.status) return { present: true }
  if (key === 'priority' && entry.priority) return { present: true }
  if (key === 'attempts' && entry.attempts.some((attempt) => attempt.inHistory))
    return { present: true }
  if (key === 'exit-criteria' && entry.exitCriteria) return { present: true }
  if (key === 'plan' && entry.plans.length > 0) return { present: true }
  return { present: false }
}

/** Status and Priority may be read from elsewhere than the inline value (a `## Status` section). */
function modelHasValue(entry: LedgerEntry, key: string): boolean {
  const value = key === 'status' ? entry.status : key === 'priority' ? entry.priority : undefined
  return (value?.value.trim() ?? '') !== ''
}

function isEmpty(field: LedgerField): boolean {
  return (
    field.value.trim() === '' &&
    field.items.length === 0 &&
    field.range.endLine === field.range.line
  )
}

export const entryRequiredFields: Rule<typeof options> = {
  id: 'entry-required-fields',
  description: 'Each ledger entry has the configured fields (by default Status and Priority).',
  defaultSeverity: 'warning',
  docs: 'docs/rules/entry-required-fields.md',
  options,
  check({ project, options: { fields, singleFocusFields }, report }) {
    for (const ledger of project.ledgers) {
      for (const entry of ledger.entries) {
        const required = entry.level === 0 ? singleFocusFields : fields
        for (const key of required) {
          const { present, field } = findField(entry, key)
          if (!present) {
            const name = fieldDisplayName(key)
            const where =
              entry.level === 0
                ? `This document has no ${name}; add a \`## ${name}\` section`
                : `Entry [${entry.id}] has no ${name} field; add a \`- ${name}: …\` line below its heading`
            report({
              file: ledger.file,
              range: entry.headingRange,
              entryId: entry.id,
              entity: `${entry.id}#field-${key}`,
              message: `${where} (required by entry-required-fields).`
            })
          } else if (field && isEmpty(field) && !modelHasValue(entry, key)) {
            report({
              file: ledger.file,
              range: field.range,
              entryId: entry.id,
              entity: `${entry.id}#field-${key}`,
              message: `The ${field.name} field of entry [${entry.id}] is empty; write its value after the colon.`
            })
          }
        }
      }
    }
  }
}
