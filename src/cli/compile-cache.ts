// Loads the CLI's CommonJS bundle through V8's code cache, so a second run skips parsing and
// compiling the functions the first run compiled. Node 22.1+ offers this for ES modules
// (module.enableCompileCache); Node 20 does not, and vm.Script's cachedData works on every version.
// The bundle is ours and self-contained: its files only require each other and node built-ins.
import { createHash } from 'node:crypto'
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import nodeModule from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { Script } from 'node:vm'

interface LoadedModule {
  exports: unknown
}

/** A compiled file whose code cache is missing or stale: written when the process exits. */
interface PendingCache {
  script: Script
  file: string
}

/**
 * Where compiled code is kept, or undefined when caching is off: `PLANGUARD_COMPILE_CACHE` names a
 * folder, or turns caching off with `0`/`off`/`false`; Node's own `NODE_DISABLE_COMPILE_CACHE`
 * turns it off too. By default a folder of the system's temporary directory, one per user.
 * Each command has a folder of its own: a cache holds what the run that wrote it compiled, and a
 * `planguard --help` run first must not leave `check` a cache of almost nothing.
 */
export function compileCacheFolder(
  env: NodeJS.ProcessEnv,
  command: string | undefined
): string | undefined {
  const setting = env.PLANGUARD_COMPILE_CACHE?.trim()
  if (env.NODE_DISABLE_COMPILE_CACHE || /^(0|off|false)$/i.test(setting ?? '')) return undefined
  const user = process.getuid?.() ?? 'user'
  const base = setting ? resolve(setting) : join(tmpdir(), `planguard-compile-cache-${user}`)
  return join(base, command !== undefined && /^[a-z]+$/.test(command) ? command : 'other')
}

/**
 * The folder, created if needed, when it is safe to load compiled code from: it and the folder
 * above it (the one shared by the commands) are real folders that belong to this user and that
 * nobody else may write to (code read from a folder another user controls would run as this
 * one). Undefined otherwise: the CLI then compiles as usual.
 */
function usableFolder(folder: string): string | undefined {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    return ownFolder(dirname(folder)) && ownFolder(folder) ? folder : undefined
  } catch {
    return undefined
  }
}

function ownFolder(folder: string): boolean {
  const stats = lstatSync(folder)
  if (!stats.isDirectory()) return false
  // Windows has no owner ids nor mode bits to read here; its temporary folder is per user.
  if (process.platform === 'win32') return true
  return stats.uid === process.getuid?.() && (stats.mode & 0o022) === 0
}

/**
 * The cache file of one source text: named by a digest of the text and by the V8 build, so an
 * edited bundle or another node never meets code compiled for something else.
 */
function cacheFileOf(folder: string, file: string, source: string): string {
  const digest = createHash('sha256')
    .update(source)
    .update(`\0${process.versions.v8}\0${process.arch}`)
    .digest('hex')
    .slice(0, 32)
  const name = file.slice(dirname(file).length + 1).replace(/[^\w.-]/g, '_')
  return join(folder, `${name}-${digest}.bin`)
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** Whether a cache was last marked a day ago or more (marking it every run would cost a write). */
function isDayOld(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > 24 * 3600 * 1000
  } catch {
    return false
  }
}

/** Marks a cache as used, so that clearing stale ones keeps it. */
function touch(file: string): void {
  try {
    const now = new Date()
    utimesSync(file, now, now)
  } catch {
    // A cache that cannot be marked is only cleared sooner.
  }
}

/** Writes through a temporary name, so a reader never sees half a file. */
function writeCache({ script, file }: PendingCache): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, script.createCachedData())
    renameSync(temporary, file)
  } catch {
    // A full disk or a read-only folder only costs the next run its head start.
  }
}

/** Caches not used for this long are removed when a run writes a new one. */
export const STALE_CACHE_MS = 7 * 24 * 3600 * 1000

/**
 * Removes the caches of the folder that no run has read or written for a week: each build of the
 * bundle has caches of its own, and the folder would otherwise keep every build's.
 */
function removeStaleCaches(folder: string, now: number): void {
  try {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.bin')) continue
      const file = join(folder, name)
      if (now - statSync(file).mtimeMs > STALE_CACHE_MS) rmSync(file, { force: true })
    }
  } catch {
    // Another run clearing at the same time, or a folder gone: nothing to keep tidy.
  }
}

/** A loaded bundle: its entry's exports, and how its code cache fared. */
export interface LoadedBundle {
  exports: unknown
  /** Files compiled from their cached code. */
  cachedFiles: number
  /** Files compiled from source. */
  compiledFiles: number
  /** Writes the caches that were missing or stale; call it when the run is over. */
  saveCaches(): void
}

/**
 * Loads a CommonJS file and the relative files it requires, each compiled with the code cache of
 * `cacheFolder` (none when undefined). Save the caches at the end of the run, so they hold the
 * functions the run compiled, not only the top level.
 */
export function loadCommonJs(entry: string, cacheFolder: string | undefined): LoadedBundle {
  const folder = cacheFolder === undefined ? undefined : usableFolder(cacheFolder)
  const modules = new Map<string, LoadedModule>()
  const pending: PendingCache[] = []
  let cachedFiles = 0

  const load = (file: string): unknown => {
    const known = modules.get(file)
    if (known) return known.exports
    const source = readFileSync(file, 'utf8')
    const cacheFile = folder === undefined ? undefined : cacheFileOf(folder, file, source)
    const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile)
    const script = new Script(nodeModule.wrap(source), { filename: file, cachedData })
    if (cachedData !== undefined && !script.cachedDataRejected) {
      cachedFiles++
      if (cacheFile !== undefined && isDayOld(cacheFile)) touch(cacheFile)
    } else if (cacheFile !== undefined) pending.push({ script, file: cacheFile })
    const module: LoadedModule = { exports: {} }
    modules.set(file, module)
    const builtins = nodeModule.createRequire(file)
    const localRequire = (id: string): unknown =>
      id.startsWith('.') ? load(resolve(dirname(file), id)) : builtins(id)
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void
    wrapper.call(module.exports, module.exports, localRequire, module, file, dirname(file))
    return module.exports
  }

  const exports = load(resolve(entry))
  return {
    exports,
    get cachedFiles() {
      return cachedFiles
    },
    get compiledFiles() {
      return modules.size - cachedFiles
    },
    saveCaches() {
      if (folder === undefined || pending.length === 0) return
      for (const cache of pending.splice(0)) writeCache(cache)
      // A missing cache mostly means a new bundle: what older ones left is cleared now and then.
      removeStaleCaches(folder, Date.now())
    }
  }
}
