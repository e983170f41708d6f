import picomatch from 'picomatch'
import type { ArtifactRef } from '../model.js'
import { ruleOptions, type OptionsOf, type Rule, type RuleContext } from './types.js'
import { collectCitations, type Citation } from './util/evidence-citations.js'
import { NearbyPaths, stripSlash } from './util/evidence-nearby.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /** Globs of cited paths never checked (repository-relative). */
        ignore: z.array(z.string()).default([]),
        /** Report cited paths that are excluded by .gitignore (and so never committed). */
        reportIgnored: z.boolean().default(true),
        /** Plan references to check: inside done tasks only, everywhere, or none. */
        plans: z.enum(['done-tasks', 'all', 'none']).default('done-tasks'),
        /** Skip references in "Next:" sections, pending exit criteria and open tasks. */
        skipFuture: z.boolean().default(true),
        /**
         * Accept `reports/<ts>/…` written relative to the initiative's plan folder
         * (`plans/active/<ID>/reports/<ts>/…`), the convention's shorthand.
         */
        relativeToPlanFolder: z.boolean().default(true)
      })
      .strict(),
  {
    ignore: [],
    reportIgnored: true,
    plans: 'done-tasks',
    skipFuture: true,
    relativeToPlanFolder: true
  }
)

type Options = OptionsOf<typeof options>

/** One missing thing to report for one citing place. */
interface Problem {
  /** The path or folder reported (folders end with `/`). */
  subject: string
  /** Cited paths the problem covers (more than one when a whole folder is missing). */
  covered: string[]
  /** The shortest missing prefix when it is a folder above the cited file. */
  missingFolder?: string
  /** Excluded by .gitignore: the reason it is missing from a checkout. */
  ignored: boolean
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
    // Cached: .gitignore matching is dear and the same paths are cited again and again.
    const ignoredPaths = new Map<string, boolean>()
    const isIgnored = (path: string): boolean => {
      const key = stripSlash(path)
      let ignored = ignoredPaths.get(key)
      if (ignored === undefined) {
        ignored = project.fs.isIgnored(key)
        ignoredPaths.set(key, ignored)
      }
      return ignored
    }
    const reported = new Set<string>()
    const citations = collectCitations(project, { plans: ctx.options.plans })
    const { suspects, removed } = triage(citations, nearby)
    for (const citation of suspects) {
      if (ctx.options.skipFuture && citation.future) continue
      if (citation.ref.truncated && !reported.has(`${citation.citerKey}|${citation.ref.raw}`)) {
        reported.add(`${citation.citerKey}|${citation.ref.raw}`)
        ctx.report({
          file: citation.file,
          range: citation.ref.range,
          message:
            `\`${citation.ref.raw.slice(0, 120)}\` cited by ${citation.citerName} expands to more paths ` +
            'than planguard checks (brace lists nested too deep or too many), so only part of it was ' +
            'checked; cite the evidence folder, or list the files it holds',
          entity: `truncated:${citation.ref.raw.slice(0, 200)}@${citation.citerKey}`,
          ...(citation.entryId !== undefined ? { entryId: citation.entryId } : {})
        })
      }
      const paths = citation.ref.paths
        .filter((p) => p.kind === 'path')
        .map((p) => p.path)
        .filter((p) => stripSlash(p) !== '' && !removed.has(stripSlash(p)))
        .filter((p) => !(skip?.(stripSlash(p)) ?? false))
        // A path the tree refuses (a symlink out of the root, into .git) is artifact-inside-repo's.
        .filter((p) => nearby.stat(p) !== undefined || project.fs.refusal?.(p) === undefined)
      const bases = ctx.options.relativeToPlanFolder ? citation.baseDirs : []
      // `manifest.*` cites every file of that stem: any one of them will do.
      const wildcard = /[*?]/.test(citation.ref.raw)
      const exists = (path: string): boolean =>
        nearby.stat(path) !== undefined || (wildcard && nearby.hasStem(path))
      const present = (path: string): boolean =>
        exists(path) || bases.some((base) => exists(`${base}/${stripSlash(path)}`))
      const judged = paths.filter((path) => !guessedWrong(citation.ref.raw, path, present))
      for (const problem of problemsOf(judged, present, nearby, ctx.options, isIgnored)) {
        const key = `${citation.citerKey}|${problem.subject}`
        if (reported.has(key)) continue
        reported.add(key)
        report(ctx, citation, problem, nearby)
      }
    }
  }
}

/**
 * Most citations name paths that exist: nothing can be reported about them, whatever the text
 * around them says. The others (`suspects`) are looked at closely, knowing which of the missing
 * paths some citation says were deleted or moved (`removed`).
 */
function triage(
  cited: CitedRefs,
  nearby: NearbyPaths
): { suspects: Citation[]; removed: Set<string> } {
  const missing = new Set<string>()
  const suspects: Citation[] = []
  // Only those citing a missing path can say it was removed. A path is missing for all its
  // citations or none, so those are the suspects and the few citing paths of other kinds.
  const mayCiteMissing: Citation[] = []
  const { refs } = cited
  // The parser shares the paths of references written alike: judged once for a run of them.
  let lastPaths: CitedPaths | undefined
  let complete = true
  let plain = true
  for (let index = 0; index < refs.length; index++) {
    const ref = refs[index] as ArtifactRef
    if (ref.paths !== lastPaths) {
      lastPaths = ref.paths
      complete = allExist(lastPaths, nearby, missing)
      plain = onlyPaths(lastPaths)
    }
    if (complete && plain && ref.truncated !== true) continue
    if (!complete || ref.truncated) suspects.push(cited.citation(index))
    if (!complete || !plain) mayCiteMissing.push(cited.citation(index))
  }
  return { suspects, removed: removedPaths(mayCiteMissing, missing) }
}

type CitedRefs = ReturnType<typeof collectCitations>
type CitedPaths = Citation['ref']['paths']

/**
 * Whether every path cited as such exists as written; those that do not are added to `missing`
 * (without their trailing slash).
 */
function allExist(paths: CitedPaths, nearby: NearbyPaths, missing: Set<string>): boolean {
  let all = true
  for (let i = 0; i < paths.length; i++) {
    const artifact = paths[i] as CitedPaths[number]
    if (artifact.kind !== 'path' || nearby.stat(artifact.path) !== undefined) continue
    missing.add(stripSlash(artifact.path))
    all = false
  }
  return all
}

function onlyPaths(paths: CitedPaths): boolean {
  for (let i = 0; i < paths.length; i++)
    if ((paths[i] as CitedPaths[number]).kind !== 'path') return false
  return true
}

/**
 * The paths some attempt or plan row says were deleted or moved: those are expected to be gone
 * everywhere. Only whether a missing path was removed matters, so only the text around the
 * citations of missing paths is read.
 */
function removedPaths(citations: readonly Citation[], missing: ReadonlySet<string>): Set<string> {
  const removed = new Set<string>()
  if (missing.size === 0) return removed
  for (const citation of citations) {
    if (!citesAny(citation, missing) || !citation.removal) continue
    for (const p of citation.ref.paths) removed.add(stripSlash(p.path))
  }
  return removed
}

function citesAny(citation: Citation, paths: ReadonlySet<string>): boolean {
  for (const p of citation.ref.paths) if (paths.has(stripSlash(p.path))) return true
  return false
}

/**
 * A reference written as shorthand (`{a.md,b.md}`, `pinn_run/w.zip`) was resolved against a folder
 * named earlier in the text. When that folder does not exist either, the guess was wrong, not the
 * citation: nothing can be said about it.
 */
function guessedWrong(raw: string, path: string, present: (path: string) => boolean): boolean {
  const written = stripSlash(raw.startsWith('./') ? raw.replace(/^(?:\.\/)+/, '') : raw)
  const target = stripSlash(path)
  const writtenFirst = firstSegment(written)
  // Most citations are written in full: same first segment, nothing was guessed.
  if (writtenFirst === '' || firstSegment(target) === writtenFirst) return false
  // Shorthand: the cited segments are the tail; what comes before them is the guessed anchor.
  const depth = written.split('/').length
  const anchor = target.split('/').slice(0, -depth).join('/')
  return anchor !== '' && !present(anchor)
}

/** `a` of `a/b/c` (the whole text without a slash), as `split('/')[0]` without the array. */
function firstSegment(path: string): string {
  const slash = path.indexOf('/')
  return slash < 0 ? path : path.slice(0, slash)
}

/**
 * Missing paths of one reference, a wholly missing folder reported once. A path that exists is
 * fine even when .gitignore matches it: tracked files can match ignore patterns (force-added golden
 * data), and the tree cannot tell which. A missing ignored path is the "never committed" case.
 */
function problemsOf(
  paths: string[],
  present: (path: string) => boolean,
  nearby: NearbyPaths,
  opts: Options,
  isIgnored: (path: string) => boolean
): Problem[] {
  const byFolder = new Map<string, string[]>()
  const problems: Problem[] = []
  for (const path of paths) {
    if (present(path)) continue
    const ignored = isIgnored(path)
    if (ignored && !opts.reportIgnored) continue
    const missing = nearby.missingPrefix(path) ?? stripSlash(path)
    if (missing === stripSlash(path)) {
      problems.push({ subject: path, covered: [path], ignored })
    } else {
      byFolder.set(missing, [...(byFolder.get(missing) ?? []), path])
    }
  }
  for (const [folder, covered] of byFolder) {
    const ignored = covered.some(isIgnored)
    problems.push(
      covered.length === 1
        ? { subject: covered[0] as string, covered, missingFolder: folder, ignored }
        : { subject: `${folder}/`, covered, ignored }
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
  const under =
    problem.covered.length > 1
      ? `${problem.covered.length} cited paths under it, e.g. \`${problem.covered[0]}\``
      : undefined
  const suggestion = nearby.suggest(problem.subject, citation.baseDirs)
  const slash = problem.subject.endsWith('/') && suggestion && !suggestion.endsWith('/') ? '/' : ''
  const hint = suggestion ? `; did you mean \`${suggestion}${slash}\`?` : undefined
  let message: string
  if (problem.ignored) {
    message =
      `${cited} is not committed (ignored by .gitignore${under ? `; ${under}` : ''})` +
      `${hint ?? ''}; force-add it (\`git add -f\`), keep evidence outside ignored folders, ` +
      'or drop the citation'
  } else {
    const detail = under
      ? ` (${under})`
      : problem.missingFolder
        ? ` (there is no folder \`${problem.missingFolder}/\`)`
        : ''
    message = `${cited} does not exist${detail}${hint ?? '; commit the evidence or correct the path'}`
  }
  ctx.report({
    file: citation.file,
    range: citation.ref.range,
    message,
    entity: `path:${stripSlash(problem.subject)}@${citation.citerKey}`,
    ...(citation.entryId !== undefined ? { entryId: citation.entryId } : {})
  })
}
