import picomatch from 'picomatch'
import type {
  ArtifactRef,
  Attempt,
  LedgerDocument,
  LedgerEntry,
  PlanDocument,
  Range,
  Task
} from '../model.js'
import { ruleOptions, type OptionsOf, type Project, type Rule, type RuleContext } from './types.js'
import {
  extractClaims,
  uniqueMeaning,
  type Claim,
  type ResolvedRef
} from './util/evidence-claims.js'
import { stripSlash } from './util/evidence-nearby.js'
import { isUnfinished, listIds, plansAt, plansOfEntry } from './util/evidence-plans.js'
import { attemptName, entryLabel, TreeLines } from './util/evidence-text.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /** (a) Attempts that claim a task complete while the plan row is still open. */
        checkClaims: z.boolean().default(true),
        /** Also flag claims whose task is partial `[P]` (by default only open `[ ]` rows). */
        claimsIncludePartial: z.boolean().default(false),
        /** (b, c) Entry status against the state of its plans. */
        checkStatus: z.boolean().default(true),
        /** Done statuses for which open plan tasks are expected (an abandoned initiative). */
        exemptStatuses: z.array(z.string()).default(['superseded', 'cancelled', 'deferred']),
        /** (c) Statuses that count as "still open" when every plan task is done. */
        openStatuses: z
          .array(z.string())
          .default(['pending', 'in_progress', 'in_planning', 'planning']),
        /** (d) Active plans (matched by files.plans) that no ledger entry points to. */
        reportOrphanPlans: z.boolean().default(true)
      })
      .strict(),
  {
    checkClaims: true,
    claimsIncludePartial: false,
    checkStatus: true,
    exemptStatuses: ['superseded', 'cancelled', 'deferred'],
    openStatuses: ['pending', 'in_progress', 'in_planning', 'planning'],
    reportOrphanPlans: true
  }
)

type Options = OptionsOf<typeof options>
type Ctx = RuleContext<Options>

export const ledgerPlanDrift: Rule<typeof options> = {
  id: 'ledger-plan-drift',
  description:
    'The ledger and the plans agree: claimed tasks are ticked, done entries have done plans, every plan has an entry.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/ledger-plan-drift.md',
  options,
  check(ctx) {
    const source = new TreeLines(ctx.project.fs)
    // A claim is reported only against a task still open: with none in any plan, no attempt
    // text need be read for claims.
    const openPlans = ctx.options.checkClaims ? plansWithOpenTasks(ctx) : []
    const claimsMatter = openPlans.length > 0
    const statuses = statusWords(ctx)
    // The plans some entry links, for the orphan check.
    const linked = new Set<string>()
    for (const ledger of ctx.project.ledgers) {
      for (const entry of ledger.entries) {
        const plans = plansOfEntry(ctx.project, entry)
        for (const plan of plans) linked.add(plan.file)
        if (claimsMatter) checkClaims(ctx, ledger, entry, plans, openPlans, source)
        if (ctx.options.checkStatus && plans.length > 0)
          checkStatus(ctx, ledger, entry, plans, statuses)
      }
    }
    if (ctx.options.reportOrphanPlans) checkOrphans(ctx, linked)
  }
}

/** The status words checkStatus compares with, lower-cased once. */
interface StatusWords {
  done: ReadonlySet<string>
  exempt: ReadonlySet<string>
  open: ReadonlySet<string>
}

function statusWords(ctx: Ctx): StatusWords {
  const lower = (list: string[]): Set<string> => new Set(list.map((s) => s.toLowerCase()))
  return {
    done: lower(ctx.project.config.vocabulary.doneStatus),
    exempt: lower(ctx.options.exemptStatuses),
    open: lower(ctx.options.openStatuses)
  }
}

/** The plans holding a task a claim could be reported against (a plain loop: thousands of plans). */
function plansWithOpenTasks(ctx: Ctx): PlanDocument[] {
  const open: PlanDocument[] = []
  for (const plan of ctx.project.plans) {
    for (const task of plan.tasks) {
      if (!stillOpen(ctx, task)) continue
      open.push(plan)
      break
    }
  }
  return open
}

/** A task a completion claim is reported against: open, or partial when so configured. */
function stillOpen(ctx: Ctx, task: Task): boolean {
  return task.state === 'open' || (ctx.options.claimsIncludePartial && task.state === 'partial')
}

/** The latest completion claim or re-opening of one task. */
interface TaskEvent {
  kind: Claim['kind']
  task: Task
  plan: PlanDocument
  attempt: Attempt
  claim: Claim
  resolved: ResolvedRef
}

function checkClaims(
  ctx: Ctx,
  ledger: LedgerDocument,
  entry: LedgerEntry,
  entryPlans: PlanDocument[],
  openPlans: readonly PlanDocument[],
  source: TreeLines
): void {
  const latest = new Map<string, TaskEvent>()
  const mayReport = claimsMayReport(entryPlans, openPlans)
  for (const { attempt, claims } of claimsInTimeOrder(entry, ctx.project, mayReport)) {
    // No filter on the parsed outcome: "Result: regression documented; A1–A2 complete" reads as a
    // failure to the outcome heuristics, yet its completion claim is explicit.
    for (const claim of claims) {
      const candidates = plansNamedIn(ctx.project, claim.context, entry, entryPlans)
      for (const ref of claim.refs) {
        // A reference that means different tasks in different plans is too vague to judge.
        const hit = uniqueMeaning(ref, candidates)
        if (hit === undefined) continue
        for (const task of hit.tasks) {
          latest.set(`${hit.plan.file}#${task.id}`, {
            kind: claim.kind,
            task,
            plan: hit.plan,
            attempt,
            claim,
            resolved: hit
          })
        }
      }
    }
  }
  if (latest.size === 0) return
  // Group per claim so "Phase C complete" with three open rows is one finding.
  const groups = new Map<string, TaskEvent[]>()
  for (const event of latest.values()) {
    if (event.kind !== 'done' || !stillOpen(ctx, event.task)) continue
    const key = event.resolved.phase
      ? `${event.plan.file}#phase-${event.resolved.phase.id}@${event.claim.index}@${event.attempt.headerRange.line}`
      : `${event.plan.file}#task-${event.task.id}`
    groups.set(key, [...(groups.get(key) ?? []), event])
  }
  for (const events of groups.values()) reportClaim(ctx, ledger, entry, entryPlans, events, source)
}

function reportClaim(
  ctx: Ctx,
  ledger: LedgerDocument,
  entry: LedgerEntry,
  entryPlans: PlanDocument[],
  events: TaskEvent[],
  source: TreeLines
): void {
  const first = events[0] as TaskEvent
  const { plan, attempt, claim } = first
  const phase = first.resolved.phase
  const where = `\`${plan.file}\``
  const subject = phase ? `Phase ${phase.id}` : `task ${first.task.id}`
  const open = events.map((e) => e.task)
  const state =
    phase !== undefined
      ? `${open.length === 1 ? 'its task' : 'its tasks'} ${listIds(open.map((t) => t.id))} ${open.length === 1 ? 'is' : 'are'} still open in ${where}`
      : `row ${first.task.id} is still \`${first.task.marker.trim() || '[ ]'}\` in ${where} (line ${first.task.range.line})`
  const qualifier = entryPlans.length > 1 || !entryPlans.includes(plan) ? ` of ${where}` : ''
  ctx.report({
    file: ledger.file,
    range: locate(source, ledger.file, attempt, claim.phrase),
    message:
      `${attemptName(attempt)} of ${entryLabel(entry)} says ${subject}${qualifier} is complete ("${claim.phrase}"), ` +
      `but ${state}; tick the plan row${open.length > 1 ? 's' : ''}, or correct the attempt if the work is not done`,
    entity: `${entry.id}#claim:${plan.file}#${phase ? `phase-${phase.id}` : `task-${first.task.id}`}`,
    entryId: entry.id
  })
}

/**
 * The plans a claim is about: those its sentence names by path, else the entry's own. A named plan
 * the entry does not link is trusted only when the entry links none: plan files get archived and
 * their names reused, so an old attempt may name a file that now holds another initiative's plan;
 * the entry's current plan is then the one to compare with.
 */
function plansNamedIn(
  project: Project,
  context: string,
  entry: LedgerEntry,
  entryPlans: PlanDocument[]
): PlanDocument[] {
  // A plan's path holds a `/`: a claim whose text holds none (most) names no plan, and is not
  // compared with every plan of the project.
  if (!context.includes('/') && everyPlanPathHasSlash(project)) return entryPlans
  const named = project.plans.filter((plan) => context.includes(plan.file))
  if (named.length === 0) return entryPlans
  if (entry.plans.length === 0) return named
  const linked = entry.plans.map((link) => stripSlash(link.path))
  const namedAndLinked = named.filter((plan) =>
    linked.some((path) => plan.file === path || plan.file.startsWith(`${path}/`))
  )
  return namedAndLinked.length > 0 ? namedAndLinked : entryPlans
}

const plansWithSlash = new WeakMap<Project, boolean>()

function everyPlanPathHasSlash(project: Project): boolean {
  let answer = plansWithSlash.get(project)
  if (answer === undefined) {
    answer = project.plans.every((plan) => plan.file.includes('/'))
    plansWithSlash.set(project, answer)
  }
  return answer
}

interface AttemptClaims {
  attempt: Attempt
  claims: Claim[]
}

/**
 * The entry's attempts that claim something, with their claims, oldest first. Most attempts
 * claim nothing, and the order only matters between two that do, so the history is sorted only
 * then (all of it, so the order is the one the whole history sorts into).
 */
function claimsInTimeOrder(
  entry: LedgerEntry,
  project: Project,
  mayReport: (text: string) => boolean
): AttemptClaims[] {
  const found: AttemptClaims[] = []
  for (const attempt of entry.attempts) {
    // The text is cut out of the document on every read: once here.
    const text = attempt.text
    if (!mayReport(text)) continue
    const claims = extractClaims(text, entry.id)
    if (claims.length > 0) found.push({ attempt, claims })
  }
  if (found.length < 2) return found
  const claimsOf = new Map(found.map((item) => [item.attempt, item.claims]))
  const ordered: AttemptClaims[] = []
  for (const attempt of chronological(entry.attempts, project)) {
    const claims = claimsOf.get(attempt)
    if (claims !== undefined) ordered.push({ attempt, claims })
  }
  return ordered
}

/** Beyond this many plans with open tasks, searching every attempt for their names costs more. */
const MAX_NAMED_PLAN_SEARCH = 32

/**
 * Whether an attempt's claims could be reported: they are judged against the entry's plans or
 * the plans the claim's line names (see plansNamedIn), and only an open task is reported. An
 * entry whose own plans have none needs reading only where an attempt names a plan that has.
 */
function claimsMayReport(
  entryPlans: readonly PlanDocument[],
  openPlans: readonly PlanDocument[]
): (attemptText: string) => boolean {
  const always = (): boolean => true
  if (openPlans.length > MAX_NAMED_PLAN_SEARCH) return always
  if (entryPlans.some((plan) => openPlans.includes(plan))) return always
  return (text) => openPlans.some((plan) => text.includes(plan.file))
}

/** Attempts oldest first: by number, else by date, else as the configured history order says. */
function chronological(attempts: Attempt[], project: Project): Attempt[] {
  const prepend = project.config.dialect.attemptOrder === 'prepend'
  const indexed = attempts.map((attempt, index) => ({ attempt, index: prepend ? -index : index }))
  indexed.sort((a, b) => {
    const x = a.attempt
    const y = b.attempt
    if (x.number !== undefined && y.number !== undefined && x.number !== y.number)
      return x.number - y.number
    if (x.date && y.date && x.date.epochMs !== y.date.epochMs)
      return x.date.epochMs - y.date.epochMs
    return a.index - b.index
  })
  return indexed.map((i) => i.attempt)
}

/** Where in the attempt the claim is written; the attempt header when it cannot be found. */
function locate(source: TreeLines, file: string, attempt: Attempt, phrase: string): Range {
  const { range } = attempt
  for (let line = range.line; line <= range.endLine; line++) {
    const column = (source.line(file, line) ?? '').indexOf(phrase)
    if (column >= 0)
      return { line, column: column + 1, endLine: line, endColumn: column + 1 + phrase.length }
  }
  return attempt.headerRange
}

function checkStatus(
  ctx: Ctx,
  ledger: LedgerDocument,
  entry: LedgerEntry,
  plans: PlanDocument[],
  statuses: StatusWords
): void {
  const status = entry.status
  if (!status) return
  const value = status.value.toLowerCase()
  if (statuses.done.has(value) && !statuses.exempt.has(value)) {
    for (const plan of plans) {
      const open = plan.tasks.filter(isUnfinished)
      if (open.length === 0) continue
      ctx.report({
        file: ledger.file,
        range: status.range,
        message:
          `${entryLabel(entry)} is \`${status.value}\` but its plan \`${plan.file}\` still has ` +
          `${open.length} unfinished task${open.length === 1 ? '' : 's'} (${listIds(open.map((t) => t.id))}); ` +
          'tick or defer them in the plan, or reopen the entry',
        entity: `${entry.id}#done-with-open-plan:${plan.file}`,
        entryId: entry.id
      })
    }
    return
  }
  const stillInProgress = statuses.open.has(value)
  const complete = plans.every(
    (plan) => plan.tasks.length > 0 && plan.tasks.every((task) => task.state === 'done')
  )
  if (!stillInProgress || !complete) return
  const files = plans.map((p) => `\`${p.file}\``).join(', ')
  ctx.report({
    file: ledger.file,
    range: status.range,
    message:
      `Every task in ${files} is done, but ${entryLabel(entry)} is still \`${status.value}\`; ` +
      'mark the entry done (quoting its exit criteria), or add the remaining work to the plan',
    entity: `${entry.id}#open-with-complete-plan`,
    entryId: entry.id
  })
}

/** `linked`: the plans the entries link to (see plansOfEntry). */
function checkOrphans(ctx: Ctx, linked: ReadonlySet<string>): void {
  const { project } = ctx
  if (project.ledgers.length === 0) return
  // Most plans are linked: the entry ids and the glob are needed only for the others.
  const notLinked = project.plans.filter((plan) => !linked.has(plan.file))
  if (notLinked.length === 0) return
  const entryIds = new Set<string>()
  for (const ledger of project.ledgers) {
    for (const entry of ledger.entries) entryIds.add(entry.id.toUpperCase())
  }
  const isActivePlan = picomatch(project.config.files.plans, { dot: true })
  // `plans/active/<ID>/…` belongs to entry <ID> even when the entry forgot its plan link.
  const unlinked = notLinked.filter(
    (plan) =>
      isActivePlan(plan.file) && !entryIds.has((plan.file.split('/')[2] ?? '').toUpperCase())
  )
  // Most plans have their entry: the citations of the whole ledger are read only when one has not.
  if (unlinked.length === 0) return
  const cited = citedPaths(project)
  const pointed = new Set<string>()
  for (const path of cited) for (const plan of plansAt(project, path)) pointed.add(plan.file)
  let citedFolders: Set<string> | undefined
  for (const plan of unlinked) {
    if (pointed.has(plan.file)) continue
    // Evidence cited from the plan's own folder (`plans/active/<slug>/reports/…`) is its initiative's.
    const depth = plan.file.split('/').length
    const folder = plan.file.slice(0, plan.file.lastIndexOf('/'))
    if (depth > 3 && (citedFolders ??= foldersOf(cited)).has(folder)) continue
    ctx.report({
      file: plan.file,
      range: plan.title?.range ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
      message:
        `Active plan \`${plan.file}\` has no ledger entry pointing to it; add its ` +
        'initiative to the ledger with a Working Plan link, or move the plan to plans/archive/',
      entity: `${plan.file}#orphan`
    })
  }
}

/** The distinct paths the ledgers cite, in entries and attempts, without a trailing slash. */
function citedPaths(project: Project): Set<string> {
  const paths = new Set<string>()
  const add = (refs: readonly ArtifactRef[]): void => {
    for (const ref of refs) {
      for (const artifact of ref.paths) {
        if (artifact.kind === 'path') paths.add(stripSlash(artifact.path))
      }
    }
  }
  for (const ledger of project.ledgers) {
    for (const entry of ledger.entries) {
      add(entry.artifacts)
      for (const attempt of entry.attempts) add(attempt.artifacts)
    }
  }
  return paths
}

/** Every folder holding one of the paths, at any depth: `a/b/c` gives `a` and `a/b`. */
function foldersOf(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>()
  for (const path of paths) {
    for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      folders.add(path.slice(0, slash))
    }
  }
  return folders
}
