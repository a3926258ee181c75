/** Completing a task: gather the content, post the callback, and report what happened. */
import * as core from '@actions/core'
import { ACTION_NAME, Inputs } from './constants.js'
import { markCompleted } from './completion-mark.js'
import { decideOutcome, type Outcome } from './outcome.js'
import { buildCallbackBody } from './payload.js'
import {
  deliveryRows,
  printRequest,
  printResponse,
  setResultOutputs,
  writeSummary
} from './report.js'
import { readRunInfo } from './run-info.js'
import type { FailureTarget, Settings } from './settings.js'
import { gatherLogs } from './task-logs.js'
import { VibeIqClient, type ClientHooks, type Delivery } from './vibeiq-client.js'

export interface Completion {
  outcome: Outcome
  /** The action's own log lines, sent before the user's. */
  leading: readonly string[]
  /** Used when the `subtext` input is empty. */
  defaultSubtext?: string
  /** Merged into `output.githubRun`. */
  runDetails?: Record<string, unknown>
}

/** `mode: callback`: the outcome comes from the inputs, as they are now. */
export async function runCallbackMode(settings: Settings, hooks?: ClientHooks): Promise<void> {
  const outcome = decideOutcome(settings.statusChoice, settings.jobStatus, settings.needs)
  const leading = neededJobLines(settings)
  if (settings.statusChoice === 'auto') leading.push(`${ACTION_NAME}: ${outcome.status} because ${outcome.reason}.`)
  await completeTask(settings, { outcome, leading }, hooks)
}

export function neededJobLines(settings: Settings): string[] {
  return settings.needs.map(need => `Needed job '${need.job}': ${need.result}`)
}

export async function completeTask(settings: Settings, completion: Completion, hooks?: ClientHooks): Promise<Delivery | undefined> {
  const { taskId, redact } = settings
  const status = completion.outcome.status
  const runInfo = readRunInfo()
  const logs = await gatherLogs(
    { leading: completion.leading, text: settings.logs, filePatterns: settings.logFilePatterns },
    { maxBytes: settings.maxLogBytes, redact, runUrl: runInfo.url }
  )
  const body = buildCallbackBody(
    {
      taskId,
      status,
      logs,
      output: settings.output,
      subtext: settings.subtext ?? completion.defaultSubtext,
      runInfo: settings.includeRunInfo ? { ...runInfo, ...completion.runDetails } : undefined
    },
    redact
  )
  const client = new VibeIqClient(settings.connection, hooks)
  const request = client.callbackRequest(body)
  printRequest(`Callback to VibeIQ: ${status} for task ${taskId}`, request)

  const delivery = settings.dryRun ? undefined : await client.send(request)
  if (delivery) printResponse(delivery)
  setResultOutputs({ taskId, status, delivery })
  await writeSummary(
    'VibeIQ task callback',
    [
      { label: 'Task id', value: taskId },
      { label: 'Mode', value: settings.mode },
      { label: 'Status sent', value: status },
      ...deliveryRows(delivery)
    ],
    runInfo.url
  )
  if (!delivery) {
    core.info(`Dry run: the callback above was not sent (${Inputs.DryRun}: true).`)
  } else if (delivery.delivered) {
    await markCompleted(taskId, { status, httpStatus: delivery.httpStatus, at: new Date().toISOString() })
    core.info(`VibeIQ accepted ${status} for task ${taskId} (HTTP ${delivery.httpStatus}, attempt ${delivery.attempts}).`)
  } else {
    reportUndelivered(settings.failOnError, `The callback for task ${taskId} was not delivered: ${delivery.error}`)
  }
  return delivery
}

/** A callback that could not be delivered fails the step, unless the user chose a warning. */
export function reportUndelivered(failOnError: boolean, message: string): void {
  if (failOnError) core.setFailed(message)
  else core.warning(`${message} (${Inputs.FailOnError}: false, so the step does not fail)`)
}

/**
 * Inputs that cannot be read still complete the task, as FAILURE, when the task id, URL and
 * credentials are usable: a typo must not leave the task waiting forever. The step fails either way.
 */
export async function reportInvalidInputs(
  errors: readonly string[],
  target: FailureTarget | undefined,
  hooks?: ClientHooks
): Promise<void> {
  const problem = errors.length === 1 ? errors[0] : `Invalid inputs:\n- ${errors.join('\n- ')}`
  if (!target) {
    core.setFailed(problem ?? 'Invalid inputs')
    return
  }
  const runInfo = readRunInfo()
  const body = buildCallbackBody(
    {
      taskId: target.taskId,
      status: 'FAILURE',
      logs: [`${ACTION_NAME}: the GitHub step is misconfigured, so the task is failed:`, ...errors],
      subtext: 'GitHub step misconfigured: see the task logs',
      runInfo
    },
    target.redact
  )
  const client = new VibeIqClient(target.connection, hooks)
  const request = client.callbackRequest(body)
  printRequest(`Callback to VibeIQ: FAILURE for task ${target.taskId} (invalid inputs)`, request)
  const delivery = await client.send(request)
  printResponse(delivery)
  setResultOutputs({ taskId: target.taskId, status: 'FAILURE', delivery })
  if (delivery.delivered) {
    await markCompleted(target.taskId, { status: 'FAILURE', httpStatus: delivery.httpStatus, at: new Date().toISOString() })
  }
  const sent = delivery.delivered
    ? `VibeIQ task ${target.taskId} was failed so that it does not wait forever.`
    : `The FAILURE callback for task ${target.taskId} was not delivered either: ${delivery.error}`
  core.setFailed(`${problem}\n${sent}`)
}
