import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, sep } from 'node:path'
import { PlanguardError } from '../../../src/core/errors.js'
import { DiskRepoFS } from '../../../src/core/repo/disk.js'

describe('DiskRepoFS', () => {
  let sandbox: string
  let root: string

  const write = (path: string, text: string): void => {
    const full = join(sandbox, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
  }

  beforeAll(() => {
    sandbox = mkdtempSync(join(tmpdir(), 'planguard-disk-'))
    root = join(sandbox, 'repo')
    write('secret.md', 'outside the repository')
    write('repo/docs/fix_plan.md', '# Ledger\n')
    write('repo/.git/config', '[remote "origin"]\n\turl = https://token@example.com\n')
    write('repo/plans/active/A/implementation.md', '# A\n')
    write('repo/plans/active/A/reports/2025-10-17T025000Z/summary.md', 'evidence')
    write('repo/node_modules/dep/README.md', 'not walked')
    write('repo/.gitignore', 'tmp/\n')
    write('repo/plans/.gitignore', '*.bak\n')
    write('repo/tmp/x.md', 'ignored')
    write('repo/plans/old.bak', 'ignored')
    write('repo/big.md', 'x'.repeat(2048))
    write('repo/weird name (1).md', 'odd characters')
    symlinkSync(join(sandbox, 'secret.md'), join(root, 'escape.md'))
    symlinkSync(sandbox, join(root, 'escape-dir'))
    symlinkSync(join(root, '.git', 'config'), join(root, 'git-config.md'))
    symlinkSync(join(root, 'docs', 'fix_plan.md'), join(root, 'ledger-link.md'))
    symlinkSync(join(root, 'plans'), join(root, 'plans', 'loop'))
  })

  afterAll(() => rmSync(sandbox, { recursive: true, force: true }))

  it('reads files inside the root', () => {
    const fs = new DiskRepoFS(root)
    expect(fs.read('docs/fix_plan.md')?.text).toBe('# Ledger\n')
    expect(fs.stat('plans/active/A/reports/2025-10-17T025000Z')).toBe('dir')
    expect(fs.list('plans/active')).toEqual(['A'])
  })

  it('follows a symlink that stays inside the root', () => {
    const fs = new DiskRepoFS(root)
    expect(fs.read('ledger-link.md')?.text).toBe('# Ledger\n')
  })

  it('treats symlinks escaping the root as absent', () => {
    const fs = new DiskRepoFS(root)
    expect(fs.stat('escape.md')).toBeUndefined()
    expect(fs.read('escape.md')).toBeUndefined()
    expect(fs.stat('escape-dir/secret.md')).toBeUndefined()
    expect(fs.list('escape-dir')).toBeUndefined()
    expect(fs.glob(['**/*.md'])).not.toContain('escape.md')
  })

  it('never reads .git, not even through a symlink', () => {
    const fs = new DiskRepoFS(root)
    expect(fs.read('.git/config')).toBeUndefined()
    expect(fs.stat('.git')).toBeUndefined()
    expect(fs.read('git-config.md')).toBeUndefined()
    expect(fs.list('')).not.toContain('.git')
    expect(fs.glob(['**'])).toEqual(expect.not.arrayContaining(['.git/config']))
  })

  it('says why a path is refused: out of the root, into .git, or plainly absent', () => {
    const fs = new DiskRepoFS(root)
    expect(fs.refusal('escape.md')).toBe('outside-root')
    expect(fs.refusal('escape-dir/secret.md')).toBe('outside-root')
    expect(fs.refusal('../secret.md')).toBe('outside-root')
    expect(fs.refusal('git-config.md')).toBe('git-internal')
    expect(fs.refusal('.git/config')).toBe('git-internal')
    expect(fs.refusal('docs/fix_plan.md')).toBeUndefined()
    expect(fs.refusal('ledger-link.md')).toBeUndefined()
    expect(fs.refusal('docs/missing.md')).toBeUndefined()
  })

  it('globs without walking node_modules or looping through symlinked folders', () => {
    const fs = new DiskRepoFS(root)
    const all = fs.glob(['**/*.md'])
    expect(all).toContain('plans/active/A/implementation.md')
    expect(all).not.toContain('node_modules/dep/README.md')
    expect(all.filter((path) => path.endsWith('implementation.md')).length).toBeLessThan(3)
  })

  it('reads .gitignore files at every level', () => {
    const fs = new DiskRepoFS(root)
    expect(fs.isIgnored('tmp/x.md')).toBe(true)
    expect(fs.isIgnored('plans/old.bak')).toBe(true)
    expect(fs.isIgnored('old.bak')).toBe(false)
    expect(fs.isIgnored('docs/fix_plan.md')).toBe(false)
  })

  it('does not load a file over the size cap', () => {
    const fs = new DiskRepoFS(root, { maxFileBytes: 1024 })
    expect(fs.read('big.md')).toMatchObject({ tooLarge: true, size: 2048 })
  })

  it('reads every size whole up to the cap, and nothing over it', () => {
    // Around the cap, and around the 64 KB read without fstat, in both orders of the two limits.
    const sizes = [0, 1, 99, 100, 101, 65535, 65536, 65537, 200_000]
    for (const size of sizes)
      write(`repo/sized/${size}.md`, 'é'.repeat(size >> 1) + 'x'.repeat(size & 1))
    for (const cap of [0, 100, 65536, 1_000_000]) {
      const fs = new DiskRepoFS(root, { maxFileBytes: cap })
      for (const size of sizes) {
        const content = fs.read(`sized/${size}.md`)
        if (size > cap)
          expect(content).toMatchObject({ tooLarge: true, size, limit: cap, text: '' })
        else {
          expect([size, content?.tooLarge, content?.size, content?.bytes.length]).toEqual([
            size,
            undefined,
            size,
            size
          ])
          expect(content?.text).toBe('é'.repeat(size >> 1) + 'x'.repeat(size & 1))
        }
      }
    }
  })

  it('answers stat from folder listings exactly as the disk does', () => {
    const fs = new DiskRepoFS(root)
    const fromDisk = (path: string): string | undefined => {
      const full = join(root, ...path.split('/'))
      if (!existsSync(full)) return undefined
      const real = realpathSync(full)
      if (!real.startsWith(root + sep) || real.split(sep).includes('.git')) return undefined
      const stats = statSync(real)
      return stats.isFile() ? 'file' : stats.isDirectory() ? 'dir' : undefined
    }
    const paths = [
      'docs/fix_plan.md',
      'docs/missing.md',
      'docs/missing/deeper/still.md',
      'docs/fix_plan.md/below-a-file',
      'Docs/fix_plan.md',
      'plans/active/A/reports/2025-10-17T025000Z/summary.md',
      'plans/active/A/reports/2025-10-17T025000Z',
      'plans/loop/active/A/implementation.md',
      'ledger-link.md',
      'escape.md',
      'escape-dir/secret.md',
      'escape-dir/missing/x.md',
      'git-config.md',
      'weird name (1).md',
      'trailing.'
    ]
    for (const path of paths) expect([path, fs.stat(path)]).toEqual([path, fromDisk(path)])
    // Asked again (now from the caches), and with a trailing slash, the answers stay the same.
    for (const path of paths) expect([path, fs.stat(`${path}/`)]).toEqual([path, fromDisk(path)])
  })

  it('says why a path is refused whether or not its folders were listed first', () => {
    const listedFirst = new DiskRepoFS(root)
    listedFirst.glob(['**'])
    for (const fs of [new DiskRepoFS(root), listedFirst]) {
      expect(fs.refusal('docs/missing/deeper.md')).toBeUndefined()
      expect(fs.refusal('docs/fix_plan.md/x')).toBeUndefined()
      expect(fs.refusal('escape-dir/secret.md')).toBe('outside-root')
      // Nothing there at all: absent, wherever the link leads.
      expect(fs.refusal('escape-dir/missing/x.md')).toBeUndefined()
      expect(fs.refusal('escape-dir/')).toBe('outside-root')
      expect(fs.refusal('git-config.md')).toBe('git-internal')
      expect(fs.refusal('plans/loop/active/A')).toBeUndefined()
    }
  })

  it('reads a file once; a smaller cap later still reports it too large', () => {
    const fs = new DiskRepoFS(root)
    const first = fs.read('big.md')
    expect(first?.text).toHaveLength(2048)
    const again = fs.read('./big.md')
    expect(again?.text).toBe(first?.text)
    expect(fs.read('big.md', { maxBytes: 1024 })).toMatchObject({ tooLarge: true, size: 2048 })
    expect(fs.read('big.md', { maxBytes: 4096 })?.size).toBe(2048)
    // The bytes are not kept, but read again when asked for.
    expect(Array.from(again?.bytes ?? [])).toEqual(Array.from(first?.bytes ?? []))
    expect(again?.bytes).toHaveLength(2048)
  })

  it('fails clearly when the root does not exist', () => {
    expect(() => new DiskRepoFS(join(sandbox, 'nope'))).toThrow(PlanguardError)
  })
})
