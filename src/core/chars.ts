/**
 * Character-level tests shared by the scanner, the parsers and the rules. They run once per
 * character or per word, so they stay small top-level functions and module-level regexes (no
 * closures, no objects per call). Where a function and a regex test the same set, both are here
 * and tests/core/chars.test.ts proves they agree on every UTF-16 code unit.
 */

/** A space or a tab: what Markdown calls whitespace between a marker and its text. */
export function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09
}

/** An ASCII digit `0`–`9`. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** An ASCII letter or digit, `[A-Za-z0-9]`. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** The number written by `count` ASCII digits at `from` (the caller has checked they are digits). */
export function numberAt(text: string, from: number, count: number): number {
  let value = 0
  for (let index = from; index < from + count; index += 1) {
    value = value * 10 + text.charCodeAt(index) - 0x30
  }
  return value
}

/**
 * A space that separates the words of a cited path or command: ASCII whitespace and controls
 * (`\0`–space, a stray `\r` included) and the Unicode spaces agents paste (NBSP, thin, zero-width,
 * BOM). Narrower than the regex `\s` (no U+1680, U+2028/9) and wider (controls, U+200B).
 */
export function isWordSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** A character isWordSpace accepts. */
export const WORD_SPACE = /[\0-\x20\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/
/** A run of characters isWordSpace accepts (to split on). */
export const WORD_SPACE_RUN = /[\0-\x20\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/

/** One JavaScript whitespace character (`\s`: ECMAScript white space and line terminators). */
export const WHITESPACE = /\s/
/** A run of `\s` (to split on). */
export const WHITESPACE_RUN = /\s+/
/** Every `\s` character, for `replace` (which resets `lastIndex` itself). */
export const EVERY_WHITESPACE = /\s/g

/** A character outside ASCII. */
const NON_ASCII = /[^\0-\x7f]/

/**
 * Whether a text is plain ASCII, where the letters and digits of `\p{L}` and `\p{N}` are those of
 * `[A-Za-z0-9]`: the Unicode classes cost milliseconds to compile, and most texts are ASCII.
 */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text)
}

/**
 * The Unicode `pattern` on a text its ASCII twin rejected: on ASCII text the two agree, so only
 * a text holding another character is tested again.
 */
export function matchesBeyondAscii(pattern: RegExp, text: string): boolean {
  return NON_ASCII.test(text) && pattern.test(text)
}

const ASCII_LETTER_OR_DIGIT = /[A-Za-z0-9]/
/** A letter or digit of any script. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Whether the text holds a letter or a digit (of any script); ASCII is tried first. */
export function hasLetterOrDigit(text: string): boolean {
  return ASCII_LETTER_OR_DIGIT.test(text) || LETTER_OR_DIGIT.test(text)
}

/** Whether the character (code point) at `at` is a letter or digit, as `[\p{L}\p{N}]` says. */
export function isLetterOrDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 0x80) return isAsciiLetterOrDigit(code)
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) as number))
}
