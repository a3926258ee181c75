/**
 * The mark that a task's callback was sent, shared by every step of a job through RUNNER_TEMP,
 * so that a watch step's post phase never sends a second, contradicting callback, and a
 * progress reporter sends nothing after the callback. It is written before the first byte of
 * the callback leaves ("sending", with the exact body), and then says what came of it.
 */
import { createHash, randomUUID } from 'node:crypto'
import {
  constants,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { lstat, open } from 'node:fs/promises'
import { join } from 'node:path'
import { ACTION_NAME } from '../core/constants.js'
import type { Log } from '../core/edge.js'
import { errorText } from '../core/errors.js'
import { parseJsonExactly } from '../core/exact-json.js'
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

/**
 * No 2xx came back, yet VibeIQ may have processed the callback (`uncertain`); or the step that
 * sent it ended before it knew (`sending`: killed mid-send), which is as uncertain.
 */
export interface UncertainMark extends MarkCommon {
  state: 'uncertain' | 'sending'
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

/**
 * A task's name in file names: a hash in lower-case hex, so that task ids that differ only in
 * case never share a file on a file system that ignores case (macOS, Windows).
 */
export function taskKey(taskId: string): string {
  return createHash('sha256').update(taskId).digest('hex').slice(0, 32)
}

export function markFile(directory: string, taskId: string): string {
  return join(directory, `completed-${taskKey(taskId)}.json`)
}

/**
 * Written whole or not at all, and never through a link planted at its path: the content goes
 * to a new file of a random name, opened exclusively, which then replaces the mark path itself.
 * Synchronous, so that a signal handler never runs between the two.
 */
export function markCompleted(
  taskId: string,
  mark: CompletionMark,
  env: NodeJS.ProcessEnv = process.env
): void {
  const directory = markDirectory(env)
  if (!directory) throw new NoRunnerTemp()
  writeAtomically(directory, markFile(ensureDirectory(directory), taskId), JSON.stringify(mark))
}

function ensureDirectory(directory: string): string {
  mkdirSync(directory, { recursive: true, mode: 0o700 })
  if (!lstatSync(directory).isDirectory()) throw new Error(`${directory} is not a directory`)
  return directory
}

function writeAtomically(directory: string, path: string, text: string): void {
  const temporary = join(directory, `.${randomUUID()}.tmp`)
  try {
    writeFileSync(temporary, text, { flag: 'wx', mode: 0o600 })
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

/** The mark's text as it is, if it is a regular file; undefined otherwise. */
async function readMarkText(path: string, directory: string): Promise<string | undefined> {
  try {
    if (!(await lstat(directory)).isDirectory() || !(await lstat(path)).isFile()) return undefined
    // O_NOFOLLOW closes the gap between the check and the open, where the platform has it.
    const file = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
    try {
      if (!(await file.stat()).isFile()) return undefined
      return await file.readFile('utf8')
    } finally {
      await file.close()
    }
  } catch {
    return undefined
  }
}

/** The mark, if this job holds a valid one; a link, or anything unreadable, is no mark. */
export async function readCompletion(
  taskId: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<CompletionMark | undefined> {
  const directory = markDirectory(env)
  if (!directory) return undefined
  const text = await readMarkText(markFile(directory, taskId), directory)
  return text === undefined ? undefined : parseMark(text, taskId)
}

function parseMark(text: string, taskId: string): CompletionMark | undefined {
  let mark: Partial<UncertainMark> | Partial<AcceptedMark> | null
  try {
    // Read as written, so that a body sent again keeps the numbers of `output` digit for digit.
    mark = parseJsonExactly(text) as typeof mark
  } catch {
    return undefined
  }
  if (mark?.status !== 'SUCCESS' && mark?.status !== 'FAILURE') return undefined
  // A mark of version 1.0.0 has no state: it was written only for an accepted callback.
  if (mark.state === undefined || mark.state === 'accepted')
    return { ...mark, state: 'accepted' } as AcceptedMark
  const body = 'body' in mark ? mark.body : undefined
  const uncertain = mark.state === 'uncertain' || mark.state === 'sending'
  const resendable = uncertain && body?.taskId === taskId && body.status === mark.status
  return resendable ? (mark as UncertainMark) : undefined
}

/** What came of a callback, to be recorded once it is known. */
export type RecordOutcome = (delivery: Delivery) => Promise<void>

/**
 * Records the callback as "sending", with its exact body, before its first byte leaves; waits,
 * within a short bound, for a progress update already on its way to be answered; and returns
 * what records the outcome: accepted, or uncertain with the body to send again. A refusal (VibeIQ
 * said no, or nothing reached it) puts back the mark that was there before, as does an uncertain
 * outcome after an accepted one. Without a mark, a warning, not a failure.
 */
export async function recordSending(
  taskId: string,
  body: CallbackBody,
  log: Log,
  env: NodeJS.ProcessEnv = process.env
): Promise<RecordOutcome> {
  const directory = markDirectory(env)
  const path = directory && markFile(directory, taskId)
  const before = directory && path ? await readMarkText(path, directory) : undefined
  const at = () => new Date().toISOString()
  let problem: unknown
  try {
    markCompleted(taskId, { state: 'sending', status: body.status, at: at(), body }, env)
    await settleUpdates(taskId, env)
  } catch (error) {
    problem = error
  }
  const warn = (delivery: Delivery, error: unknown) => {
    const completed = delivery.outcome === 'accepted' ? 'is completed' : 'may be completed'
    const consequence = 'a watch step of this job may send a second callback'
    log.warning(
      error instanceof NoRunnerTemp
        ? `RUNNER_TEMP is not set, so nothing records that task ${taskId} ${completed}: ${consequence}.`
        : `Could not record in RUNNER_TEMP that task ${taskId} ${completed} (${errorText(error)}): ${consequence}.`
    )
  }
  // An accepted mark stays: the task is complete, whatever a later callback came to.
  const keepBefore = (delivery: Delivery) =>
    delivery.outcome === 'refused' ||
    (delivery.outcome === 'uncertain' &&
      before !== undefined &&
      parseMark(before, taskId)?.state === 'accepted')
  return delivery => {
    if (keepBefore(delivery)) {
      if (!problem && directory && path) putBack(directory, path, before)
    } else if (problem) {
      warn(delivery, problem)
    } else {
      const common = { status: body.status, httpStatus: delivery.httpStatus, at: at() }
      try {
        markCompleted(
          taskId,
          delivery.outcome === 'accepted'
            ? { state: 'accepted', ...common }
            : { state: 'uncertain', ...common, body },
          env
        )
      } catch (error) {
        warn(delivery, error)
      }
    }
    return Promise.resolve()
  }
}

/** The mark as it was before a callback that VibeIQ refused, or none. */
function putBack(directory: string, path: string, before: string | undefined): void {
  try {
    if (before === undefined) rmSync(path, { force: true })
    else writeAtomically(directory, path, before)
  } catch {
    // the "sending" mark stays: a later step sends the same body again, never another
  }
}

/** How long a callback waits for a progress update already on its way to be answered. */
export const UPDATE_SETTLE_MS = 10_000
const SETTLE_CHECK_MS = 25

/**
 * A progress reporter flags each update it sends with a file of its own; one that was killed
 * leaves a flag whose process is gone, which is not waited for.
 */
function updateFlagPrefix(taskId: string): string {
  return `updating-${taskKey(taskId)}-`
}

async function settleUpdates(
  taskId: string,
  env: NodeJS.ProcessEnv,
  withinMs = UPDATE_SETTLE_MS
): Promise<void> {
  const directory = markDirectory(env)
  if (!directory) return
  const deadline = Date.now() + withinMs
  while (updatesOnTheirWay(directory, taskId) && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, SETTLE_CHECK_MS))
  }
}

function updatesOnTheirWay(directory: string, taskId: string): boolean {
  const prefix = updateFlagPrefix(taskId)
  let names: string[]
  try {
    names = readdirSync(directory).filter(name => name.startsWith(prefix))
  } catch {
    return false
  }
  return names.some(name => {
    try {
      process.kill(Number(readFileSync(join(directory, name), 'utf8')), 0)
      return true
    } catch {
      return false // gone, or its flag is unreadable
    }
  })
}

/**
 * For the progress reporter: flags an update about to be sent, then looks for a mark. The
 * callback writes its mark, then looks for flags: whichever comes second sees the other, so no
 * update leaves after a callback without the callback waiting for it. Returns the mark that
 * forbids the update (the flag is gone then), or what ends the update once it is answered.
 */
export async function beginUpdate(
  taskId: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<{ completed: CompletionMark } | { end: () => void }> {
  const directory = markDirectory(env)
  let flag: string | undefined
  if (directory) {
    try {
      flag = join(ensureDirectory(directory), `${updateFlagPrefix(taskId)}${process.pid}-${randomUUID()}`)
      writeFileSync(flag, String(process.pid), { flag: 'wx', mode: 0o600 })
    } catch {
      flag = undefined
    }
  }
  const end = () => {
    if (flag) rmSync(flag, { force: true })
  }
  const completed = await readCompletion(taskId, env)
  if (completed) {
    end()
    return { completed }
  }
  return { end }
}

/** beginUpdate, as the core's edge asks it before a subtext step's update. */
export async function beginSubtextUpdate(
  taskId: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<{ completedWith: string } | { end: () => void }> {
  const update = await beginUpdate(taskId, env)
  if (!('completed' in update)) return update
  const { status, state } = update.completed
  return { completedWith: state === 'sending' ? `${status} (on its way)` : status }
}
