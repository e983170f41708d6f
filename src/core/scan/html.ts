/**
 * Start conditions of CommonMark HTML blocks, so that text inside `<!-- … -->` or a `<details>`
 * block is not read as structure. The scanner only needs to know where such a block ends.
 */
export interface HtmlStart {
  /** Text whose presence on a line ends the block (kinds 1–5); undefined: ends at a blank line. */
  endMarker?: string
  /** Whether the block may interrupt a paragraph (kind 7 may not). */
  canInterrupt: boolean
}

const RAW_TAGS = ['script', 'pre', 'style', 'textarea']

const BLOCK_TAGS = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details ' +
    'dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 ' +
    'head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option ' +
    'p param search section summary table tbody td tfoot th thead title tr track ul'
  ).split(' ')
)

export function readHtmlStart(line: string, first: number): HtmlStart | undefined {
  if (line.charCodeAt(first) !== 0x3c) return undefined
  if (line.startsWith('<!--', first)) return { endMarker: '-->', canInterrupt: true }
  if (line.startsWith('<?', first)) return { endMarker: '?>', canInterrupt: true }
  if (line.startsWith('<![CDATA[', first)) return { endMarker: ']]>', canInterrupt: true }
  if (line.charCodeAt(first + 1) === 0x21 && isLetter(line.charCodeAt(first + 2))) {
    return { endMarker: '>', canInterrupt: true }
  }
  const closing = line.charCodeAt(first + 1) === 0x2f
  const nameStart = first + (closing ? 2 : 1)
  let nameEnd = nameStart
  if (!isLetter(line.charCodeAt(nameStart))) return undefined
  while (nameEnd < line.length && isTagNameChar(line.charCodeAt(nameEnd))) nameEnd += 1
  const name = line.slice(nameStart, nameEnd).toLowerCase()
  const after = line.charCodeAt(nameEnd)
  const nameEnds = nameEnd >= line.length || after === 0x20 || after === 0x09 || after === 0x3e
  if (!closing && nameEnds && RAW_TAGS.includes(name)) {
    return { endMarker: `</${name}>`, canInterrupt: true }
  }
  const selfClosing = after === 0x2f && line.charCodeAt(nameEnd + 1) === 0x3e
  if (BLOCK_TAGS.has(name) && (nameEnds || selfClosing)) return { canInterrupt: true }
  if (isCompleteTagLine(line, nameEnd, closing)) return { canInterrupt: false }
  return undefined
}

/** Whether the line ends the HTML block opened with `start` (checked on every line, the first too). */
export function endsHtmlBlock(line: string, start: HtmlStart): boolean {
  if (start.endMarker === undefined) return false
  if (start.endMarker.startsWith('</')) return line.toLowerCase().includes(start.endMarker)
  return line.includes(start.endMarker)
}

/** Rest of a tag after its name, then only whitespace: `<foo a="1">`, `</foo >`. */
function isCompleteTagLine(line: string, from: number, closing: boolean): boolean {
  let index = from
  let quote = 0
  for (; index < line.length; index += 1) {
    const code = line.charCodeAt(index)
    if (quote !== 0) {
      if (code === quote) quote = 0
      continue
    }
    if (code === 0x22 || code === 0x27) {
      if (closing) return false
      quote = code
    } else if (code === 0x3e) break
    else if (code === 0x3c) return false
  }
  if (index >= line.length) return false
  for (index += 1; index < line.length; index += 1) {
    const code = line.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09) return false
  }
  return true
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function isTagNameChar(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d
}
