/**
 * Watch mode's progress reporter: a process of its own, which the watch step's main phase
 * starts in the background from this same bundle and its post phase stops. Every interval it
 * looks at this job's steps (GitHub API) and at the progress file, and when the newer of the
 * two says something new, sets the task's subtext. Best effort throughout: nothing it does can
 * fail a step, and it never writes to the step log. Its stdout goes nowhere, since reading the
 * settings writes `::add-mask::` lines holding the secrets; its own lines go to a log in
 * RUNNER_TEMP, and what it sent to a record that the post phase prints.
 */
import { appendFileSync, existsSync } from 'node:fs'
import { ProgressEnv } from '../core/constants.js'
import { errorText } from '../core/errors.js'
import { beginUpdate, readCompletion, type CompletionMark } from './completion-mark.js'
import type { JobStep } from './failure-details.js'
import { JobPoller, type JobPoll } from './job-steps.js'
import { ProgressFile, type Written } from './progress-file.js'
import { appendRecord, reporterPaths, type RecordEntry, type ReporterPaths } from './progress-record.js'
import { newer, newestLine, runningStep, type Timed } from './progress-text.js'
import type { Redact } from '../core/secrets.js'
import { readSettings, type Connection, type Settings } from '../core/settings.js'
import { VibeIqClient, type Delivery } from '../core/vibeiq-client.js'
import { openWithHttpClient } from './http-client-transport.js'
import { actionInputs } from './inputs.js'

/** However long the job, its reporter ends by then; the runner's orphan-process clean-up is the backstop. */
export const MAX_REPORTER_LIFETIME_MS = 72 * 60 * 60 * 1000
/**
 * An update is tried twice at most, the second starting within 4 s, each attempt 4 s at most: a
 * progress text soon goes stale, and an update must end, answered or given up, before a
 * callback's wait for it does (UPDATE_SETTLE_MS, and the post phase's REPORTER_STOP_WAIT_MS),
 * so that the callback never goes out while an update is still on its way.
 */
export const PROGRESS_RETRY_FOR_MS = 4000
export const PROGRESS_TIMEOUT_MS = 4000
/** The longest one update can take: its last attempt starts within retry-for and lasts a timeout. */
export const PROGRESS_UPDATE_MAX_MS = PROGRESS_RETRY_FOR_MS + PROGRESS_TIMEOUT_MS

/** Everything the reporter does to the world, so that its policy runs in tests on a fake clock. */
export interface ReporterIo {
  now: () => number
  sleep: (ms: number) => Promise<void>
  /** Absent when only the progress file is followed. */
  pollJob?: () => Promise<JobPoll>
  readProgressFile: () => Promise<Written | undefined>
  /** Undefined: not sent (a dry run). */
  send: (subtext: string) => Promise<Delivery | undefined>
  record: (entry: RecordEntry) => void
  log: (message: string) => void
  /**
   * Asked before each update: `go` (then `done` once it is answered), `wait` (a callback is on
   * its way), or `stop`, why: the task's outcome is recorded, or the post phase asked it to stop.
   * Absent: always `go`.
   */
  claimUpdate?: () => Promise<UpdateClaim>
  /** Why to stop now, asked after each wait: the post phase asked, or the outcome is recorded. */
  shouldStop?: () => Promise<string | undefined>
}

export type UpdateClaim = { kind: 'go'; done: () => void } | { kind: 'wait' } | { kind: 'stop'; why: string }

export interface FollowOptions {
  intervalMs: number
  redact: Redact
  maxLifetimeMs?: number
}

/**
 * Looks every interval, sends at most one update each time and only when the text changed,
 * until the job shows completed (its post phase never ran) or the lifetime ends; returns why
 * it ended. The post phase usually stops it long before either.
 */
export async function followProgress(options: FollowOptions, io: ReporterIo): Promise<string> {
  const { intervalMs, redact, maxLifetimeMs = MAX_REPORTER_LIFETIME_MS } = options
  const started = io.now()
  const at = () => new Date(io.now()).toISOString()
  let pollJob = io.pollJob
  let pausedUntil = 0
  let step: Timed | undefined
  let line: Timed | undefined
  let shown: string | undefined
  let fileProblem: string | undefined
  for (;;) {
    await io.sleep(intervalMs)
    if (io.now() - started >= maxLifetimeMs) {
      return `it ran for ${maxLifetimeMs / 3_600_000} hours, the most a reporter may`
    }
    const stop = await io.shouldStop?.()
    if (stop) return stop
    if (pollJob && io.now() >= pausedUntil) {
      // Whatever the API answers (null, steps that are not a list...), the look goes on.
      const polled = await pollJob().catch((error: unknown) => ({
        kind: 'failed' as const,
        reason: `the GitHub API failed: ${errorText(error)}`
      }))
      if (polled.kind === 'changed') {
        const job: unknown = polled.job
        if (isObject(job) && job['status'] === 'completed') return 'the job has completed'
        if (!isObject(job) || !Array.isArray(job['steps'])) io.log('The job came without a list of steps.')
        step = runningStep(stepsOf(job), redact, io.now()) ?? step
      } else if (polled.kind === 'unavailable') {
        io.record({ at: at(), note: `Following the progress file only: ${redact(polled.reason)}.` })
        pollJob = undefined
      } else if (polled.kind === 'limited') {
        pausedUntil = polled.untilMs
        io.log(
          `The GitHub API ${polled.reason}: next look at the job at ${new Date(pausedUntil).toISOString()}.`
        )
      } else if (polled.kind === 'failed') {
        io.log(`Could not look at the job: ${polled.reason}.`)
      }
    }
    try {
      const written = await io.readProgressFile()
      const text = written && newestLine(written.text, redact)
      if (written && text) line = { text, at: written.at }
      fileProblem = undefined
    } catch (error) {
      const problem = `Could not read the progress file: ${errorText(error)}`
      if (problem !== fileProblem) io.log(problem)
      fileProblem = problem
    }
    const latest = newer(step, line)
    if (latest && latest.text !== shown) {
      const claim = (await io.claimUpdate?.()) ?? { kind: 'go', done: () => undefined }
      if (claim.kind === 'stop') return claim.why
      if (claim.kind === 'wait') continue
      shown = latest.text
      let delivery: Delivery | undefined
      try {
        delivery = await io.send(latest.text)
      } finally {
        claim.done()
      }
      io.record({
        at: at(),
        subtext: latest.text,
        ...(delivery && { outcome: delivery.outcome, httpStatus: delivery.httpStatus, error: delivery.error })
      })
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The steps that look like steps: an API answer may hold anything. */
function stepsOf(job: unknown): JobStep[] {
  const steps = isObject(job) ? job['steps'] : undefined
  if (!Array.isArray(steps)) return []
  return steps.filter(
    (candidate): candidate is JobStep => isObject(candidate) && typeof candidate['name'] === 'string'
  )
}

/** A subtext update's own budget: one retry within 4 s, each attempt 4 s at most. */
export function progressConnection(connection: Connection): Connection {
  return {
    ...connection,
    retries: Math.min(connection.retries, 1),
    retryForMs: Math.min(connection.retryForMs, PROGRESS_RETRY_FOR_MS),
    timeoutMs: Math.min(connection.timeoutMs, PROGRESS_TIMEOUT_MS)
  }
}

/** How often a waiting reporter looks for the post phase's request to stop. */
const STOP_CHECK_MS = 100

/** Why the task's outcome, once recorded, ends the reporter. */
function completedWhy(mark: CompletionMark): string {
  return `the task's outcome is recorded (${mark.status}, ${mark.state}), so nothing more is sent`
}

/** The reporter process's entry point (see index.ts). */
export async function runProgressReporter(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const paths = reporterPaths(env[ProgressEnv.Reporter] ?? '')
  let redact: Redact = text => text
  const log = (message: string) =>
    appendFileSync(paths.log, `${new Date().toISOString()} ${redact(message)}\n`)
  const end = (why: string) => {
    appendRecord(paths.record, { at: new Date().toISOString(), ended: redact(why) })
    log(`Ended: ${why}.`)
  }
  // The post phase asks by a file first, and waits for an update on its way to be answered; it
  // signals only when that does not end it in time. Exiting at once then closes every socket.
  process.once('SIGTERM', () => {
    try {
      end('stopped by the post phase')
    } finally {
      process.exit(0)
    }
  })
  let why: string
  try {
    // Its stdout goes nowhere: masking, which writes there, has nothing to do.
    const result = readSettings(actionInputs(env), () => undefined, env)
    if (result.ok) {
      redact = result.settings.redact
      log(`Following task ${result.settings.taskId} (progress: ${result.settings.progress}).`)
      why = await followProgress(
        { intervalMs: result.settings.progressIntervalMs, redact },
        reporterIo(result.settings, paths, env, log)
      )
    } else {
      why = `its inputs are invalid: ${result.errors.join(' ')}`
    }
  } catch (error) {
    why = `it failed: ${errorText(error)}`
  }
  end(why)
  // Octokit's keep-alive connections would hold the process a while longer.
  process.exit(0)
}

function reporterIo(
  settings: Settings,
  paths: ReporterPaths,
  env: NodeJS.ProcessEnv,
  log: (message: string) => void
): ReporterIo {
  const client = new VibeIqClient(progressConnection(settings.connection), settings.redact, {
    info: log,
    openRequest: openWithHttpClient
  })
  const file = new ProgressFile(paths.progressFile)
  const record = (entry: RecordEntry) => appendRecord(paths.record, entry)
  let poller: JobPoller | undefined
  if (settings.progress === 'steps' && settings.githubToken) {
    poller = new JobPoller(settings.githubToken, settings.jobCheckRunId, env)
  } else if (settings.progress === 'steps') {
    record({ at: new Date().toISOString(), note: 'Following the progress file only: github-token is empty.' })
  }
  const stopRequested = () => existsSync(paths.stop)
  return {
    now: Date.now,
    // Cut short by the post phase's request to stop.
    sleep: async ms => {
      const until = Date.now() + ms
      while (!stopRequested() && Date.now() < until) {
        await new Promise(resolve => setTimeout(resolve, Math.min(STOP_CHECK_MS, until - Date.now())))
      }
    },
    shouldStop: async () => {
      if (stopRequested()) return 'stopped by the post phase'
      const mark = await readCompletion(settings.taskId, env)
      return mark && mark.state !== 'sending' ? completedWhy(mark) : undefined
    },
    claimUpdate: async () => {
      if (stopRequested()) return { kind: 'stop', why: 'stopped by the post phase' }
      const claim = await beginUpdate(settings.taskId, env)
      if ('end' in claim) return { kind: 'go', done: claim.end }
      // A callback on its way may yet be refused: wait for what comes of it.
      return claim.completed.state === 'sending'
        ? { kind: 'wait' }
        : { kind: 'stop', why: completedWhy(claim.completed) }
    },
    pollJob: poller && (() => poller.poll()),
    readProgressFile: () => file.readNew(),
    send: async subtext =>
      settings.dryRun ? undefined : client.send(client.subtextRequest(settings.taskId, subtext)),
    record,
    log
  }
}
