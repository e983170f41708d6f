import { describe, expect, it } from '@jest/globals'
import { parsePullRequestFiles } from '../../src/github/review/diff.js'
import { splitUnifiedDiff } from '../../src/github/review/local-diff.js'

const diff = `diff --git a/docs/fix_plan.md b/docs/fix_plan.md
index 1..2 100644
--- a/docs/fix_plan.md
+++ b/docs/fix_plan.md
@@ -1,2 +1,3 @@
 # Ledger
+- Priority: High
 end
diff --git a/old.md b/old.md
deleted file mode 100644
--- a/old.md
+++ /dev/null
@@ -1 +0,0 @@
-gone
diff --git "a/plans/caf\\303\\251.md" "b/plans/caf\\303\\251.md"
new file mode 100644
--- /dev/null
+++ "b/plans/caf\\303\\251.md"
@@ -0,0 +1 @@
+new
`

describe('splitUnifiedDiff', () => {
  it('yields per-file hunks like pulls.listFiles, with removed files marked', () => {
    const files = splitUnifiedDiff(diff)
    expect(files.map((f) => [f.filename, f.status])).toEqual([
      ['docs/fix_plan.md', 'modified'],
      ['old.md', 'removed'],
      ['plans/café.md', 'added']
    ])
    expect(files[0]!.patch).toBe('@@ -1,2 +1,3 @@\n # Ledger\n+- Priority: High\n end')
    const diffs = parsePullRequestFiles(files)
    expect([...diffs.get('docs/fix_plan.md')!.added]).toEqual([2])
    expect(diffs.has('old.md')).toBe(false)
  })
})
