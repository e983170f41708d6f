// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with their dependencies,
// so that neither needs node_modules at run time. Rarely used code paths are dynamic
// imports and land in dist/chunks/, which keeps CLI start-up cheap.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

/** @type {import('rollup').RollupOptions} */
const config = {
  input: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '')
  },
  onwarn(warning, warn) {
    // Circular imports inside third-party bundles are harmless and noisy.
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return
    // Down-levelled `this` at the top of CommonJS-era modules is `undefined` in ESM, as intended.
    if (warning.code === 'THIS_IS_UNDEFINED') return
    // Dependencies' `@__PURE__` comments in positions rollup ignores: nothing to act on here.
    if (warning.code === 'INVALID_ANNOTATION' && /node_modules/.test(warning.id ?? '')) return
    warn(warning)
  },
  plugins: [
    typescript({
      tsconfig: 'tsconfig.build.json',
      outDir: 'dist',
      noEmit: false,
      declaration: false
    }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs(),
    json()
  ]
}

export default config
