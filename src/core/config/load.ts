import { readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { errorMessage, PlanguardError } from '../errors.js'
import type { RepoFS } from '../repo/types.js'
import type { Rule } from '../rules/types.js'
import { defaultConfig } from './defaults.js'
import type { Config } from './schema.js'

/** Where a repository keeps its configuration, first match wins. */
export const CONFIG_CANDIDATES = ['.github/planguard.yml', '.github/planguard.yaml'] as const

export interface LoadConfigOptions {
  /** Repository root; an explicit relative `path` is resolved against it. */
  root?: string
  /** The tree to look for `.github/planguard.yml` in (confined to the repository). */
  fs?: RepoFS
  /** An explicit configuration file; it must exist. */
  path?: string
  /** The rules whose ids and options are accepted (default: every rule). */
  rules?: readonly Rule[]
}

export interface LoadedConfig {
  config: Config
  /** The file it came from; undefined when the defaults were used. */
  file?: string
}

/**
 * Finds, reads and validates the configuration; the defaults when there is no file. Only a
 * configuration file loads the YAML parser and zod.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const { rules } = options
  if (options.path !== undefined) {
    const file = isAbsolute(options.path)
      ? options.path
      : resolve(options.root ?? '.', options.path)
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      throw new PlanguardError(
        'io',
        `cannot read configuration file ${options.path}: ${errorMessage(error)}`,
        {
          file: options.path,
          cause: error
        }
      )
    }
    return { config: await parseConfigFile(text, options.path, rules), file: options.path }
  }
  for (const candidate of CONFIG_CANDIDATES) {
    const content = options.fs?.read(candidate, { maxBytes: MAX_CONFIG_BYTES })
    if (content === undefined) {
      refuseUnreadable(options.fs, candidate)
      continue
    }
    if (content.tooLarge) {
      throw new PlanguardError('config', `${candidate}: configuration file is too large`, {
        file: candidate
      })
    }
    return { config: await parseConfigFile(content.text, candidate, rules), file: candidate }
  }
  return { config: defaultConfig() }
}

/** A configuration is a few kilobytes; a larger file is not what it seems. */
const MAX_CONFIG_BYTES = 1024 * 1024

/**
 * A configuration file that is there but cannot be read (a symlink out of the repository, a
 * folder) must not silently give way to the defaults.
 */
function refuseUnreadable(fs: RepoFS | undefined, candidate: string): void {
  const refusal = fs?.refusal?.(candidate)
  const problem =
    refusal === 'outside-root'
      ? 'is a symlink to a file outside the repository, which is not read'
      : refusal === 'git-internal'
        ? 'is a symlink into .git, which is not read'
        : fs?.stat(candidate) === 'dir'
          ? 'is a folder, not a file'
          : undefined
  if (problem === undefined) return
  throw new PlanguardError('config', `${candidate}: the configuration file ${problem}`, {
    file: candidate
  })
}

async function parseConfigFile(
  text: string,
  file: string,
  rules: readonly Rule[] | undefined
): Promise<Config> {
  const { parseConfig } = await import('./parse.js')
  return parseConfig(text, file, rules)
}
