import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  changedFiles,
  headCommitDate,
  isGitRepository,
  mergeBase,
  resolveRef
} from '../../../src/core/git.js'
import { TempGitRepo } from '../../helpers/git-repo.js'

describe('git helpers', () => {
  let repo: TempGitRepo
  let notARepo: string
  let root: string
  let feature: string

  beforeAll(() => {
    repo = new TempGitRepo()
    root = repo.commit('root', { 'a.md': 'a' }, '2025-10-01T08:00:00Z')
    repo.git('checkout', '-q', '-b', 'feature')
    feature = repo.commit('feature', { 'b.md': 'b', 'docs/c.md': 'c' }, '2025-10-02T09:30:00Z')
    repo.git('checkout', '-q', 'main')
    repo.commit('main moves on', { 'a.md': 'a2' }, '2025-10-03T10:00:00Z')
    notARepo = mkdtempSync(join(tmpdir(), 'planguard-nogit-'))
  })

  afterAll(() => {
    repo.dispose()
    rmSync(notARepo, { recursive: true, force: true })
  })

  it('reads the committer date of HEAD', async () => {
    expect((await headCommitDate(repo.root))?.toISOString()).toBe('2025-10-03T10:00:00.000Z')
  })

  it('resolves refs and finds the merge base', async () => {
    expect(await resolveRef(repo.root, 'feature')).toBe(feature)
    expect(await resolveRef(repo.root, 'missing')).toBeUndefined()
    expect(await resolveRef(repo.root, '--help')).toBeUndefined()
    expect(await mergeBase(repo.root, 'main', 'feature')).toBe(root)
  })

  it('lists files changed between revisions', async () => {
    expect(await changedFiles(repo.root, root, feature)).toEqual(['b.md', 'docs/c.md'])
    expect(await changedFiles(repo.root, 'nope', feature)).toBeUndefined()
  })

  it('answers "unknown" outside a git repository instead of failing', async () => {
    expect(await isGitRepository(notARepo)).toBe(false)
    expect(await headCommitDate(notARepo)).toBeUndefined()
    expect(await resolveRef(notARepo, 'HEAD')).toBeUndefined()
    expect(await headCommitDate(join(notARepo, 'missing-folder'))).toBeUndefined()
  })
})
