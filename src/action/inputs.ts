/**
 * The Action's inputs (see action.yml), read and validated in one place. Reading goes through a
 * getter so tests and the bundled Action share the same parsing.
 */

export type FailOn = 'error' | 'warning' | 'never'

export interface ActionInputs {
  token: string
  config?: string
  failOn: FailOn
  review: boolean
  maxInlineComments: number
  trackingIssue: boolean
  trackingLabel: string
  subIssues: boolean
  workingDirectory: string
}

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** The raw value of an input as the runner passes it (`INPUT_<NAME>`), trimmed. */
export type InputGetter = (name: string) => string

export function envInputGetter(env: NodeJS.ProcessEnv): InputGetter {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

function booleanInput(get: InputGetter, name: string, fallback: boolean): boolean {
  const value = get(name).toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(value)) return true
  if (['false', 'no', 'off', '0'].includes(value)) return false
  throw new InputError(`input ${name} must be true or false (got ${JSON.stringify(get(name))})`)
}

export function readInputs(get: InputGetter): ActionInputs {
  const failOn = get('fail-on') || 'error'
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new InputError(
      `input fail-on must be error, warning or never (got ${JSON.stringify(failOn)})`
    )
  }
  const maxText = get('max-inline-comments') || '30'
  const maxInlineComments = Number(maxText)
  if (!Number.isInteger(maxInlineComments) || maxInlineComments < 0 || maxInlineComments > 1000) {
    throw new InputError(
      `input max-inline-comments must be a whole number from 0 to 1000 (got ${maxText})`
    )
  }
  const trackingLabel = get('tracking-label') || 'planguard'
  if (trackingLabel.length > 50 || trackingLabel.includes(',')) {
    throw new InputError(
      'input tracking-label must be one label of at most 50 characters, without commas'
    )
  }
  const config = get('config')
  return {
    token: get('token'),
    ...(config ? { config } : {}),
    failOn,
    review: booleanInput(get, 'review', true),
    maxInlineComments,
    trackingIssue: booleanInput(get, 'tracking-issue', true),
    trackingLabel,
    subIssues: booleanInput(get, 'sub-issues', false),
    workingDirectory: get('working-directory') || '.'
  }
}
