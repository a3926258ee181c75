/** What the test results become in the callback: subtext, log lines and output. Pure. */
import type { TestCounts, TestResults } from './junit-reports.js'

export const MAX_FAILURE_LINES = 50

/** `output.tests` */
export function testsOutput(results: TestResults): TestCounts {
  const { total, passed, failed, errored, skipped, durationSeconds, reports } = results
  return { total, passed, failed, errored, skipped, durationSeconds, reports }
}

export function defaultTestSubtext(counts: TestCounts): string {
  let text = `Completed with ${counts.passed}/${counts.total} passing`
  if (counts.failed) text += `, ${counts.failed} failed`
  if (counts.errored) text += `, ${counts.errored} errored`
  if (counts.skipped) text += `, ${counts.skipped} skipped`
  return text
}

/** Fills {total}, {passed}, {failed}, {errored} and {skipped} in the user's own subtext. */
export function fillTestPlaceholders(template: string, counts: TestCounts): string {
  return template.replace(/\{(total|passed|failed|errored|skipped)\}/g, (_, name: keyof TestCounts) =>
    String(counts[name])
  )
}

/** One line for the counts, one per failed or errored test (at most 50), then how many more. */
export function testLogLines(results: TestResults): string[] {
  const lines = [
    `Tests: ${defaultTestSubtext(results).replace(/^Completed with /, '')} (${results.reports} report${results.reports === 1 ? '' : 's'})`
  ]
  for (const failure of results.failures.slice(0, MAX_FAILURE_LINES)) {
    const label = failure.result === 'failed' ? 'FAILED' : 'ERROR'
    const where =
      failure.suite && failure.suite !== failure.name ? `${failure.suite} > ${failure.name}` : failure.name
    lines.push(`${label} ${where}${failure.message ? `: ${failure.message}` : ''}`)
  }
  const more = results.failures.length - MAX_FAILURE_LINES
  if (more > 0) lines.push(`... and ${more} more failed or errored tests`)
  return lines
}

export function failingTests(counts: TestCounts): number {
  return counts.failed + counts.errored
}
