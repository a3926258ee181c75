/**
 * One shard's SUCCESS is not the pipeline's: when the CI says this job is one of several
 * parallel copies, a passing copy must not complete the task while another may still fail.
 */
import { outcomeWithTests, readingAllowanceMs } from '../core/completion.js'
import type { Settings } from '../core/settings.js'
import type { TestResults } from '../core/test-results.js'
import type { CiProvider } from './ci-providers.js'

/** Pure: the message, or nothing when the SUCCESS may go out. */
export function refuseShardSuccess(ci: CiProvider, env: NodeJS.ProcessEnv): string | undefined {
  const shard = ci.shard?.(env)
  if (!shard) return undefined
  return (
    `Not sent: this job is ${shard.index} of ${shard.total} parallel jobs (${shard.variables}), and one ` +
    `job's SUCCESS would complete the task while another may still fail. Call back once, after all of ` +
    `them, as ${ci.docs} shows; if this is that final callback, pass --final (or set ` +
    `VIBEIQ_FINAL=true). A FAILURE from any of them is sent. Until a final callback, the task waits.`
  )
}

/**
 * With fail-on-test-failures, the core turns a SUCCESS into FAILURE when a test failed, no
 * report could be read, or a matched report was not read in full; that FAILURE is the shard's to
 * send. Decided by the core's own rule (the callback reads the reports again, and says why).
 */
export async function testsTurnSuccessIntoFailure(settings: Settings, deadline?: number): Promise<boolean> {
  if (!settings.failOnTestFailures || settings.junitPatterns.length === 0) return false
  let tests: TestResults | undefined
  try {
    const { DEFAULT_LIMITS, readJunitReports } = await import('../core/junit-reports.js')
    const maxMilliseconds = readingAllowanceMs(deadline, Date.now(), DEFAULT_LIMITS.maxMilliseconds)
    tests = await readJunitReports(settings.junitPatterns, {
      redact: settings.redact,
      limits: { maxMilliseconds }
    })
  } catch {
    tests = undefined
  }
  return outcomeWithTests({ status: 'SUCCESS', reason: '' }, tests, settings).status === 'FAILURE'
}
