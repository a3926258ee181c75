/** What the step shows: log groups, outputs and the job summary. */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { Outputs } from './constants.js'
import { errorText } from './errors.js'
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
}

export function setResultOutputs({ taskId, status, delivery }: StepResult): void {
  core.setOutput(Outputs.TaskId, taskId)
  core.setOutput(Outputs.Status, status ?? '')
  core.setOutput(Outputs.HttpStatus, delivery?.httpStatus ?? '')
  core.setOutput(Outputs.Attempts, delivery?.attempts ?? 0)
  core.setOutput(Outputs.Response, delivery?.response ?? '')
  core.setOutput(Outputs.Delivered, delivery?.delivered ?? false)
}

export interface SummaryRow {
  label: string
  value: string
}

/** Adds a table to the job summary; a summary that cannot be written is only a warning. */
export async function writeSummary(
  heading: string,
  rows: readonly SummaryRow[],
  runUrl?: string,
  list?: readonly string[]
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
    if (runUrl) core.summary.addLink('This run', runUrl)
    await core.summary.write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorText(error)}`)
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

export function deliveryRows(delivery: Delivery | undefined): SummaryRow[] {
  if (!delivery) return [{ label: 'Delivered', value: 'no (dry run)' }]
  return [
    { label: 'Delivered', value: delivery.delivered ? 'yes' : 'no' },
    { label: 'HTTP status', value: String(delivery.httpStatus ?? '-') },
    { label: 'Attempts', value: String(delivery.attempts) },
    { label: 'Time taken', value: `${(delivery.elapsedMs / 1000).toFixed(1)} s` }
  ]
}
