import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  isGitName,
  isPlainPath,
  lexicalRefusal,
  MAX_PATH_LENGTH,
  normalizeRepoPath
} from '../../../src/core/repo/paths.js'
import type { Refusal } from '../../../src/core/repo/types.js'

/** The `.git` test as it was written inline before `isGitName` (disk.ts, base.ts). */
const oldIsGit = (name: string): boolean => name.toLowerCase() === '.git'

/** lexicalRefusal as it was before it shared normalizeRepoPath's walk: its answers must not move. */
function oldLexicalRefusal(path: string): Refusal | undefined {
  if (isPlainPath(path, true) || path.includes('\0')) return undefined
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
    return 'outside-root'
  let depth = 0
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (depth === 0) return 'outside-root'
      depth -= 1
    } else if (segment.length === 4 && oldIsGit(segment)) {
      return 'git-internal'
    } else {
      depth += 1
    }
  }
  return undefined
}

const pieces = ['a', 'B', '.', '..', '.git', '.GiT', '.gitx', 'x.git', '', 'C:', 'c:', '\\', '\0']
const piecePath = fc
  .tuple(fc.constantFrom('', '/', '\\\\', 'C:/', 'C:\\'), fc.array(fc.constantFrom(...pieces)))
  .map(([start, parts]) => start + parts.join('/'))

describe('isGitName', () => {
  it('is `.git` in any ASCII letter case, as the lower-casing tests were', () => {
    for (const name of ['.git', '.GIT', '.Git', '.gIt', '.giT'])
      expect([name, isGitName(name)]).toEqual([name, true])
    // Lower-casing a non-ASCII letter never gives an ASCII `g`, `i` or `t` (U+0130 becomes two).
    for (const name of ['git', '.gitx', 'x.git', '.gİt', '.G\u0130T', '.git/', ' .git', ''])
      expect([name, isGitName(name)]).toEqual([name, false])
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 6 }), (name) => {
        expect(isGitName(name)).toBe(oldIsGit(name))
      }),
      { numRuns: 5000 }
    )
    fc.assert(
      fc.property(
        fc.tuple(
          fc.constantFrom('.', ',', '\u2024'),
          fc.constantFrom('g', 'G', '\u0262'),
          fc.constantFrom('i', 'I', '\u0130', '\u0131'),
          fc.constantFrom('t', 'T', '\u0287')
        ),
        (parts) => {
          const name = parts.join('')
          expect(isGitName(name)).toBe(oldIsGit(name))
        }
      )
    )
  })
})

describe('lexicalRefusal on the walk it shares with normalizeRepoPath', () => {
  it('answers as its own walk did', () => {
    fc.assert(
      fc.property(piecePath, (path) => {
        expect(lexicalRefusal(path)).toBe(oldLexicalRefusal(path))
      }),
      { numRuns: 5000 }
    )
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '.', '/', 'g', 'G', 'i', 't', 'C', ':', '\\') }),
        (path) => {
          expect(lexicalRefusal(path)).toBe(oldLexicalRefusal(path))
        }
      ),
      { numRuns: 5000 }
    )
  })

  it('refuses exactly the paths without a normal form (but NUL and overlong ones)', () => {
    fc.assert(
      fc.property(piecePath, (path) => {
        const refusal = lexicalRefusal(path)
        const normal = normalizeRepoPath(path)
        if (refusal !== undefined) expect(normal).toBeUndefined()
        else if (!path.includes('\0') && path.length <= MAX_PATH_LENGTH)
          expect(normal).toBeDefined()
      }),
      { numRuns: 5000 }
    )
    expect(lexicalRefusal('a/../../b')).toBe('outside-root')
    expect(lexicalRefusal('a/.GIT/../b')).toBe('git-internal')
    expect(lexicalRefusal('../.git')).toBe('outside-root')
    expect(lexicalRefusal('C:\\x')).toBe('outside-root')
    expect(lexicalRefusal('a/./b/')).toBeUndefined()
    expect(lexicalRefusal('a\0/..')).toBeUndefined()
  })
})
