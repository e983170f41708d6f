import { describe, expect, it } from '@jest/globals'
import { findingsFor } from '../../helpers/project.js'

const ROOT = 'plans/active/ALPHA-001/reports'

function folders(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [`${ROOT}/${name}/summary.md`, 'notes']))
}

describe('report-folder-timestamp', () => {
  it('reports a folder whose name is not a UTC timestamp', () => {
    const findings = findingsFor('report-folder-timestamp', folders('2025-10-17T0250Z'))
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding?.ruleId).toBe('report-folder-timestamp')
    expect(finding?.severity).toBe('warning')
    expect(finding?.file).toBe(`${ROOT}/2025-10-17T0250Z`)
    expect(finding?.entity).toBe(`path:${ROOT}/2025-10-17T0250Z`)
    expect(finding?.message).toContain(
      '`2025-10-17T0250Z` does not match `YYYY-MM-DDTHHMMSSZ` or `YYYYMMDDTHHMMSSZ`'
    )
  })

  it('reports an impossible date', () => {
    const findings = findingsFor('report-folder-timestamp', folders('2025-02-30T120000Z'))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain('names a day that does not exist (2025-02-30)')
  })

  it('accepts both default forms', () => {
    expect(
      findingsFor('report-folder-timestamp', folders('2025-10-17T025000Z', '20251008T215755Z'))
    ).toEqual([])
  })

  it('follows the patterns option', () => {
    const files = folders('2025-10-17_0250')
    expect(findingsFor('report-folder-timestamp', files)).toHaveLength(1)
    expect(
      findingsFor('report-folder-timestamp', files, { options: { patterns: ['YYYY-MM-DD_HHMM'] } })
    ).toEqual([])
  })

  it('proposes the folder’s own instant for a dashed stamp', () => {
    const findings = findingsFor('report-folder-timestamp', folders('20250930-002124'))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain('rename it (e.g. `2025-09-30T002124Z`)')
  })

  it('leaves dated topic folders alone unless onlyDateLike is off', () => {
    const files = folders('2025-09-29-AT-PARALLEL-002')
    expect(findingsFor('report-folder-timestamp', files)).toEqual([])
    expect(
      findingsFor('report-folder-timestamp', files, { options: { onlyDateLike: false } })
    ).toHaveLength(1)
  })
})
