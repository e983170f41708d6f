import picomatch from 'picomatch'
import type { Attempt, LedgerDocument, LedgerEntry, PlanDocument, Range, Task } from '../model.js'
import { ruleOptions, type OptionsOf, type Project, type Rule, type RuleContext } from './types.js'
import { extractClaims, resolveRef, type Claim, type ResolvedRef } from './util/evidence-claims.js'
import { stripSlash } from './util/evidence-nearby.js'
import { isUnfinished, listIds, plansAt, plansOfEntry } from './util/evidence-plans.js'
import { attemptName, entryLabel, SourceLines } from './util/evidence-text.js'

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
    const source = new SourceLines(ctx.project.fs)
    for (const ledger of ctx.project.ledgers) {
      for (const entry of ledger.entries) {
        const plans = plansOfEntry(ctx.project, entry)
        if (ctx.options.checkClaims) checkClaims(ctx, ledger, entry, plans, source)
        if (ctx.options.checkStatus && plans.length > 0) checkStatus(ctx, ledger, entry, plans)
      }
    }
    if (ctx.options.reportOrphanPlans) checkOrphans(ctx)
  }
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
  source: SourceLines
): void {
  const latest = new Map<string, TaskEvent>()
  for (const attempt of chronological(entry.attempts, ctx.project)) {
    // No filter on the parsed outcome: "Result: regression documented; A1–A2 complete" reads as a
    // failure to the outcome heuristics, yet its completion claim is explicit.
    for (const claim of extractClaims(attempt.text, entry.id)) {
      const candidates = plansNamedIn(ctx.project, claim.context, entry, entryPlans)
      for (const ref of claim.refs) {
        const resolved = candidates
          .map((plan) => resolveRef(ref, plan))
          .filter((r): r is ResolvedRef => r !== undefined)
        // A reference that means different tasks in different plans is too vague to judge.
        if (resolved.length !== 1) continue
        const hit = resolved[0] as ResolvedRef
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
  const stillOpen = (task: Task): boolean =>
    task.state === 'open' || (ctx.options.claimsIncludePartial && task.state === 'partial')
  // Group per claim so "Phase C complete" with three open rows is one finding.
  const groups = new Map<string, TaskEvent[]>()
  for (const event of latest.values()) {
    if (event.kind !== 'done' || !stillOpen(event.task)) continue
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
  source: SourceLines
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
  const named = project.plans.filter((plan) => context.includes(plan.file))
  if (named.length === 0) return entryPlans
  if (entry.plans.length === 0) return named
  const linked = entry.plans.map((link) => stripSlash(link.path))
  const namedAndLinked = named.filter((plan) =>
    linked.some((path) => plan.file === path || plan.file.startsWith(`${path}/`))
  )
  return namedAndLinked.length > 0 ? namedAndLinked : entryPlans
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
function locate(source: SourceLines, file: string, attempt: Attempt, phrase: string): Range {
  const lines = source.lines(file)
  for (let line = attempt.range.line; line <= attempt.range.endLine; line++) {
    const column = (lines[line - 1] ?? '').indexOf(phrase)
    if (column >= 0)
      return { line, column: column + 1, endLine: line, endColumn: column + 1 + phrase.length }
  }
  return attempt.headerRange
}

function checkStatus(
  ctx: Ctx,
  ledger: LedgerDocument,
  entry: LedgerEntry,
  plans: PlanDocument[]
): void {
  const status = entry.status
  if (!status) return
  const value = status.value.toLowerCase()
  const lower = (list: string[]): string[] => list.map((s) => s.toLowerCase())
  const done = lower(ctx.project.config.vocabulary.doneStatus).includes(value)
  if (done && !lower(ctx.options.exemptStatuses).includes(value)) {
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
  const stillOpen = lower(ctx.options.openStatuses).includes(value)
  const complete = plans.every(
    (plan) => plan.tasks.length > 0 && plan.tasks.every((task) => task.state === 'done')
  )
  if (!stillOpen || !complete) return
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

function checkOrphans(ctx: Ctx): void {
  const { project } = ctx
  const pointed = new Set<string>()
  const entryIds = new Set<string>()
  const citedPaths: string[] = []
  for (const ledger of project.ledgers) {
    for (const entry of ledger.entries) {
      entryIds.add(entry.id.toUpperCase())
      for (const link of entry.plans)
        plansAt(project, link.path).forEach((p) => pointed.add(p.file))
      const cited = [...entry.artifacts, ...entry.attempts.flatMap((a) => a.artifacts)]
      for (const ref of cited) {
        for (const artifact of ref.paths) {
          if (artifact.kind === 'path') citedPaths.push(stripSlash(artifact.path))
        }
      }
    }
  }
  if (project.ledgers.length === 0) return
  for (const path of citedPaths) plansAt(project, path).forEach((p) => pointed.add(p.file))
  const isActivePlan = picomatch(project.config.files.plans, { dot: true })
  for (const plan of project.plans) {
    if (!isActivePlan(plan.file) || pointed.has(plan.file)) continue
    // `plans/active/<ID>/…` belongs to entry <ID> even when the entry forgot its plan link.
    const slug = plan.file.split('/')[2] ?? ''
    if (entryIds.has(slug.toUpperCase())) continue
    // Evidence cited from the plan's own folder (`plans/active/<slug>/reports/…`) is its initiative's.
    const depth = plan.file.split('/').length
    const folder = plan.file.slice(0, plan.file.lastIndexOf('/'))
    if (depth > 3 && citedPaths.some((path) => path.startsWith(`${folder}/`))) continue
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
