import nodeModule from 'node:module';

nodeModule.enableCompileCache?.();
const { run } = await import('./chunks/run-Bp6k_Icc.js').then(function (n) { return n.r; });
/** The Action's entry point (bundled to dist/index.js). All the work happens in run(). */
const result = await run();
process.exitCode = result.exitCode;
