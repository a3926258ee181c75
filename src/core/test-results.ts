/**
 * What reading the test reports gives: the words shared by the reader (junit-reports.ts and
 * the modules it uses) and what presents the results (test-summary.ts). Nothing but shapes.
 */

export type CaseResult = 'passed' | 'failed' | 'errored' | 'skipped'

/** A test named in the logs: one that failed or errored, or one retried to a pass. */
export interface ListedTest {
  suite: string
  name: string
  result: 'failed' | 'errored' | 'flaky'
  /** A suite-level `<failure>` or `<error>`: the suite failed as a whole. */
  wholeSuite?: true
  /** With wholeSuite: the suite lists test cases, so its own failure came around them, not instead. */
  afterItsTests?: true
  /** First line of the failure's message attribute, or of its text. */
  message: string
}

export interface TestCounts {
  total: number
  passed: number
  failed: number
  errored: number
  skipped: number
  /** Tests that failed and then passed on a retry the report marks; counted in passed too. */
  flaky: number
  durationSeconds: number
  /** Reports whose tests were counted, in whole or in part. */
  reports: number
}

/** A matched report whose tests are not all in the counts: it could not be read, or not to its end. */
export interface UnreadReport {
  /** The report as it is named in messages. */
  report: string
  /** Why, in words that follow the report's name (and the reports after it). */
  why: string
  /** The reports after this one that a limit left out for the same reason. */
  more?: number
}

export interface TestResults extends TestCounts {
  /** The first failed or errored tests, in the order read. */
  failures: ListedTest[]
  /** The first flaky tests, in the order read. */
  flakyTests: ListedTest[]
  /** What could not be read, one line each, at most `maxProblems` and a line for the rest. */
  problems: string[]
  /** The first matched reports left out of the counts, in whole or in part. */
  unread: UnreadReport[]
  /** How many matched reports are left out of the counts, listed or not. */
  unreadReports: number
}

/** Failed, errored and flaky tests named in the logs, together. */
export const MAX_FAILURE_LINES = 50
