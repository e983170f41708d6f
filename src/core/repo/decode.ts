const lenientDecoder = new TextDecoder('utf-8')
const strictDecoder = new TextDecoder('utf-8', { fatal: true })

/** UTF-8 text of some bytes; invalid sequences become U+FFFD and a leading BOM is dropped. */
export function decodeText(bytes: Uint8Array): string {
  return lenientDecoder.decode(bytes)
}

/** Whether the bytes are valid UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictDecoder.decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Whether the bytes look binary: a NUL byte within the first 8 KB, as git decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000)
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true
  return false
}
