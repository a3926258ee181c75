import type { TestResults } from '../../src/core/test-results.js'

/** The counts of results, without the listed tests and problems: what a test compares whole. */
export const countsOf = ({ total, passed, failed, errored, skipped, flaky, reports }: TestResults) => ({
  total,
  passed,
  failed,
  errored,
  skipped,
  flaky,
  reports
})
