import { isUtf8 } from 'node:buffer'

const lenientDecoder = new TextDecoder('utf-8')

/** UTF-8 text of some bytes; invalid sequences become U+FFFD and a leading BOM is dropped. */
export function decodeText(bytes: Uint8Array): string {
  return lenientDecoder.decode(bytes)
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
