import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Dirent
} from 'node:fs'
import { Buffer } from 'node:buffer'
import { join, relative, resolve, sep } from 'node:path'
import { PlanguardError } from '../errors.js'
import { BaseRepoFS, DEFAULT_MAX_FILE_BYTES, tooLarge } from './base.js'
import { decodedContent, pagedContent } from './content.js'
import { FileBytes } from './file-bytes.js'
import { PAGED_DOCUMENT_BYTES, PagedText, scanBytes } from './paged-text.js'
import { isGitName } from './paths.js'
import type { EntryType, ReadResult, Refusal } from './types.js'

export interface DiskRepoFSOptions {
  /** Files larger than this are reported as too large instead of being read. */
  maxFileBytes?: number
  /** Files from this size on are read paged (PagedText); tests lower it to page small ones. */
  pagedDocumentBytes?: number
}

/** What folder listings alone tell about a path (see `fromListings`). */
type Listed = EntryType | 'special' | 'absent' | 'unsure'

/**
 * A name a folder listing can be trusted to miss: on a case- or normalisation-insensitive file
 * system (macOS, Windows) another spelling may open an entry, and Windows also ignores trailing
 * dots and reads `~` short names and `:` streams. Other names are looked up on disk.
 */
const PORTABLE_NAME = /^[\w.+,=@-]*[\w+,=@-]$/

/**
 * A working tree on disk, confined to its root: every path is resolved through its symlinks and
 * treated as absent when it lands outside the root or inside a `.git` folder.
 */
export class DiskRepoFS extends BaseRepoFS {
  readonly root: string
  protected readonly maxFileBytes: number
  private readonly pagedDocumentBytes: number | undefined
  /**
   * Entries already known from a folder listing (symlinks excepted), with their real paths: a
   * walk costs one readdir per folder, and so does looking up the paths of a listed folder.
   */
  private readonly knownReal = new Map<string, { real: string; type: EntryType | undefined }>()
  /** Listed entries that are symlinks: resolved (and confined) on demand. */
  private readonly knownLinks = new Set<string>()
  /** Folders whose listing filled `knownReal`. */
  private readonly listed = new Set<string>()
  /** What the listings say about folders that paths were looked up in. */
  private readonly folders = new Map<string, Listed>()
  /** Lower-case names of listed folders, for names a case-insensitive disk could alias. */
  private readonly lowerNames = new Map<string, Set<string>>()

  constructor(root: string, options: DiskRepoFSOptions = {}) {
    super()
    try {
      this.root = realpathSync.native(resolve(root))
    } catch (error) {
      throw new PlanguardError('io', `repository root not found: ${root}`, { cause: error })
    }
    if (!statSync(this.root).isDirectory()) {
      throw new PlanguardError('io', `repository root is not a folder: ${root}`)
    }
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
    this.pagedDocumentBytes = options.pagedDocumentBytes
  }

  protected override statPath(path: string): EntryType | undefined {
    const known = this.knownReal.get(path)
    if (known !== undefined) return known.type
    const listed = this.fromListings(path)
    if (listed === 'absent' || listed === 'special') return undefined
    if (listed !== 'unsure') return listed
    const real = this.realPath(path)
    if (real === undefined) return undefined
    const stats = statSync(real)
    if (stats.isFile()) return 'file'
    if (stats.isDirectory()) return 'dir'
    return undefined
  }

  protected override listPath(dir: string): string[] | undefined {
    const real = this.realPath(dir)
    if (real === undefined) return undefined
    const entries = readdirSync(real, { withFileTypes: true })
    const prefix = real.endsWith(sep) ? real : real + sep
    // Marked before the loop: the first listing (thousands of plan folders) gets its loop
    // compiled while running, and code after the loop would then run with no type feedback,
    // sending every later call back to the interpreter (a thousand times in a 20 MB run).
    this.listed.add(dir)
    const names: string[] = []
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index] as Dirent
      const name = entry.name
      names.push(name)
      if (isGitName(name)) continue
      const child = dir === '' ? name : `${dir}/${name}`
      // Symlinks are resolved (and confined) on demand; plain entries need no further syscall.
      if (entry.isSymbolicLink()) this.knownLinks.add(child)
      else {
        const type = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : undefined
        this.knownReal.set(child, { real: prefix + name, type })
      }
    }
    return names
  }

  protected override readPath(path: string, maxBytes: number): ReadResult | undefined {
    const real = this.realPath(path)
    if (real === undefined) return undefined
    // One open file answers both the size and the content: a project reads thousands of plans.
    const fd = openSync(real, 'r')
    try {
      const small = readSmall(fd, maxBytes)
      if (small !== undefined) return decodedContent(small, this.pagedDocumentBytes)
      const stats = fstatSync(fd)
      const size = stats.size
      if (size > maxBytes) return tooLarge(size, maxBytes)
      if (size >= (this.pagedDocumentBytes ?? PAGED_DOCUMENT_BYTES)) {
        // Left in the file and read again a block at a time (see FileBytes).
        const source = new FileBytes(real, stats)
        return pagedContent(new PagedText(source, scanBytes(source)))
      }
      return decodedContent(readAll(fd, size), this.pagedDocumentBytes)
    } finally {
      closeSync(fd)
    }
  }

  /** Resolves the symlinks only to say where they lead; nothing there is read. */
  protected override refusedPath(path: string): Refusal | undefined {
    // Plain entries all the way (or plainly absent): no symlink can lead anywhere.
    if (this.fromListings(path) !== 'unsure') return undefined
    let real: string
    try {
      real = realpathSync.native(join(this.root, ...path.split('/')))
    } catch {
      return undefined
    }
    if (real !== this.root && !real.startsWith(this.root + sep)) return 'outside-root'
    const inside = relative(this.root, real).split(sep)
    return inside.some(isGitName) ? 'git-internal' : undefined
  }

  protected override identity(path: string): string | undefined {
    return this.realPath(path)
  }

  /**
   * A path looked up in the listings of the folders above it, top down: its type when every
   * segment is a plain entry, `absent` when a segment is missing from its folder or lies below a
   * file, `unsure` when a symlink or a name the disk might alias is on the way (ask the disk).
   */
  private fromListings(path: string): Listed {
    const slash = path.lastIndexOf('/')
    if (slash < 0) return this.listedEntry('', path)
    const parent = path.slice(0, slash)
    const above = this.folderFromListings(parent)
    if (above === 'dir') return this.listedEntry(parent, path)
    // Nothing lies below a file (or a socket): opening it fails.
    return above === 'unsure' ? 'unsure' : 'absent'
  }

  /** fromListings of a folder, remembered: the many paths cited in one folder share it. */
  private folderFromListings(dir: string): Listed {
    let found = this.folders.get(dir)
    if (found === undefined) {
      found = this.walkListings(dir)
      this.folders.set(dir, found)
    }
    return found
  }

  /** fromListings one segment after the other (no recursion: a cited path can be very deep). */
  private walkListings(path: string): Listed {
    let parent = ''
    for (let start = 0; ;) {
      const slash = path.indexOf('/', start)
      const prefix = slash < 0 ? path : path.slice(0, slash)
      const found = this.listedEntry(parent, prefix)
      if (slash < 0 || found === 'unsure' || found === 'absent') return found
      if (found !== 'dir') return 'absent'
      parent = prefix
      start = slash + 1
    }
  }

  /** One step of `fromListings`: `path`, directly inside the plain folder `parent`. */
  private listedEntry(parent: string, path: string): Listed {
    let known = this.knownReal.get(path)
    if (known === undefined && !this.knownLinks.has(path) && !this.listed.has(parent)) {
      this.list(parent)
      known = this.knownReal.get(path)
    }
    if (known !== undefined) return known.type ?? 'special'
    if (this.knownLinks.has(path) || !this.listed.has(parent)) return 'unsure'
    const name = parent === '' ? path : path.slice(parent.length + 1)
    return this.mightAlias(parent, name) ? 'unsure' : 'absent'
  }

  /** Whether a name missing from a folder's listing could still open one of its entries. */
  private mightAlias(parent: string, name: string): boolean {
    if (!PORTABLE_NAME.test(name)) return true
    let lower = this.lowerNames.get(parent)
    if (lower === undefined) {
      lower = new Set((this.list(parent) ?? []).map((entry) => entry.toLowerCase()))
      this.lowerNames.set(parent, lower)
    }
    return lower.has(name.toLowerCase())
  }

  /** The real location of a repository path, or undefined when it escapes the root or enters `.git`. */
  private realPath(path: string): string | undefined {
    const known = this.knownReal.get(path)
    if (known) return known.real
    const full = path === '' ? this.root : join(this.root, ...path.split('/'))
    // Most paths asked about and absent are cited files that were never committed: existsSync
    // answers without the exception (and its stack trace) realpathSync throws for them.
    if (!existsSync(full)) return undefined
    let real: string
    try {
      real = realpathSync.native(full)
    } catch {
      return undefined
    }
    if (real === this.root) return real
    if (!real.startsWith(this.root + sep)) return undefined
    const inside = relative(this.root, real).split(sep)
    if (inside.some(isGitName)) return undefined
    return real
  }
}

/** Files up to this size are read without asking for their size first. */
const SMALL_FILE_BYTES = 64 * 1024
/** Where small files are read before being copied out at their exact size. */
const scratch = Buffer.allocUnsafeSlow(SMALL_FILE_BYTES)

/**
 * The content of an open file that ends within the scratch buffer and within the cap, or undefined
 * (read it by its size). A read that comes back short is followed by one that must find the end:
 * a plan is read in open, read, read, close (no fstat), and never more than the cap + 1 bytes.
 */
function readSmall(fd: number, maxBytes: number): Uint8Array | undefined {
  const wanted = Math.min(SMALL_FILE_BYTES, maxBytes + 1)
  const count = readSync(fd, scratch, 0, wanted, 0)
  if (count >= wanted || readSync(fd, scratch, count, wanted - count, count) !== 0) return undefined
  const bytes = Buffer.allocUnsafe(count)
  scratch.copy(bytes, 0, 0, count)
  return new Uint8Array(bytes.buffer, bytes.byteOffset, count)
}

/** The `size` bytes of an open file (fewer if it is shorter by now). */
function readAll(fd: number, size: number): Uint8Array {
  // Not zero-filled first: every byte returned is read. Small files share Buffer's pool.
  const buffer = Buffer.allocUnsafe(size)
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, size)
  let read = 0
  while (read < size) {
    const count = readSync(fd, bytes, read, size - read, read)
    if (count === 0) break
    read += count
  }
  return read === size ? bytes : bytes.subarray(0, read)
}
