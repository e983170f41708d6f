import { describe, expect, it } from '@jest/globals'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import { normalizeRepoPath } from '../../../src/core/repo/paths.js'

describe('normalizeRepoPath', () => {
  it('normalises dots and slashes', () => {
    expect(normalizeRepoPath('./docs//fix_plan.md')).toBe('docs/fix_plan.md')
    expect(normalizeRepoPath('plans/active/X/../Y/')).toBe('plans/active/Y')
    expect(normalizeRepoPath('')).toBe('')
  })

  it('has no normal form for paths outside the root or inside .git', () => {
    expect(normalizeRepoPath('../outside.md')).toBeUndefined()
    expect(normalizeRepoPath('docs/../../x')).toBeUndefined()
    expect(normalizeRepoPath('/etc/passwd')).toBeUndefined()
    expect(normalizeRepoPath('C:\\Windows')).toBeUndefined()
    expect(normalizeRepoPath('.git/config')).toBeUndefined()
    expect(normalizeRepoPath('sub/.GIT/HEAD')).toBeUndefined()
    expect(normalizeRepoPath('a\0b')).toBeUndefined()
  })
})

/** normalizeRepoPath as it was before its fast path: the reference its answers must equal. */
function splitAndJoin(path: string): string | undefined {
  if (path.length > 4096 || path.includes('\0')) return undefined
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
    return undefined
  const out: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (out.length === 0) return undefined
      out.pop()
      continue
    }
    if (segment.toLowerCase() === '.git') return undefined
    out.push(segment)
  }
  return out.join('/')
}

describe('normalizeRepoPath fast path', () => {
  it('answers exactly as splitting and joining would, plain paths or not', () => {
    const pieces = [
      'a',
      'B',
      '.',
      '..',
      '.git',
      '.GiT',
      '.gitx',
      'x.git',
      '',
      'C:',
      'c:',
      '\\',
      '\0',
      '..a'
    ]
    const paths = ['', '/', 'a/', 'a//b', 'C:/x', 'C:x', 'C:\\x', '\\\\srv/x', 'a\0b/c/']
    for (const first of pieces)
      for (const second of pieces)
        for (const third of pieces) {
          paths.push(
            `${first}/${second}/${third}`,
            `${first}${second}/${third}/`,
            `${first}/${third}`
          )
        }
    for (const path of paths)
      expect([path, normalizeRepoPath(path)]).toEqual([path, splitAndJoin(path)])
  })
})

describe('MemoryRepoFS', () => {
  const fs = new MemoryRepoFS({
    'docs/fix_plan.md': '# Ledger\n',
    'plans/active/A/implementation.md': '# A\n',
    'plans/active/A/reports/2025-10-17T025000Z/summary.md': 'x',
    'plans/active/B/plan.md': '# B\n',
    'node_modules/pkg/plan.md': 'skipped by globs',
    '.git/config': '[core]',
    '.gitignore': '*.log\n/build/\n',
    'plans/.gitignore': 'scratch/\n!keep.log\n',
    'plans/scratch/a.md': 'a',
    'plans/keep.log': 'k',
    'build/out.md': 'o'
  })

  it('answers stat, list and read', () => {
    expect(fs.stat('docs/fix_plan.md')).toBe('file')
    expect(fs.stat('plans/active')).toBe('dir')
    expect(fs.stat('plans/active/')).toBe('dir')
    expect(fs.stat('')).toBe('dir')
    expect(fs.stat('missing.md')).toBeUndefined()
    expect(fs.list('plans/active')).toEqual(['A', 'B'])
    expect(fs.read('docs/fix_plan.md')?.text).toBe('# Ledger\n')
    expect(fs.read('plans/active')).toBeUndefined()
  })

  it('never exposes .git', () => {
    expect(fs.stat('.git/config')).toBeUndefined()
    expect(fs.read('.git/config')).toBeUndefined()
    expect(fs.list('')).not.toContain('.git')
    expect(fs.glob(['**'])).not.toContain('.git/config')
  })

  it('globs sorted matches, skipping node_modules and honouring ignore patterns', () => {
    expect(fs.glob(['plans/active/*/implementation.md', 'plans/active/*/plan.md'])).toEqual([
      'plans/active/A/implementation.md',
      'plans/active/B/plan.md'
    ])
    expect(fs.glob(['**/plan.md'])).toEqual(['plans/active/B/plan.md'])
    expect(fs.glob(['plans/**/*.md'], ['plans/active/A/**'])).toEqual([
      'plans/active/B/plan.md',
      'plans/scratch/a.md'
    ])
    expect(fs.glob(['plans/**/*.md'], ['plans/active', 'plans/scratch/'])).toEqual([])
    expect(fs.glob(['docs/fix_plan.md'])).toEqual(['docs/fix_plan.md'])
    expect(fs.glob(['docs/missing.md'])).toEqual([])
  })

  it('applies nested .gitignore files with git semantics', () => {
    expect(fs.isIgnored('debug.log')).toBe(true)
    expect(fs.isIgnored('plans/keep.log')).toBe(false) // re-included by the nested file
    expect(fs.isIgnored('plans/scratch/a.md')).toBe(true)
    expect(fs.isIgnored('plans/scratch')).toBe(true)
    expect(fs.isIgnored('build/out.md')).toBe(true) // parent folder excluded
    expect(fs.isIgnored('docs/fix_plan.md')).toBe(false)
    expect(fs.isIgnored('../escape')).toBe(false)
  })

  it('decides deep and over-long paths without a cost that grows with their depth squared', () => {
    const deep = 'a/'.repeat(1500)
    expect(fs.isIgnored(`build/${deep}out.md`)).toBe(true)
    expect(fs.isIgnored(`plans/scratch/${deep}x.md`)).toBe(true)
    expect(fs.isIgnored(`plans/${deep}keep.log`)).toBe(false)
    expect(fs.isIgnored(`docs/${deep}x.log`)).toBe(true)
    expect(normalizeRepoPath('a/'.repeat(2049))).toBeUndefined()
    expect(fs.stat(`docs/${'x'.repeat(5000)}`)).toBeUndefined()
  })

  it('refuses paths outside the root or inside .git, whether or not they exist', () => {
    expect(fs.refusal('.git/config')).toBe('git-internal')
    expect(fs.refusal('docs/../.GIT/HEAD')).toBe('git-internal')
    expect(fs.refusal('../../etc/passwd')).toBe('outside-root')
    expect(fs.refusal('/etc/passwd')).toBe('outside-root')
    expect(fs.refusal('../.git/config')).toBe('outside-root')
    expect(fs.refusal('docs/fix_plan.md')).toBeUndefined()
    expect(fs.refusal('docs/nothing.md')).toBeUndefined()
  })

  it('returns a too-large marker instead of the content above the size cap', () => {
    const small = new MemoryRepoFS(
      { 'big.md': 'x'.repeat(100), 'ok.md': 'y' },
      { maxFileBytes: 10 }
    )
    expect(small.read('big.md')).toMatchObject({ tooLarge: true, size: 100, limit: 10, text: '' })
    expect(small.read('ok.md', { maxBytes: 0 })).toMatchObject({ tooLarge: true, limit: 0 })
    expect(small.read('ok.md')?.tooLarge).toBeUndefined()
  })

  it('keeps raw bytes for binary checks', () => {
    const binary = new MemoryRepoFS({ 'x.md': new Uint8Array([0x23, 0x00, 0xff]) })
    expect(binary.read('x.md')?.bytes).toEqual(new Uint8Array([0x23, 0x00, 0xff]))
  })
})
