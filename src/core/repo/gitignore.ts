import ignore, { type Ignore } from 'ignore'
import { ancestorDirs } from './paths.js'

/**
 * `.gitignore` semantics over a whole tree: every folder's `.gitignore` applies to the paths below
 * it, a deeper file can re-include (`!pattern`) what a shallower one excluded, and nothing can be
 * re-included once one of its parent folders is excluded.
 */
export class GitignoreMatcher {
  private readonly perDir = new Map<string, Ignore | null>()
  private readonly verdicts = new Map<string, boolean>()

  /**
   * @param readGitignore text of `<dir>/.gitignore`, or undefined when there is none
   * @param isDir whether a repository path is a folder
   */
  constructor(
    private readonly readGitignore: (dir: string) => string | undefined,
    private readonly isDir: (path: string) => boolean
  ) {}

  isIgnored(path: string): boolean {
    if (path === '') return false
    for (const dir of ancestorDirs(path)) {
      if (dir !== '' && this.matchesItself(dir, true)) return true
    }
    return this.matchesItself(path, this.isDir(path))
  }

  /** The verdict of the `.gitignore` files for one path, ignoring its parents' verdicts. */
  private matchesItself(path: string, isDir: boolean): boolean {
    const key = isDir ? `${path}/` : path
    const cached = this.verdicts.get(key)
    if (cached !== undefined) return cached
    let ignored = false
    for (const dir of ancestorDirs(path)) {
      const matcher = this.matcherFor(dir)
      if (!matcher) continue
      const relative = (dir === '' ? path : path.slice(dir.length + 1)) + (isDir ? '/' : '')
      const verdict = safeTest(matcher, relative)
      if (verdict.ignored) ignored = true
      else if (verdict.unignored) ignored = false
    }
    this.verdicts.set(key, ignored)
    return ignored
  }

  private matcherFor(dir: string): Ignore | null {
    const cached = this.perDir.get(dir)
    if (cached !== undefined) return cached
    const text = this.readGitignore(dir)
    const matcher = text === undefined ? null : ignore().add(text)
    this.perDir.set(dir, matcher)
    return matcher
  }
}

function safeTest(matcher: Ignore, path: string): { ignored: boolean; unignored: boolean } {
  try {
    return matcher.test(path)
  } catch {
    // `ignore` rejects some path shapes; an unusual path is simply not ignored.
    return { ignored: false, unignored: false }
  }
}
