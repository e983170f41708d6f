import type { Config } from '../config/schema.js'
import type {
  ArtifactRef,
  ParseProblem,
  Phase,
  PlanDocument,
  Range,
  Spanned,
  Task
} from '../model.js'
import { scanDocument } from '../scan/blocks.js'
import type { Block, HeadingBlock, ListItemBlock, ScannedDocument } from '../scan/types.js'
import { extractArtifacts, type TextSegment } from './artifacts.js'
import { readCheckboxTask } from './plan/checkbox.js'
import { damagedTaskLines } from './plan/damaged.js'
import { readPhaseField } from './plan/fields.js'
import { readPhaseHeading } from './plan/headings.js'
import { intern } from './plan/intern.js'
import { markerVocabulary, type MarkerVocabulary } from './plan/markers.js'
import { readTaskTable } from './plan/tables.js'

/**
 * Reads a phased plan (`plans/active/<ID>/implementation.md`): its title, phase sections with
 * their Goal / Prereqs / Exit Criteria lines, the tasks of their tables and checkbox lists, and
 * the artifacts the plan cites. Never throws: anything that looks like a phase or a task but
 * cannot be read becomes a ParseProblem.
 */
export function parsePlan(file: string, text: string, config: Config): PlanDocument {
  const document: PlanDocument = {
    kind: 'plan',
    file,
    phases: [],
    tasks: [],
    artifacts: [],
    problems: [],
    lineCount: 0
  }
  let scanned: ScannedDocument
  try {
    scanned = scanDocument(text)
  } catch (error) {
    document.problems.push({
      kind: 'other',
      message: `The plan could not be scanned: ${String(error)}`,
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
    })
    return document
  }
  document.lineCount = scanned.lines.length
  try {
    new PlanReader(document, scanned, config).read()
  } catch (error) {
    document.problems.push({
      kind: 'other',
      message: `The plan could not be read completely: ${String(error)}`,
      range: { line: 1, column: 1, endLine: 1, endColumn: 1 }
    })
  }
  return document
}

interface OpenPhase {
  phase: Phase
  depth: number
}

/** Kinds of block whose lines are never structure nor prose to scan for paths. */
const OPAQUE = new Set<Block['kind']>(['fence', 'indentedCode', 'html'])

class PlanReader {
  private readonly lines: string[]
  private readonly blocks: Block[]
  private readonly vocabulary: MarkerVocabulary
  private readonly open: OpenPhase[] = []
  /** 1 for the lines (0-based) inside code or HTML blocks. */
  private readonly opaque: Uint8Array
  /** 1 for lines (0-based) starting a block: a field value written below its label stops there. */
  private readonly blockStarts: Uint8Array
  /** For a list item (by block index), the line of its first nested list item. */
  private readonly firstChildItemLine: (number | undefined)[] = []

  constructor(
    private readonly document: PlanDocument,
    scanned: ScannedDocument,
    private readonly config: Config
  ) {
    this.lines = scanned.lines
    this.blocks = scanned.blocks
    this.vocabulary = markerVocabulary(config)
    this.opaque = new Uint8Array(this.lines.length)
    this.blockStarts = new Uint8Array(this.lines.length)
    for (const block of this.blocks) {
      if (block.kind === 'listItem' && block.parent >= 0) {
        this.firstChildItemLine[block.parent] ??= block.range.line
      }
      this.blockStarts[block.range.line - 1] = block.kind !== 'paragraph' ? 1 : 0
      if (!OPAQUE.has(block.kind)) continue
      for (let line = block.range.line; line <= block.range.endLine; line += 1) {
        this.opaque[line - 1] = 1
      }
    }
  }

  read(): void {
    for (let index = 0; index < this.blocks.length; index += 1) {
      const block = this.blocks[index] as Block
      switch (block.kind) {
        case 'heading':
          this.readHeading(block)
          break
        case 'table':
          this.addTasks(readTaskTable(block, this.lines, this.vocabulary, this.currentPhaseId()))
          break
        case 'listItem':
          this.readListItem(block, index)
          break
        case 'paragraph':
          this.readFields(block.range.line, block.range.endLine)
          this.addTasks({
            tasks: [],
            problems: damagedTaskLines(
              this.lines,
              block.range.line,
              block.range.endLine,
              this.vocabulary
            )
          })
          break
        default:
          break
      }
    }
    this.closePhasesFrom(0, this.lines.length)
    this.document.artifacts = this.readArtifacts()
    this.trimArrays()
  }

  /**
   * Replaces the arrays grown by `push` by copies of their exact size: a grown array keeps up to
   * 17 slots for a few elements, and a project holds several arrays per plan until it ends.
   */
  private trimArrays(): void {
    const document = this.document
    for (const phase of document.phases) phase.tasks = exactCopy(phase.tasks)
    document.phases = exactCopy(document.phases)
    document.tasks = exactCopy(document.tasks)
    document.problems = exactCopy(document.problems)
    document.artifacts = exactCopy(document.artifacts)
  }

  private readHeading(block: HeadingBlock): void {
    if (block.leakedPrefix !== undefined) {
      this.problem(
        'leaked-diff-marker',
        `Heading starts with a stray \`${block.leakedPrefix}\` (a leaked diff marker)`,
        block.range
      )
    }
    if (block.depth === 1 && this.document.title === undefined) {
      this.document.title = {
        value: block.text,
        raw: this.lines[block.range.line - 1]?.trim() ?? block.text,
        range: block.range
      }
    }
    // A heading closes every phase at its level or deeper.
    const closing = this.firstOpenAtDepth(block.depth)
    if (closing >= 0) this.closePhasesFrom(closing, block.range.line - 1)

    const heading = readPhaseHeading(block.text)
    if (heading === undefined) return
    if (heading.kind === 'unreadable') {
      this.problem(
        'unreadable-phase',
        `Phase heading ${heading.reason}: "${block.text}"`,
        block.range
      )
      return
    }
    // `### Phase 1 Completeness Evidence` inside `## Phase 1: …` is a part of that phase.
    if (this.isOpen(heading.id)) return
    const phase: Phase = {
      id: intern(heading.id),
      title: intern(heading.title),
      headingRange: block.range,
      range: {
        line: block.range.line,
        column: block.range.column,
        endLine: block.range.endLine,
        endColumn: block.range.endColumn
      },
      tasks: [],
      declaredComplete: heading.declaredComplete
    }
    this.document.phases.push(phase)
    this.open.push({ phase, depth: block.depth })
  }

  /** Stack position of the first open phase at `depth` or deeper; -1 for none. */
  private firstOpenAtDepth(depth: number): number {
    for (let index = 0; index < this.open.length; index += 1) {
      if ((this.open[index] as OpenPhase).depth >= depth) return index
    }
    return -1
  }

  private isOpen(phaseId: string): boolean {
    for (const open of this.open) if (open.phase.id === phaseId) return true
    return false
  }

  private readListItem(item: ListItemBlock, index: number): void {
    if (item.leakedPrefix !== undefined) {
      this.problem(
        'leaked-diff-marker',
        `List item starts with a stray \`${item.leakedPrefix}\` (a leaked diff marker)`,
        item.range
      )
    }
    const task = readCheckboxTask(
      item,
      this.ownRange(item, index),
      this.vocabulary,
      this.currentPhaseId()
    )
    if (task !== undefined) this.addTasks({ tasks: [task], problems: [] })
    else this.readFields(item.range.line, item.range.line)
  }

  /** The item's own lines: up to its first nested list item. */
  private ownRange(item: ListItemBlock, index: number): Range {
    const firstChild = this.firstChildItemLine[index]
    let endLine =
      firstChild === undefined ? item.range.endLine : Math.max(item.range.line, firstChild - 1)
    while (endLine > item.range.line && (this.lines[endLine - 1] ?? '').trim() === '') endLine -= 1
    const last = this.lines[endLine - 1] ?? ''
    return {
      line: item.range.line,
      column: item.range.column,
      endLine,
      endColumn: endLine === item.range.line ? item.range.endColumn : last.trimEnd().length + 1
    }
  }

  /** Goal / Prereqs / Exit Criteria lines of the innermost open phase. */
  private readFields(firstLine: number, lastLine: number): void {
    const open = this.open[this.open.length - 1]
    if (open === undefined) return
    for (let index = firstLine - 1; index < lastLine; index += 1) {
      const field = readPhaseField(this.lines, index, this.isBoundary)
      if (field === undefined) continue
      if (open.phase[field.key] === undefined) open.phase[field.key] = field.spanned as Spanned
      index = Math.max(index, field.endLine - 1)
    }
  }

  /** Whether a field value written below its label stops at line `index` (0-based). */
  private readonly isBoundary = (index: number): boolean =>
    this.opaque[index] === 1 || this.blockStarts[index] === 1

  private addTasks(result: { tasks: Task[]; problems: ParseProblem[] }): void {
    const phase = this.open[this.open.length - 1]?.phase
    for (const task of result.tasks) {
      this.document.tasks.push(task)
      phase?.tasks.push(task)
    }
    for (const problem of result.problems) this.document.problems.push(problem)
  }

  private currentPhaseId(): string | undefined {
    return this.open[this.open.length - 1]?.phase.id
  }

  /** Closes the open phases from stack position `from`; they end at line `lastLine` at most. */
  private closePhasesFrom(from: number, lastLine: number): void {
    let end = Math.min(lastLine, this.lines.length)
    while (end > 0 && (this.lines[end - 1] ?? '').trim() === '') end -= 1
    for (const { phase } of this.open.splice(from)) {
      const endLine = Math.max(end, phase.headingRange.line)
      const text = this.lines[endLine - 1] ?? ''
      phase.range = {
        line: phase.headingRange.line,
        column: phase.headingRange.column,
        endLine,
        endColumn:
          endLine === phase.headingRange.line ? phase.headingRange.endColumn : text.length + 1
      }
    }
  }

  /**
   * Artifact references of the plan, one scan per top-level block (one per table row), so
   * relative shorthand never reaches from one task into another. Code blocks and HTML are
   * skipped: commands there are instructions, not citations.
   */
  private readArtifacts(): ArtifactRef[] {
    const refs: ArtifactRef[] = []
    const options = {
      maxExpansion: this.config.artifacts.maxExpansion,
      ...planFolder(this.document.file)
    }
    const scan = (segments: TextSegment[]): void => {
      if (segments.length === 0) return
      // One by one: a block citing a huge number of paths must not overflow `push`'s arguments.
      for (const ref of extractArtifacts(segments, options)) refs.push(ref)
    }
    for (const block of this.blocks) {
      if (block.parent !== -1 || OPAQUE.has(block.kind)) continue
      if (block.kind === 'table') {
        for (const row of block.rows) scan(this.segments(row.line, row.line))
        continue
      }
      scan(this.segments(block.range.line, block.range.endLine))
    }
    return refs
  }

  private segments(firstLine: number, lastLine: number): TextSegment[] {
    const segments: TextSegment[] = []
    for (let line = firstLine; line <= lastLine; line += 1) {
      if (this.opaque[line - 1] === 1) continue
      const text = this.lines[line - 1] ?? ''
      if (text.trim() !== '') segments.push({ text, line, column: 1 })
    }
    return segments
  }

  private problem(kind: ParseProblem['kind'], message: string, range: Range): void {
    this.document.problems.push({ kind, message, range })
  }
}

/** The array itself when empty (no elements are allocated for it), else a copy of it. */
function exactCopy<T>(array: T[]): T[] {
  return array.length === 0 ? array : array.slice()
}

/** A plan that owns its folder (`plans/…/<ID>/implementation.md`) cites `reports/<stamp>/` from it. */
export function planFolder(file: string): { baseDir?: string } {
  // `/^(plans\/(?:.+\/)?[^/]+)\/(?:implementation|plan)\.md$/` by plain string search (once per plan).
  const slash = file.lastIndexOf('/')
  const name = file.slice(slash + 1)
  if (!file.startsWith('plans/') || (name !== 'implementation.md' && name !== 'plan.md')) return {}
  const dir = file.slice(0, slash)
  const inner = dir.lastIndexOf('/')
  // The folder's own name is not empty; the folders between `plans/` and it (if any) are at
  // least one character without a line break (what `.+` matches).
  if (inner < 5 || inner === dir.length - 1) return {}
  if (inner > 5 && (inner === 6 || LINE_BREAK.test(dir.slice(6, inner)))) return {}
  return { baseDir: dir }
}

const LINE_BREAK = /[\n\r\u2028\u2029]/
