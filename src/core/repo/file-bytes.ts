import { Buffer } from 'node:buffer'
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { PlanguardError } from '../errors.js'
import type { ByteSource } from './paged-text.js'

/**
 * A file's bytes, read again a block at a time whenever they are needed: a paged document's
 * bytes then stay in the system's file cache instead of in the process (a 20 MB ledger would
 * otherwise hold 20 MB for the whole run). Every read first checks that the file is still the
 * one that was measured; one changed meanwhile is an error, never a mix of two versions.
 */
export class FileBytes implements ByteSource {
  readonly size: number
  readonly #path: string
  readonly #identity: string
  /** The blocks read last (aligned on BLOCK), most recent first. */
  readonly #blocks: { index: number; bytes: Buffer }[] = []
  /** Room for reads across blocks (see `read`). */
  #scratch: Buffer = Buffer.alloc(0)
  #fd: number | undefined

  /** `stats` are those of the file as it was opened and measured. */
  constructor(path: string, stats: Stats) {
    this.#path = path
    this.size = stats.size
    this.#identity = identityOf(stats)
  }

  read(start: number, end: number): Buffer {
    const bytes = this.#locate(start, end)
    return bytes.subarray(this.#from, this.#to)
  }

  utf8(start: number, end: number): string {
    const bytes = this.#locate(start, end)
    return bytes.toString('utf8', this.#from, this.#to)
  }

  /** Where `#locate` last put the bytes asked for, in the buffer it returned. */
  #from = 0
  #to = 0

  /**
   * A buffer holding bytes `[start, end)` (clamped to the file) at `[#from, #to)`: set as fields,
   * not returned in an object, as this runs once per line read (a hundred thousand times).
   */
  #locate(start: number, end: number): Buffer {
    const first = Math.max(0, Math.min(start, this.size))
    const last = Math.max(first, Math.min(end, this.size))
    const index = Math.floor(first / BLOCK)
    const length = last - first
    if (length === 0 || Math.floor((last - 1) / BLOCK) === index) {
      const offset = index * BLOCK
      this.#from = first - offset
      this.#to = last - offset
      return this.#block(index)
    }
    // Across blocks (a line at a block's end, a scan's next block): read into the scratch
    // buffer, which the next such read reuses. The whole file, for one caller, is its own.
    let bytes: Buffer
    if (length > SCRATCH_LIMIT) bytes = Buffer.allocUnsafeSlow(length)
    else {
      if (this.#scratch.length < length) this.#scratch = Buffer.allocUnsafeSlow(length)
      bytes = this.#scratch
    }
    this.#fill(bytes, first, length)
    this.#from = 0
    this.#to = length
    return bytes
  }

  /** Block `index`, from the few kept or read now (parsing reads forward, rules around). */
  #block(index: number): Buffer {
    const blocks = this.#blocks
    // Most reads fall in the block read last; the search makes no closure per call.
    if (blocks[0]?.index === index) return blocks[0].bytes
    let at = -1
    for (let position = 1; position < blocks.length; position++)
      if ((blocks[position] as { index: number }).index === index) at = position
    if (at > 0) {
      const [block] = blocks.splice(at, 1)
      blocks.unshift(block as { index: number; bytes: Buffer })
      return (block as { bytes: Buffer }).bytes
    }
    const offset = index * BLOCK
    const length = Math.min(BLOCK, this.size - offset)
    // The least recent block's memory is reused for the new one.
    const reused = blocks.length >= KEPT_BLOCKS ? blocks.pop()?.bytes : undefined
    const bytes = reused ?? Buffer.allocUnsafeSlow(BLOCK)
    this.#fill(bytes, offset, length)
    blocks.unshift({ index, bytes })
    return bytes.subarray(0, length)
  }

  /** Reads `length` bytes from `position` into `target`, from the file as it was measured. */
  #fill(target: Buffer, position: number, length: number): void {
    const fd = this.#descriptor()
    if (identityOf(fstatSync(fd)) !== this.#identity) throw this.#changed()
    let done = 0
    while (done < length) {
      const count = readSync(fd, target, done, length - done, position + done)
      if (count === 0) throw this.#changed()
      done += count
    }
  }

  /**
   * The file, opened once and kept open while this object lives (a run reads a paged ledger a
   * thousand times): a file replaced or edited meanwhile shows in its status (`fill`).
   */
  #descriptor(): number {
    if (this.#fd === undefined) {
      try {
        this.#fd = openSync(this.#path, 'r')
      } catch (error) {
        throw this.#changed(error)
      }
      openFiles.register(this, this.#fd)
    }
    return this.#fd
  }

  #changed(cause?: unknown): PlanguardError {
    return new PlanguardError(
      'io',
      `${this.#path} changed or went away while planguard was reading it; run again`,
      cause === undefined ? undefined : { cause }
    )
  }
}

/** Closes a file once the FileBytes reading it is gone. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd)
  } catch {
    // Already closed: nothing to release.
  }
})

/** Bytes read at a time for lines, from an offset that is a multiple of it. */
const BLOCK = 128 * 1024
/** Blocks kept at hand. */
const KEPT_BLOCKS = 4
/** Reads across blocks up to this size reuse one buffer (a scan reads 256 KB at a time). */
const SCRATCH_LIMIT = 2 * 1024 * 1024

/** What tells one version of a file from another without reading it. */
function identityOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`
}
