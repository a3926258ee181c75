/** What the step shows: log groups, outputs and the job summary. */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { Outputs } from './constants.js'
import { errorText } from './errors.js'
import type { CallbackBody } from './payload.js'
import { describeRequest, type Delivery, type VibeIqRequest } from './vibeiq-client.js'

/**
 * Prints text that came from outside (log lines, the server's answer) with workflow commands
 * stopped, so that a line such as `::add-mask::` or `::set-output` in it does nothing.
 */
export function printUntrusted(lines: readonly string[]): void {
  const resume = randomUUID()
  // One write, not one per line: each write to the runner's pipe is a system call.
  core.info([`::stop-commands::${resume}`, ...lines, `::${resume}::`].join('\n'))
}

export function printRequest(title: string, request: VibeIqRequest): void {
  core.startGroup(title)
  printUntrusted(describeRequest(request))
  core.endGroup()
}

export function printResponse(delivery: Delivery): void {
  if (!delivery.response) return
  core.startGroup(`VibeIQ answered HTTP ${delivery.httpStatus ?? '-'}`)
  printUntrusted(delivery.response.split(/\r?\n/))
  core.endGroup()
}

export interface StepResult {
  taskId: string
  status?: string
  delivery?: Delivery
  /** The callback's body, sent or (in a dry run) not. */
  body?: CallbackBody
}

export function setResultOutputs({ taskId, status, delivery, body }: StepResult): void {
  core.setOutput(Outputs.TaskId, taskId)
  core.setOutput(Outputs.Status, status ?? '')
  core.setOutput(Outputs.HttpStatus, delivery?.httpStatus ?? '')
  core.setOutput(Outputs.Attempts, delivery?.attempts ?? 0)
  core.setOutput(Outputs.Response, delivery?.response ?? '')
  core.setOutput(Outputs.Delivered, delivery?.outcome === 'accepted')
  core.setOutput(Outputs.Outcome, delivery?.outcome ?? '')
  core.setOutput(Outputs.Body, body ? JSON.stringify(body) : '')
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

/** Adds a table to the job summary; a summary that cannot be written is only a warning. */
export async function writeSummary(
  heading: string,
  rows: readonly SummaryRow[],
  runUrl?: string,
  list?: readonly string[],
  byHand?: HandDelivery
): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return
  try {
    core.summary.addHeading(heading, 3).addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true }
      ],
      ...rows.map(row => [row.label, escapeHtml(row.value)])
    ])
    if (list?.length) core.summary.addList(list.map(escapeHtml))
    if (byHand) addHandDelivery(byHand)
    if (runUrl) core.summary.addLink('This run', runUrl)
    await core.summary.write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorText(error)}`)
  }
}

/**
 * Everything is escaped, code included: in a `<pre>` block only `</pre>` ends it, and no
 * content can hold that once escaped, whatever backticks or tags it has.
 */
function addHandDelivery({ note, body, bodyFile, curl }: HandDelivery): void {
  const json = JSON.stringify(body, null, 2)
  const paragraph = (html: string) => core.summary.addRaw(`<p>${html}</p>`, true)
  core.summary.addHeading('Complete the task by hand', 4)
  paragraph(escapeHtml(note))
  if (Buffer.byteLength(json) <= MAX_SUMMARY_BODY_BYTES) {
    paragraph(
      `The callback's body, as it was sent (secrets already replaced by <code>***</code>); save it as <code>${bodyFile}</code>:`
    )
    core.summary.addCodeBlock(escapeHtml(json), 'json')
  } else {
    paragraph(
      `The callback's body (${Buffer.byteLength(json)} bytes) is too large for the job summary: save the ` +
        `step output <code>${Outputs.Body}</code>, or the request in the step log, as <code>${bodyFile}</code>.`
    )
  }
  paragraph('Then send it, with the credentials in the environment variables the command names:')
  core.summary.addCodeBlock(escapeHtml(curl), 'sh')
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
