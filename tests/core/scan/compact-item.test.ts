import { describe, expect, it } from '@jest/globals'
import { scanDocument, scanStructure, type ListItemBlock } from '../../../src/core/scan/blocks.js'

/** What a list item reads as, whether the scan kept full or compact items. */
function items(text: string, structureOnly: boolean): object[] {
  const { blocks } = scanDocument(text, { structureOnly })
  return blocks
    .filter((block): block is ListItemBlock => block.kind === 'listItem')
    .map((item) => ({
      range: item.range,
      // Block indices differ (a structure-only scan leaves text out): the parent's line does not.
      parentLine: blocks[item.parent]?.range.line,
      indent: item.indent,
      marker: item.marker,
      ordered: item.ordered,
      contentColumn: item.contentColumn,
      text: item.text,
      depth: item.depth,
      leakedPrefix: item.leakedPrefix
    }))
}

describe('compact list items (structure-only scan)', () => {
  it('read like full items', () => {
    const text = [
      '- a',
      '  * b',
      '    12) c',
      '\t- tabbed',
      '-- leaked',
      '1. one',
      '   2. two',
      '      continued'
    ].join('\n')
    expect(items(text, true)).toEqual(items(text, false))
  })

  it('read like full items when too far right or too deep to pack', () => {
    const text = `${'- '.repeat(17000)}deep\n${' '.repeat(40)}- after`
    const compact = items(text, true)
    expect(compact).toEqual(items(text, false))
    expect(compact.at(-2)).toMatchObject({ depth: 16999, contentColumn: 34001 })
  })
})

describe('scanStructure (lines sliced when read)', () => {
  const plain = (blocks: object[]): unknown =>
    blocks.map((block) => JSON.parse(JSON.stringify({ ...block, ...pick(block) })) as unknown)
  const pick = (block: object): object => {
    const item = block as ListItemBlock
    return item.kind === 'listItem'
      ? { kind: item.kind, range: item.range, text: item.text, depth: item.depth }
      : {}
  }

  it.each([
    [
      'LF',
      '# T\n\n## [A-1] x\n- Status: done\n- Attempts:\n  * [2025-10-01] Attempt #1 — a\n    more\n'
    ],
    ['CRLF', '# T\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n- x\r\n  - y\r\nSetext\r\n---\r\n'],
    ['lone CR and BOM', '\ufeff- a\r- b\r\r  c'],
    ['empty', '']
  ])('gives the blocks of a structure-only scan (%s)', (_name, text) => {
    const expected = scanDocument(text, { structureOnly: true })
    const actual = scanStructure(text)
    expect(plain(actual.blocks.toArray())).toEqual(plain(expected.blocks))
    expect(actual.source.count).toBe(expected.lines.length)
    expected.lines.forEach((line, index) => expect(actual.source.line(index + 1)).toBe(line))
  })
})

describe('BlockTable (scanStructure blocks)', () => {
  it('forgets a released block, list item or not, and keeps the others in place', () => {
    const { blocks } = scanStructure('# Title\n- a\n  - b\n## Next\n')
    expect([0, 1, 2, 3].map((index) => blocks.kindAt(index))).toEqual([
      'heading',
      'listItem',
      'listItem',
      'heading'
    ])
    blocks.release(0)
    blocks.release(2)
    expect(blocks.at(0)).toBeUndefined()
    expect(blocks.kindAt(2)).toBeUndefined()
    expect(blocks.at(1)).toMatchObject({ kind: 'listItem', text: 'a', parent: -1 })
    expect(blocks.at(3)).toMatchObject({ kind: 'heading', text: 'Next' })
    expect(blocks.toArray().map((block) => block.range.line)).toEqual([2, 4])
    expect(blocks.at(4)).toBeUndefined()
    expect(blocks.kindAt(-1)).toBeUndefined()
  })

  it('scans only as far as it is read, and settles before blocks are read', () => {
    const text = '# Ledger\n## [A-1] One\n- a\n  - b\n## [B-2] Two\n- c\n\ntext\n## [C-3] Three\n'
    const { blocks } = scanStructure(text)
    expect(blocks.scanned).toBe(0)
    expect(blocks.has(1)).toBe(true)
    expect(blocks.scanned).toBe(2)
    // Up to the heading of B-2: the items before it are closed by then.
    expect(blocks.has(4)).toBe(true)
    blocks.settle()
    expect(blocks.at(2)).toMatchObject({ kind: 'listItem', text: 'a' })
    expect(blocks.at(3)?.range).toMatchObject({ line: 4, endLine: 4 })
    expect(blocks.scanned).toBeLessThan(7)
    // An open item is final only once the scan has gone past it.
    expect(blocks.has(5)).toBe(true)
    blocks.settle()
    expect(blocks.at(5)?.range).toMatchObject({ line: 6, endLine: 6 })
    expect(blocks.length).toBe(7)
    expect(blocks.has(7)).toBe(false)
    expect(blocks.toArray().map((block) => block.range.line)).toEqual(
      scanDocument(text, { structureOnly: true }).blocks.map((block) => block.range.line)
    )
  })
})
