import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { existsSync, realpathSync } from 'node:fs'
import { join, sep } from 'node:path'
import { DiskRepoFS } from '../../src/core/repo/disk.js'
import { normalizeRepoPath } from '../../src/core/repo/paths.js'
import { TempTree } from '../helpers/temp-tree.js'

/**
 * Any path a ledger could cite, built from the pieces that matter (`..`, `.git` in any case,
 * symlinks out of the root and into `.git`), is either confined and readable, or refused with a
 * reason and unreadable: never both, never neither for a path that is there.
 */
const outside = new TempTree('planguard-prop-outside-').write({ 'secret.md': 'secret' })
const repo = new TempTree('planguard-prop-repo-').write({
  'docs/fix_plan.md': '# Ledger\n',
  '.git/config': '[core]\n',
  'reports/run.log': 'inside\n'
})
repo.link('out', outside.root)
repo.link('out.md', outside.path('secret.md'))
repo.link('git', repo.path('.git'))
repo.link('docs/up', '..')
afterAll(() => {
  outside.remove()
  repo.remove()
})

const segment = fc.constantFrom(
  '..',
  '.',
  '',
  '.git',
  '.GIT',
  'docs',
  'fix_plan.md',
  'reports',
  'run.log',
  'out',
  'out.md',
  'secret.md',
  'git',
  'config',
  'up'
)
const citedPath = fc
  .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 7 }))
  .map(([absolute, parts]) => `${absolute ? '/' : ''}${parts.join('/')}`)

describe('paths cited in a ledger, against a tree with symlinks out of it', () => {
  it('are readable inside the root or refused with a reason, never both', () => {
    const fs = new DiskRepoFS(repo.root)
    fc.assert(
      fc.property(citedPath, (path) => {
        const refusal = fs.refusal(path)
        const type = fs.stat(path)
        const content = fs.read(path)
        if (refusal !== undefined) {
          expect(type).toBeUndefined()
          expect(content).toBeUndefined()
          expect(fs.list(path)).toBeUndefined()
        }
        if (normalizeRepoPath(path) === undefined) expect(refusal).toBeDefined()
        const onDisk = existsSync(path.startsWith('/') ? path : join(repo.root, path))
        if (onDisk && type === undefined) expect(refusal).toBeDefined()
        if (type !== undefined) {
          // What is readable really lies inside the root, outside `.git`.
          const real = realpathSync(`${repo.root}/${normalizeRepoPath(path)}`)
          expect(real === repo.root || real.startsWith(repo.root + sep)).toBe(true)
          expect(real.split(sep)).not.toContain('.git')
        }
        if (content !== undefined) expect(content.text).not.toBe('secret')
      }),
      { numRuns: 2000 }
    )
  })
})
