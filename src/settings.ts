/**
 * The action's inputs, read once and validated into a typed Settings object.
 * Nothing else in the action calls core.getInput.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import {
  CredentialEnv,
  Defaults,
  Inputs,
  MAX_PROGRESS_INTERVAL_SECONDS,
  MAX_RETRIES,
  MAX_RETRY_FOR_SECONDS,
  MIN_LOG_BYTES,
  MIN_PROGRESS_INTERVAL_SECONDS
} from './constants.js'
import { JOB_STATUSES, NEED_RESULTS, type JobStatus, type NeededJob, type StatusChoice } from './outcome.js'
import { errorText } from './errors.js'
import {
  createRedactor,
  environmentSecrets,
  registerSecrets,
  urlForMessages,
  type Redactor
} from './secrets.js'

export type Mode = 'callback' | 'subtext' | 'watch'
export const MODES: readonly Mode[] = ['callback', 'subtext', 'watch']

/** What watch mode's progress reporter follows: the job's steps and the progress file, the file only, or nothing. */
export type ProgressChoice = 'steps' | 'file' | 'off'
export const PROGRESS_CHOICES: readonly ProgressChoice[] = ['steps', 'file', 'off']

export interface Credentials {
  /** Bearer token: preferred for the callback. */
  token?: string
  /** `X-Api-Key` / `X-Api-Org`: preferred for the subtext update. */
  apiKey?: string
  org?: string
}

/** Everything needed to reach VibeIQ. */
export interface Connection {
  /** Base URL without a trailing slash. */
  apiUrl: string
  credentials: Credentials
  /** Further attempts after a transient failure, at most. */
  retries: number
  /** No retry starts later than this after the first attempt, in milliseconds. */
  retryForMs: number
  /** Bound on each attempt, in milliseconds. */
  timeoutMs: number
}

export interface Settings {
  mode: Mode
  taskId: string
  connection: Connection
  statusChoice: StatusChoice
  /** `${{ job.status }}`, as the runner filled it in for this phase. */
  jobStatus?: JobStatus
  needs: NeededJob[]
  /** Lines of the `logs` input. */
  logs: string[]
  /** Paths or glob patterns of log files, one per entry. */
  logFilePatterns: string[]
  output?: Record<string, unknown>
  subtext?: string
  includeRunInfo: boolean
  maxLogBytes: number
  dryRun: boolean
  failOnError: boolean
  /** Paths or glob patterns of JUnit XML reports. */
  junitPatterns: string[]
  /** A failed or errored test makes the status FAILURE. */
  failOnTestFailures: boolean
  /** Token for the GitHub API (watch mode's failure details). */
  githubToken?: string
  /** `${{ job.check_run_id }}`: this job's id, where the runner provides it. */
  jobCheckRunId?: number
  /** Watch mode's live progress. */
  progress: ProgressChoice
  /** Between the progress reporter's polls, in milliseconds. */
  progressIntervalMs: number
  /** Replaces with `***` every credential the step holds (see readSettings). */
  redact: Redactor
}

/** Enough to tell VibeIQ that the step was misconfigured, when the rest of the inputs are not. */
export interface FailureTarget {
  taskId: string
  connection: Connection
  redact: Redactor
  /** `include-run-info` when it was readable, else its default. */
  includeRunInfo: boolean
}

export type SettingsResult =
  | { ok: true; settings: Settings }
  | { ok: false; errors: string[]; mode?: Mode; failureTarget?: FailureTarget }

type Env = NodeJS.ProcessEnv

export function readSettings(env: Env = process.env): SettingsResult {
  const errors: string[] = []
  const fail = (message: string): undefined => {
    errors.push(message)
    return undefined
  }

  // Secrets first: they must be masked before anything below can print them. Environment
  // variables are trimmed as inputs are, so that what is sent is what is redacted.
  const token = credential(Inputs.Token, CredentialEnv.Token, env)
  const apiKey = credential(Inputs.ApiKey, CredentialEnv.ApiKey, env)
  const org = credential(Inputs.Org, CredentialEnv.Org, env)
  const credentials: Credentials = { token: token?.value, apiKey: apiKey?.value, org: org?.value }
  const githubToken = input(Inputs.GithubToken) || undefined
  // Every credential the step can see, not only those the action uses: any of them may be in a log file.
  const secrets = [credentials.token, credentials.apiKey, githubToken, ...environmentSecrets(env)]
  registerSecrets(secrets)
  const redact = createRedactor(secrets)

  const modeText = input(Inputs.Mode) || Defaults.Mode
  const mode = MODES.find(m => m === modeText.toLowerCase())
  if (!mode) fail(invalid(Inputs.Mode, modeText, `one of ${MODES.join(', ')}`))

  // What the failure callback needs; an error here means no callback can be sent at all.
  const essentialErrors = errors.length
  const taskId = parseTaskId(input(Inputs.TaskId), env, fail)
  const apiUrl = parseApiUrl(input(Inputs.ApiUrl) || Defaults.ApiUrl, fail)
  checkCredentials(credentials, fail)
  for (const given of [token, apiKey, org]) if (given) checkHeaderValue(given, fail)
  const essentialsOk = errors.length === essentialErrors

  const retries =
    parseNumber(Inputs.Retries, Defaults.Retries, { integer: true, min: 0, max: MAX_RETRIES }, fail) ??
    Defaults.Retries
  const retryForSeconds =
    parseNumber(
      Inputs.RetryFor,
      Defaults.RetryForSeconds,
      { integer: true, min: 0, max: MAX_RETRY_FOR_SECONDS },
      fail
    ) ?? Defaults.RetryForSeconds
  const timeoutSeconds =
    parseNumber(Inputs.Timeout, Defaults.TimeoutSeconds, { min: 0.001, max: 600 }, fail) ??
    Defaults.TimeoutSeconds
  const connection: Connection | undefined =
    essentialsOk && apiUrl
      ? {
          apiUrl,
          credentials,
          retries,
          retryForMs: retryForSeconds * 1000,
          timeoutMs: Math.round(timeoutSeconds * 1000)
        }
      : undefined

  const needsStatus = mode !== 'subtext'
  const statusChoice = parseStatus(input(Inputs.Status) || 'auto', fail)
  const jobStatus = parseJobStatus(input(Inputs.JobStatus), needsStatus && statusChoice === 'auto', fail)
  const needs = parseNeeds(input(Inputs.Needs), fail)
  const output = parseOutput(input(Inputs.Output), fail)
  const subtext = input(Inputs.Subtext) || undefined
  if (mode === 'subtext' && !subtext) {
    fail(`Input '${Inputs.Subtext}' is empty: mode 'subtext' needs the text to show on the task.`)
  }
  const maxLogBytes =
    parseNumber(
      Inputs.MaxLogBytes,
      Defaults.MaxLogBytes,
      { integer: true, min: MIN_LOG_BYTES, max: 16 * 1024 * 1024 },
      fail
    ) ?? Defaults.MaxLogBytes
  const includeRunInfo = parseBoolean(Inputs.IncludeRunInfo, Defaults.IncludeRunInfo, fail)
  const dryRun = parseBoolean(Inputs.DryRun, Defaults.DryRun, fail)
  const failOnError = parseBoolean(Inputs.FailOnError, Defaults.FailOnError, fail)
  const failOnTestFailures = parseBoolean(Inputs.FailOnTestFailures, Defaults.FailOnTestFailures, fail)
  const progressText = input(Inputs.Progress) || Defaults.Progress
  const progress = PROGRESS_CHOICES.find(choice => choice === progressText.toLowerCase())
  if (!progress) fail(invalid(Inputs.Progress, progressText, `one of ${PROGRESS_CHOICES.join(', ')}`))
  const progressIntervalSeconds =
    parseNumber(
      Inputs.ProgressInterval,
      Defaults.ProgressIntervalSeconds,
      { integer: true, min: MIN_PROGRESS_INTERVAL_SECONDS, max: MAX_PROGRESS_INTERVAL_SECONDS },
      fail
    ) ?? Defaults.ProgressIntervalSeconds

  if (errors.length > 0 || !mode || !taskId || !connection || !statusChoice || !progress) {
    // A typo must not leave the task waiting forever: the task is failed with the validation
    // error, also when the typo is in `mode` or `dry-run` themselves. Only a step that clearly
    // asked for a subtext update or a dry run sends nothing.
    const canReport = mode !== 'subtext' && dryRun !== true && connection && taskId
    return {
      ok: false,
      errors,
      mode,
      failureTarget: canReport
        ? { taskId, connection, redact, includeRunInfo: includeRunInfo ?? Defaults.IncludeRunInfo }
        : undefined
    }
  }

  return {
    ok: true,
    settings: {
      mode,
      taskId,
      connection,
      statusChoice,
      jobStatus,
      needs: needs ?? [],
      logs: splitLines(input(Inputs.Logs)),
      logFilePatterns: patternList(input(Inputs.LogsFile)),
      junitPatterns: patternList(input(Inputs.JunitFiles)),
      failOnTestFailures: failOnTestFailures ?? Defaults.FailOnTestFailures,
      output,
      subtext,
      includeRunInfo: includeRunInfo ?? Defaults.IncludeRunInfo,
      maxLogBytes,
      dryRun: dryRun ?? Defaults.DryRun,
      failOnError: failOnError ?? Defaults.FailOnError,
      githubToken,
      jobCheckRunId: Number(input(Inputs.JobCheckRunId)) || undefined,
      progress,
      progressIntervalMs: progressIntervalSeconds * 1000,
      redact
    }
  }
}

function input(name: string): string {
  return core.getInput(name)
}

interface GivenCredential {
  value: string
  /** Where it came from, for messages: the input's name or the variable's. */
  source: string
}

function credential(name: string, variable: string, env: Env): GivenCredential | undefined {
  const given = input(name)
  if (given) return { value: given, source: `Input '${name}'` }
  const fromEnv = env[variable]?.trim()
  return fromEnv ? { value: fromEnv, source: `Environment variable ${variable}` } : undefined
}

/** A credential goes in an HTTP header, where a line break or control character is refused. */
function checkHeaderValue({ value, source }: GivenCredential, fail: Fail): void {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value) || /[^\u0000-\u00ff]/.test(value)) {
    fail(
      `${source} contains a line break, a control character or a character beyond Latin-1 ` +
        `(its value is not shown): expected the credential alone, on one line.`
    )
  }
}

/** The settings for the debug log: which credential is used, never its value. */
export function describeSettings(settings: Settings): string {
  const { apiUrl, credentials, retries, retryForMs, timeoutMs } = settings.connection
  const auth = [credentials.token && 'bearer token', credentials.apiKey && credentials.org && 'API key']
  return [
    `mode=${settings.mode}`,
    `task-id=${settings.taskId}`,
    `api-url=${apiUrl}`,
    `credentials=${auth.filter(Boolean).join(' + ')}`,
    `status=${settings.statusChoice}`,
    `job-status=${settings.jobStatus ?? ''}`,
    `needs=${settings.needs.map(n => `${n.job}:${n.result}`).join(',')}`,
    `retries=${retries}`,
    `retry-for=${retryForMs / 1000}s`,
    `timeout=${timeoutMs / 1000}s`,
    `max-log-bytes=${settings.maxLogBytes}`,
    `logs-file=${settings.logFilePatterns.join(',')}`,
    `junit-files=${settings.junitPatterns.join(',')}`,
    `dry-run=${settings.dryRun}`,
    `fail-on-error=${settings.failOnError}`,
    `progress=${settings.progress}`,
    `progress-interval=${settings.progressIntervalMs / 1000}s`
  ].join(' ')
}

type Fail = (message: string) => undefined

function invalid(name: string, given: string, expected: string): string {
  return `Input '${name}' is '${given}': expected ${expected}.`
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/\r?\n/)
}

function patternList(text: string): string[] {
  return splitLines(text)
    .map(line => line.trim())
    .filter(Boolean)
}

const TASK_ID = /^[A-Za-z0-9_-]{1,128}$/

function parseTaskId(given: string, env: Env, fail: Fail): string | undefined {
  const fromEvent = given ? undefined : taskIdFromEvent(env)
  const taskId = given || fromEvent?.taskId
  if (!taskId) {
    const event = env['GITHUB_EVENT_NAME'] || 'unknown'
    return fail(
      `No task id: input '${Inputs.TaskId}' is empty and the '${event}' event that started this ` +
        `workflow has none in inputs.task-id, inputs.taskId, inputs.task_id or ` +
        `client_payload.taskId, client_payload.task-id, client_payload.task_id.`
    )
  }
  if (!TASK_ID.test(taskId)) {
    const source = fromEvent ? `The task id from the event (${fromEvent.field})` : `Input '${Inputs.TaskId}'`
    return fail(
      `${source} is '${taskId}': expected a VibeIQ id of letters, digits, '_' and '-' ` +
        `(such as _v_R91m5VM-CqX3Y).`
    )
  }
  return taskId
}

const EVENT_TASK_ID_FIELDS = [
  ['inputs', 'task-id'],
  ['inputs', 'taskId'],
  ['inputs', 'task_id'],
  ['client_payload', 'taskId'],
  ['client_payload', 'task-id'],
  ['client_payload', 'task_id']
] as const

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

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

function parseApiUrl(given: string, fail: Fail): string | undefined {
  // Quoted without user, password, query or fragment, which may hold credentials.
  const shown = urlForMessages(given)
  let url: URL
  try {
    url = new URL(given)
  } catch {
    return fail(invalid(Inputs.ApiUrl, shown, `an absolute URL such as ${Defaults.ApiUrl}`))
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(invalid(Inputs.ApiUrl, shown, 'an https:// URL'))
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return fail(
      `Input '${Inputs.ApiUrl}' is '${shown}': plain http is refused because the credentials ` +
        `would travel in clear; use https:// (http:// is allowed only to 127.0.0.1, ::1 or localhost).`
    )
  }
  if (url.username || url.password || url.search || url.hash) {
    return fail(invalid(Inputs.ApiUrl, shown, 'a base URL without user, query or fragment'))
  }
  return (url.origin + url.pathname).replace(/\/+$/, '')
}

function checkCredentials({ token, apiKey, org }: Credentials, fail: Fail): void {
  if (token || (apiKey && org)) return
  if (apiKey) {
    fail(
      `Input '${Inputs.Org}' is empty: the API key ('${Inputs.ApiKey}') is sent with the org ` +
        `slug, so set '${Inputs.Org}' (or ${CredentialEnv.Org}), or give a bearer '${Inputs.Token}'.`
    )
  } else if (org) {
    fail(
      `Input '${Inputs.ApiKey}' is empty: '${Inputs.Org}' is set, so set '${Inputs.ApiKey}' ` +
        `(or ${CredentialEnv.ApiKey}), or give a bearer '${Inputs.Token}'.`
    )
  } else {
    fail(
      `No VibeIQ credentials: set '${Inputs.Token}' (or ${CredentialEnv.Token}) to a bearer ` +
        `token, or '${Inputs.ApiKey}' and '${Inputs.Org}' (or ${CredentialEnv.ApiKey} and ` +
        `${CredentialEnv.Org}), from the repository's secrets.`
    )
  }
}

interface NumberRule {
  integer?: boolean
  min: number
  max: number
}

function parseNumber(name: string, fallback: number, rule: NumberRule, fail: Fail): number | undefined {
  const given = input(name)
  if (given === '') return fallback
  const value = Number(given)
  const ok = /^[0-9.]+$/.test(given) && Number.isFinite(value) && (!rule.integer || Number.isInteger(value))
  if (!ok || value < rule.min || value > rule.max) {
    const kind = rule.integer ? 'a whole number' : 'a number'
    const range = rule.min <= 0.001 && !rule.integer ? `greater than 0` : `from ${rule.min}`
    return fail(invalid(name, given, `${kind} ${range} up to ${rule.max}`))
  }
  return value
}

function parseBoolean(name: string, fallback: boolean, fail: Fail): boolean | undefined {
  const given = input(name)
  if (given === '') return fallback
  if (/^true$/i.test(given)) return true
  if (/^false$/i.test(given)) return false
  return fail(invalid(name, given, 'true or false'))
}

function parseStatus(given: string, fail: Fail): StatusChoice | undefined {
  switch (given.toLowerCase()) {
    case 'auto':
      return 'auto'
    case 'success':
      return 'SUCCESS'
    case 'failure':
    case 'cancelled':
      return 'FAILURE'
  }
  return fail(
    invalid(
      Inputs.Status,
      given,
      'auto, SUCCESS or FAILURE (any case), or a job status: success, failure or cancelled'
    )
  )
}

function parseJobStatus(given: string, required: boolean, fail: Fail): JobStatus | undefined {
  if (given === '') {
    if (!required) return undefined
    return fail(
      `Input '${Inputs.JobStatus}' is empty, so status 'auto' cannot tell how the job went. ` +
        `Leave '${Inputs.JobStatus}' unset (the runner fills in \${{ job.status }}), or set 'status'.`
    )
  }
  const status = JOB_STATUSES.find(s => s === given.toLowerCase())
  return status ?? fail(invalid(Inputs.JobStatus, given, JOB_STATUSES.join(', ')))
}

function parseNeeds(given: string, fail: Fail): NeededJob[] | undefined {
  if (given === '') return []
  const expected = 'the JSON of ${{ toJSON(needs) }}, an object such as {"build": {"result": "success"}}'
  const parsed = parseJsonObject(Inputs.Needs, given, expected, fail)
  if (!parsed) return undefined
  const needs: NeededJob[] = []
  for (const [job, value] of Object.entries(parsed)) {
    const result = isPlainObject(value) ? value['result'] : undefined
    const known = NEED_RESULTS.find(r => r === result)
    if (!known) {
      return fail(
        `Input '${Inputs.Needs}' gives job '${job}' the result ${JSON.stringify(result)}: ` +
          `expected one of ${NEED_RESULTS.join(', ')} (from \${{ toJSON(needs) }}).`
      )
    }
    needs.push({ job, result: known })
  }
  return needs
}

/** Deeper is no build's output, and would cost every step that walks it a stack frame per level. */
export const MAX_OUTPUT_DEPTH = 64

function parseOutput(given: string, fail: Fail): Record<string, unknown> | undefined {
  if (given === '') return undefined
  const expected = 'a JSON object such as {"artifact": "https://example.com/build.zip"}'
  const output = parseJsonObject(Inputs.Output, given, expected, fail)
  const depth = output && jsonDepth(output)
  if (depth && depth > MAX_OUTPUT_DEPTH) {
    return fail(
      `Input '${Inputs.Output}' nests objects and arrays ${depth} levels deep: expected at most ${MAX_OUTPUT_DEPTH} levels.`
    )
  }
  return output
}

/** Levels of objects and arrays, `{}` being one; iterative, so any depth is safe. */
function jsonDepth(value: unknown): number {
  let deepest = 0
  const pending: Array<[unknown, number]> = [[value, 1]]
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [node, depth] = item
    if (!node || typeof node !== 'object') continue
    deepest = Math.max(deepest, depth)
    for (const child of Object.values(node)) pending.push([child, depth + 1])
  }
  return deepest
}

function parseJsonObject(
  name: string,
  given: string,
  expected: string,
  fail: Fail
): Record<string, unknown> | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(given)
  } catch (error) {
    return fail(`Input '${name}' is not valid JSON (${errorText(error)}): expected ${expected}.`)
  }
  if (!isPlainObject(parsed)) {
    const kind = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`
    return fail(`Input '${name}' is ${kind}: expected ${expected}.`)
  }
  return parsed
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
