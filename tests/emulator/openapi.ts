import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * The official api.github.com OpenAPI description, loaded once per process (it is 13 MB), and
 * an index of its routes so the emulator answers exactly the routes GitHub has.
 */

export interface OpenApiParameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Record<string, unknown>
}

export interface OpenApiOperation {
  operationId: string
  parameters?: Array<OpenApiParameter | { $ref: string }>
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> }
  externalDocs?: { url?: string }
  responses?: Record<string, unknown>
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>
  components: Record<string, Record<string, unknown>>
}

export interface MatchedRoute {
  /** The path template as the description spells it, e.g. `/repos/{owner}/{repo}/issues`. */
  template: string
  method: string
  operation: OpenApiOperation
  params: Record<string, string>
}

interface CompiledRoute {
  template: string
  pattern: RegExp
  names: string[]
  /** Literal segments win over templated ones (`/issues/comments` before `/issues/{n}`). */
  literalScore: number[]
  operations: Record<string, OpenApiOperation>
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch'])

const cacheKey = Symbol.for('planguard.emulator.openapi')
type Cache = { document: OpenApiDocument; routes: CompiledRoute[] }

/** Jest gives each test file a fresh module registry; `process` outlives it, so the parse does too. */
function cache(): Cache {
  const holder = process as unknown as Record<symbol, Cache | undefined>
  const existing = holder[cacheKey]
  if (existing) return existing
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument
  const fresh: Cache = { document, routes: compileRoutes(document) }
  holder[cacheKey] = fresh
  return fresh
}

export function openApiDocument(): OpenApiDocument {
  return cache().document
}

/**
 * Path parameters marked `x-multi-segment` (a file path, a ref like `heads/main`) may contain
 * slashes; Octokit sends them encoded (%2F), other clients plainly.
 */
function multiSegmentNames(
  document: OpenApiDocument,
  operations: Record<string, OpenApiOperation>
): Set<string> {
  const names = new Set<string>()
  for (const operation of Object.values(operations)) {
    for (const entry of operation.parameters ?? []) {
      const parameter = (
        '$ref' in entry
          ? document.components.parameters?.[entry.$ref.split('/').pop() ?? '']
          : entry
      ) as (OpenApiParameter & { 'x-multi-segment'?: boolean }) | undefined
      if (parameter?.in === 'path' && parameter['x-multi-segment']) names.add(parameter.name)
    }
  }
  return names
}

function compileRoutes(document: OpenApiDocument): CompiledRoute[] {
  const routes: CompiledRoute[] = []
  for (const [template, item] of Object.entries(document.paths)) {
    const operations: Record<string, OpenApiOperation> = {}
    for (const [method, operation] of Object.entries(item)) {
      if (HTTP_METHODS.has(method)) operations[method.toUpperCase()] = operation
    }
    const multiSegment = multiSegmentNames(document, operations)
    const names: string[] = []
    const segments = template.split('/').slice(1)
    const source = segments
      .map((segment) => {
        const whole = /^\{([^}]+)\}$/.exec(segment)
        if (whole?.[1]) {
          names.push(whole[1])
          return multiSegment.has(whole[1]) ? '(.+?)' : '([^/]+)'
        }
        // A few templates embed a parameter inside a segment (e.g. `{base}...{head}`).
        return segment
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const inner = /^\{([^}]+)\}$/.exec(part)
            if (inner?.[1]) {
              names.push(inner[1])
              return '([^/]+?)'
            }
            return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          })
          .join('')
      })
      .join('/')
    // A trailing file path may be empty: `/contents` lists the root folder.
    const pattern = template.endsWith('/{path}')
      ? source.replace(/\/\(\.\+\?\)$/, '(?:/(.*?))?')
      : source
    routes.push({
      template,
      pattern: new RegExp(`^/${pattern}/?$`),
      names,
      literalScore: segments.map((segment) => (segment.includes('{') ? 0 : 1)),
      operations
    })
  }
  return routes.sort((a, b) => compareScores(b.literalScore, a.literalScore))
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

/**
 * The route for a request path, or `undefined` when GitHub has no such path. `methodAllowed`
 * is false when the path exists but not with this method (GitHub answers 404 then too).
 */
export function matchRoute(method: string, path: string): MatchedRoute | undefined {
  for (const route of cache().routes) {
    const found = route.pattern.exec(path)
    if (!found) continue
    const operation = route.operations[method.toUpperCase()]
    if (!operation) continue
    const params: Record<string, string> = {}
    route.names.forEach((name, index) => {
      params[name] = decodeURIComponent(found[index + 1] ?? '')
    })
    return { template: route.template, method: method.toUpperCase(), operation, params }
  }
  return undefined
}

/** The docs link GitHub puts in its error bodies for an operation. */
export function documentationUrl(operation: OpenApiOperation | undefined): string {
  return operation?.externalDocs?.url ?? 'https://docs.github.com/rest'
}
