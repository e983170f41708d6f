/**
 * The one error type planguard throws on purpose. Everything else that goes wrong while checking
 * becomes a finding; a PlanguardError means the run itself cannot proceed (bad configuration,
 * bad command-line usage, an unreadable input).
 */
export type PlanguardErrorCode = 'config' | 'usage' | 'io'

/** One problem inside a PlanguardError (a configuration file can have several). */
export interface PlanguardIssue {
  message: string
  /** Dotted key path, e.g. `rules.artifact-exists.severity`. */
  path?: string
  line?: number
  column?: number
}

export interface PlanguardErrorDetails {
  file?: string
  line?: number
  column?: number
  issues?: PlanguardIssue[]
  cause?: unknown
}

export class PlanguardError extends Error {
  readonly code: PlanguardErrorCode
  readonly file?: string
  readonly line?: number
  readonly column?: number
  readonly issues: PlanguardIssue[]

  constructor(code: PlanguardErrorCode, message: string, details: PlanguardErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'PlanguardError'
    this.code = code
    if (details.file !== undefined) this.file = details.file
    if (details.line !== undefined) this.line = details.line
    if (details.column !== undefined) this.column = details.column
    this.issues = details.issues ?? []
  }
}

export function isPlanguardError(value: unknown): value is PlanguardError {
  return value instanceof PlanguardError
}

/** `file:line:column` (as much of it as is known), for messages. */
export function formatLocation(file?: string, line?: number, column?: number): string {
  if (file === undefined) return ''
  if (line === undefined) return file
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`
}

/** Message of any thrown value, without a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
