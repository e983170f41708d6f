import type { Phase, PlanDocument, Task } from '../../model.js'
import { FutureSections } from './evidence-text.js'
import { taskById as firstTaskById } from './plan-tasks.js'

/**
 * Reading task-completion claims out of attempt prose: "Marked Phase B.B2 complete",
 * "B2 done", "completed B2", "✅ B2", and re-openings ("reopened B2"). Claims must be specific:
 * a task or phase reference next to a completion word, not in a "Next:" section, not hedged
 * ("once B2 is done", "before marking B2 complete").
 */

export interface Claim {
  kind: 'done' | 'reopen'
  /** References as written, a list already split and ranges expanded: `B.B2`, `Phase C`, `M4a`. */
  refs: string[]
  /** The matched phrase, for messages. */
  phrase: string
  /** Offset of the phrase in the attempt text. */
  index: number
  /** Text around the phrase, to find a plan path named with it. */
  context: string
}

/** Case-insensitive literal without the `i` flag (which would make task ids match any word). */
function ci(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)
}
function anyOf(words: string[]): string {
  return `(?:${words.map(ci).join('|')})`
}

const TASK_ID = String.raw`(?:[A-Z]{1,3}\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)+[a-z]?)`
const PHASE_WORD = String.raw`${ci('phase')}\s+`
const REF = String.raw`(?:(?:${PHASE_WORD})?(?:[A-Z0-9]{1,3}\.)?${TASK_ID}(?![\w-])|${PHASE_WORD}[A-Z0-9]{1,3}(?![\w-]))`
const SEP = String.raw`\s*(?:,|\/|&|\+|–|-|${ci('and')}|${ci('to')}|${ci('through')})\s*`
// Bounded: an unbounded list made matching quadratic on long id lists that end in no claim.
const REF_LIST = String.raw`${REF}(?:${SEP}${REF}){0,12}`
/**
 * The first character of any REF, looked at before the lookbehind of a pattern that starts with
 * a reference: matching the same, it lets the engine skip most positions at once (2-3× faster).
 */
const REF_START = '(?=[pPA-Z0-9])'
const DONE_WORD = `(?:${anyOf(['complete', 'completed', 'done', 'finished'])}(?![\\w-])|\\[[xXdD]\\]|✅)`
const TASK_NOUN = `(?:${anyOf(['tasks', 'task', 'rows', 'row', 'items', 'item'])}\\s+)?`

const DONE_PATTERNS: RegExp[] = [
  // Marked Phase B.B2 complete / flipped B2 to [x]
  new RegExp(
    String.raw`(?<![\w-])${anyOf(['marked', 'flipped', 'moved', 'ticked', 'checked off'])}\s+(?:${ci('the')}\s+)?${TASK_NOUN}(?<refs>${REF_LIST})\s+${TASK_NOUN}(?:${anyOf(['as', 'to'])}\s+)?${DONE_WORD}`,
    'g'
  ),
  // Phase B.B2 complete / B2 is now done / B2 ✅
  new RegExp(
    String.raw`${REF_START}(?<![\w.-])(?<refs>${REF_LIST})\s*${TASK_NOUN}(?:(?:${anyOf(['is', 'are', 'now', 'was', 'were', 'marked', 'fully'])})\s+)*(?:[—–:]\s*)?${DONE_WORD}`,
    'g'
  ),
  // completed B2 / finished Phase C
  new RegExp(
    String.raw`(?<![\w-])${anyOf(['completed', 'finished', 'closed', 'delivered'])}\s+${TASK_NOUN}(?<refs>${REF_LIST})(?![\w-])`,
    'g'
  ),
  // ✅ B2
  new RegExp(String.raw`✅\s*(?<refs>${REF_LIST})(?![\w-])`, 'g')
]

const REOPEN_WORD = anyOf([
  'reopened',
  're-opened',
  'reopen',
  're-open',
  'reverted',
  'revert',
  'unmarked'
])
const REOPEN_PATTERNS: RegExp[] = [
  new RegExp(String.raw`(?<![\w-])${REOPEN_WORD}\s+${TASK_NOUN}(?<refs>${REF_LIST})`, 'g'),
  new RegExp(
    String.raw`${REF_START}(?<![\w.-])(?<refs>${REF_LIST})\s+(?:${anyOf(['is', 'was'])}\s+)?(?:${REOPEN_WORD}|${ci('back to')}\s+(?:${anyOf(['open', 'pending'])}|\[ \]|\[P\]))`,
    'g'
  ),
  new RegExp(
    String.raw`(?<![\w-])${anyOf(['marked', 'mark', 'set', 'flipped'])}\s+${TASK_NOUN}(?<refs>${REF_LIST})\s+(?:${anyOf(['as', 'to', 'back to'])}\s+)?(?:${anyOf(['open', 'pending', 'partial', 'in progress', 'in_progress', 'blocked'])}(?![\w-])|\[ \]|\[P\])`,
    'g'
  )
]

/**
 * Necessary conditions of the patterns above, in the same order: words each match must hold
 * (all of them). Most attempts hold none, and a plain word search is far cheaper than the full
 * patterns, which may start at any capital letter or digit.
 */
const DONE_HINT = /complete|done|finished|\[[xd]\]|✅/i
const MARK_HINT = /marked|flipped|moved|ticked|checked off/i
const COMPLETED_HINT = /completed|finished|closed|delivered/i
const REOPEN_HINT = /re-?open|revert|unmarked/i
const BACK_HINT = /re-?open|revert|unmarked|back to/i
const DONE_HINTS: RegExp[][] = [[DONE_HINT, MARK_HINT], [DONE_HINT], [COMPLETED_HINT], [/✅/]]
const REOPEN_HINTS: RegExp[][] = [
  [REOPEN_HINT],
  [BACK_HINT],
  [/open|pending|partial|in[ _]progress|blocked|\[[ P]\]/i, /mark|set|flipped/i]
]

/**
 * Hints made of rare words, all found in one scan (see rareHintsIn) rather than one each. No
 * word here starts another, so at each place at most one of them matches.
 */
const RARE_HINTS = [MARK_HINT, COMPLETED_HINT, REOPEN_HINT, BACK_HINT]
const RARE_WORDS =
  /marked|flipped|moved|ticked|checked off|completed|finished|closed|delivered|re-?open|revert|unmarked|back to/gi

/** The rare hints that hold in `text`. */
function rareHintsIn(text: string): Set<RegExp> {
  const found = new Set<RegExp>()
  RARE_WORDS.lastIndex = 0
  for (let match = RARE_WORDS.exec(text); match !== null; match = RARE_WORDS.exec(text)) {
    for (const hint of RARE_HINTS) if (hint.test(match[0])) found.add(hint)
    // Words may overlap (`unmarked` holds `marked`): go on from the next character.
    RARE_WORDS.lastIndex = match.index + 1
  }
  return found
}

/** Some word of every pattern's first hint: a text without one claims nothing (one scan). */
const ANY_HINT =
  /complete|done|finished|closed|delivered|open|revert|unmarked|back to|pending|partial|in[ _]progress|blocked|\[[xd P]\]|✅/i

/** Words shortly before a claim that make it conditional, planned or negated. */
const HEDGE =
  /(?:^|[^\w-])(?:not|no|never|once|until|unless|when|whenever|before|after|if|pending|awaiting|await|blocked|remaining|needs?\s+to|need|should|will|would|to\s+be|can|cannot|must|ready\s+to|prior\s+to|then|expect(?:ed|s)?|plan(?:ned|s)?\s+to|intend(?:s|ed)?\s+to|try\s+to|still|yet|sure|ensure|verify|confirm(?:ing)?|whether|require[sd]?|gate[sd]?|gating|mark|flip|set|tick|recommend(?:ed|s)?|propose[sd]?|option)\s+(?:[\w.()/-]+\s+){0,3}$/i

/** `SOURCE-WEIGHT-001 Phase H3`, `[VECTOR-GAPS-002] B1`: another initiative's task. */
const FOREIGN_ID = /\[?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\]?(?:'s)?\s*(?:\(|,)?\s*$/

export function extractClaims(text: string, entryId: string): Claim[] {
  if (!ANY_HINT.test(text)) return []
  // A hint is searched for once per text, though several patterns share it.
  const held = new Map<RegExp, boolean>()
  let rare: Set<RegExp> | undefined
  const holds = (hint: RegExp): boolean => {
    if (RARE_HINTS.includes(hint)) return (rare ??= rareHintsIn(text)).has(hint)
    let found = held.get(hint)
    if (found === undefined) {
      found = hint.test(text)
      held.set(hint, found)
    }
    return found
  }
  const claims: Claim[] = []
  // "Next:" sections of the text, found once for every claim (see FutureSections).
  let sections: FutureSections | undefined
  const collect = (kind: Claim['kind'], patterns: RegExp[], required: RegExp[][]): void => {
    patterns.forEach((pattern, at) => {
      if (!(required[at] ?? []).every(holds)) return
      // exec over the shared pattern: matchAll would copy the (large) pattern for every text.
      pattern.lastIndex = 0
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        if (match[0] === '') pattern.lastIndex++ // never loop on an empty match
        const refsText = match.groups?.refs ?? ''
        const index = match.index ?? 0
        const refsAt = index + match[0].indexOf(refsText)
        const before = text.slice(Math.max(0, index - 60), index)
        const sentence = before.split(/[.;!?\n](?:\s|$)/).pop() ?? ''
        if (kind === 'done') {
          if (HEDGE.test(sentence)) continue
          sections ??= new FutureSections(text)
          if (sections.before(index)) continue
        }
        const foreign = FOREIGN_ID.exec(text.slice(Math.max(0, refsAt - 40), refsAt))
        if (foreign && foreign[1] !== entryId) continue
        if (claims.some((c) => c.kind === kind && overlaps(c, index, match[0].length))) continue
        claims.push({
          kind,
          refs: splitRefs(refsText),
          phrase: match[0].trim(),
          index,
          context: lineAround(text, index, match[0].length)
        })
      }
    })
  }
  collect('done', DONE_PATTERNS, DONE_HINTS)
  collect('reopen', REOPEN_PATTERNS, REOPEN_HINTS)
  return claims.sort((a, b) => a.index - b.index)
}

/** The claim's own line, clipped to a window around it. */
function lineAround(text: string, index: number, length: number): string {
  const lineStart = text.lastIndexOf('\n', index) + 1
  const next = text.indexOf('\n', index + length)
  const lineEnd = next < 0 ? text.length : next
  return text.slice(Math.max(lineStart, index - 160), Math.min(lineEnd, index + length + 200))
}

function overlaps(claim: Claim, index: number, length: number): boolean {
  return index < claim.index + claim.phrase.length && claim.index < index + length
}

const LIST_SEPARATOR = new RegExp(String.raw`\s*(?:,|\/|&|\+|${ci('and')})\s*`)
const RANGE = new RegExp(
  String.raw`^(.*?)(${TASK_ID})\s*(?:–|-|${ci('to')}|${ci('through')})\s*(${TASK_ID})$`
)

/** `Phase B.B2/B3` → `Phase B.B2`, `Phase B.B3`; `B1–B3` → `B1`, `B2`, `B3`. */
export function splitRefs(list: string): string[] {
  const parts = list.split(LIST_SEPARATOR)
  const out: string[] = []
  let qualifier = ''
  for (const raw of parts) {
    const part = raw.trim()
    if (part === '') continue
    const range = RANGE.exec(part)
    const pieces = range
      ? expandRange(range[2] ?? '', range[3] ?? '').map((id) => `${range[1]}${id}`)
      : [part]
    for (const piece of pieces) {
      const qualified = /^(?:[Pp]hase\s+)?[A-Z0-9]{1,3}\./.exec(piece)
      if (qualified) qualifier = qualified[0]
      else if (qualifier !== '' && /^[A-Z]{1,3}\d/.test(piece)) {
        out.push(`${qualifier}${piece}`)
        continue
      }
      out.push(piece)
    }
  }
  return out
}

function expandRange(from: string, to: string): string[] {
  const a = /^([A-Z]*)(\d+)$/.exec(from)
  const b = /^([A-Z]*)(\d+)$/.exec(to)
  if (!a || !b || a[1] !== b[1]) return [from, to]
  const start = Number(a[2])
  const end = Number(b[2])
  if (end < start || end - start > 20) return [from, to]
  return Array.from({ length: end - start + 1 }, (_, i) => `${a[1]}${start + i}`)
}

/** What one reference means in one plan: a single task, or all tasks of a phase. */
export interface ResolvedRef {
  plan: PlanDocument
  tasks: Task[]
  /** Set when the reference named a whole phase. */
  phase?: Phase
}

/**
 * The one meaning a reference has among several plans, or undefined when it has none or more
 * than one (then it is too vague to judge). A plan gives it a meaning only if it has a task or a
 * phase of an id the reference holds (see resolveRef): a long list of plans (an entry citing
 * thousands) is narrowed through an index of those ids, made once per list, and the search stops
 * at a second meaning.
 */
export function uniqueMeaning(
  ref: string,
  plans: readonly PlanDocument[]
): ResolvedRef | undefined {
  let found: ResolvedRef | undefined
  for (const plan of plansThatMayResolve(ref, plans)) {
    const meaning = resolveRef(ref, plan)
    if (meaning === undefined) continue
    if (found !== undefined) return undefined
    found = meaning
  }
  return found
}

/** Up to this many plans are simply asked one by one. */
const FEW_PLANS = 8

interface PlanIdIndex {
  /** Plans by the upper-case ids of their tasks, and of their phases. */
  byTask: Map<string, Set<PlanDocument>>
  byPhase: Map<string, Set<PlanDocument>>
}

/** Per list of plans: its index, or null when a plan appears twice (each copy then counts). */
const planIdIndexes = new WeakMap<readonly PlanDocument[], PlanIdIndex | null>()

/** The plans with a task or phase of an id resolveRef may look up for `ref` (all, unindexed). */
function* plansThatMayResolve(ref: string, plans: readonly PlanDocument[]): Iterable<PlanDocument> {
  let index = plans.length > FEW_PLANS ? planIdIndexes.get(plans) : null
  if (index === undefined) {
    index = indexPlanIds(plans)
    planIdIndexes.set(plans, index)
  }
  if (index === null) {
    yield* plans
    return
  }
  const { bare, dotted } = partsOf(ref)
  const byBare = index.byTask.get(bare.toUpperCase())
  const more = dotted
    ? index.byTask.get((dotted[2] ?? '').toUpperCase())
    : index.byPhase.get(bare.toUpperCase())
  if (byBare) yield* byBare
  for (const plan of more ?? []) if (byBare?.has(plan) !== true) yield plan
}

function indexPlanIds(plans: readonly PlanDocument[]): PlanIdIndex | null {
  const index: PlanIdIndex = { byTask: new Map(), byPhase: new Map() }
  const seen = new Set<PlanDocument>()
  for (const plan of plans) {
    if (seen.has(plan)) return null
    seen.add(plan)
    for (const task of plan.tasks) addTo(index.byTask, task.id.toUpperCase(), plan)
    for (const phase of plan.phases) addTo(index.byPhase, phase.id.toUpperCase(), plan)
  }
  return index
}

function addTo(map: Map<string, Set<PlanDocument>>, key: string, plan: PlanDocument): void {
  const plans = map.get(key)
  if (plans) plans.add(plan)
  else map.set(key, new Set([plan]))
}

/**
 * How resolveRef reads a reference: `Phase ` dropped (`phased` says it was there), and `B.B2`
 * split into a phase id and a task id. plansThatMayResolve reads it the same way.
 */
function partsOf(ref: string): { phased: boolean; bare: string; dotted: RegExpExecArray | null } {
  const bare = ref.replace(/^[Pp]hase\s+/, '')
  return { phased: bare !== ref, bare, dotted: /^([A-Z0-9]{1,3})\.(.+)$/.exec(bare) }
}

export function resolveRef(ref: string, plan: PlanDocument): ResolvedRef | undefined {
  const { phased, bare, dotted } = partsOf(ref)
  const taskById = (id: string): Task | undefined => firstTaskById(plan, id)
  const phaseById = (id: string): Phase | undefined =>
    plan.phases.find((p) => p.id.toUpperCase() === id.toUpperCase())

  if (dotted) {
    const phase = phaseById(dotted[1] ?? '')
    const task = taskById(dotted[2] ?? '') ?? taskById(bare)
    if (task && (!phase || task.phaseId === undefined || task.phaseId === phase.id))
      return { plan, tasks: [task] }
    if (!phase && taskById(bare)) return { plan, tasks: [taskById(bare) as Task] }
    return undefined
  }
  if (phased) {
    const phase = phaseById(bare)
    if (phase && phase.tasks.length > 0) return { plan, tasks: phase.tasks, phase }
  }
  const task = taskById(bare)
  if (task) return { plan, tasks: [task] }
  // `M4 done` names a phase when the plan has such a phase and no such task.
  const phase = /\d/.test(bare) ? phaseById(bare) : undefined
  if (phase && phase.tasks.length > 0) return { plan, tasks: phase.tasks, phase }
  return undefined
}
