/** Progress updates: PUT the task's subtext. Best effort: a failed update is only a warning. */
import * as core from '@actions/core'
import { Inputs } from './constants.js'
import { deliveryRows, printRequest, printResponse, setResultOutputs, writeSummary } from './report.js'
import { readRunInfo } from './run-info.js'
import type { Settings } from './settings.js'
import { VibeIqClient, type ClientHooks, type Delivery } from './vibeiq-client.js'

export async function updateSubtext(
  settings: Settings,
  subtext: string,
  hooks?: ClientHooks
): Promise<Delivery | undefined> {
  const client = new VibeIqClient(settings.connection, settings.redact, hooks)
  const request = client.subtextRequest(settings.taskId, settings.redact(subtext))
  printRequest(`Subtext update for VibeIQ task ${settings.taskId}`, request)
  if (settings.dryRun) {
    core.info(`Dry run: the update above was not sent (${Inputs.DryRun}: true).`)
    return undefined
  }
  const delivery = await client.send(request)
  printResponse(delivery)
  if (delivery.outcome === 'accepted') core.info(`Subtext of task ${settings.taskId} updated.`)
  else core.warning(`The subtext update was not delivered (the task itself is unaffected): ${delivery.error}`)
  return delivery
}

/** `mode: subtext`. */
export async function runSubtextMode(settings: Settings, hooks?: ClientHooks): Promise<void> {
  const subtext = settings.subtext ?? ''
  const delivery = await updateSubtext(settings, subtext, hooks)
  setResultOutputs({ taskId: settings.taskId, delivery })
  await writeSummary(
    'VibeIQ subtext update',
    [
      { label: 'Task id', value: settings.taskId },
      { label: 'Mode', value: settings.mode },
      { label: 'Subtext', value: settings.redact(subtext) },
      ...deliveryRows(delivery)
    ],
    readRunInfo().url
  )
}
