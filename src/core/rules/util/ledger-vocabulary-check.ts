import type { LedgerDocument, LedgerEntry, Spanned } from '../../model.js'
import type { Project, ReportInput } from '../types.js'
import { replaceOnLine } from './ledger-text.js'
import {
  charLengthAt,
  closestValue,
  firstToken,
  isLetterOrDigitAt,
  listWords
} from './ledger-vocab.js'

export interface VocabularyCheck {
  ruleId: string
  /** `Status` or `Priority`. */
  fieldName: string
  key: 'status' | 'priority'
  allowed: readonly string[]
  ignoreCase: boolean
}

/**
 * Reports every entry whose field's first word is outside the vocabulary, with the closest
 * allowed value as a "did you mean" and, when the word is that value spelled differently
 * (`In-Progress`, `HIGH`), a suggestion that rewrites it.
 */
export function checkVocabulary(
  project: Project,
  check: VocabularyCheck,
  report: (finding: ReportInput) => void
): void {
  const allowedFolded = new Set(
    check.allowed.map((value) => (check.ignoreCase ? value.toLowerCase() : value))
  )
  // Ledgers repeat a few values thousands of times: each distinct value is judged once.
  const verdicts = new Map<string, string | null>()
  for (const ledger of project.ledgers) {
    for (const entry of ledger.entries) {
      const value = entry[check.key]
      if (!value) continue
      const key = `${value.value}\0${value.raw}`
      let written = verdicts.get(key)
      if (written === undefined) {
        written = wordOutside(value, check, allowedFolded) ?? null
        verdicts.set(key, written)
      }
      if (written !== null) report(vocabularyFinding(project, ledger, entry, value, written, check))
    }
  }
}

/** The value's word as written when it is outside the vocabulary; undefined when allowed. */
function wordOutside(
  value: Spanned,
  check: VocabularyCheck,
  allowedFolded: ReadonlySet<string>
): string | undefined {
  const first = writtenToken(value)
  if (!first) return undefined
  // `in progress` is the allowed `in_progress` written as two words.
  const pair = twoWords(value.raw)
  const written = pair && closestValue(pair, check.allowed)?.sameWord ? pair : first
  const compared = check.ignoreCase ? written.toLowerCase() : written
  return allowedFolded.has(compared) ? undefined : written
}

/** The first word as written in the source, falling back to the parser's value. */
function writtenToken(value: Spanned): string {
  const fromValue = firstToken(value.value)
  const fromRaw = firstToken(value.raw)
  if (!fromValue) return fromRaw
  return fromRaw.toLowerCase() === fromValue.toLowerCase() ? fromRaw : fromValue
}

/**
 * The first two words of a value as written (`in progress`), when it starts with two words:
 * `/^[^\p{L}\p{N}]*([\p{L}\p{N}]+ [\p{L}\p{N}]+)/u` as a loop (the classes are disjoint, so
 * nothing backtracks), which compiles the Unicode classes only for a character outside ASCII.
 */
export function twoWords(raw: string): string | undefined {
  const text = raw.trim()
  let at = 0
  while (at < text.length && !isLetterOrDigitAt(text, at)) at += charLengthAt(text, at)
  const start = at
  at = wordEnd(text, at)
  if (at === start || text.charCodeAt(at) !== 0x20) return undefined
  const second = at + 1
  at = wordEnd(text, second)
  return at === second ? undefined : text.slice(start, at)
}

/** Where the run of letters and digits starting at `at` ends. */
function wordEnd(text: string, at: number): number {
  while (at < text.length && isLetterOrDigitAt(text, at)) at += charLengthAt(text, at)
  return at
}

function vocabularyFinding(
  project: Project,
  ledger: LedgerDocument,
  entry: LedgerEntry,
  value: Spanned,
  written: string,
  check: VocabularyCheck
): ReportInput {
  const match = closestValue(written, check.allowed)
  const subject =
    entry.level === 0
      ? `The document's ${check.fieldName}`
      : `${check.fieldName} of entry [${entry.id}]`
  let message = `${subject} is \`${written}\`, which is not in the configured ${check.fieldName.toLowerCase()} vocabulary.`
  if (match?.sameWord) message += ` Write it as \`${match.value}\`.`
  else if (match) message += ` Did you mean \`${match.value}\`?`
  message += ` Allowed: ${listWords(check.allowed)}; add the word to \`vocabulary.${check.key}\` in .github/planguard.yml if it is intended.`
  const suggestion = match?.sameWord
    ? (replaceOnLine(project, ledger.file, value.range, written, match.value) ?? undefined)
    : undefined
  return {
    file: ledger.file,
    range: value.range,
    entryId: entry.id,
    entity: `${entry.id}#${check.key}`,
    message,
    ...(suggestion ? { suggestion } : {})
  }
}
