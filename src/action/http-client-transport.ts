/**
 * The Action's transport: `@actions/http-client`, which honours the runner's HTTPS_PROXY,
 * HTTP_PROXY and NO_PROXY the way every other action does.
 */
import { HttpClient } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import type { ClientRequest, RequestOptions } from 'node:http'
import type { HttpRequest, OpenRequest } from '../core/edge.js'

export const openWithHttpClient: OpenRequest = async request => {
  const { 'User-Agent': userAgent, ...headers } = request.headers
  const client = new HttpClient(userAgent, [boundTo(request)], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: false,
    socketTimeout: request.idleTimeoutMs
  })
  // Closes a socket still waiting for an answer once the attempt ends, so that nothing keeps
  // the process alive.
  request.signal.addEventListener('abort', () => client.dispose(), { once: true })
  const response = await client.request(request.method, request.url, request.body, headers)
  return response.message
}

/**
 * What http-client leaves to Node that Node reads differently: the attempt's abort signal, and
 * the host of a URL such as http://[::1]:8080/, which URL gives with its brackets and
 * `net.connect` would look up as a name. It also shows the attempt the request's socket.
 */
function boundTo({ signal, onSocket }: HttpRequest): RequestHandler {
  return {
    prepareRequest(options: RequestOptions): void {
      if (options.host?.startsWith('[')) options.host = options.host.slice(1, -1)
      options.signal = signal
      // The agent (Node's, or through a proxy the `tunnel` package's) is this client's own:
      // every request it is given shows its socket.
      const agent = options.agent as { addRequest?: (request: ClientRequest, ...rest: unknown[]) => void }
      const addRequest = agent?.addRequest
      if (addRequest) {
        agent.addRequest = function (request: ClientRequest, ...rest: unknown[]) {
          onSocket() // nothing leaves before the agent hands it a socket (after the tunnel, if any)
          request.once('socket', onSocket)
          return addRequest.call(this, request, ...rest)
        }
      }
      // Through a proxy, the agent is the `tunnel` package's: its CONNECT request is made with
      // these options, so the signal also ends a tunnel still being set up.
      const tunnel = options.agent as { proxyOptions?: Record<string, unknown> } | undefined
      if (tunnel?.proxyOptions) tunnel.proxyOptions['signal'] = signal
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('not used'))
  }
}
