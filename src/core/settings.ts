/**
 * The inputs, read once and validated into a typed Settings object, whichever edge gives them.
 * Nothing else reads an input.
 */
import {
  CredentialEnv,
  Defaults,
  Inputs,
  MAX_RETRIES,
  MAX_PROGRESS_INTERVAL_SECONDS,
  MAX_RETRY_FOR_SECONDS,
  MIN_LOG_BYTES,
  MIN_PROGRESS_INTERVAL_SECONDS
} from './constants.js'
import { JOB_STATUSES, NEED_RESULTS, type JobStatus, type NeededJob, type StatusChoice } from './outcome.js'
import { rawJsonText } from './exact-json.js'
import { statusOfWord } from './status-words.js'
import { InputReader, isPlainObject, type ValueSource } from './input-reader.js'
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
  /** `${{ job.status }}`, as the runner filled it in for this phase, or the CI's job status. */
  jobStatus?: JobStatus
  /** Where the job's status came from, when not from `${{ job.status }}`. */
  jobStatusReason?: string
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
  /** What the step must tell about how it read the inputs (a number in `output` few readers can hold), redacted. */
  notices: string[]
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
  /** failureTarget: where the edge finds more errors of its own (the command line's flags). */
  | { ok: true; settings: Settings; failureTarget?: FailureTarget }
  | { ok: false; errors: string[]; mode?: Mode; failureTarget?: FailureTarget }

type Env = NodeJS.ProcessEnv

export function readSettings(
  source: ValueSource,
  mask: (secret: string) => void,
  env: Env = process.env
): SettingsResult {
  const reader = new InputReader(source)
  const { errors } = reader
  const fail = (message: string): undefined => reader.fail(message)
  const input = (name: string): string => reader.text(name)
  // An expression default the runner did not fill in (@github/local-action passes `${{ job.status }}`
  // as it is) counts as not given: an error only where the mode needs the value.
  const expanded = (name: string): string => (isUnexpanded(input(name)) ? '' : input(name))

  // Secrets first: they must be masked before anything below can print them. Environment
  // variables are trimmed as inputs are, so that what is sent is what is redacted.
  const token = credential(source, Inputs.Token, CredentialEnv.Token, env)
  const apiKey = credential(source, Inputs.ApiKey, CredentialEnv.ApiKey, env)
  const org = credential(source, Inputs.Org, CredentialEnv.Org, env)
  const credentials: Credentials = { token: token?.value, apiKey: apiKey?.value, org: org?.value }
  const githubToken = expanded(Inputs.GithubToken) || undefined
  // Every credential the step can see, not only those the action uses: any of them may be in a log file.
  const secrets = [credentials.token, credentials.apiKey, githubToken, ...environmentSecrets(env)]
  registerSecrets(secrets, mask)
  const redact = createRedactor(secrets)

  const modeText = input(Inputs.Mode) || Defaults.Mode
  const mode = MODES.find(m => m === modeText.toLowerCase())
  if (!mode) reader.invalid(Inputs.Mode, modeText, `one of ${MODES.join(', ')}`)

  // What the failure callback needs; an error here means no callback can be sent at all.
  const essentialErrors = errors.length
  const taskId = parseTaskId(reader)
  const apiUrl = parseApiUrl(reader, input(Inputs.ApiUrl) || Defaults.ApiUrl)
  checkCredentials(source, credentials, fail)
  for (const given of [token, apiKey, org]) if (given) checkHeaderValue(given, fail)
  const essentialsOk = errors.length === essentialErrors

  const retries =
    reader.number(Inputs.Retries, Defaults.Retries, { integer: true, min: 0, max: MAX_RETRIES }) ??
    Defaults.Retries
  const retryForSeconds =
    reader.number(Inputs.RetryFor, Defaults.RetryForSeconds, {
      integer: true,
      min: 0,
      max: MAX_RETRY_FOR_SECONDS
    }) ?? Defaults.RetryForSeconds
  const timeoutSeconds =
    reader.number(Inputs.Timeout, Defaults.TimeoutSeconds, { min: 0.001, max: 600 }) ??
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
  const statusChoice = parseStatus(reader, input(Inputs.Status) || 'auto')
  const jobStatus = parseJobStatus(reader, needsStatus && statusChoice === 'auto')
  const needs = parseNeeds(reader)
  const output = parseOutput(reader)
  const notices = output ? outputNotices(reader.source, output).map(redact) : []
  const subtext = input(Inputs.Subtext) || undefined
  if (mode === 'subtext' && !subtext) {
    fail(`${source.label(Inputs.Subtext)} is empty: a subtext update needs the text to show on the task.`)
  }
  const maxLogBytes =
    reader.number(Inputs.MaxLogBytes, Defaults.MaxLogBytes, {
      integer: true,
      min: MIN_LOG_BYTES,
      max: 16 * 1024 * 1024
    }) ?? Defaults.MaxLogBytes
  const includeRunInfo = reader.boolean(Inputs.IncludeRunInfo, Defaults.IncludeRunInfo)
  const dryRun = reader.boolean(Inputs.DryRun, Defaults.DryRun)
  const failOnError = reader.boolean(Inputs.FailOnError, Defaults.FailOnError)
  const failOnTestFailures = reader.boolean(Inputs.FailOnTestFailures, Defaults.FailOnTestFailures)
  const progressText = input(Inputs.Progress) || Defaults.Progress
  const progress = PROGRESS_CHOICES.find(choice => choice === progressText.toLowerCase())
  if (!progress) reader.invalid(Inputs.Progress, progressText, `one of ${PROGRESS_CHOICES.join(', ')}`)
  const progressIntervalSeconds =
    reader.number(Inputs.ProgressInterval, Defaults.ProgressIntervalSeconds, {
      integer: true,
      min: MIN_PROGRESS_INTERVAL_SECONDS,
      max: MAX_PROGRESS_INTERVAL_SECONDS
    }) ?? Defaults.ProgressIntervalSeconds

  // A typo must not leave the task waiting forever: the task is failed with the validation
  // error, also when the typo is in `mode` or `dry-run` themselves. Only a step that clearly
  // asked for a subtext update or a dry run sends nothing.
  const canReport = mode !== 'subtext' && dryRun !== true && connection && taskId
  const failureTarget = canReport
    ? { taskId, connection, redact, includeRunInfo: includeRunInfo ?? Defaults.IncludeRunInfo }
    : undefined
  if (errors.length > 0 || !mode || !taskId || !connection || !statusChoice || !progress) {
    return { ok: false, errors, mode, failureTarget }
  }

  return {
    ok: true,
    failureTarget,
    settings: {
      mode,
      taskId,
      connection,
      statusChoice,
      jobStatus,
      jobStatusReason: jobStatus && source.jobStatusReason?.(),
      needs: needs ?? [],
      logs: reader.lines(Inputs.Logs),
      logFilePatterns: reader.patterns(Inputs.LogsFile),
      junitPatterns: reader.patterns(Inputs.JunitFiles),
      failOnTestFailures: failOnTestFailures ?? Defaults.FailOnTestFailures,
      output,
      subtext,
      includeRunInfo: includeRunInfo ?? Defaults.IncludeRunInfo,
      maxLogBytes,
      dryRun: dryRun ?? Defaults.DryRun,
      failOnError: failOnError ?? Defaults.FailOnError,
      githubToken,
      jobCheckRunId: Number(expanded(Inputs.JobCheckRunId)) || undefined,
      progress,
      progressIntervalMs: progressIntervalSeconds * 1000,
      redact,
      notices
    }
  }
}

interface GivenCredential {
  value: string
  /** Where it came from, for messages: the input's name or the variable's. */
  source: string
}

function credential(
  source: ValueSource,
  name: string,
  variable: string,
  env: Env
): GivenCredential | undefined {
  const given = source.get(name)
  if (given) return { value: given, source: source.label(name) }
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

const TASK_ID = /^[A-Za-z0-9_-]{1,128}$/

function parseTaskId(reader: InputReader): string | undefined {
  const { source } = reader
  const taskId = reader.text(Inputs.TaskId)
  if (!taskId) {
    return reader.fail(
      source.missing?.(Inputs.TaskId) ?? `No task id: ${source.label(Inputs.TaskId)} is empty.`
    )
  }
  if (!TASK_ID.test(taskId)) {
    return reader.fail(
      `${source.label(Inputs.TaskId)} is '${taskId}': expected a VibeIQ id of letters, digits, '_' and '-' ` +
        `(such as _v_R91m5VM-CqX3Y).`
    )
  }
  return taskId
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

function parseApiUrl(reader: InputReader, given: string): string | undefined {
  // Quoted without user, password, query or fragment, which may hold credentials.
  const shown = urlForMessages(given)
  let url: URL
  try {
    url = new URL(given)
  } catch {
    return reader.invalid(Inputs.ApiUrl, shown, `an absolute URL such as ${Defaults.ApiUrl}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return reader.invalid(Inputs.ApiUrl, shown, 'an https:// URL')
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return reader.fail(
      `${reader.source.label(Inputs.ApiUrl)} is '${shown}': plain http is refused because the credentials ` +
        `would travel in clear; use https:// (http:// is allowed only to 127.0.0.1, ::1 or localhost).`
    )
  }
  if (url.username || url.password || url.search || url.hash) {
    return reader.invalid(Inputs.ApiUrl, shown, 'a base URL without user, query or fragment')
  }
  return (url.origin + url.pathname).replace(/\/+$/, '')
}

function checkCredentials(source: ValueSource, { token, apiKey, org }: Credentials, fail: Fail): void {
  if (token || (apiKey && org)) return
  const [tokenName, keyName, orgName] = [Inputs.Token, Inputs.ApiKey, Inputs.Org].map(n => source.name(n))
  if (apiKey) {
    fail(
      `${source.label(Inputs.Org)} is empty: the API key (${keyName}) is sent with the org ` +
        `slug, so set ${orgName} (or ${CredentialEnv.Org}), or give a bearer ${tokenName}.`
    )
  } else if (org) {
    fail(
      `${source.label(Inputs.ApiKey)} is empty: ${orgName} is set, so set ${keyName} ` +
        `(or ${CredentialEnv.ApiKey}), or give a bearer ${tokenName}.`
    )
  } else {
    fail(
      `No VibeIQ credentials: set ${tokenName} (or ${CredentialEnv.Token}) to a bearer ` +
        `token, or ${keyName} and ${orgName} (or ${CredentialEnv.ApiKey} and ` +
        `${CredentialEnv.Org}), from the repository's secrets.`
    )
  }
}

function parseStatus(reader: InputReader, given: string): StatusChoice | undefined {
  if (given.toLowerCase() === 'auto') return 'auto'
  // The same words, with the same meaning, as the command line's --status (one table).
  const status = statusOfWord(given)
  if (status) return status
  return reader.invalid(
    Inputs.Status,
    given,
    'auto, SUCCESS or FAILURE (any case), or a job status: success, failure or cancelled'
  )
}

function parseJobStatus(reader: InputReader, required: boolean): JobStatus | undefined {
  const { source } = reader
  const given = reader.text(Inputs.JobStatus)
  if (given === '' || isUnexpanded(given)) {
    if (!required) return undefined
    if (given !== '') {
      return reader.fail(
        `${source.label(Inputs.JobStatus)} is '${given}', an expression that was not filled in (a runner ` +
          `such as @github/local-action passes the default as it is), so status 'auto' cannot tell how the job went: ` +
          `set ${source.name(Inputs.JobStatus)} to success, failure or cancelled, or set ${source.name(Inputs.Status)}.`
      )
    }
    return reader.fail(
      source.missing?.(Inputs.JobStatus) ??
        `${source.label(Inputs.JobStatus)} is empty, so status 'auto' cannot tell how the job went. ` +
          `Leave ${source.name(Inputs.JobStatus)} unset (the runner fills in \${{ job.status }}), or set ${source.name(Inputs.Status)}.`
    )
  }
  const status = JOB_STATUSES.find(s => s === given.toLowerCase())
  return status ?? reader.invalid(Inputs.JobStatus, given, JOB_STATUSES.join(', '))
}

/** A whole value that is a workflow expression, `${{ ... }}`, as a runner leaves it when it does not evaluate it. */
export function isUnexpanded(value: string): boolean {
  return /^\$\{\{[\s\S]*\}\}$/.test(value.trim())
}

function parseNeeds(reader: InputReader): NeededJob[] | undefined {
  const given = reader.text(Inputs.Needs)
  if (given === '') return []
  const expected = 'the JSON of ${{ toJSON(needs) }}, an object such as {"build": {"result": "success"}}'
  const parsed = reader.jsonObject(Inputs.Needs, given, expected)
  if (!parsed) return undefined
  const needs: NeededJob[] = []
  for (const [job, value] of Object.entries(parsed)) {
    const result = isPlainObject(value) ? value['result'] : undefined
    const known = NEED_RESULTS.find(r => r === result)
    if (!known) {
      return reader.fail(
        `${reader.source.label(Inputs.Needs)} gives job '${job}' the result ${JSON.stringify(result)}: ` +
          `expected one of ${NEED_RESULTS.join(', ')} (from \${{ toJSON(needs) }}).`
      )
    }
    needs.push({ job, result: known })
  }
  return needs
}

/** Deeper is no build's output, and would cost every step that walks it a stack frame per level. */
export const MAX_OUTPUT_DEPTH = 64

function parseOutput(reader: InputReader): Record<string, unknown> | undefined {
  const given = reader.text(Inputs.Output)
  if (given === '') return undefined
  const expected = 'a JSON object such as {"artifact": "https://example.com/build.zip"}'
  const output = reader.jsonObject(Inputs.Output, given, expected)
  const depth = output && jsonDepth(output)
  if (depth && depth > MAX_OUTPUT_DEPTH) {
    return reader.fail(
      `${reader.source.label(Inputs.Output)} nests objects and arrays ${depth} levels deep: expected at most ${MAX_OUTPUT_DEPTH} levels.`
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
    // A number kept as written is a value, not a level.
    if (!node || typeof node !== 'object' || rawJsonText(node) !== undefined) continue
    deepest = Math.max(deepest, depth)
    for (const child of Object.values(node)) pending.push([child, depth + 1])
  }
  return deepest
}

/**
 * Numbers in `output` beyond a double's range (1e400): sent as written (see parseJsonExactly),
 * but JavaScript, like most JSON readers, reads them as Infinity, which becomes null.
 */
export function outputNotices(source: ValueSource, output: Record<string, unknown>): string[] {
  const beyond: string[] = []
  const pending: unknown[] = [output]
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const raw = rawJsonText(node)
    if (raw !== undefined) {
      if (!Number.isFinite(Number(raw))) beyond.push(raw)
    } else if (node && typeof node === 'object') {
      pending.push(...(Object.values(node) as unknown[]).reverse())
    }
  }
  if (beyond.length === 0) return []
  return [
    `${source.label(Inputs.Output)} holds ${beyond.length === 1 ? 'a number' : `${beyond.length} numbers`} beyond ` +
      `the range of a 64-bit float (${beyond.join(', ')}): sent as written, but JavaScript and most JSON readers ` +
      `read ${beyond.length === 1 ? 'it' : 'them'} as infinite (or null); write ${beyond.length === 1 ? 'it' : 'them'} as a string to keep the digits.`
  ]
}
