#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { m as main } from './chunks/cli-main-DFxlpYnO.js';
import 'node:util';

// The bundle entry (dist/cli.js, bin `planguard`). The CLI itself lives in app.ts; this file only
// starts it when node runs it as the program, so tests can import `main` without side effects.
/**
 * Whether node was started on this module. The bundler may move this code from dist/cli.js into
 * a shared dist/chunks/*.js file (dist/cli.js then only re-exports it), so the program may also
 * be the `cli.js` one folder up.
 */
function isProgram(moduleUrl) {
    const script = process.argv[1];
    if (script === undefined)
        return false;
    const real = (path) => {
        try {
            return realpathSync(path);
        }
        catch {
            return undefined;
        }
    };
    const program = real(script);
    if (program === undefined)
        return false;
    const candidates = [fileURLToPath(moduleUrl), fileURLToPath(new URL('../cli.js', moduleUrl))];
    return candidates.some((candidate) => real(candidate) === program);
}
if (isProgram(import.meta.url)) {
    nodeModule.enableCompileCache?.();
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
}

export { main };
