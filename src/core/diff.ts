import type { Config } from './config/schema.js'
import { analyze, type AnalyzeOptions } from './engine/pipeline.js'
import type { Finding } from './findings.js'
import { mergeBase, requireRef } from './git.js'
import { GitRevisionFS } from './repo/git-revision.js'
import type { RepoFS } from './repo/types.js'

/**
 * Diff mode: the findings a change introduces and those it fixes, compared by fingerprint, so
 * moving text around neither introduces nor fixes anything.
 */
export function compareFindings(
  head: readonly Finding[],
  base: readonly Finding[]
): { introduced: Finding[]; fixed: Finding[] } {
  const atBase = new Set(base.map((finding) => finding.fingerprint))
  const atHead = new Set(head.map((finding) => finding.fingerprint))
  return {
    introduced: head.filter((finding) => !atBase.has(finding.fingerprint)),
    fixed: base.filter((finding) => !atHead.has(finding.fingerprint))
  }
}

/**
 * The revision to compare against: where HEAD branched from `base` when git can tell, otherwise
 * `base` itself. Changes made on the base branch since are not the pull request's doing.
 */
export async function resolveBaseRevision(root: string, base: string): Promise<string> {
  const baseCommit = await requireRef(root, base)
  return (await mergeBase(root, baseCommit, 'HEAD')) ?? baseCommit
}

/**
 * Findings of the base revision's tree. The HEAD configuration and "now" are used for both sides,
 * so a configuration change or the passing of time cannot hide or invent a finding; git-ignored
 * files of the working tree (local evidence never committed) are seen on both sides alike.
 */
export async function findingsAtRevision(
  root: string,
  revision: string,
  config: Config,
  now: Date,
  options: AnalyzeOptions & { workingTree?: RepoFS }
): Promise<Finding[]> {
  const fs = await GitRevisionFS.open(
    root,
    revision,
    options.workingTree ? { ignoredFrom: options.workingTree } : {}
  )
  return analyze(fs, config, now, options).findings
}
