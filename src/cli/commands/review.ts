import { check } from '../../core/engine.js'
import { PlanguardError } from '../../core/errors.js'
import { runGit } from '../../core/git.js'
import { parsePullRequestFiles } from '../../github/review/diff.js'
import { splitUnifiedDiff } from '../../github/review/local-diff.js'
import { planReview } from '../../github/review/plan.js'
import { renderInlineComment, renderReviewBody } from '../../github/review/render.js'
import { renderSummaryComment } from '../../github/review/summary.js'
import { booleanOption, countOption, stringOption } from '../args.js'
import { EXIT_OK, EXIT_USAGE, type CliCommand } from '../types.js'
import { CONFIG_OPTION, NOW_OPTION, repositoryCheckOptions } from '../common-options.js'

const DEFAULT_MAX_INLINE = 30

export const command: CliCommand = {
  name: 'review',
  summary: 'Show the pull-request review the Action would post (with --dry-run).',
  usage: 'review --base REF --dry-run [DIR] [options]',
  details:
    'Compares the working tree with where it branched from REF and prints, without a token and\n' +
    'without contacting GitHub, the review body, each inline comment (path:line and body) and the\n' +
    'summary comment the Action would post on a pull request from this branch.',
  options: {
    base: {
      type: 'string',
      valueName: 'REF',
      description: 'The branch or commit the pull request targets.'
    },
    'dry-run': {
      type: 'boolean',
      description: 'Print instead of posting (required: posting is the Action’s job).'
    },
    config: CONFIG_OPTION,
    now: NOW_OPTION,
    'max-inline-comments': {
      type: 'string',
      valueName: 'N',
      description: `Most inline comments (default ${DEFAULT_MAX_INLINE}).`
    }
  },
  maxPositionals: 1,
  async run({ positionals, values, io }) {
    if (!booleanOption(values, 'dry-run')) {
      io.stderr(
        'planguard review: only --dry-run is supported locally; the Action posts reviews.\n'
      )
      return EXIT_USAGE
    }
    const base = stringOption(values, 'base')
    if (!base) throw new PlanguardError('usage', 'review: --base REF is required')
    const options = repositoryCheckOptions(io, positionals, values)
    const { root } = options
    const result = await check({ ...options, base })
    const revision = result.baseRevision ?? base
    const diffText = (
      await runGit(root, [
        'diff',
        '--no-color',
        '--no-renames',
        '--no-ext-diff',
        '-U3',
        revision,
        '--'
      ])
    ).toString('utf8')
    const diffs = parsePullRequestFiles(splitUnifiedDiff(diffText))
    const introduced = result.introduced ?? []
    const plan = planReview({
      introduced,
      diffs,
      existingComments: [],
      existingReviewBodies: [],
      botLogin: 'planguard',
      maxInlineComments: countOption(values, 'max-inline-comments') ?? DEFAULT_MAX_INLINE
    })
    const out: string[] = []
    if (plan.inline.length === 0 && plan.listed.length === 0) {
      out.push('=== Review: none (no new findings) ===\n')
    } else {
      out.push('=== Review body ===\n', renderReviewBody(plan))
      for (const comment of plan.inline) {
        const where =
          comment.startLine === undefined
            ? `${comment.line}`
            : `${comment.startLine}-${comment.line}`
        out.push(
          `\n=== Inline comment ${comment.path}:${where} ===\n`,
          renderInlineComment(comment)
        )
      }
    }
    const summary = renderSummaryComment({
      findings: result.findings,
      introduced,
      fixed: result.fixed ?? [],
      ledgers: result.project.ledgers,
      plans: result.project.plans,
      diffs
    })
    out.push('\n=== Summary comment ===\n', summary)
    io.stdout(out.join(''))
    return EXIT_OK
  }
}
