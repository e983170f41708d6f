import picomatch from 'picomatch'
import { z } from 'zod'
import type { Rule, RuleContext } from './types.js'
import { collectCitations, type Citation } from './util/evidence-citations.js'
import { NearbyPaths, stripSlash } from './util/evidence-nearby.js'

const options = z
  .object({
    /** Globs of cited paths never checked (repository-relative). */
    ignore: z.array(z.string()).default([]),
    /** Report cited paths that are excluded by .gitignore (and so never committed). */
    reportIgnored: z.boolean().default(true),
    /** Plan references to check: inside done tasks only, everywhere, or none. */
    plans: z.enum(['done-tasks', 'all', 'none']).default('done-tasks'),
    /** Skip references in "Next:" sections, pending exit criteria and open tasks. */
    skipFuture: z.boolean().default(true)
  })
  .strict()

type Options = z.output<typeof options>

/** One missing thing to report for one citing place. */
interface Problem {
  /** The path or folder reported (folders end with `/`). */
  subject: string
  /** Cited paths the problem covers (more than one when a whole folder is missing). */
  covered: string[]
  /** The shortest missing prefix when it is a folder above the cited file. */
  missingFolder?: string
  ignored: boolean
  present: boolean
}

export const artifactExists: Rule<typeof options> = {
  id: 'artifact-exists',
  description: 'Every path cited as evidence exists in the repository and is committed.',
  defaultSeverity: 'error',
  docs: 'docs/rules/artifact-exists.md',
  options,
  check(ctx) {
    const { project } = ctx
    const nearby = new NearbyPaths(project.fs)
    const skip =
      ctx.options.ignore.length > 0 ? picomatch(ctx.options.ignore, { dot: true }) : undefined
    const reported = new Set<string>()
    for (const citation of collectCitations(project, { plans: ctx.options.plans })) {
      if (ctx.options.skipFuture && citation.future) continue
      const paths = citation.ref.paths
        .filter((p) => p.kind === 'path')
        .map((p) => p.path)
        .filter((p) => stripSlash(p) !== '' && !(skip?.(stripSlash(p)) ?? false))
      for (const problem of problemsOf(
        paths,
        nearby,
        ctx.options,
        project.fs.isIgnored.bind(project.fs)
      )) {
        const key = `${citation.citerKey}|${problem.subject}`
        if (reported.has(key)) continue
        reported.add(key)
        report(ctx, citation, problem, nearby)
      }
    }
  }
}

/** Missing or uncommitted paths of one reference, a wholly missing folder reported once. */
function problemsOf(
  paths: string[],
  nearby: NearbyPaths,
  opts: Options,
  isIgnored: (path: string) => boolean
): Problem[] {
  const byFolder = new Map<string, string[]>()
  const problems: Problem[] = []
  for (const path of paths) {
    const ignored = isIgnored(stripSlash(path))
    if (ignored && !opts.reportIgnored) continue
    const present = nearby.stat(path) !== undefined
    if (present) {
      if (ignored) problems.push({ subject: path, covered: [path], ignored, present })
      continue
    }
    const missing = nearby.missingPrefix(path) ?? stripSlash(path)
    if (missing === stripSlash(path)) {
      problems.push({ subject: path, covered: [path], ignored, present })
    } else {
      byFolder.set(missing, [...(byFolder.get(missing) ?? []), path])
    }
  }
  for (const [folder, covered] of byFolder) {
    const ignored = covered.some((p) => isIgnored(stripSlash(p)))
    problems.push(
      covered.length === 1
        ? { subject: covered[0] as string, covered, missingFolder: folder, ignored, present: false }
        : { subject: `${folder}/`, covered, ignored, present: false }
    )
  }
  return problems
}

function report(
  ctx: RuleContext<Options>,
  citation: Citation,
  problem: Problem,
  nearby: NearbyPaths
): void {
  const cited = `\`${problem.subject}\` cited by ${citation.citerName}`
  let message: string
  if (problem.present) {
    message = `${cited} is not committed (ignored by .gitignore); commit it with \`git add -f\` or cite evidence that is tracked`
  } else {
    const detail =
      problem.covered.length > 1
        ? ` (${problem.covered.length} cited paths under it, e.g. \`${problem.covered[0]}\`)`
        : problem.missingFolder
          ? ` (there is no folder \`${problem.missingFolder}/\`)`
          : ''
    const ignoredNote = problem.ignored
      ? '; its location is ignored by .gitignore, so it would not be committed either'
      : ''
    const suggestion = nearby.suggest(problem.subject)
    const hint = suggestion
      ? `; did you mean \`${suggestion}${problem.subject.endsWith('/') && !suggestion.endsWith('/') ? '/' : ''}\`?`
      : '; commit the evidence or correct the path'
    message = `${cited} does not exist${detail}${ignoredNote}${hint}`
  }
  ctx.report({
    file: citation.file,
    range: citation.ref.range,
    message,
    entity: `path:${stripSlash(problem.subject)}@${citation.citerKey}`,
    ...(citation.entryId !== undefined ? { entryId: citation.entryId } : {})
  })
}
