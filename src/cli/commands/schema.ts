import { configJsonSchema } from '../../core/config/json-schema.js'
import { stringOption } from '../args.js'
import { deliver } from '../output.js'
import { EXIT_OK, type CliCommand } from '../types.js'

export const command: CliCommand = {
  name: 'schema',
  summary: 'Print the JSON schema of .github/planguard.yml.',
  usage: 'schema [--output FILE]',
  details:
    'Point an editor at it for completion, e.g. `# yaml-language-server: $schema=planguard.schema.json`.',
  options: {
    output: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: 'Write to FILE (atomically) instead of stdout.'
    }
  },
  maxPositionals: 0,
  async run({ values, io }) {
    deliver(io, JSON.stringify(configJsonSchema(), null, 2) + '\n', stringOption(values, 'output'))
    return EXIT_OK
  }
}
