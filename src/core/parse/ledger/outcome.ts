import type { AttemptOutcome } from '../../model.js'

/**
 * A cheap keyword classification of what an attempt reports. It reads the value of an explicit
 * `Result:` / `Status:` / `Outcome:` marker when the attempt has one, else its first line, and
 * checks three keyword families in order:
 * - partial: `partial`, `⚠️`, `in progress`, `investigating`, `blocked`, `pending`, `persists`…
 * - failure: `fail`, `regression`, `error`, `❌`, `reverted`, `reopened`, `superseded`…
 * - success: `success`, `passed`, `complete`, `done`, `fixed`, `resolved`, `shipped`, `✅`…
 * Partial wins over failure and failure over success because "partial success" and "failed to
 * complete" are common. Negations ("no regressions") are not understood: this is a hint for
 * rules, not a verdict.
 *
 * Every attempt is classified, so the line is read in one pass: one regex finds the words that
 * start like a keyword or a marker, and each whole word (ASCII letters, digits and `_`, as a
 * regex `\b` sees them) is looked up in a table, instead of one regex per family.
 */
export function classifyOutcome(text: string): AttemptOutcome {
  const end = Math.min(text.length, firstLineEnd(text), 600)
  const scan = scanWords(text, 0, end, true)
  if (scan.explicitStart >= 0) {
    const verdict = verdictOf(scanWords(text, scan.explicitStart, scan.explicitEnd, false))
    if (verdict !== 'unknown') return verdict
  }
  return verdictOf(scan)
}

/** The keyword families, by priority: a word of an earlier family decides. */
const PARTIAL = 1
const FAILURE = 2
const SUCCESS = 4

/** Whole words (lower case) of each family. */
const FAMILY_WORDS: [number, string][] = [
  [PARTIAL, 'partial partially in_progress incomplete blocked pending persist persists'],
  [
    FAILURE,
    'fail fails failed failure failing regression regressed error errors revert reverted ' +
      'rollback broken crash crashes crashed invalidated invalidates invalidation reopen reopened ' +
      'reopens violation superseded'
  ],
  [
    SUCCESS,
    'success successful successfully succeed succeeded succeeds pass passed passes passing ' +
      'complete completed completes done fixed resolved shipped verified green'
  ]
]
/** Words of the partial family matched by their start: `investigating`, `escalated`. */
const PARTIAL_STEMS = ['investigat', 'escalat']
/** The markers an explicit verdict follows: `Result:`, `**Status:**`, `Outcome :`. */
const MARKERS = new Set(['result', 'status', 'outcome'])
/** What may sit between a marker and its colon, then before its value; the value itself. */
const MARKER_TAIL = /\s*\**\s*:\s*\**\s*([^.;\n]{0,80})/y
/** Family of each whole word (lower case), of `in progress` and of the symbols. */
const WORD_FAMILY = new Map<string, number>([
  ...FAMILY_WORDS.flatMap(([family, words]) =>
    words.split(' ').map((word): [string, number] => [word, family])
  ),
  ['in progress', PARTIAL],
  ['⚠', PARTIAL],
  ['❌', FAILURE],
  ['✅', SUCCESS]
])
/**
 * A symbol, or a whole word (with `in progress`) starting like a keyword, a stem or a marker
 * (grouped by first letter, which irregexp scans faster). The regex does the scanning, so the
 * code around it runs once per match, and prose matches rarely.
 */
const KEYWORD_WORD =
  /[⚠❌✅]|\b(?:p(?:artial|ending|ersist|ass)|i(?:n[ _]progress|nvestigat|ncomplete|nvalidat)|b(?:locked|roken)|e(?:scalat|rror)|f(?:ail|ixed)|r(?:egress|evert|ollback|eopen|esolved|esult)|c(?:rash|omplete)|v(?:iolation|erified)|s(?:uperseded|ucce|hipped|tatus)|done|green|outcome)\w*/gi

interface WordScan {
  /** Bit set of the families seen. */
  families: number
  /** Where the value of the first explicit marker starts and ends, or -1. */
  explicitStart: number
  explicitEnd: number
}

function verdictOf(scan: WordScan): AttemptOutcome {
  if ((scan.families & PARTIAL) !== 0) return 'partial'
  if ((scan.families & FAILURE) !== 0) return 'failure'
  if ((scan.families & SUCCESS) !== 0) return 'success'
  return 'unknown'
}

/**
 * The families of the words in text[from, to) (its ends count as word boundaries), and with
 * `markers` the value of the first `Result:`-style marker.
 */
function scanWords(text: string, from: number, to: number, markers: boolean): WordScan {
  const scan: WordScan = { families: 0, explicitStart: -1, explicitEnd: -1 }
  const value = from === 0 && to === text.length ? text : text.slice(from, to)
  KEYWORD_WORD.lastIndex = 0
  for (let found = KEYWORD_WORD.exec(value); found !== null; found = KEYWORD_WORD.exec(value)) {
    const word = found[0].toLowerCase()
    scan.families |= familyOf(word)
    if (markers && scan.explicitStart < 0 && MARKERS.has(word)) {
      readMarker(value, found.index + word.length, scan)
    }
    // Partial decides at once; the marker's value may still change the verdict.
    if ((scan.families & PARTIAL) !== 0 && (!markers || scan.explicitStart >= 0)) break
  }
  if (scan.explicitStart >= 0) {
    scan.explicitStart += from
    scan.explicitEnd += from
  }
  return scan
}

function familyOf(word: string): number {
  const family = WORD_FAMILY.get(word)
  if (family !== undefined) return family
  for (const stem of PARTIAL_STEMS) if (word.startsWith(stem)) return PARTIAL
  return 0
}

/** The value after a marker word ending at `end`, when a colon follows it. */
function readMarker(text: string, end: number, scan: WordScan): void {
  MARKER_TAIL.lastIndex = end
  const match = MARKER_TAIL.exec(text)
  const value = match?.[1]
  if (match === null || value === undefined) return
  scan.explicitEnd = end + match[0].length
  scan.explicitStart = scan.explicitEnd - value.length
}

function firstLineEnd(text: string): number {
  const end = text.indexOf('\n')
  return end < 0 ? text.length : end
}
