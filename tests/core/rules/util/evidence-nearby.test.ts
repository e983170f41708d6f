import { describe, expect, it } from '@jest/globals'
import { MemoryRepoFS } from '../../../../src/core/repo/memory.js'
import { isStampLike, NearbyPaths } from '../../../../src/core/rules/util/evidence-nearby.js'

const R = 'plans/active/X/reports'

const nearby = new NearbyPaths(
  new MemoryRepoFS({
    [`${R}/2025-10-17T025633Z/delta_log.md`]: 'x',
    [`${R}/2025-10-17T031500Z/brief.md`]: 'x',
    [`${R}/2025-10-19T000000Z/delta_log.md`]: 'x',
    'docs/guides/setup.md': 'x',
    'docs/other/Setup.md': 'x'
  })
)

describe('NearbyPaths', () => {
  it('finds the shortest missing prefix', () => {
    expect(nearby.missingPrefix(`${R}/2025-10-17T025000Z/delta_log.md`)).toBe(
      `${R}/2025-10-17T025000Z`
    )
    expect(nearby.missingPrefix(`${R}/2025-10-17T025633Z/nope.md`)).toBe(
      `${R}/2025-10-17T025633Z/nope.md`
    )
    expect(nearby.missingPrefix(`${R}/2025-10-17T025633Z/delta_log.md`)).toBeUndefined()
  })

  it('suggests the same file in the nearest sibling timestamp folder', () => {
    expect(nearby.suggest(`${R}/2025-10-17T025000Z/delta_log.md`)).toBe(
      `${R}/2025-10-17T025633Z/delta_log.md`
    )
    expect(nearby.suggest(`${R}/2025-10-18T230000Z/delta_log.md`)).toBe(
      `${R}/2025-10-19T000000Z/delta_log.md`
    )
  })

  it('suggests a sibling folder for a missing timestamp folder', () => {
    expect(nearby.suggest(`${R}/2025-10-17T031400Z/`)).toBe(`${R}/2025-10-17T031500Z`)
  })

  it('suggests the same base name below the deepest existing folder', () => {
    expect(nearby.suggest('docs/guides/old/setup.md')).toBe('docs/guides/setup.md')
    expect(nearby.suggest('docs/guide/setup.md')).toBe('docs/guides/setup.md')
  })

  it('suggests nothing when nothing is close', () => {
    expect(nearby.suggest('src/main.py')).toBeUndefined()
    expect(nearby.suggest(`${R}/2025-10-17T025000Z/unrelated.md`)).toBeUndefined()
  })

  it('knows a timestamp-like name', () => {
    expect(isStampLike('2025-10-17T025000Z')).toBe(true)
    expect(isStampLike('20251008T215755Z')).toBe(true)
    expect(isStampLike('phase_b')).toBe(false)
  })
})

describe('NearbyPaths across many questions', () => {
  /** A tree with nested folders sharing file names, deeper than the index goes. */
  function tree(): Record<string, string> {
    const files: Record<string, string> = {}
    const names = ['run.log', 'Summary.md', 'metrics.json', 'delta_log.md', 'trace_20251009.txt']
    for (let a = 0; a < 4; a++) {
      for (let b = 0; b < 3; b++) {
        for (let c = 0; c < 3; c++) {
          const name = names[(a + b + c) % names.length] as string
          files[`reports/p${a}/s${b}/2025-10-1${c}T000000Z/${name}`] = 'x'
          files[`reports/p${a}/s${b}/d1/d2/d3/d4/d5/d6/d7/${name}`] = 'x'
        }
      }
      files[`plans/active/P${a}/reports/2025-10-17T02500${a}Z/${names[a]}`] = 'x'
    }
    return files
  }

  it('gives every suggestion a fresh instance gives (the folder walks it shares change nothing)', () => {
    const files = tree()
    const shared = new NearbyPaths(new MemoryRepoFS(files))
    const questions: string[] = []
    for (const path of Object.keys(files)) {
      const parts = path.split('/')
      const base = parts[parts.length - 1] as string
      questions.push(
        [...parts.slice(0, -1), `x${base}`].join('/'),
        [...parts.slice(0, 2), 'gone', base].join('/'),
        [...parts.slice(0, 1), 'gone', 'deeper', base.toUpperCase()].join('/'),
        `${parts.slice(0, -1).join('/')}/`,
        `${parts.slice(0, 3).join('/')}/missing/`
      )
    }
    let suggested = 0
    for (const question of questions) {
      const alone = new NearbyPaths(new MemoryRepoFS(files)).suggest(question, ['plans/active/P1'])
      expect([question, shared.suggest(question, ['plans/active/P1'])]).toEqual([question, alone])
      if (alone !== undefined) suggested++
    }
    expect(suggested).toBeGreaterThan(20)
  })
})

describe('NearbyPaths among many files of one name', () => {
  // Forty report folders each hold a summary.md; one of them sits in a `run-7` folder.
  const files: Record<string, string> = { 'reports/deep/run-7/summary.md': 'x' }
  for (let i = 0; i < 40; i++) files[`reports/r${i}/summary.md`] = 'x'
  files['reports/r3/audit_20251009.md'] = 'x'
  const paths = new NearbyPaths(new MemoryRepoFS(files))

  it('offers a common name only where the name of its folder matches too', () => {
    expect(paths.suggest('reports/run-7/summary.md')).toBe('reports/deep/run-7/summary.md')
    expect(paths.suggest('reports/run-8/summary.md')).toBeUndefined()
    // The same answers asked again (the group is worked out once) and from a fresh instance.
    expect(paths.suggest('reports/run-7/summary.md')).toBe('reports/deep/run-7/summary.md')
    expect(new NearbyPaths(new MemoryRepoFS(files)).suggest('reports/run-8/summary.md')).toBe(
      undefined
    )
  })

  it('offers a rare name wherever it is, and never a folder for a file', () => {
    expect(paths.suggest('reports/gone/audit_20251009.md')).toBe('reports/r3/audit_20251009.md')
    expect(paths.suggest('reports/gone/r3/')).toBeUndefined()
  })
})

describe('NearbyPaths among many sibling stamp folders', () => {
  // A hundred runs a minute apart; only every third holds run.log.
  const files: Record<string, string> = {}
  for (let m = 0; m < 100; m++) {
    const stamp = `2025-10-17T${String(10 + Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}00Z`
    files[`${R}/${stamp}/${m % 3 === 0 ? 'run.log' : 'other.txt'}`] = 'x'
  }
  const paths = new NearbyPaths(new MemoryRepoFS(files))

  it('offers the run nearest in time among those that hold the file', () => {
    // 10:31:30 lies between 10:31 (no run.log) and 10:30 / 10:33 (run.log): 10:30 is nearer.
    expect(paths.suggest(`${R}/2025-10-17T103130Z/run.log`)).toBe(`${R}/2025-10-17T103000Z/run.log`)
    expect(paths.suggest(`${R}/2025-10-17T103230Z/run.log`)).toBe(`${R}/2025-10-17T103300Z/run.log`)
    expect(paths.suggest(`${R}/2025-10-17T103130Z/RUN.LOG`)).toBeUndefined()
    expect(paths.suggest(`${R}/2025-10-17T103130Z/nothing.md`)).toBeUndefined()
  })

  it('offers the nearest run folder for a missing run folder', () => {
    expect(paths.suggest(`${R}/2025-10-17T103140Z/`)).toBe(`${R}/2025-10-17T103200Z`)
    // Half a minute from both: the first listed wins, as before.
    expect(paths.suggest(`${R}/2025-10-17T103130Z/`)).toBe(`${R}/2025-10-17T103100Z`)
  })
})

describe('NearbyPaths index bounds', () => {
  it('looks up the type of no more folder entries than one index visits', () => {
    // One folder far wider than the index's 5000-entry bound, below an existing folder.
    const files: Record<string, string> = { 'runs/keep/setup.md': 'x' }
    for (let i = 0; i < 12_000; i++) files[`runs/wide/f${i}.txt`] = 'x'
    const fs = new MemoryRepoFS(files)
    let stats = 0
    const counting = Object.assign(Object.create(fs) as MemoryRepoFS, {
      stat: (path: string) => {
        stats++
        return fs.stat(path)
      }
    })
    const paths = new NearbyPaths(counting)
    expect(paths.suggest('runs/old/setup.md')).toBe('runs/keep/setup.md')
    expect(stats).toBeLessThan(6000)
  })
})
