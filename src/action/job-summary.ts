import type { RootContent } from 'mdast'
import type { Finding } from '../core/findings.js'
import { sortFindings } from '../github/findings-order.js'
import { type BlobLinks, blobUrl } from '../github/links.js'
import {
  code,
  heading,
  link,
  paragraph,
  plain,
  stringify,
  table,
  text
} from '../github/markdown.js'

/** GitHub rejects a step summary over 1 MiB; leave room for other steps' summaries. */
export const JOB_SUMMARY_BUDGET = 512 * 1024

export interface JobSummaryInput {
  findings: readonly Finding[]
  /** Diff mode: the findings the change introduced (marked "new"). */
  introduced?: readonly Finding[]
  fixed?: readonly Finding[]
  /** What else the run did, one line each (review posted, issue updated, fallbacks). */
  notes: readonly string[]
  links?: BlobLinks
}

export function renderJobSummary(input: JobSummaryInput): string {
  const introduced = new Set(input.introduced?.map((f) => f.fingerprint))
  const counts = { error: 0, warning: 0, info: 0 }
  for (const finding of input.findings) counts[finding.severity] += 1
  const intro: RootContent[] = [
    heading(2, plain('planguard')),
    paragraph(
      plain(
        `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'note')}`
      ),
      plain(
        input.introduced
          ? ` — ${input.introduced.length} new in this change, ${input.fixed?.length ?? 0} fixed.`
          : '.'
      )
    ),
    ...input.notes.map((note) => paragraph(text(note)))
  ]
  let body = stringify(intro)
  if (input.findings.length === 0) return body
  const rows = sortFindings(input.findings).map((f) => [
    [plain(introduced.has(f.fingerprint) ? 'new' : '')],
    [plain(f.severity)],
    [code(f.ruleId)],
    [
      input.links
        ? link(blobUrl(input.links, f.file, f.line), [code(`${f.file}:${f.line}`)])
        : code(`${f.file}:${f.line}`)
    ],
    [text(f.message)]
  ])
  const [header, delimiter, ...lines] = stringify([
    table(['', 'Severity', 'Rule', 'Where', 'Message'], rows)
  ])
    .trimEnd()
    .split('\n')
  body += `\n${header}\n${delimiter}\n`
  let written = 0
  for (const line of lines) {
    if (body.length + line.length + 200 > JOB_SUMMARY_BUDGET) break
    body += `${line}\n`
    written += 1
  }
  if (written < lines.length)
    body += `\n_…${lines.length - written} more findings in the findings-json output._\n`
  return body
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
