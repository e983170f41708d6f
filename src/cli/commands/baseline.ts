import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createBaseline, serializeBaseline } from '../../core/baseline.js'
import { check } from '../../core/engine.js'
import { stringOption } from '../args.js'
import { writeFileAtomic } from '../output.js'
import { cliPath } from '../repository.js'
import { EXIT_OK, type CliCommand } from '../types.js'
import {
  CONFIG_OPTION,
  NOW_OPTION,
  outputOption,
  repositoryCheckOptions
} from '../common-options.js'

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
    output: outputOption(`Baseline file to write (default: ${DEFAULT_BASELINE_FILE} in DIR).`),
    config: CONFIG_OPTION,
    now: NOW_OPTION
  },
  maxPositionals: 1,
  async run({ positionals, values, io }) {
    const options = repositoryCheckOptions(io, positionals, values)
    const { root } = options
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
