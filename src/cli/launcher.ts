// The program behind `planguard` (bundled to dist/cli.js). The CLI itself is a CommonJS bundle
// beside it (dist/cli/planguard.cjs, from main.ts), loaded through V8's code cache: a run after the
// first skips most of the parsing and compiling of the bundle.
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { compileCacheFolder, loadCommonJs } from './compile-cache.js'

type Main = (argv: readonly string[]) => Promise<number>

// V8 doubles the young generation when much of what it holds survives, up to 2 × 16 MB, and a
// 20 MB ledger's model does: keeping it at its start size held peak memory on a 20 MB ledger at
// 115 MB instead of 147 MB, for about 4 % more time there and none measurable on an 800 KB one.
// The flag is read whenever the young generation would grow, so setting it now takes effect.
setFlagsFromString('--semi-space-growth-factor=1')

const bundle = fileURLToPath(new URL('./cli/planguard.cjs', import.meta.url))
const loaded = loadCommonJs(bundle, compileCacheFolder(process.env, process.argv[2]))
const { main } = loaded.exports as { main: Main }
// At exit, when the run has compiled what it needed: the next run starts from all of it.
process.once('exit', () => loaded.saveCaches())

// `planguard check | head` closes the pipe early: stop quietly instead of a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})
void main(process.argv.slice(2)).then((code) => {
  // exitCode rather than process.exit(): output piped to another program is flushed first.
  process.exitCode = code
})
