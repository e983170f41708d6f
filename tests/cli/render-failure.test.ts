import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { DEMO, DEMO_NOW } from './demo-fixture.js'

// The SARIF renderer fails half-way through: --output must keep the previous report whole.
jest.unstable_mockModule('../../src/core/report/sarif.js', () => ({
  renderSarif: () => {
    throw new Error('renderer failed')
  }
}))
const { main } = await import('../../src/cli/app.js')

describe('--output when rendering fails', () => {
  const work = mkdtempSync(join(tmpdir(), 'pg-cli-render-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('leaves the target as it was and exits 2', async () => {
    const target = join(work, 'planguard.sarif')
    writeFileSync(target, 'previous report\n')
    let stderr = ''
    const code = await main(
      ['check', DEMO, '--now', DEMO_NOW, '--format', 'sarif', '--output', target],
      {
        stdout: () => undefined,
        stderr: (text) => {
          stderr += text
        },
        stdoutIsTTY: false,
        env: {},
        cwd: process.cwd()
      }
    )
    expect(code).toBe(2)
    expect(stderr).toContain('renderer failed')
    expect(readFileSync(target, 'utf8')).toBe('previous report\n')
    expect(readdirSync(work)).toEqual(['planguard.sarif'])
  })
})
