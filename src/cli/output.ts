import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { PlanguardError } from '../core/errors.js'
import { messageOf } from './args.js'
import type { CliIO } from './types.js'

/**
 * Writes `content` to `path` so that readers see the old file or the new one, never half of it:
 * the text goes to a temporary file beside the target, which is then renamed over it.
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
    // Name the target, not the temporary file the system call failed on.
    const reason = messageOf(error).replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '')
    throw new PlanguardError('io', `cannot write ${path}: ${reason}`, { cause: error })
  }
}

/**
 * Delivers a command's output: to `--output FILE` (atomically, relative to the cwd) or to
 * stdout. The text is complete before anything is written, so a failure leaves FILE untouched.
 */
export function deliver(io: CliIO, text: string, outputPath: string | undefined): void {
  if (outputPath === undefined || outputPath === '-') io.stdout(text)
  else writeFileAtomic(resolve(io.cwd, outputPath), text)
}
