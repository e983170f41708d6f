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
