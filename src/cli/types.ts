/**
 * The shapes every CLI command shares. `main(argv, io)` runs in-process (tests call it directly);
 * only the bundle entry touches `process`.
 */

/** Where a command writes and what it knows of its surroundings. */
export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
  /** Whether standard output is a terminal: colour is used only then (and without NO_COLOR). */
  stdoutIsTTY: boolean
  env: Record<string, string | undefined>
  /** Folder that relative paths on the command line are resolved against. */
  cwd: string
}

/** One `--option` of a command, as `util.parseArgs` wants it plus what `--help` shows. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  multiple?: boolean
  /** Placeholder shown in help for a string option, e.g. `REF`. */
  valueName?: string
  description: string
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>

export interface CommandContext {
  positionals: string[]
  values: OptionValues
  io: CliIO
}

export interface CliCommand {
  name: string
  /** One line for the command list. */
  summary: string
  /** Usage after `planguard `, e.g. `check [DIR] [options]`. */
  usage: string
  /** Extra help text printed after the option list. */
  details?: string
  options: Record<string, OptionSpec>
  /** The largest number of positional arguments accepted. */
  maxPositionals: number
  /** Runs the command and resolves with the process exit code. */
  run(ctx: CommandContext): Promise<number>
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0
/** Findings at error severity (or more warnings than `--max-warnings`). */
export const EXIT_FINDINGS = 1
/** Bad usage, bad configuration, unreadable input: the check could not run. */
export const EXIT_USAGE = 2
