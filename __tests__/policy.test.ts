import { describe, expect, it } from '@jest/globals'
import { decideOutcome, type JobStatus, type NeedResult } from '../src/outcome.js'
import { backoffDelayMs, likelyCause, retryAfterMs } from '../src/retry-policy.js'

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
    ['Sun, 29 Nov 2026 11:59:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined]
  ])('%s gives %s', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected)
  })
})

describe('likelyCause', () => {
  it('names the credentials for 401 and 403, the task id and org for 404', () => {
    expect(likelyCause(401)).toContain('token')
    expect(likelyCause(403)).toContain('org slug')
    expect(likelyCause(404)).toContain('task id')
  })
})
