import { BaseRepoFS, DEFAULT_MAX_FILE_BYTES, tooLarge } from './base.js'
import { decodedContent } from './content.js'
import { ancestorDirs, normalizeRepoPath } from './paths.js'
import type { EntryType, ReadResult } from './types.js'

export interface MemoryRepoFSOptions {
  root?: string
  maxFileBytes?: number
  /** Files from this size on are read paged (PagedText); tests lower it to page small ones. */
  pagedDocumentBytes?: number
}

/** A tree held in memory, for tests and for callers that already have the files. */
export class MemoryRepoFS extends BaseRepoFS {
  readonly root: string
  private readonly files = new Map<string, Uint8Array>()
  private readonly dirs = new Map<string, Set<string>>([['', new Set()]])
  protected readonly maxFileBytes: number
  private readonly pagedDocumentBytes: number | undefined

  constructor(files: Record<string, string | Uint8Array>, options: MemoryRepoFSOptions = {}) {
    super()
    this.root = options.root ?? '/memory'
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
    this.pagedDocumentBytes = options.pagedDocumentBytes
    const encoder = new TextEncoder()
    for (const [name, content] of Object.entries(files)) {
      const path = normalizeRepoPath(name)
      if (path === undefined || path === '') continue
      this.files.set(path, typeof content === 'string' ? encoder.encode(content) : content)
      this.addToParents(path)
    }
  }

  protected override statPath(path: string): EntryType | undefined {
    if (this.files.has(path)) return 'file'
    if (this.dirs.has(path)) return 'dir'
    return undefined
  }

  protected override listPath(dir: string): string[] | undefined {
    const names = this.dirs.get(dir)
    return names ? [...names] : undefined
  }

  protected override readPath(path: string, maxBytes: number): ReadResult | undefined {
    const bytes = this.files.get(path)
    if (!bytes) return undefined
    if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes)
    return decodedContent(bytes, this.pagedDocumentBytes)
  }

  private addToParents(path: string): void {
    const parts = path.split('/')
    const dirs = ancestorDirs(path)
    dirs.forEach((dir, depth) => {
      const children = this.dirs.get(dir) ?? new Set<string>()
      children.add(parts[depth] as string)
      this.dirs.set(dir, children)
    })
  }
}
