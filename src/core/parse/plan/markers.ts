import type { Config } from '../../config/schema.js'
import type { TaskState } from '../../model.js'

/** A state marker found in a state cell or at the start of a checkbox item. */
export interface FoundMarker {
  state: TaskState
  /** The marker itself, e.g. `[D]`. */
  token: string
  /** Offset of `token` in the searched text. */
  index: number
}

/** The configured task-state vocabulary, ready for searching. */
export interface MarkerVocabulary {
  /** Known markers, longest first so `[x] ` style entries win over their prefixes. */
  readonly known: readonly { readonly token: string; readonly state: TaskState }[]
}

export function markerVocabulary(config: Config): MarkerVocabulary {
  // Every plan of a run reads with the same configuration: the vocabulary is built once.
  let vocabulary = vocabularies.get(config.vocabulary.taskStates)
  if (vocabulary === undefined) {
    vocabulary = readVocabulary(config)
    vocabularies.set(config.vocabulary.taskStates, vocabulary)
  }
  return vocabulary
}

const vocabularies = new WeakMap<object, MarkerVocabulary>()

function readVocabulary(config: Config): MarkerVocabulary {
  const states = config.vocabulary.taskStates
  const known: { token: string; state: TaskState }[] = []
  const add = (tokens: readonly string[], state: TaskState): void => {
    for (const token of tokens) if (token.length > 0) known.push({ token, state })
  }
  add(states.open, 'open')
  add(states.partial, 'partial')
  add(states.done, 'done')
  known.sort((a, b) => b.token.length - a.token.length)
  return { known }
}

/** `[?]`: a one-character bracket, how every task-state marker is written. */
const BRACKET_MARKER = /\[[^\][]\]/

/**
 * The first state marker in `text`: the earliest configured marker, or else a one-character
 * bracket such as `[-]` (state `unknown`, for the vocabulary rule to report). Only the first
 * `limit` characters are searched, so a long cell costs a bounded amount of work.
 */
export function findMarker(
  text: string,
  vocabulary: MarkerVocabulary,
  limit = 200
): FoundMarker | undefined {
  const head = text.length > limit ? text.slice(0, limit) : text
  let best: FoundMarker | undefined
  for (const { token, state } of vocabulary.known) {
    const index = head.indexOf(token)
    if (index < 0) continue
    if (best === undefined || index < best.index) best = { state, token, index }
  }
  const bracket = BRACKET_MARKER.exec(head)
  if (bracket !== null && (best === undefined || bracket.index < best.index)) {
    // A bracket before any known marker: unknown unless it is itself known (case variants).
    const token = bracket[0]
    const known = vocabulary.known.find((entry) => entry.token === token)
    return { state: known?.state ?? 'unknown', token, index: bracket.index }
  }
  return best
}

/** The state of a marker written alone, e.g. a checkbox's `[x]`. */
export function stateOf(token: string, vocabulary: MarkerVocabulary): TaskState {
  return vocabulary.known.find((entry) => entry.token === token)?.state ?? 'unknown'
}
