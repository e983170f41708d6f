import { GitCommandError, resolveRef, runGit } from '../core/git.js'

/**
 * History questions the Action asks of the checkout. actions/checkout clones one commit deep,
 * so a base commit may have to be fetched, and order questions may have no local answer.
 */

/** Makes `sha` present in the clone (one commit deep). False when it cannot be fetched. */
export async function ensureCommit(root: string, sha: string): Promise<boolean> {
  if (await resolveRef(root, sha)) return true
  try {
    await runGit(root, [
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      '--depth=1',
      'origin',
      sha
    ])
  } catch {
    return false
  }
  return (await resolveRef(root, sha)) !== undefined
}

/** Whether `ancestor` is an ancestor of `descendant`; undefined when git cannot tell. */
export async function isAncestor(
  root: string,
  ancestor: string,
  descendant: string
): Promise<boolean | undefined> {
  if (!(await resolveRef(root, ancestor)) || !(await resolveRef(root, descendant))) return undefined
  try {
    await runGit(root, ['merge-base', '--is-ancestor', ancestor, descendant])
    return true
  } catch (error) {
    if (error instanceof GitCommandError && error.exitCode === 1) return false
    return undefined
  }
}
