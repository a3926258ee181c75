/** A CI's window: the command line's defaults, and how long reading may take inside it. */
import { describe, expect, it } from '@jest/globals'
import { budgetFor } from '../../src/cli/budget.js'
import type { Given } from '../../src/cli/args.js'
import { detectCi } from '../../src/cli/ci-providers.js'
import { readingAllowanceMs } from '../../src/core/completion.js'
import { CI_ENVIRONMENTS } from '../support/ci-environments.js'

const cancelledBuildkite = (grace?: string) => ({
  ...CI_ENVIRONMENTS.buildkite,
  BUILDKITE_JOB_CANCELLED: 'true',
  ...(grace ? { BUILDKITE_CANCEL_GRACE_PERIOD: grace } : {})
})
const givenFlags =
  (flags: Record<string, string>): Given =>
  name =>
    flags[name] ? { value: flags[name], from: `--${name}` } : { value: '' }

function budget(env: NodeJS.ProcessEnv, flags: Record<string, string> = {}) {
  return budgetFor(detectCi(env), env, givenFlags(flags))
}

describe('budgetFor', () => {
  it("takes 80% of Buildkite's 10 s cancel grace period: timeout 2 s, retry-for 6 s", () => {
    expect(budget(cancelledBuildkite())).toMatchObject({
      values: { timeout: '2', 'retry-for': '6' },
      totalMs: 8000
    })
  })

  it('never chooses a timeout of 0 in a short window', () => {
    expect(budget(cancelledBuildkite('2'))?.values).toEqual({ timeout: '1', 'retry-for': '0' })
  })

  it('computes retry-for from the timeout the user gave, and says when that alone is too long', () => {
    const given = budget(cancelledBuildkite(), { timeout: '5' })
    expect(given?.values).toEqual({ 'retry-for': '3' })
    const tooLong = budget(cancelledBuildkite(), { timeout: '10' })
    expect(tooLong?.values).toEqual({ 'retry-for': '0' })
    expect(tooLong?.note).toContain('The --timeout given (10 s) is longer than')
  })

  it('keeps the window when the user gave both values, with nothing to say', () => {
    expect(budget(cancelledBuildkite(), { timeout: '2', 'retry-for': '3' })).toEqual({
      values: {},
      note: undefined,
      totalMs: 8000
    })
  })

  it('has no window where the CI documents none', () => {
    expect(budget({ ...CI_ENVIRONMENTS.jenkins })).toBeUndefined()
  })
})

describe('readingAllowanceMs', () => {
  it('is the reader’s own limit without a deadline', () => {
    expect(readingAllowanceMs(undefined, 1000, 60_000)).toBe(60_000)
  })

  it('is half the time left under a deadline, never more than the limit, never below 0', () => {
    expect(readingAllowanceMs(10_000, 2_000, 60_000)).toBe(4_000)
    expect(readingAllowanceMs(10_001, 2_000, 60_000)).toBe(4_000)
    expect(readingAllowanceMs(1_000_000, 0, 60_000)).toBe(60_000)
    expect(readingAllowanceMs(1_000, 2_000, 60_000)).toBe(0)
  })
})
