import { compareFindings } from '../core/diff.js'
import { errorMessage } from '../core/errors.js'
import { analyze, check, type CheckResult } from '../core/engine.js'
import type { Finding } from '../core/findings.js'
import { allRules } from '../core/rules/index.js'
import type { GitHubClient } from '../github/client.js'
import { readFilesAtRef } from '../github/contents.js'
import type { RepoRef } from '../github/repo-ref.js'
import { ensureCommit } from './git-history.js'

/** A check of the working tree, plus what changed since a base commit when one is known. */
export interface ChangeCheck {
  result: CheckResult
  introduced?: Finding[]
  fixed?: Finding[]
  /** How the base was read, or why it could not be. */
  note?: string
}

export interface ChangeCheckOptions {
  root: string
  configPath?: string
  base?: string
  /** For the contents-API fallback when the base commit cannot be fetched. */
  github?: { client: GitHubClient; repo: RepoRef }
}

export async function checkChange(options: ChangeCheckOptions): Promise<ChangeCheck> {
  const common = {
    root: options.root,
    ...(options.configPath ? { configPath: options.configPath } : {})
  }
  const { base } = options
  if (base === undefined) return { result: await check(common) }
  if (await ensureCommit(options.root, base)) {
    const result = await check({ ...common, base })
    return {
      result,
      ...(result.introduced ? { introduced: result.introduced } : {}),
      ...(result.fixed ? { fixed: result.fixed } : {})
    }
  }
  const result = await check(common)
  if (!options.github) {
    return {
      result,
      note: `base commit ${base.slice(0, 12)} is not in the clone; new findings could not be told apart`
    }
  }
  // Shallow clone and no fetch: read the base versions of just the planning files via the API.
  const { project } = result
  const paths = [...project.ledgers.map((l) => l.file), ...project.plans.map((p) => p.file)]
  let baseFs
  try {
    baseFs = await readFilesAtRef(options.github.client, options.github.repo, base, paths)
  } catch (error) {
    // Not worth failing the run over: without a base, the caller falls back to changed files.
    return {
      result,
      note: `base commit ${base.slice(0, 12)} could not be read (${errorMessage(error)})`
    }
  }
  const baseFindings = analyze(baseFs, project.config, project.now, { rules: allRules }).findings
  const { introduced, fixed } = compareFindings(result.findings, baseFindings)
  return {
    result,
    introduced,
    fixed,
    note: `base planning files read through the API at ${base.slice(0, 12)}`
  }
}
