import type { PhrasingContent, RootContent } from 'mdast'
import type { Finding } from '../../core/findings.js'
import { type BlobLinks, blobUrl } from '../links.js'
import { fingerprintMarker, REVIEW_MARKER } from '../markers.js'
import { code, html, link, list, paragraph, plain, stringify, strong, text } from '../markdown.js'
import type { InlineComment, ReviewPlan } from './plan.js'

export const MAX_LISTED_FINDINGS = 100

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' } as const

function findingLine(finding: Finding): PhrasingContent[] {
  return [
    strong(plain(SEVERITY_LABEL[finding.severity])),
    plain(' '),
    code(finding.ruleId),
    plain(': '),
    text(finding.message)
  ]
}

/** The body of one inline comment: the finding, an optional suggestion, the hidden marker. */
export function renderInlineComment(comment: InlineComment): string {
  const { finding } = comment
  const blocks: RootContent[] = [paragraph(...findingLine(finding))]
  if (comment.withSuggestion && finding.suggestion) {
    blocks.push({
      type: 'code',
      lang: 'suggestion',
      value: finding.suggestion.replacement.replace(/\n$/, '')
    })
  }
  blocks.push(html(fingerprintMarker(finding.fingerprint)))
  return stringify(blocks)
}

function locationOf(finding: Finding, links: BlobLinks | undefined): PhrasingContent {
  const label = code(`${finding.file}:${finding.line}`)
  return links ? link(blobUrl(links, finding.file, finding.line), [label]) : label
}

/**
 * The review body: how many new findings, then those that could not go inline. Hidden markers
 * record the listed fingerprints so a re-run does not list them again.
 */
export function renderReviewBody(plan: ReviewPlan, links?: BlobLinks): string {
  const total = plan.inline.length + plan.listed.length
  const blocks: RootContent[] = [
    paragraph(
      strong(plain('planguard')),
      plain(` found ${total} new finding${total === 1 ? '' : 's'} in this pull request`),
      plain(plan.inline.length > 0 ? ` (${plan.inline.length} commented inline).` : '.')
    )
  ]
  // A review body is limited to 65,536 characters: list a bounded number, count the rest.
  const shown = plan.listed.slice(0, MAX_LISTED_FINDINGS)
  if (shown.length > 0) {
    blocks.push(paragraph(plain('Not on a line of the diff, or over the inline comment limit:')))
    blocks.push(list(shown.map((f) => [locationOf(f, links), plain(' '), ...findingLine(f)])))
  }
  const hidden = plan.listed.length - shown.length
  if (hidden > 0) {
    blocks.push(paragraph(plain(`…and ${hidden} more, listed in the job summary of this run.`)))
  }
  blocks.push(
    html([REVIEW_MARKER, ...shown.map((f) => fingerprintMarker(f.fingerprint))].join('\n'))
  )
  return stringify(blocks)
}
