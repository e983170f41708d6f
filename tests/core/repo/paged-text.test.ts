import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { lineLengths } from '../../../src/core/engine/line-lengths.js'
import { decodedContent } from '../../../src/core/repo/content.js'
import { decodeText, isValidUtf8, looksBinary } from '../../../src/core/repo/decode.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'
import {
  MemoryBytes,
  PagedText,
  PAGED_DOCUMENT_BYTES,
  scanBytes
} from '../../../src/core/repo/paged-text.js'
import { TreeLines } from '../../../src/core/rules/util/evidence-text.js'
import { locateLines, sourceLinesOf } from '../../../src/core/scan/lines.js'
import { findSuppressions } from '../../../src/core/suppressions.js'

/** Pieces of UTF-8, valid and broken, that a line split or a decoder could get wrong. */
const piece = fc.constantFrom(
  [0x61],
  [0x20],
  [0x23],
  [0x2d],
  [0x0a],
  [0x0d],
  [0x0d, 0x0a],
  [0xef, 0xbb, 0xbf], // BOM
  [0xe2, 0x80, 0x94], // em dash
  [0xf0, 0x9f, 0x98, 0x80], // emoji (a surrogate pair)
  [0xe2, 0x80], // truncated sequence
  [0xc3], // lone lead byte
  [0x80], // lone continuation byte
  [0xff],
  ...[...'<!-- planguard-disable-next-line x -- y -->'].map((char) => [char.charCodeAt(0)])
)
const bytes = fc.array(piece, { maxLength: 60 }).map((pieces) => Uint8Array.from(pieces.flat()))
const runs = { numRuns: 3000 }

describe('PagedText', () => {
  it('decodes line by line exactly what decoding the whole file gives', () => {
    fc.assert(
      fc.property(bytes, (value) => {
        const paged = PagedText.fromBytes(value)
        const whole = decodeText(value)
        const lines = whole.split('\n')
        expect(paged.toString()).toBe(whole)
        expect(paged.lineCount).toBe(lines.length)
        lines.forEach((line, index) => {
          expect(paged.line(index)).toBe(line)
          expect(paged.lineLength(index)).toBe(line.length)
          expect(paged.endsWithCarriageReturn(index)).toBe(line.endsWith('\r'))
        })
        expect(paged.line(lines.length)).toBe('')
        expect(paged.line(-1)).toBe('')
        expect(paged.containsAscii('planguard-disable')).toBe(whole.includes('planguard-disable'))
        expect(paged.carriageReturnsBeforeNewlines).toBe(!/\r(?!\n)/.test(whole))
        expect(paged.isValidUtf8).toBe(isValidUtf8(value))
        expect(paged.looksBinary).toBe(looksBinary(value))
        expect(paged.bytes).toEqual(value)
      }),
      runs
    )
  })

  it('learns the same from its bytes whatever the size of the blocks it reads them in', () => {
    fc.assert(
      fc.property(bytes, fc.integer({ min: 1, max: 9 }), (value, blockSize) => {
        const source = new MemoryBytes(value)
        const inBlocks = new PagedText(source, scanBytes(source, blockSize))
        const whole = PagedText.fromBytes(value)
        expect(inBlocks.lineCount).toBe(whole.lineCount)
        for (let index = 0; index < whole.lineCount; index++) {
          expect(inBlocks.line(index)).toBe(whole.line(index))
        }
        expect(inBlocks.isValidUtf8).toBe(whole.isValidUtf8)
        expect(inBlocks.carriageReturnsBeforeNewlines).toBe(whole.carriageReturnsBeforeNewlines)
        expect(inBlocks.containsAscii('planguard-disable', blockSize)).toBe(
          whole.containsAscii('planguard-disable')
        )
      }),
      runs
    )
  })

  it('gives the same line however often and in whatever order it is read', () => {
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(30), { maxLength: 40 }), (value, reads) => {
        const paged = PagedText.fromBytes(value)
        const lines = decodeText(value).split('\n')
        for (const index of reads) expect(paged.line(index)).toBe(lines[index] ?? '')
      }),
      runs
    )
  })
})

describe('the lines of a paged text', () => {
  it('are the scanner lines of the decoded text', () => {
    fc.assert(
      fc.property(bytes, fc.integer({ min: -1, max: 12 }), (value, column) => {
        const paged = sourceLinesOf(PagedText.fromBytes(value))
        const text = locateLines(decodeText(value))
        expect(paged.count).toBe(text.count)
        for (let line = 0; line <= text.count + 1; line++) {
          expect(paged.line(line)).toBe(text.line(line))
          expect(paged.lengthOf(line)).toBe(text.lengthOf(line))
          if (column >= 1) {
            expect(paged.sliceLine(line, column, column + 5)).toBe(
              text.sliceLine(line, column, column + 5)
            )
            expect(paged.span(line, line + 2, column)).toBe(text.span(line, line + 2, column))
          }
        }
        expect(paged.span(3, 1)).toBe(text.span(3, 1))
      }),
      runs
    )
  })

  it('have the lengths the range clamper uses', () => {
    fc.assert(
      fc.property(bytes, (value) => {
        expect(lineLengths(PagedText.fromBytes(value))).toEqual(lineLengths(decodeText(value)))
      }),
      runs
    )
  })

  it('hold the same suppression comments', () => {
    fc.assert(
      fc.property(bytes, (value) => {
        expect(findSuppressions('f.md', PagedText.fromBytes(value))).toEqual(
          findSuppressions('f.md', decodeText(value))
        )
      }),
      runs
    )
  })

  it('hold the same suppression comments in documents written with them', () => {
    const line = fc.constantFrom(
      '<!-- planguard-disable-next-line artifact-exists -- moved -->',
      '  <!-- planguard-disable-next-line a, b --> <!-- planguard-disable-next-line c -- x -->',
      '```',
      '~~~~',
      '',
      '   ',
      '- Status: done — ✅',
      '\uFEFFtext'
    )
    const ending = fc.constantFrom('\n', '\r\n', '\r')
    const document = fc
      .array(fc.tuple(line, ending), { minLength: 1, maxLength: 30 })
      .map((lines) => lines.map(([text, end]) => text + end).join(''))
    fc.assert(
      fc.property(document, fc.nat(), (text, at) => {
        // A directive in every document: the line walk runs every time, not only the search.
        const lines = text.split('\n')
        lines.splice(at % (lines.length + 1), 0, '<!-- planguard-disable-next-line x -- y -->')
        const value = new TextEncoder().encode(lines.join('\n'))
        const whole = findSuppressions('f.md', decodeText(value))
        expect(findSuppressions('f.md', PagedText.fromBytes(value))).toEqual(whole)
      }),
      { numRuns: 1000 }
    )
  })

  it('are the lines rules quote from', () => {
    fc.assert(
      fc.property(bytes, (value) => {
        const paged = new TreeLines(new MemoryRepoFS({ 'f.md': value }, { pagedDocumentBytes: 0 }))
        const text = new TreeLines(new MemoryRepoFS({ 'f.md': value }))
        expect(paged.lines('f.md')).toEqual(text.lines('f.md'))
        const count = text.lines('f.md').length
        for (let line = 0; line <= count + 1; line++) {
          expect(paged.line('f.md', line)).toBe(text.line('f.md', line))
          expect(paged.lineLength('f.md', line)).toBe(text.lineLength('f.md', line))
        }
        const start = { line: 1, column: 2 }
        const end = { line: count, column: 3 }
        expect(paged.slice('f.md', start, end)).toBe(text.slice('f.md', start, end))
      }),
      runs
    )
  })
})

describe('reading a file', () => {
  it('pages a large file and keeps its text for whoever asks for it whole', () => {
    const value = new TextEncoder().encode('# Ledger — ✅\n'.repeat(10))
    const small = decodedContent(value)
    expect(small.paged).toBeUndefined()
    const paged = decodedContent(value, 0)
    expect(paged.paged).toBeInstanceOf(PagedText)
    expect(paged.text).toBe(small.text)
    expect(paged.size).toBe(value.length)
    expect(PAGED_DOCUMENT_BYTES).toBeGreaterThan(1024 * 1024)
  })
})
