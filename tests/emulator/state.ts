import type {
  CommitRecord,
  EmulatorState,
  IssueRecord,
  LabelRecord,
  TokenGrant,
  UserRecord
} from './types.js'

/** State construction, id allocation and the small look-ups every route needs. */

export const DEFAULT_TOKENS: Record<string, TokenGrant> = {
  'rw-token': { login: 'github-actions[bot]', type: 'Bot', permission: 'write' },
  'ro-token': { login: 'github-actions[bot]', type: 'Bot', permission: 'read' },
  'human-token': { login: 'octocat', type: 'User', permission: 'write' }
}

/** Stable ids for well-known accounts, so assertions can name them. */
const KNOWN_USER_IDS: Record<string, number> = { 'github-actions[bot]': 41898282, octocat: 583231 }

export function userRecord(login: string, type: 'Bot' | 'User'): UserRecord {
  return { login, type, id: KNOWN_USER_IDS[login] ?? stableId(login) }
}

function stableId(text: string): number {
  let hash = 7
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007
  return 10_000_000 + (hash % 90_000_000)
}

export function createState(
  owner: string,
  repo: string,
  defaultBranch: string,
  issuesEnabled: boolean
): EmulatorState {
  return {
    owner,
    repo,
    defaultBranch,
    issuesEnabled,
    issues: [],
    issueComments: [],
    labels: [],
    pulls: [],
    pullFiles: new Map(),
    reviews: [],
    reviewComments: [],
    commits: [],
    branches: {}
  }
}

/** A timestamp as GitHub writes it: ISO 8601 without milliseconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Allocates ids the way GitHub does in spirit: large, unique across the whole emulator. */
export class IdAllocator {
  private next = 1_000_001
  allocate(): number {
    return this.next++
  }
  reset(): void {
    this.next = 1_000_001
  }
}

export function nextIssueNumber(state: EmulatorState): number {
  return state.issues.reduce((max, issue) => Math.max(max, issue.number), 0) + 1
}

export function findIssue(state: EmulatorState, number: number): IssueRecord | undefined {
  return state.issues.find((issue) => issue.number === number)
}

/**
 * The commit a ref names: a full or abbreviated (7+) sha, a branch (`main`, `heads/main`,
 * `refs/heads/main`), or, without a ref, the default branch's head.
 */
export function resolveCommit(
  state: EmulatorState,
  ref: string | undefined
): CommitRecord | undefined {
  const wanted = ref ?? state.defaultBranch
  const branch = wanted.replace(/^refs\//, '').replace(/^heads\//, '')
  const branchHead = state.branches[branch]
  if (branchHead) return state.commits.find((commit) => commit.sha === branchHead)
  const exact = state.commits.find((commit) => commit.sha === wanted)
  if (exact || wanted.length < 7 || !/^[0-9a-f]+$/i.test(wanted)) return exact
  const matches = state.commits.filter((commit) => commit.sha.startsWith(wanted.toLowerCase()))
  return matches.length === 1 ? matches[0] : undefined
}

export function findLabel(state: EmulatorState, name: string): LabelRecord | undefined {
  const wanted = name.toLowerCase()
  return state.labels.find((label) => label.name.toLowerCase() === wanted)
}

/** GitHub creates labels that an issue write names but the repository lacks. */
export function ensureLabel(state: EmulatorState, ids: IdAllocator, name: string): LabelRecord {
  const existing = findLabel(state, name)
  if (existing) return existing
  const label: LabelRecord = { id: ids.allocate(), name, color: 'ededed', description: null }
  state.labels.push(label)
  return label
}
