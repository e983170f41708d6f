import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'

/**
 * Writes `content` to `path` so that readers see the old file or the new one, never half of it:
 * the text goes to a new temporary file beside the target (never over an existing one), which is
 * then renamed over it. On failure the temporary file is removed and the system error rethrown
 * (see `writeFailureReason`).
 */
export function writeFileAtomic(path: string, content: string): void {
  const target = resolve(path)
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  )
  try {
    writeFileSync(temporary, content, { flag: 'wx' })
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

/**
 * Why a `writeFileAtomic` failed, for a message that names the target: the system error's
 * message without the temporary file it names (`, open '…'`, `, rename '…' -> '…'`).
 */
export function writeFailureReason(error: unknown): string {
  // Not `instanceof Error`: errors from Node's fs may come from another realm (jest's vm).
  const message =
    typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined
  const text = typeof message === 'string' ? message : String(error)
  return text.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '')
}
