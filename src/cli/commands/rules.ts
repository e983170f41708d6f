import { engineRules } from '../../core/engine/engine-rules.js'
import { allRules } from '../../core/rules/index.js'
import type { RuleMeta } from '../../core/rules/types.js'
import { choiceOption } from '../args.js'
import { deliver } from '../output.js'
import { EXIT_OK, type CliCommand } from '../types.js'

/** Every rule id planguard can report: the registry's rules, then the engine's own ids. */
export function knownRules(): RuleMeta[] {
  const seen = new Set<string>()
  const rules: RuleMeta[] = []
  for (const rule of [...allRules, ...engineRules]) {
    if (seen.has(rule.id)) continue
    seen.add(rule.id)
    rules.push({
      id: rule.id,
      description: rule.description,
      defaultSeverity: rule.defaultSeverity,
      docs: rule.docs
    })
  }
  return rules
}

export const command: CliCommand = {
  name: 'rules',
  summary: 'List the rules with their default severity.',
  usage: 'rules [--format text|json]',
  options: {
    format: {
      type: 'string',
      short: 'f',
      valueName: 'FORMAT',
      description: 'text (default) or json.'
    }
  },
  maxPositionals: 0,
  async run({ values, io }) {
    const format = choiceOption(values, 'format', ['text', 'json'] as const, 'text')
    const rules = knownRules()
    if (format === 'json') {
      deliver(io, JSON.stringify({ version: 1, rules }, null, 2) + '\n', undefined)
      return EXIT_OK
    }
    const idWidth = Math.max(0, ...rules.map((rule) => rule.id.length))
    const lines = rules.map(
      (rule) => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}`
    )
    deliver(io, lines.join('\n') + '\n', undefined)
    return EXIT_OK
  }
}
