import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import picomatch from 'picomatch'
import { DiskRepoFS } from '../../../src/core/repo/disk.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import { TempTree } from '../../helpers/temp-tree.js'

/** Trees of a few levels with the names plan globs look for. */
const segment = fc.constantFrom('plans', 'active', 'A', 'B', 'reports', 'x')
const file = fc.constantFrom('implementation.md', 'plan.md', 'notes.txt')
const tree = fc
  .uniqueArray(
    fc
      .tuple(fc.array(segment, { maxLength: 5 }), file)
      .map(([dirs, name]) => [...dirs, name].join('/')),
    { maxLength: 25 }
  )
  // A path that is a file cannot also be a folder above another.
  .map((paths) => paths.filter((path) => !paths.some((other) => other.startsWith(`${path}/`))))
const pattern = fc.constantFrom(
  'plans/active/*/implementation.md',
  'plans/active/*/*/plan.md',
  'plans/*',
  'plans/active/?/plan.md',
  'plans/**/plan.md',
  'plans/active/{A,B}/*.md',
  '*/*/*/implementation.md',
  'plans/active/A/plan.md',
  'reports/**'
)

describe('glob', () => {
  it('finds every file of the tree its patterns match, walking only as deep as they reach', () => {
    fc.assert(
      fc.property(tree, fc.array(pattern, { minLength: 1, maxLength: 3 }), (paths, patterns) => {
        const fs = new MemoryRepoFS(Object.fromEntries(paths.map((path) => [path, 'x'])))
        const matches = picomatch(patterns, { dot: true })
        expect(fs.glob(patterns)).toEqual(paths.filter((path) => matches(path)).sort())
      }),
      { numRuns: 2000 }
    )
  })

  it('lists no folder deeper than its patterns reach', () => {
    const temp = new TempTree()
    try {
      temp.write({
        'plans/active/A/implementation.md': 'x',
        'plans/active/A/reports/2025-01-01T000000Z/deep/log.md': 'x'
      })
      const fs = new DiskRepoFS(temp.root)
      const listed: string[] = []
      const list = fs.list.bind(fs)
      fs.list = (dir: string) => {
        listed.push(dir)
        return list(dir)
      }
      expect(fs.glob(['plans/active/*/implementation.md'])).toEqual([
        'plans/active/A/implementation.md'
      ])
      expect(listed).not.toContain('plans/active/A/reports')
      expect(fs.glob(['plans/**/log.md'])).toEqual([
        'plans/active/A/reports/2025-01-01T000000Z/deep/log.md'
      ])
    } finally {
      temp.remove()
    }
  })
})
