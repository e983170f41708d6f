import { describe, expect, it } from '@jest/globals'
import { MemoryRepoFS } from '../../../../src/core/repo/memory.js'
import { TreeLines, splitAtNewlines } from '../../../../src/core/rules/util/evidence-text.js'

describe('TreeLines', () => {
  const texts: Record<string, string> = {
    'unix.md': 'one\ntwo\n\nfour',
    'windows.md': 'one\r\ntwo\r\n\r\nfour\r\n',
    'mixed.md': '\r\n\n\rx\r\r\nlast\r',
    'empty.md': ''
  }
  const source = new TreeLines(new MemoryRepoFS(texts))

  it('cuts out the lines splitAtNewlines gives, one at a time', () => {
    for (const [file, text] of Object.entries(texts)) {
      const lines = splitAtNewlines(text)
      expect(source.lines(file)).toEqual(lines)
      for (let line = 0; line <= lines.length + 1; line++) {
        expect([file, line, source.line(file, line)]).toEqual([file, line, lines[line - 1]])
        expect(source.lineLength(file, line)).toBe(lines[line - 1]?.length)
      }
    }
  })

  it('has no lines at all for a file it cannot read', () => {
    expect(source.lines('missing.md')).toEqual([])
    expect(source.line('missing.md', 1)).toBeUndefined()
    expect(source.lineLength('missing.md', 1)).toBeUndefined()
  })

  it('slices text across lines, joined by \\n', () => {
    const text = source.slice('windows.md', { line: 1, column: 2 }, { line: 4, column: 3 })
    expect(text).toBe('ne\ntwo\n\nfo')
    expect(source.slice('windows.md', { line: 3, column: 1 }, { line: 2, column: 1 })).toBe('')
  })
})
