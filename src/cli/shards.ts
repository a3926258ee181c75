/**
 * One shard's SUCCESS is not the pipeline's: when the CI says this job is one of several
 * parallel copies, a passing copy must not complete the task while another may still fail.
 */
import type { CiProvider } from './ci-providers.js'

/**
 * Pure: the message, or nothing when the SUCCESS may go out. The core holds the SUCCESS back
 * only once the reports are read: with fail-on-test-failures a shard's tests may turn it into a
 * FAILURE, which is the whole's and goes out.
 */
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
