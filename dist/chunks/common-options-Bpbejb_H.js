import { s as stringOption, f as dateOption } from './main-C2VMB0lV.js';
import { statSync } from 'node:fs';
import { isAbsolute, resolve, relative, sep } from 'node:path';
import { P as PlanguardError } from './version-BalW4RBN.js';

/**
 * The repository folder named on the command line (default: the cwd). It must exist: a typo should
 * be a usage error, not an empty check that passes.
 */
function repositoryRoot(io, dir) {
    const root = resolve(io.cwd, dir ?? '.');
    let isDirectory = false;
    try {
        isDirectory = statSync(root).isDirectory();
    }
    catch {
        isDirectory = false;
    }
    if (!isDirectory) {
        throw new PlanguardError('usage', `repository folder not found: ${dir ?? root}`);
    }
    return root;
}
/** A file named on the command line, resolved against the cwd (the engine would use the root). */
function cliPath(io, path) {
    if (path === undefined)
        return undefined;
    return isAbsolute(path) ? path : resolve(io.cwd, path);
}
/**
 * How to print repository-relative paths so that they open from the cwd: `examples/demo` when the
 * repository is below the cwd, nothing when it is the cwd or lies elsewhere.
 */
function displayPrefix(io, root) {
    const rel = relative(io.cwd, root);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
        return '';
    return rel.split(sep).join('/');
}

/** `--config FILE`, accepted by every command that reads a repository. */
const CONFIG_OPTION = {
    type: 'string',
    short: 'c',
    valueName: 'FILE',
    description: 'Configuration file (default: .github/planguard.yml in DIR).'
};
/** `--now ISO`, the instant date rules compare against. */
const NOW_OPTION = {
    type: 'string',
    valueName: 'ISO',
    description: '"Now" for date rules (default: the HEAD commit date, else the clock).'
};
/** `--output FILE`, written atomically; `what` says what is written. */
function outputOption(description) {
    return { type: 'string', short: 'o', valueName: 'FILE', description };
}
/**
 * The engine options every repository command takes from its command line: DIR (first
 * positional), `--config` and `--now`, with paths resolved from the current folder.
 */
function repositoryCheckOptions(io, positionals, values) {
    const options = { root: repositoryRoot(io, positionals[0]) };
    const configPath = cliPath(io, stringOption(values, 'config'));
    if (configPath !== undefined)
        options.configPath = configPath;
    const now = dateOption(values, 'now');
    if (now !== undefined)
        options.now = now;
    return options;
}

export { CONFIG_OPTION as C, NOW_OPTION as N, cliPath as c, displayPrefix as d, outputOption as o, repositoryCheckOptions as r };
