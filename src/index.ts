import nodeModule from 'node:module'

// Node 22.1+ can keep compiled code between runs (the Action runs on Node 24); Node 20 lacks it.
// The Action's modules are imported after this line, so they benefit.
;(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.()
const { run } = await import('./action/run.js')

/** The Action's entry point (bundled to dist/index.js). All the work happens in run(). */
const result = await run()
process.exitCode = result.exitCode
