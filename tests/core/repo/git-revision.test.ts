import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PlanguardError } from '../../../src/core/errors.js'
import { GitRevisionFS } from '../../../src/core/repo/git-revision.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import { TempGitRepo } from '../../helpers/git-repo.js'

describe('GitRevisionFS', () => {
  let repo: TempGitRepo
  let first: string
  let second: string

  beforeAll(() => {
    repo = new TempGitRepo()
    repo.write({ 'data.bin': 'binary-ish' })
    first = repo.commit('first', {
      'docs/fix_plan.md': '# Ledger v1\n',
      'plans/active/A/implementation.md': '# A\n',
      '.gitignore': '*.log\n',
      'plans/active/A/reports/2025-10-17T025000Z/out.txt': 'evidence'
    })
    symlinkSync('../docs/fix_plan.md', join(repo.root, 'plans', 'ledger-link.md'))
    symlinkSync('/etc/passwd', join(repo.root, 'plans', 'outside.md'))
    second = repo.commit('second', { 'docs/fix_plan.md': '# Ledger v2\n', 'new.md': 'new' })
    repo.write({ 'docs/fix_plan.md': '# Ledger, uncommitted\n' })
  })

  afterAll(() => repo.dispose())

  it('reads the tree of an older revision, not the working tree', async () => {
    const fs = await GitRevisionFS.open(repo.root, first)
    expect(fs.read('docs/fix_plan.md')?.text).toBe('# Ledger v1\n')
    expect(fs.stat('new.md')).toBeUndefined()
    expect(fs.stat('plans/active/A/reports/2025-10-17T025000Z')).toBe('dir')
    expect(fs.list('plans/active/A')).toEqual(['implementation.md', 'reports'])
    expect(fs.glob(['plans/active/*/implementation.md'])).toEqual([
      'plans/active/A/implementation.md'
    ])
    expect(fs.isIgnored('debug.log')).toBe(true)
  })

  it('reads files that were not preloaded on demand', async () => {
    const fs = await GitRevisionFS.open(repo.root, first)
    expect(fs.read('data.bin')?.text).toBe('binary-ish')
  })

  it('follows symlinks inside the tree only', async () => {
    const fs = await GitRevisionFS.open(repo.root, second)
    expect(fs.read('plans/ledger-link.md')?.text).toBe('# Ledger v2\n')
    expect(fs.stat('plans/outside.md')).toBeUndefined()
    expect(fs.refusal('plans/outside.md')).toBe('outside-root')
    expect(fs.refusal('plans/ledger-link.md')).toBeUndefined()
  })

  it('sees the git-ignored files of a working tree through, and only those', async () => {
    const workingTree = new MemoryRepoFS({
      '.gitignore': '*.log\n',
      'local/debug.log': 'ignored, local',
      'local/notes.md': 'untracked but not ignored'
    })
    const fs = await GitRevisionFS.open(repo.root, first, { ignoredFrom: workingTree })
    expect(fs.read('local/debug.log')?.text).toBe('ignored, local')
    expect(fs.stat('local/notes.md')).toBeUndefined()
    expect(fs.list('local')).toEqual(['debug.log'])
    expect(fs.read('docs/fix_plan.md')?.text).toBe('# Ledger v1\n')
  })

  it('accepts branch names and relative revisions', async () => {
    const fs = await GitRevisionFS.open(repo.root, 'HEAD~1')
    expect(fs.read('docs/fix_plan.md')?.text).toBe('# Ledger v1\n')
  })

  it('fails with a PlanguardError for a revision that does not exist', async () => {
    await expect(GitRevisionFS.open(repo.root, 'no-such-branch')).rejects.toThrow(PlanguardError)
    await expect(GitRevisionFS.open(repo.root, '--output=/tmp/x')).rejects.toThrow(/not present/)
  })

  it('works in a shallow clone when the revision is present, and explains when it is not', async () => {
    const cloneParent = mkdtempSync(join(tmpdir(), 'planguard-shallow-'))
    try {
      const clone = join(cloneParent, 'clone')
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone])
      const fs = await GitRevisionFS.open(clone, 'HEAD')
      expect(fs.read('docs/fix_plan.md')?.text).toBe('# Ledger v2\n')
      await expect(GitRevisionFS.open(clone, first)).rejects.toThrow(/shallow/)
    } finally {
      rmSync(cloneParent, { recursive: true, force: true })
    }
  })
})

describe('GitRevisionFS on a sub-folder of a repository', () => {
  it('lists paths relative to the sub-folder, like the working tree', async () => {
    const repo = new TempGitRepo()
    try {
      const first = repo.commit('outside only', { 'README.md': 'top' })
      repo.commit('sub-project', { 'sub/docs/fix_plan.md': '# Sub ledger\n', 'other/x.md': 'x' })
      const sub = join(repo.root, 'sub')
      const fs = await GitRevisionFS.open(sub, 'HEAD')
      expect(fs.glob(['**'])).toEqual(['docs/fix_plan.md'])
      expect(fs.read('docs/fix_plan.md')?.text).toBe('# Sub ledger\n')
      // Before the sub-folder existed its tree is empty, not an error.
      const empty = await GitRevisionFS.open(sub, first)
      expect(empty.glob(['**'])).toEqual([])
    } finally {
      repo.dispose()
    }
  })
})
