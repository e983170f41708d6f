import { loadConfig } from '../../core/config/load.js'
import { loadProject } from '../../core/engine.js'
import { headCommitDate } from '../../core/git.js'
import { renderInspectJson, renderInspectText } from '../../core/report/inspect.js'
import { DiskRepoFS } from '../../core/repo/disk.js'
import { choiceOption, stringOption } from '../args.js'
import { deliver } from '../output.js'
import { EXIT_OK, type CliCommand } from '../types.js'
import {
  CONFIG_OPTION,
  NOW_OPTION,
  outputOption,
  repositoryCheckOptions
} from '../common-options.js'

export const command: CliCommand = {
  name: 'inspect',
  summary: 'Print the parsed model: entries, attempts, plans, tasks (text or JSON).',
  usage: 'inspect [DIR] [--format text|json] [options]',
  details:
    'Shows what planguard read: useful to see how a ledger dialect was understood before writing configuration.',
  options: {
    format: {
      type: 'string',
      short: 'f',
      valueName: 'FORMAT',
      description: 'text (an outline, default) or json (documented in docs/output.md).'
    },
    config: CONFIG_OPTION,
    now: NOW_OPTION,
    output: outputOption('Write to FILE (atomically) instead of stdout.')
  },
  maxPositionals: 1,
  async run({ positionals, values, io }) {
    const format = choiceOption(values, 'format', ['text', 'json'] as const, 'text')
    const { root, configPath, now: given } = repositoryCheckOptions(io, positionals, values)
    const fs = new DiskRepoFS(root)
    const { config } = await loadConfig({ root, fs, ...(configPath ? { path: configPath } : {}) })
    const now = given ?? (await headCommitDate(root)) ?? new Date()
    const { project } = loadProject(fs, config, now)
    const text = format === 'json' ? renderInspectJson(project) : renderInspectText(project)
    deliver(io, text, stringOption(values, 'output'))
    return EXIT_OK
  }
}
