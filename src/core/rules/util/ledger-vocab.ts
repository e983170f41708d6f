import { isAscii } from '../../chars.js'

export { isAscii, isLetterOrDigitAt } from '../../chars.js'

/**
 * The first word of a field value with its decoration removed: `**Done** — all 23 passed` → `Done`,
 * `` `in_progress` (P3.0c …) `` → `in_progress`. Leading marks such as `✅` are skipped.
 */
export function firstToken(text: string): string {
  const words = text.replace(/[*`_~]{2,}|[*`]/g, ' ').split(/[\s,;:()[\]]+/)
  // Only the first word left non-empty is wanted: the others are not cleaned.
  for (const word of words) {
    const bare = isAscii(word)
      ? word.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9_-]+$/g, '')
      : word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}_-]+$/gu, '')
    if (bare.length > 0) return bare
  }
  return ''
}

/** The length of the character (code point) at `at`: 2 for a surrogate pair, else 1. */
export function charLengthAt(text: string, at: number): number {
  return (text.codePointAt(at) as number) > 0xffff ? 2 : 1
}

/** Folds the spellings of one vocabulary word together: `In-Progress` ≈ `in_progress`. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/[\s-]+/g, '_')
}

/** Edit distance counting a swap of two adjacent letters as one edit (`Hihg` → `High`). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i]
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j)
        continue
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const above = rows[i - 1] as number[]
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1)
      }
      row.push(best)
    }
    rows.push(row)
  }
  return (rows[a.length] as number[])[b.length] ?? Math.max(a.length, b.length)
}

export interface VocabularyMatch {
  /** The allowed value the word is closest to. */
  value: string
  /** True when the word differs from `value` only in case or `-`/`_`/space spelling. */
  sameWord: boolean
}

/**
 * The allowed value closest to `word`, when it is close enough that "did you mean" helps:
 * same word spelled differently, a prefix (`in` of `in progress`), or a few typos.
 */
export function closestValue(
  word: string,
  allowed: readonly string[]
): VocabularyMatch | undefined {
  const folded = foldWord(word)
  if (!folded) return undefined
  let best: { value: string; distance: number } | undefined
  for (const value of allowed) {
    const candidate = foldWord(value)
    if (candidate === folded) return { value, sameWord: true }
    const distance = editDistance(folded, candidate)
    if (!best || distance < best.distance) best = { value, distance }
  }
  if (!best) return undefined
  const tolerance = Math.max(1, Math.floor(foldWord(best.value).length / 3))
  return best.distance <= tolerance ? { value: best.value, sameWord: false } : undefined
}

/** `a, b or c` for messages. */
export function listWords(values: readonly string[], max = 8): string {
  const shown = values.slice(0, max).map((value) => `\`${value}\``)
  if (values.length > max) shown.push(`… (${values.length - max} more)`)
  return shown.join(', ')
}
