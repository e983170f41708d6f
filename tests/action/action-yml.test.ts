import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { readInputs } from '../../src/action/inputs.js'

interface ActionMetadata {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  branding: { icon: string; color: string }
}

const metadata = parse(readFileSync('action.yml', 'utf8')) as ActionMetadata

describe('action.yml', () => {
  it('runs the bundle on node24 and is branded', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(metadata.branding.icon).toBeTruthy()
  })

  it('declares exactly the inputs the Action reads, each documented, with valid defaults', () => {
    const read: string[] = []
    const defaults = readInputs((name) => {
      read.push(name)
      const fallback = metadata.inputs[name]?.default ?? ''
      return name === 'token' ? 'x' : fallback
    })
    expect(Object.keys(metadata.inputs).sort()).toEqual([...new Set(read)].sort())
    for (const input of Object.values(metadata.inputs))
      expect(input.description.length).toBeGreaterThan(20)
    expect(defaults).toMatchObject({
      failOn: 'error',
      review: true,
      maxInlineComments: 30,
      trackingLabel: 'planguard'
    })
    expect(metadata.inputs.token?.default).toBe('${{ github.token }}')
  })

  it('documents every output the Action sets', () => {
    const source = readFileSync('src/action/run.ts', 'utf8')
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1])
    expect(Object.keys(metadata.outputs).sort()).toEqual([...new Set(set)].sort())
  })
})
