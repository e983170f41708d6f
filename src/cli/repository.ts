import { statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { PlanguardError } from '../core/errors.js'
import type { CliIO } from './types.js'

/**
 * The repository folder named on the command line (default: the cwd). It must exist: a typo should
 * be a usage error, not an empty check that passes.
 */
export function repositoryRoot(io: CliIO, dir: string | undefined): string {
  const root = resolve(io.cwd, dir ?? '.')
  let isDirectory = false
  try {
    isDirectory = statSync(root).isDirectory()
  } catch {
    isDirectory = false
  }
  if (!isDirectory) {
    throw new PlanguardError('usage', `repository folder not found: ${dir ?? root}`)
  }
  return root
}

/** A file named on the command line, resolved against the cwd (the engine would use the root). */
export function cliPath(io: CliIO, path: string | undefined): string | undefined {
  if (path === undefined) return undefined
  return isAbsolute(path) ? path : resolve(io.cwd, path)
}

/**
 * How to print repository-relative paths so that they open from the cwd: `examples/demo` when the
 * repository is below the cwd, nothing when it is the cwd or lies elsewhere.
 */
export function displayPrefix(io: CliIO, root: string): string {
  const rel = relative(io.cwd, root)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return ''
  return rel.split(sep).join('/')
}
