import { HttpClient } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import type { IncomingMessage, RequestOptions } from 'node:http'
import { USER_AGENT } from './constants.js'
import { truncateUtf8 } from './utf8.js'

export interface HttpAnswer {
  status: number
  headers: IncomingMessage['headers']
  /** The body as text, at most `maxBodyBytes` of it, and only what came before the deadline. */
  body: string
}

/** No answer: the connection failed, or the attempt ran out of time. */
export class NetworkError extends Error {
  constructor(
    message: string,
    /** `ECONNRESET`, `ENOTFOUND`, `TIMEOUT`, ... */
    readonly code: string,
    /** Whether the request may have reached the server before it failed. */
    readonly maybeReceived: boolean
  ) {
    super(message)
    this.name = 'NetworkError'
  }
}

export interface AttemptOptions {
  method: 'POST' | 'PUT'
  url: string
  body: string
  headers: Record<string, string>
  timeoutMs: number
  maxBodyBytes: number
}

/**
 * One HTTP request, bounded in time from the first byte sent to the last byte read: at the
 * deadline the request is destroyed with its socket, through a proxy its tunnel too, so nothing
 * the server or the proxy trickles keeps the process alive. Once the status line has come, it
 * is the answer: a body cut short by the deadline or a closed connection is kept as far as it
 * came, since the server has decided by then. http-client honours HTTPS_PROXY, HTTP_PROXY and
 * NO_PROXY; redirects are returned, not followed, so credentials never go anywhere but api-url.
 */
export async function attempt(options: AttemptOptions): Promise<HttpAnswer> {
  const abort = new AbortController()
  const client = new HttpClient(USER_AGENT, [boundTo(abort.signal)], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: false,
    socketTimeout: options.timeoutMs
  })
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<typeof EXPIRED>(resolve => {
    timer = setTimeout(() => {
      resolve(EXPIRED)
      abort.abort()
    }, options.timeoutMs)
  })
  let message: IncomingMessage | undefined
  try {
    const response = await Promise.race([
      client.request(options.method, options.url, options.body, options.headers),
      expired
    ])
    if (response === EXPIRED) {
      throw new NetworkError(`no answer within ${options.timeoutMs / 1000} s`, 'TIMEOUT', true)
    }
    message = response.message
    const received: Buffer[] = []
    await Promise.race([readBody(message, options.maxBodyBytes, received), expired])
    const body = truncateUtf8(Buffer.concat(received).toString('utf8'), options.maxBodyBytes)
    return { status: message.statusCode ?? 0, headers: message.headers, body }
  } catch (error) {
    throw asNetworkError(error)
  } finally {
    clearTimeout(timer)
    message?.destroy()
    // Closes a socket still waiting for an answer, so that nothing keeps the process alive.
    client.dispose()
  }
}

const EXPIRED = Symbol('the attempt ran out of time')

/**
 * What http-client leaves to Node that Node reads differently: the attempt's abort signal, and
 * the host of a URL such as http://[::1]:8080/, which URL gives with its brackets and
 * `net.connect` would look up as a name.
 */
function boundTo(signal: AbortSignal): RequestHandler {
  return {
    prepareRequest(options: RequestOptions): void {
      if (options.host?.startsWith('[')) options.host = options.host.slice(1, -1)
      options.signal = signal
      // Through a proxy, the agent is the `tunnel` package's: its CONNECT request is made with
      // these options, so the signal also ends a tunnel still being set up.
      const tunnel = options.agent as { proxyOptions?: Record<string, unknown> } | undefined
      if (tunnel?.proxyOptions) tunnel.proxyOptions['signal'] = signal
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('not used'))
  }
}

/** Collects into `received` (a few bytes past `maxBytes` at most) until the body ends or breaks off. */
function readBody(message: IncomingMessage, maxBytes: number, received: Buffer[]): Promise<void> {
  return new Promise(resolve => {
    let kept = 0
    message.on('data', (chunk: Buffer) => {
      if (kept < maxBytes + 4) {
        received.push(chunk)
        kept += chunk.length
      }
    })
    message.on('end', resolve)
    // A connection closed mid-body ends the reading too; the error says nothing more.
    message.on('error', () => resolve())
    message.on('close', resolve)
  })
}

/** Errors raised before any byte was written cannot have reached the server. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN'
])
/** A certificate that is not trusted fails the TLS handshake, before the request is written. */
const TLS_REFUSAL = /CERT|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH|INVALID_CA|^ERR_TLS_|^ERR_SSL_/
/** The `tunnel` package's error when the proxy did not open the way to the server. */
const NO_TUNNEL = /^tunneling socket could not be established/

function asNetworkError(error: unknown): NetworkError {
  if (error instanceof NetworkError) return error
  const code = (error as NodeJS.ErrnoException)?.code ?? 'UNKNOWN'
  const text = error instanceof Error ? error.message : String(error)
  if (/^Request timeout/.test(text)) return new NetworkError('the connection went idle', 'TIMEOUT', true)
  const notSent = NOT_SENT_CODES.has(code) || TLS_REFUSAL.test(code) || NO_TUNNEL.test(text)
  return new NetworkError(text || code, code, !notSent)
}
