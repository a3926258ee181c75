/** What the test results become: the callback's subtext, log lines and output, the step's outputs and summary. */
import { Outputs } from './constants.js'
import type { Edge } from './edge.js'
import type { ListedTest, TestCounts, TestResults } from './junit-reports.js'
import type { SummaryRow } from './report.js'

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

/** The `subtext` input with its placeholders filled, else the test counts, else the caller's default. */
export function chooseSubtext(
  given: string | undefined,
  tests: TestResults | undefined,
  fallback: string | undefined
): string | undefined {
  if (given) return tests ? fillTestPlaceholders(given, tests) : given
  return tests ? defaultTestSubtext(tests) : fallback
}

export function setTestOutputs(edge: Edge, tests: TestResults): void {
  edge.setOutput(Outputs.TestsTotal, tests.total)
  edge.setOutput(Outputs.TestsPassed, tests.passed)
  edge.setOutput(Outputs.TestsFailed, tests.failed + tests.errored)
  edge.setOutput(Outputs.TestsSkipped, tests.skipped)
  edge.setOutput(Outputs.TestsFlaky, tests.flaky)
}

export function testRows(tests: TestResults): SummaryRow[] {
  return [
    { label: 'Tests', value: `${tests.total} in ${tests.reports} report${tests.reports === 1 ? '' : 's'}` },
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
