// A local stand-in for the one GitHub REST endpoint the action reads: the jobs of a run
// attempt. Point GITHUB_API_URL at `url`. Used by the tests and the demo; never bundled.
import { createServer } from 'node:http'

/**
 * @typedef {object} JobsReply
 * @property {number} [status] 200 by default
 * @property {object[]} [jobs] the run attempt's jobs
 * @property {number} [delayMs]
 */

/** @param {JobsReply} [initial] */
export async function startGitHubApiStandIn(initial = {}) {
  /** @type {JobsReply} */
  let reply = initial
  /** @type {{ method: string, path: string, authorization?: string }[]} */
  const requests = []
  /** Pending delays, cleared on close so that nothing outlives the server. */
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set()
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization })
    const answer = () => {
      const jobsPath = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/\d+\/attempts\/\d+\/jobs(\?.*)?$/
      if (!jobsPath.test(req.url ?? '')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}')
        return
      }
      const status = reply.status ?? 200
      const body =
        status === 200
          ? { total_count: reply.jobs?.length ?? 0, jobs: reply.jobs ?? [] }
          : { message: status === 403 ? 'Resource not accessible by integration' : 'error' }
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    }
    if (reply.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer)
        answer()
      }, reply.delayMs)
      timers.add(timer)
    } else answer()
  })
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** @param {JobsReply} next */
    set(next) {
      reply = next
    },
    async close() {
      for (const timer of timers) clearTimeout(timer)
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(() => resolve(undefined)))
    }
  }
}

/**
 * A job as the API lists it while its post steps run: in progress, its steps concluded.
 * @param {{ id?: number, name?: string, runner?: string, failed?: string[], passed?: string[] }} spec
 */
export function runningJob(spec) {
  return {
    id: spec.id ?? 1001,
    name: spec.name ?? 'build',
    status: 'in_progress',
    conclusion: null,
    runner_name: spec.runner ?? 'GitHub Actions 7',
    steps: [
      ...(spec.passed ?? ['Set up job', 'Run actions/checkout@v7']).map((name, i) => ({
        name,
        number: i + 1,
        status: 'completed',
        conclusion: 'success'
      })),
      ...(spec.failed ?? []).map((name, i) => ({
        name,
        number: 10 + i,
        status: 'completed',
        conclusion: 'failure'
      }))
    ]
  }
}
