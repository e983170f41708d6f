import type { Task } from '../model.js'
import { ruleOptions, type Rule } from './types.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /** Compare ids ignoring letter case (`b2` and `B2` are the same task). */
        ignoreCase: z.boolean().default(true)
      })
      .strict(),
  { ignoreCase: true }
)

export const taskIdUnique: Rule<typeof options> = {
  id: 'task-id-unique',
  description: 'Task ids are unique within a plan, checklist sub-tables included.',
  defaultSeverity: 'error',
  docs: 'docs/rules/task-id-unique.md',
  options,
  check(ctx) {
    for (const plan of ctx.project.plans) {
      const firstById = new Map<string, Task>()
      const repeats = new Map<string, number>()
      for (const task of plan.tasks) {
        const id = task.id.trim()
        if (id === '') continue
        const key = ctx.options.ignoreCase ? id.toUpperCase() : id
        const first = firstById.get(key)
        if (!first) {
          firstById.set(key, task)
          continue
        }
        const count = (repeats.get(key) ?? 0) + 1
        repeats.set(key, count)
        ctx.report({
          file: plan.file,
          range: task.range,
          message:
            `Task id \`${id}\`${inPhase(task)} is already used by the task at line ${first.range.line}` +
            `${inPhase(first)} ("${shorten(first.description)}"); give this task its own id so ledger ` +
            'attempts and reviews can refer to it unambiguously',
          entity: `${plan.file}#task-${key}#repeat-${count}`
        })
      }
    }
  }
}

function inPhase(task: Task): string {
  return task.phaseId ? ` (Phase ${task.phaseId})` : ''
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean
}
