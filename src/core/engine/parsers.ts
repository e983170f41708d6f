import type { Config } from '../config/schema.js'
import type { LedgerDocument, PlanDocument } from '../model.js'
import { parseLedger } from '../parse/ledger.js'
import { parsePlan } from '../parse/plan.js'
import type { DocumentText } from '../repo/paged-text.js'

/** The document parsers the engine uses; replaceable so the engine can be tested on its own. */
export interface DocumentParsers {
  /** A large ledger comes paged (see PagedText). */
  ledger(file: string, text: DocumentText, config: Config): LedgerDocument
  plan(file: string, text: string, config: Config): PlanDocument
}

export const defaultParsers: DocumentParsers = {
  ledger: parseLedger,
  plan: parsePlan
}
