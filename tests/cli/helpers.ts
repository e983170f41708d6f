import { main } from '../../src/cli/app.js'
import type { CliIO } from '../../src/cli/types.js'

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `planguard <argv>` in-process with captured output. */
export async function runCli(
  argv: string[],
  overrides: Partial<Omit<CliIO, 'stdout' | 'stderr'>> = {}
): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    stdoutIsTTY: false,
    env: {},
    cwd: process.cwd(),
    ...overrides
  })
  return { code, stdout, stderr }
}
