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

export { PlanguardError as P, PLANGUARD_VERSION as a, PLANGUARD_HOMEPAGE as b, errorMessage as e, formatLocation as f, isPlanguardError as i, ruleHelpUri as r };
