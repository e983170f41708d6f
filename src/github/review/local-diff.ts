import type { PullRequestFile } from './diff.js'

/**
 * Splits the output of `git diff` into per-file patches shaped like `pulls.listFiles` returns
 * them (hunks only, no file headers), so a local dry run plans comments the way the Action does.
 */
export function splitUnifiedDiff(diff: string): PullRequestFile[] {
  const files: PullRequestFile[] = []
  let current: { filename: string; status: string; lines: string[] } | undefined
  let removed = false
  let oldName = ''
  const flush = () => {
    if (current)
      files.push({
        filename: current.filename,
        status: current.status,
        patch: current.lines.join('\n')
      })
    current = undefined
  }
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      flush()
      removed = false
      continue
    }
    if (line.startsWith('deleted file mode')) removed = true
    if (!current && line.startsWith('--- ')) oldName = line.slice(4)
    if (!current && line.startsWith('+++ ')) {
      let target = line.slice(4)
      if (target === '/dev/null') {
        removed = true
        target = oldName
      }
      const filename = unquote(target).replace(/^[ab]\//, '')
      const status = removed ? 'removed' : oldName === '/dev/null' ? 'added' : 'modified'
      current = { filename, status, lines: [] }
      continue
    }
    if (current && (current.lines.length > 0 || line.startsWith('@@'))) current.lines.push(line)
  }
  flush()
  // A trailing newline of the diff leaves one empty line after the last hunk.
  for (const file of files) file.patch = file.patch?.replace(/\n$/, '')
  return files
}

/** git quotes paths with unusual characters: `"b/with space\303\251.md"`. */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path
  const bytes: number[] = []
  const body = path.slice(1, -1)
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      continue
    }
    const next = body[i + 1] ?? ''
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8))
      i += 3
    } else {
      bytes.push(
        ({ n: 10, t: 9, '"': 34, '\\': 92 } as Record<string, number>)[next] ?? next.charCodeAt(0)
      )
      i += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
