#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, renameSync, readdirSync, statSync, rmSync, lstatSync, utimesSync } from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { resolve, join, dirname } from 'node:path';
import { Script } from 'node:vm';

// Loads the CLI's CommonJS bundle through V8's code cache, so a second run skips parsing and
// compiling the functions the first run compiled. Node 22.1+ offers this for ES modules
// (module.enableCompileCache); Node 20 does not, and vm.Script's cachedData works on every version.
// The bundle is ours and self-contained: its files only require each other and node built-ins.
/**
 * Where compiled code is kept, or undefined when caching is off: `PLANGUARD_COMPILE_CACHE` names a
 * folder, or turns caching off with `0`/`off`/`false`; Node's own `NODE_DISABLE_COMPILE_CACHE`
 * turns it off too. By default a folder of the system's temporary directory, one per user.
 * Each command has a folder of its own: a cache holds what the run that wrote it compiled, and a
 * `planguard --help` run first must not leave `check` a cache of almost nothing.
 */
function compileCacheFolder(env, command) {
    const setting = env.PLANGUARD_COMPILE_CACHE?.trim();
    if (env.NODE_DISABLE_COMPILE_CACHE || /^(0|off|false)$/i.test(setting ?? ''))
        return undefined;
    const user = process.getuid?.() ?? 'user';
    const base = setting ? resolve(setting) : join(tmpdir(), `planguard-compile-cache-${user}`);
    return join(base, command !== undefined && /^[a-z]+$/.test(command) ? command : 'other');
}
/**
 * The folder, created if needed, when it is safe to load compiled code from: it and the folder
 * above it (the one shared by the commands) are real folders that belong to this user and that
 * nobody else may write to (code read from a folder another user controls would run as this
 * one). Undefined otherwise: the CLI then compiles as usual.
 */
function usableFolder(folder) {
    try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        return ownFolder(dirname(folder)) && ownFolder(folder) ? folder : undefined;
    }
    catch {
        return undefined;
    }
}
function ownFolder(folder) {
    const stats = lstatSync(folder);
    if (!stats.isDirectory())
        return false;
    // Windows has no owner ids nor mode bits to read here; its temporary folder is per user.
    if (process.platform === 'win32')
        return true;
    return stats.uid === process.getuid?.() && (stats.mode & 0o022) === 0;
}
/**
 * The cache file of one source text: named by a digest of the text and by the V8 build, so an
 * edited bundle or another node never meets code compiled for something else.
 */
function cacheFileOf(folder, file, source) {
    const digest = createHash('sha256')
        .update(source)
        .update(`\0${process.versions.v8}\0${process.arch}`)
        .digest('hex')
        .slice(0, 32);
    const name = file.slice(dirname(file).length + 1).replace(/[^\w.-]/g, '_');
    return join(folder, `${name}-${digest}.bin`);
}
function readCache(file) {
    try {
        return readFileSync(file);
    }
    catch {
        return undefined;
    }
}
/** Whether a cache was last marked a day ago or more (marking it every run would cost a write). */
function isDayOld(file) {
    try {
        return Date.now() - statSync(file).mtimeMs > 24 * 3600 * 1000;
    }
    catch {
        return false;
    }
}
/** Marks a cache as used, so that clearing stale ones keeps it. */
function touch(file) {
    try {
        const now = new Date();
        utimesSync(file, now, now);
    }
    catch {
        // A cache that cannot be marked is only cleared sooner.
    }
}
/** Writes through a temporary name, so a reader never sees half a file. */
function writeCache({ script, file }) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, file);
    }
    catch {
        // A full disk or a read-only folder only costs the next run its head start.
    }
}
/** Caches not used for this long are removed when a run writes a new one. */
const STALE_CACHE_MS = 7 * 24 * 3600 * 1000;
/**
 * Removes the caches of the folder that no run has read or written for a week: each build of the
 * bundle has caches of its own, and the folder would otherwise keep every build's.
 */
function removeStaleCaches(folder, now) {
    try {
        for (const name of readdirSync(folder)) {
            if (!name.endsWith('.bin'))
                continue;
            const file = join(folder, name);
            if (now - statSync(file).mtimeMs > STALE_CACHE_MS)
                rmSync(file, { force: true });
        }
    }
    catch {
        // Another run clearing at the same time, or a folder gone: nothing to keep tidy.
    }
}
/**
 * Loads a CommonJS file and the relative files it requires, each compiled with the code cache of
 * `cacheFolder` (none when undefined). Save the caches at the end of the run, so they hold the
 * functions the run compiled, not only the top level.
 */
function loadCommonJs(entry, cacheFolder) {
    const folder = cacheFolder === undefined ? undefined : usableFolder(cacheFolder);
    const modules = new Map();
    const pending = [];
    let cachedFiles = 0;
    const load = (file) => {
        const known = modules.get(file);
        if (known)
            return known.exports;
        const source = readFileSync(file, 'utf8');
        const cacheFile = folder === undefined ? undefined : cacheFileOf(folder, file, source);
        const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
        const script = new Script(nodeModule.wrap(source), { filename: file, cachedData });
        if (cachedData !== undefined && !script.cachedDataRejected) {
            cachedFiles++;
            if (cacheFile !== undefined && isDayOld(cacheFile))
                touch(cacheFile);
        }
        else if (cacheFile !== undefined)
            pending.push({ script, file: cacheFile });
        const module = { exports: {} };
        modules.set(file, module);
        const builtins = nodeModule.createRequire(file);
        const localRequire = (id) => id.startsWith('.') ? load(resolve(dirname(file), id)) : builtins(id);
        const wrapper = script.runInThisContext();
        wrapper.call(module.exports, module.exports, localRequire, module, file, dirname(file));
        return module.exports;
    };
    const exports = load(resolve(entry));
    return {
        exports,
        get cachedFiles() {
            return cachedFiles;
        },
        get compiledFiles() {
            return modules.size - cachedFiles;
        },
        saveCaches() {
            if (folder === undefined || pending.length === 0)
                return;
            for (const cache of pending.splice(0))
                writeCache(cache);
            // A missing cache mostly means a new bundle: what older ones left is cleared now and then.
            removeStaleCaches(folder, Date.now());
        }
    };
}

// The program behind `planguard` (bundled to dist/cli.js). The CLI itself is a CommonJS bundle
// beside it (dist/cli/planguard.cjs, from main.ts), loaded through V8's code cache: a run after the
// first skips most of the parsing and compiling of the bundle.
// V8 doubles the young generation when much of what it holds survives, up to 2 × 16 MB, and a
// 20 MB ledger's model does: keeping it at its start size held peak memory on a 20 MB ledger at
// 115 MB instead of 147 MB, for about 4 % more time there and none measurable on an 800 KB one.
// The flag is read whenever the young generation would grow, so setting it now takes effect.
setFlagsFromString('--semi-space-growth-factor=1');
const bundle = fileURLToPath(new URL('./cli/planguard.cjs', import.meta.url));
const loaded = loadCommonJs(bundle, compileCacheFolder(process.env, process.argv[2]));
const { main } = loaded.exports;
// At exit, when the run has compiled what it needed: the next run starts from all of it.
process.once('exit', () => loaded.saveCaches());
// `planguard check | head` closes the pipe early: stop quietly instead of a stack trace.
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
    process.exit(process.exitCode ?? 0);
});
void main(process.argv.slice(2)).then((code) => {
    // exitCode rather than process.exit(): output piped to another program is flushed first.
    process.exitCode = code;
});
