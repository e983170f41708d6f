import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { check } from '../../src/core/engine.js'
import { parseMirrorMarker } from '../../src/github/markers.js'
import { MIRROR_BODY_BUDGET, renderMirror } from '../../src/github/mirror/render.js'
import { renderInlineComment } from '../../src/github/review/render.js'
import { placeComment } from '../../src/github/review/plan.js'
import { parsePatch } from '../../src/github/review/diff.js'

/** The tracking issue and review comments rendered from real ledgers (../shared/corpus, read-only). */
const corpus = resolve('..', 'shared', 'corpus')
const folders = existsSync(corpus)
  ? readdirSync(corpus, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : []
const describeCorpus = folders.length > 0 ? describe : describe.skip

describeCorpus('GitHub output on the real corpus', () => {
  it.each(folders)(
    '%s: mirror body within budget, escaped, structurally closed',
    async (folder) => {
      const result = await check({
        root: join(corpus, folder),
        now: new Date('2026-02-01T00:00:00Z')
      })
      const { project } = result
      const sha = 'c'.repeat(40)
      const { body } = renderMirror({
        ledgers: project.ledgers,
        plans: project.plans,
        findings: result.findings,
        doneStatuses: project.config.vocabulary.doneStatus,
        links: { serverUrl: 'https://github.com', repository: 'o/r', sha }
      })
      expect(project.ledgers.length).toBeGreaterThan(0)
      expect(body.length).toBeLessThanOrEqual(MIRROR_BODY_BUDGET)
      expect(parseMirrorMarker(body)?.sha).toBe(sha)
      expect(body.match(/(?<!\\)<!--/g)).toHaveLength(1)
      expect(body.match(/(?<!\\)<details>/g)?.length ?? 0).toBe(
        body.match(/(?<!\\)<\/details>/g)?.length ?? 0
      )
      expect(body).not.toMatch(/(?<![\w`/%])@[A-Za-z0-9]|(?<![\w/])#\d/)
      expect(body).not.toMatch(/^\s*(```|~~~)/m)
    }
  )

  it.each(folders)('%s: every finding renders as an inline comment', async (folder) => {
    const result = await check({
      root: join(corpus, folder),
      now: new Date('2026-02-01T00:00:00Z')
    })
    for (const finding of result.findings.slice(0, 500)) {
      const lines = Math.max(finding.endLine, finding.suggestion?.range.endLine ?? 0)
      const diff = parsePatch(finding.file, `@@ -0,0 +1,${lines} @@\n${'+x\n'.repeat(lines)}`)
      const comment = placeComment(finding, diff)
      expect(comment).toBeDefined()
      expect(renderInlineComment(comment!)).toContain(
        `<!-- planguard:fp=${finding.fingerprint} -->`
      )
    }
  })
})
