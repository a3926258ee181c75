import { HttpClient } from '@actions/http-client'
import type { IncomingMessage } from 'node:http'
import { USER_AGENT } from './constants.js'
import { truncateUtf8 } from './utf8.js'

export interface HttpAnswer {
  status: number
  headers: IncomingMessage['headers']
  /** The body as text, at most `maxBodyBytes` of it. */
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
 * One HTTP request, bounded in time from the first byte sent to the last byte read.
 * http-client honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY; redirects are returned, not
 * followed, so credentials never go anywhere but api-url.
 */
export async function attempt(options: AttemptOptions): Promise<HttpAnswer> {
  const client = new HttpClient(USER_AGENT, [], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: false,
    socketTimeout: options.timeoutMs
  })
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new NetworkError(`no answer within ${options.timeoutMs / 1000} s`, 'TIMEOUT', true)),
      options.timeoutMs
    )
  })
  let message: IncomingMessage | undefined
  try {
    const response = await Promise.race([
      client.request(options.method, options.url, options.body, options.headers),
      deadline
    ])
    message = response.message
    const body = await Promise.race([readBody(message, options.maxBodyBytes), deadline])
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

function readBody(message: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let kept = 0
    message.on('data', (chunk: Buffer) => {
      if (kept < maxBytes + 4) {
        chunks.push(chunk)
        kept += chunk.length
      }
    })
    message.on('end', () => resolve(truncateUtf8(Buffer.concat(chunks).toString('utf8'), maxBytes)))
    message.on('error', reject)
    message.on('aborted', () => reject(connectionError('ECONNRESET', 'the connection closed mid-answer')))
  })
}

function connectionError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code })
}

/** Errors raised before any byte was written cannot have reached the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

function asNetworkError(error: unknown): NetworkError {
  if (error instanceof NetworkError) return error
  const code = (error as NodeJS.ErrnoException)?.code
  const text = error instanceof Error ? error.message : String(error)
  if (/^Request timeout/.test(text)) return new NetworkError('the connection went idle', 'TIMEOUT', true)
  return new NetworkError(text || code || 'network error', code ?? 'UNKNOWN', !NOT_SENT_CODES.has(code ?? ''))
}
