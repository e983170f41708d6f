/**
 * Repository text shown on GitHub must not ping anyone, link issues, or change the structure of
 * what planguard posts. remark-stringify already escapes Markdown and HTML syntax in text nodes;
 * these helpers add what GitHub layers on top of Markdown (mentions, issue references) and flatten
 * text that must stay on one line.
 */

const ZERO_WIDTH_SPACE = '\u200b'

/**
 * Breaks `@name`, `#12`, `owner/repo#12` and `GH-12` autolinks with a zero-width space, which
 * GitHub renders invisibly but which stops the reference from resolving.
 */
export function defuseReferences(text: string): string {
  return (
    text
      .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
      // Also inside a word ("0GH-1"): an invisible space too many costs nothing, one too few pings.
      .replace(/(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
  )
}

/** One line of plain text: newlines and runs of whitespace collapse to a single space. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Shortens to at most `max` characters, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = [...text].slice(0, Math.max(0, max - 1)).join('')
  return `${cut.slice(0, max - 1)}…`
}

/** Encodes each segment of a repository path for use in a URL (`@`, `#`, `?` included). */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
