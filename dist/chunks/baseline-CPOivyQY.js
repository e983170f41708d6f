import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createBaseline, serializeBaseline } from './baseline-Dm9wewTs.js';
import { N as NOW_OPTION, C as CONFIG_OPTION, r as repositoryCheckOptions, c as check, b as cliPath, w as writeFileAtomic, o as outputOption } from './check-CCJo8sAc.js';
import { s as stringOption, E as EXIT_OK } from './cli-main-DFxlpYnO.js';
import 'node:crypto';
import './zod-DbFaz-3J.js';
import 'node:buffer';
import 'node:util';

const DEFAULT_BASELINE_FILE = '.github/planguard-baseline.json';
const command = {
    name: 'baseline',
    summary: 'Record the current findings as accepted, so that only new ones fail.',
    usage: 'baseline [DIR] [--output FILE] [options]',
    details: [
        `Writes ${DEFAULT_BASELINE_FILE} in DIR (or --output FILE). Then run`,
        `\`planguard check --baseline ${DEFAULT_BASELINE_FILE}\` to report only findings not in it.`,
        'Findings are matched by fingerprint, so moving text does not bring them back.'
    ].join('\n'),
    options: {
        output: outputOption(`Baseline file to write (default: ${DEFAULT_BASELINE_FILE} in DIR).`),
        config: CONFIG_OPTION,
        now: NOW_OPTION
    },
    maxPositionals: 1,
    async run({ positionals, values, io }) {
        const options = repositoryCheckOptions(io, positionals, values);
        const { root } = options;
        const result = await check(options);
        const target = cliPath(io, stringOption(values, 'output')) ?? join(root, DEFAULT_BASELINE_FILE);
        const baseline = createBaseline(result.findings);
        mkdirSync(dirname(target), { recursive: true });
        writeFileAtomic(target, serializeBaseline(baseline));
        const count = baseline.findings.length;
        io.stderr(`planguard: ${count} finding${count === 1 ? '' : 's'} accepted in ${target}\n`);
        return EXIT_OK;
    }
};

export { DEFAULT_BASELINE_FILE, command };
