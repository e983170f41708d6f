import { isSpaceOrTab, LETTER_OR_DIGIT } from '../chars.js'
import { DEFAULT_FIELD_ALIASES } from '../config/defaults.js'

/** A `Name: value` field written on a list item's first line. Indices are into the text given. */
export interface FieldMatch {
  /** The name as written, markup removed: `Exit Criteria (quote thresholds from spec)`. */
  name: string
  nameIndex: number
  /** The inline value, trimmed (may be empty). */
  value: string
  /** Index of the value's first character (text length when there is none). */
  valueIndex: number
  /** Index just past the value's last character. */
  valueEnd: number
}

/** Longest field name accepted, parenthetical suffix included; longer "names" are prose. */
const MAX_NAME_LENGTH = 80

/**
 * Reads `Name: value`, `**Name:** value` or `**Name**: value`. The name starts with a letter and
 * holds words, `/`, `&`, `-`, `'`, `.` and one parenthetical suffix; the colon is followed by a
 * space or the end of the text. Returns undefined for anything else (prose, links, code).
 */
export function parseFieldLine(text: string): FieldMatch | undefined {
  let index = 0
  const bold = text.startsWith('**') || text.startsWith('__')
  if (bold) index = 2
  const nameIndex = index
  if (!isLetter(text.charCodeAt(index))) return undefined
  // The colon ends the name (or follows its closing `**`): prose without one early is no field.
  const colon = text.indexOf(':', nameIndex)
  if (colon < 0 || colon > nameIndex + MAX_NAME_LENGTH + 2) return undefined
  let depth = 0
  let nameEnd = -1
  for (; index < text.length && index - nameIndex <= MAX_NAME_LENGTH; index += 1) {
    const char = text[index] ?? ''
    if (char === '(') depth += 1
    else if (char === ')') depth = Math.max(0, depth - 1)
    else if (char === ':' && depth === 0) {
      nameEnd = index
      break
    } else if (depth === 0 && !isNameChar(char)) {
      // `**Name**: value`: the closing bold before the colon.
      if (bold && (char === '*' || char === '_') && text[index + 2] === ':') {
        nameEnd = index
        break
      }
      return undefined
    }
  }
  if (nameEnd < 0) return undefined
  const name = text.slice(nameIndex, nameEnd).trim()
  if (name.length === 0) return undefined

  let after = nameEnd
  if (text[after] !== ':') after += 2 // closing `**` of `**Name**:`
  after += 1 // the colon
  if (
    bold &&
    text[nameEnd] === ':' &&
    (text.startsWith('**', after) || text.startsWith('__', after))
  ) {
    after += 2 // closing `**` of `**Name:**`
  }
  const next = text.charCodeAt(after)
  if (after < text.length && next !== 0x20 && next !== 0x09) return undefined
  let valueIndex = after
  while (valueIndex < text.length && isSpaceOrTab(text.charCodeAt(valueIndex))) valueIndex += 1
  let valueEnd = text.length
  while (valueEnd > valueIndex && isSpaceOrTab(text.charCodeAt(valueEnd - 1))) valueEnd -= 1
  return { name, nameIndex, value: text.slice(valueIndex, valueEnd), valueIndex, valueEnd }
}

const NO_ALIASES: Record<string, string> = {}
/** Keys worked out so far, by alias table: a ledger repeats the same few field names. */
const knownKeys = new WeakMap<Record<string, string>, Map<string, string>>()
const MAX_KNOWN_KEYS = 10_000

/**
 * The canonical key of a field name: the configured alias, else the default alias, looked up with
 * and then without a parenthetical suffix; else the name itself as a lower-case slug
 * (`First Divergence (if known)` → `first-divergence`).
 */
export function canonicalFieldKey(
  name: string,
  aliases: Record<string, string> = NO_ALIASES
): string {
  let known = knownKeys.get(aliases)
  if (known === undefined) {
    known = new Map()
    knownKeys.set(aliases, known)
  }
  let key = known.get(name)
  if (key === undefined) {
    key = fieldKey(name, aliases)
    if (known.size < MAX_KNOWN_KEYS) known.set(name, key)
  }
  return key
}

function fieldKey(name: string, aliases: Record<string, string>): string {
  const lower = name.toLowerCase().replace(/\s+/g, ' ').trim()
  const direct = lookup(lower, aliases)
  if (direct !== undefined) return direct
  const base = stripParenthetical(lower)
  const stripped = lookup(base, aliases)
  if (stripped !== undefined) return stripped
  return base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || lower
}

function lookup(name: string, aliases: Record<string, string>): string | undefined {
  if (Object.hasOwn(aliases, name)) return aliases[name]
  if (Object.hasOwn(DEFAULT_FIELD_ALIASES, name)) return DEFAULT_FIELD_ALIASES[name]
  return undefined
}

/** `exit criteria (quote thresholds)` → `exit criteria`. Only a suffix is removed. */
function stripParenthetical(name: string): string {
  const open = name.indexOf('(')
  if (open <= 0) return name
  return name.slice(0, open).trim()
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function isNameChar(char: string): boolean {
  const code = char.charCodeAt(0)
  if (isLetter(code) || (code >= 0x30 && code <= 0x39)) return true
  if (code >= 0x80 && LETTER_OR_DIGIT.test(char)) return true
  return (
    char === ' ' || char === '/' || char === '&' || char === '-' || char === "'" || char === '.'
  )
}
