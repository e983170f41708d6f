import { describe, expect, it } from '@jest/globals'
import { matchingDirs } from '../../../src/core/engine/report-folders.js'
import { MemoryRepoFS } from '../../../src/core/repo/memory.js'

describe('matchingDirs', () => {
  const fs = new MemoryRepoFS({
    'plans/active/A/reports/2025-10-17T025000Z/x.md': 'x',
    'plans/active/A/sub/reports/2025-10-17T025000Z/x.md': 'x',
    'plans/active/B/notes/deep/er/reports/y.md': 'y',
    'plans/archive/old/C/reports/z.md': 'z'
  })

  it('finds what a plain glob matches without walking below its depth', () => {
    expect(matchingDirs(fs, ['plans/active/*/reports'])).toEqual(['plans/active/A/reports'])
    expect(matchingDirs(fs, ['plans/active/*/reports/'])).toEqual(['plans/active/A/reports'])
    expect(matchingDirs(fs, ['plans/*/*/*/reports'])).toEqual([
      'plans/active/A/sub/reports',
      'plans/archive/old/C/reports'
    ])
  })

  it('walks deeper for globstars and braces that may span folders', () => {
    expect(matchingDirs(fs, ['plans/**/reports'])).toEqual([
      'plans/active/A/reports',
      'plans/active/A/sub/reports',
      'plans/active/B/notes/deep/er/reports',
      'plans/archive/old/C/reports'
    ])
    expect(matchingDirs(fs, ['plans/{active,archive/old}/*/reports'])).toEqual([
      'plans/active/A/reports',
      'plans/archive/old/C/reports'
    ])
  })
})
