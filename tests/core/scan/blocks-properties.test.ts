import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { scanDocument, scanStructure, type Block } from '../../../src/core/scan/blocks.js'

/** Lines built from the pieces that matter to the scanner, so random input hits real paths. */
const piece = fc.constantFrom(
  '# ',
  '## [A-1] ',
  '-### ',
  '- ',
  '-- ',
  '* ',
  '1. ',
  '  ',
  '\t',
  '    ',
  '```',
  '~~~',
  '| a | b |',
  '| --- | --- |',
  '---',
  '===',
  '<!--',
  '-->',
  '<div>',
  'text',
  '[2025-10-17] Attempt #1',
  '\\|',
  '`'
)
const line = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''))
const documentText = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol))

describe('scanDocument properties', () => {
  it('never throws and gives well-formed, ordered, in-bounds blocks', () => {
    fc.assert(
      fc.property(fc.oneof(documentText, fc.string({ maxLength: 300 })), (text) => {
        const { lines, blocks } = scanDocument(text)
        let previousLine = 1
        blocks.forEach((block, index) => {
          const { range } = block
          expect(range.line).toBeGreaterThanOrEqual(previousLine)
          previousLine = range.line
          expect(range.line).toBeLessThanOrEqual(range.endLine)
          expect(range.endLine).toBeLessThanOrEqual(lines.length)
          expect(range.column).toBeGreaterThanOrEqual(1)
          expect(range.endColumn).toBe((lines[range.endLine - 1] ?? '').length + 1)
          expect(block.parent).toBeLessThan(index)
          if (block.parent >= 0) {
            const parent = blocks[block.parent]
            expect(parent?.kind).toBe('listItem')
            expect(parent?.range.endLine ?? 0).toBeGreaterThanOrEqual(range.line)
          }
        })
      }),
      { numRuns: 400 }
    )
  })

  it('reads the same blocks whatever the line terminator', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const lf = scanDocument(lines.join('\n')).blocks
        expect(scanDocument(lines.join('\r\n')).blocks).toEqual(lf)
        expect(scanDocument(lines.join('\r')).blocks).toEqual(lf)
      }),
      { numRuns: 200 }
    )
  })
})

describe('scanDocument structureOnly', () => {
  it('keeps the headings, list items and tables of a full scan, in order, parents renumbered', () => {
    fc.assert(
      fc.property(fc.oneof(documentText, fc.string({ maxLength: 300 })), (text) => {
        const full = scanDocument(text).blocks
        const renumbered = new Map<number, number>([[-1, -1]])
        const expected: Block[] = []
        full.forEach((block, index) => {
          if (block.kind !== 'heading' && block.kind !== 'listItem' && block.kind !== 'table')
            return
          renumbered.set(index, expected.length)
          expected.push({ ...block, parent: renumbered.get(block.parent) ?? -2 })
        })
        expect(scanDocument(text, { structureOnly: true }).blocks.map(plainBlock)).toEqual(expected)
      }),
      { numRuns: 400 }
    )
  })

  it('gives the same blocks and lines when lines are sliced as read (scanStructure)', () => {
    fc.assert(
      fc.property(fc.oneof(documentText, fc.string({ maxLength: 300 })), (text) => {
        const expected = scanDocument(text, { structureOnly: true })
        const actual = scanStructure(text)
        expect(actual.blocks.toArray().map(plainBlock)).toEqual(expected.blocks.map(plainBlock))
        expect(actual.source.count).toBe(expected.lines.length)
        expected.lines.forEach((line, index) => expect(actual.source.line(index + 1)).toBe(line))
      }),
      { numRuns: 400 }
    )
  })

  it('gives the ledger parser compact list items that read as the full scan’s', () => {
    const text = '- a\n  - b  \n\n    more\n-- c\n1) d\n\n\ntext\n'
    const items = scanDocument(text, { structureOnly: true }).blocks
    expect(items.map((block) => block.kind)).toEqual([
      'listItem',
      'listItem',
      'listItem',
      'listItem'
    ])
    expect(items[1]).toMatchObject({
      text: 'b',
      range: { line: 2, column: 3, endLine: 4, endColumn: 9 },
      parent: 0,
      depth: 1
    })
    expect(items[2]).toMatchObject({ text: 'c', leakedPrefix: '-', marker: '-' })
    expect(items[3]).toMatchObject({ text: 'd', ordered: true, marker: '1)' })
  })
})

/**
 * A block as a plain object: the list items of a structure-only scan read their range and text
 * through getters, which toEqual does not see.
 */
function plainBlock(block: Block): Block {
  if (block.kind !== 'listItem') return block
  const plain: Block = {
    kind: 'listItem',
    parent: block.parent,
    range: block.range,
    indent: block.indent,
    marker: block.marker,
    ordered: block.ordered,
    contentColumn: block.contentColumn,
    text: block.text,
    depth: block.depth
  }
  if (block.leakedPrefix !== undefined) plain.leakedPrefix = block.leakedPrefix
  return plain
}

describe('SourceLines.span', () => {
  it('equals the lines joined by a newline, the first cut at the column', () => {
    fc.assert(
      fc.property(
        fc.oneof(documentText, fc.string({ maxLength: 300 })),
        fc.nat(45),
        fc.nat(10),
        fc.integer({ min: 1, max: 12 }),
        (text, from, length, column) => {
          const { lines, source } = scanDocument(text)
          const start = from + 1
          const end = start + length - 1
          const joined: string[] = []
          for (let line = start; line <= end; line += 1) {
            const content = lines[line - 1] ?? ''
            joined.push(line === start ? content.slice(column - 1) : content)
          }
          expect(source.span(start, end, column)).toBe(joined.join('\n'))
          expect(source.lengthOf(start)).toBe((lines[start - 1] ?? '').length)
          expect(source.count).toBe(lines.length)
        }
      ),
      { numRuns: 600 }
    )
  })

  it('drops a BOM and reads every line terminator', () => {
    const { lines, source } = scanDocument('\uFEFFa\r\nbb\rccc\n\r\nd\r')
    expect(lines).toEqual(['a', 'bb', 'ccc', '', 'd'])
    expect(source.span(1, 5)).toBe('a\nbb\nccc\n\nd')
    expect(source.span(2, 3, 2)).toBe('b\nccc')
    expect(source.span(5, 7)).toBe('d\n\n')
    expect(source.span(3, 2)).toBe('')
  })
})

describe('scanDocument scale', () => {
  it('grows linearly to a 20 MB ledger (timings printed, not asserted)', () => {
    const entry = (n: number): string =>
      [
        `## [SCALE-${n}] Entry ${n}`,
        '- Status: in_progress',
        '- Attempts History:',
        `  * [2025-10-17] Attempt #${n} — Phase A: text with \`reports/2025-10-17T025000Z/a.md\``,
        '    Metrics: none',
        '    Artifacts:',
        '      - `plans/active/X/reports/2025-10-17T025000Z/`',
        '| ID | State |',
        '| --- | --- |',
        '| A1 | [x] |',
        ''
      ].join('\n')
    const unit = Array.from({ length: 1000 }, (_, n) => entry(n)).join('\n')
    const timings: string[] = []
    let previous = 0
    for (const copies of [4, 16, 64]) {
      const text = unit.repeat(copies)
      const started = performance.now()
      const { blocks } = scanDocument(text)
      const elapsed = performance.now() - started
      timings.push(`${(text.length / 1e6).toFixed(1)} MB: ${elapsed.toFixed(0)} ms`)
      const headings = blocks.filter((block) => block.kind === 'heading').length
      expect(headings).toBe(copies * 1000)
      expect(blocks.length).toBeGreaterThan(previous)
      previous = blocks.length
    }
    console.log(`scanner: ${timings.join(', ')}`)
  })
})
