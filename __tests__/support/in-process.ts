/**
 * Runs the action's run() inside the test process, with the environment the runner stand-in
 * would give the bundle: fast enough for every case, and nock can intercept its requests.
 */
import { afterEach, beforeEach } from '@jest/globals'
import nock from 'nock'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createJob, parseCommands, readStepResult } from '../../harness/runner.mjs'
import type { ClientHooks } from '../../src/core/vibeiq-client.js'
import { captureStdout } from './stdout.js'

export type Job = ReturnType<typeof createJob>

export interface InProcessStep {
  with?: Record<string, string>
  env?: Record<string, string>
  /** STATE_* values: the post phase. */
  state?: Record<string, string>
  /** Changes the fake clock and waits given to the client (a clock that jumps, as reading takes time). */
  hooks?: (fake: Required<ClientHooks>) => ClientHooks
}

export interface InProcessResult {
  exitCode: number
  stdout: string
  /** stdout less the lines that register masks: what must never show a secret. */
  printed: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  commands: ReturnType<typeof parseCommands>['commands']
  masked: string[]
  /** Delays the client asked for between attempts; none is slept for real. */
  delays: number[]
  errors: string[]
  warnings: string[]
}

const repoDir = process.cwd()
// core.summary remembers the first GITHUB_STEP_SUMMARY it sees, so every run here uses one set of files.
const filesDir = mkdtempSync(join(tmpdir(), 'in-process-'))

export async function runInProcess(job: Job, step: InProcessStep = {}): Promise<InProcessResult> {
  const { run } = await import('../../src/action/main.js')
  const files = {
    GITHUB_OUTPUT: join(filesDir, 'output'),
    GITHUB_STATE: join(filesDir, 'state'),
    GITHUB_STEP_SUMMARY: join(filesDir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const state = Object.fromEntries(Object.entries(step.state ?? {}).map(([k, v]) => [`STATE_${k}`, v]))
  const savedEnv = process.env
  process.env = { ...job.baseEnv(), ...files, ...job.inputEnv(step.with), ...state, ...step.env }
  process.chdir(job.workspace)
  process.exitCode = undefined
  const captured = captureStdout()
  const delays: number[] = []
  // A fake clock that only the client's waits move, so time budgets and Retry-After dates are exact.
  let clock = FAKE_NOW
  const fake: Required<ClientHooks> = {
    sleep: ms => {
      delays.push(ms)
      clock += ms
      return Promise.resolve()
    },
    random: () => 0.5,
    now: () => clock
  }
  const hooks = step.hooks?.(fake) ?? fake
  try {
    await run(hooks)
  } finally {
    captured.restore()
    process.env = savedEnv
    process.chdir(repoDir)
  }
  const stdout = captured.text()
  const exitCode = Number(process.exitCode ?? 0)
  process.exitCode = undefined
  const result = readStepResult(files, stdout)
  return {
    exitCode,
    stdout,
    printed: stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n'),
    ...result,
    delays,
    errors: result.commands.filter(c => c.name === 'error').map(c => c.message),
    warnings: result.commands.filter(c => c.name === 'warning').map(c => c.message)
  }
}

/**
 * A fresh job for each test of the file, with nock refusing any request that no test
 * intercepts; returns the current job.
 */
export function freshJobEachTest(): () => Job {
  let job: Job | undefined
  beforeEach(() => {
    nock.disableNetConnect()
    job = createJob()
  })
  afterEach(() => {
    nock.cleanAll()
    nock.enableNetConnect()
    job?.cleanup()
  })
  return () => {
    if (!job) throw new Error('freshJobEachTest: no test is running')
    return job
  }
}

/** Where the fake clock of each in-process run starts: Sun, 29 Nov 2026 12:00:00 GMT. */
export const FAKE_NOW = Date.parse('2026-11-29T12:00:00Z')
export const TASK_ID = 'rbGtiz4rUX8JNJZv'
export const TOKEN = 'vibeiq-bearer-token-0123456789'
export const API_KEY = 'app:uEL7GCBZ7Xhd4w2z'
export const ORG = 'acme-prod'
export const API = 'https://api.vibeiq.test/prod/api'
