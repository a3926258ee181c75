/** Completing a task: gather the content, post the callback, and report what happened. */
import * as core from '@actions/core'
import { ACTION_NAME, Inputs, Outputs } from './constants.js'
import { markCompleted, NoRunnerTemp, type CompletionMark, type UncertainMark } from './completion-mark.js'
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
  type HandDelivery,
  type SummaryRow
} from './report.js'
import { readRunInfo } from './run-info.js'
import type { FailureTarget, Settings } from './settings.js'
import { gatherLogs } from './task-logs.js'
import {
  defaultTestSubtext,
  failingTests,
  fillTestPlaceholders,
  testLogLines,
  testsOutput
} from './test-summary.js'
import {
  curlCommand,
  VibeIqClient,
  type ClientHooks,
  type Delivery,
  type VibeIqRequest
} from './vibeiq-client.js'

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
  const sent = settings.dryRun ? undefined : await sendCallback(settings, body, title, hooks)
  if (sent) announce(taskId, status, sent.delivery, settings.failOnError)
  else printRequest(title, new VibeIqClient(settings.connection, redact).callbackRequest(body))
  // The mark is written by now: an output or a summary that fails below cannot undo it.
  setResultOutputs({ taskId, status, delivery: sent?.delivery, body })
  if (tests) setTestOutputs(tests)
  await writeSummary(
    'VibeIQ task callback',
    [
      { label: 'Task id', value: taskId },
      { label: 'Mode', value: settings.mode },
      { label: 'Status sent', value: status },
      ...deliveryRows(sent?.delivery),
      ...(tests ? testRows(tests) : [])
    ],
    runInfo.url,
    tests ? failureList(tests) : undefined,
    sent && byHand(sent, body)
  )
  if (!sent) core.info(`Dry run: the callback above was not sent (${Inputs.DryRun}: true).`)
  return sent?.delivery
}

interface Sent {
  request: VibeIqRequest
  delivery: Delivery
}

/**
 * Prints the request, sends it, records the outcome for the other steps of this job, and prints
 * VibeIQ's answer. The record comes first: once VibeIQ may have the callback, nothing that can
 * fail (outputs, the summary) may stand between it and the mark that stops a second one.
 */
async function sendCallback(
  target: FailureTarget,
  body: CallbackBody,
  title: string,
  hooks?: ClientHooks
): Promise<Sent> {
  const client = new VibeIqClient(target.connection, target.redact, hooks)
  const request = client.callbackRequest(body)
  printRequest(title, request)
  const delivery = await client.send(request)
  await rememberDelivery(target.taskId, body, delivery)
  printResponse(delivery)
  return { request, delivery }
}

/** The step's last word on the callback: a log line, or a failure (a warning with fail-on-error false). */
function announce(taskId: string, status: string, delivery: Delivery, failOnError: boolean): void {
  if (delivery.outcome === 'accepted') {
    core.info(
      `VibeIQ accepted ${status} for task ${taskId} (HTTP ${delivery.httpStatus}, attempt ${delivery.attempts}).`
    )
  } else {
    reportUndelivered(failOnError, undeliveredMessage(`The ${status} callback for task ${taskId}`, delivery))
  }
}

const BY_HAND = 'the job summary has its body and a curl command that sends it'

function undeliveredMessage(callback: string, delivery: Delivery): string {
  if (delivery.outcome === 'uncertain') {
    return (
      `${callback} may or may not have been delivered, so the task may already be complete: ` +
      `${delivery.error} Check the task in VibeIQ before sending it again (${BY_HAND}).`
    )
  }
  return `${callback} was not delivered: ${delivery.error} To complete the task by hand, ${BY_HAND}.`
}

/** What a person needs to complete the task without re-running the job; nothing once accepted. */
function byHand({ request, delivery }: Sent, body: CallbackBody): HandDelivery | undefined {
  if (delivery.outcome === 'accepted') return undefined
  const advice =
    delivery.outcome === 'uncertain'
      ? 'VibeIQ may have processed the callback without saying so: the task may already be complete. ' +
        'Check it in VibeIQ, and send the body below only if the task is still awaiting a callback.'
      : 'VibeIQ did not act on the callback. If the task is still awaiting one, send the body below.'
  return {
    note: `${advice} The last error: ${delivery.error}`,
    body,
    bodyFile: HAND_BODY_FILE,
    curl: curlCommand(request, HAND_BODY_FILE)
  }
}

const HAND_BODY_FILE = 'callback.json'

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

/**
 * The mark that keeps a watch step's post phase from sending another status: accepted, or
 * uncertain with the body to send again. Without it, a warning, not a failure.
 */
async function rememberDelivery(taskId: string, body: CallbackBody, delivery: Delivery): Promise<void> {
  if (delivery.outcome === 'refused') return
  const common = { status: body.status, httpStatus: delivery.httpStatus, at: new Date().toISOString() }
  const mark: CompletionMark =
    delivery.outcome === 'accepted'
      ? { state: 'accepted', ...common }
      : { state: 'uncertain', ...common, body }
  try {
    await markCompleted(taskId, mark)
  } catch (error) {
    const completed = delivery.outcome === 'accepted' ? 'is completed' : 'may be completed'
    const consequence = 'a watch step of this job may send a second callback'
    core.warning(
      error instanceof NoRunnerTemp
        ? `RUNNER_TEMP is not set, so nothing records that task ${taskId} ${completed}: ${consequence}.`
        : `Could not record in RUNNER_TEMP that task ${taskId} ${completed} (${errorText(error)}): ${consequence}.`
    )
  }
}

/**
 * An earlier step of this job sent a callback that VibeIQ may have processed: send the same
 * body again, never another status. A refusal of it most likely means that the first one
 * completed the task, so it is a warning; the outcome stays uncertain unless VibeIQ accepts.
 */
export async function resendUncertainCallback(
  target: FailureTarget,
  mark: UncertainMark,
  failOnError: boolean,
  hooks?: ClientHooks
): Promise<void> {
  const { taskId } = target
  core.info(
    `An earlier step of this job sent ${mark.status} for task ${taskId} and VibeIQ may have processed it ` +
      `(the task may already be complete): sending that same callback again, not this job's outcome.`
  )
  const title = `Callback to VibeIQ: ${mark.status} for task ${taskId}, sent again`
  const sent = await sendCallback(target, mark.body, title, hooks)
  const answeredNo = sent.delivery.outcome === 'refused' && (sent.delivery.httpStatus ?? 0) >= 400
  const delivery: Delivery =
    sent.delivery.outcome === 'accepted' ? sent.delivery : { ...sent.delivery, outcome: 'uncertain' }
  if (answeredNo) {
    core.warning(
      `VibeIQ refused the ${mark.status} callback sent again for task ${taskId}, so it was probably ` +
        `completed earlier: the task may already be complete, by the first callback, which VibeIQ may ` +
        `have processed (check it in VibeIQ). ${delivery.error}`
    )
  } else {
    announce(taskId, mark.status, delivery, failOnError)
  }
  setResultOutputs({ taskId, status: mark.status, delivery, body: mark.body })
  await writeSummary(
    'VibeIQ task callback',
    [
      { label: 'Task id', value: taskId },
      { label: 'Status sent', value: `${mark.status}, again, as an earlier step sent it` },
      ...deliveryRows(delivery)
    ],
    readRunInfo().url,
    undefined,
    byHand({ request: sent.request, delivery }, mark.body)
  )
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
      runInfo: target.includeRunInfo ? runInfo : undefined
    },
    target.redact
  )
  const title = `Callback to VibeIQ: FAILURE for task ${target.taskId} (invalid inputs)`
  const sent = await sendCallback(target, body, title, hooks)
  const { delivery } = sent
  setResultOutputs({ taskId: target.taskId, status: 'FAILURE', delivery, body })
  await writeSummary(
    'VibeIQ task callback',
    [
      { label: 'Task id', value: target.taskId },
      { label: 'Status sent', value: 'FAILURE, for invalid inputs' },
      ...deliveryRows(delivery)
    ],
    runInfo.url,
    undefined,
    byHand(sent, body)
  )
  const outcome =
    delivery.outcome === 'accepted'
      ? `VibeIQ task ${target.taskId} was failed so that it does not wait forever.`
      : undeliveredMessage(`The FAILURE callback for task ${target.taskId}`, delivery)
  core.setFailed(`${problem}\n${outcome}`)
}
