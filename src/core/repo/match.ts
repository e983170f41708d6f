import picomatch from 'picomatch'

/**
 * A test for "excluded by one of these globs": the path itself or any folder above it matches, so
 * `plans/archive` excludes everything under it just as `plans/archive/**` does.
 */
export function exclusionMatcher(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false
  const matches = picomatch(
    patterns.map((pattern) => pattern.replace(/\/+$/, '')),
    { dot: true }
  )
  return (path) => matches(path) || someAncestor(path, matches)
}

/** Whether a folder above `path` (the root excepted) passes the test, without an array of them. */
function someAncestor(path: string, test: (dir: string) => boolean): boolean {
  for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
    if (slash > 0 && test(path.slice(0, slash))) return true
  }
  return false
}

/**
 * How many folders below its static base a pattern can match: one per segment of a plain glob
 * (`*` and `?` never match a slash), so the default root `plans/active/<star>/reports` needs no
 * walk below `plans/active/<x>/reports`. Globstars, braces, brackets, extglobs and negations may
 * reach any depth.
 */
export function matchDepth(pattern: string): number {
  const { glob, negated } = picomatch.scan(pattern)
  if (negated || glob.includes('**') || /[{}()[\]!+@\\]/.test(glob)) return Infinity
  return glob.replace(/\/+$/, '').split('/').length
}
