import { z } from 'zod'
import type { Rule } from './types.js'
import { attemptKeys, describeAttemptStart } from './util/ledger-attempts.js'
import { normaliseEntryId } from './util/ledger-ids.js'

const options = z.object({}).strict().default({})

/**
 * Attempts belong in their entry's Attempts History: a dated attempt written under another field
 * is easy to miss, and an attempt heading naming another entry was filed under the wrong one.
 * Only ids of entries that exist in the ledger count, so headings naming a task (`seed S3`) or a
 * phase of the entry itself (`ID.F1`) are not reported.
 */
export const attemptMisfiled: Rule<typeof options> = {
  id: 'attempt-misfiled',
  description: "An attempt sits outside its entry's Attempts History or under another entry.",
  defaultSeverity: 'warning',
  docs: 'docs/rules/attempt-misfiled.md',
  options,
  check({ project, report }) {
    for (const ledger of project.ledgers) {
      const entryLines = new Map<string, number>()
      for (const entry of ledger.entries) {
        const id = normaliseEntryId(entry.id)
        if (!entryLines.has(id)) entryLines.set(id, entry.headingRange.line)
      }
      for (const entry of ledger.entries) {
        const keys = attemptKeys(entry)
        const historyField = entry.fields.find((field) => field.key === 'attempts')
        for (const attempt of entry.attempts) {
          const key = keys.get(attempt) ?? 'attempt'
          const base = { file: ledger.file, range: attempt.headerRange, entryId: entry.id }
          const named = attempt.namedEntryId ? normaliseEntryId(attempt.namedEntryId) : undefined
          const namedLine = named !== undefined ? entryLines.get(named) : undefined
          if (
            named !== undefined &&
            namedLine !== undefined &&
            named !== normaliseEntryId(entry.id)
          ) {
            report({
              ...base,
              entity: `${entry.id}#${key}#misfiled-entry`,
              message:
                `${describeAttemptStart(attempt)} names entry [${attempt.namedEntryId}] but is filed under ` +
                `[${entry.id}]. Move it to the Attempts History of [${attempt.namedEntryId}] (line ${namedLine}).`
            })
            continue
          }
          if (attempt.inHistory || !attempt.date) continue
          const target = historyField
            ? `the Attempts History at line ${historyField.range.line}`
            : 'a `- Attempts History:` field (the entry has none yet)'
          report({
            ...base,
            entity: `${entry.id}#${key}#misfiled`,
            message:
              `${describeAttemptStart(attempt)} of entry [${entry.id}] sits outside the entry's ` +
              `Attempts History, where readers and tools look for it. Move it into ${target}.`
          })
        }
      }
    }
  }
}
