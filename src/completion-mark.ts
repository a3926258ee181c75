/**
 * The mark that a task was completed, shared by every step of a job through RUNNER_TEMP,
 * so that a watch step's post phase does not send a second callback.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ACTION_NAME } from './constants.js'

export interface CompletionMark {
  status: string
  httpStatus?: number
  at: string
}

function markPath(taskId: string, env: NodeJS.ProcessEnv): string {
  // Task ids are validated to [A-Za-z0-9_-], so they are safe in a file name.
  return join(env['RUNNER_TEMP'] || tmpdir(), ACTION_NAME, `completed-${taskId}.json`)
}

/** Written only after VibeIQ accepted the callback. */
export async function markCompleted(
  taskId: string,
  mark: CompletionMark,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const path = markPath(taskId, env)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, JSON.stringify(mark))
}

export async function readCompletion(
  taskId: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<CompletionMark | undefined> {
  try {
    return JSON.parse(await readFile(markPath(taskId, env), 'utf8')) as CompletionMark
  } catch {
    return undefined
  }
}
