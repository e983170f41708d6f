import type { CheckOptions } from '../core/engine.js'
import { dateOption, stringOption } from './args.js'
import { cliPath, repositoryRoot } from './repository.js'
import type { CliIO, OptionSpec, OptionValues } from './types.js'

/** `--config FILE`, accepted by every command that reads a repository. */
export const CONFIG_OPTION: OptionSpec = {
  type: 'string',
  short: 'c',
  valueName: 'FILE',
  description: 'Configuration file (default: .github/planguard.yml in DIR).'
}

/** `--now ISO`, the instant date rules compare against. */
export const NOW_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'ISO',
  description: '"Now" for date rules (default: the HEAD commit date, else the clock).'
}

/** `--output FILE`, written atomically; `what` says what is written. */
export function outputOption(description: string): OptionSpec {
  return { type: 'string', short: 'o', valueName: 'FILE', description }
}

/**
 * The engine options every repository command takes from its command line: DIR (first
 * positional), `--config` and `--now`, with paths resolved from the current folder.
 */
export function repositoryCheckOptions(
  io: CliIO,
  positionals: readonly string[],
  values: OptionValues
): CheckOptions {
  const options: CheckOptions = { root: repositoryRoot(io, positionals[0]) }
  const configPath = cliPath(io, stringOption(values, 'config'))
  if (configPath !== undefined) options.configPath = configPath
  const now = dateOption(values, 'now')
  if (now !== undefined) options.now = now
  return options
}
