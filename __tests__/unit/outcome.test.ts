/**
 * The status policy: which status the callback reports, and why. The job statuses and needed
 * job results come from the exported lists the settings validate against, so a change to
 * those lists shows here.
 */
import { describe, expect, it } from '@jest/globals'
import {
  decideOutcome,
  isFailing,
  JOB_STATUSES,
  NEED_RESULTS,
  withTestFailures,
  type NeededJob,
  type Outcome
} from '../../src/core/outcome.js'

/** What GitHub ends a job or a needed job with that means the work was not done. */
const FAILED = new Set<string>(['failure', 'cancelled'])

describe('the statuses the settings accept', () => {
  it("are GitHub's: job.status is success, failure or cancelled; needs.<id>.result adds skipped", () => {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/contexts (job and needs contexts)
    expect([...JOB_STATUSES].sort()).toEqual(['cancelled', 'failure', 'success'])
    expect([...NEED_RESULTS].sort()).toEqual(['cancelled', 'failure', 'skipped', 'success'])
  })

  it.each(NEED_RESULTS)('isFailing(%s) is true only for failure and cancelled', result => {
    expect(isFailing(result)).toBe(FAILED.has(result))
  })
})

describe('decideOutcome', () => {
  describe('with status auto', () => {
    it.each(JOB_STATUSES.flatMap(job => NEED_RESULTS.map(need => [job, need] as const)))(
      'job %s, a needed job %s',
      (job, need) => {
        const needs: NeededJob[] = [
          { job: 'lint', result: 'success' },
          { job: 'test', result: need }
        ]
        const outcome = decideOutcome('auto', job, needs)
        if (FAILED.has(job)) {
          // the job's own status comes first
          expect(outcome).toEqual({ status: 'FAILURE', reason: `the job's status is ${job}` })
        } else if (FAILED.has(need)) {
          expect(outcome).toEqual({ status: 'FAILURE', reason: `needed job 'test' ${need}` })
        } else {
          expect(outcome).toEqual({
            status: 'SUCCESS',
            reason: `the job's status is ${job} and no needed job failed`
          })
        }
      }
    )

    it('says only what the job status says when there are no needed jobs', () => {
      expect(decideOutcome('auto', 'success', [])).toEqual({
        status: 'SUCCESS',
        reason: "the job's status is success"
      })
    })

    it('takes a job with no status given as a success', () => {
      expect(decideOutcome('auto', undefined, [])).toEqual({
        status: 'SUCCESS',
        reason: "the job's status is success"
      })
    })

    it('names every failed needed job, in order, and only those', () => {
      const outcome = decideOutcome('auto', 'success', [
        { job: 'build', result: 'failure' },
        { job: 'lint', result: 'success' },
        { job: 'docs', result: 'skipped' },
        { job: 'e2e', result: 'cancelled' },
        { job: 'unit', result: 'failure' }
      ])
      expect(outcome).toEqual({
        status: 'FAILURE',
        reason: "needed job 'build' failure, 'e2e' cancelled, 'unit' failure"
      })
    })

    it("uses the CI's own words for where the job status came from", () => {
      const from = 'CI_JOB_STATUS is failed'
      expect(decideOutcome('auto', 'failure', [], from)).toEqual({ status: 'FAILURE', reason: from })
      expect(decideOutcome('auto', 'success', [], 'CI_JOB_STATUS is success')).toEqual({
        status: 'SUCCESS',
        reason: 'CI_JOB_STATUS is success'
      })
      expect(
        decideOutcome('auto', 'success', [{ job: 'a', result: 'success' }], 'CI_JOB_STATUS is success')
      ).toEqual({ status: 'SUCCESS', reason: 'CI_JOB_STATUS is success and no needed job failed' })
    })
  })

  it.each(['SUCCESS', 'FAILURE'] as const)(
    'a fixed status %s wins over the job status and the needed jobs',
    status => {
      for (const job of JOB_STATUSES) {
        expect(decideOutcome(status, job, [{ job: 'x', result: 'failure' }])).toEqual({
          status,
          reason: `status input is ${status}`
        })
      }
    }
  )
})

describe('withTestFailures (fail-on-test-failures)', () => {
  const success: Outcome = { status: 'SUCCESS', reason: "the job's status is success" }
  const failure: Outcome = { status: 'FAILURE', reason: "the job's status is failure" }

  it('turns SUCCESS into FAILURE when tests failed, counting them', () => {
    expect(withTestFailures(success, 1, true)).toEqual({
      status: 'FAILURE',
      reason: '1 test failed or errored and fail-on-test-failures is true'
    })
    expect(withTestFailures(success, 3, true)).toEqual({
      status: 'FAILURE',
      reason: '3 tests failed or errored and fail-on-test-failures is true'
    })
  })

  it('turns SUCCESS into FAILURE when no report could be read: nothing shows the tests passed', () => {
    const outcome = withTestFailures(success, undefined, true)
    expect(outcome.status).toBe('FAILURE')
    expect(outcome.reason).toMatch(/no test report could be read/)
    expect(outcome.reason).toMatch(/fail-on-test-failures is true$/)
  })

  // The very same outcome comes back, so the caller knows not to explain a change.
  it('keeps SUCCESS when no test failed', () => {
    expect(withTestFailures(success, 0, true)).toBe(success)
  })

  it('changes nothing when it is off', () => {
    expect(withTestFailures(success, 5, false)).toBe(success)
    expect(withTestFailures(success, undefined, false)).toBe(success)
  })

  it('keeps a FAILURE and its reason', () => {
    expect(withTestFailures(failure, 5, true)).toBe(failure)
    expect(withTestFailures(failure, undefined, true)).toBe(failure)
  })
})
