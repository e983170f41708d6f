import type { ArtifactRef, Attempt, LedgerEntry, PlanDocument, Range, Task } from '../../model.js'
import type { Project } from '../types.js'
import {
  attemptKey,
  attemptName,
  entryLabel,
  FutureSections,
  inFutureSection,
  TreeLines
} from './evidence-text.js'
import { taskAt } from './plan-tasks.js'
import { locatorOf } from './range-locator.js'

/**
 * Where a reference was cited, for messages and entities. Most citations name paths that exist and
 * are never reported, so what needs the text around them (`future`, `removal`) or builds strings
 * (`citerKey`, `citerName`) is only worked out when a rule asks.
 */
export interface Citation {
  readonly file: string
  readonly ref: ArtifactRef
  readonly entryId?: string
  /** Line-independent key of the citing place: `ID#attempt-3`, `ID#fields`, `plans/…#task-B2`. */
  readonly citerKey: string
  /** How a person names the citing place: `Attempt #3 of [ID]`, `task B2 of plans/…`. */
  readonly citerName: string
  /** True when the reference sits in a "Next:" section, a pending exit criterion or an open task. */
  readonly future: boolean
  /** Canonical key of the ledger field citing it (`reproduction`, `exit-criteria`, …), if any. */
  readonly fieldKey?: string
  /** Folders a relative citation may have been written against (the initiative's plan folder). */
  readonly baseDirs: string[]
  /** True when the text says the path was deleted, removed, retired or moved away. */
  readonly removal: boolean
}

/** The place citing some references (an attempt, a field, a plan task): what they share. */
interface Citer {
  readonly key: string
  readonly name: string
  /** Whether a reference of this place is cited as work to come. */
  futureAt(ref: ArtifactRef): boolean
}

/** A citer whose names and future-ness are known up front (fields and plan tasks: few). */
class FixedCiter implements Citer {
  constructor(
    readonly key: string,
    readonly name: string,
    private readonly future: boolean
  ) {}

  futureAt(): boolean {
    return this.future
  }
}

/** What the citations of one ledger entry or one plan share. */
interface Home {
  readonly file: string
  readonly entryId?: string
  readonly baseDirs: string[]
  readonly text: TreeLines
}

/** An entry's file, id and base folders (worked out on first use: most are never asked for). */
class EntryHome implements Home {
  private dirs: string[] | undefined

  constructor(
    private readonly project: Project,
    readonly text: TreeLines,
    readonly file: string,
    readonly entry: LedgerEntry
  ) {}

  get entryId(): string {
    return this.entry.id
  }

  get baseDirs(): string[] {
    this.dirs ??= entryBaseDirs(this.project, this.entry)
    return this.dirs
  }
}

class PlanHome implements Home {
  readonly baseDirs: string[]

  constructor(
    readonly text: TreeLines,
    readonly file: string
  ) {
    this.baseDirs = [parentDir(file)]
  }
}

class LazyCitation implements Citation {
  private futureFlag: boolean | undefined
  private removalFlag: boolean | undefined

  constructor(
    readonly ref: ArtifactRef,
    private readonly citer: Citer,
    private readonly home: Home,
    readonly fieldKey?: string
  ) {}

  get file(): string {
    return this.home.file
  }

  get entryId(): string | undefined {
    return this.home.entryId
  }

  get baseDirs(): string[] {
    return this.home.baseDirs
  }

  get citerKey(): string {
    return this.citer.key
  }

  get citerName(): string {
    return this.citer.name
  }

  get future(): boolean {
    this.futureFlag ??= this.citer.futureAt(this.ref)
    return this.futureFlag
  }

  get removal(): boolean {
    this.removalFlag ??= removedAt(this.home.text, this.home.file, this.ref)
    return this.removalFlag
  }
}

/** A deletion or move just before a path: "Deleted `tests/x.py`", "archived from `plans/active/`". */
const REMOVAL =
  /\b(?:delet(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|retir(?:e|es|ed|ing)|drop(?:s|ped)?|prun(?:e|es|ed|ing)|git\s+rm|rm(?:\s+-\w+)?|renam(?:e|es|ed|ing)|moved?|archived?|superseded|replaced)\b[^.;!?]{0,50}$/i

/** Whether the same line says, shortly before the reference, that the path was removed. */
function removedAt(text: TreeLines, file: string, ref: ArtifactRef): boolean {
  const line = text.line(file, ref.range.line) ?? ''
  const before = line.slice(
    Math.max(0, ref.range.column - 1 - 80),
    Math.max(0, ref.range.column - 1)
  )
  const plain = before.replace(/[`*_]/g, '')
  // A match has no `.;!?` in it, so it starts after the last of them: the text up to there is
  // dropped (that character is no word character, so `\b` reads the same on the rest).
  return REMOVAL.test(plain.slice(lastSentenceEnd(plain) + 1))
}

/** The index of the last `.`, `;`, `!` or `?` in a text, or -1. */
function lastSentenceEnd(text: string): number {
  for (let at = text.length - 1; at >= 0; at--) {
    const code = text.charCodeAt(at)
    if (code === 0x2e || code === 0x3b || code === 0x21 || code === 0x3f) return at
  }
  return -1
}

export interface CitationScope {
  /** Which plan references to include: those in done tasks only, all, or none. */
  plans: 'done-tasks' | 'all' | 'none'
}

/**
 * Every artifact reference of the corpus in citing order, each with the place citing it. Most are
 * only looked at as references (do their paths exist?), so a reference cited by an attempt (nearly
 * all of them) gets its Citation object only when a rule asks for it. Collecting keeps only the
 * reference per reference: the attempt citing it is found again from the entry when asked for.
 */
export class CitedRefs {
  readonly refs: ArtifactRef[] = []
  /** Citations built up front (fields, plan tasks: few), by index into `refs`. */
  private readonly fixed = new Map<number, Citation>()
  /** Per entry with attempt references: the index of its first one, ascending… */
  private readonly segmentStarts: number[] = []
  /** …and the entry. */
  private readonly segmentHomes: EntryHome[] = []
  /** Per segment, built when first asked: the index of the first reference of each attempt. */
  private readonly attemptStarts = new Map<number, Int32Array>()
  private readonly built = new Map<number, Citation>()
  private readonly citers = new Map<Attempt, AttemptCiter>()

  /** The citation of `refs[index]` (the same object every time). */
  citation(index: number): Citation {
    const fixed = this.fixed.get(index)
    if (fixed !== undefined) return fixed
    let citation = this.built.get(index)
    if (citation === undefined) {
      const segment = this.segmentOf(index)
      const home = this.segmentHomes[segment] as EntryHome
      const attemptIndex = this.attemptAt(segment, index)
      const attempt = home.entry.attempts[attemptIndex] as Attempt
      let citer = this.citers.get(attempt)
      if (citer === undefined) {
        citer = new AttemptCiter(home, attempt, attemptIndex)
        this.citers.set(attempt, citer)
      }
      citation = new LazyCitation(this.refs[index] as ArtifactRef, citer, home)
      this.built.set(index, citation)
    }
    return citation
  }

  /** Adds the references of an entry's attempts, in order. */
  addAttempts(home: EntryHome): void {
    const start = this.refs.length
    const { attempts } = home.entry
    for (let i = 0; i < attempts.length; i++) {
      const artifacts = (attempts[i] as Attempt).artifacts
      for (let j = 0; j < artifacts.length; j++) this.refs.push(artifacts[j] as ArtifactRef)
    }
    if (this.refs.length === start) return
    this.segmentStarts.push(start)
    this.segmentHomes.push(home)
  }

  add(citation: Citation): void {
    this.fixed.set(this.refs.length, citation)
    this.refs.push(citation.ref)
  }

  /** The segment holding attempt reference `index`: the last one starting at or before it. */
  private segmentOf(index: number): number {
    return lastAtOrBefore(this.segmentStarts, index)
  }

  /** The index, in its entry, of the attempt citing reference `index` of segment `segment`. */
  private attemptAt(segment: number, index: number): number {
    let starts = this.attemptStarts.get(segment)
    if (starts === undefined) {
      const { attempts } = (this.segmentHomes[segment] as EntryHome).entry
      starts = new Int32Array(attempts.length)
      let at = this.segmentStarts[segment] as number
      for (let i = 0; i < attempts.length; i++) {
        starts[i] = at
        at += (attempts[i] as Attempt).artifacts.length
      }
      this.attemptStarts.set(segment, starts)
    }
    // The last attempt starting at or before `index` that cites something (attempts citing
    // nothing start where the next one does).
    return lastAtOrBefore(starts, index)
  }
}

/** The index of the last of the ascending `starts` that is at most `value` (-1: none is). */
function lastAtOrBefore(starts: ArrayLike<number>, value: number): number {
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((starts[middle] as number) <= value) low = middle + 1
    else high = middle
  }
  return low - 1
}

/**
 * Citations by project and scope: artifact-exists and artifact-inside-repo read the same ones.
 * Callers only read them.
 */
const collected = new WeakMap<Project, Map<CitationScope['plans'], CitedRefs>>()

/** Every artifact reference of the corpus with the place that cites it. */
export function collectCitations(project: Project, scope: CitationScope): CitedRefs {
  let byScope = collected.get(project)
  if (byScope === undefined) {
    byScope = new Map()
    collected.set(project, byScope)
  }
  let citations = byScope.get(scope.plans)
  if (citations === undefined) {
    citations = readCitations(project, scope)
    byScope.set(scope.plans, citations)
  }
  return citations
}

function readCitations(project: Project, scope: CitationScope): CitedRefs {
  const text = new TreeLines(project.fs)
  const done = new Set(project.config.vocabulary.doneStatus.map((s) => s.toLowerCase()))
  const out = new CitedRefs()
  for (const ledger of project.ledgers) {
    for (const entry of ledger.entries) {
      const home = new EntryHome(project, text, ledger.file, entry)
      out.addAttempts(home)
      collectFieldCitations(home, done, out)
    }
  }
  if (scope.plans !== 'none') {
    for (const plan of project.plans) collectPlanCitations(plan, scope.plans, text, out)
  }
  return out
}

/** An attempt citing references: its names and its "Next:" sections, worked out when asked. */
class AttemptCiter implements Citer {
  private sections: AttemptSections | undefined
  private keyText: string | undefined
  private nameText: string | undefined

  constructor(
    private readonly home: EntryHome,
    private readonly attempt: Attempt,
    private readonly index: number
  ) {}

  get key(): string {
    this.keyText ??= `${this.home.entry.id}#${attemptKey(this.attempt, this.index)}`
    return this.keyText
  }

  get name(): string {
    this.nameText ??= `${attemptName(this.attempt)} of ${entryLabel(this.home.entry)}`
    return this.nameText
  }

  futureAt(ref: ArtifactRef): boolean {
    this.sections ??= new AttemptSections(
      this.home.text,
      this.home.file,
      this.attempt.range,
      this.attempt.artifacts
    )
    return this.sections.futureAt(ref.range)
  }
}

/**
 * Whether a citation of an attempt sits in a "Next:" section: inFutureSection of the attempt's
 * text before it. The text up to a citation is a prefix of the whole attempt's text, so one
 * FutureSections over the attempt answers every citation; a position the prefix arithmetic
 * does not cover (outside the attempt) takes the text before it as it is.
 */
class AttemptSections {
  private sections: FutureSections | undefined
  /** lineStart's answers so far, from the attempt's first line on. */
  private lineStarts: number[] | undefined

  constructor(
    private readonly text: TreeLines,
    private readonly file: string,
    private readonly range: Range,
    /** The citations to be asked about: the text after the last of them is never scanned. */
    private readonly refs: readonly ArtifactRef[]
  ) {}

  futureAt(at: Range): boolean {
    if (!this.inside(at)) return inFutureSection(this.text.slice(this.file, this.range, at))
    this.sections ??= new FutureSections(
      this.text.slice(this.file, this.range, this.lastCitationInside())
    )
    return this.sections.before(this.prefixLength(at))
  }

  private inside(at: Range): boolean {
    const { range } = this
    return (
      at.line >= range.line &&
      at.line <= range.endLine &&
      (at.line < range.endLine || at.column <= range.endColumn)
    )
  }

  /**
   * Where the last citation inside the attempt starts: every question is about a prefix of the
   * attempt's text up to there, and FutureSections answers prefixes of the text it is given.
   */
  private lastCitationInside(): Range {
    let last: Range | undefined
    for (const { range } of this.refs) {
      if (!this.inside(range)) continue
      if (
        !last ||
        range.line > last.line ||
        (range.line === last.line && range.column > last.column)
      )
        last = range
    }
    return last ?? { ...this.range, line: this.range.endLine, column: this.range.endColumn }
  }

  /**
   * Length of `text.slice(file, range, at)` (lines joined by `\n`), without building it: where
   * `at`'s line starts in that text (summed once per line, not once per citation: an attempt of
   * thousands of lines cites as many paths) plus the part of that line before `at`.
   */
  private prefixLength(at: Range): number {
    const size = this.text.lineLength(this.file, at.line) ?? 0
    const from = at.line === this.range.line ? Math.max(0, this.range.column - 1) : 0
    const to = Math.max(from, at.column - 1)
    return this.lineStart(at.line) + Math.max(0, Math.min(to, size) - Math.min(from, size))
  }

  /** Where line `line` (inside the attempt) starts in the attempt's text. */
  private lineStart(line: number): number {
    const starts = (this.lineStarts ??= [0])
    for (let known = this.range.line + starts.length - 1; known < line; known++) {
      const size = this.text.lineLength(this.file, known) ?? 0
      const from = known === this.range.line ? Math.max(0, this.range.column - 1) : 0
      starts.push((starts[starts.length - 1] as number) + size - Math.min(from, size) + 1)
    }
    return starts[line - this.range.line] as number
  }
}

/** Field names whose references describe work to come. */
const FUTURE_FIELD = /\bnext\b|^(?:todo|to-?do|follow|remaining|open questions|planned|blockers?)/i

function collectFieldCitations(home: EntryHome, doneStatus: Set<string>, out: CitedRefs): void {
  const { entry } = home
  if (entry.artifacts.length === 0) return
  const entryDone = entry.status !== undefined && doneStatus.has(entry.status.value.toLowerCase())
  for (const ref of entry.artifacts) {
    // A located reference builds its range on every read: once per reference.
    const range = ref.range
    const field = locatorOf(entry.fields, (f) => f.range)(range)
    // The plan link is plan-link-exists' business.
    if (field?.key === 'plan') continue
    const future =
      field !== undefined &&
      ((field.key === 'exit-criteria' && !entryDone) || FUTURE_FIELD.test(field.name))
    const citer = new FixedCiter(
      `${entry.id}#${field ? `field-${field.key}` : 'fields'}`,
      field ? `the ${field.name} field of ${entryLabel(entry)}` : entryLabel(entry),
      future
    )
    out.add(new LazyCitation(ref, citer, home, field?.key))
  }
}

function collectPlanCitations(
  plan: PlanDocument,
  scope: 'done-tasks' | 'all',
  text: TreeLines,
  out: CitedRefs
): void {
  let home: PlanHome | undefined
  for (const ref of plan.artifacts) {
    const range = ref.range
    const task = taskAt(plan, range)
    if (scope === 'done-tasks' && task?.state !== 'done') continue
    const citer = new FixedCiter(
      task ? `${plan.file}#task-${task.id}` : `${plan.file}#text`,
      task ? `task ${task.id} (marked ${task.marker.trim()})` : 'the plan',
      task !== undefined && isUnfinished(task)
    )
    home ??= new PlanHome(text, plan.file)
    out.add(new LazyCitation(ref, citer, home))
  }
}

function isUnfinished(task: Task): boolean {
  return task.state === 'open' || task.state === 'partial'
}

/** The folders of an entry's plans, and `plans/active/<ID>`, for relative citations. */
function entryBaseDirs(project: Project, entry: LedgerEntry): string[] {
  const dirs = new Set<string>()
  for (const link of entry.plans) {
    const path = link.path.replace(/\/+$/, '')
    dirs.add(project.fs.stat(path) === 'file' || /\.md$/i.test(path) ? parentDir(path) : path)
  }
  dirs.add(`plans/active/${entry.id}`)
  return [...dirs].filter((dir) => dir !== '')
}

function parentDir(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}
