import { c as check } from './engine-DrvNjzAb.js';
import { b as runGit } from './disk-CcgVKx1G.js';
import { s as sortFindings, b as reportOf, a as renderSarif, r as renderCheckJson } from './from-result-wUUB3pHR.js';
import { c as choiceOption, a as countOption, s as stringOption, E as EXIT_FINDINGS, b as EXIT_OK } from './main-C2VMB0lV.js';
import { d as deliver } from './output-CFFCbNBM.js';
import { N as NOW_OPTION, C as CONFIG_OPTION, r as repositoryCheckOptions, c as cliPath, d as displayPrefix, o as outputOption } from './common-options-Bpbejb_H.js';
import { knownRules } from './rules-NJiQ07t7.js';
import 'node:path';
import 'node:crypto';
import './index-CL11jZyO.js';
import './version-BalW4RBN.js';
import 'node:child_process';
import './schema-ByAc-_wP.js';
import 'node:fs';
import 'process';
import 'buffer';
import 'node:buffer';
import 'node:module';
import 'node:url';
import 'node:util';

/** Messages longer than this are not padded: one long message should not push every rule id out. */
const MAX_MESSAGE_PAD = 72;
const ANSI = {
    red: '\u001b[31m',
    yellow: '\u001b[33m',
    blue: '\u001b[34m',
    green: '\u001b[32m',
    dim: '\u001b[2m',
    bold: '\u001b[1m',
    reset: '\u001b[0m'
};
/**
 * One finding per line, `file:line:col  severity  message  rule-id`, columns aligned, then a
 * summary line. Messages are kept on one line (newlines become spaces).
 */
function renderText(report, options = {}) {
    const paint = painter(options.color === true);
    const rows = sortFindings(report.findings).map((finding) => ({
        location: `${oneLine(joinPrefix(options.pathPrefix, finding.file))}:${finding.line}:${finding.column}`,
        severity: finding.severity,
        message: oneLine(finding.message),
        ruleId: finding.ruleId
    }));
    const locationWidth = Math.max(0, ...rows.map((row) => row.location.length));
    const messageWidth = Math.min(MAX_MESSAGE_PAD, Math.max(0, ...rows.map((row) => row.message.length)));
    const lines = rows.map((row) => `${row.location.padEnd(locationWidth)}  ` +
        `${paint(severityColor(row.severity), row.severity.padEnd(7))}  ` +
        `${row.message.padEnd(messageWidth)}  ${paint('dim', row.ruleId)}`);
    if (lines.length > 0)
        lines.push('');
    lines.push(summaryLine(report.summary, report.base, paint));
    return lines.join('\n') + '\n';
}
/** `✖ 5 problems (4 errors, 1 warning) · 1 ledger …` or `✔ no problems · …`. */
function summaryLine(summary, base, paint = painter(false)) {
    const problems = summary.errors + summary.warnings + summary.infos;
    const counts = [
        plural(summary.errors, 'error'),
        plural(summary.warnings, 'warning'),
        ...(summary.infos > 0 ? [plural(summary.infos, 'info', 'infos')] : [])
    ].join(', ');
    const head = problems === 0
        ? paint('green', '✔ no problems')
        : paint(summary.errors > 0 ? 'red' : 'yellow', `✖ ${plural(problems, 'problem')} (${counts})`);
    const diff = summary.introduced === undefined
        ? ''
        : ` · ${summary.introduced} introduced, ${summary.fixed ?? 0} fixed${base ? ` since ${base}` : ''}`;
    const checked = `checked ${plural(summary.files, 'file')}: ${plural(summary.entries, 'entry', 'entries')}, ` +
        `${plural(summary.attempts, 'attempt')}, ${plural(summary.plans, 'plan')}, ` +
        `${plural(summary.tasks, 'task')}, ${plural(summary.artifacts.checked, 'artifact')}` +
        (summary.artifacts.missing > 0 ? ` (${summary.artifacts.missing} missing)` : '');
    const hidden = [
        ...(summary.baselined ? [`${summary.baselined} accepted by the baseline`] : []),
        ...(summary.suppressed ? [`${summary.suppressed} suppressed`] : [])
    ];
    return `${head}${diff} · ${checked}${hidden.length ? ` · ${hidden.join(', ')}` : ''}`;
}
function painter(enabled) {
    return enabled ? (color, text) => `${ANSI[color]}${text}${ANSI.reset}` : (_color, text) => text;
}
function severityColor(severity) {
    return severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'blue';
}
function plural(count, singular, many = `${singular}s`) {
    return `${count} ${count === 1 ? singular : many}`;
}
function oneLine(text) {
    // Control characters from the checked documents must not drive the terminal.
    return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?');
}
function joinPrefix(prefix, file) {
    if (!prefix || prefix === '.')
        return file;
    return prefix.endsWith('/') ? `${prefix}${file}` : `${prefix}/${file}`;
}

const CHECK_FORMATS = ['text', 'json', 'sarif'];
const command = {
    name: 'check',
    summary: 'Check the ledger, plans and evidence of a repository.',
    usage: 'check [DIR] [options]',
    details: [
        'DIR is the repository root (default: the current folder).',
        'With --base, only the findings the change introduced since REF are reported and decide the',
        'exit code; the summary also counts the findings it fixed.',
        'Exit codes: 0 clean, 1 findings at error severity (or more warnings than --max-warnings),',
        '2 usage or configuration error.'
    ].join('\n'),
    options: {
        base: {
            type: 'string',
            valueName: 'REF',
            description: 'Diff mode: report only findings introduced since REF (e.g. origin/main).'
        },
        format: {
            type: 'string',
            short: 'f',
            valueName: 'FORMAT',
            description: 'text (default), json or sarif.'
        },
        config: CONFIG_OPTION,
        now: NOW_OPTION,
        baseline: {
            type: 'string',
            valueName: 'FILE',
            description: 'Do not report the findings accepted in FILE (see `planguard baseline`).'
        },
        output: outputOption('Write the report to FILE (atomically) instead of stdout.'),
        'max-warnings': {
            type: 'string',
            valueName: 'N',
            description: 'Exit 1 when there are more than N warnings.'
        }
    },
    maxPositionals: 1,
    async run({ positionals, values, io }) {
        const format = choiceOption(values, 'format', CHECK_FORMATS, 'text');
        const maxWarnings = countOption(values, 'max-warnings');
        const options = repositoryCheckOptions(io, positionals, values);
        const { root } = options;
        const baseline = cliPath(io, stringOption(values, 'baseline'));
        if (baseline !== undefined)
            options.baseline = baseline;
        const base = stringOption(values, 'base');
        if (base !== undefined)
            options.base = base;
        const result = await check(options);
        const report = reportOf(result, base);
        const output = stringOption(values, 'output');
        const toTerminal = (output === undefined || output === '-') && io.stdoutIsTTY;
        const color = toTerminal && !io.env.NO_COLOR;
        const uriPrefix = format === 'sarif' ? await gitPrefix(root) : '';
        const rendered = renderReport(report, format, {
            text: { color, pathPrefix: displayPrefix(io, root) },
            uriPrefix
        });
        deliver(io, rendered, output);
        return exitCode(report, maxWarnings);
    }
};
function renderReport(report, format, options) {
    switch (format) {
        case 'json':
            return renderCheckJson(report);
        case 'sarif':
            return renderSarif(report, { rules: knownRules(), uriPrefix: options.uriPrefix });
        case 'text':
            return renderText(report, options.text);
    }
}
/** `examples/demo/` when DIR is that folder of a git work tree; empty at the top or outside git. */
async function gitPrefix(root) {
    try {
        return (await runGit(root, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
    }
    catch {
        return '';
    }
}
function exitCode(report, maxWarnings) {
    if (report.summary.errors > 0)
        return EXIT_FINDINGS;
    if (maxWarnings !== undefined && report.summary.warnings > maxWarnings)
        return EXIT_FINDINGS;
    return EXIT_OK;
}

export { CHECK_FORMATS, command };
