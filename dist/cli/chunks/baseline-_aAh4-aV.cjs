'use strict';

var node_fs = require('node:fs');
var cliMain = require('./cli-main-DsCnXIRq.cjs');
var check = require('./check-BHFmESsm.cjs');
require('node:crypto');
require('node:path');
var zod = require('./zod-B1zl4tZu.cjs');
require('node:util');
require('node:buffer');

/**
 * Accepted findings: a JSON file listing what a repository has decided to live with for now.
 * Findings whose fingerprint is in the baseline are not reported.
 */
const baselineEntrySchema = zod.object({
    ruleId: zod.string(),
    file: zod.string(),
    fingerprint: zod.string().min(1),
    message: zod.string()
});
const baselineSchema = zod.object({
    version: zod.literal(1),
    findings: zod.array(baselineEntrySchema)
});
/** The baseline of a set of findings, sorted so that the file diffs well. */
function createBaseline(findings) {
    const entries = findings.map(({ ruleId, file, fingerprint, message }) => ({
        ruleId,
        file,
        fingerprint,
        message
    }));
    entries.sort((a, b) => compare(a.file, b.file) ||
        compare(a.ruleId, b.ruleId) ||
        compare(a.fingerprint, b.fingerprint));
    return { version: 1, findings: dedupe(entries) };
}
function serializeBaseline(baseline) {
    return `${JSON.stringify(baseline, null, 2)}\n`;
}
function parseBaseline(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const message = cliMain.errorMessage(error);
        const { line, column } = jsonErrorPosition(text, message);
        throw new cliMain.PlanguardError('config', `${cliMain.formatLocation(file, line, column)}: baseline is not valid JSON: ${message}`, { file, line, column });
    }
    const result = baselineSchema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : 'document';
        throw new cliMain.PlanguardError('config', `${file}: not a planguard baseline (version 1): ${where}: ${issue?.message ?? 'invalid'}`, { file });
    }
    return result.data;
}
/**
 * Where JSON.parse stopped, as a 1-based line and column: from `at position N` (Node 20) or
 * `(line L column C)` (later Node versions); the end of the text when it ran out.
 */
function jsonErrorPosition(text, message) {
    const explicit = /\(line (\d+) column (\d+)\)/.exec(message);
    if (explicit)
        return { line: Number(explicit[1]), column: Number(explicit[2]) };
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Math.min(Number(position[1]), text.length) : text.length;
    const before = check.splitRawLines(text.slice(0, offset));
    return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
function loadBaseline(path) {
    let text;
    try {
        text = node_fs.readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new cliMain.PlanguardError('io', `cannot read baseline ${path}: ${cliMain.errorMessage(error)}`, {
            file: path,
            cause: error
        });
    }
    return parseBaseline(text, path);
}
/** Splits findings into those still reported and those the baseline accepts. */
function applyBaseline(findings, baseline) {
    const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint));
    const kept = [];
    const baselined = [];
    for (const finding of findings)
        (accepted.has(finding.fingerprint) ? baselined : kept).push(finding);
    return { kept, baselined };
}
function dedupe(entries) {
    return entries.filter((entry, i) => i === 0 || entries[i - 1]?.fingerprint !== entry.fingerprint);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

exports.applyBaseline = applyBaseline;
exports.createBaseline = createBaseline;
exports.loadBaseline = loadBaseline;
exports.parseBaseline = parseBaseline;
exports.serializeBaseline = serializeBaseline;
