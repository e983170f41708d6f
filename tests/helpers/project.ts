import { configSchema, type Config, type ConfigInput } from '../../src/core/config/schema.js'
import { loadZod } from '../../src/core/config/lazy-zod.js'
import { buildProject, runRules } from '../../src/core/engine.js'
import type { Finding } from '../../src/core/findings.js'
import { MemoryRepoFS } from '../../src/core/repo/memory.js'
import { allRules } from '../../src/core/rules/index.js'
import type { Project, Rule } from '../../src/core/rules/types.js'

// Rule options given to `findingsFor` are validated by zod, which `check` loads on demand
// (loadRuleValidation); these helpers are synchronous, so it is loaded once up front.
await loadZod()

/** A fixed "now" so date rules give the same answer every day. */
export const TEST_NOW = new Date('2025-10-20T12:00:00Z')

export interface ProjectOptions {
  now?: Date
  /** Configuration as written in `.github/planguard.yml` (defaults filled in). */
  config?: ConfigInput | Config
}

/** The parsed project of an in-memory tree: `{ 'docs/fix_plan.md': '…', 'plans/…': '…' }`. */
export function projectFromFiles(
  files: Record<string, string | Uint8Array>,
  options: ProjectOptions = {}
): Project {
  const config = configSchema.parse(options.config ?? {})
  return buildProject(new MemoryRepoFS(files), config, options.now ?? TEST_NOW)
}

export interface FindingsOptions extends ProjectOptions {
  /** Options of the rule under test (shorthand for `config.rules[ruleId].options`). */
  options?: Record<string, unknown>
  /** The rule itself, when it is not (yet) registered in `allRules`. */
  rule?: Rule
}

/** The findings one rule reports on an in-memory tree, with the rule's default severity. */
export function findingsFor(
  ruleId: string,
  files: Record<string, string | Uint8Array>,
  options: FindingsOptions = {}
): Finding[] {
  const rule = options.rule ?? allRules.find((candidate) => candidate.id === ruleId)
  if (!rule) throw new Error(`no rule "${ruleId}" in allRules; pass it as options.rule`)
  const input = { ...((options.config ?? {}) as ConfigInput) }
  if (options.options) {
    input.rules = { ...(input.rules ?? {}), [ruleId]: { options: options.options } }
  }
  const project = projectFromFiles(files, { ...options, config: input })
  return runRules(project, [rule])
}

/** `file:line:column rule message` lines: compact, readable expectations. */
export function describeFindings(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`)
}
