import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check, type CheckResult } from '../../../src/core/engine.js'
import { DiskRepoFS } from '../../../src/core/repo/disk.js'
import { TempTree } from '../../helpers/temp-tree.js'

/**
 * A large document is read as bytes and decoded a line at a time (PagedText); every finding must
 * be what reading it as one string gives. Here every file is paged, whatever its size.
 */
async function bothWays(root: string, now: Date): Promise<[CheckResult, CheckResult]> {
  const pagedFs = new DiskRepoFS(root, { pagedDocumentBytes: 0 })
  // The comparison means something only if the ledger really is read paged.
  expect(pagedFs.read('docs/fix_plan.md')?.paged).toBeDefined()
  expect(new DiskRepoFS(root).read('docs/fix_plan.md')?.paged).toBeUndefined()
  const paged = await check({ root, now, fs: pagedFs })
  const whole = await check({ root, now, fs: new DiskRepoFS(root) })
  return [paged, whole]
}

function sameReport(paged: CheckResult, whole: CheckResult): void {
  expect(paged.findings).toEqual(whole.findings)
  expect(paged.suppressed).toEqual(whole.suppressed)
  expect(paged.summary).toEqual(whole.summary)
}

const corpusRoot = join(process.cwd(), '..', 'shared', 'corpus')
const snapshots = existsSync(corpusRoot)
  ? ['nanoBragg-59fef88f', 'nanoBragg-9e278ade', 'PtychoPINN-a350a42']
  : []

describe('paged documents', () => {
  const tree = new TempTree()
  afterAll(() => tree.remove())

  it('give the demo the findings it has read whole', async () => {
    const [paged, whole] = await bothWays('examples/demo', new Date('2025-10-20T12:00:00Z'))
    expect(whole.findings.length).toBeGreaterThan(0)
    sameReport(paged, whole)
  })

  it('read CRLF and lone-CR ledgers, BOMs and suppressions as a string would', async () => {
    const ledger = [
      '\uFEFF# Ledger',
      '**Last Updated:** 2031-01-01',
      '## [A-1] First — entry',
      '- Status: in_progress',
      '- Attempts History:',
      '  * [2025-01-02] Attempt #2 — Artifacts: `plans/active/A-1/reports/2025-01-02T000000Z/x.md`',
      '<!-- planguard-disable-next-line artifact-exists -- kept elsewhere -->',
      '  * [2025-01-01] Attempt #1 — ✅ done: `missing/😀.md`',
      '## [A-1] Again'
    ]
    tree.write({
      'crlf/docs/fix_plan.md': ledger.join('\r\n') + '\r\n',
      'cr/docs/fix_plan.md': ledger.join('\r'),
      'lf/docs/fix_plan.md': ledger.join('\n')
    })
    for (const name of ['crlf', 'cr', 'lf']) {
      const [paged, whole] = await bothWays(tree.path(name), new Date('2025-06-01T00:00:00Z'))
      expect(whole.findings.length).toBeGreaterThan(2)
      sameReport(paged, whole)
    }
  })

  it.each(snapshots)('give %s the findings it has read whole', async (name) => {
    const root = join(corpusRoot, name)
    const meta = readFileSync(join(root, '.corpus-meta'), 'utf8')
    const now = new Date(/^commit_date=(.+)$/m.exec(meta)?.[1] ?? '2025-10-10T00:00:00Z')
    const [paged, whole] = await bothWays(root, now)
    sameReport(paged, whole)
  })
})
