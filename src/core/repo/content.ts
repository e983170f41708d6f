import { decodeText } from './decode.js'
import { PAGED_DOCUMENT_BYTES, PagedText } from './paged-text.js'
import type { ReadResult } from './types.js'

/**
 * What reading a whole file gives: its bytes and their text, decoded now, or for a large file
 * paged (decoded a line at a time when read; `text` and `bytes` are made whole only if asked).
 */
export function decodedContent(
  bytes: Uint8Array,
  pagedFrom: number = PAGED_DOCUMENT_BYTES
): ReadResult {
  if (bytes.length < pagedFrom) {
    return { text: decodeText(bytes), bytes, size: bytes.length }
  }
  return pagedContent(PagedText.fromBytes(bytes))
}

/** A read result for a paged text: its bytes, and its whole text only when asked for. */
export function pagedContent(paged: PagedText): ReadResult {
  let text: string | undefined
  let bytes: Uint8Array | undefined
  return {
    size: paged.size,
    paged,
    get bytes(): Uint8Array {
      bytes ??= paged.bytes
      return bytes
    },
    get text(): string {
      text ??= paged.toString()
      return text
    }
  }
}
