// A local stand-in for the GitHub REST endpoints this project uses: the jobs of a run attempt
// and one job by its id, which the action reads (the job with an ETag, answering 304 when
// If-None-Match names it), and the workflow dispatch that examples/dispatch-workflow.ts sends.
// Point GITHUB_API_URL (or the dispatch's apiUrl) at `url`. A test moves a job through its
// steps with set() and stepsJob(). Used by the tests and the demo; never bundled.
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'

/**
 * @typedef {object} Reply
 * @property {number} [status] the answer for jobs, 200 by default
 * @property {Array<{ id: number }>} [jobs] the run attempt's jobs
 * @property {Record<string, string>} [headers] sent with an answer for jobs that is not 200
 *   (a rate limit's x-ratelimit-remaining, retry-after)
 * @property {number} [delayMs]
 * @property {DispatchSetup} [dispatch] without it, every dispatch gets 404
 * @property {string} [jobBody] the raw body of every 200 answer for one job, whatever the job
 *   (`null`, a job whose steps are not a list, text that is not JSON)
 */

/**
 * How `POST /repos/{owner}/{repo}/actions/workflows/{file}/dispatches` is answered, as GitHub
 * does: 401 for any token but `token`; 404 for another repository or an unknown workflow file;
 * 422 for an input the workflow does not declare, a required one missing, or an unknown ref;
 * otherwise a run starts, answered 200 with its details when asked (`return_run_details`),
 * else 204.
 * @typedef {object} DispatchSetup
 * @property {string} token the one token that may dispatch
 * @property {string} [repository] 'acme/widgets' by default
 * @property {Record<string, Record<string, { required?: boolean }>>} workflows each workflow
 *   file's `on.workflow_dispatch.inputs`
 * @property {string[]} [refs] the branches and tags, ['main'] by default
 * @property {boolean} [withoutRunDetails] answer 204 even when asked for details, as GitHub
 *   did before February 2026
 * @property {{ status: number, message: string, headers?: Record<string, string> }} [refuse]
 *   answer every dispatch with this error (a token without permission, a rate limit...)
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path
 * @property {string} [authorization]
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {any} body parsed JSON, or undefined
 * @property {number} [status] the status it was answered with, once answered
 */

/**
 * A run the stand-in started, with the workflow_dispatch event GitHub would deliver to it.
 * @typedef {{ id: number, event: { inputs: Record<string, unknown>, ref: string, workflow: string } }} StartedRun
 */

const JOBS = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/\d+\/attempts\/\d+\/jobs(\?.*)?$/
const JOB = /^\/repos\/[^/]+\/[^/]+\/actions\/jobs\/(\d+)$/
const DISPATCH = /^\/repos\/([^/]+\/[^/]+)\/actions\/workflows\/([^/]+)\/dispatches$/
const FIRST_RUN_ID = 4242

/** @param {Reply} [initial] */
export async function startGitHubApiStandIn(initial = {}) {
  /** @type {Reply} */
  let reply = initial
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {StartedRun[]} */
  const startedRuns = []
  /** Pending delays, cleared on close so that nothing outlives the server. */
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set()
  let url = ''

  /** @type {RecordedRequest | undefined} the request being answered */
  let answering
  /** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} [body] */
  const send = (res, status, body, headers = {}) => {
    if (answering) answering.status = status
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(body === undefined ? undefined : JSON.stringify(body))
  }

  /** @param {RecordedRequest} request @param {import('node:http').ServerResponse} res */
  const answerDispatch = (request, res) => {
    const [, repository = '', file = ''] = DISPATCH.exec(request.path) ?? []
    const setup = reply.dispatch
    if (!setup) return send(res, 404, { message: 'Not Found' })
    if (request.authorization !== `Bearer ${setup.token}`)
      return send(res, 401, { message: 'Bad credentials' })
    if (setup.refuse)
      return send(res, setup.refuse.status, { message: setup.refuse.message }, setup.refuse.headers)
    const declared = setup.workflows[decodeURIComponent(file)]
    if (repository !== (setup.repository ?? 'acme/widgets') || !declared)
      return send(res, 404, { message: 'Not Found' })
    const { ref, inputs = {}, return_run_details: wantsDetails } = request.body ?? {}
    if (!(setup.refs ?? ['main']).includes(ref))
      return send(res, 422, { message: `No ref found for: ${ref}` })
    const unexpected = Object.keys(inputs).filter(name => !(name in declared))
    if (unexpected.length)
      return send(res, 422, { message: `Unexpected inputs provided: ${JSON.stringify(unexpected)}` })
    const missing = Object.keys(declared).find(name => declared[name]?.required && !(name in inputs))
    if (missing) return send(res, 422, { message: `Required input '${missing}' not provided` })
    const id = FIRST_RUN_ID + startedRuns.length
    startedRuns.push({
      id,
      event: { inputs, ref: `refs/heads/${ref}`, workflow: `.github/workflows/${file}` }
    })
    if (!wantsDetails || setup.withoutRunDetails) return send(res, 204)
    send(res, 200, {
      workflow_run_id: id,
      run_url: `${url}/repos/${repository}/actions/runs/${id}`,
      html_url: `https://github.com/${repository}/actions/runs/${id}`
    })
  }

  /**
   * One job, as GitHub answers it: with an ETag, and 304 with no body to a request whose
   * If-None-Match names the job as it still is.
   * @param {RecordedRequest} request @param {import('node:http').ServerResponse} res @param {number} id
   */
  const answerJob = (request, res, id) => {
    if (reply.jobBody !== undefined && (reply.status ?? 200) === 200) {
      if (answering) answering.status = 200
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(reply.jobBody)
    }
    const job = reply.jobs?.find(candidate => candidate.id === id)
    if ((reply.status ?? 200) !== 200 || !job) return answerJobs(request, res)
    const etag = `W/"${createHash('sha256').update(JSON.stringify(job)).digest('hex').slice(0, 32)}"`
    if (request.headers['if-none-match'] === etag) return send(res, 304, undefined, { etag })
    send(res, 200, job, { etag })
  }

  /** @param {RecordedRequest} request @param {import('node:http').ServerResponse} res */
  const answerJobs = (request, res) => {
    if (!JOBS.test(request.path) && !JOB.test(request.path)) return send(res, 404, { message: 'Not Found' })
    const status = reply.status ?? 200
    const body =
      status === 200
        ? { total_count: reply.jobs?.length ?? 0, jobs: reply.jobs ?? [] }
        : { message: status === 403 ? 'Resource not accessible by integration' : 'error' }
    send(res, status, body, status === 200 ? {} : reply.headers)
  }

  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      /** @type {RecordedRequest} */
      const request = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        headers: req.headers,
        body: text ? JSON.parse(text) : undefined
      }
      requests.push(request)
      const answer = () => {
        answering = request
        const jobId = JOB.exec(request.path)?.[1]
        if (request.method === 'POST' && DISPATCH.test(request.path)) answerDispatch(request, res)
        else if (jobId) answerJob(request, res, Number(jobId))
        else answerJobs(request, res)
        answering = undefined
      }
      if (reply.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer)
          answer()
        }, reply.delayMs)
        timers.add(timer)
      } else answer()
    })
  })
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  url = `http://127.0.0.1:${port}`
  return {
    url,
    requests,
    /** The runs that dispatches started, each with the event its workflow would see. */
    startedRuns,
    /** @param {Reply} next */
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

/**
 * A job in progress on this runner, at step `running` (0-based) of `steps`: the steps before it
 * completed, the later ones queued. `completed` ends the job (all its steps done).
 * @param {{ id?: number, runner?: string, steps: string[], running?: number, completed?: boolean, startedAt?: Date }} spec
 *   `startedAt`: when the running step started, now by default (given to the second, as GitHub does)
 */
export function stepsJob(spec) {
  const running = spec.completed ? spec.steps.length : (spec.running ?? 0)
  const second = (/** @type {Date} */ date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return {
    id: spec.id ?? 1001,
    name: 'build',
    status: spec.completed ? 'completed' : 'in_progress',
    conclusion: spec.completed ? 'success' : null,
    runner_name: spec.runner ?? 'GitHub Actions 7',
    steps: spec.steps.map((name, i) => ({
      name,
      number: i + 1,
      status: i < running ? 'completed' : i === running ? 'in_progress' : 'queued',
      conclusion: i < running ? 'success' : null,
      started_at:
        i < running ? '2026-11-29T12:00:00Z' : i === running ? second(spec.startedAt ?? new Date()) : null
    }))
  }
}
