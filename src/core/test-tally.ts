/**
 * Counts across reports: every test counted, the first failed and flaky tests kept (redacted,
 * then shortened), and what went wrong with reports, one line each. Memory stays bounded
 * whatever the reports hold.
 */
import type { Redact } from './secrets.js'
import {
  MAX_FAILURE_LINES,
  type CaseResult,
  type ListedTest,
  type TestCounts,
  type TestResults,
  type UnreadReport
} from './test-results.js'

/** Longest suite, name or message kept for a listed test. */
const MAX_TEXT = 300
/** Read beyond MAX_TEXT, so that a secret crossing the cut is still whole when redacted. */
const SECRET_MARGIN = 1024
/** How much of a suite, name or message the reader keeps for the tally. */
export const RAW_TEXT = MAX_TEXT + SECRET_MARGIN

/** A test to list, at most RAW_TEXT characters of each part. */
export interface RawTest {
  suite: string
  name: string
  message: string
  wholeSuite?: true
  afterItsTests?: true
}

export interface SuiteTotals {
  total: number
  failed: number
  errored: number
  skipped: number
  seconds: number
}

export class TestTally {
  readonly counts: TestCounts = {
    total: 0,
    passed: 0,
    failed: 0,
    errored: 0,
    skipped: 0,
    flaky: 0,
    durationSeconds: 0,
    reports: 0
  }
  private readonly failures: ListedTest[] = []
  private readonly flakyTests: ListedTest[] = []
  private readonly problems: string[] = []
  private unlistedProblems = 0
  /** Limits reached: always listed, after the problems. */
  private readonly notes: string[] = []
  private readonly unread: UnreadReport[] = []
  private unreadReports = 0

  constructor(
    private readonly redact: Redact,
    private readonly maxProblems: number
  ) {}

  add(result: CaseResult, seconds: number): void {
    this.counts.total++
    this.counts[result]++
    this.counts.durationSeconds += seconds
  }

  /**
   * Counts a failed or errored test, and lists the first ones. `describe` is called only for
   * those listed: most failures of a large report never are.
   */
  addFailure(result: 'failed' | 'errored', seconds: number, describe: () => RawTest): void {
    this.add(result, seconds)
    if (this.failures.length < MAX_FAILURE_LINES) this.failures.push(this.listed(describe(), result))
  }

  addFlaky(seconds: number, describe: () => RawTest): void {
    this.add('passed', seconds)
    this.counts.flaky++
    if (this.flakyTests.length < MAX_FAILURE_LINES) this.flakyTests.push(this.listed(describe(), 'flaky'))
  }

  /** A report's own totals, for a report that lists no test case. */
  addTotals(totals: SuiteTotals): void {
    const c = this.counts
    c.total += totals.total
    c.failed += totals.failed
    c.errored += totals.errored
    c.skipped += totals.skipped
    c.passed += Math.max(0, totals.total - totals.failed - totals.errored - totals.skipped)
    c.durationSeconds += totals.seconds
  }

  problem(message: string): void {
    if (this.problems.length < this.maxProblems) this.problems.push(message)
    else this.unlistedProblems++
  }

  /** A limit reached: always listed. */
  note(message: string): void {
    this.notes.push(message)
  }

  /**
   * A matched report left out of the counts, in whole or in part, and the `more` reports after
   * it that a limit left out too. Fail-on-test-failures fails the task for them.
   */
  leftOut(report: string, why: string, more = 0): void {
    if (this.unread.length < this.maxProblems)
      this.unread.push(more > 0 ? { report, why, more } : { report, why })
    this.unreadReports += 1 + more
  }

  summarize(): TestResults {
    const problems = [...this.problems]
    if (this.unlistedProblems > 0) {
      problems.push(`... and ${plural(this.unlistedProblems, 'more problem')} with reports, not listed`)
    }
    return {
      ...this.counts,
      durationSeconds: Math.round(this.counts.durationSeconds * 1000) / 1000,
      failures: this.failures,
      flakyTests: this.flakyTests,
      problems: [...problems, ...this.notes],
      unread: this.unread,
      unreadReports: this.unreadReports
    }
  }

  private listed(test: RawTest, result: ListedTest['result']): ListedTest {
    const listed: ListedTest = {
      suite: this.keep(test.suite),
      name: this.keep(test.name),
      result,
      message: this.keep(test.message)
    }
    if (test.wholeSuite) listed.wholeSuite = true
    if (test.afterItsTests) listed.afterItsTests = true
    return listed
  }

  /** Redacts, then shortens, then copies: a substring would keep the parser's whole chunk alive. */
  private keep(text: string): string {
    const redacted = this.redact(text)
    const short = redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT)}...` : redacted
    return Buffer.from(short, 'utf8').toString('utf8')
  }
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
