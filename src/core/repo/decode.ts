import { isUtf8 } from 'node:buffer'
import { PAGED_DOCUMENT_BYTES, PagedText } from './paged-text.js'
import type { ReadResult } from './types.js'

const lenientDecoder = new TextDecoder('utf-8')

/** UTF-8 text of some bytes; invalid sequences become U+FFFD and a leading BOM is dropped. */
export function decodeText(bytes: Uint8Array): string {
  return lenientDecoder.decode(bytes)
}

/**
 * What reading a whole file gives: its bytes and their text, decoded now, or for a large file
 * paged (decoded a page at a time when read; `text` then decodes it whole, once, if asked).
 */
export function decodedContent(bytes: Uint8Array): ReadResult {
  if (bytes.length < PAGED_DOCUMENT_BYTES) {
    return { text: decodeText(bytes), bytes, size: bytes.length }
  }
  return pagedContent(PagedText.decode(bytes))
}

/** A read result for a paged text: its bytes, and its whole text only when asked for. */
export function pagedContent(paged: PagedText): ReadResult {
  let text: string | undefined
  return {
    bytes: paged.bytes,
    size: paged.bytes.length,
    paged,
    get text(): string {
      text ??= paged.toString()
      return text
    }
  }
}

/**
 * Whether the bytes are valid UTF-8: validated natively, without decoding them a second time
 * (a ledger used to be decoded twice, the second copy thrown away).
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes)
}

/** Whether the bytes look binary: a NUL byte within the first 8 KB, as git decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000)
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true
  return false
}
