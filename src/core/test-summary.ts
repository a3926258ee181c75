/** What the test results become: the callback's subtext, log lines and output, the step's outputs and summary. */
import { Outputs } from './constants.js'
import type { Edge } from './edge.js'
import type { SummaryRow } from './report.js'
import { MAX_FAILURE_LINES, type ListedTest, type TestCounts, type TestResults } from './test-results.js'

const PLACEHOLDERS = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky'] as const

/** `output.tests`; `unreadReports` only when a matched report is left out of the counts. */
export function testsOutput(results: TestResults): TestCounts & { unreadReports?: number } {
  const { total, passed, failed, errored, skipped, flaky, durationSeconds, reports, unreadReports } = results
  const counts = { total, passed, failed, errored, skipped, flaky, durationSeconds, reports }
  return unreadReports > 0 ? { ...counts, unreadReports } : counts
}

export function defaultTestSubtext(counts: TestCounts): string {
  let text = `Completed with ${counts.passed}/${counts.total} passing`
  if (counts.failed) text += `, ${counts.failed} failed`
  if (counts.errored) text += `, ${counts.errored} errored`
  if (counts.skipped) text += `, ${counts.skipped} skipped`
  if (counts.flaky) text += `, ${counts.flaky} flaky`
  return text
}

/** Fills {total}, {passed}, {failed}, {errored}, {skipped} and {flaky} in the user's own subtext. */
export function fillTestPlaceholders(template: string, counts: TestCounts): string {
  return template.replace(
    new RegExp(`\\{(${PLACEHOLDERS.join('|')})\\}`, 'g'),
    (_, name: (typeof PLACEHOLDERS)[number]) => String(counts[name])
  )
}

/**
 * One line for the counts, then one per failed or errored test and one per flaky test (at
 * most 50 together, failures first), then how many more.
 */
export function testLogLines(results: TestResults): string[] {
  const lines = [
    `Tests: ${defaultTestSubtext(results).replace(/^Completed with /, '')} (${reportsRead(results)})`
  ]
  const failures = results.failures.slice(0, MAX_FAILURE_LINES)
  const flaky = results.flakyTests.slice(0, MAX_FAILURE_LINES - failures.length)
  lines.push(...failures.map(testLine), ...flaky.map(testLine))
  const more = [
    [failingTests(results) - failures.length, 'failed or errored'] as const,
    [results.flaky - flaky.length, 'flaky'] as const
  ]
    .filter(([count]) => count > 0)
    .map(([count, what]) => `${count} more ${what} test${count === 1 ? '' : 's'}`)
  if (more.length > 0) lines.push(`... and ${more.join(' and ')}`)
  return lines
}

/** "2 reports", and how many more the counts leave out. */
function reportsRead({ reports, unreadReports }: TestResults): string {
  if (unreadReports === 0) return reportCount(reports)
  return `${reportCount(reports)}; the counts leave out ${reportCount(unreadReports)} not read in full`
}

function testLine(test: ListedTest): string {
  const label = { failed: 'FAILED', errored: 'ERROR', flaky: 'FLAKY' }[test.result]
  const message = test.message ? `: ${test.message}` : ''
  if (test.wholeSuite) {
    const suite = `suite ${test.suite || '(unnamed)'}`
    if (!test.afterItsTests) return `${label} ${suite}, which did not run${message}`
    const what = test.result === 'failed' ? 'a failure' : 'an error'
    return `${label} ${suite} reported ${what} after its tests${message}`
  }
  const name = test.name || '(unnamed test)'
  const where = test.suite && test.suite !== test.name ? `${test.suite} > ${name}` : name
  return `${label} ${where}${message}`
}

/**
 * The matched reports the counts leave out, each with why: "'a.xml' could not be read as XML:
 * ...; 'b.xml' is empty", then how many more.
 */
export function unreadList({ unread, unreadReports }: Pick<TestResults, 'unread' | 'unreadReports'>): string {
  const listed = unread.map(
    ({ report, why, more = 0 }) => `'${report}'${more > 0 ? ` and ${reportCount(more)} after it` : ''} ${why}`
  )
  const unlisted = unreadReports - unread.reduce((sum, { more = 0 }) => sum + 1 + more, 0)
  if (unlisted > 0) listed.push(`${reportCount(unlisted)} more`)
  return listed.join('; ')
}

function reportCount(count: number): string {
  return `${count} report${count === 1 ? '' : 's'}`
}

export function failingTests(counts: TestCounts): number {
  return counts.failed + counts.errored
}

/**
 * The `subtext` input with its placeholders filled, else the test counts (and how many reports
 * they leave out: the task's first line must not look green when a report went unread), else
 * the caller's default.
 */
export function chooseSubtext(
  given: string | undefined,
  tests: TestResults | undefined,
  fallback: string | undefined
): string | undefined {
  if (given) return tests ? fillTestPlaceholders(given, tests) : given
  if (!tests) return fallback
  const unread = tests.unreadReports > 0 ? `; ${reportCount(tests.unreadReports)} not read in full` : ''
  return defaultTestSubtext(tests) + unread
}

export function setTestOutputs(edge: Edge, tests: TestResults): void {
  edge.setOutput(Outputs.TestsTotal, tests.total)
  edge.setOutput(Outputs.TestsPassed, tests.passed)
  edge.setOutput(Outputs.TestsFailed, tests.failed + tests.errored)
  edge.setOutput(Outputs.TestsSkipped, tests.skipped)
  edge.setOutput(Outputs.TestsFlaky, tests.flaky)
}

export function testRows(tests: TestResults): SummaryRow[] {
  const leftOut: SummaryRow[] =
    tests.unreadReports > 0 ? [{ label: 'Left out of the counts', value: unreadList(tests) }] : []
  return [
    { label: 'Tests', value: `${tests.total} in ${reportCount(tests.reports)}` },
    ...leftOut,
    { label: 'Passed', value: String(tests.passed) },
    { label: 'Failed', value: String(tests.failed) },
    { label: 'Errored', value: String(tests.errored) },
    { label: 'Skipped', value: String(tests.skipped) },
    { label: 'Flaky', value: String(tests.flaky) },
    { label: 'Duration', value: `${tests.durationSeconds} s` }
  ]
}

/** The failed and flaky tests, for the job summary. */
export function failureList(tests: TestResults): string[] | undefined {
  if (tests.failures.length === 0 && tests.flakyTests.length === 0) return undefined
  return testLogLines(tests).slice(1)
}
