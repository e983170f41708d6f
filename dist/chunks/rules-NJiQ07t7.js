import { a as allRules, e as engineRules } from './index-CL11jZyO.js';
import { c as choiceOption, b as EXIT_OK } from './main-C2VMB0lV.js';
import { d as deliver } from './output-CFFCbNBM.js';
import 'node:fs';
import 'node:module';
import 'node:url';
import './version-BalW4RBN.js';
import 'node:util';
import 'node:crypto';
import 'node:path';

/** Every rule id planguard can report: the registry's rules, then the engine's own ids. */
function knownRules() {
    const seen = new Set();
    const rules = [];
    for (const rule of [...allRules, ...engineRules]) {
        if (seen.has(rule.id))
            continue;
        seen.add(rule.id);
        rules.push({
            id: rule.id,
            description: rule.description,
            defaultSeverity: rule.defaultSeverity,
            docs: rule.docs
        });
    }
    return rules;
}
const command = {
    name: 'rules',
    summary: 'List the rules with their default severity.',
    usage: 'rules [--format text|json]',
    options: {
        format: {
            type: 'string',
            short: 'f',
            valueName: 'FORMAT',
            description: 'text (default) or json.'
        }
    },
    maxPositionals: 0,
    async run({ values, io }) {
        const format = choiceOption(values, 'format', ['text', 'json'], 'text');
        const rules = knownRules();
        if (format === 'json') {
            deliver(io, JSON.stringify({ version: 1, rules }, null, 2) + '\n', undefined);
            return EXIT_OK;
        }
        const idWidth = Math.max(0, ...rules.map((rule) => rule.id.length));
        const lines = rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}`);
        deliver(io, lines.join('\n') + '\n', undefined);
        return EXIT_OK;
    }
};

export { command, knownRules };
