import picomatch from 'picomatch'
import type { ArtifactPath, ArtifactRef } from '../model.js'
import type { RepoFS } from '../repo/types.js'
import { ruleOptions, type Rule } from './types.js'
import { collectCitations } from './util/evidence-citations.js'

/** Why a cited path is not evidence a reviewer can open in the repository, if it is not. */
function whyNotInside(artifact: ArtifactPath, fs: RepoFS): string | undefined {
  if (artifact.kind === 'outside') return 'lies outside the repository'
  if (artifact.kind === 'git-internal') return "points into .git/, git's own files, never committed"
  // Only an absent path can be refused: what the tree shows is inside it.
  if (artifact.kind !== 'path' || fs.stat(artifact.path) !== undefined) return undefined
  const refusal = fs.refusal?.(artifact.path)
  if (refusal === 'outside-root') return 'goes through a symlink that leaves the repository'
  if (refusal === 'git-internal') return "goes through a symlink into .git/, git's own files"
  return undefined
}

/** Whether no path of a reference needs reporting (whyNotInside of each is undefined). */
function allInside(paths: readonly ArtifactPath[], fs: RepoFS): boolean {
  for (let i = 0; i < paths.length; i++) {
    if (whyNotInside(paths[i] as ArtifactPath, fs) !== undefined) return false
  }
  return true
}

const options = ruleOptions(
  (z) =>
    z
      .object({
        /** Globs of outside paths that are acceptable (e.g. `/opt/datasets/**`). */
        allow: z.array(z.string()).default([]),
        /** Plan references to check: inside done tasks only, everywhere, or none. */
        plans: z.enum(['done-tasks', 'all', 'none']).default('done-tasks'),
        /** Skip references in "Next:" sections, pending exit criteria and open tasks. */
        skipFuture: z.boolean().default(true),
        /** Ledger fields whose paths are recipes, not evidence (scratch outputs of a command). */
        skipFields: z.array(z.string()).default(['reproduction'])
      })
      .strict(),
  { allow: [], plans: 'done-tasks', skipFuture: true, skipFields: ['reproduction'] }
)

export const artifactInsideRepo: Rule<typeof options> = {
  id: 'artifact-inside-repo',
  description:
    'Evidence is cited from inside the repository, not from /tmp, a home folder or above the root.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/artifact-inside-repo.md',
  options,
  check(ctx) {
    const allowed =
      ctx.options.allow.length > 0 ? picomatch(ctx.options.allow, { dot: true }) : undefined
    const reported = new Set<string>()
    const cited = collectCitations(ctx.project, { plans: ctx.options.plans })
    const { refs } = cited
    const fs = ctx.project.fs
    // The parser shares the paths of references written alike: a run of them is looked at once.
    let lastPaths: readonly ArtifactPath[] | undefined
    for (let index = 0; index < refs.length; index++) {
      const { paths } = refs[index] as ArtifactRef
      if (paths === lastPaths) continue
      if (allInside(paths, fs)) {
        lastPaths = paths
        continue
      }
      lastPaths = undefined
      for (const artifact of paths) {
        const why = whyNotInside(artifact, fs)
        if (why === undefined || (allowed?.(artifact.path) ?? false)) continue
        const citation = cited.citation(index)
        // Whether the citation counts is asked last: most paths are inside, and it reads the text.
        if (ctx.options.skipFuture && citation.future) continue
        if (citation.fieldKey !== undefined && ctx.options.skipFields.includes(citation.fieldKey))
          continue
        const key = `${citation.citerKey}|${artifact.path}`
        if (reported.has(key)) continue
        reported.add(key)
        ctx.report({
          file: citation.file,
          range: citation.ref.range,
          message:
            `\`${artifact.path}\` cited as evidence by ${citation.citerName} ${why}, ` +
            "so no reviewer can open it; copy it into the initiative's reports/<timestamp>/ folder and cite that path",
          entity: `outside:${artifact.path}@${citation.citerKey}`,
          ...(citation.entryId !== undefined ? { entryId: citation.entryId } : {})
        })
      }
    }
  }
}
