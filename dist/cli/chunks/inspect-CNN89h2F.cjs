'use strict';

var check = require('./check-BHFmESsm.cjs');
require('node:path');
require('node:crypto');
var git = require('./git-DtbOtkKx.cjs');
var cliMain = require('./cli-main-DsCnXIRq.cjs');
require('node:fs');
require('node:buffer');
require('node:child_process');
require('node:util');

/**
 * Version of the `planguard inspect --format json` document; the same policy as the check JSON
 * (docs/output.md): optional additions keep it, removals and renames bump it.
 */
const INSPECT_JSON_VERSION = 1;
/** The parsed model reduced to what a person or a script wants to look at. */
function toInspectJson(model) {
    return {
        version: INSPECT_JSON_VERSION,
        ledgers: model.ledgers.map((ledger) => ({
            file: ledger.file,
            dialect: ledger.dialect,
            ...(ledger.lastUpdated ? { lastUpdated: isoDate(ledger.lastUpdated) } : {}),
            entries: ledger.entries.map(inspectEntry),
            problems: ledger.problems.map((problem) => ({
                kind: problem.kind,
                message: problem.message,
                line: problem.range.line
            }))
        })),
        plans: model.plans.map((plan) => ({
            file: plan.file,
            ...(plan.title ? { title: plan.title.value } : {}),
            phases: plan.phases.map((phase) => ({
                id: phase.id,
                title: phase.title,
                line: phase.headingRange.line,
                tasks: phase.tasks.map((task) => ({
                    id: task.id,
                    state: task.state,
                    marker: task.marker,
                    line: task.range.line
                }))
            })),
            problems: plan.problems.map((problem) => ({
                kind: problem.kind,
                message: problem.message,
                line: problem.range.line
            }))
        }))
    };
}
function renderInspectJson(model) {
    return JSON.stringify(toInspectJson(model), null, 2) + '\n';
}
/** An indented outline for the terminal: entries with their attempts, phases with their tasks. */
function renderInspectText(model) {
    const lines = [];
    const json = toInspectJson(model);
    for (const ledger of json.ledgers) {
        lines.push(`${ledger.file} (${ledger.dialect}, ${ledger.entries.length} entries)`);
        for (const entry of ledger.entries) {
            const facts = [entry.status, entry.priority].filter(Boolean).join(', ');
            lines.push(`  ${entry.line}: [${entry.id}] ${entry.title}${facts ? ` — ${facts}` : ''}`);
            for (const plan of entry.plans)
                lines.push(`      plan ${plan}`);
            for (const attempt of entry.attempts) {
                const name = attempt.number === undefined ? 'attempt' : `#${attempt.number}`;
                const date = attempt.date ? ` ${attempt.date}` : '';
                const count = attempt.artifacts.length;
                const cited = count ? ` (${count} artifact${count === 1 ? '' : 's'})` : '';
                lines.push(`    ${attempt.line}: ${name}${date}${attempt.label ? ` ${attempt.label}` : ''}${cited}`);
            }
        }
    }
    for (const plan of json.plans) {
        lines.push(`${plan.file}${plan.title ? ` — ${plan.title}` : ''}`);
        for (const phase of plan.phases) {
            lines.push(`  ${phase.line}: Phase ${phase.id} — ${phase.title}`);
            for (const task of phase.tasks)
                lines.push(`    ${task.line}: ${task.id} ${task.marker}`);
        }
    }
    if (lines.length === 0)
        lines.push('no ledgers or plans found');
    return lines.join('\n') + '\n';
}
function inspectEntry(entry) {
    return {
        id: entry.id,
        title: entry.title,
        line: entry.headingRange.line,
        ...(entry.section === undefined ? {} : { section: entry.section }),
        ...(entry.status ? { status: entry.status.value } : {}),
        ...(entry.priority ? { priority: entry.priority.value } : {}),
        plans: entry.plans.map((plan) => plan.path),
        attempts: entry.attempts.map(inspectAttempt)
    };
}
function inspectAttempt(attempt) {
    return {
        ...(attempt.number === undefined ? {} : { number: attempt.number }),
        ...(attempt.numberEnd === undefined ? {} : { numberEnd: attempt.numberEnd }),
        ...(attempt.date ? { date: isoDate(attempt.date) } : {}),
        ...(attempt.label ? { label: attempt.label } : {}),
        line: attempt.headerRange.line,
        artifacts: citedPaths(attempt.artifacts)
    };
}
function citedPaths(refs) {
    const paths = new Set();
    for (const ref of refs) {
        for (const path of ref.paths)
            if (path.kind === 'path')
                paths.add(path.path);
    }
    return [...paths];
}
function isoDate(date) {
    if (!Number.isFinite(date.epochMs))
        return date.raw;
    const iso = new Date(date.epochMs).toISOString();
    if (date.precision === 'day')
        return iso.slice(0, 10);
    return date.precision === 'minute' ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`;
}

const command = {
    name: 'inspect',
    summary: 'Print the parsed model: entries, attempts, plans, tasks (text or JSON).',
    usage: 'inspect [DIR] [--format text|json] [options]',
    details: 'Shows what planguard read: useful to see how a ledger dialect was understood before writing configuration.',
    options: {
        format: {
            type: 'string',
            short: 'f',
            valueName: 'FORMAT',
            description: 'text (an outline, default) or json (documented in docs/output.md).'
        },
        config: check.CONFIG_OPTION,
        now: check.NOW_OPTION,
        output: check.outputOption('Write to FILE (atomically) instead of stdout.')
    },
    maxPositionals: 1,
    async run({ positionals, values, io }) {
        const format = cliMain.choiceOption(values, 'format', ['text', 'json'], 'text');
        const { root, configPath, now: given } = check.repositoryCheckOptions(io, positionals, values);
        const fs = new check.DiskRepoFS(root);
        const { config } = await check.loadConfig({ root, fs, ...(configPath ? { path: configPath } : {}) });
        const now = given ?? (await git.headCommitDate(root)) ?? new Date();
        const { project } = check.loadProject(fs, config, now);
        const text = format === 'json' ? renderInspectJson(project) : renderInspectText(project);
        check.deliver(io, text, cliMain.stringOption(values, 'output'));
        return cliMain.EXIT_OK;
    }
};

exports.command = command;
