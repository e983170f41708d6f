import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { PLANGUARD_VERSION, ruleHelpUri } from '../../../src/core/report/version.js'

describe('version', () => {
  it('equals the version in package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(PLANGUARD_VERSION).toBe(pkg.version)
  })

  it('links each rule to its documentation page', () => {
    expect(ruleHelpUri('artifact-exists')).toMatch(/\/docs\/rules\/artifact-exists\.md$/)
  })
})
