import type { DateValue } from '../../model.js'

const DAY_MS = 86_400_000

export function dayOf(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS)
}

/**
 * Compares two dates at the coarser of their precisions: a date-only value covers its whole UTC
 * day, so `2025-10-17` is neither before nor after `2025-10-17T13:00Z`. Negative when a < b.
 */
export function compareDates(a: DateValue, b: DateValue): number {
  if (a.precision === 'day' || b.precision === 'day') return dayOf(a.epochMs) - dayOf(b.epochMs)
  return a.epochMs - b.epochMs
}

/** True when `date` lies after `limitMs`, comparing a date-only value by its UTC day. */
export function isAfterInstant(date: DateValue, limitMs: number): boolean {
  if (date.precision === 'day') return dayOf(date.epochMs) > dayOf(limitMs)
  if (date.precision === 'minute') return date.epochMs > Math.floor(limitMs / 60_000) * 60_000
  return date.epochMs > Math.floor(limitMs / 1000) * 1000
}

/** `2025-10-17` */
export function formatDay(epochMs: number): string {
  return new Date(dayOf(epochMs) * DAY_MS).toISOString().slice(0, 10)
}

/**
 * `epochMs` written the way `like` was written: the same precision, basic (`20251017T025000Z`)
 * or extended (`2025-10-17T02:50Z`) form, so a suggested replacement reads like the original.
 */
export function formatLike(like: DateValue, epochMs: number): string {
  const iso = new Date(epochMs).toISOString() // 2025-10-17T02:50:00.000Z
  const basic = /^\d{8}(?:T|$)/.test(like.raw)
  const day = basic ? iso.slice(0, 10).replace(/-/g, '') : iso.slice(0, 10)
  if (like.precision === 'day') return day
  const hm = basic ? iso.slice(11, 16).replace(':', '') : iso.slice(11, 16)
  const sec = basic ? iso.slice(17, 19) : ':' + iso.slice(17, 19)
  const separator = like.raw.includes('T') ? 'T' : ' '
  const zone = /Z$/.test(like.raw) ? 'Z' : /\sUTC$/i.test(like.raw) ? ' UTC' : ''
  return day + separator + hm + (like.precision === 'second' ? sec : '') + zone
}

/** A short human form of a date for messages: the text as written. */
export function showDate(date: DateValue): string {
  return date.raw
}

/**
 * The instant after which no-future-dates reports a date: "now" plus its configured slack. Rules
 * that leave future dates to no-future-dates use the same limit, so a date within the slack is
 * judged by them and nothing falls between the two.
 */
export function futureLimitMs(now: Date, ruleSettings: Record<string, unknown>): number {
  const setting = ruleSettings['no-future-dates']
  const options =
    typeof setting === 'object' && setting !== null
      ? (setting as { options?: unknown }).options
      : undefined
  const slack =
    typeof options === 'object' && options !== null
      ? (options as { slackMinutes?: unknown }).slackMinutes
      : undefined
  const minutes = typeof slack === 'number' && Number.isFinite(slack) && slack > 0 ? slack : 0
  return now.getTime() + minutes * 60_000
}
