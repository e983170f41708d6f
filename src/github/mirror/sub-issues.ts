import type { LedgerDocument, LedgerEntry } from '../../core/model.js'
import { createOnce, type GitHubClient, statusOf } from '../client.js'
import { clip, defuseReferences, singleLine } from '../escape.js'
import { parseEntryMarker, parseMirrorMarker } from '../markers.js'
import type { RepoRef } from '../repo-ref.js'
import { isActiveEntry, type MirrorInput, renderEntryIssue } from './render.js'

/**
 * Optional sub-issues of the tracking issue: one per active ledger entry, recognised by its
 * entry marker and author, updated when its section changes, closed (never deleted) when the
 * entry is done. Bounded so a huge ledger cannot turn one push into thousands of requests.
 */
export const MAX_SUB_ISSUES = 50

export interface SubIssueTarget extends RepoRef {
  parentNumber: number
  label: string
  botLogin: string
}

export interface SubIssueOutcome {
  created: number
  updated: number
  closed: number
  skipped: number
}

interface ChildIssue {
  id: number
  number: number
  body: string
  state: string
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/

async function listChildren(
  client: GitHubClient,
  target: SubIssueTarget
): Promise<Map<string, ChildIssue>> {
  const children = await client.paginate(client.rest.issues.listSubIssues, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.parentNumber,
    per_page: 100
  })
  const byEntry = new Map<string, ChildIssue>()
  for (const child of children) {
    const entryId = parseEntryMarker(child.body)
    if (!entryId || child.user?.login !== target.botLogin || byEntry.has(entryId)) continue
    byEntry.set(entryId, {
      id: child.id,
      number: child.number,
      body: child.body ?? '',
      state: child.state
    })
  }
  return byEntry
}

function issueTitle(entry: LedgerEntry): string {
  // GitHub links `#12` in titles too.
  return clip(defuseReferences(`[${entry.id}] ${singleLine(entry.title)}`), 200)
}

export async function syncSubIssues(
  client: GitHubClient,
  target: SubIssueTarget,
  input: MirrorInput
): Promise<SubIssueOutcome> {
  const outcome: SubIssueOutcome = { created: 0, updated: 0, closed: 0, skipped: 0 }
  const children = await listChildren(client, target)
  const entries: Array<{ ledger: LedgerDocument; entry: LedgerEntry }> = input.ledgers.flatMap(
    (ledger) =>
      ledger.entries.filter((entry) => SAFE_ID.test(entry.id)).map((entry) => ({ ledger, entry }))
  )
  let budget = MAX_SUB_ISSUES
  for (const { ledger, entry } of entries) {
    const existing = children.get(entry.id)
    const active = isActiveEntry(entry, input.doneStatuses)
    if (!active) {
      if (existing && existing.state === 'open') {
        await client.rest.issues.update({
          owner: target.owner,
          repo: target.repo,
          issue_number: existing.number,
          state: 'closed',
          state_reason: 'completed'
        })
        outcome.closed += 1
      }
      continue
    }
    if (budget <= 0) {
      outcome.skipped += 1
      continue
    }
    const rendered = renderEntryIssue(input, ledger, entry)
    if (existing) {
      if (parseMirrorMarker(existing.body)?.hash === rendered.hash) continue
      budget -= 1
      await client.rest.issues.update({
        owner: target.owner,
        repo: target.repo,
        issue_number: existing.number,
        body: rendered.body
      })
      outcome.updated += 1
      continue
    }
    budget -= 1
    await createChild(client, target, issueTitle(entry), rendered.body, entry.id)
    outcome.created += 1
  }
  return outcome
}

async function createChild(
  client: GitHubClient,
  target: SubIssueTarget,
  title: string,
  body: string,
  entryId: string
) {
  const child = await createOnce(
    async () => {
      const { data } = await client.rest.issues.create({
        owner: target.owner,
        repo: target.repo,
        title,
        body,
        labels: [target.label],
        request: { retries: 0 }
      })
      return { id: data.id, number: data.number }
    },
    async () => {
      // A child created before the error is not linked yet: look among the labelled issues.
      const issues = await client.paginate(client.rest.issues.listForRepo, {
        owner: target.owner,
        repo: target.repo,
        labels: target.label,
        creator: target.botLogin,
        state: 'all',
        per_page: 100
      })
      const found = issues.find(
        (i) => parseEntryMarker(i.body) === entryId && i.user?.login === target.botLogin
      )
      return found ? { id: found.id, number: found.number } : undefined
    }
  )
  try {
    await client.rest.issues.addSubIssue({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.parentNumber,
      sub_issue_id: child.id
    })
  } catch (error) {
    // 422: already linked (a retried run); the child exists either way.
    if (statusOf(error) !== 422) throw error
  }
}
