import { describe, expect, it } from '@jest/globals'
import { findByLine, findByPosition, indexPatch } from './diff-lines.js'

const PATCH = [
  '@@ -1,3 +1,3 @@',
  ' one',
  '-two',
  '+TWO',
  ' three',
  '@@ -20,2 +20,3 @@ section',
  ' twenty',
  '+twenty-one',
  ' twenty-two',
  '\\ No newline at end of file'
].join('\n')

describe('patch index', () => {
  it('numbers positions from the line below the first header, counting later headers', () => {
    const index = indexPatch(PATCH)
    expect(index.lines.map((line) => [line.position, line.left, line.right])).toEqual([
      [1, 1, 1],
      [2, 2, null],
      [3, null, 2],
      [4, 3, 3],
      [6, 20, 20],
      [7, null, 21],
      [8, 21, 22],
      [9, null, null]
    ])
  })

  it('resolves lines per side and positions, and nothing between hunks', () => {
    const index = indexPatch(PATCH)
    expect(findByLine(index, 2, 'LEFT')?.position).toBe(2)
    expect(findByLine(index, 2, 'RIGHT')?.position).toBe(3)
    expect(findByLine(index, 10, 'RIGHT')).toBeUndefined()
    expect(findByLine(index, 21, 'RIGHT')?.hunk).toBe(1)
    expect(findByPosition(index, 5)).toBeUndefined()
  })

  it('gives the hunk text up to a position, as diff_hunk', () => {
    const index = indexPatch(PATCH)
    expect(index.hunkTextUpTo(7)).toBe('@@ -20,2 +20,3 @@ section\n twenty\n+twenty-one')
    expect(index.hunkTextUpTo(2)).toBe('@@ -1,3 +1,3 @@\n one\n-two')
  })

  it('ignores a trailing newline and has no lines without a patch', () => {
    expect(indexPatch('@@ -1 +1 @@\n-a\n+b\n').lines).toHaveLength(2)
    expect(indexPatch('').lines).toEqual([])
  })
})
