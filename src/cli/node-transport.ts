/**
 * The command line's transport: Node's own HTTP client, whose agents honour HTTPS_PROXY,
 * HTTP_PROXY and NO_PROXY (Node 24.5 and later), so no toolkit and no `undici` is loaded.
 */
import http from 'node:http'
import https from 'node:https'
import type { OpenRequest } from '../core/edge.js'

export const openWithNode: OpenRequest = request =>
  new Promise((resolve, reject) => {
    const url = new URL(request.url)
    const secure = url.protocol === 'https:'
    const agent = secure
      ? new https.Agent({ keepAlive: false, proxyEnv: process.env })
      : new http.Agent({ keepAlive: false, proxyEnv: process.env })
    const send = secure ? https.request : http.request
    const outgoing = send(
      url,
      {
        method: request.method,
        headers: { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) },
        agent,
        signal: request.signal,
        timeout: request.idleTimeoutMs
      },
      resolve
    )
    // Redirects come back as answers, never followed: credentials go nowhere but api-url.
    outgoing.on('timeout', () =>
      outgoing.destroy(
        Object.assign(new Error('Request timeout: the connection went idle'), { code: 'ETIMEDOUT' })
      )
    )
    outgoing.on('error', reject)
    request.signal.addEventListener('abort', () => agent.destroy(), { once: true })
    outgoing.end(request.body)
  })
