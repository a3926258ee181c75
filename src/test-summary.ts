/** What the test results become in the callback: subtext, log lines and output. Pure. */
import type { ListedTest, TestCounts, TestResults } from './junit-reports.js'

/** Failed, errored and flaky tests named in the logs, together. */
export const MAX_FAILURE_LINES = 50

const PLACEHOLDERS = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky'] as const

/** `output.tests` */
export function testsOutput(results: TestResults): TestCounts {
  const { total, passed, failed, errored, skipped, flaky, durationSeconds, reports } = results
  return { total, passed, failed, errored, skipped, flaky, durationSeconds, reports }
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
    `Tests: ${defaultTestSubtext(results).replace(/^Completed with /, '')} (${results.reports} report${results.reports === 1 ? '' : 's'})`
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

function testLine(test: ListedTest): string {
  const label = { failed: 'FAILED', errored: 'ERROR', flaky: 'FLAKY' }[test.result]
  const name = test.name || '(unnamed test)'
  const where = test.wholeSuite
    ? `suite ${test.suite || '(unnamed)'}, which did not run`
    : test.suite && test.suite !== test.name
      ? `${test.suite} > ${name}`
      : name
  return `${label} ${where}${test.message ? `: ${test.message}` : ''}`
}

export function failingTests(counts: TestCounts): number {
  return counts.failed + counts.errored
}
