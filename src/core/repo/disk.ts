import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { PlanguardError } from '../errors.js'
import { BaseRepoFS, DEFAULT_MAX_FILE_BYTES, tooLarge } from './base.js'
import { decodeText } from './decode.js'
import type { EntryType, ReadResult, Refusal } from './types.js'

export interface DiskRepoFSOptions {
  /** Files larger than this are reported as too large instead of being read. */
  maxFileBytes?: number
}

/**
 * A working tree on disk, confined to its root: every path is resolved through its symlinks and
 * treated as absent when it lands outside the root or inside a `.git` folder.
 */
export class DiskRepoFS extends BaseRepoFS {
  readonly root: string
  protected readonly maxFileBytes: number
  /** Real paths already known from a folder listing, so a walk costs one readdir per folder. */
  private readonly knownReal = new Map<string, { real: string; type: EntryType | undefined }>()

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
  }

  protected override statPath(path: string): EntryType | undefined {
    const known = this.knownReal.get(path)
    if (known) return known.type
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
    for (const entry of entries) {
      // Symlinks are resolved (and confined) on demand; plain entries need no further syscall.
      if (entry.isSymbolicLink() || entry.name.toLowerCase() === '.git') continue
      const type = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : undefined
      const child = dir === '' ? entry.name : `${dir}/${entry.name}`
      this.knownReal.set(child, { real: join(real, entry.name), type })
    }
    return entries.map((entry) => entry.name)
  }

  protected override readPath(path: string, maxBytes: number): ReadResult | undefined {
    const real = this.realPath(path)
    if (real === undefined) return undefined
    const size = statSync(real).size
    if (size > maxBytes) return tooLarge(size, maxBytes)
    const bytes = new Uint8Array(readFileSync(real))
    return { text: decodeText(bytes), bytes, size: bytes.length }
  }

  /** Resolves the symlinks only to say where they lead; nothing there is read. */
  protected override refusedPath(path: string): Refusal | undefined {
    let real: string
    try {
      real = realpathSync.native(join(this.root, ...path.split('/')))
    } catch {
      return undefined
    }
    if (real !== this.root && !real.startsWith(this.root + sep)) return 'outside-root'
    const inside = relative(this.root, real).split(sep)
    return inside.some((segment) => segment.toLowerCase() === '.git') ? 'git-internal' : undefined
  }

  protected override identity(path: string): string | undefined {
    return this.realPath(path)
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
    if (inside.some((segment) => segment.toLowerCase() === '.git')) return undefined
    return real
  }
}
