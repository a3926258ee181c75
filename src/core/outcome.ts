/** Which status the callback reports. Pure: the whole policy fits on one screen. */

export type CallbackStatus = 'SUCCESS' | 'FAILURE'
export type JobStatus = 'success' | 'failure' | 'cancelled'
export type NeedResult = 'success' | 'failure' | 'cancelled' | 'skipped'

/** What the user asked for: a fixed status, or `auto` (decided from the job's outcome). */
export type StatusChoice = CallbackStatus | 'auto'

export interface NeededJob {
  job: string
  result: NeedResult
}

export interface Outcome {
  status: CallbackStatus
  /** Why, in words fit for a log line. */
  reason: string
}

export const JOB_STATUSES: readonly JobStatus[] = ['success', 'failure', 'cancelled']
export const NEED_RESULTS: readonly NeedResult[] = ['success', 'failure', 'cancelled', 'skipped']

/** A job or needed job that ended like this fails the task. */
export function isFailing(result: JobStatus | NeedResult): boolean {
  return result === 'failure' || result === 'cancelled'
}

export function decideOutcome(
  choice: StatusChoice,
  jobStatus: JobStatus | undefined,
  needs: readonly NeededJob[],
  /** Where the job's status came from, in words, when not from `${{ job.status }}` (a CI's variable). */
  jobStatusReason?: string
): Outcome {
  if (choice !== 'auto') return { status: choice, reason: `status input is ${choice}` }
  const jobSays = jobStatusReason ?? `the job's status is ${jobStatus ?? 'success'}`
  if (jobStatus && isFailing(jobStatus)) return { status: 'FAILURE', reason: jobSays }
  const failedNeeds = needs.filter(n => isFailing(n.result))
  if (failedNeeds.length > 0) {
    const list = failedNeeds.map(n => `'${n.job}' ${n.result}`).join(', ')
    return { status: 'FAILURE', reason: `needed job ${list}` }
  }
  return {
    status: 'SUCCESS',
    reason: needs.length > 0 ? `${jobSays} and no needed job failed` : jobSays
  }
}

/** Matched test reports that the counts leave out, in whole or in part. */
export interface LeftOutReports {
  count: number
  /** Each report and why, in words for a log line. */
  named: string
}

/**
 * `fail-on-test-failures`: failing tests turn a SUCCESS into FAILURE, even when the job went on;
 * so does having no report to read (`undefined`), since nothing then shows that the tests passed,
 * and so does a matched report that could not be read, or not to its end: what it held is unknown.
 */
export function withTestFailures(
  outcome: Outcome,
  failingTests: number | undefined,
  enabled: boolean,
  leftOut: LeftOutReports = { count: 0, named: '' }
): Outcome {
  if (!enabled || outcome.status === 'FAILURE') return outcome
  const flag = 'fail-on-test-failures is true'
  if (failingTests === undefined) {
    const named = leftOut.count > 0 ? ` (${leftOut.named})` : ''
    return { status: 'FAILURE', reason: `no test report could be read${named} and ${flag}` }
  }
  const reasons: string[] = []
  if (failingTests > 0) reasons.push(`${failingTests} test${failingTests === 1 ? '' : 's'} failed or errored`)
  if (leftOut.count > 0) {
    const were = leftOut.count === 1 ? 'report was' : 'reports were'
    reasons.push(`${leftOut.count} test ${were} not read in full (${leftOut.named})`)
  }
  if (reasons.length === 0) return outcome
  const why = reasons.length === 1 ? `${reasons[0]} and` : `${reasons.join(', ')}, and`
  return { status: 'FAILURE', reason: `${why} ${flag}` }
}
