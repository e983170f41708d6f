import { describe, expect, it } from '@jest/globals'
import { scanBlocks, scanDocument } from '../../../src/core/scan/blocks.js'
import type {
  Block,
  FenceBlock,
  HeadingBlock,
  ListItemBlock,
  TableBlock
} from '../../../src/core/scan/blocks.js'

const headings = (blocks: Block[]) => blocks.filter((b): b is HeadingBlock => b.kind === 'heading')
const items = (blocks: Block[]) => blocks.filter((b): b is ListItemBlock => b.kind === 'listItem')

describe('scanBlocks: headings', () => {
  it('reads ATX headings with depth, text, column and closing sequence removed', () => {
    const blocks = scanBlocks('# Title\n\n## [ID-1] Entry ##\n   ### Deep\n#NotAHeading\n')
    expect(headings(blocks).map((h) => [h.depth, h.text, h.range.line, h.textColumn])).toEqual([
      [1, 'Title', 1, 3],
      [2, '[ID-1] Entry', 3, 4],
      [3, 'Deep', 4, 8]
    ])
  })

  it('keeps a heading with a leaked diff prefix and records the prefix', () => {
    const [heading] = headings(scanBlocks('-### [X-1] Title\n+## Other\n'))
    expect(heading).toMatchObject({ depth: 3, text: '[X-1] Title', leakedPrefix: '-' })
    expect(headings(scanBlocks('+## Other'))[0]?.leakedPrefix).toBe('+')
  })

  it('reads setext headings', () => {
    const blocks = scanBlocks('Title\n=====\n\nSub\n---\n')
    expect(headings(blocks).map((h) => [h.depth, h.text, h.setext])).toEqual([
      [1, 'Title', true],
      [2, 'Sub', true]
    ])
  })
})

describe('scanBlocks: list items', () => {
  const ledger = [
    '## [A-1] Entry',
    '- Status: done',
    '- Attempts History:',
    '  * [2025-10-17] Attempt #1 — Label: text',
    '    Metrics: none',
    '    Artifacts:',
    '      - `reports/x/`',
    '',
    '  * [2025-10-18] Attempt #2 — more',
    'lazy continuation',
    '- Exit Criteria: met',
    ''
  ].join('\n')

  it('nests items by indent and extends them over continuation lines', () => {
    const list = items(scanBlocks(ledger))
    expect(list.map((i) => [i.marker, i.depth, i.range.line, i.range.endLine, i.text])).toEqual([
      ['-', 0, 2, 2, 'Status: done'],
      ['-', 0, 3, 10, 'Attempts History:'],
      ['*', 1, 4, 7, '[2025-10-17] Attempt #1 — Label: text'],
      ['-', 2, 7, 7, '`reports/x/`'],
      ['*', 1, 9, 10, '[2025-10-18] Attempt #2 — more'],
      ['-', 0, 11, 11, 'Exit Criteria: met']
    ])
  })

  it('links each item to its parent item by block index', () => {
    const blocks = scanBlocks(ledger)
    const nested = items(blocks).find((i) => i.text.startsWith('`reports'))
    const parent = nested === undefined ? undefined : blocks[nested.parent]
    expect(parent?.kind === 'listItem' && parent.text).toBe('[2025-10-17] Attempt #1 — Label: text')
  })

  it('reports columns: marker column and content column', () => {
    const [item] = items(scanBlocks('   12. twelve'))
    expect(item).toMatchObject({ marker: '12.', ordered: true, indent: 3, contentColumn: 8 })
    expect(item?.range.column).toBe(4)
  })

  it('marks a list item with a stray diff prefix', () => {
    const list = items(scanBlocks('-- Status: done\n+* [2025-10-17] Attempt #1\n'))
    expect(list.map((i) => [i.leakedPrefix, i.marker, i.text])).toEqual([
      ['-', '-', 'Status: done'],
      ['+', '*', '[2025-10-17] Attempt #1']
    ])
  })

  it('nests markers written on the same line', () => {
    const list = items(scanBlocks('- - inner'))
    expect(list.map((i) => [i.depth, i.text])).toEqual([
      [0, '- inner'],
      [1, 'inner']
    ])
  })

  it('does not let an ordered item other than 1 interrupt a paragraph', () => {
    expect(items(scanBlocks('text\n2. not an item'))).toHaveLength(0)
    expect(items(scanBlocks('text\n1. an item'))).toHaveLength(1)
  })

  it('treats `---` and `* * *` as thematic breaks, not items', () => {
    const blocks = scanBlocks('---\n\n* * *\n')
    expect(blocks.map((b) => b.kind)).toEqual(['thematicBreak', 'thematicBreak'])
  })
})

describe('scanBlocks: tables', () => {
  it('reads header and body cells with their column ranges', () => {
    const text =
      '## Index\n| ID | Title |\n| --- | :-: |\n| [A-1](#a) | Fix \\| it |\nplain row\n\nafter'
    const table = scanBlocks(text).find((b): b is TableBlock => b.kind === 'table')
    expect(table?.header.cells.map((c) => c.text)).toEqual(['ID', 'Title'])
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['[A-1](#a)', 'Fix | it'],
      ['plain row']
    ])
    expect(table?.rows[0]?.cells[0]).toMatchObject({ column: 3, endColumn: 12 })
    expect(table?.range).toMatchObject({ line: 2, endLine: 5 })
  })

  it('needs a delimiter row with as many cells as the header', () => {
    expect(scanBlocks('| a | b |\n| --- |\n').some((b) => b.kind === 'table')).toBe(false)
  })
})

describe('scanBlocks: code', () => {
  it('hides everything inside a fence and reads its info string', () => {
    const blocks = scanBlocks('```ts title\n## [X-1] not a heading\n- not an item\n```\n# After')
    const fence = blocks.find((b): b is FenceBlock => b.kind === 'fence')
    expect(fence).toMatchObject({ info: 'ts title', closed: true, fence: '```' })
    expect(fence?.range).toMatchObject({ line: 1, endLine: 4 })
    expect(headings(blocks).map((h) => h.text)).toEqual(['After'])
    expect(items(blocks)).toHaveLength(0)
  })

  it('runs an unclosed fence to the end of the document', () => {
    const blocks = scanBlocks('~~~~\n# x\n~~~\n')
    expect(blocks).toHaveLength(1)
    expect(blocks[0]).toMatchObject({ kind: 'fence', closed: false })
  })

  it('ends a fence with the list item that contains it', () => {
    const blocks = scanBlocks('- item\n  ```\n  code\n# Heading\n')
    expect(blocks.find((b) => b.kind === 'fence')).toMatchObject({ closed: false })
    expect(headings(blocks)).toHaveLength(1)
  })

  it('hides structure inside an HTML comment', () => {
    const blocks = scanBlocks('<!--\n## [X-1] hidden\n-->\n## [X-2] shown')
    expect(headings(blocks).map((h) => h.text)).toEqual(['[X-2] shown'])
  })
})

describe('scanBlocks: robustness', () => {
  it('handles CRLF, lone CR, a BOM and tabs', () => {
    const { lines, blocks } = scanDocument('\uFEFF# T\r\n-\tStatus: done\r\n\t* nested\r# U')
    expect(lines).toEqual(['# T', '-\tStatus: done', '\t* nested', '# U'])
    expect(headings(blocks).map((h) => h.text)).toEqual(['T', 'U'])
    expect(items(blocks).map((i) => i.depth)).toEqual([0, 1])
  })

  it('survives 10,000-deep nesting without recursion', () => {
    const list = items(scanBlocks(`${'- '.repeat(10000)}x\n`))
    expect(list).toHaveLength(10000)
    expect(list[9999]).toMatchObject({ depth: 9999, text: 'x' })
  })

  it('closes deeply indented items on the next top-level line', () => {
    const deep = Array.from({ length: 1000 }, (_, n) => `${' '.repeat(n * 2)}- level ${n}`)
    const list = items(scanBlocks([...deep, '# End'].join('\n')))
    expect(list).toHaveLength(1000)
    expect(list[999]?.depth).toBe(999)
    expect(list.every((item) => item.range.endLine === 1000)).toBe(true)
  })

  it('handles an extremely long line and a line of markers', () => {
    const long = `- ${'x'.repeat(2_000_000)}\n${'-'.repeat(100_000)}x\n${'|'.repeat(50_000)}\n`
    const blocks = scanBlocks(long)
    expect(items(blocks)[0]?.text.length).toBe(2_000_000)
  })

  it('returns no blocks for an empty document', () => {
    expect(scanBlocks('')).toEqual([])
    expect(scanBlocks('\n\n')).toEqual([])
  })
})
