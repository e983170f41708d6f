import { readFileSync } from 'node:fs';
import { P as PlanguardError, e as errorMessage, f as formatLocation, s as splitRawLines } from './run-Bp6k_Icc.js';
import 'node:crypto';
import 'node:path';
import { o as object, l as literal, s as string, a as array } from './zod-iG0T-P2l.js';
import 'fs';
import 'os';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'node:child_process';
import 'crypto';
import 'path';
import 'child_process';
import 'timers';
import 'node:process';

/**
 * Accepted findings: a JSON file listing what a repository has decided to live with for now.
 * Findings whose fingerprint is in the baseline are not reported.
 */
const baselineEntrySchema = object({
    ruleId: string(),
    file: string(),
    fingerprint: string().min(1),
    message: string()
});
const baselineSchema = object({
    version: literal(1),
    findings: array(baselineEntrySchema)
});
function parseBaseline(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const message = errorMessage(error);
        const { line, column } = jsonErrorPosition(text, message);
        throw new PlanguardError('config', `${formatLocation(file, line, column)}: baseline is not valid JSON: ${message}`, { file, line, column });
    }
    const result = baselineSchema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : 'document';
        throw new PlanguardError('config', `${file}: not a planguard baseline (version 1): ${where}: ${issue?.message ?? 'invalid'}`, { file });
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
    const before = splitRawLines(text.slice(0, offset));
    return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
function loadBaseline(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new PlanguardError('io', `cannot read baseline ${path}: ${errorMessage(error)}`, {
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

export { applyBaseline, loadBaseline, parseBaseline };
