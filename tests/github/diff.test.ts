import { describe, expect, it } from '@jest/globals'
import {
  isCommentableRange,
  parsePatch,
  parsePullRequestFiles
} from '../../src/github/review/diff.js'

const patch = [
  '@@ -1,4 +1,5 @@',
  ' # Ledger',
  '-old line',
  '+new line',
  '+another',
  ' context',
  '@@ -20,3 +21,2 @@ ## [A-1] Entry',
  ' keep',
  '-gone',
  ' tail',
  '\\ No newline at end of file'
].join('\n')

describe('parsePatch', () => {
  it('collects RIGHT-side added and context lines per hunk', () => {
    const diff = parsePatch('docs/fix_plan.md', patch)
    expect([...diff.commentable].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 21, 22])
    expect([...diff.added].sort((a, b) => a - b)).toEqual([2, 3])
    expect(diff.hunks).toEqual([
      { start: 1, end: 5 },
      { start: 21, end: 22 }
    ])
  })

  it('treats a hunk without a length as one line and a missing patch as no lines', () => {
    expect([...parsePatch('a', '@@ -3 +3 @@\n-x\n+y').commentable]).toEqual([3])
    expect(parsePatch('binary.png', undefined).commentable.size).toBe(0)
  })

  it('reads a trimmed empty context line as a context line', () => {
    const diff = parsePatch('a', '@@ -1,3 +1,3 @@\n a\n\n+c')
    expect([...diff.commentable]).toEqual([1, 2, 3])
  })

  it('accepts ranges only inside one hunk', () => {
    const diff = parsePatch('a', patch)
    expect(isCommentableRange(diff, 2, 3)).toBe(true)
    expect(isCommentableRange(diff, 4, 21)).toBe(false)
    expect(isCommentableRange(diff, 30, 30)).toBe(false)
  })

  it('skips removed files, which have no RIGHT side', () => {
    const diffs = parsePullRequestFiles([
      { filename: 'kept.md', patch: '@@ -0,0 +1 @@\n+x', status: 'added' },
      { filename: 'gone.md', patch: '@@ -1 +0,0 @@\n-x', status: 'removed' }
    ])
    expect([...diffs.keys()]).toEqual(['kept.md'])
  })
})
