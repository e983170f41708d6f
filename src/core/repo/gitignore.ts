import ignore, { type Ignore } from 'ignore'

/**
 * `.gitignore` semantics over a whole tree: every folder's `.gitignore` applies to the paths below
 * it, a deeper file can re-include (`!pattern`) what a shallower one excluded, and nothing can be
 * re-included once one of its parent folders is excluded.
 */
export class GitignoreMatcher {
  private readonly perDir = new Map<string, Ignore | null>()
  private readonly verdicts = new Map<string, boolean>()
  /** Final answers by path: rules ask about the same cited paths again and again. */
  private readonly answers = new Map<string, boolean>()

  /**
   * @param readGitignore text of `<dir>/.gitignore`, or undefined when there is none
   * @param isDir whether a repository path is a folder
   */
  constructor(
    private readonly readGitignore: (dir: string) => string | undefined,
    private readonly isDir: (path: string) => boolean
  ) {}

  /**
   * Walks down the path once, collecting the `.gitignore` files of the folders it passes. A cited
   * path can be thousands of segments deep (hostile or garbled text): each step costs one test
   * per `.gitignore` found so far, and no `.gitignore` is looked for below a folder that does not
   * exist, so the cost stays linear in the number of segments.
   */
  isIgnored(path: string): boolean {
    let answer = this.answers.get(path)
    if (answer === undefined) {
      answer = this.walkDown(path)
      this.answers.set(path, answer)
    }
    return answer
  }

  private walkDown(path: string): boolean {
    if (path === '') return false
    const segments = path.split('/')
    const matchers: { dir: string; matcher: Ignore }[] = []
    let dir = ''
    let dirExists = true
    for (let index = 0; index < segments.length; index++) {
      if (dirExists) {
        const matcher = this.matcherFor(dir)
        if (matcher) matchers.push({ dir, matcher })
      }
      const child = dir === '' ? (segments[index] as string) : `${dir}/${segments[index]}`
      const last = index === segments.length - 1
      const childIsDir: boolean = last ? this.isDir(child) : dirExists && this.isDir(child)
      // Every parent is matched as a folder: a pattern like `tmp/` excludes what lies below it.
      if (matchers.length > 0 && this.matchesItself(child, last ? childIsDir : true, matchers))
        return true
      dirExists = childIsDir
      dir = child
    }
    return false
  }

  /** The verdict of the `.gitignore` files above one path, ignoring its parents' verdicts. */
  private matchesItself(
    path: string,
    isDir: boolean,
    matchers: readonly { dir: string; matcher: Ignore }[]
  ): boolean {
    const key = isDir ? `${path}/` : path
    const cached = this.verdicts.get(key)
    if (cached !== undefined) return cached
    let ignored = false
    for (const { dir, matcher } of matchers) {
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
