import type { CliCommand } from './types.js'

/** The `--help` text of one command: usage, summary, aligned options. */
export function commandHelp(command: CliCommand): string {
  const rows: [string, string][] = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}`
    const value = spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''
    return [flag + value, spec.description]
  })
  rows.push(['-h, --help', 'Show this help.'])
  const lines = [`Usage: planguard ${command.usage}`, '', command.summary, '', 'Options:']
  lines.push(...alignRows(rows))
  if (command.details) lines.push('', command.details.trimEnd())
  return lines.join('\n') + '\n'
}

/** The top-level help: the command list. */
export function mainHelp(commands: readonly { name: string; summary: string }[]): string {
  const lines = [
    'Usage: planguard <command> [options]',
    '',
    'Checks the planning ledgers of AI-agent development loops (docs/fix_plan.md, plans/active/*).',
    '',
    'Commands:',
    ...alignRows(commands.map((command) => [command.name, command.summary])),
    '',
    'Options:',
    ...alignRows([
      ['-h, --help', 'Show this help (or `planguard <command> --help`).'],
      ['-V, --version', 'Print the version.']
    ]),
    '',
    'Exit codes: 0 clean, 1 findings at error severity, 2 usage or configuration error.'
  ]
  return lines.join('\n') + '\n'
}

function alignRows(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`)
}
