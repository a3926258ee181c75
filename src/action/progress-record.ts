/**
 * The progress reporter's directory in RUNNER_TEMP: the progress file the job writes to, the
 * reporter's log, and its record of what it sent, which the post phase reads back.
 */
import { appendFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ACTION_NAME } from '../core/constants.js'
import type { DeliveryOutcome } from '../core/vibeiq-client.js'

export interface ReporterPaths {
  directory: string
  /** VIBEIQ_PROGRESS: the job's later steps append lines to it. */
  progressFile: string
  /** The reporter's stderr and its own lines. */
  log: string
  /** One JSON entry per line: each update, each note, and why it ended. */
  record: string
  /** Created by the post phase: the reporter stops at its next look, once an update on its way is answered. */
  stop: string
}

export function reporterPaths(directory: string): ReporterPaths {
  return {
    directory,
    progressFile: join(directory, 'progress.txt'),
    log: join(directory, 'reporter.log'),
    record: join(directory, 'record.jsonl'),
    stop: join(directory, 'stop')
  }
}

/** A new directory of its own (two watch steps in a job each get one), private to this job. */
export function createReporterDirectory(env: NodeJS.ProcessEnv = process.env): ReporterPaths {
  const runnerTemp = env['RUNNER_TEMP']
  if (!runnerTemp) throw new Error('RUNNER_TEMP is not set')
  const parent = join(runnerTemp, ACTION_NAME)
  mkdirSync(parent, { recursive: true, mode: 0o700 })
  if (!lstatSync(parent).isDirectory()) throw new Error(`${parent} is not a directory`)
  return reporterPaths(mkdtempSync(join(parent, 'progress-')))
}

export type RecordEntry =
  /** An update: `outcome` is absent in a dry run, where nothing is sent. */
  | { at: string; subtext: string; outcome?: DeliveryOutcome; httpStatus?: number; error?: string }
  /** Something the user should know, such as why it follows the progress file only. */
  | { at: string; note: string }
  /** Its last entry. */
  | { at: string; ended: string }

/** Synchronous, so that a reporter stopping this instant still records why. */
export function appendRecord(path: string, entry: RecordEntry): void {
  appendFileSync(path, `${JSON.stringify(entry)}\n`)
}

/** Far more than a reporter writes, one entry per interval at most, in 72 hours. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024

/**
 * The entries that parse. A later step of the job could replace the file, so only a regular
 * file of a sensible size is read (a link to /dev/zero would never end).
 */
export function readRecord(path: string): RecordEntry[] {
  let text: string
  try {
    const info = lstatSync(path)
    if (!info.isFile() || info.size > MAX_RECORD_BYTES) return []
    text = readFileSync(path, 'utf8')
  } catch {
    return []
  }
  const entries: RecordEntry[] = []
  for (const line of text.split('\n')) {
    try {
      const entry = JSON.parse(line) as Partial<Record<string, unknown>> | null
      if (entry && typeof entry['at'] === 'string') entries.push(entry as RecordEntry)
    } catch {
      // a line cut short by a reporter killed mid-write
    }
  }
  return entries
}
