import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import { allRules } from '../../../src/core/rules/index.js'

/**
 * Rules declare their options twice: plain defaults, used when nothing is configured (no zod at
 * start-up), and a zod schema that validates configured options. They must never disagree.
 */
describe('rule option defaults', () => {
  it.each(allRules.map((rule) => [rule.id, rule] as const))(
    '%s: the plain defaults are what the schema makes of {}',
    (_id, rule) => {
      const parsed = rule.options.schema(z).parse({})
      expect(rule.options.defaults).toStrictEqual(parsed)
      // Same key order too, so that nothing printed from the options can differ.
      expect(JSON.stringify(rule.options.defaults)).toBe(JSON.stringify(parsed))
    }
  )

  it('freezes the defaults, which every run shares', () => {
    for (const rule of allRules) {
      const defaults = rule.options.defaults as Record<string, unknown>
      expect(Object.isFrozen(defaults)).toBe(true)
      for (const value of Object.values(defaults)) {
        if (Array.isArray(value)) expect(Object.isFrozen(value)).toBe(true)
      }
    }
  })

  it('keeps zod out of the rule modules at run time (type imports only)', () => {
    const dir = 'src/core/rules'
    const files = readdirSync(dir).filter((name) => name.endsWith('.ts'))
    const importing = files.filter((name) =>
      /^import\s+(?!type\s)[^']*'zod'/m.test(readFileSync(`${dir}/${name}`, 'utf8'))
    )
    expect(importing).toEqual([])
  })
})
