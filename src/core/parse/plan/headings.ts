/**
 * Phase headings: `### Phase A — Title`, `## Phase 3: Title`, `### Phase L — Title (Complete)`,
 * `#### Phase M4 Checklist — …`, `## Phase B.2 Title`, `### **Phase 1: Title**`.
 */

export type PhaseHeading =
  | { kind: 'phase'; id: string; title: string; declaredComplete: boolean; checklist: boolean }
  /** Starts like a phase heading but names no phase id: `### Phase — Title`, `## Phase: x`. */
  | { kind: 'unreadable'; reason: string }

/**
 * Phase ids: a letter or two with optional digits and a lower-case suffix (`A`, `M4`, `M4a`),
 * a number (`3`, `12b`), and either with dotted parts (`B.2`, `3.1`, `P0.2`). The id must end
 * at a word boundary, so `Phase Status:` or `Phase Overview` are not phases.
 */
const PHASE_ID = String.raw`(?:[A-Z]{1,2}\d{0,3}[a-z]?|\d{1,3}[a-z]?)(?:\.(?:[A-Z]{1,2}\d{0,3}[a-z]?|\d{1,3}[a-z]?))*`
const PHASE_HEADING = new RegExp(String.raw`^[Pp]hase\s+(${PHASE_ID})(?=$|[\s:—–\-.(),*_])(.*)$`)
const NO_ID = /^Phase\s*(?:[:—–]|-\s)/
const COMPLETE_MARK =
  /\((?:[^()]*\s)?(?:complete|completed|done|closed)(?:\s[^()]*)?\)|✅|\[(?:x|X|D)\]\s*$/i

/** Reads a heading's text (as the scanner gives it) as a phase heading, if it is one. */
export function readPhaseHeading(text: string): PhaseHeading | undefined {
  // Both patterns start with `Phase` / `phase`: most headings (titles, sections) lack it.
  if (!text.includes('hase')) return undefined
  const bare = stripEmphasis(text)
  const match = PHASE_HEADING.exec(bare)
  if (match === null) {
    if (NO_ID.test(bare)) return { kind: 'unreadable', reason: 'names no phase id' }
    return undefined
  }
  const rawId = match[1] ?? ''
  let rest = (match[2] ?? '').replace(/^[*_]+/, '').trim()
  let checklist = false
  const checklistWord = /^checklist\b/i.exec(rest)
  if (checklistWord !== null) {
    checklist = true
    rest = rest.slice(checklistWord[0].length).trim()
  }
  const title = stripEmphasis(rest.replace(/^[:—–\-.]+/, '').trim())
  return { kind: 'phase', id: rawId, title, declaredComplete: COMPLETE_MARK.test(bare), checklist }
}

const LEADING_EMOJI = /^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)+/u

/** Removes emphasis around the heading (`**Phase 1: x**`) and a leading emoji or bullet. */
function stripEmphasis(text: string): string {
  let result = text.trim()
  // Emoji are never ASCII: the Unicode-property pattern (slow) only runs on text starting with one.
  if (result.charCodeAt(0) >= 0x80) result = result.replace(LEADING_EMOJI, '')
  result = result.replace(/^(?:\*\*|__|\*|_)+/, '').replace(/(?:\*\*|__|\*|_)+$/, '')
  return result.trim()
}
