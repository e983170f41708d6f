import { Buffer, isUtf8 } from 'node:buffer'
import { decodeText } from './decode.js'

/**
 * Where a paged text's bytes are: in memory, or in a file read again a block at a time (see
 * FileBytes), so that not even the bytes stay in the process.
 */
export interface ByteSource {
  readonly size: number
  /** Bytes `[start, end)`; the view may be reused by the next call. */
  read(start: number, end: number): Buffer
  /** Bytes `[start, end)` of valid UTF-8 decoded by Buffer, without a view made for them. */
  utf8(start: number, end: number): string
}

/** Bytes held in memory. */
export class MemoryBytes implements ByteSource {
  readonly #buffer: Buffer

  constructor(bytes: Uint8Array) {
    this.#buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  }

  get size(): number {
    return this.#buffer.length
  }

  read(start: number, end: number): Buffer {
    return this.#buffer.subarray(start, end)
  }

  utf8(start: number, end: number): string {
    return this.#buffer.toString('utf8', start, end)
  }
}

/** What a first pass over the bytes learns: where lines end, and how the text may be read. */
export interface ByteFacts {
  /** Byte offset of every `\n`, ascending. */
  newlines: Uint32Array
  /** Whether the bytes are valid UTF-8. */
  valid: boolean
  /** A NUL byte within the first 8000 (how git tells binary files). */
  binary: boolean
  carriageReturns: 'none' | 'before-newlines' | 'alone'
}

/**
 * The text of a large document, kept as its UTF-8 bytes and decoded a line at a time.
 *
 * A 20 MB ledger decoded at once is a 42 MB two-byte string (a dash on most lines makes the
 * whole string two-byte) that lives as long as the run. Held as bytes (or left in its file) it
 * costs its size at most once, and a line is decoded when it is read. A line here ends at a `\n`
 * byte, which never belongs to a multi-byte sequence and ends any broken one, so decoding line by
 * line gives exactly the characters decoding the whole file gives (`decodeText`: invalid
 * sequences become U+FFFD, a leading BOM is dropped). Each decoded line is a string of its own: a
 * title or a path kept from it keeps that line alive, never the document.
 */
export class PagedText {
  readonly #source: ByteSource
  readonly #facts: ByteFacts
  /** UTF-16 length of each line once it has been decoded (-1 before). */
  readonly #lengths: Int32Array
  readonly #recent = new RecentLines()

  constructor(source: ByteSource, facts: ByteFacts) {
    this.#source = source
    this.#facts = facts
    this.#lengths = new Int32Array(facts.newlines.length + 1).fill(-1)
  }

  /** A paged text over bytes in memory. */
  static fromBytes(bytes: Uint8Array): PagedText {
    const source = new MemoryBytes(bytes)
    return new PagedText(source, scanBytes(source))
  }

  /** Size of the text in bytes. */
  get size(): number {
    return this.#source.size
  }

  /** Whether the bytes are valid UTF-8. */
  get isValidUtf8(): boolean {
    return this.#facts.valid
  }

  /** Whether the bytes look binary (a NUL byte within the first 8000). */
  get looksBinary(): boolean {
    return this.#facts.binary
  }

  /** All the bytes, in a buffer of their own (read again from a file). */
  get bytes(): Uint8Array {
    return Uint8Array.from(this.#source.read(0, this.size))
  }

  /** Lines separated by `\n` (a final empty one after a final `\n`); at least one. */
  get lineCount(): number {
    return this.#facts.newlines.length + 1
  }

  /** Whether every `\r` of the text is followed by a `\n` (so `\r` ends no line by itself). */
  get carriageReturnsBeforeNewlines(): boolean {
    return this.#facts.carriageReturns !== 'alone'
  }

  /** Line `index` (0-based), without its `\n` (a `\r` before it is kept); `''` outside. */
  line(index: number): string {
    if (!(index >= 0 && index < this.lineCount)) return ''
    const recent = this.#recent.get(index)
    if (recent !== undefined) return recent
    const start = this.#start(index)
    const end = this.#end(index)
    // Only the first line may start with a BOM to drop; the text decoder alone drops it. On
    // valid UTF-8 every decoder agrees, and Buffer's is the quicker.
    const text =
      this.#facts.valid && start > 0
        ? this.#source.utf8(start, end)
        : (start === 0 ? firstLineDecoder : laterLineDecoder).decode(this.#source.read(start, end))
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
    if (this.#facts.carriageReturns === 'none') return false
    const start = this.#start(index)
    const end = this.#end(index)
    return end > start && this.#source.read(end - 1, end)[0] === CARRIAGE_RETURN
  }

  /**
   * Whether the text contains `needle`, which must be ASCII: searched for in the bytes, where an
   * ASCII character is one byte (and never part of a broken sequence), without decoding.
   */
  containsAscii(needle: string, blockSize = SCAN_BLOCK): boolean {
    // Searched block by block, each block overlapping the last by the needle's length.
    const step = blockSize
    for (let start = 0; start < this.size; start += step) {
      const end = Math.min(this.size, start + step + needle.length - 1)
      if (this.#source.read(start, end).includes(needle, 0, 'latin1')) return true
    }
    return false
  }

  /** The whole text as one string: what decodeText(bytes) gives. */
  toString(): string {
    return decodeText(this.#source.read(0, this.size))
  }

  #start(index: number): number {
    return index === 0 ? 0 : (this.#facts.newlines[index - 1] ?? 0) + 1
  }

  #end(index: number): number {
    return this.#facts.newlines[index] ?? this.size
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

/** Bytes read at a time by the first pass and by a block search. */
const SCAN_BLOCK = 256 * 1024

/**
 * The first pass over a text's bytes, a block at a time: the offsets of its `\n`s (in one typed
 * array that doubles as it fills), whether it is valid UTF-8 (checked up to each block's last
 * `\n`, where no sequence can be cut), binary, and how its `\r`s stand.
 */
export function scanBytes(source: ByteSource, blockSize = SCAN_BLOCK): ByteFacts {
  let newlines = new Uint32Array(Math.max(16, source.size >>> 6))
  let count = 0
  let valid = true
  let carriageReturns: ByteFacts['carriageReturns'] = 'none'
  const binary = source.read(0, Math.min(source.size, 8000)).includes(0)
  // Blocks of whole lines: each ends after its last `\n`, where no UTF-8 sequence is cut.
  for (let start = 0; start < source.size;) {
    let block = source.read(start, Math.min(source.size, start + blockSize))
    let last = block.lastIndexOf(NEWLINE)
    // A line longer than a block: read more until it ends.
    for (let size = blockSize * 2; last < 0 && start + block.length < source.size; size *= 2) {
      block = source.read(start, Math.min(source.size, start + size))
      last = block.lastIndexOf(NEWLINE)
    }
    const length = start + block.length === source.size ? block.length : last + 1
    for (
      let at = block.indexOf(NEWLINE);
      at >= 0 && at < length;
      at = block.indexOf(NEWLINE, at + 1)
    ) {
      if (count === newlines.length) {
        const grown = new Uint32Array(count * 2)
        grown.set(newlines)
        newlines = grown
      }
      newlines[count++] = start + at
    }
    if (carriageReturns !== 'alone') carriageReturns = returnsIn(block, length, carriageReturns)
    if (valid) valid = isUtf8(block.subarray(0, length))
    start += length
  }
  return { newlines: newlines.slice(0, count), valid, binary, carriageReturns }
}

/** How the `\r`s of `block[0, length)` stand, given how the earlier ones did. */
function returnsIn(
  block: Buffer,
  length: number,
  before: ByteFacts['carriageReturns']
): ByteFacts['carriageReturns'] {
  let found = before
  for (
    let at = block.indexOf(CARRIAGE_RETURN);
    at >= 0 && at < length;
    at = block.indexOf(CARRIAGE_RETURN, at + 1)
  ) {
    if (block[at + 1] !== NEWLINE) return 'alone'
    found = 'before-newlines'
  }
  return found
}

/**
 * Lines decoded lately, each in the slot its number picks (number mod the slot count): a line
 * is read several times in a row (its marker, its text, …), and neighbours do not evict it.
 */
class RecentLines {
  readonly #indexes = new Int32Array(RECENT_LINES).fill(-1)
  readonly #texts: string[] = new Array<string>(RECENT_LINES).fill('')

  get(index: number): string | undefined {
    const slot = index & (RECENT_LINES - 1)
    return this.#indexes[slot] === index ? this.#texts[slot] : undefined
  }

  add(index: number, text: string): void {
    const slot = index & (RECENT_LINES - 1)
    this.#indexes[slot] = index
    this.#texts[slot] = text
  }
}

/** Slots of RecentLines: a power of two. */
const RECENT_LINES = 64
