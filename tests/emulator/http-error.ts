/** An error answer a route throws; the server turns it into GitHub's JSON error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

export function notFound(): HttpError {
  return new HttpError(404, 'Not Found')
}

/** GitHub's answer for a write it understood but refuses: `errors` carries the reasons. */
export function unprocessable(...errors: string[]): HttpError {
  return new HttpError(422, 'Unprocessable Entity', { errors })
}

/** GitHub's "Validation Failed" answer, with one structured error per field. */
export function validationFailed(
  resource: string,
  field: string,
  code: string,
  message?: string
): HttpError {
  const error: Record<string, string> = { resource, code, field }
  if (message !== undefined) error.message = message
  return new HttpError(422, 'Validation Failed', { errors: [error] })
}

export const MAX_BODY_LENGTH = 65536

/**
 * Issue, comment and review bodies over 65,536 characters are refused. GitHub counts characters
 * (code points), so an astral emoji counts once although it is two UTF-16 units in JavaScript.
 */
export function checkBodyLength(resource: string, body: unknown): void {
  if (typeof body !== 'string' || body.length <= MAX_BODY_LENGTH) return
  if ([...body].length > MAX_BODY_LENGTH) {
    throw validationFailed(
      resource,
      'body',
      'custom',
      `body is too long (maximum is ${MAX_BODY_LENGTH} characters)`
    )
  }
}
