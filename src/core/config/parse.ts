import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { engineRules } from '../engine/engine-rules.js'
import { errorMessage, formatLocation, PlanguardError, type PlanguardIssue } from '../errors.js'
import { allRules } from '../rules/index.js'
import type { Rule } from '../rules/types.js'
import { configSchema, type Config } from './schema.js'
import { zodKit } from './zod-kit.js'

// Configuration text → Config, with errors that name file:line:col, key paths and allowed values.
// It needs yaml and zod, so load.ts imports this module only when there is a configuration file.

const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'] as const

type KeyPath = (string | number)[]

/** Parses and validates configuration text; throws a PlanguardError naming key paths and positions. */
export function parseConfig(text: string, file: string, rules: readonly Rule[] = allRules): Config {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    throw configError(
      file,
      doc.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0])
        return {
          message: `invalid YAML: ${firstLine(error.message)}`,
          line: position.line,
          column: position.col
        }
      })
    )
  }
  let raw: unknown
  try {
    raw = doc.toJS() ?? {}
  } catch (error) {
    // `yaml` refuses alias bombs (an anchor expanded into millions of nodes) while converting.
    throw configError(file, [
      { message: `invalid YAML: ${errorMessage(error)}`, line: 1, column: 1 }
    ])
  }
  const locate = (path: KeyPath): { line?: number; column?: number } => {
    const offset = offsetOf(doc, path)
    if (offset === undefined) return {}
    const position = lineCounter.linePos(offset)
    return { line: position.line, column: position.col }
  }
  if (!isPlainObject(raw)) {
    throw configError(file, [
      { message: 'the configuration must be a mapping of keys to values', ...locate([]) }
    ])
  }
  const ruleIssues = validateRuleSettings(raw.rules, rules)
  const parsed = configSchema.safeParse(raw)
  const schemaIssues = parsed.success
    ? []
    : parsed.error.issues
        .filter((issue) => issue.path[0] !== 'rules' || ruleIssues.length === 0)
        .flatMap((issue) => describeIssue(issue, raw))
  const issues = [...ruleIssues, ...schemaIssues, ...patternIssues(parsed.data)]
  if (issues.length > 0 || !parsed.success) {
    throw configError(
      file,
      issues.map((issue) => ({
        message: issue.message,
        path: formatKeyPath(issue.path),
        ...locate(issue.path)
      }))
    )
  }
  return parsed.data
}

/** Regular expressions in the configuration that do not compile (used silently, they would not match). */
function patternIssues(config: Config | undefined): RawIssue[] {
  const pattern = config?.dialect.entryIdPattern
  if (pattern === undefined) return []
  try {
    new RegExp(pattern, 'u')
    return []
  } catch (error) {
    return [
      {
        path: ['dialect', 'entryIdPattern'],
        message: `not a valid regular expression: ${firstLine(errorMessage(error))}`
      }
    ]
  }
}

interface RawIssue {
  path: KeyPath
  message: string
}

/** Unknown rule ids, bad severities and each rule's own option schema. */
function validateRuleSettings(value: unknown, rules: readonly Rule[]): RawIssue[] {
  if (value === undefined || value === null) return []
  if (!isPlainObject(value))
    return [{ path: ['rules'], message: 'expected a mapping of rule id to setting' }]
  const known = new Map<string, Rule | undefined>(rules.map((rule) => [rule.id, rule]))
  for (const meta of engineRules) if (!known.has(meta.id)) known.set(meta.id, undefined)
  const issues: RawIssue[] = []
  for (const [id, setting] of Object.entries(value)) {
    const path = ['rules', id]
    if (!known.has(id)) {
      issues.push({
        path,
        message: `unknown rule "${id}"; known rules: ${[...known.keys()].sort().join(', ')}`
      })
      continue
    }
    if (typeof setting === 'string') {
      if (!isSeverity(setting)) {
        issues.push({
          path,
          message: `expected one of ${SEVERITY_SETTINGS.join(', ')} (got ${show(setting)})`
        })
      }
      continue
    }
    if (!isPlainObject(setting)) {
      issues.push({
        path,
        message: `expected a severity (${SEVERITY_SETTINGS.join(', ')}) or a mapping with severity and options (got ${show(setting)})`
      })
      continue
    }
    for (const key of Object.keys(setting)) {
      if (key !== 'severity' && key !== 'options') {
        issues.push({
          path: [...path, key],
          message: 'unknown key; allowed keys: severity, options'
        })
      }
    }
    if (setting.severity !== undefined && !isSeverity(setting.severity)) {
      issues.push({
        path: [...path, 'severity'],
        message: `expected one of ${SEVERITY_SETTINGS.join(', ')} (got ${show(setting.severity)})`
      })
    }
    issues.push(...validateRuleOptions(known.get(id), setting.options, [...path, 'options']))
  }
  return issues
}

function validateRuleOptions(rule: Rule | undefined, options: unknown, path: KeyPath): RawIssue[] {
  if (options === undefined) return []
  if (!isPlainObject(options))
    return [{ path, message: `expected a mapping of options (got ${show(options)})` }]
  if (!rule)
    return Object.keys(options).length > 0 ? [{ path, message: 'this check takes no options' }] : []
  const schema = rule.options.schema(zodKit)
  const result = schema.safeParse(options)
  if (result.success) return []
  return result.error.issues.flatMap((issue) =>
    describeIssue(
      { ...issue, path: [...path, ...issue.path] } as z.core.$ZodIssue,
      { rules: { [rule.id]: { options } } },
      (keyPath) => allowedKeysAt(schema, keyPath.slice(path.length))
    )
  )
}

/** A zod issue as one or more messages that say what is allowed. */
function describeIssue(
  issue: z.core.$ZodIssue,
  raw: unknown,
  allowedKeys: (path: KeyPath) => string[] | undefined = (path) => allowedKeysAt(configSchema, path)
): RawIssue[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol')
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path)
      const hint = allowed ? `; allowed keys: ${allowed.join(', ')}` : ''
      return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key${hint}` }))
    }
    case 'invalid_value':
      return [
        {
          path,
          message: `expected one of ${issue.values.map((v) => String(v)).join(', ')} (got ${show(valueAt(raw, path))})`
        }
      ]
    case 'invalid_type':
      return [{ path, message: `expected ${issue.expected} (got ${show(valueAt(raw, path))})` }]
    case 'invalid_union': {
      const branch = issue.errors.find((errors) => errors.length > 0)
      if (branch)
        return branch.flatMap((inner) =>
          describeIssue({ ...inner, path: [...path, ...inner.path] }, raw, allowedKeys)
        )
      return [{ path, message: issue.message }]
    }
    default:
      return [{ path, message: issue.message }]
  }
}

/** The keys a schema accepts for the object at `path`, for error messages. */
function allowedKeysAt(root: unknown, path: KeyPath): string[] | undefined {
  let schema: unknown = root
  for (const key of path) {
    const shape = objectShape(schema)
    if (!shape || typeof key !== 'string') return undefined
    schema = shape[key]
  }
  const shape = objectShape(schema)
  return shape ? Object.keys(shape) : undefined
}

interface SchemaInternals {
  _zod?: { def?: { type?: string; shape?: Record<string, unknown>; innerType?: unknown } }
}

function objectShape(schema: unknown): Record<string, unknown> | undefined {
  let current = schema as SchemaInternals | undefined
  for (let depth = 0; depth < 10 && current?._zod?.def; depth++) {
    const def = current._zod.def
    if (def.type === 'object') return def.shape
    if (!def.innerType) return undefined
    current = def.innerType as SchemaInternals
  }
  return undefined
}

/** Source offset of the key at `path` (or of the deepest part of it that exists). */
function offsetOf(doc: Document, path: KeyPath): number | undefined {
  let node: unknown = doc.contents
  let offset = rangeStart(node)
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(key)
      )
      if (!pair) return offset
      offset = rangeStart(pair.key) ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key]
      offset = rangeStart(node) ?? offset
    } else {
      return offset
    }
  }
  return offset
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range
  return range?.[0]
}

function configError(file: string, unsorted: PlanguardIssue[]): PlanguardError {
  // In file order, whatever order the schema checked them in.
  const issues = [...unsorted].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  )
  const lines = issues.map((issue) => {
    const where = formatLocation(file, issue.line, issue.column)
    return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`
  })
  const first = issues[0]
  // The message is the first problem; `issues` carries every one of them.
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return new PlanguardError('config', `${lines[0] ?? `${file}: invalid configuration`}${more}`, {
    file,
    ...(first?.line !== undefined ? { line: first.line } : {}),
    ...(first?.column !== undefined ? { column: first.column } : {}),
    issues
  })
}

/** `rules.artifact-exists.severity`, `files.ledgers[0]`. */
export function formatKeyPath(path: KeyPath): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`
    return text === '' ? key : `${text}.${key}`
  }, '')
}

function valueAt(value: unknown, path: KeyPath): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return JSON.stringify(value)
}

function isSeverity(value: unknown): value is (typeof SEVERITY_SETTINGS)[number] {
  return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
