import type {
  BlockContent,
  Html,
  Link,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text
} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { defuseReferences, singleLine } from './escape.js'

/**
 * Everything planguard posts on GitHub is built as an mdast tree and serialised here, so that
 * repository text only ever enters as text nodes (escaped by remark) and never as raw Markdown.
 */

const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' })

export function stringify(children: RootContent[]): string {
  const root: Root = { type: 'root', children }
  return processor.stringify(root).trimEnd() + '\n'
}

/** Repository or finding text, defused and kept on one line. */
export function text(value: string): Text {
  return { type: 'text', value: defuseReferences(singleLine(value)) }
}

/** Text planguard itself wrote (no references to defuse), kept as given. */
export function plain(value: string): Text {
  return { type: 'text', value }
}

export function strong(...children: PhrasingContent[]): PhrasingContent {
  return { type: 'strong', children }
}

export function code(value: string): PhrasingContent {
  return { type: 'inlineCode', value: singleLine(value) }
}

export function link(url: string, children: PhrasingContent[]): Link {
  return { type: 'link', url, children }
}

export function paragraph(...children: PhrasingContent[]): BlockContent {
  return { type: 'paragraph', children }
}

export function heading(depth: 1 | 2 | 3 | 4, ...children: PhrasingContent[]): RootContent {
  return { type: 'heading', depth, children }
}

export function list(items: PhrasingContent[][]): BlockContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children }]
    }))
  }
}

export function table(headers: string[], rows: PhrasingContent[][][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((children): TableCell => ({ type: 'tableCell', children }))
  })
  return { type: 'table', children: [row(headers.map((h) => [plain(h)])), ...rows.map(row)] }
}

/** Raw HTML planguard itself controls (markers, `<details>` wrappers); never repository text. */
export function html(value: string): Html {
  return { type: 'html', value }
}

/** A collapsible block around already-built content. */
export function details(summary: string, children: RootContent[]): RootContent[] {
  return [
    html(`<details><summary>${escapeHtml(summary)}</summary>`),
    ...children,
    html('</details>')
  ]
}

function escapeHtml(value: string): string {
  return defuseReferences(singleLine(value))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}
