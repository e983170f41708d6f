import type { PlanLink } from '../model.js'
import { ruleOptions, type Rule } from './types.js'
import { NearbyPaths, stripSlash } from './util/evidence-nearby.js'
import { entryLabel, TreeLines } from './util/evidence-text.js'

const options = ruleOptions(
  (z) =>
    z
      .object({
        /** Offer a fix that rewrites the link to the archived location when the plan moved there. */
        suggestArchived: z.boolean().default(true)
      })
      .strict(),
  { suggestArchived: true }
)

/** File names too common to identify a plan on their own. */
const GENERIC_NAMES = new Set([
  'plan.md',
  'implementation.md',
  'readme.md',
  'index.md',
  'summary.md'
])

export const planLinkExists: Rule<typeof options> = {
  id: 'plan-link-exists',
  description:
    "Each ledger entry's plan link points to a file that exists (or says where it moved).",
  defaultSeverity: 'error',
  docs: 'docs/rules/plan-link-exists.md',
  options,
  check(ctx) {
    const { project } = ctx
    const nearby = new NearbyPaths(project.fs)
    const source = new TreeLines(project.fs)
    let archived: string[] | undefined
    for (const ledger of project.ledgers) {
      for (const entry of ledger.entries) {
        for (const link of entry.plans) {
          if (!looksLikePath(link.path) || nearby.stat(link.path) !== undefined) continue
          if (announcedOnly(source.lines(ledger.file), link)) continue
          archived ??= project.fs.glob(project.config.files.archivedPlans)
          const moved = findArchived(link.path, archived)
          const what = `Plan link \`${link.path}\` of ${entryLabel(entry)}`
          const message = moved
            ? `${what} does not exist: the plan was moved to \`${moved}\`; point the link there (or close the entry if the initiative is finished)`
            : `${what} does not exist${didYouMean(nearby, link.path)}`
          const suggestion =
            moved && ctx.options.suggestArchived
              ? rewriteLink(source.lines(ledger.file), link, moved)
              : undefined
          ctx.report({
            file: ledger.file,
            range: link.range,
            message,
            entity: `${entry.id}#plan:${stripSlash(link.path)}`,
            entryId: entry.id,
            ...(suggestion ? { suggestion } : {})
          })
        }
      }
    }
  }
}

/** Words just before a link that make it a plan still to be created ("needs activation under …"). */
const NOT_YET =
  /\b(?:needs?|will|to\s+be|pending|tbd|future|planned|once|when|later|create[ds]?|activat(?:e|ed|ion)|move[ds]?\s+to)\b[^.;]{0,40}$/i

function announcedOnly(lines: string[], link: PlanLink): boolean {
  const text = lines[link.range.line - 1] ?? ''
  const before = text.slice(
    Math.max(0, link.range.column - 1 - 60),
    Math.max(0, link.range.column - 1)
  )
  return NOT_YET.test(before.replace(/[`*_]/g, ''))
}

function looksLikePath(path: string): boolean {
  return path !== '' && !/[\s<>*$?]/.test(path) && !path.startsWith('/') && !path.startsWith('~')
}

function didYouMean(nearby: NearbyPaths, path: string): string {
  const guess = nearby.suggest(path)
  return guess ? `; did you mean \`${guess}\`?` : '; correct the link or restore the plan'
}

/** The archived copy of a plan: same path below the plans folder, or the same distinctive name. */
export function findArchived(linkPath: string, archived: readonly string[]): string | undefined {
  const path = stripSlash(linkPath)
  const tail = path.replace(/^plans\/(?:active\/)?/, '')
  const byTail = archived.find((file) => file.endsWith(`/${tail}`) || file.includes(`/${tail}/`))
  if (byTail) return file(byTail, tail)
  const base = tail.split('/').pop() ?? ''
  if (base === '' || GENERIC_NAMES.has(base.toLowerCase())) return undefined
  return archived.find((f) => f.split('/').pop() === base)
}

/** For a folder link, the archived folder rather than the first file found in it. */
function file(found: string, tail: string): string {
  const at = found.indexOf(`/${tail}/`)
  return at >= 0 ? `${found.slice(0, at + tail.length + 1)}/` : found
}

function rewriteLink(lines: string[], link: PlanLink, moved: string) {
  const text = lines[link.range.line - 1]
  if (text === undefined || link.range.endLine !== link.range.line) return undefined
  const at = text.indexOf(link.path)
  if (at < 0) return undefined
  const replacement =
    text.slice(0, at) + moved.replace(/\/$/, '') + text.slice(at + link.path.length)
  return {
    range: {
      line: link.range.line,
      column: 1,
      endLine: link.range.line,
      endColumn: text.length + 1
    },
    replacement
  }
}
