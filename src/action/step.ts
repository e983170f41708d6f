import type { GitHubClient } from '../github/client.js'
import type { BlobLinks } from '../github/links.js'
import type { RepoRef } from '../github/repo-ref.js'
import type { ChangeCheck } from './change.js'
import type { ActionInputs } from './inputs.js'
import type { ActionIO } from './io.js'

/** What the review and mirror steps share: the check, where to post, and where to report. */
export interface StepContext {
  client: GitHubClient
  repo: RepoRef
  inputs: ActionInputs
  change: ChangeCheck
  /** Folder of the checked tree on disk. */
  root: string
  /** That folder relative to the repository (`working-directory`), `''` for the root. */
  pathPrefix: string
  links?: BlobLinks
  io: ActionIO
  /** Lines for the job summary. */
  notes: string[]
}
