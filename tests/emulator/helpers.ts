import { Octokit } from '@octokit/rest'
import type { Emulator } from './index.js'

/** An Octokit client for the emulator with the given token, no retries unless asked. */
export function clientFor(emulator: Emulator, token = 'rw-token'): Octokit {
  return new Octokit({
    auth: token,
    baseUrl: emulator.url,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
  })
}

/** The HTTP status and body of a rejected Octokit call. */
export async function failure(
  call: Promise<unknown>
): Promise<{ status: number; data: Record<string, unknown>; headers: Record<string, string> }> {
  try {
    await call
  } catch (error) {
    const failed = error as {
      status?: number
      response?: { data?: unknown; headers?: Record<string, string> }
    }
    return {
      status: failed.status ?? 0,
      data: (failed.response?.data ?? {}) as Record<string, unknown>,
      headers: failed.response?.headers ?? {}
    }
  }
  throw new Error('expected the request to fail, but it succeeded')
}

/** Sends a request the typed client would refuse to compile: how tests send what GitHub rejects. */
export function untypedRequest(
  octokit: Octokit,
  route: string,
  parameters: Record<string, unknown>
): Promise<unknown> {
  return octokit.request(route, parameters)
}

export const repoRef = { owner: 'octo-org', repo: 'planning-repo' } as const
