// Writes synthetic planning repositories of a given size for the benchmark: a ledger shaped like
// the real ones (entries with fields, numbered dated attempts citing evidence), the plans the
// entries link to, and one evidence folder. One attempt in 50 cites a folder that does not exist,
// so the rules have real findings to report.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const DAY = 24 * 60 * 60 * 1000
const EVIDENCE = 'reports/bench/2025-01-01T000000Z'

function attemptLine(n, id, start, perDay) {
  const date = new Date(start + Math.floor(n / perDay) * DAY).toISOString().slice(0, 10)
  const cited =
    n % 50 === 0
      ? `plans/active/${id}/reports/${date}T000000Z/`
      : `${EVIDENCE}/{summary.md,metrics.json}`
  return (
    `  * [${date}] Attempt #${n} — Phase B.B${1 + (n % 3)} evidence loop: ran the parity suite ` +
    `and captured metrics. Artifacts: \`${cited}\`. ` +
    `Observations: correlation 0.99${n % 10}, no regressions. Next: continue with the remaining rows.\n`
  )
}

const PLAN = (id) =>
  `# ${id} — Synthetic plan\n\n### Phase B — Evidence\nGoal: parity.\nPrereqs: None.\nExit Criteria: green.\n\n` +
  `| ID | Task Description | State | How/Why & Guidance |\n| --- | --- | --- | --- |\n` +
  `| B1 | Capture baseline | [x] | done |\n| B2 | Compare | [x] | done |\n| B3 | Report | [P] | running |\n`

function entry(dir, id) {
  mkdirSync(join(dir, 'plans', 'active', id), { recursive: true })
  writeFileSync(join(dir, 'plans', 'active', id, 'implementation.md'), PLAN(id))
  let text =
    `## [${id}] Synthetic initiative ${id}\n- Priority: High\n- Status: in_progress\n` +
    `- Owner/Date: bench/2025-10-01\n- Working Plan: plans/active/${id}/implementation.md\n- Attempts History:\n`
  for (let n = 1; n <= 20; n++) text += attemptLine(n, id, Date.UTC(2025, 9, 1), 2)
  return text + `- Exit Criteria:\n  - Parity suite green ✅\n\n`
}

/** shape: 'entries' (many entries of 20 attempts) or 'one-list' (one entry, one huge attempts list). */
export function writeSyntheticRepo(dir, bytes, shape) {
  mkdirSync(join(dir, 'docs'), { recursive: true })
  mkdirSync(join(dir, EVIDENCE), { recursive: true })
  writeFileSync(join(dir, EVIDENCE, 'summary.md'), '# summary\n')
  writeFileSync(join(dir, EVIDENCE, 'metrics.json'), '{}\n')
  const parts = [
    '# Synthetic Fix Plan Ledger\n\n**Last Updated:** 2025-10-31\n**Active Focus:** benchmark\n\n---\n\n'
  ]
  let size = parts[0].length
  const push = (text) => {
    parts.push(text)
    size += text.length
  }
  if (shape === 'entries') {
    for (let i = 0; size < bytes; i++) push(entry(dir, `SYN-${String(i).padStart(5, '0')}`))
  } else {
    const id = 'SYN-ONE'
    mkdirSync(join(dir, 'plans', 'active', id), { recursive: true })
    writeFileSync(join(dir, 'plans', 'active', id, 'implementation.md'), PLAN(id))
    push(`## [${id}] One entry with a very long history\n- Priority: High\n- Status: in_progress\n`)
    push(`- Working Plan: plans/active/${id}/implementation.md\n- Attempts History:\n`)
    for (let n = 1; size < bytes; n++) push(attemptLine(n, id, Date.UTC(2018, 0, 1), 50))
  }
  const ledger = parts.join('')
  writeFileSync(join(dir, 'docs', 'fix_plan.md'), ledger)
  return ledger.length
}
