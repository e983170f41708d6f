import { ruleOptions, type Rule } from './types.js'

const options = ruleOptions((z) => z.object({}).strict(), {})

export const taskStateVocabulary: Rule<typeof options> = {
  id: 'task-state-vocabulary',
  description:
    'Every task state marker is one of the configured states (`[ ]`, `[P]`, `[x]`, `[D]` by default).',
  defaultSeverity: 'error',
  docs: 'docs/rules/task-state-vocabulary.md',
  options,
  check(ctx) {
    const states = ctx.project.config.vocabulary.taskStates
    const known = [...states.open, ...states.partial, ...states.done].map((m) => `\`${m}\``)
    for (const plan of ctx.project.plans) {
      for (const task of plan.tasks) {
        if (task.state !== 'unknown') continue
        const marker = task.marker.trim()
        ctx.report({
          file: plan.file,
          range: task.markerRange,
          message:
            `Task \`${task.id}\` has state ${marker === '' ? 'left empty' : `\`${marker}\``}, which is not a ` +
            `known state (${known.join(', ')}); use one of them, or add the marker to ` +
            'vocabulary.taskStates in .github/planguard.yml',
          entity: `${plan.file}#task-${task.id}`
        })
      }
    }
  }
}
