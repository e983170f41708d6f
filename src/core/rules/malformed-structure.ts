import type { ParseProblem } from '../model.js'
import { ruleOptions, type Rule } from './types.js'

const options = ruleOptions((z) => z.object({}).strict().default({}), {})

/** What to do about each kind of problem, appended to the parser's description of it. */
const ADVICE: Record<ParseProblem['kind'], string> = {
  'leaked-diff-marker': 'Remove the stray diff marker so the line reads as Markdown again.',
  'unreadable-entry': 'Rewrite the heading as `## [ID] Title` so the entry is read.',
  'unreadable-attempt': 'Rewrite it as `* [YYYY-MM-DD] Attempt #N — label: text`.',
  'unreadable-task': 'Give the row a task id and a state marker such as `[ ]` or `[x]`.',
  'unreadable-phase': 'Rewrite the heading as `### Phase A — Title`.',
  'unreadable-date': 'Write the date as ISO 8601, e.g. `2025-10-17` or `2025-10-17T02:50Z`.',
  'binary-file': 'Replace it with the Markdown text it should contain.',
  'invalid-utf8': 'Re-save the file as UTF-8.',
  'file-too-large': 'Archive old entries to keep the file under the size limit.',
  'empty-file': 'Add its content or remove it from the configured files.',
  'too-deep': 'Flatten the nesting.',
  other: ''
}

/** A stable identity for a problem: its kind, entry and wording with numbers (lines) removed. */
function problemEntity(problem: ParseProblem): string {
  const wording = problem.message
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[^a-z#]+/g, '-')
    .slice(0, 60)
  return `problem:${problem.kind}:${problem.entryId ?? '-'}:${wording}`
}

/** Every ParseProblem of every ledger and plan, one finding each. */
export const malformedStructure: Rule<typeof options> = {
  id: 'malformed-structure',
  description: 'A ledger or plan contains text that looks like structure but cannot be read.',
  defaultSeverity: 'error',
  docs: 'docs/rules/malformed-structure.md',
  options,
  check({ project, report }) {
    for (const document of [...project.ledgers, ...project.plans]) {
      const seen = new Map<string, number>()
      for (const problem of document.problems) {
        const base = problemEntity(problem)
        const count = (seen.get(base) ?? 0) + 1
        seen.set(base, count)
        const advice = ADVICE[problem.kind] ?? ''
        const message = problem.message.trim()
        const alreadyAdvises = advice === '' || message.includes(advice)
        report({
          file: document.file,
          range: problem.range,
          entity: count > 1 ? `${base}~${count}` : base,
          message: alreadyAdvises ? message : `${message.replace(/\.?$/, '.')} ${advice}`,
          ...(problem.entryId ? { entryId: problem.entryId } : {})
        })
      }
    }
  }
}
