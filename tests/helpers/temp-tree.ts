import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A throw-away folder tree in the system temp folder; `remove()` deletes it. */
export class TempTree {
  readonly root: string

  constructor(prefix = 'planguard-tree-') {
    // The real path, so symlink targets and confinement checks compare like with like.
    this.root = realpathSync(mkdtempSync(join(tmpdir(), prefix)))
  }

  path(relative: string): string {
    return join(this.root, ...relative.split('/'))
  }

  write(files: Record<string, string | Uint8Array>): this {
    for (const [relative, content] of Object.entries(files)) {
      const full = this.path(relative)
      mkdirSync(dirname(full), { recursive: true })
      writeFileSync(full, content)
    }
    return this
  }

  /** A symlink at `relative` pointing at `target` (absolute, or relative to the link's folder). */
  link(relative: string, target: string): this {
    const full = this.path(relative)
    mkdirSync(dirname(full), { recursive: true })
    symlinkSync(target, full)
    return this
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}
