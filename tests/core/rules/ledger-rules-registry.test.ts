import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { ledgerRules } from '../../../src/core/rules/ledger-rules.js'

const SECTIONS = [
  '## What it checks',
  '## Why it matters',
  '## Options',
  '## Failing example',
  '## Passing example',
  '## How to fix'
]

describe('ledger rule registry', () => {
  it('has unique ids in kebab case, one-line descriptions and severities', () => {
    const ids = ledgerRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of ledgerRules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(rule.description).not.toContain('\n')
      expect(rule.description.endsWith('.')).toBe(true)
      expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity)
    }
  })

  it('gives every rule defaults from its options schema and rejects unknown options', () => {
    for (const rule of ledgerRules) {
      const schema = rule.options.schema(z)
      const defaults = schema.parse(undefined)
      expect(schema.parse({})).toEqual(defaults)
      expect(schema.safeParse({ noSuchOption: true }).success).toBe(false)
    }
  })

  it('documents every rule with the sections a reader needs', () => {
    for (const rule of ledgerRules) {
      expect(rule.docs).toBe(`docs/rules/${rule.id}.md`)
      const page = readFileSync(rule.docs, 'utf8')
      expect(page.startsWith(`# ${rule.id}\n`)).toBe(true)
      for (const section of SECTIONS)
        expect(`${rule.id}: ${page.includes(section)}`).toBe(`${rule.id}: true`)
      expect(page).toContain(`**Default severity:** ${String(rule.defaultSeverity)}`)
    }
  })

  it('documents exactly the options each schema accepts', () => {
    for (const rule of ledgerRules) {
      const schema = rule.options.schema(z)
      const page = readFileSync(rule.docs, 'utf8')
      const options = page.slice(page.indexOf('## Options'), page.indexOf('## Failing example'))
      const documented = [...options.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map(
        (match) => match[1] as string
      )
      for (const name of documented) {
        expect(`${rule.id}.${name}: ${schema.safeParse({ [name]: undefined }).success}`).toBe(
          `${rule.id}.${name}: true`
        )
      }
      const defaults = schema.parse(undefined) as Record<string, unknown>
      for (const name of Object.keys(defaults)) expect(documented).toContain(name)
    }
  })
})
