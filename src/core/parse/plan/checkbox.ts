/**
 * Checkbox tasks: `- [ ] A1: …`, `- [x] **B2** — …`, `* [P] `C3` …`, or without an id
 * (`- [x] Review the formulas`, id `''`: rules keyed on ids skip those).
 */
import type { Range, Task } from '../../model.js'
import type { ListItemBlock } from '../../scan/types.js'
import { stateOf, type MarkerVocabulary } from './markers.js'
import { taskIn } from './task.js'

/** A one-character checkbox at the start of the item's text. */
const CHECKBOX = /^\[([^\][])\](?=\s|$)/
/** Characters written inside checkboxes that are not a known marker but still a checkbox. */
const CHECKBOX_CHARS = new Set([
  ' ',
  'x',
  'X',
  'P',
  'p',
  'D',
  'd',
  '~',
  '-',
  '/',
  '?',
  '!',
  '*',
  '>',
  '.'
])

const ID = String.raw`[A-Z]{1,3}\d+[a-z]?(?:\.\d+[a-z]?)*|\d{1,3}(?:\.\d{1,3})*[a-z]?|[A-Z]\d*(?:\.[A-Z0-9]{1,3})+`
/**
 * An id at the start of the text, wrapped in emphasis or backticks or followed by a separator:
 * `A1: …`, `**B2** — …`, `` `C3` …``, `3.1) …`. A bare number followed by a word (`3 tests
 * pass`) is prose, not an id.
 */
const LEADING_ID = new RegExp(
  String.raw`^(?:(\*\*|__|\x60)(${ID})\1\s*[:—–\-.)]?|(${ID})\s*[:—–)]|(${ID})\s+[—–-]\s)\s*`
)

export function readCheckboxTask(
  item: ListItemBlock,
  range: Range,
  vocabulary: MarkerVocabulary,
  phaseId: string | undefined
): Task | undefined {
  const checkbox = CHECKBOX.exec(item.text)
  if (checkbox === null) return undefined
  const token = checkbox[0]
  const known = vocabulary.known.some((entry) => entry.token === token)
  if (!known && !CHECKBOX_CHARS.has(checkbox[1] ?? '')) return undefined
  const afterBox = item.text.slice(token.length).trimStart()
  const idMatch = LEADING_ID.exec(afterBox)
  const id = idMatch === null ? '' : (idMatch[2] ?? idMatch[3] ?? idMatch[4] ?? '')
  const description = (idMatch === null ? afterBox : afterBox.slice(idMatch[0].length)).trim()
  const markerColumn = item.contentColumn
  const task = {
    id,
    description,
    marker: token,
    state: stateOf(token, vocabulary),
    source: 'checkbox' as const,
    range,
    markerRange: {
      line: item.range.line,
      column: markerColumn,
      endLine: item.range.line,
      endColumn: markerColumn + token.length
    }
  }
  return taskIn(task, phaseId)
}
