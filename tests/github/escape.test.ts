import { describe, expect, it } from '@jest/globals'
import { defuseReferences } from '../../src/github/escape.js'

const ZWSP = '\u200b'

describe('defuseReferences', () => {
  it('breaks mentions, issue numbers and GH- references', () => {
    expect(defuseReferences('@octocat fixed #12 and GH-7')).toBe(
      `@${ZWSP}octocat fixed #${ZWSP}12 and GH-${ZWSP}7`
    )
  })

  it('breaks a GH- reference glued to the word before it, in any case', () => {
    // Found by the mirror-render property test (seed -1119875561).
    expect(defuseReferences('0Gh-0')).toBe(`0Gh-${ZWSP}0`)
    expect(defuseReferences('xgh-12')).toBe(`xgh-${ZWSP}12`)
  })

  it('leaves text without references alone', () => {
    expect(defuseReferences('GH- 12, #x, a@ b')).toBe('GH- 12, #x, a@ b')
  })
})
