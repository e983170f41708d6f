import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { Finding, Severity, SeveritySetting } from '../findings.js'
import type { RuleMeta } from '../rules/types.js'
import { sortFindings, type CheckReport } from './types.js'
import { PLANGUARD_HOMEPAGE, PLANGUARD_VERSION, ruleHelpUri } from './version.js'

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
/** The partial-fingerprint key; bump the suffix if fingerprints ever change meaning. */
export const FINGERPRINT_KEY = 'planguard/v1'

export interface SarifOptions {
  /** Every rule the run knew (registry plus engine ids); rules of findings are added if missing. */
  rules: readonly RuleMeta[]
  version?: string
  /**
   * Folder of the checked repository inside the git work tree (`examples/demo/`), prefixed to
   * every URI so that code scanning, which resolves against the git root, finds the file.
   */
  uriPrefix?: string
}

/**
 * A SARIF 2.1.0 log with one run: the tool with its rules, and one result per finding located
 * relative to `%SRCROOT%` (the repository root), as GitHub code scanning expects.
 */
export function toSarif(report: CheckReport, options: SarifOptions): Log {
  const findings = sortFindings(report.findings)
  const descriptors = ruleDescriptors(options.rules, findings)
  const indexById = new Map(descriptors.map((rule, index) => [rule.id, index]))
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
        results: findings.map((finding) =>
          toResult(finding, indexById.get(finding.ruleId), options.uriPrefix ?? '')
        )
      }
    ]
  }
}

export function renderSarif(report: CheckReport, options: SarifOptions): string {
  return JSON.stringify(toSarif(report, options), null, 2) + '\n'
}

function ruleDescriptors(
  rules: readonly RuleMeta[],
  findings: readonly Finding[]
): ReportingDescriptor[] {
  const seen = new Set<string>()
  const descriptors: ReportingDescriptor[] = []
  for (const rule of rules) {
    if (seen.has(rule.id)) continue
    seen.add(rule.id)
    descriptors.push({
      id: rule.id,
      name: ruleName(rule.id),
      shortDescription: { text: rule.description },
      helpUri: ruleHelpUri(rule.id),
      defaultConfiguration: {
        level: levelOf(rule.defaultSeverity),
        ...(rule.defaultSeverity === 'off' ? { enabled: false } : {})
      }
    })
  }
  // A finding from a rule the caller did not list still needs a descriptor to point at.
  for (const finding of findings) {
    if (seen.has(finding.ruleId)) continue
    seen.add(finding.ruleId)
    descriptors.push({
      id: finding.ruleId,
      name: ruleName(finding.ruleId),
      shortDescription: { text: finding.ruleId },
      helpUri: ruleHelpUri(finding.ruleId)
    })
  }
  return descriptors
}

function toResult(finding: Finding, ruleIndex: number | undefined, uriPrefix: string): Result {
  const startLine = Math.max(1, finding.line)
  const startColumn = Math.max(1, finding.column)
  const endLine = Math.max(startLine, finding.endLine)
  // An empty or inverted range becomes a one-character region so viewers still point at it.
  const endColumn =
    endLine === startLine && finding.endColumn <= startColumn
      ? startColumn + 1
      : Math.max(1, finding.endColumn)
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
  }
}

function levelOf(severity: Severity | SeveritySetting): 'error' | 'warning' | 'note' | 'none' {
  if (severity === 'info') return 'note'
  if (severity === 'off') return 'none'
  return severity
}

function joinUriPrefix(prefix: string, file: string): string {
  const folder = prefix.replace(/^\/+|\/+$/g, '')
  return folder ? `${folder}/${file}` : file
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A relative URI reference: each path segment percent-encoded, `/` kept. */
export function pathToUri(path: string): string {
  return (
    path
      .split('/')
      // A lone surrogate (text cut mid-character) would make encodeURIComponent throw.
      .map((segment) => encodeURIComponent(segment.replace(LONE_SURROGATE, '\uFFFD')))
      .join('/')
  )
}

/** `artifact-exists` → `ArtifactExists` (SARIF's optional PascalCase rule name). */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}
