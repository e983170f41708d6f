import { N as NOW_OPTION, C as CONFIG_OPTION, c as check, r as repositoryCheckOptions } from './check-CCJo8sAc.js';
import { r as renderMirror } from './render-jJ39NJ-L.js';
import { h as booleanOption, i as EXIT_USAGE, E as EXIT_OK } from './cli-main-DFxlpYnO.js';
import 'node:path';
import 'node:fs';
import 'node:crypto';
import 'node:buffer';
import './progress-B1j56jAO.js';
import 'node:process';
import 'node:url';
import 'node:util';

const command = {
    name: 'mirror',
    summary: 'Show the tracking-issue body the Action would write (with --dry-run).',
    usage: 'mirror --dry-run [DIR] [options]',
    details: 'Renders the ledgers of the working tree the way the Action mirrors them into the tracking\n' +
        'issue on a push to the default branch, and prints the body. Links are repository paths.',
    options: {
        'dry-run': {
            type: 'boolean',
            description: 'Print instead of posting (required: posting is the Action’s job).'
        },
        config: CONFIG_OPTION,
        now: NOW_OPTION
    },
    maxPositionals: 1,
    async run({ positionals, values, io }) {
        if (!booleanOption(values, 'dry-run')) {
            io.stderr('planguard mirror: only --dry-run is supported locally; the Action writes the issue.\n');
            return EXIT_USAGE;
        }
        const result = await check(repositoryCheckOptions(io, positionals, values));
        const { project } = result;
        const rendered = renderMirror({
            ledgers: project.ledgers,
            plans: project.plans,
            findings: result.findings,
            doneStatuses: project.config.vocabulary.doneStatus
        });
        io.stdout(rendered.body);
        return EXIT_OK;
    }
};

export { command };
