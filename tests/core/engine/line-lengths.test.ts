import { lineLengths } from '../../../src/core/engine/line-lengths.js'

describe('lineLengths', () => {
  const viaSplit = (text: string): number[] => text.split(/\r\n|\r|\n/).map((line) => line.length)

  it.each([
    '',
    'one line',
    'a\nbb\nccc',
    'trailing\n',
    'crlf\r\nlines\r\n',
    'lone\rcarriage\r',
    'mixed\r\n\r\n\n\r\rend',
    '\r\n',
    '\n\r',
    'x\r\r\ny'
  ])('agrees with the scanner line split for %j', (text) => {
    expect(lineLengths(text)).toEqual(viaSplit(text))
  })
})
