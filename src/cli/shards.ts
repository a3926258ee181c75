/**
 * One shard's SUCCESS is not the pipeline's: when the CI says this job is one of several
 * parallel copies, a passing copy must not complete the task while another may still fail.
 * Pure: the message, or nothing when the SUCCESS may go out.
 */
import type { CiProvider } from './ci-providers.js'

export function refuseShardSuccess(ci: CiProvider, env: NodeJS.ProcessEnv): string | undefined {
  const shard = ci.shard?.(env)
  if (!shard) return undefined
  return (
    `Not sent: this job is ${shard.index} of ${shard.total} parallel jobs (${shard.variables}), and one ` +
    `job's SUCCESS would complete the task while another may still fail. Call back once, after all of ` +
    `them, as docs/ci/${ci.id}.md shows; if this is that final callback, pass --final (or set ` +
    `VIBEIQ_FINAL=true). A FAILURE from any of them is sent.`
  )
}
