import { describe, expect, it } from '@jest/globals'
import { scanDocument, type ListItemBlock } from '../../../src/core/scan/blocks.js'

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
