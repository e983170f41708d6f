import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { isBuiltin } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { DEMO, DEMO_NOW } from './demo-fixture.js'

/**
 * The built CLI as a real process: exit codes reach the shell and piped output is complete.
 * Runs when dist/cli.js has been built (`npm run package`), is skipped otherwise.
 */
const CLI = 'dist/cli.js'
const built = existsSync(CLI) ? describe : describe.skip

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
    maxBuffer: 64 * 1024 * 1024
  })
}

built('dist/cli.js', () => {
  it('prints the version and exits 0', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    const result = run(['--version'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(`${pkg.version}\n`)
  })

  it('exits 1 on the demo and pipes the whole JSON report', () => {
    const result = run(['check', DEMO, '--now', DEMO_NOW, '--format', 'json'])
    expect(result.status).toBe(1)
    expect(() => JSON.parse(result.stdout)).not.toThrow()
  })

  it('keeps compiled code between runs, and recompiles over a damaged cache', () => {
    const cache = mkdtempSync(join(tmpdir(), 'pg-cli-cache-'))
    try {
      const env = { PLANGUARD_COMPILE_CACHE: cache }
      const args = ['check', DEMO, '--now', DEMO_NOW, '--format', 'json']
      const first = run(args, env)
      const folder = join(cache, 'check')
      const files = readdirSync(folder).sort()
      // One per file loaded: the entry, the chunk every command needs, the check chunk, and
      // the configuration parser's chunks (the demo has a configuration file).
      expect(files).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^check-.*\.cjs-[0-9a-f]{32}\.bin$/),
          expect.stringMatching(/^cli-main-.*\.cjs-[0-9a-f]{32}\.bin$/),
          expect.stringMatching(/^planguard\.cjs-[0-9a-f]{32}\.bin$/),
          expect.stringMatching(/^parse-.*\.cjs-[0-9a-f]{32}\.bin$/)
        ])
      )
      const inodes = files.map((name) => statSync(join(folder, name)).ino)
      const second = run(args, env)
      // Taken, not rejected: a rejected cache is written anew (a new file, a new inode).
      expect(files.map((name) => statSync(join(folder, name)).ino)).toEqual(inodes)
      for (const name of files) writeFileSync(join(folder, name), 'not a code cache')
      const third = run(args, env)
      for (const result of [first, second, third]) {
        expect(result.status).toBe(1)
        expect(result.stderr).toBe('')
      }
      expect(second.stdout).toBe(first.stdout)
      expect(third.stdout).toBe(first.stdout)
      // The damaged files were replaced by real caches.
      for (const name of files)
        expect(readFileSync(join(folder, name), 'utf8')).not.toBe('not a code cache')
    } finally {
      rmSync(cache, { recursive: true, force: true })
    }
  })

  it('exits 2 on bad usage without a stack trace', () => {
    const result = run(['check', '--format', 'xml'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^planguard: --format must be one of/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

const ZOD_MARKER = '$constructor("$ZodError"'
const YAML_MARKER = 'class YAMLParseError'
const PACKAGE_MARKERS = /\$constructor\("\$ZodError"|class YAMLParseError/

const BUNDLE = 'dist/cli/planguard.cjs'
const CHUNKS = 'dist/cli/chunks'

/** The files `file` requires at its top level, directly or not, itself included. */
function bundleClosure(file: string): Set<string> {
  const seen = new Set<string>()
  const pending = [file]
  while (pending.length > 0) {
    const current = pending.pop()!
    if (seen.has(current)) continue
    seen.add(current)
    const source = readFileSync(current, 'utf8')
    for (const match of source.matchAll(/^(?:var \w+ = )?require\('(\.[^']+)'\);$/gm))
      pending.push(join(dirname(current), match[1]!))
  }
  return seen
}

built('dist/cli chunks', () => {
  it('`check` loads neither zod nor yaml: they come with a configuration file or rule options', () => {
    const startup = bundleClosure(BUNDLE)
    // The check command is a deferred require of the command table's chunk (others share it).
    const commands = new Set(
      [...startup].flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/return require\('(\.\/check-[^']+)'\)/g)].map(
          (match) => join(dirname(file), match[1]!)
        )
      )
    )
    expect(commands.size).toBe(1)
    const loaded = [...startup, ...bundleClosure([...commands][0]!)]
    expect(loaded.filter((file) => PACKAGE_MARKERS.test(readFileSync(file, 'utf8')))).toEqual([])
    // The markers do find the two packages elsewhere in the bundle.
    const all = readdirSync(CHUNKS).map((name) => readFileSync(`${CHUNKS}/${name}`, 'utf8'))
    expect(all.filter((source) => source.includes(ZOD_MARKER))).toHaveLength(1)
    expect(all.filter((source) => source.includes(YAML_MARKER))).toHaveLength(1)
  })

  it('requires only its own files and node built-ins, as the launcher can load nothing else', () => {
    const files = [BUNDLE, ...readdirSync(CHUNKS).map((name) => `${CHUNKS}/${name}`)]
    const outside = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/)/.test(line)) // usage examples in dependencies' comments
        .flatMap((line) => [...line.matchAll(/\brequire\('([^']+)'\)/g)].map((match) => match[1]!))
        .filter((id) => !id.startsWith('./') && !isBuiltin(id))
        .map((id) => `${file}: ${id}`)
    )
    expect(outside).toEqual([])
  })
})

describe('src/cli/main.ts', () => {
  it('does not start a command when imported', async () => {
    const before = process.exitCode
    const entry = await import('../../src/cli/main.js')
    expect(typeof entry.main).toBe('function')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(process.exitCode).toBe(before)
  })
})
