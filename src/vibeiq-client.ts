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
    return this.request('POST', CallbackPath, token ? bearer(token) : apiKeyHeaders(this.connection.credentials), body)
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
    let last: HttpAnswer | undefined
    let lastError = ''
    for (let attempts = 1; ; attempts++) {
      let wait: number | undefined
      try {
        last = await attempt({
          method: request.method,
          url: request.url,
          body: payload,
          headers: request.headers,
          timeoutMs: this.connection.timeoutMs,
          maxBodyBytes: MAX_RESPONSE_OUTPUT_BYTES
        })
        const done = { httpStatus: last.status, attempts, response: last.body, elapsedMs: Date.now() - started }
        if (last.status >= 200 && last.status < 300) return { ...done, delivered: true }
        if (!RETRYABLE_STATUSES.includes(last.status)) {
          return { ...done, delivered: false, error: refusal(request, last, mayHaveArrived) }
        }
        lastError = `HTTP ${last.status}${serverMessage(last.body) ? ` (${serverMessage(last.body)})` : ''}`
        wait = retryAfterMs(last.headers['retry-after'])
      } catch (error) {
        const failure = error instanceof NetworkError ? error : new NetworkError(String(error), 'UNKNOWN', true)
        lastError = `${failure.message}${failure.code !== 'TIMEOUT' && !failure.message.includes(failure.code) ? ` (${failure.code})` : ''}`
        mayHaveArrived ||= failure.maybeReceived
        last = undefined
        if (!RETRYABLE_NETWORK_CODES.includes(failure.code)) {
          return this.gaveUp(request, attempts, started, `${lastError}; not retried`)
        }
      }
      if (attempts >= maxAttempts) {
        return this.gaveUp(request, attempts, started, `gave up after ${attempts} attempt${attempts > 1 ? 's' : ''}; the last: ${lastError}`, last)
      }
      const delay = wait ?? backoffDelayMs(attempts, this.random)
      core.info(
        `Attempt ${attempts} of ${maxAttempts} failed: ${lastError}. Retrying in ${(delay / 1000).toFixed(1)} s` +
          (wait !== undefined ? ' (as Retry-After asked).' : '.')
      )
      await this.sleep(delay)
    }
  }

  private gaveUp(
    request: VibeIqRequest,
    attempts: number,
    started: number,
    reason: string,
    last?: HttpAnswer
  ): Delivery {
    return {
      delivered: false,
      httpStatus: last?.status,
      attempts,
      response: last?.body ?? '',
      error: `${request.method} ${request.url}: ${reason}.`,
      elapsedMs: Date.now() - started
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
  return [`${request.method} ${request.url}`, ...headers, '', ...JSON.stringify(request.body, null, 2).split('\n')]
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
