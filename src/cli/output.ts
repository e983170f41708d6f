import { resolve } from 'node:path'
import { PlanguardError } from '../core/errors.js'
import { writeFileAtomic as writeAtomically, writeFailureReason } from '../core/write-atomic.js'
import type { CliIO } from './types.js'

/**
 * Writes `content` to `path` atomically (readers see the old file or the new one, never half of
 * it); a failure is an io error that names the target.
 */
export function writeFileAtomic(path: string, content: string): void {
  try {
    writeAtomically(path, content)
  } catch (error) {
    throw new PlanguardError('io', `cannot write ${path}: ${writeFailureReason(error)}`, {
      cause: error
    })
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
