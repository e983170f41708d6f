import type { DocumentText } from '../repo/paged-text.js'

/**
 * The length of every line of `text`, lines ending where the scanner ends them (`\r\n`, `\n` or a
 * lone `\r`): `text.split(/\r\n|\r|\n/).map((line) => line.length)` without a regex nor a string
 * per line (a 20 MB ledger holds tens of thousands of lines; native indexOf finds their ends).
 */
export function lineLengths(text: DocumentText): number[] {
  if (typeof text === 'string') return stringLineLengths(text)
  if (!text.carriageReturnsBeforeNewlines) return stringLineLengths(text.toString())
  // Every `\r` ends a line with the `\n` after it: the lines are the `\n`-separated ones less it.
  const lengths: number[] = []
  for (let index = 0; index < text.lineCount; index++) {
    lengths.push(text.lineLength(index) - (text.endsWithCarriageReturn(index) ? 1 : 0))
  }
  return lengths
}

function stringLineLengths(text: string): number[] {
  const lengths: number[] = []
  let start = 0
  let newline = text.indexOf('\n')
  let carriage = text.indexOf('\r')
  for (;;) {
    // Each terminator is searched for again only once the line start has passed it.
    if (newline >= 0 && newline < start) newline = text.indexOf('\n', start)
    if (carriage >= 0 && carriage < start) carriage = text.indexOf('\r', start)
    const end = carriage < 0 ? newline : newline < 0 ? carriage : Math.min(newline, carriage)
    if (end < 0) break
    lengths.push(end - start)
    const crlf = end === carriage && text.charCodeAt(end + 1) === 0x0a
    start = end + (crlf ? 2 : 1)
  }
  lengths.push(text.length - start)
  return lengths
}
