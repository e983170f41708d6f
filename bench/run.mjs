// `npm run bench`: whole-process timings, reported as ratios measured in one run.
// Needs the bundle (dist/cli.js) and, for the real-ledger cases, ../shared/corpus.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SHAPES, writeShape } from './shapes.mjs'
import { writeSyntheticRepo } from './synthetic.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli.js')
const corpus = resolve(root, '..', 'shared', 'corpus', 'nanoBragg-9e278ade')
const runs = Number(process.env.BENCH_RUNS ?? 7)

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run package` first.')
  process.exit(2)
}

/** Median wall time (ms) of `runs` executions of a command; one warm-up run first. */
function time(command, args, options = {}) {
  const samples = []
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint()
    const result = spawnSync(command, args, { stdio: 'ignore', ...options })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (result.error) throw result.error
    if (i > 0) samples.push(ms)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}

function peakRss(args) {
  const file = join(mkdtempSync(join(tmpdir(), 'pg-rss-')), 'rss')
  spawnSync(process.execPath, ['--import', join(root, 'bench', 'rss-probe.mjs'), ...args], {
    stdio: 'ignore',
    env: { ...process.env, PLANGUARD_BENCH_RSS_FILE: file }
  })
  return Number(readFileSync(file, 'utf8'))
}

/** Whether the check reported the ledger as too large to check (one more run, output read). */
function refusedAsTooLarge(args) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 })
  try {
    const { findings } = JSON.parse(result.stdout)
    return findings.some(
      (f) => f.file === 'docs/fix_plan.md' && /too large to check/.test(f.message)
    )
  } catch {
    return false
  }
}

const fmt = (ms) => `${ms.toFixed(1)} ms`
const rows = []
const nodeBaseline = time(process.execPath, ['-e', '0'])
rows.push(['node -e 0', fmt(nodeBaseline), '1.00×'])

if (existsSync(corpus)) {
  const now = ['--now', '2025-10-10T02:00:00Z', '--format', 'json']
  const check = time(process.execPath, [cli, 'check', corpus, ...now])
  rows.push([
    'planguard check (809 KB corpus snapshot)',
    fmt(check),
    `${(check / nodeBaseline).toFixed(2)}× node -e 0`
  ])
  // The runs above start from the compile cache the warm-up run wrote; without it, a run
  // compiles the bundle's functions as it first calls them.
  const uncached = time(process.execPath, [cli, 'check', corpus, ...now], {
    env: { ...process.env, PLANGUARD_COMPILE_CACHE: '0' }
  })
  rows.push([
    'the same, compile cache off',
    fmt(uncached),
    `${(uncached / nodeBaseline).toFixed(2)}× node -e 0`
  ])
  const mdl = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs')
  const mdlBin = existsSync(mdl) ? mdl : join(root, 'node_modules', '.bin', 'markdownlint-cli2')
  const markdownlint = time(
    process.execPath,
    [mdlBin, 'docs/fix_plan.md', 'plans/**/*.md', '#node_modules'],
    { cwd: corpus }
  )
  rows.push([
    'markdownlint-cli2 (ledger + every plan)',
    fmt(markdownlint),
    `planguard is ${(markdownlint / check).toFixed(1)}× faster`
  ])
} else {
  rows.push(['corpus snapshot', 'skipped', '../shared/corpus not found'])
}

// Linear growth: time per MB at 20 MB against 1 MB, for both ledger shapes.
const work = mkdtempSync(join(tmpdir(), 'pg-bench-'))
try {
  for (const shape of ['entries', 'one-list']) {
    const perMb = {}
    for (const mb of [1, 5, 20]) {
      const dir = join(work, `${shape}-${mb}`)
      const bytes = writeSyntheticRepo(dir, mb * 1024 * 1024, shape)
      const args = [cli, 'check', dir, '--now', '2025-11-01T00:00:00Z', '--format', 'json']
      const ms = time(process.execPath, args) - nodeBaseline
      perMb[mb] = ms / (bytes / 1024 / 1024)
      const rss = mb === 20 ? ` peak RSS ${(peakRss(args) / 1024 / 1024).toFixed(0)} MB` : ''
      // A ledger over the document size cap is refused unread: its time says nothing of parsing.
      const refused = refusedAsTooLarge(args) ? ' (ledger over the size cap: refused unread)' : ''
      rows.push([
        `synthetic ${shape} ${mb} MB`,
        fmt(ms + nodeBaseline),
        `${perMb[mb].toFixed(1)} ms/MB above node start-up${rss}${refused}`
      ])
    }
    rows.push([
      `growth ${shape}`,
      '',
      `ms/MB at 20 MB ÷ ms/MB at 1 MB = ${(perMb[20] / perMb[1]).toFixed(2)}`
    ])
  }

  // Unusual documents once quadratic in a rule: 4× the size must take about 4× the time.
  for (const name of Object.keys(SHAPES)) {
    const ms = {}
    for (const n of [5000, 20000]) {
      const dir = join(work, `${name.replace(/\W+/g, '-')}-${n}`)
      writeShape(dir, name, n)
      const args = [cli, 'check', dir, '--now', '2025-11-01T00:00:00Z', '--format', 'json']
      ms[n] = time(process.execPath, args) - nodeBaseline
    }
    rows.push([
      `shape: ${name}, 20000 ÷ 5000`,
      `${fmt(ms[20000] + nodeBaseline)} / ${fmt(ms[5000] + nodeBaseline)}`,
      `${(ms[20000] / ms[5000]).toFixed(2)} above node start-up (linear ≈ 4, quadratic ≈ 16)`
    ])
  }

  // remark/micromark guard: parsing a list twice as long must take about twice as long.
  // micromark 4.0.3 grows quadratically on long lists; package.json pins 4.0.2 through overrides.
  const { unified } = await import('unified')
  const { default: remarkParse } = await import('remark-parse')
  const list = (n) =>
    Array.from({ length: n }, (_, i) => `* [2025-10-01] Attempt #${i} — text ${i}\n`).join('')
  const parseMs = (text) => {
    const start = process.hrtime.bigint()
    unified().use(remarkParse).parse(text)
    return Number(process.hrtime.bigint() - start) / 1e6
  }
  parseMs(list(200))
  const small = Math.min(...[0, 1, 2].map(() => parseMs(list(1000))))
  const large = Math.min(...[0, 1, 2].map(() => parseMs(list(4000))))
  rows.push([
    'remark-parse list of 4000 ÷ list of 1000',
    `${fmt(large)} / ${fmt(small)}`,
    `${(large / small).toFixed(2)} (linear ≈ 4, quadratic ≈ 16)`
  ])
} finally {
  rmSync(work, { recursive: true, force: true })
}

const width = Math.max(...rows.map((r) => r[0].length))
for (const [name, ms, note] of rows)
  console.log(`${name.padEnd(width)}  ${ms.padStart(12)}  ${note}`)
