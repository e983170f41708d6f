import { c as check } from './engine-DrvNjzAb.js';
import { a as renderMirror } from './render-D_CVbs55.js';
import { d as booleanOption, e as EXIT_USAGE, b as EXIT_OK } from './main-C2VMB0lV.js';
import { N as NOW_OPTION, C as CONFIG_OPTION, r as repositoryCheckOptions } from './common-options-Bpbejb_H.js';
import 'node:path';
import './disk-CcgVKx1G.js';
import 'node:fs';
import 'process';
import 'buffer';
import './index-CL11jZyO.js';
import './version-BalW4RBN.js';
import './schema-ByAc-_wP.js';
import 'node:child_process';
import 'node:buffer';
import 'node:crypto';
import './progress-D6yUYSTI.js';
import 'node:process';
import 'node:url';
import 'node:module';
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
