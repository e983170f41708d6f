/**
 * Which lines of a file's patch a review comment may sit on, as GitHub resolves them: by
 * `line` + `side` (LEFT = the old file, RIGHT = the new one) or by `position` (1 = the line
 * below the first `@@` header; later headers count as positions too).
 */

export interface DiffLine {
  position: number
  /** Index of the hunk the line belongs to, so multi-line comments can be kept in one hunk. */
  hunk: number
  /** Line in the old file, when the line exists there (context and deletions). */
  left: number | null
  /** Line in the new file, when the line exists there (context and additions). */
  right: number | null
}

export interface PatchIndex {
  lines: DiffLine[]
  /** The patch text up to and including each position, for `diff_hunk`. */
  hunkTextUpTo(position: number): string
}

const HUNK_HEADER = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/

export function indexPatch(patch: string): PatchIndex {
  const rows = patch.split('\n')
  const lines: DiffLine[] = []
  const hunkStarts: number[] = []
  let position = -1
  let hunk = -1
  let oldLine = 0
  let newLine = 0
  rows.forEach((row, rowIndex) => {
    const header = HUNK_HEADER.exec(row)
    if (header) {
      position++
      hunk++
      hunkStarts.push(rowIndex)
      oldLine = Number(header[1])
      newLine = Number(header[2])
      return
    }
    if (hunk < 0) return
    // A trailing empty string from a final newline is not a diff line.
    if (row === '' && rowIndex === rows.length - 1) return
    position++
    const marker = row[0]
    if (marker === '+') lines.push({ position, hunk, left: null, right: newLine++ })
    else if (marker === '-') lines.push({ position, hunk, left: oldLine++, right: null })
    else if (marker === '\\') lines.push({ position, hunk, left: null, right: null })
    else lines.push({ position, hunk, left: oldLine++, right: newLine++ })
  })
  return {
    lines,
    hunkTextUpTo(target: number): string {
      const line = lines.find((candidate) => candidate.position === target)
      if (!line) return ''
      const start = hunkStarts[line.hunk] ?? 0
      // Rows and positions advance together after the first header.
      const firstHeaderRow = hunkStarts[0] ?? 0
      return rows.slice(start, firstHeaderRow + target + 1).join('\n')
    }
  }
}

export function findByLine(
  index: PatchIndex,
  line: number,
  side: 'LEFT' | 'RIGHT'
): DiffLine | undefined {
  return index.lines.find((candidate) =>
    side === 'LEFT' ? candidate.left === line : candidate.right === line
  )
}

export function findByPosition(index: PatchIndex, position: number): DiffLine | undefined {
  return index.lines.find((candidate) => candidate.position === position)
}
