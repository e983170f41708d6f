import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { type Emulator, startEmulator } from '../emulator/index.js'
import { describeRequest, ledgerText, Scenario } from './harness.js'

const LEDGER = 'docs/fix_plan.md'

describe('pull request review', () => {
  let emulator: Emulator
  let scenario: Scenario
  beforeAll(async () => {
    emulator = await startEmulator()
  })
  afterAll(async () => {
    await emulator.close()
  })
  beforeEach(() => {
    emulator.reset()
    scenario = new Scenario(emulator)
  })
  afterEach(() => scenario.dispose())

  it('first run posts one review with inline comments and one summary comment', async () => {
    const base = scenario.commit('base', { [LEDGER]: ledgerText([{ id: 'A-1' }, { id: 'B-2' }]) })
    const head = scenario.commit('head', {
      [LEDGER]: ledgerText([{ id: 'A-1' }, { id: 'B-2', priority: 'Urgent' }])
    })
    const { result, io, writes } = await scenario.run(
      'pull_request',
      scenario.pullRequest(1, base, head)
    )
    console.log(io.infos, io.warnings, io.errors, io.summary, writes.map(describeRequest), result)
    expect(writes.map(describeRequest)).toEqual([
      'POST pulls/1/reviews 200',
      'POST issues/1/comments 201'
    ])
  })
})
