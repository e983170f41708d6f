import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  applyBaseline,
  createBaseline,
  loadBaseline,
  parseBaseline,
  writeBaseline
} from '../../../src/core/baseline.js'
import { PlanguardError } from '../../../src/core/errors.js'
import type { Finding } from '../../../src/core/findings.js'

function finding(file: string, ruleId: string, fingerprint: string): Finding {
  return {
    ruleId,
    severity: 'warning',
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message: `${ruleId} in ${file}`,
    entity: fingerprint,
    fingerprint
  }
}

describe('baseline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planguard-baseline-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const findings = [
    finding('plans/b.md', 'task-state', 'f3'),
    finding('docs/fix_plan.md', 'attempt-order', 'f2'),
    finding('docs/fix_plan.md', 'artifact-exists', 'f1'),
    finding('docs/fix_plan.md', 'artifact-exists', 'f1')
  ]

  it('is sorted, deduplicated and independent of the input order', () => {
    const baseline = createBaseline(findings)
    expect(baseline.version).toBe(1)
    expect(baseline.findings.map((entry) => entry.fingerprint)).toEqual(['f1', 'f2', 'f3'])
    expect(createBaseline([...findings].reverse())).toEqual(baseline)
  })

  it('round-trips through a file and drops the accepted findings', () => {
    const path = join(dir, 'baseline.json')
    writeBaseline(path, findings.slice(0, 2))
    expect(readFileSync(path, 'utf8').endsWith('}\n')).toBe(true)
    const { kept, baselined } = applyBaseline(findings, loadBaseline(path))
    expect(baselined.map((f) => f.fingerprint)).toEqual(['f3', 'f2'])
    expect(kept.map((f) => f.fingerprint)).toEqual(['f1', 'f1'])
  })

  it('replaces a baseline whole, leaving no temporary file, even when writing fails', () => {
    const path = join(dir, 'atomic.json')
    writeBaseline(path, findings)
    writeBaseline(path, findings.slice(0, 1))
    expect(loadBaseline(path)).toEqual(createBaseline(findings.slice(0, 1)))
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
    // A folder in the way makes the rename fail: the error names the file, nothing is left over.
    const blocked = join(dir, 'blocked.json')
    mkdirSync(join(blocked, 'inside'), { recursive: true })
    expect(() => writeBaseline(blocked, findings)).toThrow(/cannot write baseline .*blocked\.json/)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('points at the line and column where a baseline stops being JSON', () => {
    const broken = '{\n  "version": 1,\n  }\n'
    expect(() => parseBaseline(broken, 'b.json')).toThrow(
      /^b\.json:3:3: baseline is not valid JSON/
    )
    expect(() => parseBaseline('{\n  "version": 1,', 'b.json')).toThrow(/^b\.json:2:16: /)
  })

  it('rejects files that are not a version 1 baseline', () => {
    expect(() => parseBaseline('{', 'b.json')).toThrow(/not valid JSON/)
    expect(() => parseBaseline('{"version":2,"findings":[]}', 'b.json')).toThrow(PlanguardError)
    expect(() => parseBaseline('{"version":1,"findings":[{"ruleId":"x"}]}', 'b.json')).toThrow(
      /findings\.0\.file/
    )
    const missing = join(dir, 'missing.json')
    expect(() => loadBaseline(missing)).toThrow(/cannot read baseline/)
    writeFileSync(join(dir, 'empty.json'), '')
    expect(() => loadBaseline(join(dir, 'empty.json'))).toThrow(PlanguardError)
  })
})
