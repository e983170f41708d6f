import { Buffer, isUtf8 } from 'node:buffer'
import { decodeText } from './decode.js'

/**
 * The text of a large document, kept as its UTF-8 bytes and decoded a line at a time.
 *
 * A 20 MB ledger decoded at once is a 42 MB two-byte string (a dash on most lines makes the
 * whole string two-byte) that lives as long as the run. Held as bytes it costs its size once,
 * and a line is decoded when it is read. A line here ends at a `\n` byte, which never belongs to
 * a multi-byte sequence and ends any broken one, so decoding line by line gives exactly the
 * characters decoding the whole file gives (`decodeText`: invalid sequences become U+FFFD, a
 * leading BOM is dropped). Each decoded line is a string of its own: a title or a path kept from
 * it keeps that line alive, never the document.
 */
export class PagedText {
  /** Byte offset of every `\n`, ascending. */
  readonly #newlines: Uint32Array
  /** UTF-16 length of each line once it has been decoded (-1 before). */
  readonly #lengths: Int32Array
  readonly #recent = new RecentLines()
  /** The bytes as a Buffer, whose own decoder is the quicker one for a line. */
  readonly #buffer: Buffer
  /** Whether the bytes are valid UTF-8: then any decoder gives the same characters. */
  readonly #valid: boolean
  #carriageReturns: 'none' | 'before-newlines' | 'alone' | undefined

  constructor(readonly bytes: Uint8Array) {
    this.#buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    this.#newlines = newlineOffsets(this.#buffer)
    this.#lengths = new Int32Array(this.#newlines.length + 1).fill(-1)
    this.#valid = isUtf8(bytes)
  }

  /** Size of the text in bytes. */
  get size(): number {
    return this.bytes.length
  }

  /** Lines separated by `\n` (a final empty one after a final `\n`); at least one. */
  get lineCount(): number {
    return this.#newlines.length + 1
  }

  /** Whether every `\r` of the text is followed by a `\n` (so `\r` ends no line by itself). */
  get carriageReturnsBeforeNewlines(): boolean {
    this.#carriageReturns ??= carriageReturnsOf(this.#buffer)
    return this.#carriageReturns !== 'alone'
  }

  /** Line `index` (0-based), without its `\n` (a `\r` before it is kept); `''` outside. */
  line(index: number): string {
    if (!(index >= 0 && index < this.lineCount)) return ''
    const recent = this.#recent.get(index)
    if (recent !== undefined) return recent
    const start = this.#start(index)
    const end = this.#end(index)
    // Only the first line may start with a BOM to drop; the text decoder alone drops it.
    const text =
      this.#valid && start > 0
        ? this.#buffer.toString('utf8', start, end)
        : decodeLine(this.bytes, start, end)
    this.#lengths[index] = text.length
    this.#recent.add(index, text)
    return text
  }

  /** UTF-16 length of line `index` (decoding it the first time); 0 outside. */
  lineLength(index: number): number {
    const known = this.#lengths[index]
    if (known === undefined) return 0
    return known >= 0 ? known : this.line(index).length
  }

  /** Whether line `index` ends with `\r` (read from the bytes). */
  endsWithCarriageReturn(index: number): boolean {
    if (!(index >= 0 && index < this.lineCount)) return false
    const end = this.#end(index)
    return end > this.#start(index) && this.bytes[end - 1] === CARRIAGE_RETURN
  }

  /**
   * Whether the text contains `needle`, which must be ASCII: searched for in the bytes, where an
   * ASCII character is one byte (and never part of a broken sequence), without decoding.
   */
  containsAscii(needle: string): boolean {
    const bytes = this.bytes
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(needle, 0, 'latin1')
  }

  /** The whole text as one string: what decodeText(bytes) gives. */
  toString(): string {
    return decodeText(this.bytes)
  }

  #start(index: number): number {
    return index === 0 ? 0 : (this.#newlines[index - 1] ?? 0) + 1
  }

  #end(index: number): number {
    return this.#newlines[index] ?? this.bytes.length
  }
}

/** The text a document is read as: a string, or its bytes for a large one. */
export type DocumentText = string | PagedText

/**
 * Documents from this size on are paged: below it a string costs little, and code that reads
 * small documents whole keeps doing so.
 */
export const PAGED_DOCUMENT_BYTES = 4 * 1024 * 1024

/** The whole text of a document, however it is held. */
export function wholeText(text: DocumentText): string {
  return typeof text === 'string' ? text : text.toString()
}

const NEWLINE = 0x0a
const CARRIAGE_RETURN = 0x0d

const firstLineDecoder = new TextDecoder('utf-8')
/** A later line keeps a U+FEFF it starts with: only the file's first bytes may be a BOM. */
const laterLineDecoder = new TextDecoder('utf-8', { ignoreBOM: true })

function decodeLine(bytes: Uint8Array, start: number, end: number): string {
  return (start === 0 ? firstLineDecoder : laterLineDecoder).decode(bytes.subarray(start, end))
}

/**
 * Offsets of the `\n` bytes, in one typed array that doubles as it fills. (Buffer's own indexOf
 * searches several times faster than a typed array's.)
 */
function newlineOffsets(bytes: Buffer): Uint32Array {
  let offsets = new Uint32Array(Math.max(16, bytes.length >>> 6))
  let count = 0
  for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) {
    if (count === offsets.length) {
      const grown = new Uint32Array(count * 2)
      grown.set(offsets)
      offsets = grown
    }
    offsets[count++] = at
  }
  return offsets.slice(0, count)
}

/** Whether the bytes hold `\r`s, and whether each is followed by a `\n`. */
function carriageReturnsOf(bytes: Buffer): 'none' | 'before-newlines' | 'alone' {
  let at = bytes.indexOf(CARRIAGE_RETURN)
  if (at < 0) return 'none'
  for (; at >= 0; at = bytes.indexOf(CARRIAGE_RETURN, at + 1)) {
    if (bytes[at + 1] !== NEWLINE) return 'alone'
  }
  return 'before-newlines'
}

/** The last lines decoded: a line is read several times in a row (its marker, its text, …). */
class RecentLines {
  readonly #indexes = new Int32Array(RECENT_LINES).fill(-1)
  readonly #texts: string[] = new Array<string>(RECENT_LINES).fill('')
  #next = 0

  get(index: number): string | undefined {
    const indexes = this.#indexes
    for (let slot = 0; slot < RECENT_LINES; slot++) {
      if (indexes[slot] === index) return this.#texts[slot]
    }
    return undefined
  }

  add(index: number, text: string): void {
    this.#indexes[this.#next] = index
    this.#texts[this.#next] = text
    this.#next = (this.#next + 1) % RECENT_LINES
  }
}

const RECENT_LINES = 8
