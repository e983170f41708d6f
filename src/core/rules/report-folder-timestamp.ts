import { ruleOptions, type Rule } from './types.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /**
         * Accepted folder-name forms: `YYYY` year, `MM` month (minutes when it follows `HH`), `DD` day,
         * `HH` hour, `SS` seconds; any other character stands for itself.
         */
        patterns: z
          .array(z.string().min(1))
          .min(1)
          .default(['YYYY-MM-DDTHHMMSSZ', 'YYYYMMDDTHHMMSSZ']),
        /**
         * Only check folders whose whole name is a date or timestamp (`2025-10-17T0250Z`,
         * `20250930-002124`); dated topic folders such as `reports/2025-09-29-AT-PARALLEL-002/` are
         * then left alone.
         */
        onlyDateLike: z.boolean().default(true)
      })
      .strict(),
  { patterns: ['YYYY-MM-DDTHHMMSSZ', 'YYYYMMDDTHHMMSSZ'], onlyDateLike: true }
)

/** A whole name made of a date and maybe a time: `2025-10-17T0250Z`, `20250930-002124`. */
const DATE_LIKE = /^\d{4}-?\d{2}-?\d{2}(?:[T_\-. :]?[\d:.]*Z?)?$/i

interface StampPattern {
  source: string
  regex: RegExp
  /** Capture group index of each component. */
  fields: Partial<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>>
}

export const reportFolderTimestamp: Rule<typeof options> = {
  id: 'report-folder-timestamp',
  description: 'Evidence folders are named by a valid UTC timestamp such as `2025-10-17T025000Z`.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/report-folder-timestamp.md',
  options,
  check(ctx) {
    const patterns = ctx.options.patterns.map(compilePattern)
    for (const folder of ctx.project.reportFolders) {
      const name = folder.name
      if (ctx.options.onlyDateLike && !DATE_LIKE.test(name)) continue
      const matched = patterns.find((p) => p.regex.test(name))
      const problem = matched
        ? invalidDate(name, matched)
        : `does not match ${ctx.options.patterns.map((p) => `\`${p}\``).join(' or ')}`
      if (!problem) continue
      ctx.report({
        file: folder.path.replace(/\/+$/, ''),
        range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        message:
          `Report folder \`${folder.path.replace(/\/+$/, '')}/\` is not named by a valid UTC timestamp: ` +
          `\`${name}\` ${problem}; rename it (e.g. \`${exampleStamp(ctx.options.patterns[0] ?? '', name)}\`) ` +
          'and update the paths that cite it',
        entity: `path:${folder.path.replace(/\/+$/, '')}`
      })
    }
  }
}

export function compilePattern(template: string): StampPattern {
  const fields: StampPattern['fields'] = {}
  let regex = '^'
  let group = 0
  let sawHour = false
  for (let i = 0; i < template.length;) {
    const rest = template.slice(i)
    const token = ['YYYY', 'MM', 'DD', 'HH', 'SS', 'mm', 'ss'].find((t) => rest.startsWith(t))
    if (!token) {
      regex += (template[i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      i++
      continue
    }
    group++
    regex += token === 'YYYY' ? '(\\d{4})' : '(\\d{2})'
    if (token === 'YYYY') fields.year = group
    else if (token === 'DD') fields.day = group
    else if (token === 'HH') {
      fields.hour = group
      sawHour = true
    } else if (token === 'SS' || token === 'ss') fields.second = group
    else if (token === 'mm' || sawHour) fields.minute = group
    else fields.month = group
    i += token.length
  }
  return { source: template, regex: new RegExp(`${regex}$`), fields }
}

/** Why a name that has the right shape is still not a real instant, or undefined. */
function invalidDate(name: string, pattern: StampPattern): string | undefined {
  const match = pattern.regex.exec(name)
  if (!match) return 'does not match'
  const get = (field: keyof StampPattern['fields'], fallback: number): number => {
    const index = pattern.fields[field]
    return index === undefined ? fallback : Number(match[index])
  }
  const year = get('year', 2000)
  const month = get('month', 1)
  const day = get('day', 1)
  const hour = get('hour', 0)
  const minute = get('minute', 0)
  const second = get('second', 0)
  if (month < 1 || month > 12) return `has month ${month}`
  const date = new Date(Date.UTC(year, month - 1, day))
  if (day < 1 || date.getUTCDate() !== day)
    return `names a day that does not exist (${year}-${pad(month)}-${pad(day)})`
  if (hour > 23 || minute > 59 || second > 59)
    return `has an impossible time of day (${pad(hour)}:${pad(minute)}:${pad(second)})`
  return undefined
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/**
 * The pattern filled with the instant the folder name seems to give (`20250930-002124` →
 * `2025-09-30T002124Z`), time fields left as `HH`/`MM`/`SS` when the name has none.
 */
function exampleStamp(template: string, name: string): string {
  const pattern = compilePattern(template)
  const digits = name.replace(/\D/g, '')
  const part = (from: number, to: number, fallback: string): string =>
    digits.length >= to ? digits.slice(from, to) : fallback
  const sample: Record<string, string> = {
    year: part(0, 4, 'YYYY'),
    month: part(4, 6, 'MM'),
    day: part(6, 8, 'DD'),
    hour: part(8, 10, 'HH'),
    minute: part(10, 12, 'MM'),
    second: part(12, 14, 'SS')
  }
  let out = ''
  let group = 0
  for (let i = 0; i < template.length;) {
    const token = ['YYYY', 'MM', 'DD', 'HH', 'SS', 'mm', 'ss'].find((t) =>
      template.startsWith(t, i)
    )
    if (!token) {
      out += template[i]
      i++
      continue
    }
    group++
    const field = Object.entries(pattern.fields).find(([, g]) => g === group)?.[0] ?? 'year'
    out += sample[field] ?? ''
    i += token.length
  }
  return out
}
