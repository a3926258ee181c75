/**
 * `mode: watch`: one step at the top of a job. Its main phase announces the job on the task;
 * its post phase, which the runner runs when the job ends, sends the job's real outcome
 * unless another step of this job already completed the task.
 */
import * as core from '@actions/core'
import { completeTask, neededJobLines, resendUncertainCallback } from '../core/completion.js'
import { Outputs } from '../core/constants.js'
import { decideOutcome, type JobStatus, type Outcome } from '../core/outcome.js'
import type { Settings } from '../core/settings.js'
import { updateSubtext } from '../core/subtext.js'
import type { ClientHooks } from '../core/vibeiq-client.js'
import { readCompletion } from './completion-mark.js'
import { fetchFailedSteps } from './failure-details.js'
import { startProgressReporter } from './progress-control.js'
import { readRunInfo } from './run-info.js'
import { toolkitEdge as edge } from './toolkit-edge.js'

export async function startWatching(settings: Settings, hooks?: ClientHooks, bundle?: string): Promise<void> {
  const runInfo = readRunInfo()
  core.setOutput(Outputs.TaskId, settings.taskId)
  const running = `GitHub job '${runInfo.job ?? 'unknown'}' is running${runInfo.url ? `: ${runInfo.url}` : ''}`
  await updateSubtext(settings, settings.subtext ?? running, edge, hooks)
  // Started once this first update is done, so that none of its own can come before it.
  startProgressReporter(settings, bundle)
  core.info(
    `Watching task ${settings.taskId}: when this job ends, the post step of this action sends ` +
      `its outcome, unless a callback step of this job has completed the task by then.`
  )
}

/** `deadline`: a cancelled job's, by which the post phase ends, its delivery included. */
export async function finishWatching(
  settings: Settings,
  hooks?: ClientHooks,
  deadline?: number
): Promise<void> {
  const mark = await readCompletion(settings.taskId)
  if (mark?.state === 'accepted') {
    core.info(
      `Task ${settings.taskId} was already completed by an earlier step of this job ` +
        `(${mark.status}, HTTP ${mark.httpStatus ?? '-'}): nothing more to send.`
    )
    return
  }
  if (mark) {
    await resendUncertainCallback(settings, mark, settings.failOnError, edge, hooks, deadline)
    return
  }
  const outcome = decideOutcome(settings.statusChoice, settings.jobStatus, settings.needs)
  const runInfo = readRunInfo()
  const ended = jobEnding(settings.jobStatus)
  const leading = [
    ...neededJobLines(settings),
    `GitHub job '${runInfo.job ?? 'unknown'}' ${ended}${runInfo.url ? `: ${runInfo.url}` : ''}`
  ]
  let runDetails: Record<string, unknown> | undefined
  if (settings.jobStatus === 'failure' && settings.githubToken) {
    const details = await fetchFailedSteps(settings.githubToken, settings.jobCheckRunId)
    if ('failedSteps' in details) {
      leading.push(...details.failedSteps.map(step => `Failed step: ${step}`))
      runDetails = { failedSteps: details.failedSteps }
    } else {
      core.debug(`The failed steps are not named in the callback: ${details.unavailable}.`)
    }
  }
  const defaultSubtext = endingSubtext(ended, outcome, settings.jobStatus)
  // The `subtext` input described the job while it ran; the task's last word is its outcome.
  const final = { ...settings, subtext: undefined }
  await completeTask(final, { outcome, leading, defaultSubtext, runDetails, deadline }, edge, hooks)
}

function jobEnding(jobStatus: JobStatus | undefined): string {
  if (jobStatus === 'failure') return 'failed'
  if (jobStatus === 'cancelled') return 'was cancelled'
  return 'succeeded'
}

function endingSubtext(ended: string, outcome: Outcome, jobStatus: JobStatus | undefined): string {
  const jobFailed = jobStatus === 'failure' || jobStatus === 'cancelled'
  if (outcome.status === 'FAILURE' && !jobFailed) return `GitHub job failed: ${outcome.reason}`
  return `GitHub job ${ended}`
}
