/** The one module that talks to VibeIQ: which endpoint, which headers, and retries. */
import * as core from '@actions/core'
import { CallbackPath, MAX_RESPONSE_OUTPUT_BYTES, taskPath } from './constants.js'
import { attempt, NetworkError, type HttpAnswer } from './http-attempt.js'
import type { CallbackBody } from './payload.js'
import {
  backoffDelayMs,
  likelyCause,
  RETRYABLE_NETWORK_CODES,
  RETRYABLE_STATUSES,
  retryAfterMs
} from './retry-policy.js'
import { REDACTED } from './secrets.js'
import type { Connection, Credentials } from './settings.js'

export interface VibeIqRequest {
  method: 'POST' | 'PUT'
  url: string
  headers: Record<string, string>
  body: object
}

export interface Delivery {
  delivered: boolean
  httpStatus?: number
  attempts: number
  /** The last answer's body, at most 64 KiB. */
  response: string
  /** Why it was not delivered. */
  error?: string
  elapsedMs: number
}

type AttemptResult =
  | { final: Omit<Delivery, 'attempts' | 'elapsedMs'> }
  | { problem: string; retryAfterMs?: number; answer?: HttpAnswer; mayHaveArrived: boolean }

export interface ClientHooks {
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

export class VibeIqClient {
  private readonly sleep: (ms: number) => Promise<void>
  private readonly random: () => number

  constructor(
    private readonly connection: Connection,
    hooks: ClientHooks = {}
  ) {
    this.sleep = hooks.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)))
    this.random = hooks.random ?? Math.random
  }

  /** The callback prefers the bearer token, as VibeIQ documents it. */
  callbackRequest(body: CallbackBody): VibeIqRequest {
    const { token } = this.connection.credentials
    return this.request(
      'POST',
      CallbackPath,
      token ? bearer(token) : apiKeyHeaders(this.connection.credentials),
      body
    )
  }

  /** The subtext update prefers the API key headers, as VibeIQ documents it. */
  subtextRequest(taskId: string, subtext: string): VibeIqRequest {
    const { apiKey, org, token } = this.connection.credentials
    const auth = apiKey && org ? apiKeyHeaders(this.connection.credentials) : bearer(token ?? '')
    return this.request('PUT', taskPath(encodeURIComponent(taskId)), auth, { subtext })
  }

  /** Sends with retries; never throws: the outcome is in the Delivery. */
  async send(request: VibeIqRequest): Promise<Delivery> {
    const started = Date.now()
    const maxAttempts = this.connection.retries + 1
    const payload = JSON.stringify(request.body)
    let mayHaveArrived = false
    for (let attempts = 1; ; attempts++) {
      const result = await this.attemptOnce(request, payload, mayHaveArrived)
      const elapsed = { attempts, elapsedMs: Date.now() - started }
      if ('final' in result) return { ...result.final, ...elapsed }
      mayHaveArrived ||= result.mayHaveArrived
      if (attempts >= maxAttempts) {
        const tries = `${attempts} attempt${attempts > 1 ? 's' : ''}`
        return {
          delivered: false,
          httpStatus: result.answer?.status,
          response: result.answer?.body ?? '',
          error: `${request.method} ${request.url}: gave up after ${tries}; the last: ${result.problem}.`,
          ...elapsed
        }
      }
      const delay = result.retryAfterMs ?? backoffDelayMs(attempts, this.random)
      core.info(
        `Attempt ${attempts} of ${maxAttempts} failed: ${result.problem}. Retrying in ${(delay / 1000).toFixed(1)} s` +
          (result.retryAfterMs !== undefined ? ' (as Retry-After asked).' : '.')
      )
      await this.sleep(delay)
    }
  }

  /** One attempt: either a final outcome, or a transient problem worth another try. */
  private async attemptOnce(
    request: VibeIqRequest,
    payload: string,
    mayHaveArrived: boolean
  ): Promise<AttemptResult> {
    let answer: HttpAnswer
    try {
      answer = await attempt({
        method: request.method,
        url: request.url,
        body: payload,
        headers: request.headers,
        timeoutMs: this.connection.timeoutMs,
        maxBodyBytes: MAX_RESPONSE_OUTPUT_BYTES
      })
    } catch (error) {
      const failure = error instanceof NetworkError ? error : new NetworkError(String(error), 'UNKNOWN', true)
      const code =
        failure.code === 'TIMEOUT' || failure.message.includes(failure.code) ? '' : ` (${failure.code})`
      const problem = `${failure.message}${code}`
      if (RETRYABLE_NETWORK_CODES.includes(failure.code)) {
        return { problem, mayHaveArrived: failure.maybeReceived }
      }
      return {
        final: {
          delivered: false,
          response: '',
          error: `${request.method} ${request.url}: ${problem}; not retried.`
        }
      }
    }
    const received = { httpStatus: answer.status, response: answer.body }
    if (answer.status >= 200 && answer.status < 300) return { final: { ...received, delivered: true } }
    if (!RETRYABLE_STATUSES.includes(answer.status)) {
      return { final: { ...received, delivered: false, error: refusal(request, answer, mayHaveArrived) } }
    }
    const said = serverMessage(answer.body)
    return {
      problem: `HTTP ${answer.status}${said ? ` (${said})` : ''}`,
      retryAfterMs: retryAfterMs(answer.headers['retry-after']),
      answer,
      mayHaveArrived: false
    }
  }

  private request(
    method: VibeIqRequest['method'],
    path: string,
    auth: Record<string, string>,
    body: object
  ): VibeIqRequest {
    return {
      method,
      url: this.connection.apiUrl + path,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...auth },
      body
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

/** The `message` (or `error`) of a JSON error body, else the body itself, kept short. */
export function serverMessage(body: string): string {
  let message = body
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown } | null
    const field = parsed?.message ?? parsed?.error
    if (typeof field === 'string') message = field
    else if (parsed && typeof parsed === 'object' && Object.keys(parsed).length === 0) message = ''
  } catch {
    // not JSON: quote it as it came
  }
  message = message.replace(/\s+/g, ' ').trim()
  return message.length > 300 ? `${message.slice(0, 300)}...` : message
}

function refusal(request: VibeIqRequest, answer: HttpAnswer, mayHaveArrived: boolean): string {
  const said = serverMessage(answer.body)
  const location = answer.headers.location ? ` to ${answer.headers.location}` : ''
  let text = `VibeIQ answered HTTP ${answer.status}${location} to ${request.method} ${request.url}: ${likelyCause(answer.status)}.`
  if (said) text += ` The server said: "${said}".`
  if (mayHaveArrived) {
    text +=
      ' An earlier attempt timed out or lost its connection after sending, so VibeIQ may have received it' +
      ' and completed the task already: check the task in VibeIQ before re-running.'
  }
  return text
}
