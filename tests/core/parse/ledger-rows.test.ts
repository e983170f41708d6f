import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../../src/core/config/schema.js'
import { parseLedger } from '../../../src/core/parse/ledger.js'

const config = defaultConfig()

/** Attempts and fields keep their numbers in typed-array rows: what they read must not change. */
describe('parseLedger: attempts and fields read from rows', () => {
  const count = 2500 // more than two chunks of rows
  const lines = [
    '# Ledger',
    '',
    '## [ROWS-001] Many attempts',
    '- Status: in_progress',
    '- Notes: first'
  ]
  lines.push('  continued here', '- Attempts History:')
  for (let n = 1; n <= count; n += 1) {
    const day = String((n % 28) + 1).padStart(2, '0')
    const refs =
      n % 3 === 0 ? '' : n % 3 === 1 ? ' `reports/a.md`' : ' `reports/a.md` and `reports/b.md`'
    lines.push(`  * [2025-10-${day}T01:0${n % 10}Z] Attempt #${n} — Phase A —${refs} done`)
  }
  lines.push('', '### 2025-10-30 — ROWS-001 (heading label)', 'Text of a heading attempt.')
  const doc = parseLedger('docs/fix_plan.md', lines.join('\n'), config)
  const entry = doc.entries[0]
  const attempts = entry?.attempts ?? []

  it('gives every attempt its own lines, number, date and style', () => {
    expect(attempts).toHaveLength(count + 1)
    attempts.slice(0, count).forEach((attempt, index) => {
      const n = index + 1
      const line = 8 + index
      expect(attempt.number).toBe(n)
      expect(attempt.style).toBe('numbered')
      expect(attempt.inHistory).toBe(true)
      expect(attempt.headerRange).toEqual({
        line,
        column: 3,
        endLine: line,
        endColumn: lines[line - 1]!.length + 1
      })
      expect(attempt.numberRange?.line).toBe(line)
      const day = String((n % 28) + 1).padStart(2, '0')
      expect(attempt.date?.raw).toBe(`2025-10-${day}T01:0${n % 10}Z`)
      expect(attempt.date?.precision).toBe('minute')
      expect(attempt.date?.epochMs).toBe(Date.UTC(2025, 9, Number(day), 1, n % 10))
      expect(attempt.date?.range).toEqual({ line, column: 6, endLine: line, endColumn: 23 })
    })
  })

  it('returns the same references at every read, none, one or several', () => {
    const [three, one, two] = [attempts[2]!, attempts[0]!, attempts[1]!]
    expect(three.artifacts).toEqual([])
    expect(one.artifacts.map((ref) => ref.raw)).toEqual(['reports/a.md'])
    expect(one.artifacts[0]).toBe(one.artifacts[0])
    expect(two.artifacts.map((ref) => ref.raw)).toEqual(['reports/a.md', 'reports/b.md'])
    expect(two.artifacts[1]).toBe(two.artifacts[1])
  })

  it('keeps a heading attempt its label and the entry it names', () => {
    const heading = attempts[count]!
    expect(heading.style).toBe('heading')
    expect(heading.label).toBe('heading label')
    expect(heading.namedEntryId).toBe('ROWS-001')
    expect(heading.date?.raw).toBe('2025-10-30')
    expect(heading.date?.precision).toBe('day')
  })

  it('gives a field its ranges, a multi-line value and its items', () => {
    const notes = entry?.fields.find((field) => field.name === 'Notes')
    expect(notes?.value).toBe('first\ncontinued here')
    expect(notes?.range).toEqual({ line: 5, column: 1, endLine: 6, endColumn: 17 })
    expect(notes?.valueRange).toEqual({ line: 5, column: 10, endLine: 6, endColumn: 17 })
    const history = entry?.fields.find((field) => field.key === 'attempts')
    expect(history?.items).toHaveLength(count)
    expect(history?.items[count - 1]?.range.line).toBe(7 + count)
    expect(history?.items[1]?.value).toBe(lines[8]!.slice(4))
  })
})

describe('parseLedger: packed attempt numbers and references', () => {
  const far = ' '.repeat(9000)
  const text = [
    '## [PACK-001] Packed',
    '- Attempts History:',
    '  * [2025-10-01] Attempts #176–#183 — batch: `reports/a.md` and reports/b.md',
    `  * [2025-10-02] Attempt #7 — far right:${far}\`reports/far.md\``,
    '  * [2025-10-03] Attempt #8 — none'
  ].join('\n')
  const attempts = parseLedger('docs/fix_plan.md', text, config).entries[0]?.attempts ?? []

  it('reads numbers and number ranges from the rows', () => {
    expect(attempts.map((attempt) => [attempt.number, attempt.numberEnd])).toEqual([
      [176, 183],
      [7, undefined],
      [8, undefined]
    ])
  })

  it('keeps quoted, truncated, raw and range of each reference, far right ones included', () => {
    const refs = attempts.flatMap((attempt) => attempt.artifacts)
    expect(refs.map((ref) => [ref.raw, ref.quoted, ref.truncated])).toEqual([
      ['reports/a.md', true, undefined],
      ['reports/b.md', false, undefined],
      ['reports/far.md', true, undefined]
    ])
    const farRef = refs[2]!
    expect(farRef.range.column).toBeGreaterThan(9000)
    expect(text.split('\n')[3]!.slice(farRef.range.column - 1, farRef.range.endColumn - 1)).toBe(
      'reports/far.md'
    )
  })
})

describe('parseLedger: an attempt too far right to pack its columns', () => {
  const pad = ' '.repeat(70000)
  const text = [
    '## [WIDE-001] Wide',
    '- Status: open',
    '',
    `###${pad}[2025-10-01] Attempt #3 — far right`,
    'text'
  ]
  const attempt = parseLedger('docs/fix_plan.md', text.join('\n'), config).entries[0]?.attempts[0]

  it('reads its columns as parsed', () => {
    expect(attempt?.headerRange).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 70039 })
    expect(attempt?.numberRange).toEqual({ line: 4, column: 70025, endLine: 4, endColumn: 70027 })
    expect(attempt?.date?.range).toEqual({ line: 4, column: 70005, endLine: 4, endColumn: 70015 })
    expect(attempt?.date?.raw).toBe('2025-10-01')
    expect(attempt?.text).toBe('[2025-10-01] Attempt #3 — far right\ntext')
  })
})
