import { Buffer } from 'node:buffer'
import { Uint32List } from '../uint32-list.js'

/**
 * The text of a large document, kept as its UTF-8 bytes and decoded a page at a time.
 *
 * A 20 MB ledger decoded at once is a 42 MB two-byte string (a dash or an emoji on most lines
 * makes the whole string two-byte) that lives as long as the run. Held as bytes, it costs its
 * size once; the few pages being read are decoded and forgotten again. Pages end just after a
 * `\n` byte, which never belongs to a multi-byte sequence and ends any broken one, so decoding
 * page by page gives exactly the characters decoding the whole file gives (`decodeText`).
 *
 * Offsets are UTF-16 offsets into that decoded text, as for a string: `slice` and `charCodeAt`
 * behave like the string's own, and `toString()` builds the whole string (which large-document
 * code paths avoid).
 */
export class PagedText {
  /** Length of the decoded text in UTF-16 code units. */
  readonly length: number
  /** Offsets of every `\n` of the decoded text, ascending. */
  readonly newlines: Uint32Array
  /** Whether the text holds a `\r` (line splitting then needs more than `newlines`). */
  readonly hasCarriageReturn: boolean
  /** Byte offset of each page's start, and the byte length at the end. */
  readonly #pageBytes: Uint32Array
  /** UTF-16 offset of each page's start, and the text length at the end. */
  readonly #pageChars: Uint32Array
  readonly #recent: RecentPages
  /** The page read last: reading goes forward, so it usually holds the next offset too. */
  #lastPage = 0

  private constructor(
    readonly bytes: Uint8Array,
    pageBytes: Uint32Array,
    pageChars: Uint32Array,
    newlines: Uint32Array,
    hasCarriageReturn: boolean
  ) {
    this.#pageBytes = pageBytes
    this.#pageChars = pageChars
    this.length = pageChars[pageChars.length - 1] ?? 0
    this.newlines = newlines
    this.hasCarriageReturn = hasCarriageReturn
    this.#recent = new RecentPages(RECENT_PAGES)
  }

  /**
   * Reads `bytes` as UTF-8 (invalid sequences become U+FFFD and a leading BOM is dropped, as
   * decodeText does), page by page: each page is decoded once here to measure it and find its
   * line ends, and then again whenever it is read after leaving the few kept at hand.
   */
  static decode(bytes: Uint8Array, pageSize = PAGE_BYTES): PagedText {
    const pageBytes = new Uint32List()
    const pageChars = new Uint32List()
    const newlines = new Uint32List()
    let hasCarriageReturn = false
    let chars = 0
    let start = 0
    do {
      const end = pageEnd(bytes, start, pageSize)
      const page = decodePage(bytes, start, end)
      pageBytes.push(start)
      pageChars.push(chars)
      for (let at = page.indexOf('\n'); at >= 0; at = page.indexOf('\n', at + 1)) {
        newlines.push(chars + at)
      }
      if (!hasCarriageReturn && page.includes('\r')) hasCarriageReturn = true
      chars += page.length
      start = end
    } while (start < bytes.length)
    pageBytes.push(bytes.length)
    pageChars.push(chars)
    return new PagedText(
      bytes,
      pageBytes.toArray(),
      pageChars.toArray(),
      newlines.toArray(),
      hasCarriageReturn
    )
  }

  /** Size of the text in bytes. */
  get size(): number {
    return this.bytes.length
  }

  /** Number of pages (at least one, empty for an empty text). */
  get pageCount(): number {
    return this.#pageChars.length - 1
  }

  /** UTF-16 offset where page `index` starts. */
  pageStart(index: number): number {
    return this.#pageChars[index] ?? this.length
  }

  /** The decoded text of page `index` (`''` outside the text). */
  page(index: number): string {
    if (index < 0 || index >= this.pageCount) return ''
    const kept = this.#recent.get(index)
    if (kept !== undefined) return kept
    const text = decodePage(
      this.bytes,
      this.#pageBytes[index] ?? 0,
      this.#pageBytes[index + 1] ?? this.bytes.length
    )
    this.#recent.add(index, text)
    return text
  }

  /** Like String.prototype.slice with non-negative offsets. */
  slice(start = 0, end = this.length): string {
    const from = clampOffset(start, this.length)
    const to = clampOffset(end, this.length)
    if (to <= from) return ''
    const first = this.pageAt(from)
    const firstStart = this.pageStart(first)
    if (to <= this.pageStart(first + 1)) {
      return detached(this.page(first).slice(from - firstStart, to - firstStart))
    }
    // A span across pages (several lines of a long attempt): joined from its pieces.
    const parts: string[] = [this.page(first).slice(from - firstStart)]
    let index = first + 1
    while (this.pageStart(index + 1) < to) parts.push(this.page(index++))
    parts.push(this.page(index).slice(0, to - this.pageStart(index)))
    return parts.join('')
  }

  /** Like String.prototype.charCodeAt: NaN outside the text. */
  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN
    const page = this.pageAt(index)
    return this.page(page).charCodeAt(index - this.pageStart(page))
  }

  /**
   * Whether the text contains `needle`, which must be ASCII with no line break: searched for in
   * the bytes, where an ASCII character is one byte, without decoding a page.
   */
  containsAscii(needle: string): boolean {
    const bytes = this.bytes
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(needle, 0, 'latin1')
  }

  /** The whole text as one string: what decodeText(bytes) gives. */
  toString(): string {
    const parts: string[] = []
    for (let index = 0; index < this.pageCount; index++) {
      parts.push(
        decodePage(this.bytes, this.#pageBytes[index] ?? 0, this.#pageBytes[index + 1] ?? 0)
      )
    }
    return parts.join('')
  }

  /** The page holding UTF-16 offset `offset` (0 ≤ offset < length). */
  private pageAt(offset: number): number {
    const last = this.#lastPage
    if (offset >= this.pageStart(last) && offset < this.pageStart(last + 1)) return last
    const chars = this.#pageChars
    let low = 0
    let high = chars.length - 2
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if ((chars[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    this.#lastPage = low
    return low
  }
}

/** The text a document is read as: a string, or pages of bytes for a large one. */
export type DocumentText = string | PagedText

/**
 * Documents from this size on are paged: below it a string costs little, and code that reads
 * small documents whole keeps doing so.
 */
export const PAGED_DOCUMENT_BYTES = 4 * 1024 * 1024

/** Bytes per page (a page ends at the first `\n` from there). */
const PAGE_BYTES = 64 * 1024

/** Decoded pages kept at hand: parsing reads forward, rules read around an attempt. */
const RECENT_PAGES = 4

/** The whole text of a document, however it is held. */
export function wholeText(text: DocumentText): string {
  return typeof text === 'string' ? text : text.toString()
}

const firstPageDecoder = new TextDecoder('utf-8')
/** A later page keeps a U+FEFF it starts with: only the file's first bytes may be a BOM. */
const laterPageDecoder = new TextDecoder('utf-8', { ignoreBOM: true })

function decodePage(bytes: Uint8Array, start: number, end: number): string {
  const decoder = start === 0 ? firstPageDecoder : laterPageDecoder
  return decoder.decode(bytes.subarray(start, end))
}

/** Where the page starting at `start` ends: just after the first `\n` from `start + size`. */
function pageEnd(bytes: Uint8Array, start: number, size: number): number {
  if (bytes.length - start <= size) return bytes.length
  const newline = bytes.indexOf(0x0a, start + size - 1)
  return newline < 0 ? bytes.length : newline + 1
}

/**
 * A copy of `text` that shares nothing with the page it was cut from. V8 makes a longer slice a
 * view of its whole page: a title or a path kept from a line would keep the page alive, and
 * with it, sooner or later, every page of the document.
 */
function detached(text: string): string {
  // Shorter slices are copies already; a concatenation is flattened into a new string when sliced.
  return text.length < 13 ? text : (' ' + text).slice(1)
}

function clampOffset(offset: number, length: number): number {
  if (!(offset > 0)) return 0
  return Math.min(Math.floor(offset), length)
}

/** The last few decoded pages, most recent first. */
class RecentPages {
  readonly #indexes: number[] = []
  readonly #texts: string[] = []

  constructor(private readonly capacity: number) {}

  get(index: number): string | undefined {
    const at = this.#indexes.indexOf(index)
    if (at <= 0) return at === 0 ? this.#texts[0] : undefined
    // Moved to the front: a page read again and again (an entry's heading) stays.
    const text = this.#texts[at] as string
    this.#indexes.splice(at, 1)
    this.#texts.splice(at, 1)
    this.#indexes.unshift(index)
    this.#texts.unshift(text)
    return text
  }

  add(index: number, text: string): void {
    this.#indexes.unshift(index)
    this.#texts.unshift(text)
    if (this.#indexes.length > this.capacity) {
      this.#indexes.pop()
      this.#texts.pop()
    }
  }
}
