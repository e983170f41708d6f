import { ruleOptions, type Rule } from './types.js'
import { checkVocabulary } from './util/ledger-vocabulary-check.js'

const options = ruleOptions((z) => z.object({}).strict().default({}), {})

/** The first word of every Status is one of `vocabulary.status`, compared case-insensitively. */
export const statusVocabulary: Rule<typeof options> = {
  id: 'status-vocabulary',
  description: 'Each entry Status starts with a word from the configured status vocabulary.',
  defaultSeverity: 'error',
  docs: 'docs/rules/status-vocabulary.md',
  options,
  check({ project, report }) {
    checkVocabulary(
      project,
      {
        ruleId: 'status-vocabulary',
        fieldName: 'Status',
        key: 'status',
        allowed: project.config.vocabulary.status,
        ignoreCase: true
      },
      report
    )
  }
}
