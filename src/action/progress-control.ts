/**
 * Watch mode's progress reporter, from the step's side: the main phase starts it in the
 * background and returns; the post phase stops it before it reads or sends anything, so that no
 * subtext update can reach VibeIQ after the callback, and says what it sent.
 */
import * as core from '@actions/core'
import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { devNull } from 'node:os'
import { Inputs, ProgressEnv } from '../core/constants.js'
import { errorText } from '../core/errors.js'
import { createReporterDirectory, readRecord, reporterPaths, type RecordEntry } from './progress-record.js'
import { writeSummary } from '../core/report.js'
import { redactJson, type Redact } from '../core/secrets.js'
import type { Settings } from '../core/settings.js'
import { rememberProgressReporter, type SavedReporter } from './state.js'
import { toolkitEdge as edge } from './toolkit-edge.js'

/**
 * How long the post phase waits for the reporter to stop when asked (an update on its way is
 * answered first), then, for a process proven to be the reporter, after SIGTERM and SIGKILL.
 */
export const REPORTER_STOP_WAIT_MS = 10_000
export const REPORTER_TERM_WAIT_MS = 1000
export const REPORTER_KILL_WAIT_MS = 1000
const EXIT_CHECK_MS = 20
/** The post phase prints the last updates only; the record holds them all. */
const MAX_PRINTED_ENTRIES = 200

/** The starting step's file commands: the reporter outlives that step, and has nothing to say in them. */
const STEP_FILE_COMMANDS = [
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY'
]

/**
 * Starts the reporter, unless `progress` is off, and names the progress file to the job's later
 * steps. With progress off, or a reporter that cannot start, VIBEIQ_PROGRESS is the null
 * device, so that a step that writes to it works all the same. `bundle` is the action's
 * bundle, which runs again as the reporter; without it (the action run in-process by tests)
 * nothing starts.
 */
export function startProgressReporter(settings: Settings, bundle: string | undefined): void {
  if (!bundle) {
    core.debug('Live progress: not started, since the action is not running from its bundle.')
    return
  }
  if (settings.progress === 'off') {
    core.exportVariable(ProgressEnv.File, devNull)
    return
  }
  let started: SavedReporter & { progressFile: string }
  try {
    started = spawnReporter(bundle)
  } catch (error) {
    core.warning(`Live progress is off: the progress reporter could not start (${errorText(error)}).`)
    core.exportVariable(ProgressEnv.File, devNull)
    return
  }
  rememberProgressReporter(started)
  core.exportVariable(ProgressEnv.File, started.progressFile)
  const followed =
    settings.progress === 'steps' ? "this job's running step and the newest line of" : 'the newest line of'
  core.info(
    `Live progress: every ${settings.progressIntervalMs / 1000} s while the job runs, the task's subtext ` +
      `follows ${followed} $${ProgressEnv.File} (${started.progressFile}); reporter process ${started.pid}.`
  )
}

function spawnReporter(bundle: string): SavedReporter & { progressFile: string } {
  const paths = createReporterDirectory()
  writeFileSync(paths.progressFile, '')
  const log = openSync(paths.log, 'a')
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, [ProgressEnv.Reporter]: paths.directory }
    for (const name of STEP_FILE_COMMANDS) delete env[name]
    // Detached, and holding none of the step's pipes: the runner does not wait for it. It keeps
    // RUNNER_TRACKING_ID, by which the runner ends what a job leaves running.
    const child = spawn(process.execPath, [bundle], {
      detached: true,
      stdio: ['ignore', 'ignore', log],
      cwd: paths.directory,
      env,
      windowsHide: true
    })
    child.on('error', () => undefined) // a failed start leaves no pid, which is reported below
    child.unref()
    if (!child.pid) throw new Error(`${process.execPath} did not start`)
    return { pid: child.pid, directory: paths.directory, progressFile: paths.progressFile }
  } finally {
    closeSync(log)
  }
}

type Stopping = 'had ended' | 'stopped' | 'killed' | 'still running' | 'unconfirmed'

/**
 * Asks the reporter to stop, and waits a short while for it to finish an update on its way and
 * end; signals it only when it does not, and only a process proven to be this step's reporter.
 * Then says what it sent.
 */
export async function stopProgressReporter(
  reporter: SavedReporter,
  redact: Redact = text => text
): Promise<void> {
  const stopping = await stopProcess(reporter)
  // Redacted again: the record is a file that any later step of the job could have rewritten.
  const entries = readRecord(reporterPaths(reporter.directory).record).map(
    entry => redactJson(entry, redact) as RecordEntry
  )
  if (stopping === 'still running') {
    core.warning(
      `The progress reporter (process ${reporter.pid}) did not exit, even killed: it may still ` +
        `update the task's subtext after the callback.`
    )
  }
  await reportUpdates(entries, stopping)
}

async function stopProcess({ pid, directory }: SavedReporter): Promise<Stopping> {
  const paths = reporterPaths(directory)
  // Where /proc proves which process is the reporter, it is gone once no process is; elsewhere,
  // once it has recorded that it ended.
  const provable = existsSync('/proc/self/environ')
  const gone = () =>
    provable ? !isReporter(pid, directory) : readRecord(paths.record).some(entry => 'ended' in entry)
  if (gone()) return 'had ended'
  try {
    writeFileSync(paths.stop, '')
  } catch {
    // its directory is gone: only a signal can stop it
  }
  if (await within(gone, REPORTER_STOP_WAIT_MS)) return 'stopped'
  if (!provable) return 'unconfirmed'
  signal(pid, 'SIGTERM')
  if (await within(gone, REPORTER_TERM_WAIT_MS)) return 'killed'
  signal(pid, 'SIGKILL')
  return (await within(gone, REPORTER_KILL_WAIT_MS)) ? 'killed' : 'still running'
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name)
  } catch {
    // it has just exited
  }
}

async function within(condition: () => boolean, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs
  while (!condition()) {
    if (Date.now() >= deadline) return false
    await new Promise(resolve => setTimeout(resolve, EXIT_CHECK_MS))
  }
  return true
}

/**
 * Whether `pid` is proven to be the reporter that this step started, and not a process that
 * took its pid after it ended: /proc shows the reporter's own environment variable, naming its
 * directory (random, made for it). Without /proc (macOS, Windows), or where /proc is not ours
 * to read, nothing is proven, and no signal is sent: the reporter stops when asked by file,
 * and sends nothing once the task's outcome is recorded.
 */
export function isReporter(pid: number, directory: string): boolean {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
    return environ.includes(`${ProgressEnv.Reporter}=${directory}`)
  } catch {
    // ESRCH: it has exited, though still in the process table, as its parent has not collected
    // it (a container's init may never); ENOENT: gone, or no /proc; EACCES: not ours.
    return false
  }
}

type Update = Extract<RecordEntry, { subtext: string }>

/** A folded group with every update (time and text), the notes, and a line in the job summary. */
async function reportUpdates(entries: readonly RecordEntry[], stopping: Stopping): Promise<void> {
  const updates = entries.filter((entry): entry is Update => 'subtext' in entry)
  const sent = updates.filter(update => update.outcome)
  const undelivered = sent.filter(update => update.outcome !== 'accepted').length
  const notes = entries.flatMap(entry => ('note' in entry ? [entry.note] : []))
  const ended = entries.filter(entry => 'ended' in entry)
  let title = `Live progress: ${plural(sent.length, 'subtext update')} sent while the job ran`
  if (undelivered > 0) title += `, ${undelivered} not delivered`
  if (sent.length < updates.length) title += ` (${updates.length - sent.length} not sent: ${Inputs.DryRun})`
  const lines = entries.slice(-MAX_PRINTED_ENTRIES).map(describeEntry)
  if (entries.length > MAX_PRINTED_ENTRIES)
    lines.unshift(`(${entries.length - MAX_PRINTED_ENTRIES} earlier entries left out)`)
  const stopped = stoppingLine(stopping, ended.length > 0)
  if (stopped) lines.push(stopped)
  edge.block(title, lines)
  if (notes.length > 0)
    edge.block(
      'Live progress: notes',
      notes.map(note => `Live progress: ${note}`)
    )
  await writeSummary(edge, {
    heading: 'VibeIQ live progress',
    rows: [
      { label: 'Subtext updates sent', value: String(sent.length) },
      ...(undelivered > 0 ? [{ label: 'Not delivered', value: String(undelivered) }] : []),
      ...(sent.length < updates.length
        ? [{ label: `Not sent (${Inputs.DryRun})`, value: String(updates.length - sent.length) }]
        : []),
      ...notes.map(note => ({ label: 'Note', value: note }))
    ]
    // no link to the run: the callback's summary, next, has it
  })
}

function describeEntry(entry: RecordEntry): string {
  if ('note' in entry) return `${entry.at}  Note: ${entry.note}`
  if ('ended' in entry) return `${entry.at}  The reporter ended: ${entry.ended}.`
  const result = entry.outcome
    ? `${entry.outcome}${entry.httpStatus ? `, HTTP ${entry.httpStatus}` : ''}${entry.error ? `: ${entry.error}` : ''}`
    : `not sent, ${Inputs.DryRun}`
  return `${entry.at}  ${entry.subtext}  [${result}]`
}

/** What the record cannot say: it was killed, would not die, or ended without a word. */
function stoppingLine(stopping: Stopping, recordedEnd: boolean): string | undefined {
  if (stopping === 'killed') {
    return `The reporter did not stop within ${REPORTER_STOP_WAIT_MS / 1000} s, and was killed.`
  }
  if (stopping === 'still running') return 'The reporter could not be stopped.'
  if (stopping === 'unconfirmed') {
    return (
      `The reporter did not confirm within ${REPORTER_STOP_WAIT_MS / 1000} s that it stopped; it ` +
      `sends nothing once the callback is recorded.`
    )
  }
  if (recordedEnd) return undefined
  return stopping === 'stopped' ? 'The reporter stopped when asked.' : 'The reporter was no longer running.'
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
