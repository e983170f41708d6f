import { b as PLANGUARD_HOMEPAGE, a as PLANGUARD_VERSION, r as ruleHelpUri } from './version-BalW4RBN.js';

/** Findings in reading order: file, line, column, then rule id. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Error / warning / info counts of a finding list. */
function countSeverities(findings) {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const finding of findings) {
        if (finding.severity === 'error')
            errors++;
        else if (finding.severity === 'warning')
            warnings++;
        else
            infos++;
    }
    return { errors, warnings, infos };
}

/**
 * Version of the `planguard check --format json` document. Adding an optional property keeps the
 * version; removing or renaming a property, or changing a meaning, bumps it (docs/output.md).
 */
const CHECK_JSON_VERSION = 1;
/** The documented JSON object of a check (property order fixed, findings sorted). */
function toCheckJson(report) {
    const { summary } = report;
    return {
        version: CHECK_JSON_VERSION,
        findings: sortFindings(report.findings).map(toJsonFinding),
        summary: {
            files: summary.files,
            entries: summary.entries,
            attempts: summary.attempts,
            plans: summary.plans,
            tasks: summary.tasks,
            artifacts: { checked: summary.artifacts.checked, missing: summary.artifacts.missing },
            errors: summary.errors,
            warnings: summary.warnings,
            infos: summary.infos,
            ...(summary.introduced === undefined ? {} : { introduced: summary.introduced }),
            ...(summary.fixed === undefined ? {} : { fixed: summary.fixed }),
            ...(summary.baselined === undefined ? {} : { baselined: summary.baselined }),
            ...(summary.suppressed === undefined ? {} : { suppressed: summary.suppressed })
        },
        ...(report.base === undefined ? {} : { base: report.base })
    };
}
function renderCheckJson(report) {
    return JSON.stringify(toCheckJson(report), null, 2) + '\n';
}
function toJsonFinding(finding) {
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        message: finding.message,
        ...(finding.entryId === undefined ? {} : { entryId: finding.entryId }),
        fingerprint: finding.fingerprint
    };
}

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partial-fingerprint key; bump the suffix if fingerprints ever change meaning. */
const FINGERPRINT_KEY = 'planguard/v1';
/**
 * A SARIF 2.1.0 log with one run: the tool with its rules, and one result per finding located
 * relative to `%SRCROOT%` (the repository root), as GitHub code scanning expects.
 */
function toSarif(report, options) {
    const findings = sortFindings(report.findings);
    const descriptors = ruleDescriptors(options.rules, findings);
    const indexById = new Map(descriptors.map((rule, index) => [rule.id, index]));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'planguard',
                        version: options.version ?? PLANGUARD_VERSION,
                        semanticVersion: options.version ?? PLANGUARD_VERSION,
                        informationUri: PLANGUARD_HOMEPAGE,
                        rules: descriptors
                    }
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                columnKind: 'utf16CodeUnits',
                results: findings.map((finding) => toResult(finding, indexById.get(finding.ruleId), options.uriPrefix ?? ''))
            }
        ]
    };
}
function renderSarif(report, options) {
    return JSON.stringify(toSarif(report, options), null, 2) + '\n';
}
function ruleDescriptors(rules, findings) {
    const seen = new Set();
    const descriptors = [];
    for (const rule of rules) {
        if (seen.has(rule.id))
            continue;
        seen.add(rule.id);
        descriptors.push({
            id: rule.id,
            name: ruleName(rule.id),
            shortDescription: { text: rule.description },
            helpUri: ruleHelpUri(rule.id),
            defaultConfiguration: {
                level: levelOf(rule.defaultSeverity),
                ...(rule.defaultSeverity === 'off' ? { enabled: false } : {})
            }
        });
    }
    // A finding from a rule the caller did not list still needs a descriptor to point at.
    for (const finding of findings) {
        if (seen.has(finding.ruleId))
            continue;
        seen.add(finding.ruleId);
        descriptors.push({
            id: finding.ruleId,
            name: ruleName(finding.ruleId),
            shortDescription: { text: finding.ruleId },
            helpUri: ruleHelpUri(finding.ruleId)
        });
    }
    return descriptors;
}
function toResult(finding, ruleIndex, uriPrefix) {
    const startLine = Math.max(1, finding.line);
    const startColumn = Math.max(1, finding.column);
    const endLine = Math.max(startLine, finding.endLine);
    // An empty or inverted range becomes a one-character region so viewers still point at it.
    const endColumn = endLine === startLine && finding.endColumn <= startColumn
        ? startColumn + 1
        : Math.max(1, finding.endColumn);
    return {
        ruleId: finding.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: levelOf(finding.severity),
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: {
                        uri: pathToUri(joinUriPrefix(uriPrefix, finding.file)),
                        uriBaseId: '%SRCROOT%'
                    },
                    region: { startLine, startColumn, endLine, endColumn }
                }
            }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
        ...(finding.entryId === undefined ? {} : { properties: { entryId: finding.entryId } })
    };
}
function levelOf(severity) {
    if (severity === 'info')
        return 'note';
    if (severity === 'off')
        return 'none';
    return severity;
}
function joinUriPrefix(prefix, file) {
    const folder = prefix.replace(/^\/+|\/+$/g, '');
    return folder ? `${folder}/${file}` : file;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A relative URI reference: each path segment percent-encoded, `/` kept. */
function pathToUri(path) {
    return (path
        .split('/')
        // A lone surrogate (text cut mid-character) would make encodeURIComponent throw.
        .map((segment) => encodeURIComponent(segment.replace(LONE_SURROGATE, '\uFFFD')))
        .join('/'));
}
/** `artifact-exists` → `ArtifactExists` (SARIF's optional PascalCase rule name). */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}

/**
 * The report of a check as docs/output.md defines it: every finding, or in diff mode only the
 * findings the change introduced, with the severity counts of what is listed and the
 * introduced/fixed counts. Every face (CLI, Action) should render through this.
 */
function reportOf(result, base) {
    const left = {
        ...(result.baselined === undefined ? {} : { baselined: result.baselined.length }),
        ...(result.suppressed?.length ? { suppressed: result.suppressed.length } : {})
    };
    if (result.introduced === undefined) {
        return { findings: result.findings, summary: { ...result.summary, ...left } };
    }
    return {
        findings: result.introduced,
        summary: {
            ...result.summary,
            ...countSeverities(result.introduced),
            introduced: result.introduced.length,
            fixed: result.fixed?.length ?? 0,
            ...left
        },
        ...(base === undefined ? {} : { base })
    };
}

export { renderSarif as a, reportOf as b, renderCheckJson as r, sortFindings as s };
