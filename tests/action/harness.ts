import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Annotation } from '../../src/action/annotations.js'
import type { ActionIO } from '../../src/action/io.js'
import { run, type RunResult } from '../../src/action/run.js'
import { splitUnifiedDiff } from '../../src/github/review/local-diff.js'
import type { Emulator, RecordedRequest } from '../emulator/index.js'
import { TempGitRepo } from '../helpers/git-repo.js'

/**
 * Runs the Action in-process against the GitHub emulator and a temporary git repository, the
 * way the runner would: event payload file, INPUT_* variables, RUNNER_TEMP.
 */

export const REPOSITORY = 'octo-org/planning-repo'

export interface Entry {
  id: string
  priority?: string
  status?: string
  attempts?: string[]
}

/** A ledger with one `## [ID]` entry per item; the same input always gives the same text. */
export function ledgerText(entries: Entry[]): string {
  const lines = ['# Demo Fix Plan Ledger', '', '**Last Updated:** 2025-10-17', '']
  for (const entry of entries) {
    lines.push(`## [${entry.id}] Work on ${entry.id.toLowerCase()}`)
    lines.push(`- Priority: ${entry.priority ?? 'High'}`)
    lines.push(`- Status: ${entry.status ?? 'in_progress'}`)
    lines.push('- Attempts History:')
    for (const [i, text] of (entry.attempts ?? ['Planning: wrote the plan.']).entries()) {
      lines.push(`  * [2025-10-1${Math.min(i, 7)}] Attempt #${i} — ${text}`)
    }
    lines.push('- Exit Criteria:', '  - Done when done.', '')
  }
  return lines.join('\n')
}

export class RecordingIO implements ActionIO {
  readonly infos: string[] = []
  readonly warnings: string[] = []
  readonly errors: string[] = []
  readonly annotations: Annotation[] = []
  readonly outputs = new Map<string, string>()
  summary = ''
  info(message: string) {
    this.infos.push(message)
  }
  warning(message: string) {
    this.warnings.push(message)
  }
  error(message: string) {
    this.errors.push(message)
  }
  annotate(annotation: Annotation) {
    this.annotations.push(annotation)
  }
  setOutput(name: string, value: string) {
    this.outputs.set(name, value)
  }
  async appendSummary(markdown: string) {
    this.summary += markdown
  }
}

export class Scenario {
  readonly repo = new TempGitRepo('planguard-action-')
  readonly temp = mkdtempSync(join(tmpdir(), 'planguard-runner-'))
  private runs = 0

  constructor(readonly emulator: Emulator) {}

  commit(message: string, files: Record<string, string>, date?: string): string {
    return this.repo.commit(message, files, date)
  }

  /** The patches of base..head as `pulls.listFiles` would return them. */
  patches(base: string, head: string) {
    const diff = this.repo.git('diff', '--no-renames', base, head, '--')
    return splitUnifiedDiff(diff + '\n').map((f) => ({
      filename: f.filename,
      status: f.status ?? 'modified',
      patch: f.patch ?? ''
    }))
  }

  /** Opens or updates pull request `number` with the diff base..head (head checked out). */
  pullRequest(
    number: number,
    base: string,
    head: string,
    action = 'opened',
    headRepo: string | null = REPOSITORY
  ) {
    this.repo.git('checkout', '-q', head)
    this.emulator.addPullRequest({
      number,
      headSha: head,
      baseSha: base,
      headRepo: headRepo === null ? null : { fullName: headRepo },
      files: this.patches(base, head)
    })
    return {
      action,
      number,
      pull_request: {
        number,
        head: {
          sha: head,
          ref: 'feature',
          repo: headRepo === null ? null : { full_name: headRepo }
        },
        base: { sha: base, ref: 'main', repo: { full_name: REPOSITORY } }
      },
      repository: { full_name: REPOSITORY, default_branch: 'main' }
    }
  }

  pushPayload(before: string, after: string, ref = 'refs/heads/main') {
    this.repo.git('checkout', '-q', after)
    return {
      ref,
      before,
      after,
      deleted: false,
      repository: { full_name: REPOSITORY, default_branch: 'main' },
      head_commit: { id: after, timestamp: this.repo.git('log', '-1', '--format=%cI', after) }
    }
  }

  /** Runs the Action; `workspace` replaces the repository as the checkout (e.g. a shallow clone). */
  async run(
    eventName: string,
    payload: object,
    inputs: Record<string, string> = {},
    token = 'rw-token',
    workspace = this.repo.root
  ) {
    this.runs += 1
    const folder = join(this.temp, `run-${this.runs}`)
    mkdirSync(folder, { recursive: true })
    const eventPath = join(folder, 'event.json')
    writeFileSync(eventPath, JSON.stringify(payload))
    const sha =
      (payload as { after?: string; pull_request?: { head: { sha: string } } }).after ??
      (payload as { pull_request?: { head: { sha: string } } }).pull_request?.head.sha ??
      ''
    const env: NodeJS.ProcessEnv = {
      GITHUB_API_URL: this.emulator.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: folder,
      INPUT_TOKEN: token,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
    }
    const io = new RecordingIO()
    const before = this.emulator.requests.length
    const result: RunResult = await run({ env, io, cwd: workspace })
    const requests = this.emulator.requests.slice(before)
    return { result, io, requests, writes: requests.filter(isWrite) }
  }

  dispose() {
    this.repo.dispose()
    rmSync(this.temp, { recursive: true, force: true })
  }
}

function isWrite(request: RecordedRequest): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD'
}

/** `POST /repos/…/pulls/1/reviews` → `POST pulls/1/reviews` for short assertions. */
export function describeRequest(request: RecordedRequest): string {
  return `${request.method} ${request.path.replace(`/repos/${REPOSITORY}/`, '')} ${request.status}`
}
