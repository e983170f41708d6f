import { randomBytes } from 'node:crypto';
import { writeFileSync, renameSync, rmSync } from 'node:fs';
import { resolve, join, dirname, basename } from 'node:path';
import { P as PlanguardError } from './version-BalW4RBN.js';
import { m as messageOf } from './main-C2VMB0lV.js';

/**
 * Writes `content` to `path` so that readers see the old file or the new one, never half of it:
 * the text goes to a temporary file beside the target, which is then renamed over it.
 */
function writeFileAtomic(path, content) {
    const target = resolve(path);
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        writeFileSync(temporary, content, { flag: 'wx' });
        renameSync(temporary, target);
    }
    catch (error) {
        rmSync(temporary, { force: true });
        // Name the target, not the temporary file the system call failed on.
        const reason = messageOf(error).replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '');
        throw new PlanguardError('io', `cannot write ${path}: ${reason}`, { cause: error });
    }
}
/**
 * Delivers a command's output: to `--output FILE` (atomically, relative to the cwd) or to
 * stdout. The text is complete before anything is written, so a failure leaves FILE untouched.
 */
function deliver(io, text, outputPath) {
    if (outputPath === undefined || outputPath === '-')
        io.stdout(text);
    else
        writeFileAtomic(resolve(io.cwd, outputPath), text);
}

export { deliver as d, writeFileAtomic as w };
