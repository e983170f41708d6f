import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFailureReason, writeFileAtomic } from '../../src/core/write-atomic.js'

const dir = mkdtempSync(join(tmpdir(), 'planguard-atomic-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const leftovers = (folder: string): string[] =>
  readdirSync(folder).filter((name) => name.endsWith('.tmp'))

/** The error a call throws (undefined when it returns). */
function thrownBy(action: () => void): unknown {
  try {
    action()
  } catch (error) {
    return error
  }
  return undefined
}

describe('writeFileAtomic', () => {
  it('creates and replaces a file whole, leaving no temporary file', () => {
    const target = join(dir, 'out.txt')
    writeFileAtomic(target, 'one\n')
    writeFileAtomic(target, 'two\n')
    expect(readFileSync(target, 'utf8')).toBe('two\n')
    expect(leftovers(dir)).toEqual([])
  })

  it('leaves the old file and no temporary file when the rename fails', () => {
    // A non-empty folder in the way: the temporary file is written, the rename fails.
    const blocked = join(dir, 'blocked')
    mkdirSync(join(blocked, 'inside'), { recursive: true })
    const error = thrownBy(() => writeFileAtomic(blocked, 'new\n'))
    expect(error).toBeDefined()
    expect(leftovers(dir)).toEqual([])
    // The reason no longer names the temporary file the system call failed on.
    expect(writeFailureReason(error)).not.toMatch(/\.tmp/)
    expect(writeFailureReason(error)).toMatch(/^E[A-Z]+: /)
  })

  it('writes nothing when the folder does not exist', () => {
    const target = join(dir, 'missing', 'out.txt')
    const error = thrownBy(() => writeFileAtomic(target, 'x'))
    expect(writeFailureReason(error)).toBe('ENOENT: no such file or directory')
    expect(readdirSync(dir)).not.toContain('missing')
  })

  it('writes its temporary file beside the target, never over an existing file', () => {
    const sub = join(dir, 'beside')
    mkdirSync(sub)
    writeFileSync(join(sub, 'keep.txt'), 'kept')
    writeFileAtomic(join(sub, 'out.txt'), 'x')
    expect(readdirSync(sub).sort()).toEqual(['keep.txt', 'out.txt'])
    expect(readFileSync(join(sub, 'keep.txt'), 'utf8')).toBe('kept')
  })
})

describe('writeFailureReason', () => {
  it('drops the paths of the failed system call, keeps anything else as is', () => {
    expect(
      writeFailureReason(new Error("EISDIR: illegal operation, rename '/a.tmp' -> '/b'"))
    ).toBe('EISDIR: illegal operation')
    expect(writeFailureReason(new Error("EACCES: permission denied, open '/x/.b.1.ab.tmp'"))).toBe(
      'EACCES: permission denied'
    )
    expect(writeFailureReason({ message: 'plain' })).toBe('plain')
    expect(writeFailureReason('text')).toBe('text')
  })
})
