import { check } from '../../core/engine.js'
import { reportOf } from '../../core/report/from-result.js'
import { renderCheckJson } from '../../core/report/json.js'
import { renderSarif } from '../../core/report/sarif.js'
import { renderText, type TextOptions } from '../../core/report/text.js'
import type { CheckReport } from '../../core/report/types.js'
import { choiceOption, countOption, stringOption } from '../args.js'
import { deliver } from '../output.js'
import { cliPath, displayPrefix } from '../repository.js'
import { EXIT_FINDINGS, EXIT_OK, type CliCommand } from '../types.js'
import {
  CONFIG_OPTION,
  NOW_OPTION,
  outputOption,
  repositoryCheckOptions
} from '../common-options.js'
import { knownRules } from './rules.js'

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const
export type CheckFormat = (typeof CHECK_FORMATS)[number]

export const command: CliCommand = {
  name: 'check',
  summary: 'Check the ledger, plans and evidence of a repository.',
  usage: 'check [DIR] [options]',
  details: [
    'DIR is the repository root (default: the current folder).',
    'With --base, only the findings the change introduced since REF are reported and decide the',
    'exit code; the summary also counts the findings it fixed.',
    'Exit codes: 0 clean, 1 findings at error severity (or more warnings than --max-warnings),',
    '2 usage or configuration error.'
  ].join('\n'),
  options: {
    base: {
      type: 'string',
      valueName: 'REF',
      description: 'Diff mode: report only findings introduced since REF (e.g. origin/main).'
    },
    format: {
      type: 'string',
      short: 'f',
      valueName: 'FORMAT',
      description: 'text (default), json or sarif.'
    },
    config: CONFIG_OPTION,
    now: NOW_OPTION,
    baseline: {
      type: 'string',
      valueName: 'FILE',
      description: 'Do not report the findings accepted in FILE (see `planguard baseline`).'
    },
    output: outputOption('Write the report to FILE (atomically) instead of stdout.'),
    'max-warnings': {
      type: 'string',
      valueName: 'N',
      description: 'Exit 1 when there are more than N warnings.'
    }
  },
  maxPositionals: 1,
  async run({ positionals, values, io }) {
    const format = choiceOption(values, 'format', CHECK_FORMATS, 'text')
    const maxWarnings = countOption(values, 'max-warnings')
    const options = repositoryCheckOptions(io, positionals, values)
    const { root } = options
    const baseline = cliPath(io, stringOption(values, 'baseline'))
    if (baseline !== undefined) options.baseline = baseline
    const base = stringOption(values, 'base')
    if (base !== undefined) options.base = base

    const result = await check(options)
    const report = reportOf(result, base)
    const output = stringOption(values, 'output')
    const toTerminal = (output === undefined || output === '-') && io.stdoutIsTTY
    const color = toTerminal && !io.env.NO_COLOR
    const uriPrefix = format === 'sarif' ? await gitPrefix(root) : ''
    const rendered = renderReport(report, format, {
      text: { color, pathPrefix: displayPrefix(io, root) },
      uriPrefix
    })
    deliver(io, rendered, output)
    return exitCode(report, maxWarnings)
  }
}

interface RenderOptions {
  text: TextOptions
  /** SARIF only: where the repository sits inside its git work tree. */
  uriPrefix: string
}

function renderReport(report: CheckReport, format: CheckFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderCheckJson(report)
    case 'sarif':
      return renderSarif(report, { rules: knownRules(), uriPrefix: options.uriPrefix })
    case 'text':
      return renderText(report, options.text)
  }
}

/** `examples/demo/` when DIR is that folder of a git work tree; empty at the top or outside git. */
async function gitPrefix(root: string): Promise<string> {
  // Only SARIF needs git here: the module (and node:child_process) loads on demand.
  const { runGit } = await import('../../core/git.js')
  try {
    return (await runGit(root, ['rev-parse', '--show-prefix'])).toString('utf8').trim()
  } catch {
    return ''
  }
}

function exitCode(report: CheckReport, maxWarnings: number | undefined): number {
  if (report.summary.errors > 0) return EXIT_FINDINGS
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) return EXIT_FINDINGS
  return EXIT_OK
}
