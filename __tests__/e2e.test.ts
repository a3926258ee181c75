/**
 * The bundle as users run it: dist/index.js in a child process started the way the runner
 * starts it, against the VibeIQ stand-in on 127.0.0.1. ACTION_NODE picks the node binary
 * (.ci/run sets it to Node 24, the runtime action.yml names).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runningJob, startGitHubApiStandIn } from '../harness/github-api.mjs'
import { selfSignedCertificate, startProxy } from '../harness/proxy.mjs'
import { createJob, type StepOptions } from '../harness/runner.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'
import { taskKey } from '../src/action/completion-mark.js'
import { API_KEY, ORG, TASK_ID, TOKEN } from './support/in-process.js'

// child processes and real backoff take longer than the default 5 s
jest.setTimeout(60_000)

const node = process.env['ACTION_NODE'] || process.execPath
const RUN_URL = 'https://github.com/acme/widgets/actions/runs/4242'

let vibeiq: Awaited<ReturnType<typeof startVibeIqStandIn>>
let job: ReturnType<typeof createJob>

beforeAll(() => {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  process.stdout.write(`end-to-end tests run dist/index.js on Node ${version}\n`)
})
beforeEach(async () => {
  vibeiq = await startVibeIqStandIn()
  job = createJob({ event: { inputs: { 'task-id': TASK_ID } } })
})
afterEach(async () => {
  await vibeiq.close()
  job.cleanup()
})

function step(given: Record<string, string>, extra: StepOptions = {}): StepOptions {
  return { node, with: { token: TOKEN, 'api-url': vibeiq.url, ...given }, ...extra }
}

const callbacks = () => vibeiq.requests.filter(r => r.method === 'POST')

describe('callback mode', () => {
  it('sends every field, and sets the outputs and summary', async () => {
    writeFileSync(join(job.workspace, 'build.log'), 'compiling ✓\n::set-env name=X::y\nlinked\n')
    const result = await job.run(
      step({
        status: 'success',
        logs: 'Built 3 styles\n::add-mask::nothing\nÜberprüfung 完了',
        'logs-file': 'build.log',
        output: '{\n  "zip": "https://example.com/a.zip",\n  "count": 3\n}',
        subtext: 'Completed with 90/100 passing'
      })
    )
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(vibeiq.requests).toHaveLength(1)
    const [request] = vibeiq.requests
    expect(request?.method).toBe('POST')
    expect(request?.path).toBe('/external-events/callback/')
    expect(request?.headers['authorization']).toBe(`Bearer ${TOKEN}`)
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.headers['user-agent']).toMatch(/^vibeiq-task-callback\//)
    expect(request?.body).toEqual({
      taskId: TASK_ID,
      status: 'SUCCESS',
      logs: [
        'Built 3 styles',
        '::add-mask::nothing',
        'Überprüfung 完了',
        '==> build.log <==',
        'compiling ✓',
        '::set-env name=X::y',
        'linked'
      ],
      output: {
        githubRun: expect.objectContaining({ url: RUN_URL, job: 'build', runId: '4242' }),
        zip: 'https://example.com/a.zip',
        count: 3
      },
      subtext: 'Completed with 90/100 passing'
    })
    expect(result.outputs).toEqual({
      'task-id': TASK_ID,
      status: 'SUCCESS',
      'http-status': '200',
      attempts: '1',
      response: JSON.stringify({ id: TASK_ID, status: 'COMPLETE' }),
      delivered: 'true',
      outcome: 'accepted',
      body: request?.rawBody
    })
    // the lines from outside did nothing: no mask, no env, no error
    expect(result.masked).toEqual([TOKEN, job.githubToken])
    expect(result.commands.map(c => c.name)).not.toContain('set-env')
    expect(result.summary).toContain('<td>Status sent</td><td>SUCCESS</td>')
    expect(vibeiq.tasks.get(TASK_ID)?.status).toBe('COMPLETE')
  })

  it('keeps a multi-line answer whole in the response output', async () => {
    vibeiq.reply({ status: 200, body: 'line one\nline two ✓\n::error::not a command' })
    const result = await job.run(step({ status: 'SUCCESS' }))
    expect(result.outputs['response']).toBe('line one\nline two ✓\n::error::not a command')
    expect(result.commands.filter(c => c.name === 'error')).toEqual([])
  })

  it('reports FAILURE for a job that failed before this step (status auto)', async () => {
    job.status = 'failure'
    const result = await job.run(step({}))
    expect(result.exitCode).toBe(0)
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE' })
  })

  it('uses the API key headers when there is no token', async () => {
    const result = await job.run(step({ token: '', 'api-key': API_KEY, org: ORG, status: 'SUCCESS' }))
    expect(result.exitCode).toBe(0)
    expect(vibeiq.requests[0]?.headers['x-api-key']).toBe(API_KEY)
    expect(vibeiq.requests[0]?.headers['x-api-org']).toBe(ORG)
    expect(vibeiq.requests[0]?.headers['authorization']).toBeUndefined()
  })
})

describe('faults', () => {
  it('503, 503, then 200: delivered on the third attempt', async () => {
    vibeiq.reply({ status: 503 }, { status: 503, body: { message: 'maintenance' } })
    const result = await job.run(step({ status: 'SUCCESS' }))
    expect(result.exitCode).toBe(0)
    expect(callbacks()).toHaveLength(3)
    expect(result.outputs['attempts']).toBe('3')
    expect(result.stdout).toContain('Attempt 2 failed: HTTP 503 (maintenance).')
  })

  it('429 with Retry-After: waits as asked, then delivers', async () => {
    vibeiq.reply({ status: 429, headers: { 'retry-after': '1' } })
    const result = await job.run(step({ status: 'SUCCESS' }))
    expect(result.exitCode).toBe(0)
    const [first, second] = callbacks()
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950)
    expect(result.stdout).toContain('Retrying in 1.0 s (as Retry-After asked).')
  })

  it('401: not retried, the step fails naming the credentials', async () => {
    vibeiq.reply({ status: 401, body: { message: 'Unauthorized' } })
    const result = await job.run(step({ status: 'SUCCESS' }))
    expect(result.exitCode).toBe(1)
    expect(callbacks()).toHaveLength(1)
    const error = result.commands.find(c => c.name === 'error')?.message
    expect(error).toContain('VibeIQ answered HTTP 401')
    expect(error).toContain('"Unauthorized"')
    expect(result.outputs['delivered']).toBe('false')
  })

  it('a reset connection is retried', async () => {
    vibeiq.reply({ drop: true })
    const result = await job.run(step({ status: 'SUCCESS' }))
    expect(result.exitCode).toBe(0)
    expect(callbacks()).toHaveLength(2)
  })

  it('an IPv6 literal api-url reaches a server listening on ::1', async () => {
    const v6 = await startVibeIqStandIn({ host: '::1' })
    try {
      expect(v6.url).toMatch(/^http:\/\/\[::1\]:\d+\/prod\/api$/)
      const result = await job.run(step({ status: 'SUCCESS', 'api-url': v6.url, 'retry-for': '1' }))
      expect(result.exitCode).toBe(0)
      expect(v6.requests).toMatchObject([{ method: 'POST', body: { taskId: TASK_ID, status: 'SUCCESS' } }])
      expect(v6.requests[0]?.headers['host']).toBe(`[::1]:${v6.port}`)
      expect(result.outputs['outcome']).toBe('accepted')
    } finally {
      await v6.close()
    }
  })

  it('a server that never answers: each attempt ends at the timeout, then the step fails', async () => {
    vibeiq.reply({ hang: true }, { hang: true })
    const result = await job.run(step({ status: 'SUCCESS', timeout: '0.5', retries: '1' }))
    expect(result.exitCode).toBe(1)
    expect(callbacks()).toHaveLength(2)
    expect(result.durationMs).toBeLessThan(10_000)
    expect(result.commands.find(c => c.name === 'error')?.message).toContain('no answer within 0.5 s')
  })
})

describe('the true outcome, exactly once', () => {
  let github: Awaited<ReturnType<typeof startGitHubApiStandIn>>
  beforeEach(async () => {
    github = await startGitHubApiStandIn({ jobs: [runningJob({ failed: ['Run tests'] })] })
    vibeiq.addTask(TASK_ID)
  })
  afterEach(() => github.close())
  const watchStep = () => step({ mode: 'watch' }, { env: { GITHUB_API_URL: github.url } })
  const markFile = () => join(job.runnerTemp, 'vibeiq-task-callback', `completed-${taskKey(TASK_ID)}.json`)

  it('504 after the work was done, then 409: uncertain; the post phase sends the same body once more', async () => {
    const watch = await job.run(watchStep())
    vibeiq.reply({ status: 504, body: '<html>Gateway Timeout</html>', process: true })
    const callback = await job.run(step({ status: 'SUCCESS', logs: 'built' }))
    expect(callback.exitCode).toBe(1)
    expect(callback.outputs).toMatchObject({ outcome: 'uncertain', delivered: 'false', 'http-status': '409' })
    const error = callback.commands.find(c => c.name === 'error')?.message
    expect(error).toMatch(
      /^The SUCCESS callback for task \w+ may or may not have been delivered, so the task may already be complete:/
    )
    expect(error).toContain('VibeIQ answered HTTP 409')
    expect(error).toContain('VibeIQ may have processed it all the same (attempt 1: HTTP 504')
    expect(callback.summary).toContain('uncertain: the task may already be complete')
    expect(callback.summary).toContain('-H &#34;Authorization: Bearer $VIBEIQ_TOKEN&#34;')
    expect(callback.summary).not.toContain(TOKEN)
    const mark = JSON.parse(readFileSync(markFile(), 'utf8')) as Record<string, unknown>
    expect(mark).toMatchObject({
      state: 'uncertain',
      status: 'SUCCESS',
      body: JSON.parse(callback.outputs['body'] ?? '')
    })

    const post = await watch.post() // the job's status is now failure
    expect(post.exitCode).toBe(0)
    expect(post.commands.find(c => c.name === 'warning')?.message).toContain(
      'so it was probably completed earlier: the task may already be complete'
    )
    const sent = callbacks().map(r => r.rawBody)
    expect(sent).toEqual([callback.outputs['body'], callback.outputs['body'], callback.outputs['body']])
    expect(vibeiq.tasks.get(TASK_ID)?.status).toBe('COMPLETE')
  })

  it('a GITHUB_OUTPUT that fails after VibeIQ accepted: the step fails, the post phase sends nothing', async () => {
    const watch = await job.run(watchStep())
    const outputDir = join(job.root, 'output-is-a-directory')
    mkdirSync(outputDir)
    const callback = await job.run(step({ status: 'SUCCESS' }, { env: { GITHUB_OUTPUT: outputDir } }))
    expect(callback.exitCode).toBe(1)
    expect(callback.stdout).toContain(`VibeIQ accepted SUCCESS for task ${TASK_ID}`)
    expect(JSON.parse(readFileSync(markFile(), 'utf8'))).toMatchObject({
      state: 'accepted',
      status: 'SUCCESS'
    })
    const post = await watch.post() // the failed step made the job's status failure
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('was already completed by an earlier step of this job (SUCCESS, HTTP 200)')
    expect(callbacks().map(r => String(r.body.status))).toEqual(['SUCCESS'])
  })

  it('a link planted at the mark path neither redirects the mark nor silences the post phase', async () => {
    const victim = join(job.root, 'victim.json')
    writeFileSync(victim, JSON.stringify({ state: 'accepted', status: 'SUCCESS', at: 'planted' }))
    mkdirSync(join(job.runnerTemp, 'vibeiq-task-callback'))
    symlinkSync(victim, markFile())
    const watch = await job.run(watchStep())
    job.status = 'failure'
    const post = await watch.post()
    expect(post.exitCode).toBe(0)
    expect(callbacks().map(r => String(r.body.status))).toEqual(['FAILURE'])
    expect(readFileSync(victim, 'utf8')).toContain('planted')
    expect(lstatSync(markFile()).isSymbolicLink()).toBe(false)
    expect(JSON.parse(readFileSync(markFile(), 'utf8'))).toMatchObject({
      state: 'accepted',
      status: 'FAILURE'
    })
  })

  it('without RUNNER_TEMP: a warning, and no mark in the shared temporary directory', async () => {
    const shared = join(tmpdir(), 'vibeiq-task-callback', `completed-${taskKey(TASK_ID)}.json`)
    const before = existsSync(shared)
    const callback = await job.run(step({ status: 'SUCCESS' }, { env: { RUNNER_TEMP: '' } }))
    expect(callback.exitCode).toBe(0)
    expect(callback.commands.filter(c => c.name === 'warning').map(c => c.message)).toEqual([
      `RUNNER_TEMP is not set, so nothing records that task ${TASK_ID} is completed: a watch step of this job may send a second callback.`
    ])
    expect(existsSync(shared)).toBe(before)
  })
})

describe('bad input', () => {
  it.each([
    [{ output: '[1]' }, "Input 'output' is an array"],
    [{ mode: 'finish' }, "Input 'mode' is 'finish': expected one of callback, subtext, watch."]
  ])('%j fails the step and the task, with the error in its logs', async (given, message) => {
    const result = await job.run(step(given))
    expect(result.exitCode).toBe(1)
    expect(callbacks()).toHaveLength(1)
    expect(callbacks()[0]?.body).toMatchObject({
      status: 'FAILURE',
      logs: [
        'vibeiq-task-callback: the GitHub step is misconfigured, so the task is failed:',
        expect.stringContaining(message)
      ]
    })
  })

  it.each([
    [{ token: '' }, 'No VibeIQ credentials'],
    [{ 'api-url': 'http://vibeiq.example.com/api' }, 'plain http is refused'],
    [{ 'task-id': 'a/b' }, "Input 'task-id' is 'a/b'"]
  ])('%j fails clearly and sends nothing', async (given, message) => {
    const result = await job.run(step(given))
    expect(result.exitCode).toBe(1)
    expect(result.commands.find(c => c.name === 'error')?.message).toContain(message)
    expect(vibeiq.requests).toEqual([])
  })

  it('no task id anywhere', async () => {
    job.cleanup()
    job = createJob({ eventName: 'push', event: { ref: 'refs/heads/main' } })
    const result = await job.run(step({}))
    expect(result.exitCode).toBe(1)
    expect(result.commands.find(c => c.name === 'error')?.message).toContain(
      "No task id: input 'task-id' is empty and the 'push' event"
    )
  })
})

describe('content that must not lose the callback', () => {
  // A step that hangs is killed here, and then has no exit code.
  const bounded = { timeoutMs: 30_000 }
  const warningsOf = (result: { commands: { name: string; message: string }[] }) =>
    result.commands.filter(c => c.name === 'warning').map(c => c.message)

  it.each([
    [
      'a FIFO',
      (path: string) => execFileSync('mkfifo', [path]),
      'it is a FIFO (named pipe), not a regular file'
    ],
    [
      'a symlink to /dev/zero',
      (path: string) => symlinkSync('/dev/zero', path),
      'it is /dev/zero, under /dev'
    ],
    [
      'a symlink to /dev/urandom',
      (path: string) => symlinkSync('/dev/urandom', path),
      'it is /dev/urandom, under /dev'
    ],
    [
      'a symlink to /proc/self/environ',
      (path: string) => symlinkSync('/proc/self/environ', path),
      'under /proc, which holds'
    ]
  ])('a logs-file that is %s is skipped with a warning naming it', async (_kind, make, reason) => {
    make(join(job.workspace, 'odd.log'))
    writeFileSync(join(job.workspace, 'real.log'), 'BUILD FAILED: tests\n')
    const result = await job.run(step({ status: 'FAILURE', 'logs-file': 'odd.log\nreal.log' }, bounded))
    expect(result.exitCode).toBe(0)
    expect(callbacks()).toHaveLength(1)
    const [warning] = warningsOf(result)
    expect(warning).toContain("logs-file: could not read 'odd.log': ")
    expect(warning).toContain(reason)
    expect(callbacks()[0]?.body.logs).toEqual([
      '==> odd.log <==',
      `[${warning?.replace(/; the callback is sent without it\.$/, '')}]`,
      '==> real.log <==',
      'BUILD FAILED: tests'
    ])
    // nothing of the step's environment went out
    for (const secret of [TOKEN, job.githubToken, 'INPUT_'])
      expect(callbacks()[0]?.rawBody).not.toContain(secret)
  })

  it("watch mode's post phase skips a logs-file that never ends, and sends the outcome", async () => {
    symlinkSync('/dev/zero', join(job.workspace, 'zero.log'))
    const watch = await job.run(step({ mode: 'watch', 'logs-file': 'zero.log' }, bounded))
    expect(watch.exitCode).toBe(0)
    job.status = 'failure'
    const post = await watch.post()
    expect(post.exitCode).toBe(0)
    expect(callbacks()).toHaveLength(1)
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE' })
    expect(warningsOf(post)[0]).toContain("logs-file: could not read 'zero.log': it is /dev/zero")
  })

  const deepOutput = `{"build": ${'['.repeat(2999)}${']'.repeat(2999)}}`
  const depthError = "Input 'output' nests objects and arrays 3000 levels deep: expected at most 64 levels."

  it('an output nested 3,000 levels deep fails the step and sends FAILURE with the reason', async () => {
    const result = await job.run(step({ status: 'SUCCESS', output: deepOutput }, bounded))
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.commands.find(c => c.name === 'error')?.message).toContain(depthError)
    expect(callbacks()).toHaveLength(1)
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE', logs: [expect.any(String), depthError] })
  })

  it('in watch mode too: the main phase fails the job, the post phase fails the task', async () => {
    const watch = await job.run(step({ mode: 'watch', output: deepOutput }, bounded))
    expect(watch.exitCode).toBe(1)
    const post = await watch.post()
    expect(post.exitCode).toBe(1)
    expect(callbacks()).toHaveLength(1)
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE', logs: [expect.any(String), depthError] })
  })

  it('keeps the end of a log file whose last line is longer than the budget', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `step ${i} ok`).join('\n')
    writeFileSync(join(job.workspace, 'build.log'), `${lines}\nBUILD FAILED: ${'x'.repeat(2_000_000)}\n`)
    const result = await job.run(step({ status: 'FAILURE', 'logs-file': 'build.log' }, bounded))
    expect(result.exitCode).toBe(0)
    const logs = callbacks()[0]?.body.logs as string[]
    expect(logs.at(-1)).toMatch(/^BUILD FAILED: x+ \[\.\.\. line cut: \d+ more bytes\]$/)
    expect(logs.at(-2)).toBe('step 49999 ok')
    expect(Buffer.byteLength(JSON.stringify(logs))).toBeLessThanOrEqual(262_144)
  })

  it('bounds the logs as sent, control characters included', async () => {
    writeFileSync(
      join(job.workspace, 'colour.log'),
      `\u001b[31m${'\u0001'.repeat(200)}\u001b[0m\n`.repeat(5000)
    )
    const result = await job.run(
      step({ status: 'SUCCESS', 'logs-file': 'colour.log', 'max-log-bytes': '65536' })
    )
    expect(result.exitCode).toBe(0)
    expect(Buffer.byteLength(JSON.stringify(callbacks()[0]?.body.logs))).toBeLessThanOrEqual(65_536)
  })
})

describe('subtext mode', () => {
  it('PUTs the subtext', async () => {
    const result = await job.run(step({ mode: 'subtext', subtext: 'Tests: 40/100' }))
    expect(result.exitCode).toBe(0)
    expect(vibeiq.requests).toMatchObject([
      { method: 'PUT', path: `/event-workflow-tasks/${TASK_ID}`, body: { subtext: 'Tests: 40/100' } }
    ])
  })
})

describe('watch mode, main then post as the runner runs them', () => {
  let github: Awaited<ReturnType<typeof startGitHubApiStandIn>>
  beforeEach(async () => {
    github = await startGitHubApiStandIn({ jobs: [runningJob({ failed: ['Run tests'] })] })
  })
  afterEach(() => github.close())
  const watchStep = () => step({ mode: 'watch' }, { env: { GITHUB_API_URL: github.url } })

  it.each([
    ['success', 'SUCCESS', 'GitHub job succeeded'],
    ['failure', 'FAILURE', 'GitHub job failed'],
    ['cancelled', 'FAILURE', 'GitHub job was cancelled']
  ])('a job that ends in %s sends one %s callback', async (ending, status, subtext) => {
    const watch = await job.run(watchStep())
    expect(watch.exitCode).toBe(0)
    expect(watch.state).toEqual({
      isPost: 'true',
      watching: 'true',
      progressPid: expect.stringMatching(/^\d+$/),
      progressDirectory: expect.stringContaining(job.runnerTemp)
    })
    job.status = ending // the job's later steps ended like this
    const post = await watch.post()
    expect(post.exitCode).toBe(0)
    expect(vibeiq.requests.map(r => r.method)).toEqual(['PUT', 'POST'])
    expect(callbacks()[0]?.body).toMatchObject({ status, subtext })
    if (ending === 'failure') {
      expect(callbacks()[0]?.body.logs).toContain('Failed step: Run tests')
      expect(callbacks()[0]?.body.output.githubRun.failedSteps).toEqual(['Run tests'])
    }
  })

  it.each([
    ['success', 'SUCCESS'],
    ['failure', 'FAILURE']
  ])('with an explicit callback step (%s) as well, still one callback', async (explicit, status) => {
    const watch = await job.run(watchStep())
    const callback = await job.run(step({ status: explicit, subtext: 'explicit' }))
    expect(callback.exitCode).toBe(0)
    job.status = 'failure'
    const post = await watch.post()
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('was already completed by an earlier step of this job')
    expect(callbacks()).toHaveLength(1)
    expect(callbacks()[0]?.body).toMatchObject({ status, subtext: 'explicit' })
  })

  it('reads logs and JUnit reports the job wrote after the watch step, when the job ends', async () => {
    const watch = await job.run(
      step(
        { mode: 'watch', 'logs-file': 'logs/*.log', 'junit-files': 'reports/**/*.xml' },
        { env: { GITHUB_API_URL: github.url } }
      )
    )
    expect(watch.exitCode).toBe(0)
    // the job's test step writes these after the watch step ran
    mkdirSync(join(job.workspace, 'logs'))
    mkdirSync(join(job.workspace, 'reports', 'unit'), { recursive: true })
    writeFileSync(join(job.workspace, 'logs', 'test.log'), 'running 6 tests\n')
    copyFileSync('__tests__/fixtures/junit/pytest.xml', join(job.workspace, 'reports', 'unit', 'pytest.xml'))
    job.status = 'failure'
    const post = await watch.post()
    expect(post.exitCode).toBe(0)
    expect(post.outputs).toMatchObject({ 'tests-total': '6', 'tests-failed': '2' })
    expect(callbacks()[0]?.body).toMatchObject({
      status: 'FAILURE',
      subtext: 'Completed with 2/6 passing, 1 failed, 1 errored, 2 skipped',
      output: { tests: { total: 6, passed: 2, failed: 1, errored: 1, skipped: 2, reports: 1 } }
    })
    expect(callbacks()[0]?.body.logs).toEqual([
      `GitHub job 'build' failed: ${RUN_URL}`,
      'Failed step: Run tests',
      'Tests: 2/6 passing, 1 failed, 1 errored, 2 skipped (1 report)',
      'FAILED test_sample > test_fails: AssertionError: expected 3 colourways',
      'ERROR test_sample > test_errors_in_fixture: failed on setup with "RuntimeError: database unavailable"',
      '==> logs/test.log <==',
      'running 6 tests'
    ])
  })

  it('an explicit callback that was not delivered does not stop the post phase', async () => {
    const watch = await job.run(watchStep())
    vibeiq.reply({ status: 401 })
    const callback = await job.run(step({ status: 'SUCCESS' }))
    expect(callback.exitCode).toBe(1) // which makes the job's status failure
    const post = await watch.post()
    expect(post.exitCode).toBe(0)
    expect(callbacks().map(r => String(r.body.status))).toEqual(['SUCCESS', 'FAILURE'])
  })
})

describe('through a proxy', () => {
  const hostname = 'vibeiq.test'
  let tls: ReturnType<typeof selfSignedCertificate>
  let secure: Awaited<ReturnType<typeof startVibeIqStandIn>>
  let proxy: Awaited<ReturnType<typeof startProxy>>
  beforeAll(async () => {
    tls = selfSignedCertificate(hostname)
    secure = await startVibeIqStandIn({ tls, hostname })
    proxy = await startProxy(secure.port)
  })
  afterAll(async () => {
    await proxy.close()
    await secure.close()
  })

  it('goes through HTTPS_PROXY', async () => {
    const result = await job.run({
      node,
      with: { token: TOKEN, 'api-url': secure.url, status: 'SUCCESS' },
      env: { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: tls.certFile }
    })
    expect(result.exitCode).toBe(0)
    expect(proxy.connects).toEqual([`${hostname}:443`])
    expect(secure.requests[0]?.body).toMatchObject({ taskId: TASK_ID, status: 'SUCCESS' })
  })

  it('through the proxy too, a server that never answers cannot hold the step', async () => {
    secure.reply({ hang: true }, { hang: true })
    const result = await job.run({
      node,
      with: { token: TOKEN, 'api-url': secure.url, status: 'SUCCESS', timeout: '0.5', retries: '1' },
      env: { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: tls.certFile }
    })
    expect(result.exitCode).toBe(1)
    expect(result.durationMs).toBeLessThan(10_000)
    expect(result.commands.find(c => c.name === 'error')?.message).toContain('no answer within 0.5 s')
  })

  it('the timeout holds through the proxy against a server that trickles its headers', async () => {
    secure.reply({ trickleMs: 20_000 }, { trickleMs: 20_000 })
    const before = secure.requests.length
    const result = await job.run({
      node,
      with: { token: TOKEN, 'api-url': secure.url, status: 'SUCCESS', timeout: '0.5', retries: '1' },
      env: { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: tls.certFile }
    })
    expect(result.exitCode).toBe(1)
    expect(secure.requests.length - before).toBe(2)
    // without the tunnels destroyed at the deadline, the step lives as long as the trickle (20 s)
    expect(result.durationMs).toBeLessThan(10_000)
    expect(result.outputs['outcome']).toBe('uncertain')
    expect(result.commands.find(c => c.name === 'error')?.message).toContain(
      'the last: no answer within 0.5 s'
    )
  })

  it('honours NO_PROXY', async () => {
    const before = proxy.connects.length
    const result = await job.run({
      node,
      with: { token: TOKEN, 'api-url': secure.url, status: 'SUCCESS', retries: '0' },
      env: { HTTPS_PROXY: proxy.url, NO_PROXY: `example.com,${hostname}`, NODE_EXTRA_CA_CERTS: tls.certFile }
    })
    // straight to vibeiq.test, which only the proxy knows: the lookup fails
    expect(result.exitCode).toBe(1)
    expect(proxy.connects.length).toBe(before)
    expect(result.commands.find(c => c.name === 'error')?.message).toMatch(/ENOTFOUND|EAI_AGAIN/)
  })
})
