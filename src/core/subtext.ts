/** Progress updates: PUT the task's subtext. Best effort: a failed update is only a warning. */
import { Inputs } from './constants.js'
import type { Edge } from './edge.js'
import { deliveryRows, printRequest, printResponse, setResultOutputs, writeSummary } from './report.js'
import type { Settings } from './settings.js'
import { VibeIqClient, type ClientHooks, type Delivery } from './vibeiq-client.js'

export async function updateSubtext(
  settings: Settings,
  subtext: string,
  edge: Edge,
  hooks?: ClientHooks
): Promise<Delivery | undefined> {
  const client = new VibeIqClient(settings.connection, settings.redact, edge, hooks)
  const request = client.subtextRequest(settings.taskId, settings.redact(subtext))
  printRequest(edge, `Subtext update for VibeIQ task ${settings.taskId}`, request)
  if (settings.dryRun) {
    edge.info(`Dry run: the update above was not sent (${Inputs.DryRun}: true).`)
    return undefined
  }
  const update = await edge.beginUpdate?.(settings.taskId)
  if (update && 'completedWith' in update) {
    edge.info(
      `Not sent: an earlier step of this job sent ${update.completedWith} for task ${settings.taskId}, ` +
        `and nothing may follow the task's outcome.`
    )
    return undefined
  }
  let delivery: Delivery
  try {
    delivery = await client.send(request)
  } finally {
    update?.end()
  }
  printResponse(edge, delivery)
  if (delivery.outcome === 'accepted') edge.info(`Subtext of task ${settings.taskId} updated.`)
  else edge.warning(`The subtext update was not delivered (the task itself is unaffected): ${delivery.error}`)
  return delivery
}

/** `mode: subtext`, and the command line's `subtext`. */
export async function runSubtextMode(
  settings: Settings,
  edge: Edge,
  hooks?: ClientHooks
): Promise<Delivery | undefined> {
  const subtext = settings.subtext ?? ''
  const delivery = await updateSubtext(settings, subtext, edge, hooks)
  setResultOutputs(edge, { taskId: settings.taskId, delivery })
  await writeSummary(edge, {
    heading: 'VibeIQ subtext update',
    rows: [
      { label: 'Task id', value: settings.taskId },
      { label: 'Mode', value: settings.mode },
      { label: 'Subtext', value: settings.redact(subtext) },
      ...deliveryRows(delivery)
    ],
    runUrl: edge.run().url
  })
  return delivery
}
