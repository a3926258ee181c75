/**
 * The Action's inputs, as the core reads values: `core.getInput`, and for the task id the event
 * that started the workflow when the input is empty. Nothing else calls `core.getInput`.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { Inputs } from '../core/constants.js'
import type { ValueSource } from '../core/input-reader.js'

type Env = NodeJS.ProcessEnv

const EVENT_TASK_ID_FIELDS = [
  ['inputs', 'task-id'],
  ['inputs', 'taskId'],
  ['inputs', 'task_id'],
  ['client_payload', 'taskId'],
  ['client_payload', 'task-id'],
  ['client_payload', 'task_id']
] as const

export function actionInputs(env: Env = process.env): ValueSource {
  const fromEvent = core.getInput(Inputs.TaskId) ? undefined : taskIdFromEvent(env)
  return {
    get: name => (name === Inputs.TaskId && fromEvent ? fromEvent.taskId : core.getInput(name)),
    label: name =>
      name === Inputs.TaskId && fromEvent
        ? `The task id from the event (${fromEvent.field})`
        : `Input '${name}'`,
    name: name => `'${name}'`,
    missing: name => {
      if (name !== Inputs.TaskId) return undefined
      const event = env['GITHUB_EVENT_NAME'] || 'unknown'
      return (
        `No task id: input '${Inputs.TaskId}' is empty and the '${event}' event that started this ` +
        `workflow has none in ${EVENT_TASK_ID_FIELDS.map(([section, key]) => `${section}.${key}`).join(', ')}.`
      )
    }
  }
}

function taskIdFromEvent(env: Env): { taskId: string; field: string } | undefined {
  const path = env['GITHUB_EVENT_PATH']
  if (!path) return undefined
  let event: Record<string, Record<string, unknown> | undefined>
  try {
    event = JSON.parse(readFileSync(path, 'utf8')) as typeof event
  } catch {
    return undefined
  }
  for (const [section, key] of EVENT_TASK_ID_FIELDS) {
    const value = event?.[section]?.[key]
    if (typeof value === 'string' && value.trim()) {
      return { taskId: value.trim(), field: `${section}.${key}` }
    }
    if (typeof value === 'number') return { taskId: String(value), field: `${section}.${key}` }
  }
  return undefined
}
