import { CONFIG_CANDIDATES } from '../config/load.js'
import type { Project } from '../rules/types.js'
import { LEDGER_MISSING } from './engine-rules.js'
import { FILE_START } from './read-document.js'
import { effectiveSeverity, toFinding, type RangeClamp, type RawFinding } from './run-rules.js'

/** How many look-alike ledgers a finding names, so a tree full of copies stays one short line. */
const MAX_CANDIDATES = 3

/**
 * The finding for a tree in which no ledger matches `files.ledgers`: without it such a check
 * passes with zero files read, which looks exactly like a clean ledger. An empty `files.ledgers`
 * list says "this repository has no ledger" and is respected.
 */
export function ledgerMissingFindings(
  project: Project,
  configFile: string | undefined,
  clamp: RangeClamp
): RawFinding[] {
  const { ledgers: globs, ignore } = project.config.files
  if (project.ledgers.length > 0 || globs.length === 0) return []
  const severity = effectiveSeverity(
    LEDGER_MISSING.defaultSeverity,
    project.config.rules[LEDGER_MISSING.id]
  )
  if (severity === 'off') return []
  const tried = globs.map((glob) => `\`${glob}\``).join(', ')
  const ignored = ignore.length > 0 ? ' (after files.ignore)' : ''
  const where = configFile ?? CONFIG_CANDIDATES[0]
  const candidates = lookAlikeLedgers(project, globs)
  const hint =
    candidates.length > 0
      ? `; ledger-like files found: ${candidates.map((file) => `\`${file}\``).join(', ')}`
      : ''
  const message =
    `no ledger found: nothing matches files.ledgers ${tried}${ignored}${refusals(project, globs)}, ` +
    `so no entry, attempt or plan link was checked; create the ledger or set files.ledgers in ` +
    `${where}${hint}`
  const finding = toFinding(
    LEDGER_MISSING.id,
    severity,
    { file: globs[0] ?? '', range: FILE_START, message, entity: 'ledger-missing' },
    clamp
  )
  return [finding]
}

/** Configured ledger paths that are there but refused: `(\`docs/fix_plan.md\` leads outside …)`. */
function refusals(project: Project, globs: readonly string[]): string {
  const reasons = globs.flatMap((glob) => {
    const refusal = project.fs.refusal?.(glob)
    if (refusal === 'outside-root') return [`\`${glob}\` leads outside the repository`]
    if (refusal === 'git-internal') return [`\`${glob}\` leads into .git`]
    return []
  })
  return reasons.length > 0 ? ` (${reasons.join('; ')}, and is not read)` : ''
}

/**
 * Files named like the configured ledgers somewhere else in the tree (`fix_plan.md` at the root
 * when `docs/fix_plan.md` was expected): the likely fix. Only run when no ledger was found.
 */
function lookAlikeLedgers(project: Project, globs: readonly string[]): string[] {
  const names = new Set(
    globs.map((glob) => glob.split('/').pop() ?? '').filter((name) => /^[\w.-]+$/.test(name))
  )
  if (names.size === 0) return []
  const patterns = [...names].map((name) => `**/${name}`)
  const archives = new Set(project.archiveLedgers?.map((ledger) => ledger.file) ?? [])
  return project.fs
    .glob(patterns, project.config.files.ignore)
    .filter((file) => !archives.has(file))
    .slice(0, MAX_CANDIDATES)
}
