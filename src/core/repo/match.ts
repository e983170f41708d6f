import picomatch from 'picomatch'
import { ancestorDirs } from './paths.js'

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
  return (path) => matches(path) || ancestorDirs(path).some((dir) => dir !== '' && matches(dir))
}
