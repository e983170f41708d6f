/**
 * Hidden HTML-comment markers planguard leaves in what it posts, so that a later run can find its
 * own comments, review threads and tracking issue again. A marker is only trusted together with
 * the author check done by the caller: anyone can paste a marker into a comment.
 */

const PREFIX = '<!-- planguard:'
const SUFFIX = ' -->'

/** Fingerprints are hex-ish tokens; anything else is refused so a marker cannot smuggle text. */
const TOKEN = /^[A-Za-z0-9._:-]{1,128}$/

export function fingerprintMarker(fingerprint: string): string {
  if (!TOKEN.test(fingerprint)) throw new Error(`invalid fingerprint for a marker: ${fingerprint}`)
  return `${PREFIX}fp=${fingerprint}${SUFFIX}`
}

/** Every fingerprint named by `fp=` markers in a body, in order, without duplicates. */
export function parseFingerprintMarkers(body: string | null | undefined): string[] {
  if (!body) return []
  const found = new Set<string>()
  for (const match of body.matchAll(/<!-- planguard:fp=([A-Za-z0-9._:-]{1,128}) -->/g)) {
    if (match[1]) found.add(match[1])
  }
  return [...found]
}

export const SUMMARY_MARKER = `${PREFIX}summary${SUFFIX}`
export const REVIEW_MARKER = `${PREFIX}review${SUFFIX}`

export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && body.includes(marker)
}

/** What the tracking issue records about the content it mirrors. */
export interface MirrorStamp {
  sha: string
  hash: string
  /** Committer date of `sha`, seconds since the epoch: orders runs when git cannot. */
  committedAt?: number
}

export function mirrorMarker(stamp: MirrorStamp): string {
  if (!/^[0-9a-f]{4,64}$/.test(stamp.sha) || !/^[0-9a-f]{8,64}$/.test(stamp.hash)) {
    throw new Error('invalid mirror stamp')
  }
  const at = stamp.committedAt === undefined ? '' : ` at=${Math.floor(stamp.committedAt)}`
  return `${PREFIX}mirror sha=${stamp.sha} hash=${stamp.hash}${at}${SUFFIX}`
}

export function parseMirrorMarker(body: string | null | undefined): MirrorStamp | undefined {
  if (!body) return undefined
  const match =
    /<!-- planguard:mirror sha=([0-9a-f]{4,64}) hash=([0-9a-f]{8,64})(?: at=(\d{1,12}))? -->/.exec(
      body
    )
  if (!match?.[1] || !match[2]) return undefined
  return { sha: match[1], hash: match[2], ...(match[3] ? { committedAt: Number(match[3]) } : {}) }
}

/** Marks a sub-issue as mirroring one ledger entry. */
export function entryMarker(entryId: string): string {
  if (!TOKEN.test(entryId)) throw new Error(`invalid entry id for a marker: ${entryId}`)
  return `${PREFIX}entry=${entryId}${SUFFIX}`
}

export function parseEntryMarker(body: string | null | undefined): string | undefined {
  if (!body) return undefined
  return /<!-- planguard:entry=([A-Za-z0-9._:-]{1,128}) -->/.exec(body)?.[1]
}
