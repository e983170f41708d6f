/**
 * Splits one line of text into the tokens that may cite an artifact: the content of backtick code
 * spans and the whitespace-separated words between them. One linear pass per line.
 */
import { isWordSpace, WORD_SPACE, WORD_SPACE_RUN } from '../../chars.js'

export interface Candidate {
  /** The token as written (surrounding punctuation not yet removed). */
  text: string
  /** 0-based offset of `text` in the line. */
  start: number
  /** Inside a backtick code span. */
  quoted: boolean
  /** One word of a code span holding several words (a command line). */
  inCommand: boolean
  /** In a command, the word follows an output redirection or an output option. */
  output: boolean
}

const BACKTICK = 0x60

/** Tokens of one line, in order. */
export function findCandidates(line: string): Candidate[] {
  const candidates: Candidate[] = []
  const marks = new LineMarks(line)
  let plainStart = 0
  let open = -1
  // Most lines hold single backticks only: each pairs with the next, as codeSpans would pair
  // them, and the spans are read as they are found. A longer run sends the line to codeSpans.
  for (let index = line.indexOf('`'); index >= 0; index = line.indexOf('`', index + 1)) {
    if (line.charCodeAt(index + 1) === BACKTICK) return candidatesAround(line, codeSpans(line))
    if (open < 0) {
      open = index
      continue
    }
    splitPlain(line, plainStart, open, marks, candidates)
    splitSpan(line, open + 1, index, candidates)
    plainStart = index + 1
    open = -1
  }
  splitPlain(line, plainStart, line.length, marks, candidates)
  return candidates
}

/** Tokens of a line with the code spans found by codeSpans. */
function candidatesAround(line: string, spans: readonly number[]): Candidate[] {
  const candidates: Candidate[] = []
  const marks = new LineMarks(line)
  let plainStart = 0
  for (let index = 0; index < spans.length; index += SPAN_FIELDS) {
    splitPlain(line, plainStart, spans[index] as number, marks, candidates)
    splitSpan(line, spans[index + 1] as number, spans[index + 2] as number, candidates)
    plainStart = spans[index + 3] as number
  }
  splitPlain(line, plainStart, line.length, marks, candidates)
  return candidates
}

/**
 * Code spans as a flat list of numbers, four per span: where the opening run starts, where the
 * content starts and ends, and the offset just after the closing run.
 */
const SPAN_FIELDS = 4

/**
 * CommonMark code spans: a run of N backticks up to the next run of exactly N. Runs are
 * collected once and each is paired with the next run of its length, so unmatched runs cost
 * nothing extra.
 */
function codeSpans(line: string): number[] {
  // Start and length of each run, flat. indexOf jumps from backtick to backtick.
  const runs: number[] = []
  let uniform = true
  for (let index = line.indexOf('`'); index >= 0; index = line.indexOf('`', index + 1)) {
    const start = index
    while (index + 1 < line.length && line.charCodeAt(index + 1) === BACKTICK) index += 1
    const length = index - start + 1
    if (length !== 1) uniform = false
    runs.push(start, length)
  }
  const count = runs.length / 2
  if (count < 2) return []
  const closing = uniform ? undefined : nextRunsOfSameLength(runs)
  const spans: number[] = []
  let position = 0
  while (position < count) {
    // Single backticks (most lines) pair with the next run.
    const close = closing === undefined ? position + 1 : (closing[position] as number)
    if (close < 0 || close >= count) {
      position += 1
      continue
    }
    const openStart = runs[2 * position] as number
    const closeStart = runs[2 * close] as number
    spans.push(
      openStart,
      openStart + (runs[2 * position + 1] as number),
      closeStart,
      closeStart + (runs[2 * close + 1] as number)
    )
    position = close + 1
  }
  return spans
}

/** For each run, the position of the next run of the same length, or -1. */
function nextRunsOfSameLength(runs: readonly number[]): number[] {
  const count = runs.length / 2
  const next = new Array<number>(count)
  const laterOfLength = new Map<number, number>()
  for (let position = count - 1; position >= 0; position -= 1) {
    const length = runs[2 * position + 1] as number
    next[position] = laterOfLength.get(length) ?? -1
    laterOfLength.set(length, position)
  }
  return next
}

/**
 * Separators that end a word whatever came before (a comma only splits outside braces): the
 * spaces of isWordSpace, `|`, brackets and `"`. A table for ASCII: the stretch scans test every
 * character of a word, and a cold run interprets them.
 */
const HARD_SEPARATOR_ASCII = (() => {
  const table = new Uint8Array(128)
  for (let code = 0; code < 128; code += 1) if (isWordSpace(code)) table[code] = 1
  for (const char of '|()[]"') table[char.charCodeAt(0)] = 1
  return table
})()

const isHardSeparator = (code: number): boolean =>
  code < 128 ? HARD_SEPARATOR_ASCII[code] === 1 : isWordSpace(code)

/**
 * Plain text splits on whitespace, table pipes and brackets; commas split outside braces.
 * Only words holding a slash or a backslash are kept: an unquoted word without one is never a
 * citation. So only the stretches between hard separators that hold one are split at all (a
 * hard separator resets the splitting state, so a stretch splits as it would in the whole run);
 * the prose between them is jumped over with indexOf.
 */
function splitPlain(
  line: string,
  from: number,
  to: number,
  marks: LineMarks,
  out: Candidate[]
): void {
  let cursor = from
  while (cursor < to) {
    const slash = marks.slashFrom(cursor)
    if (slash < 0 || slash >= to) return
    let stretchStart = slash
    while (stretchStart > cursor && !isHardSeparator(line.charCodeAt(stretchStart - 1))) {
      stretchStart -= 1
    }
    let stretchEnd = slash + 1
    while (stretchEnd < to && !isHardSeparator(line.charCodeAt(stretchEnd))) stretchEnd += 1
    splitStretch(line, stretchStart, stretchEnd, marks.commaFrom(stretchStart), out)
    cursor = stretchEnd + 1
  }
}

/**
 * The next `/`, `\\` and `,` of a line at or after an offset, asked for increasing offsets. Each
 * is searched again only once passed, so the line is searched once in all for each: a line of
 * many slashes and no backslash or comma is not searched to its end at every slash.
 */
class LineMarks {
  private slash = -2
  private backslash = -2
  private comma = -2

  constructor(private readonly line: string) {}

  /** The first `/` or `\\` at or after `offset`, or -1. */
  slashFrom(offset: number): number {
    if (this.slash !== -1 && this.slash < offset) this.slash = this.line.indexOf('/', offset)
    if (this.backslash !== -1 && this.backslash < offset) {
      this.backslash = this.line.indexOf('\\', offset)
    }
    const { slash, backslash } = this
    return slash < 0 ? backslash : backslash < 0 ? slash : Math.min(slash, backslash)
  }

  /** The first `,` at or after `offset`, or -1. */
  commaFrom(offset: number): number {
    if (this.comma !== -1 && this.comma < offset) this.comma = this.line.indexOf(',', offset)
    return this.comma
  }
}

/**
 * Splits a stretch with no hard separator inside: only commas outside braces split it. The
 * stretch holds a slash; most hold no comma (`comma` is the line's first at or after `from`)
 * and are one word.
 */
function splitStretch(
  line: string,
  from: number,
  to: number,
  comma: number,
  out: Candidate[]
): void {
  if (comma < 0 || comma >= to) {
    pushPlain(line, from, to, out)
    return
  }
  let start = -1
  let depth = 0
  let slash = false
  for (let index = from; index < to; index += 1) {
    const code = line.charCodeAt(index)
    if (code === 0x2f || code === 0x5c) slash = true
    if (code === 0x7b) depth += 1
    else if (code === 0x7d && depth > 0) depth -= 1
    if (code === 0x2c /* , */ && depth === 0) {
      if (start >= 0 && index > start && slash) pushPlain(line, start, index, out)
      start = -1
      slash = false
    } else if (start < 0) start = index
  }
  if (start >= 0 && to > start && slash) pushPlain(line, start, to, out)
}

function pushPlain(line: string, start: number, end: number, out: Candidate[]): void {
  out.push({ text: line.slice(start, end), start, quoted: false, inCommand: false, output: false })
}

/** Command words whose following argument is something the command writes or creates. */
const OUTPUT_WORDS = new Set(['>', '>>', '1>', '2>', '&>', '1>>', '2>>', 'tee', '-o'])
const CREATING_COMMANDS = new Set(['mkdir', 'touch'])
/** Long options naming where a command writes. */
const OUTPUT_OPTION = /^--?[\w-]*(?:out|save|dest|dump|write|log|target)[\w-]*$/i

/**
 * A code span: one token when it holds no whitespace outside braces (`dir/{a.md, b.md}` stays
 * one path); otherwise a command line, split into words, where arguments a command writes
 * (`> x.log`, `tee x.log`, `--output x.json`, `mkdir -p dir/`) are flagged as outputs.
 */
function splitSpan(line: string, from: number, to: number, out: Candidate[]): void {
  // Most code spans are one path: no space inside, one word. The span is sliced once and
  // searched with a native regex: a hand loop over its characters cost several times more.
  const span = line.slice(from, to)
  if (!WORD_SPACE.test(span)) {
    if (to > from)
      out.push({ text: span, start: from, quoted: true, inCommand: false, output: false })
    return
  }
  const words = span.includes('{') ? splitWords(line, from, to) : wordsBetweenSpaces(span, from)
  if (words.length === 1) {
    const word = words[0] as SpanWord
    out.push({
      text: word.text,
      start: word.start,
      quoted: true,
      inCommand: false,
      output: false
    })
    return
  }
  let writes = false
  let creating = false
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as SpanWord
    const text = word.text
    const lower = text.toLowerCase()
    if (CREATING_COMMANDS.has(lower)) creating = true
    else if (text === '&&' || text === ';' || text === '|' || text === '||') creating = false
    const equals = text.indexOf('=')
    if (equals > 0 && text.startsWith('-')) {
      // `--output=path`: the value is the candidate.
      const name = text.slice(0, equals)
      out.push({
        text: text.slice(equals + 1),
        start: word.start + equals + 1,
        quoted: true,
        inCommand: true,
        output: creating || OUTPUT_OPTION.test(name)
      })
      writes = false
      continue
    }
    if (OUTPUT_WORDS.has(lower) || (text.startsWith('-') && OUTPUT_OPTION.test(text))) {
      writes = true
      continue
    }
    if (text.startsWith('>') && text.length > 1) {
      const skip = text.startsWith('>>') ? 2 : 1
      out.push({
        text: text.slice(skip),
        start: word.start + skip,
        quoted: true,
        inCommand: true,
        output: true
      })
      continue
    }
    out.push({ text, start: word.start, quoted: true, inCommand: true, output: writes || creating })
    if (!text.startsWith('-')) writes = false
  }
}

/** A word of a code span and its offset in the line. */
interface SpanWord {
  text: string
  start: number
}

/**
 * Words of a code span without braces (`span` starts at `from` in the line): the runs between
 * spaces, split natively. A word holds no space, so searching it from the end of the previous
 * one finds its own offset.
 */
function wordsBetweenSpaces(span: string, from: number): SpanWord[] {
  const words: SpanWord[] = []
  const parts = span.split(WORD_SPACE_RUN)
  let cursor = 0
  for (let index = 0; index < parts.length; index += 1) {
    const text = parts[index] as string
    if (text.length === 0) continue
    const start = span.indexOf(text, cursor)
    words.push({ text, start: from + start })
    cursor = start + text.length
  }
  return words
}

/** Words of a code span holding a space (a space after a comma inside braces does not split). */
function splitWords(line: string, from: number, to: number): SpanWord[] {
  const words: SpanWord[] = []
  let start = -1
  let depth = 0
  for (let index = from; index <= to; index += 1) {
    const code = index < to ? line.charCodeAt(index) : 0x20
    if (code === 0x7b) depth += 1
    else if (code === 0x7d && depth > 0) depth -= 1
    // Inside braces a space after a comma belongs to the list: `{a.md, b.md}`.
    const split = isWordSpace(code) && (depth === 0 || index >= to)
    if (split) {
      if (start >= 0) words.push({ text: line.slice(start, index), start })
      start = -1
      if (index >= to) depth = 0
    } else if (start < 0) start = index
  }
  return words
}
