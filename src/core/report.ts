/**
 * What the step shows, through its edge: the request and the answer, outputs, the job summary,
 * and the words for what came of a delivery.
 */
import { Inputs, Outputs } from './constants.js'
import type { Edge } from './edge.js'
import { errorText } from './errors.js'
import type { CallbackBody } from './payload.js'
import { curlCommand, describeRequest, type Delivery, type VibeIqRequest } from './vibeiq-client.js'

export function printRequest(edge: Edge, title: string, request: VibeIqRequest): void {
  edge.block(title, describeRequest(request))
}

export function printResponse(edge: Edge, delivery: Delivery): void {
  if (!delivery.response) return
  edge.block(`VibeIQ answered HTTP ${delivery.httpStatus ?? '-'}`, delivery.response.split(/\r?\n/))
}

export interface StepResult {
  taskId: string
  status?: string
  delivery?: Delivery
  /** The callback's body, sent or (in a dry run) not. */
  body?: CallbackBody
}

export function setResultOutputs(edge: Edge, { taskId, status, delivery, body }: StepResult): void {
  edge.setOutput(Outputs.TaskId, taskId)
  edge.setOutput(Outputs.Status, status ?? '')
  edge.setOutput(Outputs.HttpStatus, delivery?.httpStatus ?? '')
  edge.setOutput(Outputs.Attempts, delivery?.attempts ?? 0)
  edge.setOutput(Outputs.Response, delivery?.response ?? '')
  edge.setOutput(Outputs.Delivered, delivery?.outcome === 'accepted')
  edge.setOutput(Outputs.Outcome, delivery?.outcome ?? '')
  edge.setOutput(Outputs.Body, body ? JSON.stringify(body) : '')
}

export interface SummaryRow {
  label: string
  value: string
}

/** A callback that a person can still send: the summary shows the body and a curl command. */
export interface HandDelivery {
  /** What happened, and whether to check the task first. */
  note: string
  body: CallbackBody
  /** The file name the curl command reads the body from. */
  bodyFile: string
  curl: string
}

/** GitHub refuses a job summary above 1 MiB; a larger body is left to the `body` output and the log. */
const MAX_SUMMARY_BODY_BYTES = 512 * 1024

export interface Summary {
  heading: string
  rows: readonly SummaryRow[]
  runUrl?: string
  list?: readonly string[]
  byHand?: HandDelivery
}

/** Adds a table to the job summary, where there is one; one that cannot be written is only a warning. */
export async function writeSummary(edge: Edge, summary: Summary): Promise<void> {
  // The log has it too: where there is no job summary, the log is the only place.
  if (summary.byHand) edge.block('Complete the task by hand', handDeliveryLines(summary.byHand))
  try {
    await edge.summary(summaryHtml(summary))
  } catch (error) {
    edge.warning(`Could not write the job summary: ${errorText(error)}`)
  }
}

/** The summary as GitHub renders it: the same HTML the toolkit's summary builder writes. */
function summaryHtml({ heading, rows, runUrl, list, byHand }: Summary): string {
  const parts = [
    `<h3>${heading}</h3>`,
    `<table><tr><th>Field</th><th>Value</th></tr>${rows
      .map(row => `<tr><td>${row.label}</td><td>${escapeHtml(row.value)}</td></tr>`)
      .join('')}</table>`
  ]
  if (list?.length) parts.push(`<ul>${list.map(item => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`)
  if (byHand) parts.push(...handDeliveryHtml(byHand))
  if (runUrl) parts.push(`<a href="${escapeHtml(runUrl)}">This run</a>`)
  return parts.map(part => `${part}\n`).join('')
}

/**
 * Everything is escaped, code included: in a `<pre>` block only `</pre>` ends it, and no
 * content can hold that once escaped, whatever backticks or tags it has.
 */
function handDeliveryHtml({ note, body, bodyFile, curl }: HandDelivery): string[] {
  const json = JSON.stringify(body, null, 2)
  const code = (text: string, lang: string) => `<pre lang="${lang}"><code>${escapeHtml(text)}</code></pre>`
  const parts = ['<h4>Complete the task by hand</h4>', `<p>${escapeHtml(note)}</p>`]
  if (Buffer.byteLength(json) <= MAX_SUMMARY_BODY_BYTES) {
    parts.push(
      `<p>The callback's body, as it was sent (secrets already replaced by <code>***</code>); save it as <code>${bodyFile}</code>:</p>`,
      code(json, 'json')
    )
  } else {
    parts.push(
      `<p>The callback's body (${Buffer.byteLength(json)} bytes) is too large for the job summary: save the ` +
        `step output <code>${Outputs.Body}</code>, or the request in the step log, as <code>${bodyFile}</code>.</p>`
    )
  }
  parts.push(
    '<p>Then send it, with the credentials in the environment variables the command names:</p>',
    code(curl, 'sh')
  )
  return parts
}

export function handDeliveryLines({ note, body, bodyFile, curl }: HandDelivery): string[] {
  return [
    note,
    '',
    `The callback's body, as it was sent (secrets already replaced by ***); save it as ${bodyFile}:`,
    ...JSON.stringify(body, null, 2).split('\n'),
    '',
    'Then send it, with the credentials in the environment variables the command names:',
    curl
  ]
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

const OUTCOME_TEXT: Record<Delivery['outcome'], string> = {
  accepted: 'accepted',
  refused: 'refused: not delivered',
  uncertain: 'uncertain: the task may already be complete'
}

export function deliveryRows(delivery: Delivery | undefined): SummaryRow[] {
  if (!delivery) return [{ label: 'Outcome', value: 'not sent (dry run)' }]
  return [
    { label: 'Outcome', value: OUTCOME_TEXT[delivery.outcome] },
    { label: 'HTTP status', value: String(delivery.httpStatus ?? '-') },
    { label: 'Attempts', value: String(delivery.attempts) },
    { label: 'Time taken', value: `${(delivery.elapsedMs / 1000).toFixed(1)} s` }
  ]
}

/** A callback as it was sent, and what came of it. */
export interface Sent {
  request: VibeIqRequest
  delivery: Delivery
}

/** The step's last word on a callback: a log line, or a failure (a warning with fail-on-error false). */
export function announce(
  edge: Edge,
  taskId: string,
  status: string,
  delivery: Delivery,
  failOnError: boolean
): void {
  if (delivery.outcome === 'accepted') {
    edge.info(
      `VibeIQ accepted ${status} for task ${taskId} (HTTP ${delivery.httpStatus}, attempt ${delivery.attempts}).`
    )
  } else {
    reportUndelivered(
      edge,
      failOnError,
      undeliveredMessage(edge, `The ${status} callback for task ${taskId}`, delivery)
    )
  }
}

export function undeliveredMessage(edge: Edge, callback: string, delivery: Delivery): string {
  const BY_HAND = `${edge.byHandWhere} has its body and a curl command that sends it`
  if (delivery.outcome === 'uncertain') {
    return (
      `${callback} may or may not have been delivered, so the task may already be complete: ` +
      `${delivery.error} Check the task in VibeIQ before sending it again (${BY_HAND}).`
    )
  }
  return `${callback} was not delivered: ${delivery.error} To complete the task by hand, ${BY_HAND}.`
}

/** A callback that could not be delivered fails the step, unless the user chose a warning. */
function reportUndelivered(edge: Edge, failOnError: boolean, message: string): void {
  if (failOnError) edge.fail(message)
  else edge.warning(`${message} (${Inputs.FailOnError}: false, so the step does not fail)`)
}

const HAND_BODY_FILE = 'callback.json'

/** The same, as soon as a first attempt failed and is being retried: the CI may end the step first. */
export function byHandWhileRetrying(request: VibeIqRequest, body: CallbackBody, why: string): HandDelivery {
  return {
    note:
      `The callback's first attempt failed (${why}); it is being retried. If this job is stopped ` +
      'before VibeIQ accepts it, check the task in VibeIQ and, if it is still awaiting a callback, ' +
      'send the body below.',
    body,
    bodyFile: HAND_BODY_FILE,
    curl: curlCommand(request, HAND_BODY_FILE)
  }
}

/** What a person needs to complete the task without re-running the job; nothing once accepted. */
export function byHand({ request, delivery }: Sent, body: CallbackBody): HandDelivery | undefined {
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
