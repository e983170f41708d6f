import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { PlanguardError } from '../errors.js'
import { BaseRepoFS, DEFAULT_MAX_FILE_BYTES } from './base.js'
import { decodeText } from './decode.js'
import type { EntryType, ReadResult } from './types.js'

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
  private readonly maxFileBytes: number

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
    const real = this.realPath(path)
    if (real === undefined) return undefined
    const stats = statSync(real)
    if (stats.isFile()) return 'file'
    if (stats.isDirectory()) return 'dir'
    return undefined
  }

  protected override listPath(dir: string): string[] | undefined {
    const real = this.realPath(dir)
    return real === undefined ? undefined : readdirSync(real)
  }

  protected override readPath(path: string): ReadResult | undefined {
    const real = this.realPath(path)
    if (real === undefined) return undefined
    const size = statSync(real).size
    if (size > this.maxFileBytes)
      return { text: '', bytes: new Uint8Array(0), tooLarge: true, size }
    const bytes = new Uint8Array(readFileSync(real))
    return { text: decodeText(bytes), bytes, size: bytes.length }
  }

  protected override identity(path: string): string | undefined {
    return this.realPath(path)
  }

  /** The real location of a repository path, or undefined when it escapes the root or enters `.git`. */
  private realPath(path: string): string | undefined {
    const full = path === '' ? this.root : join(this.root, ...path.split('/'))
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
