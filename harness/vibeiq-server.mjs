// A local stand-in for the VibeIQ API: the two endpoints the action calls, on 127.0.0.1 (or
// ::1). It records every request and can be scripted per request with a status, a body,
// headers, a delay, a dropped connection, no answer at all, an answer trickled byte by byte or
// a body that stalls. A task made known with addTask follows VibeIQ's lifecycle: once completed,
// another callback for it is refused with 409. Used by the tests, the demo and the benchmarks;
// never bundled.
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'

/**
 * @typedef {object} Reply
 * @property {number} [status] HTTP status (200 by default)
 * @property {unknown} [body] JSON-serialised unless a string
 * @property {Record<string, string>} [headers]
 * @property {number} [delayMs] wait before answering
 * @property {boolean} [drop] destroy the connection instead of answering (a reset)
 * @property {boolean} [hang] never answer
 * @property {number} [trickleMs] send the status line and headers one byte every 100 ms for this
 *   long before answering, as a server that holds a connection open does
 * @property {boolean} [stallBody] send the status, headers and half the body, then nothing more
 * @property {boolean} [process] act on the request as VibeIQ would (complete the task) before
 *   answering as scripted: a gateway that answers 504 after the work was done
 * @property {number} [applyAfterMs] act on the request this long after it came, then answer as
 *   VibeIQ would, whether or not the client is still there: a backend that keeps processing
 *   after the client disconnects
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {string} rawBody
 * @property {any} body parsed JSON, or undefined
 * @property {number} at ms since the server started
 * @property {number} [appliedAt] ms since the server started, when it was acted on (absent: never)
 */

/**
 * @typedef {object} TaskState
 * @property {string} status AWAITING, COMPLETE or FAILED
 * @property {string} [subtext]
 * @property {string[]} logs
 * @property {Record<string, unknown>} output
 */

const CALLBACK = /^\/external-events\/callback\/$/
const TASK = /^\/event-workflow-tasks\/([^/]+)$/

/**
 * @param {{ basePath?: string, host?: string, port?: number, tls?: { key: string, cert: string }, hostname?: string, onRequest?: (request: RecordedRequest) => void }} [options]
 *   `tls` serves https (the URL then names `hostname`, which a proxy test maps to this server);
 *   `onRequest` sees each request as it is recorded
 */
export async function startVibeIqStandIn(options = {}) {
  const basePath = options.basePath ?? '/prod/api'
  const started = Date.now()
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {Reply[]} */
  const queue = []
  /** @type {Map<string, TaskState>} */
  const tasks = new Map()
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  /** Tasks made known with addTask: a callback for one that is no longer awaiting gets 409. */
  const awaited = new Set()
  /** Pending delays and trickles, cleared on close so that nothing outlives the server. */
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set()
  const later = (/** @type {() => void} */ fn, /** @type {number} */ ms) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      fn()
    }, ms)
    timers.add(timer)
  }

  /** @type {import('node:http').RequestListener} */
  const handle = (req, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8')
      let body
      try {
        body = rawBody ? JSON.parse(rawBody) : undefined
      } catch {
        body = undefined
      }
      const path = (req.url ?? '').startsWith(basePath)
        ? (req.url ?? '').slice(basePath.length)
        : (req.url ?? '')
      /** @type {RecordedRequest} */
      const recorded = {
        method: req.method ?? '',
        path,
        headers: req.headers,
        rawBody,
        body,
        at: Date.now() - started
      }
      requests.push(recorded)
      options.onRequest?.(recorded)
      const scripted = queue.shift()
      if (scripted?.applyAfterMs) {
        later(() => {
          const reply = defaultReply(req.method ?? '', path, body, tasks, awaited)
          recorded.appliedAt = Date.now() - started
          if (!res.destroyed && !req.socket.destroyed) {
            res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' })
            res.end(JSON.stringify(reply.body ?? {}))
          }
        }, scripted.applyAfterMs)
        return
      }
      const processed =
        !scripted || scripted.process ? defaultReply(req.method ?? '', path, body, tasks, awaited) : undefined
      if (processed) recorded.appliedAt = recorded.at
      const reply = scripted ?? processed ?? {}
      if (reply.hang) return
      const answer = () => {
        if (reply.drop) {
          req.socket.destroy()
          return
        }
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {})
        const headers = { 'content-type': 'application/json', ...reply.headers }
        if (reply.trickleMs) {
          trickle(req.socket, reply.status ?? 200, headers, text, reply.trickleMs, later)
          return
        }
        res.writeHead(
          reply.status ?? 200,
          reply.stallBody ? headers : { ...headers, 'content-length': Buffer.byteLength(text) }
        )
        if (reply.stallBody) res.write(text.slice(0, Math.ceil(text.length / 2)))
        else res.end(text)
      }
      if (reply.delayMs) later(answer, reply.delayMs)
      else answer()
    })
  }
  const server = options.tls ? createTlsServer(options.tls, handle) : createServer(handle)
  server.on(options.tls ? 'secureConnection' : 'connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise(resolve =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(undefined))
  )
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address

  return {
    /** The api-url to give the action. */
    url: options.tls
      ? `https://${options.hostname ?? 'localhost'}${basePath}`
      : `http://${host}:${address.port}${basePath}`,
    port: address.port,
    requests,
    tasks,
    /** Scripts the next replies, in order; after them the server answers as VibeIQ would. */
    reply(/** @type {Reply[]} */ ...replies) {
      queue.push(...replies)
    },
    /** Makes a task known as AWAITING, as VibeIQ holds it before the callback. */
    addTask(/** @type {string} */ taskId) {
      tasks.set(taskId, { status: 'AWAITING', logs: [], output: {} })
      awaited.add(taskId)
    },
    async close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(() => resolve(undefined)))
    }
  }
}

/**
 * Writes a raw HTTP answer whose status line and headers take `forMs` to arrive, one byte at a
 * time, then its body.
 * @param {import('node:stream').Duplex} socket
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string} body
 * @param {number} forMs
 * @param {(fn: () => void, ms: number) => void} later
 */
function trickle(socket, status, headers, body, forMs, later) {
  const head = [`HTTP/1.1 ${status} Trickled`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)]
  socket.write(`${head.join('\r\n')}\r\nx-trickle: `)
  const started = Date.now()
  const next = () => {
    if (socket.destroyed) return
    if (Date.now() - started < forMs) {
      socket.write('.')
      later(next, 100)
      return
    }
    socket.end(`\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`)
  }
  later(next, 100)
}

/**
 * @param {string} method
 * @param {string} path
 * @param {any} body
 * @param {Map<string, TaskState>} tasks
 * @param {Set<string>} awaited
 * @returns {Reply}
 */
function defaultReply(method, path, body, tasks, awaited) {
  if (method === 'POST' && CALLBACK.test(path)) {
    const taskId = body?.taskId
    if (typeof taskId !== 'string' || !['SUCCESS', 'FAILURE'].includes(body?.status)) {
      return { status: 400, body: { message: 'taskId and status (SUCCESS or FAILURE) are required' } }
    }
    const known = tasks.get(taskId)
    if (known && awaited.has(taskId) && known.status !== 'AWAITING') {
      return {
        status: 409,
        body: { message: `Task ${taskId} is not awaiting a callback: it is ${known.status}` }
      }
    }
    const task = known ?? { status: 'AWAITING', logs: [], output: {} }
    task.status = body.status === 'SUCCESS' ? 'COMPLETE' : 'FAILED'
    task.logs.push(...(Array.isArray(body.logs) ? body.logs : body.logs ? [body.logs] : []))
    Object.assign(task.output, body.output ?? {})
    if (body.subtext) task.subtext = body.subtext
    tasks.set(taskId, task)
    return { status: 200, body: { id: taskId, status: task.status } }
  }
  const match = TASK.exec(path)
  if (method === 'PUT' && match) {
    const taskId = decodeURIComponent(match[1] ?? '')
    const task = tasks.get(taskId) ?? { status: 'AWAITING', logs: [], output: {} }
    task.subtext = body?.subtext
    tasks.set(taskId, task)
    return { status: 200, body: { id: taskId, subtext: task.subtext } }
  }
  return { status: 404, body: { message: `no route for ${method} ${path}` } }
}
