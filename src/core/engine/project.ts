import type { Config } from '../config/schema.js'
import { errorMessage } from '../errors.js'
import type { LedgerDocument, ParseProblem, PlanDocument } from '../model.js'
import { exclusionMatcher } from '../repo/match.js'
import { normalizeRepoPath } from '../repo/paths.js'
import { wholeText, type DocumentText } from '../repo/paged-text.js'
import type { RepoFS } from '../repo/types.js'
import type { Project } from '../rules/types.js'
import { withSummaryEntries } from './archive-ledgers.js'
import { defaultParsers, type DocumentParsers } from './parsers.js'
import { FILE_START, readDocument, unreadableLedger, unreadablePlan } from './read-document.js'
import { findReportFolders } from './report-folders.js'

/** A project plus the text each document was parsed from (suppression comments live there). */
export interface LoadedProject {
  project: Project
  sources: Map<string, DocumentText>
}

/** Names a linked plan folder may hold its plan under, in order of preference. */
const PLAN_FILE_NAMES = ['implementation.md', 'plan.md']

/** Discovers and parses the planning documents of a tree. */
export function buildProject(
  fs: RepoFS,
  config: Config,
  now: Date,
  parsers: DocumentParsers = defaultParsers
): Project {
  return loadProject(fs, config, now, parsers).project
}

export function loadProject(
  fs: RepoFS,
  config: Config,
  now: Date,
  parsers: DocumentParsers = defaultParsers
): LoadedProject {
  const sources = new Map<string, DocumentText>()
  const { ignore } = config.files
  const ledgerFiles = fs.glob(config.files.ledgers, ignore)
  const ledgers: LedgerDocument[] = []
  for (const file of ledgerFiles) {
    const ledger = parseDocument(fs, file, sources, {
      parse: (text) => parsers.ledger(file, text, config),
      unreadable: (problem) => unreadableLedger(file, problem)
    })
    if (ledger) ledgers.push(ledger)
  }

  const archiveLedgers = loadArchiveLedgers(fs, config, parsers, ledgerFiles)
  const archiveFiles = archiveLedgers.map((archive) => archive.file)

  // A file is read as one kind of document only: a ledger is never also a plan.
  const planFiles = new Set(
    [...fs.glob(config.files.plans, ignore), ...linkedPlanFiles(fs, config, ledgers)].filter(
      (file) => !ledgerFiles.includes(file) && !archiveFiles.includes(file)
    )
  )
  const plans: PlanDocument[] = []
  for (const file of [...planFiles].sort()) {
    const plan = parseDocument(fs, file, sources, {
      // Plans are small; one that is not is read whole all the same.
      parse: (text) => parsers.plan(file, wholeText(text), config),
      unreadable: (problem) => unreadablePlan(file, problem)
    })
    if (plan) plans.push(plan)
  }

  const reportFolders = findReportFolders(fs, config.files.reportRoots, ignore)
  return {
    project: { ledgers, archiveLedgers, plans, reportFolders, fs, now, config },
    sources
  }
}

/**
 * The archive ledgers: parsed so rules can look archived ids up, but kept out of `sources` (no
 * suppressions) and out of `ledgers` (no rule checks history). A file that is also a ledger is
 * read as a ledger only.
 */
function loadArchiveLedgers(
  fs: RepoFS,
  config: Config,
  parsers: DocumentParsers,
  ledgerFiles: readonly string[]
): LedgerDocument[] {
  const archives: LedgerDocument[] = []
  const texts = new Map<string, DocumentText>()
  for (const file of fs.glob(config.files.archiveLedgers, config.files.ignore)) {
    if (ledgerFiles.includes(file)) continue
    const archive = parseDocument(fs, file, texts, {
      parse: (text) => parsers.ledger(file, text, config),
      unreadable: (problem) => unreadableLedger(file, problem)
    })
    if (archive) archives.push(withSummaryEntries(archive, texts.get(file) ?? '', config))
  }
  return archives
}

interface DocumentHandlers<D extends { problems: ParseProblem[] }> {
  parse(text: DocumentText): D
  unreadable(problem: ParseProblem): D
}

/** Reads and parses one document; a parser that throws still yields a document with a problem. */
function parseDocument<D extends { problems: ParseProblem[] }>(
  fs: RepoFS,
  file: string,
  sources: Map<string, DocumentText>,
  handlers: DocumentHandlers<D>
): D | undefined {
  const source = readDocument(fs, file)
  if (!source) return undefined
  if (source.kind === 'unreadable') return handlers.unreadable(source.problem)
  sources.set(file, source.text)
  let document: D
  try {
    document = handlers.parse(source.text)
  } catch (error) {
    return handlers.unreadable({
      kind: 'other',
      message: `${file} could not be parsed (parser failure: ${errorMessage(error)})`,
      range: FILE_START
    })
  }
  document.problems.unshift(...source.problems)
  return document
}

/**
 * Plan files the ledger entries link to: a Markdown file directly, or a plan file inside a linked
 * folder. Archived and ignored plans are left out; they are not checked as active plans.
 */
function linkedPlanFiles(fs: RepoFS, config: Config, ledgers: LedgerDocument[]): string[] {
  const excluded = exclusionMatcher([...config.files.archivedPlans, ...config.files.ignore])
  const found = new Set<string>()
  for (const ledger of ledgers) {
    for (const entry of ledger.entries) {
      for (const link of entry.plans) {
        const file = planFileAt(fs, link.path)
        if (file !== undefined && !excluded(file)) found.add(file)
      }
    }
  }
  return [...found]
}

function planFileAt(fs: RepoFS, linkPath: string): string | undefined {
  const path = normalizeRepoPath(linkPath)
  if (!path) return undefined
  const type = fs.stat(path)
  if (type === 'file') return /\.(md|markdown)$/i.test(path) ? path : undefined
  if (type !== 'dir') return undefined
  return PLAN_FILE_NAMES.map((name) => `${path}/${name}`).find((file) => fs.stat(file) === 'file')
}
