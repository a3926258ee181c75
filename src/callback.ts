/** Completing a task: gather the content, post the callback, and report what happened. */
import * as core from '@actions/core'
import { ACTION_NAME, Inputs, Outputs } from './constants.js'
import { markCompleted } from './completion-mark.js'
import { errorText } from './errors.js'
import type { TestResults } from './junit-reports.js'
import { decideOutcome, withTestFailures, type Outcome } from './outcome.js'
import { buildCallbackBody, type CallbackBody } from './payload.js'
import {
  deliveryRows,
  printRequest,
  printResponse,
  setResultOutputs,
  writeSummary,
  type SummaryRow
} from './report.js'
import { readRunInfo } from './run-info.js'
import type { Connection, FailureTarget, Settings } from './settings.js'
import { gatherLogs } from './task-logs.js'
import {
  defaultTestSubtext,
  failingTests,
  fillTestPlaceholders,
  testLogLines,
  testsOutput
} from './test-summary.js'
import { VibeIqClient, type ClientHooks, type Delivery } from './vibeiq-client.js'

export interface Completion {
  outcome: Outcome
  /** Whether to say in the logs why this status was chosen. */
  explainOutcome?: boolean
  /** The action's own log lines, sent before the user's. */
  leading: readonly string[]
  /** Used when the `subtext` input is empty and no test report was read. */
  defaultSubtext?: string
  /** Merged into `output.githubRun`. */
  runDetails?: Record<string, unknown>
}

/** `mode: callback`: the outcome comes from the inputs, as they are now. */
export async function runCallbackMode(settings: Settings, hooks?: ClientHooks): Promise<void> {
  const outcome = decideOutcome(settings.statusChoice, settings.jobStatus, settings.needs)
  await completeTask(
    settings,
    { outcome, explainOutcome: settings.statusChoice === 'auto', leading: neededJobLines(settings) },
    hooks
  )
}

export function neededJobLines(settings: Settings): string[] {
  return settings.needs.map(need => `Needed job '${need.job}': ${need.result}`)
}

export async function completeTask(
  settings: Settings,
  completion: Completion,
  hooks?: ClientHooks
): Promise<Delivery | undefined> {
  const { taskId, redact } = settings
  const runInfo = readRunInfo()
  const tests =
    settings.junitPatterns.length > 0 ? await readTests(settings.junitPatterns, redact) : undefined
  const outcome = withTestFailures(
    completion.outcome,
    tests ? failingTests(tests) : 0,
    settings.failOnTestFailures
  )
  const status = outcome.status
  const leading = [...completion.leading]
  if (completion.explainOutcome || outcome !== completion.outcome) {
    leading.push(`${ACTION_NAME}: ${status} because ${outcome.reason}.`)
  }
  if (tests) leading.push(...testLogLines(tests), ...tests.problems.map(p => `[${Inputs.JunitFiles}: ${p}]`))

  const logs = await gatherLogs(
    { leading, text: settings.logs, filePatterns: settings.logFilePatterns },
    { maxBytes: settings.maxLogBytes, redact, runUrl: runInfo.url }
  )
  const body = buildCallbackBody(
    {
      taskId,
      status,
      logs,
      output: tests ? { tests: testsOutput(tests), ...settings.output } : settings.output,
      subtext: chooseSubtext(settings.subtext, tests, completion.defaultSubtext),
      runInfo: settings.includeRunInfo ? { ...runInfo, ...completion.runDetails } : undefined
    },
    redact
  )
  const title = `Callback to VibeIQ: ${status} for task ${taskId}`
  let delivery: Delivery | undefined
  if (settings.dryRun) showCallback(settings.connection, body, title, hooks)
  else delivery = await postCallback(settings.connection, body, title, hooks)
  setResultOutputs({ taskId, status, delivery })
  if (tests) setTestOutputs(tests)
  await writeSummary(
    'VibeIQ task callback',
    [
      { label: 'Task id', value: taskId },
      { label: 'Mode', value: settings.mode },
      { label: 'Status sent', value: status },
      ...deliveryRows(delivery),
      ...(tests ? testRows(tests) : [])
    ],
    runInfo.url,
    tests ? failureList(tests) : undefined
  )
  if (!delivery) {
    core.info(`Dry run: the callback above was not sent (${Inputs.DryRun}: true).`)
  } else if (delivery.delivered) {
    await rememberCompletion(taskId, status, delivery)
    core.info(
      `VibeIQ accepted ${status} for task ${taskId} (HTTP ${delivery.httpStatus}, attempt ${delivery.attempts}).`
    )
  } else {
    reportUndelivered(
      settings.failOnError,
      `The callback for task ${taskId} was not delivered: ${delivery.error}`
    )
  }
  return delivery
}

/** Prints the callback request, secrets redacted. */
function showCallback(connection: Connection, body: CallbackBody, title: string, hooks?: ClientHooks) {
  const client = new VibeIqClient(connection, hooks)
  const request = client.callbackRequest(body)
  printRequest(title, request)
  return { client, request }
}

/** Prints the request, sends it, and prints VibeIQ's answer. */
async function postCallback(
  connection: Connection,
  body: CallbackBody,
  title: string,
  hooks?: ClientHooks
): Promise<Delivery> {
  const { client, request } = showCallback(connection, body, title, hooks)
  const delivery = await client.send(request)
  printResponse(delivery)
  return delivery
}

/**
 * Reports are read only when asked for; the XML parser loads with them. Nothing here may stop
 * the callback: an unexpected failure only leaves the test results out.
 */
async function readTests(
  patterns: readonly string[],
  redact: Settings['redact']
): Promise<TestResults | undefined> {
  try {
    const { readJunitReports } = await import('./junit-reports.js')
    const tests = await readJunitReports(patterns, { redact })
    for (const problem of tests.problems) core.warning(`${Inputs.JunitFiles}: ${problem}`)
    return tests
  } catch (error) {
    core.warning(
      `${Inputs.JunitFiles}: could not be read (${errorText(error)}); the callback is sent without test results.`
    )
    return undefined
  }
}

/** The mark that lets a watch step's post phase stay silent; without it, a warning, not a failure. */
async function rememberCompletion(taskId: string, status: string, delivery: Delivery): Promise<void> {
  try {
    await markCompleted(taskId, { status, httpStatus: delivery.httpStatus, at: new Date().toISOString() })
  } catch (error) {
    core.warning(
      `Could not record in RUNNER_TEMP that task ${taskId} is completed (${errorText(error)}): ` +
        'a watch step of this job may send a second callback.'
    )
  }
}

function chooseSubtext(
  given: string | undefined,
  tests: TestResults | undefined,
  fallback: string | undefined
): string | undefined {
  if (given) return tests ? fillTestPlaceholders(given, tests) : given
  return tests ? defaultTestSubtext(tests) : fallback
}

function setTestOutputs(tests: TestResults): void {
  core.setOutput(Outputs.TestsTotal, tests.total)
  core.setOutput(Outputs.TestsPassed, tests.passed)
  core.setOutput(Outputs.TestsFailed, tests.failed + tests.errored)
  core.setOutput(Outputs.TestsSkipped, tests.skipped)
  core.setOutput(Outputs.TestsFlaky, tests.flaky)
}

function testRows(tests: TestResults): SummaryRow[] {
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

function failureList(tests: TestResults): string[] | undefined {
  if (tests.failures.length === 0 && tests.flakyTests.length === 0) return undefined
  return testLogLines(tests).slice(1)
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
  const title = `Callback to VibeIQ: FAILURE for task ${target.taskId} (invalid inputs)`
  const delivery = await postCallback(target.connection, body, title, hooks)
  setResultOutputs({ taskId: target.taskId, status: 'FAILURE', delivery })
  if (delivery.delivered) await rememberCompletion(target.taskId, 'FAILURE', delivery)
  const sent = delivery.delivered
    ? `VibeIQ task ${target.taskId} was failed so that it does not wait forever.`
    : `The FAILURE callback for task ${target.taskId} was not delivered either: ${delivery.error}`
  core.setFailed(`${problem}\n${sent}`)
}
