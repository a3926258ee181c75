/** Completing a task: gather the content, send the callback, and record and report what came of it. */
import { ACTION_NAME, Inputs, JUNIT_READ_MS } from './constants.js'
import type { Edge } from './edge.js'
import { errorText } from './errors.js'
import { decideOutcome, withTestFailures, type CallbackStatus, type Outcome } from './outcome.js'
import { whileSending } from './interruption.js'
import { buildCallbackBody, type CallbackBody } from './payload.js'
import {
  announce,
  byHand,
  byHandWhileRetrying,
  deliveryRows,
  handDeliveryLines,
  printRequest,
  printResponse,
  setResultOutputs,
  undeliveredMessage,
  writeSummary,
  type Sent
} from './report.js'
import { budgetWithin } from './retry-policy.js'
import type { FailureTarget, Settings } from './settings.js'
import type { TestResults } from './test-results.js'
import { gatherLogs, LOG_FILE_LIMITS } from './task-logs.js'
import {
  chooseSubtext,
  failingTests,
  failureList,
  setTestOutputs,
  testLogLines,
  testRows,
  testsOutput,
  unreadList
} from './test-summary.js'
import { VibeIqClient, type ClientHooks, type Delivery } from './vibeiq-client.js'

export interface Completion {
  outcome: Outcome
  /** Whether to say in the logs why this status was chosen. */
  explainOutcome?: boolean
  /** The step's own log lines, sent before the user's. */
  leading: readonly string[]
  /** Used when the `subtext` input is empty and no test report was read. */
  defaultSubtext?: string
  /** Merged into the run's details in the output (`githubRun`). */
  runDetails?: Record<string, unknown>
  /** When the delivery must have ended, every retry included (on the clock of `hooks.now`). */
  deadline?: number
  /**
   * Why a SUCCESS may not go out (one of several parallel jobs): the task is then left to the
   * final callback, and SuccessHeld is thrown once the reports have been read. A FAILURE goes out.
   */
  holdSuccess?: string
}

/** A SUCCESS not sent, for the reason in Completion.holdSuccess: nothing was sent. */
export class SuccessHeld extends Error {}

/** A callback sent earlier, which VibeIQ may have processed: the only one that may be sent again. */
export interface EarlierCallback {
  status: CallbackStatus
  body: CallbackBody
  /** `sending`: the step that sent it ended before it knew what came of it (killed mid-send). */
  state?: 'uncertain' | 'sending'
}

/** `mode: callback`, and the command line's `complete`: the outcome as the settings say it now. */
export async function runCallbackMode(
  settings: Settings,
  edge: Edge,
  hooks?: ClientHooks,
  /** The command line's: when the whole command must end (a CI's window), and a SUCCESS held back. */
  limits: Pick<Completion, 'deadline' | 'holdSuccess'> = {}
): Promise<Delivery | undefined> {
  const outcome = decideOutcome(
    settings.statusChoice,
    settings.jobStatus,
    settings.needs,
    settings.jobStatusReason
  )
  const explainOutcome = settings.statusChoice === 'auto'
  return completeTask(
    settings,
    { outcome, explainOutcome, leading: neededJobLines(settings), ...limits },
    edge,
    hooks
  )
}

export function neededJobLines(settings: Settings): string[] {
  return settings.needs.map(need => `Needed job '${need.job}': ${need.result}`)
}

export async function completeTask(
  settings: Settings,
  completion: Completion,
  edge: Edge,
  hooks?: ClientHooks
): Promise<Delivery | undefined> {
  const { taskId, redact } = settings
  for (const notice of settings.notices) edge.warning(notice)
  const run = edge.run()
  const now = hooks?.now ?? Date.now
  const allowance = (defaultMs: number) => readingAllowanceMs(completion.deadline, now(), defaultMs)
  const tests =
    settings.junitPatterns.length > 0
      ? await readTests(settings.junitPatterns, redact, edge, allowance(JUNIT_READ_MS))
      : undefined
  const outcome = outcomeWithTests(completion.outcome, tests, settings)
  const status = outcome.status
  if (status === 'SUCCESS' && completion.holdSuccess) throw new SuccessHeld(completion.holdSuccess)
  const leading = [...completion.leading]
  if (completion.explainOutcome || outcome !== completion.outcome) {
    leading.push(`${ACTION_NAME}: ${status} because ${outcome.reason}.`)
  }
  if (tests) leading.push(...testLogLines(tests), ...tests.problems.map(p => `[${Inputs.JunitFiles}: ${p}]`))

  const logs = await gatherLogs(
    { leading, text: settings.logs, filePatterns: settings.logFilePatterns },
    {
      maxBytes: settings.maxLogBytes,
      redact,
      fullLog: run.url && `the ${run.name}: ${run.url}`,
      files: { ...LOG_FILE_LIMITS, maxSeconds: allowance(LOG_FILE_LIMITS.maxSeconds * 1000) / 1000 }
    },
    edge
  )
  const body = buildCallbackBody(
    {
      taskId,
      status,
      logs,
      output: tests ? { tests: testsOutput(tests), ...settings.output } : settings.output,
      subtext: chooseSubtext(settings.subtext, tests, completion.defaultSubtext),
      run: settings.includeRunInfo
        ? { key: run.outputKey, details: { ...run.details, ...completion.runDetails } }
        : undefined
    },
    redact
  )
  const title = `Callback to VibeIQ: ${status} for task ${taskId}`
  const sent = settings.dryRun
    ? undefined
    : await sendCallback(settings, body, title, edge, hooks, completion.deadline)
  if (sent) announce(edge, taskId, status, sent.delivery, settings.failOnError)
  else printRequest(edge, title, new VibeIqClient(settings.connection, redact, edge).callbackRequest(body))
  // The delivery is recorded by now: an output or a summary that fails below cannot undo it.
  setResultOutputs(edge, { taskId, status, delivery: sent?.delivery, body })
  if (tests) setTestOutputs(edge, tests)
  await writeSummary(edge, {
    heading: 'VibeIQ task callback',
    rows: [
      { label: 'Task id', value: taskId },
      { label: 'Mode', value: settings.mode },
      { label: 'Status sent', value: status },
      ...deliveryRows(sent?.delivery),
      ...(tests ? testRows(tests) : [])
    ],
    runUrl: run.url,
    list: tests ? failureList(tests) : undefined,
    byHand: sent && byHand(sent, body)
  })
  if (!sent) edge.info(`Dry run: the callback above was not sent (${Inputs.DryRun}: true).`)
  return sent?.delivery
}

/**
 * Prints the request, records it as on its way, sends it, records what came of it for the other
 * steps of this job, and prints VibeIQ's answer. The records come first: once VibeIQ may have the
 * callback, nothing that can fail (outputs, the summary) may stand between it and the record that
 * stops a second one; a step killed mid-send leaves the first record, with the body to send again.
 */
async function sendCallback(
  target: FailureTarget,
  body: CallbackBody,
  title: string,
  edge: Edge,
  hooks?: ClientHooks,
  deadline?: number
): Promise<Sent> {
  const recordOutcome = await edge.recordSending?.(target.taskId, body)
  // The budget is what is left once recorded: the record may wait for a progress update on its way.
  const connection =
    deadline === undefined ? target.connection : budgetWithin(target.connection, timeLeft(deadline, hooks))
  const client = new VibeIqClient(connection, target.redact, edge, hooks)
  const request = client.callbackRequest(body)
  printRequest(edge, title, request)
  const onFirstRetry = edge.retrying
    ? (why: string) =>
        edge.retrying?.(
          'Complete the task by hand, if this job ends before the callback is delivered',
          handDeliveryLines(byHandWhileRetrying(request, body, why))
        )
    : undefined
  const delivery = await whileSending({ taskId: target.taskId, status: body.status }, () =>
    client.send(request, onFirstRetry)
  )
  await recordOutcome?.(delivery)
  printResponse(edge, delivery)
  return { request, delivery }
}

/**
 * How long reading (reports, then log files) may take when the whole must end by `deadline`:
 * at most half of the time left, so that delivery keeps the other half; never more than the
 * reader's own limit. Pure.
 */
export function readingAllowanceMs(deadline: number | undefined, now: number, defaultMs: number): number {
  if (deadline === undefined) return defaultMs
  return Math.max(0, Math.min(defaultMs, Math.floor((deadline - now) / 2)))
}

/** However late it is, one short attempt is still made: a callback never tried leaves the task waiting. */
export const LAST_ATTEMPT_MS = 5000

function timeLeft(deadline: number, hooks?: ClientHooks): number {
  return Math.max(LAST_ATTEMPT_MS, deadline - (hooks?.now ?? Date.now)())
}

/** `fail-on-test-failures`: the outcome once the reports are read (undefined: none could be). */
function outcomeWithTests(
  outcome: Outcome,
  tests: TestResults | undefined,
  settings: Pick<Settings, 'failOnTestFailures' | 'junitPatterns'>
): Outcome {
  return withTestFailures(
    outcome,
    tests?.reports ? failingTests(tests) : undefined,
    settings.failOnTestFailures && settings.junitPatterns.length > 0,
    tests && { count: tests.unreadReports, named: unreadList(tests) }
  )
}

/**
 * Reports are read only when asked for; the XML parser loads with them. Nothing here may stop
 * the callback: an unexpected failure only leaves the test results out.
 */
async function readTests(
  patterns: readonly string[],
  redact: Settings['redact'],
  edge: Edge,
  maxMilliseconds: number
): Promise<TestResults | undefined> {
  try {
    const { readJunitReports } = await import('./junit-reports.js')
    const tests = await readJunitReports(patterns, { redact, limits: { maxMilliseconds } })
    for (const problem of tests.problems) edge.warning(`${Inputs.JunitFiles}: ${problem}`)
    return tests
  } catch (error) {
    edge.warning(
      `${Inputs.JunitFiles}: could not be read (${errorText(error)}); the callback is sent without test results.`
    )
    return undefined
  }
}

/**
 * An earlier step of this job sent a callback that VibeIQ may have processed: send the same
 * body again, never another status. A refusal of it most likely means that the first one
 * completed the task, so it is a warning; the outcome stays uncertain unless VibeIQ accepts.
 */
export async function resendUncertainCallback(
  target: FailureTarget,
  earlier: EarlierCallback,
  failOnError: boolean,
  edge: Edge,
  hooks?: ClientHooks,
  deadline?: number
): Promise<void> {
  const { taskId } = target
  const what =
    earlier.state === 'sending'
      ? `was stopped while it sent ${earlier.status} for task ${taskId}, so VibeIQ may have received it`
      : `sent ${earlier.status} for task ${taskId} and VibeIQ may have processed it`
  edge.info(
    `An earlier step of this job ${what} (the task may already be complete): sending that same ` +
      `callback again, not this job's outcome.`
  )
  const title = `Callback to VibeIQ: ${earlier.status} for task ${taskId}, sent again`
  const sent = await sendCallback(target, earlier.body, title, edge, hooks, deadline)
  const answeredNo = sent.delivery.outcome === 'refused' && (sent.delivery.httpStatus ?? 0) >= 400
  const delivery: Delivery =
    sent.delivery.outcome === 'accepted' ? sent.delivery : { ...sent.delivery, outcome: 'uncertain' }
  if (answeredNo) {
    edge.warning(
      `VibeIQ refused the ${earlier.status} callback sent again for task ${taskId}, so it was probably ` +
        `completed earlier: the task may already be complete, by the first callback, which VibeIQ may ` +
        `have processed (check it in VibeIQ). ${delivery.error}`
    )
  } else {
    announce(edge, taskId, earlier.status, delivery, failOnError)
  }
  setResultOutputs(edge, { taskId, status: earlier.status, delivery, body: earlier.body })
  await writeSummary(edge, {
    heading: 'VibeIQ task callback',
    rows: [
      { label: 'Task id', value: taskId },
      { label: 'Status sent', value: `${earlier.status}, again, as an earlier step sent it` },
      ...deliveryRows(delivery)
    ],
    runUrl: edge.run().url,
    byHand: byHand({ request: sent.request, delivery }, earlier.body)
  })
}

/**
 * Inputs that cannot be read still complete the task, as FAILURE, when the task id, URL and
 * credentials are usable: a typo must not leave the task waiting forever. The step fails either way.
 */
export async function reportInvalidInputs(
  errors: readonly string[],
  target: FailureTarget | undefined,
  edge: Edge,
  hooks?: ClientHooks,
  deadline?: number
): Promise<Delivery | undefined> {
  const problem = errors.length === 1 ? errors[0] : `Invalid inputs:\n- ${errors.join('\n- ')}`
  if (!target) {
    edge.fail(problem ?? 'Invalid inputs')
    return undefined
  }
  const run = edge.run()
  const body = buildCallbackBody(
    {
      taskId: target.taskId,
      status: 'FAILURE',
      logs: [`${ACTION_NAME}: the ${edge.stepName} is misconfigured, so the task is failed:`, ...errors],
      subtext: `${edge.stepName[0]?.toUpperCase()}${edge.stepName.slice(1)} misconfigured: see the task logs`,
      run: target.includeRunInfo ? { key: run.outputKey, details: run.details } : undefined
    },
    target.redact
  )
  const title = `Callback to VibeIQ: FAILURE for task ${target.taskId} (invalid inputs)`
  const sent = await sendCallback(target, body, title, edge, hooks, deadline)
  const { delivery } = sent
  setResultOutputs(edge, { taskId: target.taskId, status: 'FAILURE', delivery, body })
  await writeSummary(edge, {
    heading: 'VibeIQ task callback',
    rows: [
      { label: 'Task id', value: target.taskId },
      { label: 'Status sent', value: 'FAILURE, for invalid inputs' },
      ...deliveryRows(delivery)
    ],
    runUrl: run.url,
    byHand: byHand(sent, body)
  })
  const outcome =
    delivery.outcome === 'accepted'
      ? `VibeIQ task ${target.taskId} was failed so that it does not wait forever.`
      : undeliveredMessage(edge, `The FAILURE callback for task ${target.taskId}`, delivery)
  edge.fail(`${problem}\n${outcome}`)
  return delivery
}
