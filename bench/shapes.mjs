// Unusual but possible documents, each of a size `n`, for the benchmark's growth guard: every
// one of these was once quadratic in a rule (a search of every task, row, field or line per
// citation) and took from seconds to minutes at a few megabytes. Time at 4n ÷ time at n stays
// near 4 when the work is linear, near 16 when it is quadratic.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const HEAD = '# Ledger\n\n**Last Updated:** 2025-10-31\n\n'
const ENTRY = '## [A-1] One\n- Status: in_progress\n- Priority: High\n'

function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

const lines = (n, line) => Array.from({ length: n }, (_, i) => line(i)).join('')

export const SHAPES = {
  /** A plan of n table rows, each citing a missing file. */
  'plan rows': (n) => ({
    'docs/fix_plan.md': HEAD + ENTRY,
    'plans/active/A-1/implementation.md':
      '## Phase A\n| ID | Task | State |\n| --- | --- | --- |\n' +
      lines(n, (i) => `| A${i} | see \`plans/active/A-1/reports/x${i}.md\` | [x] |\n`)
  }),
  /** An index of n rows, half of them for no entry. */
  'index rows': (n) => ({
    'docs/fix_plan.md':
      HEAD +
      '## Index\n\n| ID | Title | Status | Priority |\n| --- | --- | --- | --- |\n' +
      lines(n, (i) => `| [E-${i}] | t | done | High |\n`) +
      lines(n / 2, (i) => `## [E-${2 * i}] t\n- Status: done\n- Priority: High\n`)
  }),
  /** One entry of n fields, each citing a missing file. */
  'entry fields': (n) => ({
    'docs/fix_plan.md':
      HEAD + ENTRY + lines(n, (i) => `- Field${i}: \`plans/active/A-1/reports/f${i}.md\`\n`)
  }),
  /** One attempt of n lines, each citing a missing file. */
  'attempt lines': (n) => ({
    'docs/fix_plan.md':
      HEAD +
      ENTRY +
      '- Attempts History:\n  * [2025-10-01] Attempt #1 — start\n' +
      lines(n, (i) => `    line ${i} \`plans/active/A-1/reports/l${i}.md\`\n`)
  }),
  /** n citations of report folders that are missing, beside n / 8 that hold a summary.md. */
  'missing among many reports': (n) => {
    const reports = 'plans/active/A-1/reports'
    const files = {
      'docs/fix_plan.md':
        HEAD +
        ENTRY +
        '- Attempts History:\n' +
        lines(
          n,
          (i) =>
            `  * [2025-10-01] Attempt #${i + 1} — \`${reports}/2025-03-01T000000Z-${i}/summary.md\`\n`
        )
    }
    for (let i = 0; i < n / 8; i++) files[`${reports}/2025-01-01T000000Z-${i}/summary.md`] = 'x'
    return files
  },
  /** One entry citing n / 10 plans, with as many completion claims. */
  'plans of an entry': (n) => {
    const plans = n / 10
    const files = {
      'docs/fix_plan.md':
        HEAD +
        ENTRY +
        `- Working Plan: ${lines(plans, (i) => `\`plans/active/P${i}/implementation.md\`, `)}\n` +
        '- Attempts History:\n' +
        lines(plans, (i) => `  * [2025-10-01] Attempt #${i + 1} — ✅ A${i % 30} complete\n`)
    }
    for (let i = 0; i < plans; i++)
      files[`plans/active/P${i}/implementation.md`] =
        '## Phase A\n| ID | Task | State |\n| --- | --- | --- |\n' +
        lines(30, (j) => `| A${j} | t | [ ] |\n`)
    return files
  }
}

/** Writes shape `name` of size `n` into `dir`. */
export function writeShape(dir, name, n) {
  write(dir, SHAPES[name](n))
}
