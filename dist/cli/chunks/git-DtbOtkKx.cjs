'use strict';

var node_child_process = require('node:child_process');
var cliMain = require('./cli-main-DsCnXIRq.cjs');
require('node:util');

/**
 * The few git questions planguard asks, each one `git` process run without a shell and with
 * bounded output. Outside a git repository they answer "unknown" (undefined) instead of failing.
 */
/** Default ceiling on what one git command may print. */
const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;
class GitCommandError extends Error {
    args;
    stderr;
    exitCode;
    constructor(args, stderr, exitCode) {
        super(`git ${args.join(' ')} failed${stderr ? `: ${stderr.trim()}` : ''}`);
        this.args = args;
        this.stderr = stderr;
        this.exitCode = exitCode;
        this.name = 'GitCommandError';
    }
}
/** Runs `git <args>` in `cwd` and resolves with its standard output. */
function runGit(cwd, args, options = {}) {
    return new Promise((resolvePromise, reject) => {
        const child = node_child_process.execFile('git', args, {
            cwd,
            encoding: 'buffer',
            maxBuffer: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT,
            env: gitEnvironment(),
            windowsHide: true
        }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code;
                reject(new GitCommandError(args, stderr?.toString('utf8') ?? cliMain.errorMessage(error), code));
            }
            else {
                resolvePromise(stdout);
            }
        });
        child.stdin?.on('error', () => {
            // git may exit before reading all of its input; the exit status tells what happened.
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        else
            child.stdin?.end();
    });
}
/** The environment without variables that would point git at another repository. */
function gitEnvironment() {
    const env = { ...process.env };
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY']) {
        delete env[name];
    }
    env.GIT_TERMINAL_PROMPT = '0';
    return env;
}
async function gitText(cwd, args) {
    try {
        return (await runGit(cwd, args)).toString('utf8').trim();
    }
    catch {
        return undefined;
    }
}
/** Whether `root` is inside a git work tree. */
async function isGitRepository(root) {
    return (await gitText(root, ['rev-parse', '--is-inside-work-tree'])) === 'true';
}
/** The committer date of HEAD, or undefined outside a repository or before the first commit. */
async function headCommitDate(root) {
    const text = await gitText(root, ['log', '-1', '--format=%cI', 'HEAD']);
    if (!text)
        return undefined;
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** The commit id a ref names, or undefined when it names no commit present in this clone. */
async function resolveRef(root, ref) {
    if (ref.startsWith('-'))
        return undefined;
    const sha = await gitText(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}
/** Like resolveRef, but a missing revision is an error that says how to make it present. */
async function requireRef(root, ref) {
    const sha = await resolveRef(root, ref);
    if (sha)
        return sha;
    if (!(await isGitRepository(root))) {
        throw new cliMain.PlanguardError('usage', `${root} is not a git repository, so --base ${ref} cannot be used`);
    }
    const shallow = (await gitText(root, ['rev-parse', '--is-shallow-repository'])) === 'true';
    throw new cliMain.PlanguardError('io', `revision ${ref} is not present in this clone` +
        (shallow
            ? ' (the clone is shallow: fetch more history, e.g. actions/checkout with fetch-depth: 0, or git fetch origin ' +
                `${ref})`
            : ''));
}
/** The best common ancestor of two revisions, or undefined (unrelated histories, shallow clone). */
async function mergeBase(root, a, b) {
    if (a.startsWith('-') || b.startsWith('-'))
        return undefined;
    const sha = await gitText(root, ['merge-base', a, b]);
    return sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha.split('\n')[0] : undefined;
}
/**
 * Repository-relative paths changed between two revisions (`to` omitted: the working tree),
 * renames reported under both names. Undefined when git cannot answer.
 */
async function changedFiles(root, from, to) {
    if (from.startsWith('-') || to?.startsWith('-'))
        return undefined;
    const revisions = to === undefined ? [from] : [from, to];
    try {
        const output = await runGit(root, [
            'diff',
            '--name-only',
            '-z',
            '--no-renames',
            ...revisions,
            '--'
        ]);
        return [...new Set(output.toString('utf8').split('\0').filter(Boolean))].sort();
    }
    catch {
        return undefined;
    }
}
/** The top folder of the work tree containing `path`, or undefined outside a repository. */
async function workTreeRoot(path) {
    return gitText(path, ['rev-parse', '--show-toplevel']);
}

exports.GitCommandError = GitCommandError;
exports.changedFiles = changedFiles;
exports.headCommitDate = headCommitDate;
exports.isGitRepository = isGitRepository;
exports.mergeBase = mergeBase;
exports.requireRef = requireRef;
exports.resolveRef = resolveRef;
exports.runGit = runGit;
exports.workTreeRoot = workTreeRoot;
