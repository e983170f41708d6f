import { formatLocation, isPlanguardError, type PlanguardError } from '../core/errors.js'
import { PLANGUARD_VERSION } from '../core/report/version.js'
import { messageOf, parseCommandArgs } from './args.js'
import { commandTable, findCommand } from './commands/index.js'
import { commandHelp, mainHelp } from './help.js'
import { EXIT_OK, EXIT_USAGE, type CliIO } from './types.js'

/**
 * Runs `planguard <argv>` in-process and resolves with the exit code. Never throws and never
 * calls `process.exit`: errors become a message on stderr and exit code 2.
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [first, ...rest] = argv
  try {
    if (first === undefined) {
      io.stderr(mainHelp(commandTable))
      return EXIT_USAGE
    }
    if (first === '--version' || first === '-V') {
      io.stdout(`${PLANGUARD_VERSION}\n`)
      return EXIT_OK
    }
    if (first === '--help' || first === '-h') {
      io.stdout(mainHelp(commandTable))
      return EXIT_OK
    }
    if (first === 'help') return await help(rest[0], io)
    const entry = findCommand(first)
    if (entry === undefined) {
      const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command ${first}`
      const guess = closestCommand(first)
      const hint = guess ? ` (did you mean \`planguard ${guess}\`?)` : ''
      io.stderr(`planguard: ${what}${hint}\nRun \`planguard --help\` for the list of commands.\n`)
      return EXIT_USAGE
    }
    const command = await entry.load()
    const { positionals, values } = parseCommandArgs(command, rest)
    if (values.help === true) {
      io.stdout(commandHelp(command))
      return EXIT_OK
    }
    return await command.run({ positionals, values, io })
  } catch (error) {
    io.stderr(describeError(error, io.env))
    return EXIT_USAGE
  }
}

async function help(name: string | undefined, io: CliIO): Promise<number> {
  if (name === undefined) {
    io.stdout(mainHelp(commandTable))
    return EXIT_OK
  }
  const entry = findCommand(name)
  if (entry === undefined) {
    io.stderr(`planguard: unknown command ${name}\n`)
    return EXIT_USAGE
  }
  io.stdout(commandHelp(await entry.load()))
  return EXIT_OK
}

/** The command a typo most likely meant: at most two edits away, e.g. `chekc` → `check`. */
function closestCommand(typed: string): string | undefined {
  let best: { name: string; distance: number } | undefined
  for (const { name } of commandTable) {
    const distance = editDistance(typed.toLowerCase(), name)
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name, distance }
  }
  return best?.name
}

/** Levenshtein distance with adjacent transpositions, on short strings only. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 32) return Infinity
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Infinity
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1)
      }
      rows[i]![j] = value
    }
  }
  return at(a.length, b.length)
}

/** `planguard: file:line:col: message`, one line per issue; a stack only with PLANGUARD_DEBUG. */
export function describeError(error: unknown, env: CliIO['env'] = {}): string {
  const lines: string[] = []
  if (isPlanguardError(error)) {
    lines.push(`planguard: ${locatedMessage(error)}`)
    for (const issue of error.issues) {
      const at = formatLocation(error.file, issue.line, issue.column)
      const key = issue.path ? `${issue.path}: ` : ''
      lines.push(`  ${at ? `${at}: ` : ''}${key}${issue.message}`)
    }
    if (error.code === 'usage') lines.push('Run `planguard --help` for usage.')
  } else {
    lines.push(`planguard: internal error: ${messageOf(error)}`)
    if (!env.PLANGUARD_DEBUG) lines.push('Set PLANGUARD_DEBUG=1 to see the stack trace.')
  }
  if (env.PLANGUARD_DEBUG && error instanceof Error && error.stack) lines.push(error.stack)
  return lines.join('\n') + '\n'
}

/** The message led by `file:line:col`, naming the file once even when the message names it. */
function locatedMessage(error: PlanguardError): string {
  const { file, message } = error
  const where = formatLocation(file, error.line, error.column)
  if (file === undefined || message.startsWith(where)) return message
  if (message.startsWith(`${file}: `)) return `${where}: ${message.slice(file.length + 2)}`
  if (message.includes(file) && error.line === undefined) return message
  return `${where}: ${message}`
}

/** The real process's streams and environment. */
export function processIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd()
  }
}
