'use strict';

var check = require('./check-BHFmESsm.cjs');
var schema = require('./schema-DXNs90hU.cjs');
var zodKit = require('./zod-kit-CCsSdbaf.cjs');
var zod = require('./zod-B1zl4tZu.cjs');
var cliMain = require('./cli-main-DsCnXIRq.cjs');
require('node:path');
require('node:fs');
require('node:crypto');
require('node:buffer');
require('node:util');

const SEVERITIES = ['error', 'warning', 'info', 'off'];
/**
 * The JSON schema of `.github/planguard.yml` for editors: the configuration schema, with one
 * property per known rule under `rules` so that rule ids and their options complete and validate.
 */
function configJsonSchema(rules = check.allRules) {
    const schema$1 = zod.toJSONSchema(schema.configSchema, { io: 'input', unrepresentable: 'any' });
    const properties = (schema$1.properties ?? {});
    const ruleProperties = {};
    for (const rule of rules)
        ruleProperties[rule.id] = ruleSettingSchema(rule.description, rule.options.schema(zodKit.zodKit));
    for (const meta of check.engineRules) {
        ruleProperties[meta.id] ??= ruleSettingSchema(meta.description, undefined);
    }
    properties.rules = {
        type: 'object',
        description: 'Severity (error, warning, info, off) and options per rule id.',
        properties: ruleProperties,
        additionalProperties: false
    };
    return {
        ...schema$1,
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
        const schema = zod.toJSONSchema(options, { io: 'input', unrepresentable: 'any' });
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
        check.deliver(io, JSON.stringify(configJsonSchema(), null, 2) + '\n', cliMain.stringOption(values, 'output'));
        return cliMain.EXIT_OK;
    }
};

exports.command = command;
