import type { CliCommand } from '../types.js'

/**
 * Every command, loaded only when it runs: `check` must not pay for the GitHub client, remark or
 * the JSON-schema generator, so each module is a dynamic import (a separate chunk in the bundle).
 */
export interface CommandEntry {
  name: string
  summary: string
  load(): Promise<CliCommand>
}

export const commandTable: readonly CommandEntry[] = [
  {
    name: 'check',
    summary: 'Check the ledger, plans and evidence of a repository.',
    load: async () => (await import('./check.js')).command
  },
  {
    name: 'inspect',
    summary: 'Print the parsed model: entries, attempts, plans, tasks (text or JSON).',
    load: async () => (await import('./inspect.js')).command
  },
  {
    name: 'baseline',
    summary: 'Record the current findings as accepted, so that only new ones fail.',
    load: async () => (await import('./baseline.js')).command
  },
  {
    name: 'rules',
    summary: 'List the rules with their default severity.',
    load: async () => (await import('./rules.js')).command
  },
  {
    name: 'schema',
    summary: 'Print the JSON schema of .github/planguard.yml.',
    load: async () => (await import('./schema.js')).command
  },
  {
    name: 'review',
    summary: 'Show the pull-request review the Action would post.',
    load: async () => (await import('./review.js')).command
  },
  {
    name: 'mirror',
    summary: 'Show the tracking-issue body the Action would write.',
    load: async () => (await import('./mirror.js')).command
  }
]

export function findCommand(name: string): CommandEntry | undefined {
  return commandTable.find((entry) => entry.name === name)
}
