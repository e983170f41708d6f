import type { Phase, PlanDocument, Task } from '../model.js'
import { ruleOptions, type Rule } from './types.js'
import { listIds } from './util/evidence-plans.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /**
         * Which earlier phases must be finished first: every phase above it in the document
         * (`document`, its Prereqs included) or only those its Prereqs line names (`prereqs`).
         */
        order: z.enum(['document', 'prereqs']).default('document'),
        /** Whether a partial `[P]` task in an earlier phase counts as unfinished. */
        partialBlocks: z.boolean().default(true)
      })
      .strict(),
  { order: 'document', partialBlocks: true }
)

export const phaseOrder: Rule<typeof options> = {
  id: 'phase-order',
  description:
    'No phase has done tasks while an earlier phase (or one named in its Prereqs) has open ones.',
  defaultSeverity: 'off',
  docs: 'docs/rules/phase-order.md',
  options,
  check(ctx) {
    const unfinished = (task: Task): boolean =>
      task.state === 'open' || (ctx.options.partialBlocks && task.state === 'partial')
    for (const plan of ctx.project.plans) {
      plan.phases.forEach((phase, index) => {
        const done = phase.tasks.filter((t) => t.state === 'done')
        if (done.length === 0) return
        const required = new Set(prerequisitePhases(plan, phase))
        if (ctx.options.order === 'document')
          plan.phases.slice(0, index).forEach((p) => required.add(p))
        const blockers = plan.phases
          .filter((p) => p !== phase && required.has(p) && !isParentPhase(p, phase))
          .map((p) => ({ phase: p, open: p.tasks.filter(unfinished).map((t) => t.id) }))
          .filter((b) => b.open.length > 0)
        if (blockers.length === 0) return
        const blocking = blockers
          .map((b) => `Phase ${b.phase.id} (${listIds(b.open, 3)})`)
          .join(', ')
        ctx.report({
          file: plan.file,
          range: phase.headingRange,
          message:
            `Phase ${phase.id} has done tasks (${listIds(
              done.map((t) => t.id),
              3
            )}) while ${blocking} ` +
            `still ${blockers.length === 1 && blockers[0]?.open.length === 1 ? 'has an unfinished task' : 'have unfinished tasks'}; ` +
            'finish or defer those first, or note in the plan why the order changed',
          entity: `${plan.file}#phase-${phase.id}`
        })
      })
    }
  }
}

/** Phases of this plan named in a phase's `Prereqs:` line (`Phase A complete`, `Phases A and B`). */
export function prerequisitePhases(plan: PlanDocument, phase: Phase): Phase[] {
  const text = phase.prereqs?.value ?? ''
  const byId = new Map(plan.phases.map((p) => [p.id.toUpperCase(), p]))
  const found: Phase[] = []
  const mention =
    /\bPhases?\s+((?:[A-Z0-9][A-Za-z0-9]*)(?:\s*(?:,|\/|&|and|–|-|to)\s*[A-Z0-9][A-Za-z0-9]*)*)/g
  for (const match of text.matchAll(mention)) {
    const before = text.slice(0, match.index)
    // `SOURCE-WEIGHT-001 Phase E` is another initiative's phase.
    if (/[A-Z][A-Z0-9]*-[A-Z0-9-]*\d\]?\s*$/.test(before)) continue
    const list = match[1] ?? ''
    const ids = list.split(/\s*(?:,|\/|&|\band\b)\s*/)
    for (const part of ids) {
      const range = /^([A-Z0-9][A-Za-z0-9]*)\s*(?:–|-|to)\s*([A-Z0-9][A-Za-z0-9]*)$/.exec(
        part.trim()
      )
      if (range) {
        const from = plan.phases.findIndex((p) => p.id.toUpperCase() === range[1]?.toUpperCase())
        const to = plan.phases.findIndex((p) => p.id.toUpperCase() === range[2]?.toUpperCase())
        if (from >= 0 && to >= from) found.push(...plan.phases.slice(from, to + 1))
        continue
      }
      const hit = byId.get(part.trim().toUpperCase())
      if (hit) found.push(hit)
    }
  }
  return found
}

/**
 * `Phase M` with an umbrella row `M4` is the parent of `Phase M4 Checklist`, not an earlier phase
 * the checklist must wait for.
 */
function isParentPhase(parent: Phase, child: Phase): boolean {
  const childId = child.id.toUpperCase()
  return (
    (childId.startsWith(parent.id.toUpperCase()) && childId !== parent.id.toUpperCase()) ||
    parent.tasks.some((task) => task.id.toUpperCase() === childId)
  )
}
