/** Small text helpers shared by the parsers. All are linear and never throw. */

/** Hyphen look-alikes agents type into ids: U+2010 hyphen, U+2011 non-breaking, U+2012 figure, U+2013 en dash. */
const LOOK_ALIKE_HYPHENS = /[\u2010\u2011\u2012\u2013]/g

/** Replaces look-alike hyphens with `-` (ids only: an en dash in prose is punctuation). */
export function normalizeHyphens(text: string): string {
  return text.replace(LOOK_ALIKE_HYPHENS, '-')
}

/** Longest text `stripInlineMarkup` looks at: it is meant for short values (a status, a title). */
const MAX_MARKUP_TEXT = 2000

/** Removes emphasis and code markers (`**`, `__`, `*`, `_` at word edges, backticks) from a short value. */
export function stripInlineMarkup(text: string): string {
  const bounded = text.length > MAX_MARKUP_TEXT ? text.slice(0, MAX_MARKUP_TEXT) : text
  // Most values hold no marker at all: nothing to remove but the surrounding spaces.
  if (!hasMarkupCharacter(bounded)) return bounded.trim()
  let result = bounded.replaceAll('`', '')
  result = result.replace(/\*\*|__/g, '')
  // Single `*` / `_` used as emphasis sit at the edges of words; inside words they are text.
  result = result.replace(/(^|[\s(])[*_]+(?=\S)/g, '$1').replace(/(\S)[*_]+(?=$|[\s),.:;])/g, '$1')
  return result.trim()
}

function hasMarkupCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code === 0x60 /* ` */ || code === 0x2a /* * */ || code === 0x5f /* _ */) return true
  }
  return false
}

/**
 * Index just past the emphasis markers (`**`, `*`, `__`, `_`) and spaces that open `text` at
 * `from`: `**Attempt #1**` → index of `A`.
 */
export function skipOpeningMarkup(text: string, from = 0): number {
  let index = from
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code === 0x2a || code === 0x5f || code === 0x20 || code === 0x09) index += 1
    else break
  }
  return index
}

/** The first word of a value, markup and leading marks removed: `**done** — all` → `done`. */
export function firstToken(text: string): string {
  // Marks before the value (`✅ done`, `- done`) are not part of it.
  const stripped = stripInlineMarkup(text).replace(/^[^\p{L}\p{N}]+/u, '')
  const match = /^[^\s,;—–]+/.exec(stripped)
  if (match === null) return ''
  // Trailing punctuation is not part of the value: `done.` / `blocked:`.
  return match[0].replace(/[.:;,!)]+$/, '').replace(/^\(+/, '')
}
