import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'planguard test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'planguard test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

/** A throw-away git repository in the temp folder. */
export class TempGitRepo {
  readonly root = mkdtempSync(join(tmpdir(), 'pg-cli-git-'))

  constructor() {
    this.git('init', '-q', '-b', 'main')
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd: this.root,
      env: GIT_ENV,
      encoding: 'utf8'
    })
  }

  write(path: string, text: string): void {
    const file = join(this.root, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }

  commit(message: string, date = '2025-10-18T12:00:00Z'): void {
    this.git('add', '-A')
    execFileSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], {
      cwd: this.root,
      env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    })
  }
}
