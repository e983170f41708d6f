// Bundles the Action (dist/index.js) and the CLI (dist/cli.js, which loads dist/cli/) with their
// dependencies, so that neither needs node_modules at run time. Rarely used code paths are
// dynamic imports and land in chunks of their own, which keeps CLI start-up cheap.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { resolve } from 'node:path'

const CLI_ENTRY = resolve('src/cli/main.ts')
const CHECK_COMMAND = resolve('src/cli/commands/check.ts')

/**
 * The CLI's chunks, by when they are needed:
 * - `cli-main`: what every command needs (arguments, help, errors), required by the entry
 *   (a group of its own: rollup otherwise pulls these modules into the `check` chunk, which
 *   needs them too, and every command would then load `check`);
 * - `check`: everything `planguard check` needs beyond that, as one chunk (a dozen small chunks
 *   cost more to load than one of the same size); the other commands share it;
 * - `zod`: only for a configuration file, configured rule options, baselines and the JSON schema,
 *   all reached through dynamic imports: one chunk instead of pieces in each of theirs;
 * Rollup splits the rest (commands, yaml with the configuration parser, GitHub code) along the
 * dynamic imports. tests/cli/bundle.test.ts checks that `check` loads neither zod nor yaml.
 */
const chunkGroups = new WeakMap()
function manualChunks(id, { getModuleInfo }) {
  if (/[\\/]node_modules[\\/]zod[\\/]/.test(id)) return 'zod'
  if (!chunkGroups.has(getModuleInfo)) {
    const cli = staticClosure(getModuleInfo, CLI_ENTRY)
    const check = staticClosure(getModuleInfo, CHECK_COMMAND)
    cli.delete(CLI_ENTRY)
    for (const module of cli) check.delete(module)
    chunkGroups.set(getModuleInfo, { cli, check })
  }
  const { cli, check } = chunkGroups.get(getModuleInfo)
  if (cli.has(id)) return 'cli-main'
  if (check.has(id)) return 'check'
  return undefined
}

/** The modules `entry` imports statically, directly or not. */
function staticClosure(getModuleInfo, entry) {
  const seen = new Set()
  const pending = [entry]
  while (pending.length > 0) {
    const id = pending.pop()
    if (seen.has(id)) continue
    seen.add(id)
    pending.push(...(getModuleInfo(id)?.importedIds ?? []))
  }
  return seen
}

const onwarn = (warning, warn) => {
  // Circular imports inside third-party bundles are harmless and noisy.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return
  // Down-levelled `this` at the top of CommonJS-era modules is `undefined` in ESM, as intended.
  if (warning.code === 'THIS_IS_UNDEFINED') return
  // Dependencies' `@__PURE__` comments in positions rollup ignores: nothing to act on here.
  if (warning.code === 'INVALID_ANNOTATION' && /node_modules/.test(warning.id ?? '')) return
  warn(warning)
}

const plugins = (outDir) => [
  typescript({
    tsconfig: 'tsconfig.build.json',
    outDir,
    noEmit: false,
    declaration: false
  }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
  commonjs(),
  json()
]

/** @type {import('rollup').RollupOptions[]} */
const config = [
  // The Action (action.yml runs dist/index.js).
  {
    input: { index: 'src/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: false,
      manualChunks: (id) => (/[\\/]node_modules[\\/]zod[\\/]/.test(id) ? 'zod' : undefined)
    },
    onwarn,
    plugins: plugins('dist')
  },
  // The CLI, as CommonJS: the launcher compiles these files with V8's code cache (vm.Script
  // takes classic scripts only). Every file requires only its siblings and node built-ins.
  {
    input: { planguard: CLI_ENTRY },
    output: {
      dir: 'dist/cli',
      format: 'cjs',
      entryFileNames: '[name].cjs',
      chunkFileNames: 'chunks/[name]-[hash].cjs',
      sourcemap: false,
      manualChunks
    },
    onwarn,
    plugins: plugins('dist/cli')
  },
  // The program behind `planguard`: loads dist/cli/planguard.cjs through the code cache.
  {
    input: { cli: 'src/cli/launcher.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      sourcemap: false,
      banner: '#!/usr/bin/env node'
    },
    external: (id) => id.startsWith('node:'),
    onwarn,
    plugins: plugins('dist')
  }
]

export default config
