import * as crypto from 'node:crypto'
import type { Finding } from './findings.js'

/**
 * Line-independent identity of a finding: a hash of rule id, file and entity. Moving text around
 * keeps it; changing what the finding is about changes it.
 */
export function fingerprintOf(ruleId: string, file: string, entity: string): string {
  return sha256Hex(`${ruleId}\0${file}\0${entity}`).slice(0, 32)
}

/** One-shot `crypto.hash` where Node has it (20.12+): no Hash object per finding. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string })
  .hash

function sha256Hex(text: string): string {
  if (oneShot !== undefined) return oneShot('sha256', text, 'hex')
  return crypto.createHash('sha256').update(text).digest('hex')
}

/**
 * Gives every finding its fingerprint. Findings that share rule, file and entity are told apart by
 * their order of occurrence (the second gets index 1, …), so the input should already be sorted.
 */
export function assignFingerprints<T extends Omit<Finding, 'fingerprint'>>(
  findings: readonly T[]
): (T & { fingerprint: string })[] {
  const seen = new Map<string, number>()
  return findings.map((finding) => {
    const base = fingerprintOf(finding.ruleId, finding.file, finding.entity)
    const occurrence = seen.get(base) ?? 0
    seen.set(base, occurrence + 1)
    const fingerprint =
      occurrence === 0
        ? base
        : fingerprintOf(finding.ruleId, finding.file, `${finding.entity}#${occurrence}`)
    return { ...finding, fingerprint }
  })
}
