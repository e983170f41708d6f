import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A throw-away git repository in the system temp folder, for tests of git-backed behaviour. */
export class TempGitRepo {
  readonly root: string

  constructor(prefix = 'planguard-test-') {
    this.root = mkdtempSync(join(tmpdir(), prefix))
    this.git('init', '-q', '-b', 'main')
    this.git('config', 'user.email', 'test@example.com')
    this.git('config', 'user.name', 'planguard test')
    this.git('config', 'commit.gpgsign', 'false')
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.root,
      encoding: 'utf8',
      env: cleanEnv()
    }).trim()
  }

  write(files: Record<string, string>): void {
    for (const [path, text] of Object.entries(files)) {
      const full = join(this.root, path)
      mkdirSync(dirname(full), { recursive: true })
      writeFileSync(full, text)
    }
  }

  remove(path: string): void {
    rmSync(join(this.root, path), { force: true, recursive: true })
  }

  /** Writes the files, commits everything with a fixed committer date, returns the commit id. */
  commit(
    message: string,
    files: Record<string, string> = {},
    date = '2025-10-18T10:00:00Z'
  ): string {
    this.write(files)
    this.git('add', '-A')
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.root,
      env: { ...cleanEnv(), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    })
    return this.git('rev-parse', 'HEAD')
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}

/** The environment without variables that would point git at another repository. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name]
  return env
}
