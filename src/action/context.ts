import { readFileSync } from 'node:fs'
import { DEFAULT_API_URL } from '../github/client.js'
import type { RunContext } from './events.js'

/** The run's surroundings as the runner describes them in environment variables. */
export interface ActionEnvironment extends RunContext {
  apiUrl: string
  serverUrl: string
  workspace: string
  runnerTemp: string
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

export function readActionEnvironment(env: NodeJS.ProcessEnv, cwd: string): ActionEnvironment {
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readPayload(env.GITHUB_EVENT_PATH),
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    apiUrl: env.GITHUB_API_URL || DEFAULT_API_URL,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    workspace: env.GITHUB_WORKSPACE || cwd,
    runnerTemp: env.RUNNER_TEMP || cwd
  }
}
