import { ruleOptions, type Rule } from './types.js'
import { checkVocabulary } from './util/ledger-vocabulary-check.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /** Accept `HIGH` or `high` for `High`. Off by default: one spelling keeps the index sortable. */
        ignoreCase: z.boolean().default(false)
      })
      .strict()
      .default({ ignoreCase: false }),
  { ignoreCase: false }
)

/** The first word of every Priority is one of `vocabulary.priority`. */
export const priorityVocabulary: Rule<typeof options> = {
  id: 'priority-vocabulary',
  description: 'Each entry Priority starts with a word from the configured priority vocabulary.',
  defaultSeverity: 'error',
  docs: 'docs/rules/priority-vocabulary.md',
  options,
  check({ project, options: { ignoreCase }, report }) {
    checkVocabulary(
      project,
      {
        ruleId: 'priority-vocabulary',
        fieldName: 'Priority',
        key: 'priority',
        allowed: project.config.vocabulary.priority,
        ignoreCase
      },
      report
    )
  }
}
