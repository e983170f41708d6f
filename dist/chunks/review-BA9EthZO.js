import { N as NOW_OPTION, C as CONFIG_OPTION, r as repositoryCheckOptions, c as check } from './check-CCJo8sAc.js';
import { h as booleanOption, i as EXIT_USAGE, s as stringOption, P as PlanguardError, f as countOption, E as EXIT_OK } from './cli-main-DFxlpYnO.js';
import { runGit } from './git-DzBt9aIC.js';
import { p as parsePullRequestFiles, a as planReview, r as renderReviewBody, b as renderInlineComment, c as renderSummaryComment } from './summary-Cm-0BO0N.js';
import 'node:path';
import 'node:fs';
import 'node:crypto';
import 'node:buffer';
import 'node:util';
import 'node:child_process';
import './progress-B1j56jAO.js';
import 'node:process';
import 'node:url';

/**
 * Splits the output of `git diff` into per-file patches shaped like `pulls.listFiles` returns
 * them (hunks only, no file headers), so a local dry run plans comments the way the Action does.
 */
function splitUnifiedDiff(diff) {
    const files = [];
    let current;
    let removed = false;
    let oldName = '';
    const flush = () => {
        if (current)
            files.push({
                filename: current.filename,
                status: current.status,
                patch: current.lines.join('\n')
            });
        current = undefined;
    };
    for (const line of diff.split('\n')) {
        if (line.startsWith('diff --git ')) {
            flush();
            removed = false;
            continue;
        }
        if (line.startsWith('deleted file mode'))
            removed = true;
        if (!current && line.startsWith('--- '))
            oldName = line.slice(4);
        if (!current && line.startsWith('+++ ')) {
            let target = line.slice(4);
            if (target === '/dev/null') {
                removed = true;
                target = oldName;
            }
            const filename = unquote(target).replace(/^[ab]\//, '');
            const status = removed ? 'removed' : oldName === '/dev/null' ? 'added' : 'modified';
            current = { filename, status, lines: [] };
            continue;
        }
        if (current && (current.lines.length > 0 || line.startsWith('@@')))
            current.lines.push(line);
    }
    flush();
    // A trailing newline of the diff leaves one empty line after the last hunk.
    for (const file of files)
        file.patch = file.patch?.replace(/\n$/, '');
    return files;
}
/** git quotes paths with unusual characters: `"b/with space\303\251.md"`. */
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    const bytes = [];
    const body = path.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const char = body[i];
        if (char !== '\\') {
            bytes.push(...Buffer.from(char, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push({ n: 10, t: 9, '"': 34, '\\': 92 }[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

const DEFAULT_MAX_INLINE = 30;
const command = {
    name: 'review',
    summary: 'Show the pull-request review the Action would post (with --dry-run).',
    usage: 'review --base REF --dry-run [DIR] [options]',
    details: 'Compares the working tree with where it branched from REF and prints, without a token and\n' +
        'without contacting GitHub, the review body, each inline comment (path:line and body) and the\n' +
        'summary comment the Action would post on a pull request from this branch.',
    options: {
        base: {
            type: 'string',
            valueName: 'REF',
            description: 'The branch or commit the pull request targets.'
        },
        'dry-run': {
            type: 'boolean',
            description: 'Print instead of posting (required: posting is the Action’s job).'
        },
        config: CONFIG_OPTION,
        now: NOW_OPTION,
        'max-inline-comments': {
            type: 'string',
            valueName: 'N',
            description: `Most inline comments (default ${DEFAULT_MAX_INLINE}).`
        }
    },
    maxPositionals: 1,
    async run({ positionals, values, io }) {
        if (!booleanOption(values, 'dry-run')) {
            io.stderr('planguard review: only --dry-run is supported locally; the Action posts reviews.\n');
            return EXIT_USAGE;
        }
        const base = stringOption(values, 'base');
        if (!base)
            throw new PlanguardError('usage', 'review: --base REF is required');
        const options = repositoryCheckOptions(io, positionals, values);
        const { root } = options;
        const result = await check({ ...options, base });
        const revision = result.baseRevision ?? base;
        const diffText = (await runGit(root, [
            'diff',
            '--no-color',
            '--no-renames',
            '--no-ext-diff',
            '-U3',
            revision,
            '--'
        ])).toString('utf8');
        const diffs = parsePullRequestFiles(splitUnifiedDiff(diffText));
        const introduced = result.introduced ?? [];
        const plan = planReview({
            introduced,
            diffs,
            existingComments: [],
            existingReviewBodies: [],
            botLogin: 'planguard',
            maxInlineComments: countOption(values, 'max-inline-comments') ?? DEFAULT_MAX_INLINE
        });
        const out = [];
        if (plan.inline.length === 0 && plan.listed.length === 0) {
            out.push('=== Review: none (no new findings) ===\n');
        }
        else {
            out.push('=== Review body ===\n', renderReviewBody(plan));
            for (const comment of plan.inline) {
                const where = comment.startLine === undefined
                    ? `${comment.line}`
                    : `${comment.startLine}-${comment.line}`;
                out.push(`\n=== Inline comment ${comment.path}:${where} ===\n`, renderInlineComment(comment));
            }
        }
        const summary = renderSummaryComment({
            findings: result.findings,
            introduced,
            fixed: result.fixed ?? [],
            ledgers: result.project.ledgers,
            plans: result.project.plans,
            diffs
        });
        out.push('\n=== Summary comment ===\n', summary);
        io.stdout(out.join(''));
        return EXIT_OK;
    }
};

export { command };
