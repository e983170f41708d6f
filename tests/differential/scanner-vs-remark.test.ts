/**
 * Differential test: the line scanner must see the same structure as remark (CommonMark + GFM)
 * on every Markdown file of the real corpus — the same headings, list items, tables and fences,
 * at the same lines. remark is the reference; the scanner is the fast path.
 *
 * Documented divergences, excluded from the comparison:
 * - block quotes: the scanner reads `> …` lines as paragraphs, so nothing inside a quote counts;
 * - damaged lines the scanner keeps on purpose (`-### [ID]`, `-- Field:`: `leakedPrefix`), which
 *   CommonMark reads as paragraphs.
 * Where list items end is compared on the planning documents (ledgers and plans); elsewhere only
 * where they start: in agent instruction files with raw HTML in lazy continuation lines, remark ends
 * some items earlier than the scanner does (5 files of 373 when this test was written).
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { scanDocument } from '../../src/core/scan/blocks.js'

const corpusRoot = resolve(process.cwd(), '..', 'shared', 'corpus')
const corpus = existsSync(corpusRoot) ? describe : describe.skip

interface Structure {
  headings: string[]
  listItems: string[]
  tables: string[]
  fences: string[]
}

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === '.git' || name === 'node_modules') continue
    const path = join(dir, name)
    const stat = statSync(path, { throwIfNoEntry: false })
    if (stat?.isDirectory()) markdownFiles(path, out)
    else if (stat?.isFile() && name.endsWith('.md') && stat.size > 0) out.push(path)
  }
  return out
}

function remarkStructure(text: string): Structure {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root
  const lines = text.split(/\r\n|\r|\n/)
  const found: Structure = { headings: [], listItems: [], tables: [], fences: [] }
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'blockquote') return
    const line = node.position?.start.line ?? 0
    if (node.type === 'heading') found.headings.push(`${line}:h${node.depth}`)
    if (node.type === 'listItem') found.listItems.push(`${line}-${node.position?.end.line}`)
    if (node.type === 'table') found.tables.push(`${line}:${node.children.length - 1} rows`)
    if (node.type === 'code' && /^\s*(```|~~~)/.test(lines[line - 1] ?? ''))
      found.fences.push(`${line}`)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return found
}

function scannerStructure(text: string): Structure {
  const { lines, blocks } = scanDocument(text)
  const quoted = (line: number): boolean => /^\s{0,3}>/.test(lines[line - 1] ?? '')
  const found: Structure = { headings: [], listItems: [], tables: [], fences: [] }
  for (const block of blocks) {
    const line = block.range.line
    if (quoted(line)) continue
    if (block.kind === 'heading' && block.leakedPrefix === undefined)
      found.headings.push(`${line}:h${block.depth}`)
    if (block.kind === 'listItem' && block.leakedPrefix === undefined)
      found.listItems.push(`${line}-${block.range.endLine}`)
    if (block.kind === 'table') found.tables.push(`${line}:${block.rows.length} rows`)
    if (block.kind === 'fence') found.fences.push(`${line}`)
  }
  return found
}

/** Lines of a remark structure that fall inside a leaked-prefix item are not comparable. */
function withoutLeaked(reference: Structure, text: string): Structure {
  const { blocks } = scanDocument(text)
  const leakedLines = new Set<number>()
  for (const block of blocks) {
    if ('leakedPrefix' in block && block.leakedPrefix !== undefined) {
      for (let l = block.range.line; l <= block.range.endLine; l++) leakedLines.add(l)
    }
  }
  const keep = (key: string): boolean => !leakedLines.has(Number(key.split(/[:-]/)[0]))
  return {
    headings: reference.headings.filter(keep),
    listItems: reference.listItems.filter(keep),
    tables: reference.tables.filter(keep),
    fences: reference.fences.filter(keep)
  }
}

function isPlanningDocument(file: string): boolean {
  const path = relative(corpusRoot, file).split('\\').join('/')
  return /\/plans\//.test(path) || /fix_?plan[^/]*\.md$/.test(path)
}

corpus('scanner agrees with remark on the real corpus', () => {
  const files = existsSync(corpusRoot) ? markdownFiles(corpusRoot) : []

  it('finds Markdown files to compare', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it.each(files.map((f) => [relative(corpusRoot, f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    const scanned = scannerStructure(text)
    const reference = withoutLeaked(remarkStructure(text), text)
    const scannedComparable = withoutLeaked(scanned, text)
    if (!isPlanningDocument(file)) {
      const startsOnly = (items: string[]): string[] =>
        items.map((item) => item.split('-')[0] ?? '')
      scannedComparable.listItems = startsOnly(scannedComparable.listItems)
      reference.listItems = startsOnly(reference.listItems)
    }
    expect(scannedComparable.headings).toEqual(reference.headings)
    expect(scannedComparable.tables).toEqual(reference.tables)
    expect(scannedComparable.fences).toEqual(reference.fences)
    expect(scannedComparable.listItems).toEqual(reference.listItems)
  })
})
