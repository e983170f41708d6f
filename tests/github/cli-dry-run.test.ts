import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import type { CliIO } from '../../src/cli/types.js'
import { parseFingerprintMarkers } from '../../src/github/markers.js'
import { TempGitRepo } from '../helpers/git-repo.js'

function capture(cwd: string): { io: CliIO; out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return {
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t), stdoutIsTTY: false, env: {}, cwd },
    out: () => out,
    err: () => err
  }
}

describe('planguard review / mirror --dry-run', () => {
  let repo: TempGitRepo
  beforeAll(() => {
    repo = new TempGitRepo()
    cpSync(join(process.cwd(), 'examples/demo'), repo.root, { recursive: true })
    repo.commit('demo')
    repo.git('checkout', '-q', '-b', 'feature')
    const ledger = join(repo.root, 'docs/fix_plan.md')
    const text = readFileSync(ledger, 'utf8').replace(
      '- Priority: High\n',
      '- Priority: Urgent @alice\n'
    )
    repo.commit('change priority', { 'docs/fix_plan.md': text })
  })
  afterAll(() => repo.dispose())

  it('prints the review body, inline comments with path:line, and the summary comment', async () => {
    const { io, out, err } = capture(repo.root)
    const code = await main(['review', '--base', 'main', '--dry-run', '.'], io)
    expect(err()).toBe('')
    expect(code).toBe(0)
    const text = out()
    expect(text).toContain('=== Review body ===')
    expect(text).toMatch(/=== Inline comment docs\/fix_plan\.md:\d+ ===/)
    expect(text).toContain('=== Summary comment ===')
    expect(text).not.toMatch(/@alice/)
    expect(parseFingerprintMarkers(text).length).toBeGreaterThan(0)
  })

  it('refuses to post without --dry-run', async () => {
    const { io, err } = capture(repo.root)
    expect(await main(['review', '--base', 'main', '.'], io)).toBe(2)
    expect(err()).toContain('--dry-run')
  })

  it('prints the tracking issue body with a marker', async () => {
    const { io, out } = capture(repo.root)
    expect(await main(['mirror', '--dry-run', repo.root], io)).toBe(0)
    expect(out()).toMatch(/^<!-- planguard:mirror sha=0000 hash=[0-9a-f]{16} -->/)
    expect(out()).toContain('INTEGRATOR-PORT-001')
  })
})
