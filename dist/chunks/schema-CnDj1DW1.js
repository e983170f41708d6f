import { e as allRules, f as engineRules, d as deliver } from './check-CCJo8sAc.js';
import { c as configSchema } from './schema-BeZ2NjmR.js';
import { zodKit } from './zod-kit-BvLAe2O6.js';
import { t as toJSONSchema } from './zod-DbFaz-3J.js';
import { s as stringOption, E as EXIT_OK } from './cli-main-DFxlpYnO.js';
import 'node:path';
import 'node:fs';
import 'node:crypto';
import 'node:buffer';
import 'node:util';

const SEVERITIES = ['error', 'warning', 'info', 'off'];
/**
 * The JSON schema of `.github/planguard.yml` for editors: the configuration schema, with one
 * property per known rule under `rules` so that rule ids and their options complete and validate.
 */
function configJsonSchema(rules = allRules) {
    const schema = toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' });
    const properties = (schema.properties ?? {});
    const ruleProperties = {};
    for (const rule of rules)
        ruleProperties[rule.id] = ruleSettingSchema(rule.description, rule.options.schema(zodKit));
    for (const meta of engineRules) {
        ruleProperties[meta.id] ??= ruleSettingSchema(meta.description, undefined);
    }
    properties.rules = {
        type: 'object',
        description: 'Severity (error, warning, info, off) and options per rule id.',
        properties: ruleProperties,
        additionalProperties: false
    };
    return {
        ...schema,
        title: 'planguard configuration (.github/planguard.yml)',
        properties
    };
}
function ruleSettingSchema(description, options) {
    const severity = { type: 'string', enum: SEVERITIES };
    const optionsSchema = options
        ? optionsJsonSchema(options)
        : { type: 'object', additionalProperties: false };
    return {
        description,
        anyOf: [
            severity,
            {
                type: 'object',
                properties: { severity, options: optionsSchema },
                additionalProperties: false
            }
        ]
    };
}
function optionsJsonSchema(options) {
    try {
        const schema = toJSONSchema(options, { io: 'input', unrepresentable: 'any' });
        delete schema.$schema;
        return schema;
    }
    catch {
        // A schema zod cannot express (e.g. a refinement) still accepts a mapping.
        return { type: 'object' };
    }
}

const command = {
    name: 'schema',
    summary: 'Print the JSON schema of .github/planguard.yml.',
    usage: 'schema [--output FILE]',
    details: 'Point an editor at it for completion, e.g. `# yaml-language-server: $schema=planguard.schema.json`.',
    options: {
        output: {
            type: 'string',
            short: 'o',
            valueName: 'FILE',
            description: 'Write to FILE (atomically) instead of stdout.'
        }
    },
    maxPositionals: 0,
    async run({ values, io }) {
        deliver(io, JSON.stringify(configJsonSchema(), null, 2) + '\n', stringOption(values, 'output'));
        return EXIT_OK;
    }
};

export { command };
