import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { compileCacheFolder, loadCommonJs, STALE_CACHE_MS } from '../../src/cli/compile-cache.js'

let work: string
let bundle: string
let cache: string

/** A two-file CommonJS bundle like the CLI's: an entry that requires a chunk and a built-in. */
function writeBundle(answer: number): string {
  mkdirSync(join(bundle, 'chunks'), { recursive: true })
  writeFileSync(
    join(bundle, 'chunks', 'answer.cjs'),
    `'use strict';\nexports.answer = function answer() { return ${answer}; };\n`
  )
  writeFileSync(
    join(bundle, 'entry.cjs'),
    [
      `'use strict';`,
      `var chunk = require('./chunks/answer.cjs');`,
      `var path = require('node:path');`,
      `exports.main = function main() { return path.join('x', String(chunk.answer())); };`,
      `exports.file = __filename;`
    ].join('\n')
  )
  return join(bundle, 'entry.cjs')
}

type Entry = { main: () => string; file: string }

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'pg-compile-cache-'))
  bundle = join(work, 'bundle')
  cache = join(work, 'cache')
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

describe('loadCommonJs', () => {
  it('runs the entry with its relative requires and node built-ins', () => {
    const entry = writeBundle(42)
    const loaded = loadCommonJs(entry, undefined)
    const exports = loaded.exports as Entry
    expect(exports.main()).toBe(join('x', '42'))
    expect(exports.file).toBe(entry)
    expect([loaded.cachedFiles, loaded.compiledFiles]).toEqual([0, 2])
  })

  it('saves a cache per file, and the next load compiles from it', () => {
    const entry = writeBundle(42)
    const first = loadCommonJs(entry, cache)
    expect(readdirSync(cache)).toEqual([])
    first.saveCaches()
    expect(readdirSync(cache).sort()).toEqual([
      expect.stringMatching(/^answer\.cjs-[0-9a-f]{32}\.bin$/),
      expect.stringMatching(/^entry\.cjs-[0-9a-f]{32}\.bin$/)
    ])
    const second = loadCommonJs(entry, cache)
    expect((second.exports as Entry).main()).toBe(join('x', '42'))
    expect([second.cachedFiles, second.compiledFiles]).toEqual([2, 0])
    second.saveCaches()
    expect(readdirSync(cache)).toHaveLength(2)
  })

  it('never runs code cached for another text: an edited file gets a cache of its own', () => {
    const entry = writeBundle(42)
    loadCommonJs(entry, cache).saveCaches()
    // Same length, other code: a cache keyed by length alone would be taken for it.
    writeBundle(43)
    const edited = loadCommonJs(entry, cache)
    expect((edited.exports as Entry).main()).toBe(join('x', '43'))
    expect([edited.cachedFiles, edited.compiledFiles]).toEqual([1, 1])
  })

  it('clears caches unused for a week when it writes new ones, and keeps those in use', () => {
    const entry = writeBundle(42)
    loadCommonJs(entry, cache).saveCaches()
    const inUse = readdirSync(cache)
    const weekAgo = (Date.now() - STALE_CACHE_MS - 60_000) / 1000
    // Left by an older build, a week ago; and one of this bundle's, last marked as long ago.
    writeFileSync(join(cache, 'check-old.cjs-0123.bin'), 'old build')
    writeFileSync(join(cache, 'notes.txt'), 'not a cache')
    for (const name of ['check-old.cjs-0123.bin', 'notes.txt', inUse[0]!])
      utimesSync(join(cache, name), weekAgo, weekAgo)
    // A run that takes its caches writes nothing and clears nothing, but marks what it used.
    loadCommonJs(entry, cache).saveCaches()
    expect(readdirSync(cache)).toContain('check-old.cjs-0123.bin')
    expect(statSync(join(cache, inUse[0]!)).mtimeMs).toBeGreaterThan(weekAgo * 1000 + 60_000)
    // A new build's first run writes its caches and clears the stale one.
    writeBundle(43)
    loadCommonJs(entry, cache).saveCaches()
    const after = readdirSync(cache)
    expect(after).not.toContain('check-old.cjs-0123.bin')
    expect(after).toContain('notes.txt')
    expect(after).toEqual(expect.arrayContaining(inUse))
    expect(after.filter((name) => name.endsWith('.bin'))).toHaveLength(3)
  })

  it('neither reads nor writes a cache in a folder others may write to', () => {
    const entry = writeBundle(42)
    loadCommonJs(entry, cache).saveCaches()
    chmodSync(cache, 0o777)
    const loaded = loadCommonJs(entry, cache)
    expect(loaded.cachedFiles).toBe(0)
    expect((loaded.exports as Entry).main()).toBe(join('x', '42'))
  })

  it('neither reads nor writes a cache below a folder others may write to', () => {
    const entry = writeBundle(42)
    const below = join(cache, 'check')
    loadCommonJs(entry, below).saveCaches()
    expect(loadCommonJs(entry, below).cachedFiles).toBe(2)
    chmodSync(cache, 0o777)
    expect(loadCommonJs(entry, below).cachedFiles).toBe(0)
  })

  it('loads without a cache when the folder cannot be made', () => {
    const entry = writeBundle(42)
    writeFileSync(join(work, 'file'), '')
    const loaded = loadCommonJs(entry, join(work, 'file', 'cache'))
    expect((loaded.exports as Entry).main()).toBe(join('x', '42'))
    expect(() => loaded.saveCaches()).not.toThrow()
  })
})

describe('compileCacheFolder', () => {
  const escaped = tmpdir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

  it('defaults to a folder per user under the temporary directory, one per command', () => {
    expect(compileCacheFolder({}, 'check')).toMatch(
      new RegExp(`^${escaped}.planguard-compile-cache-[^/]+.check$`)
    )
    // Options and odd words share one folder: they are not commands.
    expect(compileCacheFolder({}, '--help')).toMatch(/.other$/)
    expect(compileCacheFolder({}, '../x')).toMatch(/.other$/)
    expect(compileCacheFolder({}, undefined)).toMatch(/.other$/)
  })

  it('takes a folder from PLANGUARD_COMPILE_CACHE, or turns caching off', () => {
    expect(compileCacheFolder({ PLANGUARD_COMPILE_CACHE: '/var/cache/pg' }, 'check')).toBe(
      join('/var/cache/pg', 'check')
    )
    for (const off of ['0', 'off', 'FALSE'])
      expect(compileCacheFolder({ PLANGUARD_COMPILE_CACHE: off }, 'check')).toBeUndefined()
    expect(compileCacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' }, 'check')).toBeUndefined()
  })
})
