/**
 * The command line's transport: Node's own HTTP client, whose agents honour HTTPS_PROXY,
 * HTTP_PROXY and NO_PROXY (Node 24.5 and later), so no toolkit and no `undici` is loaded.
 */
import http from 'node:http'
import https from 'node:https'
import type { OpenRequest } from '../core/edge.js'
import { isLoopback } from '../core/settings.js'

export const openWithNode: OpenRequest = request =>
  new Promise((resolve, reject) => {
    const url = new URL(request.url)
    const secure = url.protocol === 'https:'
    // Loopback is never proxied, as the runner's http-client decides too: a local api-url is
    // the only one plain http may reach, and its credentials must not travel to a proxy.
    const proxyEnv = isLoopback(url.hostname) ? undefined : process.env
    const agent = secure
      ? new https.Agent({ keepAlive: false, proxyEnv })
      : new http.Agent({ keepAlive: false, proxyEnv })
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
    // Nothing leaves before the agent hands it a socket (after the tunnel, if any).
    request.onSocket()
    outgoing.on('socket', request.onSocket)
    outgoing.on('error', reject)
    request.signal.addEventListener('abort', () => agent.destroy(), { once: true })
    outgoing.end(request.body)
  })
