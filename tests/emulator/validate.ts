import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { openApiDocument, type OpenApiOperation, type OpenApiParameter } from './openapi.js'

/**
 * Request validation against the operation's own schemas in the OpenAPI description: path and
 * query parameters (strings coerced as GitHub reads them) and the JSON body (not coerced).
 * Each operation is compiled the first time it is used and cached for the process.
 */

export interface ValidationProblem {
  field: string
  code: string
  message: string
}

export interface ValidationResult {
  /** A path parameter of the wrong shape: GitHub has no such resource → 404. */
  pathProblem: boolean
  /** Query or body problems → 422 "Invalid request". */
  problems: ValidationProblem[]
  /** Query parameters after coercion (`per_page: "5"` → 5) and defaults. */
  query: Record<string, unknown>
}

interface CompiledOperation {
  path: ValidateFunction
  query: ValidateFunction
  body: ValidateFunction | undefined
  bodyRequired: boolean
}

// ajv-formats ships CommonJS; under NodeNext its default export may be wrapped once more.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv

function makeAjv(coerce: boolean, allErrors = false): Ajv {
  // strict: false because OpenAPI 3.0 schemas carry `example`, `x-*` and friends.
  const ajv = new Ajv({
    strict: false,
    allErrors,
    verbose: true,
    coerceTypes: coerce,
    useDefaults: coerce
  })
  addFormats(ajv)
  // GitHub's own format for `owner/name` (pulls/create's head_repo).
  ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/)
  return ajv
}

interface ValidatorCache {
  parameterAjv: Ajv
  bodyAjv: Ajv
  responseAjv: Ajv
  byOperation: Map<string, CompiledOperation>
  /** Keyed by `operationId status`; null when the description gives no JSON schema. */
  byResponse: Map<string, ValidateFunction | null>
}

// Module-level rather than process-wide: compiled validators belong to the realm that made them.
let validators: ValidatorCache | undefined

function validatorCache(): ValidatorCache {
  validators ??= {
    parameterAjv: makeAjv(true),
    bodyAjv: makeAjv(false),
    responseAjv: makeAjv(false, true),
    byOperation: new Map(),
    byResponse: new Map()
  }
  return validators
}

/** Inlines `#/components/...` references; a reference already being inlined becomes `{}`. */
function inline(value: unknown, stack: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => inline(item, stack))
  if (value === null || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const ref = record.$ref
  if (typeof ref === 'string') {
    if (stack.includes(ref)) return {}
    return inline(resolvePointer(ref), [...stack, ref])
  }
  const copy: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(record)) {
    // `examples` in OpenAPI is a map, not the JSON-schema array; drop it rather than confuse ajv.
    if (key === 'example' || key === 'examples' || key === 'description') continue
    copy[key] = inline(child, stack)
  }
  return copy.nullable === true ? allowNull(copy) : copy
}

/** OpenAPI 3.0 `nullable: true` in the JSON-schema terms ajv understands. */
function allowNull(schema: Record<string, unknown>): Record<string, unknown> {
  const { nullable: _nullable, ...rest } = schema
  if (typeof rest.type === 'string') {
    const widened: Record<string, unknown> = { ...rest, type: [rest.type, 'null'] }
    if (Array.isArray(rest.enum)) widened.enum = [...(rest.enum as unknown[]), null]
    return widened
  }
  return { anyOf: [rest, { type: 'null' }] }
}

function resolvePointer(ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`emulator: unsupported $ref ${ref}`)
  let node: unknown = openApiDocument()
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    node = (node as Record<string, unknown> | undefined)?.[key]
  }
  if (node === undefined) throw new Error(`emulator: dangling $ref ${ref}`)
  return node
}

function parametersIn(operation: OpenApiOperation, where: 'path' | 'query'): OpenApiParameter[] {
  return (operation.parameters ?? [])
    .map((parameter) => inline(parameter) as OpenApiParameter)
    .filter((parameter) => parameter.in === where)
}

function objectSchema(parameters: OpenApiParameter[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {}
  for (const parameter of parameters) properties[parameter.name] = parameter.schema ?? {}
  return {
    type: 'object',
    properties,
    required: parameters.filter((parameter) => parameter.required).map((p) => p.name)
  }
}

function compile(operation: OpenApiOperation): CompiledOperation {
  const cached = validatorCache()
  const existing = cached.byOperation.get(operation.operationId)
  if (existing) return existing
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema
  const compiled: CompiledOperation = {
    path: cached.parameterAjv.compile(objectSchema(parametersIn(operation, 'path'))),
    query: cached.parameterAjv.compile(objectSchema(parametersIn(operation, 'query'))),
    body:
      bodySchema === undefined ? undefined : cached.bodyAjv.compile(inline(bodySchema) as object),
    bodyRequired: operation.requestBody?.required === true
  }
  cached.byOperation.set(operation.operationId, compiled)
  return compiled
}

export function validateRequest(
  operation: OpenApiOperation,
  params: Record<string, string>,
  query: Record<string, string>,
  body: unknown
): ValidationResult {
  const compiled = compile(operation)
  const pathCopy: Record<string, unknown> = { ...params }
  const queryCopy: Record<string, unknown> = { ...query }
  const pathProblem = !compiled.path(pathCopy)
  const problems: ValidationProblem[] = []
  if (!compiled.query(queryCopy)) problems.push(...describe(compiled.query.errors, 'query'))
  if (compiled.body) {
    if (body === undefined && compiled.bodyRequired) {
      problems.push({ field: 'body', code: 'missing', message: 'Request body is required.' })
    } else if (!compiled.body(body ?? {})) {
      problems.push(...describe(compiled.body.errors, 'body'))
    }
  }
  return { pathProblem, problems, query: queryCopy }
}

/**
 * How the emulator's own answer departs from the response schema the description gives for that
 * operation and status: a check on the emulator, so planguard is tested against GitHub's shapes.
 */
export function responseProblems(
  operation: OpenApiOperation,
  status: number,
  body: unknown
): ValidationProblem[] {
  const cached = validatorCache()
  const key = `${operation.operationId} ${status}`
  if (!cached.byResponse.has(key)) {
    const response = inline(operation.responses?.[String(status)]) as
      { content?: Record<string, { schema?: unknown }> } | undefined
    const schema = response?.content?.['application/json']?.schema
    cached.byResponse.set(
      key,
      schema === undefined ? null : cached.responseAjv.compile(schema as object)
    )
  }
  const validate = cached.byResponse.get(key)
  if (!validate || validate(body)) return []
  return describe(validate.errors, 'response')
}

/** Renders ajv errors in the wording GitHub uses in its "Invalid request" messages. */
function describe(
  errors: ErrorObject[] | null | undefined,
  where: 'query' | 'body' | 'response'
): ValidationProblem[] {
  return (errors ?? []).map((error) => {
    const field = fieldName(error)
    const location = error.instancePath
      ? `'${error.instancePath.slice(1).split('/').join('/')}'`
      : `'${where}'`
    switch (error.keyword) {
      case 'required': {
        const missing = String(error.params.missingProperty)
        const within = where === 'response' && error.instancePath ? ` in ${location}` : ''
        return {
          field: missing,
          code: 'missing_field',
          message: `"${missing}" wasn't supplied${within}.`
        }
      }
      case 'enum':
        return {
          field,
          code: 'invalid',
          message: `For ${location}, ${JSON.stringify(error.data)} is not one of ${JSON.stringify(
            error.params.allowedValues
          ).replace(/,/g, ', ')}.`
        }
      case 'oneOf':
      case 'anyOf':
        return {
          field,
          code: 'invalid',
          message: `For ${location}, no subschema in "${error.keyword}" matched.`
        }
      case 'type':
        return {
          field,
          code: 'invalid',
          message: `For ${location}, ${JSON.stringify(error.data)} is not ${article(
            String(error.params.type)
          )}.`
        }
      default:
        return {
          field,
          code: 'invalid',
          message: `For ${location}, ${error.message ?? 'invalid'}.`
        }
    }
  })
}

function fieldName(error: ErrorObject): string {
  const parts = error.instancePath.split('/').filter(Boolean)
  return parts[parts.length - 1] ?? ''
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}
