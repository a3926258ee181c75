import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { USER_AGENT } from './constants.js'
import { requestMayHaveLeft } from './interruption.js'
import type { OpenRequest } from './edge.js'
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
 * deadline the request is aborted, with its socket and, through a proxy, its tunnel, so nothing
 * the server or the proxy trickles keeps the process alive. Once the status line has come, it
 * is the answer: a body cut short by the deadline or a closed connection is kept as far as it
 * came, since the server has decided by then. The edge's transport honours HTTPS_PROXY,
 * HTTP_PROXY and NO_PROXY, and returns redirects without following them, so credentials never
 * go anywhere but api-url.
 */
export async function attempt(options: AttemptOptions, open: OpenRequest): Promise<HttpAnswer> {
  const abort = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<typeof EXPIRED>(resolve => {
    timer = setTimeout(() => {
      resolve(EXPIRED)
      abort.abort()
    }, options.timeoutMs)
  })
  let message: IncomingMessage | undefined
  const wire = new Wire()
  const opening = open({
    method: options.method,
    url: options.url,
    body: options.body,
    headers: { 'User-Agent': USER_AGENT, ...options.headers },
    signal: abort.signal,
    idleTimeoutMs: options.timeoutMs,
    onSocket: socket => wire.follow(socket)
  })
  try {
    const response = await Promise.race([opening, expired])
    if (response === EXPIRED) {
      const what = wire.state === 'connecting' ? 'no connection' : 'no answer'
      throw new NetworkError(
        `${what} within ${options.timeoutMs / 1000} s`,
        'TIMEOUT',
        wire.mayHaveLeft(true)
      )
    }
    message = response
    const received: Buffer[] = []
    await Promise.race([readBody(message, options.maxBodyBytes, received), expired])
    const body = truncateUtf8(Buffer.concat(received).toString('utf8'), options.maxBodyBytes)
    return { status: message.statusCode ?? 0, headers: message.headers, body }
  } catch (error) {
    throw asNetworkError(error, wire)
  } finally {
    wire.sent()
    clearTimeout(timer)
    message?.destroy()
    // Ends a request still waiting for an answer, so that nothing keeps the process alive.
    abort.abort()
    opening.catch(() => undefined)
  }
}

const EXPIRED = Symbol('the attempt ran out of time')

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
  'ENETDOWN',
  'ERR_PROXY_TUNNEL'
])
/** A certificate that is not trusted fails the TLS handshake, before the request is written. */
const TLS_REFUSAL = /CERT|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH|INVALID_CA|^ERR_TLS_|^ERR_SSL_/
/** The proxy did not open the way to the server (the `tunnel` package's words, then Node's). */
const NO_TUNNEL = /^tunneling socket could not be established|^Failed to establish tunnel/

function asNetworkError(error: unknown, wire: Wire): NetworkError {
  if (error instanceof NetworkError) return error
  const code = (error as NodeJS.ErrnoException)?.code ?? 'UNKNOWN'
  const text = error instanceof Error ? error.message : String(error)
  if (/^Request timeout/.test(text)) {
    const idle = wire.state === 'connecting' ? 'the connection was never set up' : 'the connection went idle'
    return new NetworkError(idle, 'TIMEOUT', wire.mayHaveLeft(true))
  }
  const notSent = NOT_SENT_CODES.has(code) || TLS_REFUSAL.test(code) || NO_TUNNEL.test(text)
  return new NetworkError(text || code, code, wire.mayHaveLeft(!notSent))
}

/**
 * What happened on the wire: nothing of a request can reach the server before its connection
 * is up (TCP connected; through a proxy, the tunnel open; over https, the TLS handshake done),
 * since the transport holds the request until then. A connection that is up may have carried
 * it, whatever failed next.
 */
export class Wire {
  /** `unknown`: the transport never showed its socket (a test's interceptor). */
  state: 'unknown' | 'connecting' | 'up' = 'unknown'

  follow(socket?: Socket): void {
    if (this.state === 'up') return
    if (!socket) {
      this.state = 'connecting'
      return
    }
    this.followed = true
    const secure = 'encrypted' in socket && socket.encrypted === true
    // A TLS socket that is reused, or handed over already set up, has no event left to send.
    const ready = secure
      ? (socket as Socket & { _secureEstablished?: boolean })._secureEstablished === true
      : !socket.connecting && !socket.pending
    if (ready) {
      this.up()
      return
    }
    this.state = 'connecting'
    socket.once(secure ? 'secureConnect' : 'connect', () => this.up())
  }

  private followed = false

  private up(): void {
    this.state = 'up'
    requestMayHaveLeft()
  }

  /** An attempt whose transport never showed its socket may have reached the server. */
  sent(): void {
    if (!this.followed) requestMayHaveLeft()
  }

  /** Whether the request may have reached the server; `byError` is the guess from the error alone. */
  mayHaveLeft(byError: boolean): boolean {
    if (this.state === 'unknown') return byError
    return this.state === 'up' && byError
  }
}
