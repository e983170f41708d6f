import { describe, expect, it } from '@jest/globals'
import { configSchema, defaultConfig } from '../../src/core/config/schema.js'

describe('config schema', () => {
  it('fills every default from an empty document', () => {
    const config = defaultConfig()
    expect(config.files.ledgers).toEqual(['docs/fix_plan.md'])
    expect(config.vocabulary.taskStates.done).toContain('[x]')
    expect(config.dialect.entryHeadingLevels).toEqual([2, 3])
  })

  it('states the same defaults as plain data, for start-up without zod', () => {
    const parsed = configSchema.parse({})
    expect(defaultConfig()).toStrictEqual(parsed)
    expect(JSON.stringify(defaultConfig())).toBe(JSON.stringify(parsed))
    // A fresh copy each time: a caller that changes one cannot change the next.
    expect(defaultConfig().files.ledgers).not.toBe(defaultConfig().files.ledgers)
  })

  it('rejects unknown keys with the key path', () => {
    const result = configSchema.safeParse({ files: { ledger: ['x.md'] } })
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain('ledger')
  })
})
