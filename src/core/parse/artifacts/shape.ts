/**
 * What a cited token looks like: its cited text once punctuation and location suffixes are
 * removed, whether it is shaped like a repository path, and what an expanded path points at.
 * Every check is a bounded scan of one token; nothing here touches a disk.
 */
import { EVERY_WHITESPACE, hasLetterOrDigit, matchesBeyondAscii, WHITESPACE } from '../../chars.js'
import type { ArtifactKind } from '../../model.js'

/** First path segments that make a bare token a repository path (`plans/…`, `reports/…`). */
export const DEFAULT_ARTIFACT_ROOTS: readonly string[] = [
  'plans',
  'reports',
  'docs',
  'specs',
  'src',
  'tests',
  'scripts',
  'prompts',
  'archive',
  'inbox',
  'tools',
  'examples',
  '.github'
]

/** Where the token's cited text sits in it, and that text with location suffixes removed. */
export interface TrimmedToken {
  /** Offset of the cited text in the token. */
  offset: number
  /** Cited text: the token without surrounding quotes, emphasis and sentence punctuation. */
  raw: string
  /** `raw` without `:13`, `:204-240`, `:L10`, `#L10`, `§3.2`, `::test_name`. */
  path: string
  /** A line, test or section suffix was removed: the token cites code or a document, not evidence. */
  located: boolean
}

const LEADING_NOISE = new Set(['*', '"', "'", '(', '[', '“', '‘', '«'])
const TRAILING_NOISE = new Set([
  '.',
  ',',
  ';',
  ':',
  ')',
  ']',
  '*',
  '"',
  "'",
  '!',
  '?',
  '”',
  '’',
  '»'
])

/**
 * Removes emphasis, quotes and sentence punctuation around the token, then location suffixes.
 * Inside a code span only trailing sentence punctuation goes (`*` there is a glob); a bare
 * word loses its emphasis (`**docs/a.md**`) but keeps a trailing glob (`reports/*`).
 */
export function trimToken(token: string, quoted = false): TrimmedToken | undefined {
  let start = 0
  let end = token.length
  let stars = 0
  if (!quoted) {
    while (start < end && LEADING_NOISE.has(token.charAt(start))) {
      if (token.charAt(start) === '*') stars += 1
      start += 1
    }
  }
  while (end > start) {
    const char = token.charAt(end - 1)
    if (char === '*') {
      if (quoted || (stars === 0 && !closesEmphasis(token, start, end))) break
      if (stars > 0) stars -= 1
    } else if (!TRAILING_NOISE.has(char) || (quoted && !QUOTED_TRAILING_NOISE.has(char))) {
      break
    }
    // Keep `...` / `/..` / `/.` / `.*`: an elision, a relative segment or a glob, not a full stop.
    if (char === '.' && end - 2 >= start) {
      const before = token.charAt(end - 2)
      if (before === '.' || before === '/' || before === '*') break
    }
    end -= 1
  }
  // An autolink `<docs/a.md>` / `<https://…>` is the link it wraps, not a placeholder.
  const autolink =
    !quoted &&
    end - start > 2 &&
    token.charCodeAt(start) === 0x3c /* < */ &&
    isAutolink(token, start, end)
  if (autolink) {
    start += 1
    end -= 1
  }
  if (end <= start) return undefined
  const raw = token.slice(start, end)
  const path = stripSuffixes(raw)
  // Only a suffix removed (or spaces of a brace list) makes the path shorter than the text.
  const located = path !== raw && path.length < raw.replace(EVERY_WHITESPACE, '').length
  return { offset: start, raw, path, located }
}

function isAutolink(token: string, start: number, end: number): boolean {
  return AUTOLINK.test(token.slice(start, end))
}

/**
 * An unbalanced run of `*` closing a bare word right after a letter or digit is emphasis
 * (`**Spec:** docs/a.md**`); after `/`, `_`, `.` or `-` it is a glob (`reports/*`, `run_*`).
 */
function closesEmphasis(token: string, start: number, end: number): boolean {
  let index = end
  while (index > start && token.charAt(index - 1) === '*') index -= 1
  return index > start && hasLetterOrDigit(token.charAt(index - 1))
}

const SPACED_BRACE_LIST = /\s*([{},])\s*/g
const AUTOLINK = /^<[^<>\s]*\/[^<>\s]*>$/

/** What may trail a path inside a code span: sentence punctuation typed inside the backticks. */
const QUOTED_TRAILING_NOISE = new Set(['.', ',', ';', ':'])

/** Longest tail searched for a location suffix. */
const SUFFIX_WINDOW = 80
const LINE_SUFFIX = /(?::L?\d+(?:[-–:]L?\d+)*|#L\d+(?:-L?\d+)?)$/
const ANCHOR_SUFFIX = /(\.[A-Za-z][A-Za-z0-9]{0,9})#[\w.-]*$/

/** `path:13`, `path:204-240`, `path:L10`, `path#L10`, `x.md#section` removed. */
function stripLocation(path: string): string {
  // Suffixes are short: matching only the tail keeps a hostile token (`:1:1:1…x`) linear.
  const cut = Math.max(0, path.length - SUFFIX_WINDOW)
  const tail = path.slice(cut).replace(LINE_SUFFIX, '').replace(ANCHOR_SUFFIX, '$1')
  return cut === 0 ? tail : path.slice(0, cut) + tail
}

/** `path:13`, `path:204-240`, `path:L10`, `path#L10`, `x.md#section`, `path§3.2`, `path::test`. */
export function stripSuffixes(raw: string): string {
  let path = raw
  const section = path.indexOf('§')
  if (section >= 0) path = path.slice(0, section)
  const nodeId = path.indexOf('::')
  if (nodeId > 0) path = path.slice(0, nodeId)
  // Every line or anchor suffix holds a `:` or a `#`; most paths hold neither.
  if (path.includes(':') || path.includes('#')) path = stripLocation(path)
  while (path.endsWith(':') || path.endsWith(',')) path = path.slice(0, -1)
  // A brace list written with spaces after its commas: `dir/{a.md, b.md}`.
  if (WHITESPACE.test(path)) path = path.replace(SPACED_BRACE_LIST, '$1')
  return path
}

export const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i
const DRIVE_PATTERN = /^[A-Za-z]:[\\/]/

/** URL_PATTERN, tested only when the path holds a `:` (most hold none). */
function isUrl(path: string): boolean {
  return path.includes(':') && URL_PATTERN.test(path)
}

/** DRIVE_PATTERN, tested only when the second character is a `:`. */
function isDrivePath(path: string): boolean {
  return path.charCodeAt(1) === 0x3a /* : */ && DRIVE_PATTERN.test(path)
}

/** A first segment shaped like a host name (`github.com/…`, `www.example.org/…`). */
const HOST_PATTERN =
  /^(?:www\.[^/]+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|edu|gov|ai|co|uk|de))$/i
/** Characters a cited path may hold: letters, digits, `_-.+@~%`, braces, placeholders, globs. */
const PATH_CHARS = /^[\p{L}\p{N}_\-.+@~%{},<>$*?…/\\]+$/u
/**
 * PATH_CHARS for ASCII text, tried first: most cited paths are ASCII, and a Unicode property
 * class costs several times more per test on a cold run.
 */
const ASCII_PATH_CHARS = /^[A-Za-z0-9_\-.+@~%{},<>$*?/\\]+$/
const ASCII_LETTER = /[A-Za-z]/
const LETTER = /\p{L}/u
/** A file extension, also as the last item of a closing brace list (`{a.md,b.md}`). */
const EXTENSION = /\.[A-Za-z][A-Za-z0-9_]{0,9}\}?$/
/** Longer words are no citation (brace expansion has its own caps). */
const MAX_TOKEN_LENGTH = 1 << 20
const TIMESTAMP_SEGMENT = /^\d{4}-?\d{2}-?\d{2}(?:[T_-]?\d{2}:?\d{2}(?::?\d{2})?(?:\.\d+)?Z?)?$/
/** `<ts>` (any angle bracket), `$STAMP`, globs, literal braces, `...`, `YYYY`, `MMDD`, `HHMM`, `XXXX`. */
const PLACEHOLDER = /[<>$*?…{}]|\.\.\.|Y{4}|M{2}D{2}|H{2}M{2}|X{4}/

export type TokenShape =
  | { kind: 'url' }
  | { kind: 'outside' }
  /** A relative path citing something in the repository. */
  | { kind: 'relative'; rooted: boolean }
  /** A lone file name (`summary.md`), a path only relative to an earlier folder. */
  | { kind: 'name' }

export interface ShapeContext {
  quoted: boolean
  inCommand: boolean
  roots: ReadonlySet<string>
}

/**
 * Decides whether a suffix-stripped token cites a path, leaning hard towards "no": a false path
 * becomes a false "missing artifact" error. Backticked single tokens need a `/` plus an
 * extension, a trailing `/` or a known root; bare words (and words of a quoted command) need a
 * known root with an extension, a trailing `/`, a timestamp or depth 3, or depth 3 with an
 * extension. Prose like `and/or`, `C/PyTorch`, `23/23`, `08/26/2025` fails all of these.
 */
export function shapeOf(path: string, context: ShapeContext): TokenShape | undefined {
  if (path.length === 0 || path.length > MAX_TOKEN_LENGTH) return undefined
  if (isUrl(path)) return WHITESPACE.test(path) ? undefined : { kind: 'url' }
  if (isDrivePath(path)) {
    return PATH_CHARS.test(path.slice(2)) && path.length > 3 ? { kind: 'outside' } : undefined
  }
  // An ASCII path needs an ASCII letter; another one any letter.
  const ascii = ASCII_PATH_CHARS.test(path)
  if (!ascii && !matchesBeyondAscii(PATH_CHARS, path)) return undefined
  if (!(ascii ? ASCII_LETTER : LETTER).test(path)) return undefined
  if (path.includes('\\')) return undefined
  if (path.startsWith('/') || path.startsWith('~/')) {
    // `/tmp/x`, `~/data/`: two segments at least, so `/complete-phase` (a command) is not a path.
    const segments = path.split('/').filter((segment) => segment.length > 0)
    return segments.length >= 2 ? { kind: 'outside' } : undefined
  }
  const trimmed = path.startsWith('./') ? path.replace(LEADING_DOT_SLASHES, '') : path
  const slash = trimmed.includes('/')
  const extension = EXTENSION.test(trimmed)
  if (!slash) {
    return context.quoted && !context.inCommand && extension && isFileName(trimmed)
      ? { kind: 'name' }
      : undefined
  }
  const first = firstSegment(trimmed)
  // Every host name holds a dot.
  if (first.includes('.') && HOST_PATTERN.test(first)) return undefined
  if (first.length === 0) return undefined
  if (first === '.git') return { kind: 'relative', rooted: true }
  const rooted = context.roots.has(first) || first === '..'
  const folder = trimmed.endsWith('/')
  const elided = trimmed.startsWith('...') || trimmed.startsWith('…')
  if (context.quoted && !context.inCommand) {
    if (extension || folder || rooted || elided) return { kind: 'relative', rooted }
    return undefined
  }
  const segments = nonEmptySegments(trimmed)
  const depth = segments.length
  const last = segments[depth - 1] ?? ''
  const accepted = rooted
    ? extension || folder || TIMESTAMP_SEGMENT.test(last) || hasPlaceholder(last)
    : depth >= 2 && (extension || folder) && !startsWithDigit(first)
  return accepted ? { kind: 'relative', rooted } : undefined
}

/** `./` and `././` prefixes, which name nothing more than the path without them. */
export const LEADING_DOT_SLASHES = /^(?:\.\/)+/

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 0x30 && code <= 0x39
}

/** The first non-empty segment of a path, or '' when it has none. */
function firstSegment(path: string): string {
  let start = 0
  while (path.charCodeAt(start) === 0x2f /* / */) start += 1
  const end = path.indexOf('/', start)
  return path.slice(start, end < 0 ? path.length : end)
}

/** The segments of a path, empty ones (`a//b`, a trailing `/`) left out. */
function nonEmptySegments(path: string): string[] {
  const segments = path.split('/')
  // Most cited paths hold no empty segment but a folder's trailing one.
  if (segments[segments.length - 1] === '') segments.pop()
  for (let index = 0; index < segments.length; index += 1) {
    if ((segments[index] as string).length === 0) return segments.filter((part) => part.length > 0)
  }
  return segments
}

/** Extensions of the files agents leave as evidence; `torch.compile` or `warnings.warn` are code. */
const EVIDENCE_EXTENSIONS = new Set(
  (
    'md txt log json jsonl csv tsv yaml yml toml ini cfg xml html png jpg jpeg gif svg pdf npy npz ' +
    'h5 hdf5 zip gz tgz tar bz2 xz bin dat out err diff patch pt pth pkl pickle dill ' +
    'hkl mat tif tiff cbf img smv sha256 md5 sqlite db parquet'
  ).split(' ')
)

/** Names of the planning documents themselves: cited by name, they never live in a folder. */
const DOCUMENT_NAMES = new Set([
  'fix_plan.md',
  'fix_plan_archive.md',
  'implementation.md',
  'plan.md'
])

const FILE_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_\-.+@]*$/u
/** FILE_NAME for ASCII names, tried first (see ASCII_PATH_CHARS). */
const ASCII_FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_\-.+@]*$/

/**
 * `summary.md`, `metrics.json`: a lower-case-led name with an evidence extension. Upper-case
 * names (`README.md`, `CLAUDE.md`) are repository documents cited by name, not files of a folder.
 */
function isFileName(name: string): boolean {
  const ascii = ASCII_FILE_NAME.test(name)
  if (!ascii && !matchesBeyondAscii(FILE_NAME, name)) return false
  if (DOCUMENT_NAMES.has(name.toLowerCase())) return false
  const dot = name.lastIndexOf('.')
  const base = name.slice(0, dot)
  if (!(ascii ? ASCII_LETTER : LETTER).test(base) || base === base.toUpperCase()) return false
  return EVIDENCE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase())
}

export function hasPlaceholder(path: string): boolean {
  return PLACEHOLDER.test(path)
}

/**
 * Normalises a relative path: drops `./` and empty segments, folds `..`, keeps a trailing `/`.
 * Returns undefined when `..` climbs above the repository root.
 */
export function normalisePath(path: string): string | undefined {
  if (isNormal(path)) return path
  const folder = path.endsWith('/') || path.endsWith('/.') || path.endsWith('/..')
  const kept: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (kept.length === 0) return undefined
      kept.pop()
      continue
    }
    kept.push(segment)
  }
  if (kept.length === 0) return undefined
  return kept.join('/') + (folder ? '/' : '')
}

/**
 * Whether normalisePath leaves the path as it is: no leading `/`, no empty segment but a
 * trailing one, no `.` or `..` segment (every one starts the path or follows a `/`). Most
 * cited paths are, and need not be split and joined.
 */
function isNormal(path: string): boolean {
  const first = path.charCodeAt(0)
  if (path.length === 0 || first === 0x2f /* / */ || first === 0x2e /* . */) return false
  return !path.includes('//') && !path.includes('/.')
}

/** Kind of one expanded path of a reference already judged to be a path. */
export function classifyPath(path: string): { path: string; kind: ArtifactKind } {
  if (isUrl(path)) return { path, kind: 'url' }
  if (path.startsWith('/') || path.startsWith('~') || isDrivePath(path)) {
    return { path, kind: 'outside' }
  }
  const normalised = normalisePath(path)
  if (normalised === undefined) return { path, kind: 'outside' }
  if (normalised === '.git' || normalised.startsWith('.git/')) {
    return { path: normalised, kind: 'git-internal' }
  }
  return { path: normalised, kind: hasPlaceholder(normalised) ? 'placeholder' : 'path' }
}
