import { describe, expect, it } from '@jest/globals'
import { decideOutcome, type JobStatus, type NeedResult } from '../src/core/outcome.js'
import { Defaults } from '../src/core/constants.js'
import {
  backoffDelayMs,
  budgetWithin,
  isRetryableStatus,
  likelyCause,
  mayHaveBeenProcessed,
  nextDelayMs,
  retryAfterMs,
  type RetryBudget
} from '../src/core/retry-policy.js'

describe('decideOutcome', () => {
  const jobStatuses: JobStatus[] = ['success', 'failure', 'cancelled']
  const needResults: NeedResult[] = ['success', 'failure', 'cancelled', 'skipped']

  it.each(jobStatuses.flatMap(job => needResults.map(need => [job, need] as const)))(
    'auto with job %s and a needed job %s',
    (job, need) => {
      const failing = job !== 'success' || need === 'failure' || need === 'cancelled'
      const outcome = decideOutcome('auto', job, [
        { job: 'lint', result: 'success' },
        { job: 'test', result: need }
      ])
      expect(outcome.status).toBe(failing ? 'FAILURE' : 'SUCCESS')
    }
  )

  it('explains the decision', () => {
    expect(decideOutcome('auto', 'cancelled', []).reason).toBe("the job's status is cancelled")
    expect(decideOutcome('auto', 'success', [{ job: 'test', result: 'failure' }]).reason).toBe(
      "needed job 'test' failure"
    )
    expect(decideOutcome('auto', 'success', []).reason).toBe("the job's status is success")
  })

  it('a fixed status wins over the job status and needs', () => {
    expect(decideOutcome('SUCCESS', 'failure', [{ job: 'x', result: 'failure' }]).status).toBe('SUCCESS')
    expect(decideOutcome('FAILURE', 'success', []).status).toBe('FAILURE')
  })
})

describe('isRetryableStatus and mayHaveBeenProcessed', () => {
  it.each([408, 429, 500, 501, 502, 503, 504, 507, 520, 524, 599])('retries HTTP %i', status => {
    expect(isRetryableStatus(status)).toBe(true)
  })

  it.each([200, 301, 302, 400, 401, 403, 404, 409, 413, 422, 600])('does not retry HTTP %i', status => {
    expect(isRetryableStatus(status)).toBe(false)
  })

  it('a 5xx may have been processed (a gateway gives up while VibeIQ goes on); 408 and 429 were not', () => {
    expect([500, 502, 503, 504, 524].map(mayHaveBeenProcessed)).toEqual([true, true, true, true, true])
    expect([408, 429, 409].map(mayHaveBeenProcessed)).toEqual([false, false, false])
  })
})

describe('backoffDelayMs', () => {
  it('doubles from 1 s, capped at 30 s, with full jitter', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(n => backoffDelayMs(n, () => 0.999999))).toEqual([
      999, 1999, 3999, 7999, 15999, 29999, 29999
    ])
    expect(backoffDelayMs(3, () => 0)).toBe(0)
    expect(backoffDelayMs(3, () => 0.5)).toBe(2000)
  })
})

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-29T12:00:00Z')
  it.each([
    ['5', 5000],
    ['0', 0],
    ['1.5', 1500],
    ['120', 30000],
    ['Sun, 29 Nov 2026 12:00:10 GMT', 10000],
    ['Sunday, 29-Nov-26 12:00:12 GMT', 12000],
    ['Sun Nov 29 12:00:04 2026', 4000],
    ['Sun, 29 Nov 2026 13:00:00 GMT', 30000],
    // a date that is not in the future, or anything that only parses as one, is no Retry-After
    ['Sun, 29 Nov 2026 11:59:00 GMT', undefined],
    ['Sun, 29 Nov 2026 12:00:00 GMT', undefined],
    ['-5', undefined],
    ['soon 12', undefined],
    ['12 soon', undefined],
    ['2026-11-29T12:00:10Z', undefined],
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined]
  ])('%s gives %s', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected)
  })

  it('reads the first of repeated headers', () => {
    expect(retryAfterMs(['2', '9'], now)).toBe(2000)
  })
})

describe('the retry schedule', () => {
  const defaults = {
    retries: Defaults.Retries,
    retryForMs: Defaults.RetryForSeconds * 1000,
    timeoutMs: Defaults.TimeoutSeconds * 1000
  }

  /** A seeded generator, so that a run of many outages is the same every time. */
  function seeded(seed: number): () => number {
    let state = seed
    return () => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state / 2 ** 31
    }
  }

  /** When a delivery that meets nothing but failures, each taking `attemptMs`, gives up. */
  function outage(budget: RetryBudget, random: () => number, attemptMs: number) {
    let clock = 0
    for (let retry = 1; ; retry++) {
      const lastStart = clock
      clock += attemptMs
      const delay = nextDelayMs(retry, clock, budget, undefined, random)
      if (delay === undefined) return { lastStart, gaveUp: clock, attempts: retry }
      clock += delay
    }
  }

  it('by default keeps trying for at least 3 minutes and gives up within 10', () => {
    const random = seeded(42)
    for (let run = 0; run < 200; run++) {
      for (const attemptMs of [0, 2000, defaults.timeoutMs]) {
        const { lastStart, gaveUp } = outage(defaults, random, attemptMs)
        expect(lastStart).toBeGreaterThanOrEqual(3 * 60_000)
        expect(gaveUp).toBeLessThanOrEqual(10 * 60_000)
      }
    }
  })

  it('the last attempt starts when retry-for ends, however long the wait drawn', () => {
    expect(outage(defaults, () => 0.999999, 0).lastStart).toBe(defaults.retryForMs)
    expect(nextDelayMs(9, 299_000, defaults, undefined, () => 0.999999)).toBe(1000)
    expect(nextDelayMs(9, 299_000, defaults, 20_000, Math.random)).toBe(1000)
    expect(nextDelayMs(9, 300_000, defaults, undefined, Math.random)).toBeUndefined()
  })

  it('retries caps the number of attempts, and 0 of either means a single attempt', () => {
    expect(outage({ ...defaults, retries: 3 }, () => 0.5, 0).attempts).toBe(4)
    expect(outage({ ...defaults, retries: 0 }, () => 0.5, 0).attempts).toBe(1)
    expect(outage({ ...defaults, retryForMs: 0 }, () => 0.5, 0).attempts).toBe(1)
  })

  it('a Retry-After is waited for as asked, within the budget', () => {
    expect(nextDelayMs(1, 0, defaults, 7000, () => 0)).toBe(7000)
  })

  it('budgetWithin keeps a whole delivery, every attempt included, within the window', () => {
    const window = 240_000
    expect(budgetWithin(defaults, window)).toEqual({ retries: 50, retryForMs: 210_000, timeoutMs: 30_000 })
    expect(budgetWithin({ ...defaults, timeoutMs: 600_000 }, window)).toEqual({
      retries: 50,
      retryForMs: 0,
      timeoutMs: 240_000
    })
    expect(budgetWithin({ ...defaults, retryForMs: 60_000 }, window).retryForMs).toBe(60_000)
    const random = seeded(7)
    for (let run = 0; run < 100; run++) {
      const budget = budgetWithin(defaults, window)
      expect(outage(budget, random, budget.timeoutMs).gaveUp).toBeLessThanOrEqual(window)
    }
  })
})

describe('likelyCause', () => {
  it('names the credentials for 401 and 403, the task id and org for 404', () => {
    expect(likelyCause(401)).toContain('token')
    expect(likelyCause(403)).toContain('org slug')
    expect(likelyCause(404)).toContain('task id')
  })
})
