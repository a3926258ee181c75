/** withTestFailures with plain values: fail-on-test-failures, reports left out of the counts included. */
import { describe, expect, it } from '@jest/globals'
import { withTestFailures, type Outcome } from '../../src/core/outcome.js'

const success: Outcome = { status: 'SUCCESS', reason: "the job's status is success" }
const failure: Outcome = { status: 'FAILURE', reason: "the job's status is failure" }
const leftOut = (count: number, named = "'a.xml' is empty") => ({ count, named })

describe('withTestFailures', () => {
  it('off, nothing changes, whatever the tests', () => {
    expect(withTestFailures(success, 3, false, leftOut(1))).toBe(success)
    expect(withTestFailures(success, undefined, false)).toBe(success)
  })

  it('a FAILURE stays the same FAILURE, with its own reason', () => {
    expect(withTestFailures(failure, 3, true, leftOut(1))).toBe(failure)
  })

  it('no failing test and no report left out: SUCCESS stays', () => {
    expect(withTestFailures(success, 0, true)).toBe(success)
    expect(withTestFailures(success, 0, true, leftOut(0, ''))).toBe(success)
  })

  it('failing tests turn SUCCESS into FAILURE, counted in the reason', () => {
    expect(withTestFailures(success, 1, true)).toEqual({
      status: 'FAILURE',
      reason: '1 test failed or errored and fail-on-test-failures is true'
    })
    expect(withTestFailures(success, 2, true).reason).toBe(
      '2 tests failed or errored and fail-on-test-failures is true'
    )
  })

  it('a report left out of the counts turns SUCCESS into FAILURE, named with why', () => {
    expect(withTestFailures(success, 0, true, leftOut(1))).toEqual({
      status: 'FAILURE',
      reason: "1 test report was not read in full ('a.xml' is empty) and fail-on-test-failures is true"
    })
    expect(withTestFailures(success, 0, true, leftOut(2, "'a.xml' is empty; 'b.xml' is empty")).reason).toBe(
      "2 test reports were not read in full ('a.xml' is empty; 'b.xml' is empty) and fail-on-test-failures is true"
    )
  })

  it('both: both in the reason', () => {
    expect(withTestFailures(success, 2, true, leftOut(1)).reason).toBe(
      "2 tests failed or errored, 1 test report was not read in full ('a.xml' is empty), and fail-on-test-failures is true"
    )
  })

  it('no report read: FAILURE, naming the reports that could not be read when there are any', () => {
    expect(withTestFailures(success, undefined, true)).toEqual({
      status: 'FAILURE',
      reason: 'no test report could be read and fail-on-test-failures is true'
    })
    expect(withTestFailures(success, undefined, true, leftOut(1)).reason).toBe(
      "no test report could be read ('a.xml' is empty) and fail-on-test-failures is true"
    )
  })
})
