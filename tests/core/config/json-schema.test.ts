import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { configJsonSchema } from '../../../src/core/config/json-schema.js'
import { allRules } from '../../../src/core/rules/index.js'
import { ruleOptions, type Rule } from '../../../src/core/rules/types.js'

const rule: Rule = {
  id: 'attempt-dates',
  description: 'attempt dates never go backwards',
  defaultSeverity: 'warning',
  docs: 'docs/rules/attempt-dates.md',
  options: ruleOptions(
    (z) => z.object({ toleranceDays: z.number().int().min(0).default(0) }).strict(),
    {
      toleranceDays: 0
    }
  ),
  check: () => undefined
}

describe('configJsonSchema', () => {
  const validate = new Ajv2020({ strict: false }).compile(configJsonSchema([rule]))

  it('accepts valid configurations', () => {
    expect(validate({})).toBe(true)
    expect(
      validate({
        files: { ledgers: ['docs/fix_plan.md'] },
        rules: {
          'attempt-dates': { severity: 'error', options: { toleranceDays: 1 } },
          'invalid-suppression': 'off'
        }
      })
    ).toBe(true)
  })

  it('rejects unknown keys, unknown rules, bad severities and bad rule options', () => {
    expect(validate({ file: {} })).toBe(false)
    expect(validate({ rules: { 'no-such-rule': 'error' } })).toBe(false)
    expect(validate({ rules: { 'attempt-dates': 'loud' } })).toBe(false)
    expect(validate({ rules: { 'attempt-dates': { options: { toleranceDays: -1 } } } })).toBe(false)
  })
})

describe('configJsonSchema of the registered rules', () => {
  it('compiles and names every rule', () => {
    const schema = configJsonSchema()
    const validate = new Ajv2020({ strict: false }).compile(schema)
    expect(validate({})).toBe(true)
    const ruleIds = Object.keys(
      (schema.properties as { rules: { properties: Record<string, unknown> } }).rules.properties
    )
    expect(ruleIds).toEqual(expect.arrayContaining(allRules.map((rule) => rule.id)))
    expect(ruleIds).toContain('invalid-suppression')
  })
})
