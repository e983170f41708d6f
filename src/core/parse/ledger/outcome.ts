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
 */
export function classifyOutcome(text: string): AttemptOutcome {
  const firstLine = text.slice(0, Math.min(text.length, firstLineEnd(text), 600))
  const explicit = /\b(?:result|status|outcome)\s*\**\s*:\s*\**\s*([^.;\n]{0,80})/i.exec(firstLine)
  if (explicit?.[1] !== undefined) {
    const verdict = classifyWords(explicit[1])
    if (verdict !== 'unknown') return verdict
  }
  return classifyWords(firstLine)
}

const PARTIAL =
  /\bpartial(?:ly)?\b|⚠|\bin[ _]progress\b|\binvestigat|\bincomplete\b|\bblocked\b|\bpending\b|\bpersists?\b|\bescalat/i
const FAILURE =
  /\bfail(?:s|ed|ure|ing)?\b|\bregress(?:ion|ed)\b|\berrors?\b|❌|\brevert(?:ed)?\b|\brollback\b|\bbroken\b|\bcrash(?:es|ed)?\b|\binvalidat(?:ed|es|ion)\b|\breopen(?:ed|s)?\b|\bviolation\b|\bsuperseded\b/i
const SUCCESS =
  /\bsuccess(?:ful(?:ly)?)?\b|\bsucceed(?:ed|s)?\b|\bpass(?:ed|es|ing)?\b|\bcomplete[ds]?\b|\bdone\b|\bfixed\b|\bresolved\b|✅|\bshipped\b|\bverified\b|\bgreen\b/i

function classifyWords(text: string): AttemptOutcome {
  if (PARTIAL.test(text)) return 'partial'
  if (FAILURE.test(text)) return 'failure'
  if (SUCCESS.test(text)) return 'success'
  return 'unknown'
}

function firstLineEnd(text: string): number {
  const end = text.indexOf('\n')
  return end < 0 ? text.length : end
}
