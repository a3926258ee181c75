/** The one module that talks to VibeIQ: which endpoint, which headers, retries, and what came of it. */
import {
  CallbackPath,
  CredentialEnv,
  MAX_RESPONSE_OUTPUT_BYTES,
  SUBTEXT_RETRY_FOR_MS,
  taskPath
} from './constants.js'
import type { Edge } from './edge.js'
import { attempt, NetworkError, type HttpAnswer } from './http-attempt.js'
import type { CallbackBody } from './payload.js'
import {
  isRetryableStatus,
  likelyCause,
  mayHaveBeenProcessed,
  nextDelayMs,
  RETRYABLE_NETWORK_CODES,
  retryAfterMs
} from './retry-policy.js'
import {
  readBeyondBytes,
  redactThenCut,
  REDACTED,
  urlForMessages,
  type Redact,
  type Redactor
} from './secrets.js'
import type { Connection, Credentials } from './settings.js'

export interface VibeIqRequest {
  method: 'POST' | 'PUT'
  url: string
  headers: Record<string, string>
  body: object
  /** How long transient failures are retried. */
  retryForMs: number
}

/**
 * How a delivery ended. `accepted`: VibeIQ answered 2xx. `refused`: VibeIQ did not act on it:
 * it answered no, or no attempt reached it. `uncertain`: no 2xx came back, yet an attempt may
 * have been processed (it got a 5xx, or timed out or lost its connection after sending).
 */
export type DeliveryOutcome = 'accepted' | 'refused' | 'uncertain'

export interface Delivery {
  outcome: DeliveryOutcome
  httpStatus?: number
  attempts: number
  /** The last answer's body, at most 64 KiB, secrets redacted. */
  response: string
  /** Why it was not accepted; for `uncertain`, also which attempt may have been processed. */
  error?: string
  elapsedMs: number
}

/** What one attempt came to. */
interface Tried {
  answer?: HttpAnswer
  accepted?: boolean
  /** Why it was not accepted. */
  problem?: string
  retryable?: boolean
  /** No 2xx came back, yet VibeIQ may have processed this attempt. */
  mayHaveBeenProcessed?: boolean
  retryAfterMs?: number
}

export interface ClientHooks {
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** The clock for the time budget and Retry-After dates. */
  now?: () => number
}

export class VibeIqClient {
  private readonly sleep: (ms: number) => Promise<void>
  private readonly random: () => number
  private readonly now: () => number

  constructor(
    private readonly connection: Connection,
    /** Applied to everything that comes back from the server, which may echo a credential. */
    private readonly redact: Redactor,
    /** Where attempts are told about, and how a request is sent. */
    private readonly edge: Pick<Edge, 'info' | 'openRequest'>,
    hooks: ClientHooks = {}
  ) {
    this.sleep = hooks.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)))
    this.random = hooks.random ?? Math.random
    this.now = hooks.now ?? Date.now
  }

  /** The callback prefers the bearer token, as VibeIQ documents it. */
  callbackRequest(body: CallbackBody): VibeIqRequest {
    const { token } = this.connection.credentials
    const auth = token ? bearer(token) : apiKeyHeaders(this.connection.credentials)
    return this.request('POST', CallbackPath, auth, body, this.connection.retryForMs)
  }

  /** The subtext update prefers the API key headers, as VibeIQ documents it. */
  subtextRequest(taskId: string, subtext: string): VibeIqRequest {
    const { apiKey, org, token } = this.connection.credentials
    const auth = apiKey && org ? apiKeyHeaders(this.connection.credentials) : bearer(token ?? '')
    const retryForMs = Math.min(this.connection.retryForMs, SUBTEXT_RETRY_FOR_MS)
    return this.request('PUT', taskPath(encodeURIComponent(taskId)), auth, { subtext }, retryForMs)
  }

  /**
   * Sends, retrying transient failures within `retries` and the request's time budget; never
   * throws: the outcome is in the Delivery.
   */
  async send(
    request: VibeIqRequest,
    /** Called once, before the first retry, with what went wrong. */
    onFirstRetry?: (problem: string) => void
  ): Promise<Delivery> {
    const started = this.now()
    const budget = {
      retries: this.connection.retries,
      retryForMs: request.retryForMs,
      timeoutMs: this.connection.timeoutMs
    }
    const payload = JSON.stringify(request.body)
    /** The first attempt that may have been processed without saying so. */
    let processed: string | undefined
    for (let attempts = 1; ; attempts++) {
      const tried = await this.attemptOnce(request, payload)
      const elapsedMs = this.now() - started
      const ended = (outcome: DeliveryOutcome, error?: string): Delivery => ({
        outcome,
        httpStatus: tried.answer?.status,
        attempts,
        response: tried.answer?.body ?? '',
        error,
        elapsedMs
      })
      if (tried.accepted) return ended('accepted')
      if (tried.mayHaveBeenProcessed) processed ??= `attempt ${attempts}: ${tried.problem}`
      const delay = tried.retryable
        ? nextDelayMs(attempts, elapsedMs, budget, tried.retryAfterMs, this.random)
        : undefined
      if (delay === undefined) {
        let error = tried.problem ?? ''
        if (tried.retryable) {
          const limit =
            attempts > budget.retries
              ? `retries: ${budget.retries}`
              : `retry-for: ${budget.retryForMs / 1000} s`
          error =
            `${request.method} ${request.url}: gave up after ${plural(attempts, 'attempt')} in ` +
            `${seconds(elapsedMs)} s (${limit}); the last: ${tried.problem}.`
        }
        if (!processed) return ended('refused', error)
        return ended('uncertain', `${error} VibeIQ may have processed it all the same (${processed}).`)
      }
      const asked = delay === tried.retryAfterMs ? ' (as Retry-After asked)' : ''
      if (attempts === 1) onFirstRetry?.(tried.problem ?? 'no answer')
      this.edge.info(`Attempt ${attempts} failed: ${tried.problem}. Retrying in ${seconds(delay)} s${asked}.`)
      await this.sleep(delay)
    }
  }

  /** One attempt: accepted, or a problem worth another try, or a final refusal. */
  private async attemptOnce(request: VibeIqRequest, payload: string): Promise<Tried> {
    let answer: HttpAnswer
    try {
      answer = await attempt(
        {
          method: request.method,
          url: request.url,
          body: payload,
          headers: request.headers,
          timeoutMs: this.connection.timeoutMs,
          // Beyond the limit, so that a secret across it is redacted whole before the cut.
          maxBodyBytes: MAX_RESPONSE_OUTPUT_BYTES + readBeyondBytes(this.redact)
        },
        this.edge.openRequest
      )
    } catch (error) {
      const failure = error instanceof NetworkError ? error : new NetworkError(String(error), 'UNKNOWN', true)
      const code =
        failure.code === 'TIMEOUT' || failure.message.includes(failure.code) ? '' : ` (${failure.code})`
      const problem = this.redact(`${failure.message}${code}`)
      const retryable = RETRYABLE_NETWORK_CODES.includes(failure.code)
      return {
        problem: retryable ? problem : `${request.method} ${request.url}: ${problem}; not retried.`,
        retryable,
        mayHaveBeenProcessed: failure.maybeReceived
      }
    }
    answer = { ...answer, body: redactThenCut(answer.body, this.redact, MAX_RESPONSE_OUTPUT_BYTES) }
    if (answer.status >= 200 && answer.status < 300) return { answer, accepted: true }
    if (!isRetryableStatus(answer.status)) {
      return { answer, problem: this.redact(refusal(request, answer, this.redact)), retryable: false }
    }
    const said = serverMessage(answer.body, this.redact)
    return {
      answer,
      problem: `HTTP ${answer.status}${said ? ` (${said})` : ''}`,
      retryable: true,
      mayHaveBeenProcessed: mayHaveBeenProcessed(answer.status),
      retryAfterMs: retryAfterMs(answer.headers['retry-after'], this.now())
    }
  }

  private request(
    method: VibeIqRequest['method'],
    path: string,
    auth: Record<string, string>,
    body: object,
    retryForMs: number
  ): VibeIqRequest {
    return {
      method,
      url: this.connection.apiUrl + path,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...auth },
      body,
      retryForMs
    }
  }
}

function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` }
}

function apiKeyHeaders({ apiKey, org }: Credentials): Record<string, string> {
  return { 'X-Api-Key': apiKey ?? '', 'X-Api-Org': org ?? '' }
}

const SECRET_HEADERS = new Set(['authorization', 'x-api-key'])

/** The request as it may be printed: secret header values replaced, never shown. */
export function describeRequest(request: VibeIqRequest): string[] {
  const headers = Object.entries(request.headers).map(([name, value]) => {
    if (!SECRET_HEADERS.has(name.toLowerCase())) return `${name}: ${value}`
    return name.toLowerCase() === 'authorization' ? `${name}: Bearer ${REDACTED}` : `${name}: ${REDACTED}`
  })
  return [
    `${request.method} ${request.url}`,
    ...headers,
    '',
    ...JSON.stringify(request.body, null, 2).split('\n')
  ]
}

/** Where a person running the request by hand keeps each credential. */
const CREDENTIAL_FROM_ENV: Record<string, string> = {
  authorization: `Bearer $${CredentialEnv.Token}`,
  'x-api-key': `$${CredentialEnv.ApiKey}`,
  'x-api-org': `$${CredentialEnv.Org}`
}

/**
 * The request as a curl command that sends the body saved in `bodyFile`, for a person to
 * complete the task by hand: credentials come from environment variables, never from here.
 */
export function curlCommand(request: VibeIqRequest, bodyFile: string): string {
  const headers = Object.entries(request.headers).map(([name, value]) => {
    const fromEnv = CREDENTIAL_FROM_ENV[name.toLowerCase()]
    return `-H ${fromEnv ? `"${name}: ${fromEnv}"` : shellQuote(`${name}: ${value}`)}`
  })
  return [
    `curl --fail-with-body -X ${request.method} ${shellQuote(request.url)}`,
    ...headers,
    `--data-binary @${shellQuote(bodyFile)}`
  ].join(' \\\n  ')
}

function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`
}

/**
 * The `message` (or `error`) of a JSON error body, else the body itself, kept short; redacted
 * once decoded and before it is cut, since no redaction recognises the start of a secret cut
 * in two.
 */
export function serverMessage(body: string, redact: Redact): string {
  let message = body
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown } | null
    const field = parsed?.message ?? parsed?.error
    if (typeof field === 'string') message = field
    else if (parsed && typeof parsed === 'object' && Object.keys(parsed).length === 0) message = ''
  } catch {
    // not JSON: quote it as it came
  }
  message = redact(message.replace(/\s+/g, ' ').trim())
  return message.length > 300 ? `${message.slice(0, 300)}...` : message
}

function refusal(request: VibeIqRequest, answer: HttpAnswer, redact: Redact): string {
  const said = serverMessage(answer.body, redact)
  const location = answer.headers.location ? ` to ${urlForMessages(answer.headers.location)}` : ''
  let text = `VibeIQ answered HTTP ${answer.status}${location} to ${request.method} ${request.url}: ${likelyCause(answer.status)}.`
  if (said) text += ` The server said: "${said}".`
  return text
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1)
}
