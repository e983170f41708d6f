'use strict';

var node_fs = require('node:fs');
var minpath = require('node:path');
var baseline = require('./baseline-_aAh4-aV.cjs');
var check = require('./check-BHFmESsm.cjs');
var cliMain = require('./cli-main-DsCnXIRq.cjs');
require('node:crypto');
require('./zod-B1zl4tZu.cjs');
require('node:buffer');
require('node:util');

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
        output: check.outputOption(`Baseline file to write (default: ${DEFAULT_BASELINE_FILE} in DIR).`),
        config: check.CONFIG_OPTION,
        now: check.NOW_OPTION
    },
    maxPositionals: 1,
    async run({ positionals, values, io }) {
        const options = check.repositoryCheckOptions(io, positionals, values);
        const { root } = options;
        const result = await check.check(options);
        const target = check.cliPath(io, cliMain.stringOption(values, 'output')) ?? minpath.join(root, DEFAULT_BASELINE_FILE);
        const baseline$1 = baseline.createBaseline(result.findings);
        node_fs.mkdirSync(minpath.dirname(target), { recursive: true });
        check.writeFileAtomic(target, baseline.serializeBaseline(baseline$1));
        const count = baseline$1.findings.length;
        io.stderr(`planguard: ${count} finding${count === 1 ? '' : 's'} accepted in ${target}\n`);
        return cliMain.EXIT_OK;
    }
};

exports.DEFAULT_BASELINE_FILE = DEFAULT_BASELINE_FILE;
exports.command = command;
