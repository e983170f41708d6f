import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const DEMO = 'examples/demo'
export const DEMO_NOW = '2025-10-20T12:00:00Z'
export const DEMO_LEDGER = 'docs/fix_plan.md'

/** 1-based number of the first line of a demo file containing `needle`; throws if there is none. */
export function lineOf(file: string, needle: string): number {
  const lines = readFileSync(join(DEMO, file), 'utf8').split('\n')
  const index = lines.findIndex((line) => line.includes(needle))
  if (index < 0) throw new Error(`${needle} not found in ${file}`)
  return index + 1
}
