/**
 * Watch mode's progress reporter: a process of its own, which the watch step's main phase
 * starts in the background from this same bundle and its post phase stops. Every interval it
 * looks at this job's steps (GitHub API) and at the progress file, and when the newer of the
 * two says something new, sets the task's subtext. Best effort throughout: nothing it does can
 * fail a step, and it never writes to the step log. Its stdout goes nowhere, since reading the
 * settings writes `::add-mask::` lines holding the secrets; its own lines go to a log in
 * RUNNER_TEMP, and what it sent to a record that the post phase prints.
 */
import { appendFileSync } from 'node:fs'
import { ProgressEnv } from '../core/constants.js'
import { errorText } from '../core/errors.js'
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
/** An update is tried twice at most, within 5 s: a progress text soon goes stale. */
export const PROGRESS_RETRY_FOR_MS = 5000
export const PROGRESS_TIMEOUT_MS = 10_000

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
}

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
    if (pollJob && io.now() >= pausedUntil) {
      const polled = await pollJob()
      if (polled.kind === 'changed') {
        if (polled.job.status === 'completed') return 'the job has completed'
        step = runningStep(polled.job.steps ?? [], redact, io.now()) ?? step
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
      shown = latest.text
      const delivery = await io.send(latest.text)
      io.record({
        at: at(),
        subtext: latest.text,
        ...(delivery && { outcome: delivery.outcome, httpStatus: delivery.httpStatus, error: delivery.error })
      })
    }
  }
}

/** A subtext update's own budget: one retry within 5 s, each attempt 10 s at most. */
export function progressConnection(connection: Connection): Connection {
  return {
    ...connection,
    retries: Math.min(connection.retries, 1),
    retryForMs: Math.min(connection.retryForMs, PROGRESS_RETRY_FOR_MS),
    timeoutMs: Math.min(connection.timeoutMs, PROGRESS_TIMEOUT_MS)
  }
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
  // Exiting at once closes every socket: an update in flight is cut off, and cannot reach
  // VibeIQ after the callback that the post phase sends next.
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
  return {
    now: Date.now,
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    pollJob: poller && (() => poller.poll()),
    readProgressFile: () => file.readNew(),
    send: async subtext =>
      settings.dryRun ? undefined : client.send(client.subtextRequest(settings.taskId, subtext)),
    record,
    log
  }
}
