/**
 * The mark that a task's callback was sent, shared by every step of a job through RUNNER_TEMP,
 * so that a watch step's post phase never sends a second, contradicting callback.
 */
import { randomUUID } from 'node:crypto'
import { constants } from 'node:fs'
import { lstat, mkdir, open, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ACTION_NAME } from '../core/constants.js'
import type { Log } from '../core/edge.js'
import { errorText } from '../core/errors.js'
import type { CallbackStatus } from '../core/outcome.js'
import type { CallbackBody } from '../core/payload.js'
import type { Delivery } from '../core/vibeiq-client.js'

interface MarkCommon {
  status: CallbackStatus
  httpStatus?: number
  at: string
}

export type CompletionMark = AcceptedMark | UncertainMark

export interface AcceptedMark extends MarkCommon {
  state: 'accepted'
}

/** No 2xx came back, yet VibeIQ may have processed the callback. */
export interface UncertainMark extends MarkCommon {
  state: 'uncertain'
  /** The exact body sent: a later step sends it again, never another. */
  body: CallbackBody
}

/** Without RUNNER_TEMP there is no place private to this job: the shared /tmp would let one job silence another's post phase. */
export class NoRunnerTemp extends Error {
  constructor() {
    super('RUNNER_TEMP is not set')
    this.name = 'NoRunnerTemp'
  }
}

function markDirectory(env: NodeJS.ProcessEnv): string | undefined {
  const runnerTemp = env['RUNNER_TEMP']
  return runnerTemp ? join(runnerTemp, ACTION_NAME) : undefined
}

function markFile(directory: string, taskId: string): string {
  // Task ids are validated to [A-Za-z0-9_-], so they are safe in a file name.
  return join(directory, `completed-${taskId}.json`)
}

/**
 * Written whole or not at all, and never through a link planted at its path: the content goes
 * to a new file of a random name, opened exclusively, which then replaces the mark path itself.
 */
export async function markCompleted(
  taskId: string,
  mark: CompletionMark,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const directory = markDirectory(env)
  if (!directory) throw new NoRunnerTemp()
  await mkdir(directory, { recursive: true, mode: 0o700 })
  if (!(await lstat(directory)).isDirectory()) throw new Error(`${directory} is not a directory`)
  const path = markFile(directory, taskId)
  const temporary = `${path}.${randomUUID()}.tmp`
  try {
    await writeFile(temporary, JSON.stringify(mark), { flag: 'wx', mode: 0o600 })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** The mark, if this job holds a valid one; a link, or anything unreadable, is no mark. */
export async function readCompletion(
  taskId: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<CompletionMark | undefined> {
  const directory = markDirectory(env)
  if (!directory) return undefined
  let text: string
  try {
    const path = markFile(directory, taskId)
    if (!(await lstat(directory)).isDirectory() || !(await lstat(path)).isFile()) return undefined
    // O_NOFOLLOW closes the gap between the check and the open, where the platform has it.
    const file = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
    try {
      if (!(await file.stat()).isFile()) return undefined
      text = await file.readFile('utf8')
    } finally {
      await file.close()
    }
  } catch {
    return undefined
  }
  return parseMark(text, taskId)
}

function parseMark(text: string, taskId: string): CompletionMark | undefined {
  let mark: Partial<UncertainMark> | Partial<AcceptedMark> | null
  try {
    mark = JSON.parse(text) as typeof mark
  } catch {
    return undefined
  }
  if (mark?.status !== 'SUCCESS' && mark?.status !== 'FAILURE') return undefined
  // A mark of version 1.0.0 has no state: it was written only for an accepted callback.
  if (mark.state === undefined || mark.state === 'accepted')
    return { ...mark, state: 'accepted' } as AcceptedMark
  const body = 'body' in mark ? mark.body : undefined
  const resendable = mark.state === 'uncertain' && body?.taskId === taskId && body.status === mark.status
  return resendable ? (mark as UncertainMark) : undefined
}

/**
 * The mark that keeps a watch step's post phase from sending another status: accepted, or
 * uncertain with the body to send again. Without it, a warning, not a failure.
 */
export async function recordDelivery(
  taskId: string,
  body: CallbackBody,
  delivery: Delivery,
  log: Log
): Promise<void> {
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
    log.warning(
      error instanceof NoRunnerTemp
        ? `RUNNER_TEMP is not set, so nothing records that task ${taskId} ${completed}: ${consequence}.`
        : `Could not record in RUNNER_TEMP that task ${taskId} ${completed} (${errorText(error)}): ${consequence}.`
    )
  }
}
