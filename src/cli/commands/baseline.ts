import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createBaseline, serializeBaseline } from '../../core/baseline.js'
import { check, type CheckOptions } from '../../core/engine.js'
import { dateOption, stringOption } from '../args.js'
import { writeFileAtomic } from '../output.js'
import { cliPath, repositoryRoot } from '../repository.js'
import { EXIT_OK, type CliCommand } from '../types.js'

export const DEFAULT_BASELINE_FILE = '.github/planguard-baseline.json'

export const command: CliCommand = {
  name: 'baseline',
  summary: 'Record the current findings as accepted, so that only new ones fail.',
  usage: 'baseline [DIR] [--output FILE] [options]',
  details: [
    `Writes ${DEFAULT_BASELINE_FILE} in DIR (or --output FILE). Then run`,
    `\`planguard check --baseline ${DEFAULT_BASELINE_FILE}\` to report only findings not in it.`,
    'Findings are matched by fingerprint, so moving text does not bring them back.'
  ].join('\n'),
  options: {
    output: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: `Baseline file to write (default: ${DEFAULT_BASELINE_FILE} in DIR).`
    },
    config: {
      type: 'string',
      short: 'c',
      valueName: 'FILE',
      description: 'Configuration file (default: .github/planguard.yml in DIR).'
    },
    now: {
      type: 'string',
      valueName: 'ISO',
      description: '"Now" for date rules (default: the HEAD commit date, else the clock).'
    }
  },
  maxPositionals: 1,
  async run({ positionals, values, io }) {
    const root = repositoryRoot(io, positionals[0])
    const options: CheckOptions = { root }
    const configPath = cliPath(io, stringOption(values, 'config'))
    if (configPath !== undefined) options.configPath = configPath
    const now = dateOption(values, 'now')
    if (now !== undefined) options.now = now
    const result = await check(options)
    const target = cliPath(io, stringOption(values, 'output')) ?? join(root, DEFAULT_BASELINE_FILE)
    const baseline = createBaseline(result.findings)
    mkdirSync(dirname(target), { recursive: true })
    writeFileAtomic(target, serializeBaseline(baseline))
    const count = baseline.findings.length
    io.stderr(`planguard: ${count} finding${count === 1 ? '' : 's'} accepted in ${target}\n`)
    return EXIT_OK
  }
}
