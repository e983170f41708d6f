import { afterAll, describe, expect, it } from '@jest/globals'
import { statSync, utimesSync, writeFileSync } from 'node:fs'
import { FileBytes } from '../../../src/core/repo/file-bytes.js'
import { PagedText, scanBytes } from '../../../src/core/repo/paged-text.js'
import { TempTree } from '../../helpers/temp-tree.js'

describe('FileBytes', () => {
  const tree = new TempTree()
  afterAll(() => tree.remove())

  /** A file of numbered lines long enough to span many 64 KB blocks. */
  function ledgerFile(name: string): { path: string; text: string } {
    const lines = Array.from(
      { length: 30_000 },
      (_, index) => `- line ${index} — ✅ ${'x'.repeat(index % 50)}`
    )
    const text = lines.join('\n') + '\n'
    tree.write({ [name]: text })
    return { path: tree.path(name), text }
  }

  it('reads any range, within a block or across blocks, in any order', () => {
    const { path, text } = ledgerFile('ranges.md')
    const bytes = Buffer.from(text)
    const source = new FileBytes(path, statSync(path))
    expect(source.size).toBe(bytes.length)
    const ranges = [
      [0, 10],
      [65_530, 65_545],
      [bytes.length - 5, bytes.length],
      [200_000, 200_100],
      [3, 3],
      [0, bytes.length],
      [70_000, 70_001],
      [bytes.length + 5, bytes.length + 9]
    ] as const
    for (const [start, end] of ranges) {
      expect(Buffer.from(source.read(start, end)).equals(bytes.subarray(start, end))).toBe(true)
      expect(source.utf8(start, end)).toBe(bytes.subarray(start, end).toString('utf8'))
    }
  })

  it('gives a paged text the lines the file holds', () => {
    const { path, text } = ledgerFile('lines.md')
    const source = new FileBytes(path, statSync(path))
    const paged = new PagedText(source, scanBytes(source))
    const lines = text.split('\n')
    expect(paged.lineCount).toBe(lines.length)
    for (const index of [0, 1, 29_999, 15_000, 2, 30_000, 7_777]) {
      expect(paged.line(index)).toBe(lines[index])
    }
    expect(paged.toString()).toBe(text)
  })

  it('refuses to read a file that changed after it was measured', () => {
    const { path } = ledgerFile('changed.md')
    const source = new FileBytes(path, statSync(path))
    expect(source.read(0, 5).length).toBe(5)
    writeFileSync(path, 'something else entirely\n')
    expect(() => source.read(300_000, 300_010)).toThrow(
      /changed or went away while planguard was reading it/
    )
  })

  it('refuses to read a file rewritten with other bytes of the same size', () => {
    const { path, text } = ledgerFile('same-size.md')
    const source = new FileBytes(path, statSync(path))
    expect(source.read(0, 5).length).toBe(5)
    writeFileSync(path, text.replaceAll('line', 'LINE'))
    const later = new Date(Date.now() + 5000)
    utimesSync(path, later, later)
    expect(statSync(path).size).toBe(source.size)
    expect(() => source.read(300_000, 300_010)).toThrow(/changed or went away/)
  })

  it('refuses to read a file that went away', () => {
    const { path } = ledgerFile('gone.md')
    const source = new FileBytes(path, statSync(path))
    tree.remove()
    expect(() => source.read(0, 5)).toThrow(/changed or went away/)
  })
})
