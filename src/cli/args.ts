import { parseArgs } from 'node:util'
import { PlanguardError } from '../core/errors.js'
import type { CliCommand, OptionValues } from './types.js'

/** The options every command accepts. */
export const HELP_OPTION = { type: 'boolean', short: 'h', description: 'Show this help.' } as const

export interface ParsedCommandArgs {
  positionals: string[]
  values: OptionValues
}

/**
 * Parses a command's arguments strictly: unknown options, missing values and too many positional
 * arguments are usage errors that name the command.
 */
export function parseCommandArgs(command: CliCommand, argv: string[]): ParsedCommandArgs {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
  > = { help: { type: 'boolean', short: 'h' } }
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = {
      type: spec.type,
      ...(spec.short === undefined ? {} : { short: spec.short }),
      ...(spec.multiple === undefined ? {} : { multiple: spec.multiple })
    }
  }
  let parsed: { values: OptionValues; positionals: string[] }
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new PlanguardError('usage', `${command.name}: ${describeParseError(error)}`)
  }
  if (parsed.values.help !== true && parsed.positionals.length > command.maxPositionals) {
    const extra = parsed.positionals.slice(command.maxPositionals).join(' ')
    throw new PlanguardError('usage', `${command.name}: unexpected argument ${extra}`)
  }
  return { positionals: parsed.positionals, values: parsed.values }
}

/** parseArgs messages carry hints meant for programmers; keep the first sentence only. */
function describeParseError(error: unknown): string {
  const message = messageOf(error)
  const first = message.split(/\.\s|\n/)[0] ?? message
  return first.replace(/^Unknown option '(.*)'$/, 'unknown option $1').replace(/\.$/, '')
}

/** The value of a string option (the last one when given several times). */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name]
  if (Array.isArray(value)) {
    const last = value[value.length - 1]
    return typeof last === 'string' ? last : undefined
  }
  return typeof value === 'string' ? value : undefined
}

export function booleanOption(values: OptionValues, name: string): boolean {
  return values[name] === true
}

/** A value from a fixed list, e.g. `--format`. */
export function choiceOption<T extends string>(
  values: OptionValues,
  name: string,
  choices: readonly T[],
  fallback: T
): T {
  const value = stringOption(values, name)
  if (value === undefined) return fallback
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new PlanguardError(
    'usage',
    `--${name} must be one of ${choices.join(', ')} (got ${JSON.stringify(value)})`
  )
}

/** A whole number ≥ 0, e.g. `--max-warnings 10`. */
export function countOption(values: OptionValues, name: string): number | undefined {
  const value = stringOption(values, name)
  if (value === undefined) return undefined
  if (!/^\d{1,9}$/.test(value.trim())) {
    throw new PlanguardError(
      'usage',
      `--${name} must be a whole number ≥ 0 (got ${JSON.stringify(value)})`
    )
  }
  return Number(value.trim())
}

/** An ISO-8601 instant or date, e.g. `--now 2025-10-20T12:00:00Z` (a date alone is midnight UTC). */
export function dateOption(values: OptionValues, name: string): Date | undefined {
  const value = stringOption(values, name)
  if (value === undefined) return undefined
  const date = parseIsoInstant(value.trim())
  if (date === undefined) {
    throw new PlanguardError(
      'usage',
      `--${name} must be an ISO-8601 date or instant such as 2025-10-20T12:00:00Z (got ${JSON.stringify(value)})`
    )
  }
  return date
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * The instant a strict ISO-8601 text names, or undefined. `Date` alone would roll 2025-02-30 over
 * to March 2nd, so every field is range-checked against the calendar first.
 */
export function parseIsoInstant(text: string): Date | undefined {
  const match = ISO_INSTANT.exec(text)
  if (!match) return undefined
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone] = match
  const y = Number(year)
  const m = Number(month)
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (m < 1 || m > 12 || Number(day) < 1 || Number(day) > daysInMonth) return undefined
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined
  // Without a zone the text is read as UTC, like the dates in the ledgers.
  const normalized = match[4] === undefined ? `${text}T00:00:00Z` : zone ? text : `${text}Z`
  const date = new Date(normalized.replace(' ', 'T'))
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** The message of a thrown value; `instanceof Error` fails for errors from another realm. */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message } = error as { message: unknown }
    if (typeof message === 'string') return message
  }
  return String(error)
}
