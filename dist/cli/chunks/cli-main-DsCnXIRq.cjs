'use strict';

var node_util = require('node:util');

class PlanguardError extends Error {
    code;
    file;
    line;
    column;
    issues;
    constructor(code, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'PlanguardError';
        this.code = code;
        if (details.file !== undefined)
            this.file = details.file;
        if (details.line !== undefined)
            this.line = details.line;
        if (details.column !== undefined)
            this.column = details.column;
        this.issues = details.issues ?? [];
    }
}
function isPlanguardError(value) {
    return value instanceof PlanguardError;
}
/** `file:line:column` (as much of it as is known), for messages. */
function formatLocation(file, line, column) {
    if (file === undefined)
        return '';
    if (line === undefined)
        return file;
    return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}
/** Message of any thrown value, without a stack. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

/** planguard's version, kept equal to package.json (a test compares them). */
const PLANGUARD_VERSION = '0.1.0';
/** Where rule documentation and the project live; SARIF `informationUri` and `helpUri` start here. */
const PLANGUARD_HOMEPAGE = 'https://github.com/planguard/planguard';
/** A rule's documentation page, e.g. `…/blob/main/docs/rules/artifact-exists.md`. */
function ruleHelpUri(ruleId) {
    return `${PLANGUARD_HOMEPAGE}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

/**
 * Parses a command's arguments strictly: unknown options, missing values and too many positional
 * arguments are usage errors that name the command.
 */
function parseCommandArgs(command, argv) {
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const [name, spec] of Object.entries(command.options)) {
        options[name] = {
            type: spec.type,
            ...(spec.short === undefined ? {} : { short: spec.short }),
            ...(spec.multiple === undefined ? {} : { multiple: spec.multiple })
        };
    }
    let parsed;
    try {
        parsed = node_util.parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new PlanguardError('usage', `${command.name}: ${describeParseError(error)}`);
    }
    if (parsed.values.help !== true && parsed.positionals.length > command.maxPositionals) {
        const extra = parsed.positionals.slice(command.maxPositionals).join(' ');
        throw new PlanguardError('usage', `${command.name}: unexpected argument ${extra}`);
    }
    return { positionals: parsed.positionals, values: parsed.values };
}
/** parseArgs messages carry hints meant for programmers; keep the first sentence only. */
function describeParseError(error) {
    const message = messageOf(error);
    const first = message.split(/\.\s|\n/)[0] ?? message;
    return first.replace(/^Unknown option '(.*)'$/, 'unknown option $1').replace(/\.$/, '');
}
/** The value of a string option (the last one when given several times). */
function stringOption(values, name) {
    const value = values[name];
    if (Array.isArray(value)) {
        const last = value[value.length - 1];
        return typeof last === 'string' ? last : undefined;
    }
    return typeof value === 'string' ? value : undefined;
}
function booleanOption(values, name) {
    return values[name] === true;
}
/** A value from a fixed list, e.g. `--format`. */
function choiceOption(values, name, choices, fallback) {
    const value = stringOption(values, name);
    if (value === undefined)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new PlanguardError('usage', `--${name} must be one of ${choices.join(', ')} (got ${JSON.stringify(value)})`);
}
/** A whole number ≥ 0, e.g. `--max-warnings 10`. */
function countOption(values, name) {
    const value = stringOption(values, name);
    if (value === undefined)
        return undefined;
    if (!/^\d{1,9}$/.test(value.trim())) {
        throw new PlanguardError('usage', `--${name} must be a whole number ≥ 0 (got ${JSON.stringify(value)})`);
    }
    return Number(value.trim());
}
/** An ISO-8601 instant or date, e.g. `--now 2025-10-20T12:00:00Z` (a date alone is midnight UTC). */
function dateOption(values, name) {
    const value = stringOption(values, name);
    if (value === undefined)
        return undefined;
    const date = parseIsoInstant(value.trim());
    if (date === undefined) {
        throw new PlanguardError('usage', `--${name} must be an ISO-8601 date or instant such as 2025-10-20T12:00:00Z (got ${JSON.stringify(value)})`);
    }
    return date;
}
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/**
 * The instant a strict ISO-8601 text names, or undefined. `Date` alone would roll 2025-02-30 over
 * to March 2nd, so every field is range-checked against the calendar first.
 */
function parseIsoInstant(text) {
    const match = ISO_INSTANT.exec(text);
    if (!match)
        return undefined;
    const [, year, month, day, hour = '0', minute = '0', second = '0', zone] = match;
    const y = Number(year);
    const m = Number(month);
    const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (m < 1 || m > 12 || Number(day) < 1 || Number(day) > daysInMonth)
        return undefined;
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)
        return undefined;
    // Without a zone the text is read as UTC, like the dates in the ledgers.
    const normalized = match[4] === undefined ? `${text}T00:00:00Z` : zone ? text : `${text}Z`;
    const date = new Date(normalized.replace(' ', 'T'));
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** The message of a thrown value; `instanceof Error` fails for errors from another realm. */
function messageOf(error) {
    if (typeof error === 'object' && error !== null && 'message' in error) {
        const { message } = error;
        if (typeof message === 'string')
            return message;
    }
    return String(error);
}

const commandTable = [
    {
        name: 'check',
        summary: 'Check the ledger, plans and evidence of a repository.',
        load: async () => (await Promise.resolve().then(function () { return require('./check-BHFmESsm.cjs'); }).then(function (n) { return n.check$1; })).command
    },
    {
        name: 'inspect',
        summary: 'Print the parsed model: entries, attempts, plans, tasks (text or JSON).',
        load: async () => (await Promise.resolve().then(function () { return require('./inspect-CNN89h2F.cjs'); })).command
    },
    {
        name: 'baseline',
        summary: 'Record the current findings as accepted, so that only new ones fail.',
        load: async () => (await Promise.resolve().then(function () { return require('./baseline-e-YrphI0.cjs'); })).command
    },
    {
        name: 'rules',
        summary: 'List the rules with their default severity.',
        load: async () => (await Promise.resolve().then(function () { return require('./check-BHFmESsm.cjs'); }).then(function (n) { return n.rules; })).command
    },
    {
        name: 'schema',
        summary: 'Print the JSON schema of .github/planguard.yml.',
        load: async () => (await Promise.resolve().then(function () { return require('./schema-DwmKXOoe.cjs'); })).command
    },
    {
        name: 'review',
        summary: 'Show the pull-request review the Action would post.',
        load: async () => (await Promise.resolve().then(function () { return require('./review-D0CfrhxV.cjs'); })).command
    },
    {
        name: 'mirror',
        summary: 'Show the tracking-issue body the Action would write.',
        load: async () => (await Promise.resolve().then(function () { return require('./mirror-DlxDBgPS.cjs'); })).command
    }
];
function findCommand(name) {
    return commandTable.find((entry) => entry.name === name);
}

/** The `--help` text of one command: usage, summary, aligned options. */
function commandHelp(command) {
    const rows = Object.entries(command.options).map(([name, spec]) => {
        const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}`;
        const value = spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : '';
        return [flag + value, spec.description];
    });
    rows.push(['-h, --help', 'Show this help.']);
    const lines = [`Usage: planguard ${command.usage}`, '', command.summary, '', 'Options:'];
    lines.push(...alignRows(rows));
    if (command.details)
        lines.push('', command.details.trimEnd());
    return lines.join('\n') + '\n';
}
/** The top-level help: the command list. */
function mainHelp(commands) {
    const lines = [
        'Usage: planguard <command> [options]',
        '',
        'Checks the planning ledgers of AI-agent development loops (docs/fix_plan.md, plans/active/*).',
        '',
        'Commands:',
        ...alignRows(commands.map((command) => [command.name, command.summary])),
        '',
        'Options:',
        ...alignRows([
            ['-h, --help', 'Show this help (or `planguard <command> --help`).'],
            ['-V, --version', 'Print the version.']
        ]),
        '',
        'Exit codes: 0 clean, 1 findings at error severity, 2 usage or configuration error.'
    ];
    return lines.join('\n') + '\n';
}
function alignRows(rows) {
    const width = Math.max(0, ...rows.map(([left]) => left.length));
    return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/**
 * The shapes every CLI command shares. `main(argv, io)` runs in-process (tests call it directly);
 * only the bundle entry touches `process`.
 */
/** Exit codes shared by every command. */
const EXIT_OK = 0;
/** Findings at error severity (or more warnings than `--max-warnings`). */
const EXIT_FINDINGS = 1;
/** Bad usage, bad configuration, unreadable input: the check could not run. */
const EXIT_USAGE = 2;

/**
 * Runs `planguard <argv>` in-process and resolves with the exit code. Never throws and never
 * calls `process.exit`: errors become a message on stderr and exit code 2.
 */
async function main(argv, io = processIO()) {
    const [first, ...rest] = argv;
    try {
        if (first === undefined) {
            io.stderr(mainHelp(commandTable));
            return EXIT_USAGE;
        }
        if (first === '--version' || first === '-V') {
            io.stdout(`${PLANGUARD_VERSION}\n`);
            return EXIT_OK;
        }
        if (first === '--help' || first === '-h') {
            io.stdout(mainHelp(commandTable));
            return EXIT_OK;
        }
        if (first === 'help')
            return await help(rest[0], io);
        const entry = findCommand(first);
        if (entry === undefined) {
            const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command ${first}`;
            const guess = closestCommand(first);
            const hint = guess ? ` (did you mean \`planguard ${guess}\`?)` : '';
            io.stderr(`planguard: ${what}${hint}\nRun \`planguard --help\` for the list of commands.\n`);
            return EXIT_USAGE;
        }
        const command = await entry.load();
        const { positionals, values } = parseCommandArgs(command, rest);
        if (values.help === true) {
            io.stdout(commandHelp(command));
            return EXIT_OK;
        }
        return await command.run({ positionals, values, io });
    }
    catch (error) {
        io.stderr(describeError(error, io.env));
        return EXIT_USAGE;
    }
}
async function help(name, io) {
    if (name === undefined) {
        io.stdout(mainHelp(commandTable));
        return EXIT_OK;
    }
    const entry = findCommand(name);
    if (entry === undefined) {
        io.stderr(`planguard: unknown command ${name}\n`);
        return EXIT_USAGE;
    }
    io.stdout(commandHelp(await entry.load()));
    return EXIT_OK;
}
/** The command a typo most likely meant: at most two edits away, e.g. `chekc` → `check`. */
function closestCommand(typed) {
    let best;
    for (const { name } of commandTable) {
        const distance = editDistance(typed.toLowerCase(), name);
        if (distance <= 2 && (best === undefined || distance < best.distance))
            best = { name, distance };
    }
    return best?.name;
}
/** Levenshtein distance with adjacent transpositions, on short strings only. */
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 2 || a.length > 32)
        return Infinity;
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => rows[i]?.[j] ?? Infinity;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, at(i - 2, j - 2) + 1);
            }
            rows[i][j] = value;
        }
    }
    return at(a.length, b.length);
}
/** `planguard: file:line:col: message`, one line per issue; a stack only with PLANGUARD_DEBUG. */
function describeError(error, env = {}) {
    const lines = [];
    if (isPlanguardError(error)) {
        lines.push(`planguard: ${locatedMessage(error)}`);
        for (const issue of error.issues) {
            const at = formatLocation(error.file, issue.line, issue.column);
            const key = issue.path ? `${issue.path}: ` : '';
            lines.push(`  ${at ? `${at}: ` : ''}${key}${issue.message}`);
        }
        if (error.code === 'usage')
            lines.push('Run `planguard --help` for usage.');
    }
    else {
        lines.push(`planguard: internal error: ${messageOf(error)}`);
        if (!env.PLANGUARD_DEBUG)
            lines.push('Set PLANGUARD_DEBUG=1 to see the stack trace.');
    }
    if (env.PLANGUARD_DEBUG && error instanceof Error && error.stack)
        lines.push(error.stack);
    return lines.join('\n') + '\n';
}
/** The message led by `file:line:col`, naming the file once even when the message names it. */
function locatedMessage(error) {
    const { file, message } = error;
    const where = formatLocation(file, error.line, error.column);
    if (file === undefined || message.startsWith(where))
        return message;
    if (message.startsWith(`${file}: `))
        return `${where}: ${message.slice(file.length + 2)}`;
    if (message.includes(file) && error.line === undefined)
        return message;
    return `${where}: ${message}`;
}
/** The real process's streams and environment. */
function processIO() {
    return {
        stdout: (text) => void process.stdout.write(text),
        stderr: (text) => void process.stderr.write(text),
        stdoutIsTTY: process.stdout.isTTY === true,
        env: process.env,
        cwd: process.cwd()
    };
}

exports.EXIT_FINDINGS = EXIT_FINDINGS;
exports.EXIT_OK = EXIT_OK;
exports.EXIT_USAGE = EXIT_USAGE;
exports.PLANGUARD_HOMEPAGE = PLANGUARD_HOMEPAGE;
exports.PLANGUARD_VERSION = PLANGUARD_VERSION;
exports.PlanguardError = PlanguardError;
exports.booleanOption = booleanOption;
exports.choiceOption = choiceOption;
exports.countOption = countOption;
exports.dateOption = dateOption;
exports.errorMessage = errorMessage;
exports.formatLocation = formatLocation;
exports.main = main;
exports.ruleHelpUri = ruleHelpUri;
exports.stringOption = stringOption;
