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
  needs: readonly NeededJob[]
): Outcome {
  if (choice !== 'auto') return { status: choice, reason: `status input is ${choice}` }
  if (jobStatus && isFailing(jobStatus)) {
    return { status: 'FAILURE', reason: `the job's status is ${jobStatus}` }
  }
  const failedNeeds = needs.filter(n => isFailing(n.result))
  if (failedNeeds.length > 0) {
    const list = failedNeeds.map(n => `'${n.job}' ${n.result}`).join(', ')
    return { status: 'FAILURE', reason: `needed job ${list}` }
  }
  return {
    status: 'SUCCESS',
    reason:
      needs.length > 0
        ? `the job's status is ${jobStatus ?? 'success'} and no needed job failed`
        : `the job's status is ${jobStatus ?? 'success'}`
  }
}

/** `success`, `failure` and `cancelled` (as `${{ job.status }}` gives them) map onto a callback status. */
export function statusFromJobStatus(jobStatus: JobStatus): CallbackStatus {
  return isFailing(jobStatus) ? 'FAILURE' : 'SUCCESS'
}

/** `fail-on-test-failures`: failing tests turn a SUCCESS into FAILURE, even when the job went on. */
export function withTestFailures(outcome: Outcome, failingTests: number, enabled: boolean): Outcome {
  if (!enabled || failingTests === 0 || outcome.status === 'FAILURE') return outcome
  return {
    status: 'FAILURE',
    reason: `${failingTests} test${failingTests === 1 ? '' : 's'} failed or errored and fail-on-test-failures is true`
  }
}
