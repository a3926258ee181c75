import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createJob } from '../harness/runner.mjs'
import { selfSignedCertificate } from '../harness/proxy.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'
import { taskKey } from '../src/action/completion-mark.js'
import {
  API,
  API_KEY,
  FAKE_NOW,
  freshJobEachTest,
  ORG,
  runInProcess,
  TASK_ID,
  TOKEN
} from './support/in-process.js'
import { CALLBACK, interceptOnce, subtextPath, type Sent } from './support/vibeiq-nock.js'

/** Intercepts one callback and keeps what was sent. */
const expectCallback = (status = 200, reply: object = { id: TASK_ID, status: 'COMPLETE' }): Sent[] =>
  interceptOnce('post', CALLBACK, status, reply)

const job = freshJobEachTest()
const base = { 'task-id': TASK_ID, token: TOKEN, 'api-url': API }

describe('callback mode', () => {
  it('posts every field to the callback endpoint with a bearer token and sets the outputs', async () => {
    const sent = expectCallback()
    const result = await runInProcess(job(), {
      with: {
        ...base,
        status: 'success',
        logs: 'line one\nline two',
        output: '{"zipFileLocation": "https://example.com/build.zip"}',
        subtext: 'Completed with 90/100 passing'
      }
    })
    expect(result.exitCode).toBe(0)
    expect(sent).toHaveLength(1)
    const [{ body, headers }] = sent as [Sent]
    expect(headers['authorization']).toBe(`Bearer ${TOKEN}`)
    expect(headers['content-type']).toBe('application/json')
    expect(headers['x-api-key']).toBeUndefined()
    expect(body).toEqual({
      taskId: TASK_ID,
      status: 'SUCCESS',
      logs: ['line one', 'line two'],
      output: {
        githubRun: {
          url: 'https://github.com/acme/widgets/actions/runs/4242',
          repository: 'acme/widgets',
          workflow: 'Build for VibeIQ',
          job: 'build',
          runId: '4242',
          runAttempt: '1',
          sha: '0123456789abcdef0123456789abcdef01234567',
          ref: 'refs/heads/main',
          eventName: 'workflow_dispatch',
          actor: 'octocat'
        },
        zipFileLocation: 'https://example.com/build.zip'
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
      body: JSON.stringify(body)
    })
    expect(result.summary).toContain('<td>Task id</td><td>rbGtiz4rUX8JNJZv</td>')
    expect(result.summary).toContain('<td>Outcome</td><td>accepted</td>')
    expect(result.summary).not.toContain('Complete the task by hand')
    expect(result.summary).toContain('<td>Status sent</td><td>SUCCESS</td>')
    expect(result.summary).toContain('<td>Attempts</td><td>1</td>')
    expect(result.summary).toContain('https://github.com/acme/widgets/actions/runs/4242')
  })

  it('leaves out logs, output and subtext when there is nothing to send', async () => {
    const sent = expectCallback()
    await runInProcess(job(), { with: { ...base, status: 'FAILURE', 'include-run-info': 'false' } })
    expect(sent[0]?.body).toEqual({ taskId: TASK_ID, status: 'FAILURE' })
  })

  it('uses X-Api-Key and X-Api-Org when no token is configured', async () => {
    const sent = expectCallback()
    const result = await runInProcess(job(), {
      with: { 'task-id': TASK_ID, 'api-url': API, status: 'SUCCESS' },
      env: { VIBEIQ_API_KEY: API_KEY, VIBEIQ_ORG_SLUG: ORG }
    })
    expect(result.exitCode).toBe(0)
    expect(sent[0]?.headers['x-api-key']).toBe(API_KEY)
    expect(sent[0]?.headers['x-api-org']).toBe(ORG)
    expect(sent[0]?.headers['authorization']).toBeUndefined()
  })

  it('takes the token from VIBEIQ_TOKEN', async () => {
    const sent = expectCallback()
    await runInProcess(job(), {
      with: { 'task-id': TASK_ID, 'api-url': API, status: 'SUCCESS' },
      env: { VIBEIQ_TOKEN: TOKEN }
    })
    expect(sent[0]?.headers['authorization']).toBe(`Bearer ${TOKEN}`)
  })

  it.each([
    ['workflow_dispatch', { inputs: { 'task-id': TASK_ID } }],
    ['workflow_dispatch', { inputs: { taskId: TASK_ID } }],
    ['workflow_dispatch', { inputs: { task_id: TASK_ID } }],
    ['repository_dispatch', { client_payload: { taskId: TASK_ID } }],
    ['repository_dispatch', { client_payload: { 'task-id': TASK_ID } }],
    ['repository_dispatch', { client_payload: { task_id: TASK_ID } }]
  ])('reads the task id from a %s event: %j', async (eventName, event) => {
    const dispatched = createJob({ eventName, event })
    const sent = expectCallback()
    const result = await runInProcess(dispatched, {
      with: { token: TOKEN, 'api-url': API, status: 'SUCCESS' }
    })
    dispatched.cleanup()
    expect(result.exitCode).toBe(0)
    expect(sent[0]?.body['taskId']).toBe(TASK_ID)
  })

  describe('status', () => {
    it.each([
      ['SUCCESS', 'success', 'SUCCESS'],
      ['success', 'failure', 'SUCCESS'],
      ['Failure', 'success', 'FAILURE'],
      ['failure', 'success', 'FAILURE'],
      ['cancelled', 'success', 'FAILURE'],
      ['auto', 'success', 'SUCCESS'],
      ['auto', 'failure', 'FAILURE'],
      ['auto', 'cancelled', 'FAILURE']
    ])('status %s with job status %s sends %s', async (status, jobStatus, expected) => {
      const sent = expectCallback()
      const result = await runInProcess(job(), { with: { ...base, status, 'job-status': jobStatus } })
      expect(sent[0]?.body['status']).toBe(expected)
      expect(result.outputs['status']).toBe(expected)
    })

    it('auto fails the task when a needed job failed, and logs each needed job', async () => {
      const sent = expectCallback()
      const needs = JSON.stringify({
        build: { result: 'success', outputs: {} },
        test: { result: 'failure', outputs: {} },
        docs: { result: 'skipped', outputs: {} }
      })
      await runInProcess(job(), { with: { ...base, needs } })
      expect(sent[0]?.body['status']).toBe('FAILURE')
      expect(sent[0]?.body['logs']).toEqual([
        "Needed job 'build': success",
        "Needed job 'test': failure",
        "Needed job 'docs': skipped",
        "vibeiq-task-callback: FAILURE because needed job 'test' failure."
      ])
    })
  })

  describe('logs', () => {
    it('appends log files after the logs input in pattern order, each after a line naming it, and warns on a missing one', async () => {
      writeFileSync(join(job().workspace, 'a.log'), 'alpha 1\r\nalpha 2\n')
      writeFileSync(join(job().workspace, 'b.log'), 'beta 1')
      const sent = expectCallback()
      const result = await runInProcess(job(), {
        with: { ...base, status: 'SUCCESS', logs: 'first', 'logs-file': 'a.log\nmissing.log\n*.log' }
      })
      expect(result.exitCode).toBe(0)
      expect(sent[0]?.body['logs']).toEqual([
        'first',
        '==> a.log <==',
        'alpha 1',
        'alpha 2',
        "[logs-file: no file matches 'missing.log']",
        '==> b.log <==',
        'beta 1'
      ])
      expect(result.warnings).toEqual([
        "logs-file: no file matches 'missing.log'; the callback is sent without it."
      ])
    })

    it('replaces the token and API key with *** in logs, output and subtext', async () => {
      writeFileSync(join(job().workspace, 'secret.log'), `curl -H "X-Api-Key: ${API_KEY}"\n`)
      const sent = expectCallback()
      await runInProcess(job(), {
        with: {
          ...base,
          'api-key': API_KEY,
          org: ORG,
          status: 'SUCCESS',
          logs: `token=${TOKEN}`,
          'logs-file': 'secret.log',
          output: JSON.stringify({ leaked: TOKEN, [API_KEY]: 1 }),
          subtext: `done ${TOKEN}`,
          'include-run-info': 'false'
        }
      })
      const body = JSON.stringify(sent[0]?.body)
      expect(body).not.toContain(TOKEN)
      expect(body).not.toContain(API_KEY)
      expect(sent[0]?.body).toEqual({
        taskId: TASK_ID,
        status: 'SUCCESS',
        logs: ['token=***', '==> secret.log <==', 'curl -H "X-Api-Key: ***"'],
        output: { leaked: '***', '***': 1 },
        subtext: 'done ***'
      })
    })

    it('keeps the head and tail within max-log-bytes, says what was left out, and links the run', async () => {
      const lines = Array.from({ length: 2000 }, (_, i) => `line ${i} ✓ ${'x'.repeat(40)}`)
      writeFileSync(join(job().workspace, 'big.log'), lines.join('\n'))
      const sent = expectCallback()
      await runInProcess(job(), {
        with: { ...base, status: 'SUCCESS', 'logs-file': 'big.log', 'max-log-bytes': '4096' }
      })
      const logs = sent[0]?.body['logs'] as string[]
      const bytes = logs.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0)
      expect(bytes).toBeLessThanOrEqual(4096)
      expect(logs[0]).toBe('==> big.log <==')
      expect(logs[1]).toBe(lines[0])
      expect(logs.at(-1)).toBe(lines.at(-1))
      const marker = logs.find(l => l.startsWith('[...'))
      expect(marker).toMatch(
        /^\[\.\.\. \d+ lines \(\d+ bytes\) left out to stay within max-log-bytes; the full log is in the GitHub run: https:\/\/github\.com\/acme\/widgets\/actions\/runs\/4242 \.\.\.\]$/
      )
      const kept = logs.filter(l => l.startsWith('line ')).length
      expect(Number(/(\d+) lines/.exec(marker ?? '')?.[1])).toBe(2000 - kept)
    })
    it('a pattern through .. is a path like any other: one that matches nothing is a warning and a log line', async () => {
      const sent = expectCallback()
      const result = await runInProcess(job(), {
        with: { ...base, status: 'SUCCESS', 'logs-file': 'logs/../*.log' }
      })
      expect(result.exitCode).toBe(0)
      expect(result.warnings[0]).toBe(
        "logs-file: no file matches 'logs/../*.log'; the callback is sent without it."
      )
      expect((sent[0]?.body['logs'] as string[])[0]).toBe("[logs-file: no file matches 'logs/../*.log']")
    })

    it('a RUNNER_TEMP that cannot hold the completion mark is a warning once the callback is delivered', async () => {
      const notADirectory = join(job().root, 'not-a-directory')
      writeFileSync(notADirectory, '')
      expectCallback()
      const result = await runInProcess(job(), {
        with: { ...base, status: 'SUCCESS' },
        env: { RUNNER_TEMP: notADirectory }
      })
      expect(result.exitCode).toBe(0)
      expect(result.outputs['delivered']).toBe('true')
      expect(result.warnings[0]).toContain(
        `Could not record in RUNNER_TEMP that task ${TASK_ID} is completed`
      )
    })
  })

  describe('faults', () => {
    it('retries 503 twice, then succeeds on the third attempt with backoff', async () => {
      const scope = nock('https://api.vibeiq.test')
        .post(CALLBACK)
        .times(2)
        .reply(503, { message: 'busy' })
        .post(CALLBACK)
        .reply(200, { ok: true })
      const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
      expect(scope.isDone()).toBe(true)
      expect(result.exitCode).toBe(0)
      expect(result.outputs['attempts']).toBe('3')
      expect(result.outputs['delivered']).toBe('true')
      // full jitter with random() = 0.5: half of 1 s, then half of 2 s
      expect(result.delays).toEqual([500, 1000])
      expect(result.stdout).toContain('Attempt 1 failed: HTTP 503 (busy). Retrying in 0.5 s.')
      expect(result.outputs['outcome']).toBe('accepted')
    })

    it.each([408, 429, 500, 501, 502, 503, 504, 507, 520, 524])('retries HTTP %i', async status => {
      const scope = nock('https://api.vibeiq.test').post(CALLBACK).reply(status).post(CALLBACK).reply(200)
      const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
      expect(scope.isDone()).toBe(true)
      expect(result.outputs['attempts']).toBe('2')
    })

    it('honours Retry-After in seconds and as an HTTP date, on the clock of the run', async () => {
      // the fake clock starts at 12:00:00 and stands at 12:00:03 when the second answer comes
      expect(new Date(FAKE_NOW).toUTCString()).toBe('Sun, 29 Nov 2026 12:00:00 GMT')
      nock('https://api.vibeiq.test')
        .post(CALLBACK)
        .reply(429, { message: 'slow down' }, { 'Retry-After': '3' })
        .post(CALLBACK)
        .reply(429, {}, { 'Retry-After': 'Sun, 29 Nov 2026 12:00:10 GMT' })
        .post(CALLBACK)
        .reply(200)
      const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
      expect(result.exitCode).toBe(0)
      expect(result.delays).toEqual([3000, 7000])
      expect(result.stdout).toContain('Retrying in 7.0 s (as Retry-After asked).')
    })

    it.each(['-5', 'soon 12', 'Sun, 29 Nov 2026 11:00:00 GMT'])(
      'ignores Retry-After: %s (not a wait, nor a date in the future) and backs off instead',
      async retryAfter => {
        nock('https://api.vibeiq.test')
          .post(CALLBACK)
          .reply(503, {}, { 'Retry-After': retryAfter })
          .post(CALLBACK)
          .reply(200)
        const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
        expect(result.exitCode).toBe(0)
        expect(result.delays).toEqual([500]) // full jitter with random() = 0.5: half of 1 s
      }
    )

    it('keeps trying through an outage for retry-for (300 s by default), then gives up', async () => {
      let received = 0
      nock('https://api.vibeiq.test')
        .post(CALLBACK)
        .times(40)
        .reply(() => [503, String(++received)])
      const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
      const attempts = Number(result.outputs['attempts'])
      expect(received).toBe(attempts)
      expect(attempts).toBe(result.delays.length + 1)
      // the waits (the clock of the run moves only with them) end exactly when retry-for does
      expect(result.delays.reduce((a, b) => a + b, 0)).toBe(300_000)
      expect(result.delays.slice(0, 6)).toEqual([500, 1000, 2000, 4000, 8000, 15000])
      expect(result.errors[0]).toContain(`gave up after ${attempts} attempts in 300.0 s (retry-for: 300 s)`)
    })

    it('retry-for 0 makes a single attempt', async () => {
      const scope = nock('https://api.vibeiq.test').post(CALLBACK).times(2).reply(502)
      const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS', 'retry-for': '0' } })
      expect(result.outputs['attempts']).toBe('1')
      expect(scope.pendingMocks()).toHaveLength(1)
      expect(result.delays).toEqual([])
    })

    it('does not retry 401: fails naming the credentials and quoting the server', async () => {
      const scope = nock('https://api.vibeiq.test').post(CALLBACK).reply(401, { message: 'Invalid token' })
      const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
      expect(scope.isDone()).toBe(true)
      expect(result.exitCode).toBe(1)
      expect(result.outputs['attempts']).toBe('1')
      expect(result.outputs['http-status']).toBe('401')
      expect(result.outputs['delivered']).toBe('false')
      expect(result.errors[0]).toContain('VibeIQ answered HTTP 401')
      expect(result.errors[0]).toContain('check the token, or the API key and org slug')
      expect(result.errors[0]).toContain('"Invalid token"')
    })

    it('does not retry 404, and names the task id and org', async () => {
      nock('https://api.vibeiq.test').post(CALLBACK).reply(404, 'Not Found')
      const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
      expect(result.outputs['attempts']).toBe('1')
      expect(result.errors[0]).toContain('check the task id and the org')
    })

    it('does not follow a redirect', async () => {
      const scope = nock('https://api.vibeiq.test')
        .post(CALLBACK)
        .reply(302, '', { Location: 'https://elsewhere.test/steal' })
      const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
      expect(scope.isDone()).toBe(true)
      expect(result.exitCode).toBe(1)
      expect(result.errors[0]).toContain('HTTP 302 to https://elsewhere.test/steal')
      expect(result.errors[0]).toContain('not followed')
    })

    describe('against a real server on 127.0.0.1', () => {
      let vibeiq: Awaited<ReturnType<typeof startVibeIqStandIn>>
      beforeEach(async () => {
        nock.enableNetConnect(host => host.startsWith('127.0.0.1') || host.startsWith('localhost'))
        vibeiq = await startVibeIqStandIn()
      })
      afterEach(() => vibeiq.close())
      const local = () => ({ ...base, 'api-url': vibeiq.url, status: 'SUCCESS' })

      it('retries a reset connection', async () => {
        vibeiq.reply({ drop: true })
        const result = await runInProcess(job(), { with: local() })
        expect(result.exitCode).toBe(0)
        expect(result.outputs['attempts']).toBe('2')
        expect(vibeiq.requests).toHaveLength(2)
        expect(result.stdout).toMatch(/Attempt 1 failed: .*ECONNRESET/)
      })

      it('bounds each attempt by timeout when the server never answers, then retries', async () => {
        vibeiq.reply({ hang: true }, { hang: true })
        const started = Date.now()
        const result = await runInProcess(job(), { with: { ...local(), timeout: '0.3' } })
        expect(Date.now() - started).toBeLessThan(5000)
        expect(result.exitCode).toBe(0)
        expect(result.outputs['attempts']).toBe('3')
        expect(result.stdout).toContain('Attempt 1 failed: no answer within 0.3 s.')
      })

      it('fails after its retries when the server never answers', async () => {
        vibeiq.reply({ hang: true }, { hang: true })
        const result = await runInProcess(job(), { with: { ...local(), timeout: '0.2', retries: '1' } })
        expect(result.exitCode).toBe(1)
        expect(result.outputs['delivered']).toBe('false')
        expect(result.outputs['outcome']).toBe('uncertain')
        expect(result.errors[0]).toContain(
          'gave up after 2 attempts in 0.5 s (retries: 1); the last: no answer within 0.2 s'
        )
        expect(result.errors[0]).toContain('so the task may already be complete')
      })

      it('a 4xx after a lost answer is uncertain: the task may already be complete', async () => {
        vibeiq.reply({ drop: true }, { status: 409, body: { message: 'Task is not awaiting' } })
        const result = await runInProcess(job(), { with: local() })
        expect(result.exitCode).toBe(1)
        expect(result.outputs['outcome']).toBe('uncertain')
        expect(result.errors[0]).toContain('"Task is not awaiting"')
        expect(result.errors[0]).toContain('so the task may already be complete')
        expect(result.errors[0]).toMatch(
          /VibeIQ may have processed it all the same \(attempt 1: .*ECONNRESET/
        )
      })

      it('a 2xx whose body stalls past timeout is accepted: the status is the answer', async () => {
        vibeiq.reply({ status: 200, body: { id: TASK_ID, status: 'COMPLETE' }, stallBody: true })
        const result = await runInProcess(job(), { with: { ...local(), timeout: '0.3' } })
        expect(result.exitCode).toBe(0)
        expect(vibeiq.requests).toHaveLength(1)
        expect(result.outputs).toMatchObject({ outcome: 'accepted', delivered: 'true', 'http-status': '200' })
        expect(result.outputs['response']).toBe('{"id":"rbGtiz4rUX8JNJZv') // half of it
      })

      it('refused when no attempt reached VibeIQ: the task is still waiting', async () => {
        await vibeiq.close()
        const result = await runInProcess(job(), { with: { ...local(), retries: '1' } })
        expect(result.outputs['outcome']).toBe('refused')
        expect(result.errors[0]).toContain('was not delivered')
        expect(result.errors[0]).not.toContain('may already be complete')
        vibeiq = await startVibeIqStandIn()
      })

      it('retries a refused connection', async () => {
        await vibeiq.close()
        const result = await runInProcess(job(), { with: { ...local(), retries: '2' } })
        expect(result.exitCode).toBe(1)
        expect(result.outputs['attempts']).toBe('3')
        expect(result.errors[0]).toContain('ECONNREFUSED')
        vibeiq = await startVibeIqStandIn()
      })

      it('does not retry a certificate that cannot be trusted', async () => {
        const tls = selfSignedCertificate('localhost')
        const untrusted = await startVibeIqStandIn({ tls })
        const url = `https://localhost:${untrusted.port}/prod/api`
        const result = await runInProcess(job(), { with: { ...local(), 'api-url': url } })
        await untrusted.close()
        expect(result.exitCode).toBe(1)
        expect(result.outputs['attempts']).toBe('1')
        expect(untrusted.requests).toEqual([])
        expect(result.outputs['outcome']).toBe('refused')
        expect(result.errors[0]).toMatch(
          /self[- ]signed certificate.*; not retried\. To complete the task by hand/
        )
      })
    })

    it('gives up after the retries and fails the step, saying that a 5xx may have been processed', async () => {
      nock('https://api.vibeiq.test').post(CALLBACK).times(3).reply(500, { message: 'down' })
      const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS', retries: '2' } })
      expect(result.exitCode).toBe(1)
      expect(result.outputs['attempts']).toBe('3')
      expect(result.outputs['delivered']).toBe('false')
      expect(result.outputs['outcome']).toBe('uncertain')
      expect(result.errors).toEqual([
        `The SUCCESS callback for task ${TASK_ID} may or may not have been delivered, so the task may ` +
          `already be complete: POST ${API}/external-events/callback/: gave up after 3 attempts in 1.5 s ` +
          '(retries: 2); the last: HTTP 500 (down). VibeIQ may have processed it all the same (attempt 1: ' +
          'HTTP 500 (down)). Check the task in VibeIQ before sending it again (the job summary has its ' +
          'body and a curl command that sends it).'
      ])
    })

    it('with fail-on-error false, an undelivered callback is a warning', async () => {
      nock('https://api.vibeiq.test').post(CALLBACK).reply(403, { message: 'Forbidden' })
      const result = await runInProcess(job(), {
        with: { ...base, status: 'SUCCESS', 'fail-on-error': 'false' }
      })
      expect(result.exitCode).toBe(0)
      expect(result.errors).toEqual([])
      expect(result.warnings[0]).toContain('HTTP 403')
      expect(result.outputs['delivered']).toBe('false')
    })
  })

  describe('what the user sees', () => {
    it('registers secrets with the masker before printing, and never prints them or header values', async () => {
      expectCallback()
      const result = await runInProcess(job(), {
        with: { ...base, 'api-key': API_KEY, org: ORG, status: 'SUCCESS', logs: `echo ${TOKEN}` },
        env: { RUNNER_DEBUG: '1' }
      })
      expect(result.masked).toEqual(expect.arrayContaining([TOKEN, API_KEY]))
      const firstMask = result.stdout.indexOf('::add-mask::')
      expect(result.stdout.slice(0, firstMask)).toBe('')
      const printed = result.stdout
        .split('\n')
        .filter(l => !l.startsWith('::add-mask::'))
        .join('\n')
      expect(printed).not.toContain(TOKEN)
      expect(printed).not.toContain(API_KEY)
      expect(printed).toContain('Authorization: Bearer ***')
      const settingsLine = result.commands.find(c => c.name === 'debug' && c.message.startsWith('Settings:'))
      expect(settingsLine?.message).toContain(
        `Settings: mode=callback task-id=${TASK_ID} api-url=${API} credentials=bearer token + API key`
      )
    })

    it('prints the request and the answer in collapsed groups, with workflow commands stopped', async () => {
      expectCallback(200, { message: '::set-output name=delivered::false' })
      const result = await runInProcess(job(), {
        with: { ...base, status: 'SUCCESS', logs: '::add-mask::everything\n::error::fake error' }
      })
      expect(result.commands.filter(c => c.name === 'group').map(c => c.message)).toEqual([
        `Callback to VibeIQ: SUCCESS for task ${TASK_ID}`,
        'VibeIQ answered HTTP 200'
      ])
      expect(result.stdout).toContain('"::add-mask::everything"')
      expect(result.masked).not.toContain('everything')
      expect(result.errors).toEqual([])
      expect(result.outputs['delivered']).toBe('true')
    })

    it('dry run prints the request, secrets redacted, and sends nothing', async () => {
      const result = await runInProcess(job(), {
        with: { ...base, status: 'SUCCESS', 'dry-run': 'true', subtext: 'x' }
      })
      expect(result.exitCode).toBe(0)
      expect(result.stdout).toContain(`POST ${API}/external-events/callback/`)
      expect(result.stdout).toContain('"subtext": "x"')
      expect(result.stdout).toContain('Dry run: the callback above was not sent')
      expect(result.outputs['delivered']).toBe('false')
      expect(result.outputs['attempts']).toBe('0')
    })
  })
})

describe('subtext mode', () => {
  it('PUTs the subtext with the API key headers when configured', async () => {
    const seen = interceptOnce('put', subtextPath(TASK_ID), 200, { id: TASK_ID })
    const result = await runInProcess(job(), {
      with: { ...base, 'api-key': API_KEY, org: ORG, mode: 'subtext', subtext: 'Tests 40/100' }
    })
    expect(result.exitCode).toBe(0)
    expect(seen[0]?.body).toEqual({ subtext: 'Tests 40/100' })
    expect(seen[0]?.headers['x-api-key']).toBe(API_KEY)
    expect(seen[0]?.headers['x-api-org']).toBe(ORG)
    expect(seen[0]?.headers['authorization']).toBeUndefined()
    expect(result.outputs['delivered']).toBe('true')
    expect(result.outputs['status']).toBe('')
  })

  it('falls back to the bearer token', async () => {
    const scope = nock('https://api.vibeiq.test', { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .put(subtextPath(TASK_ID))
      .reply(200)
    const result = await runInProcess(job(), { with: { ...base, mode: 'subtext', subtext: 'Halfway' } })
    expect(scope.isDone()).toBe(true)
    expect(result.exitCode).toBe(0)
  })

  it('dry run prints the update and sends nothing', async () => {
    const result = await runInProcess(job(), {
      with: { ...base, mode: 'subtext', subtext: 'Halfway', 'dry-run': 'true' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`PUT ${API}/event-workflow-tasks/${TASK_ID}`)
    expect(result.stdout).toContain('Dry run: the update above was not sent')
    expect(result.outputs['delivered']).toBe('false')
  })

  it('a failed update is a warning after its retries, never a failed step', async () => {
    nock('https://api.vibeiq.test').put(subtextPath(TASK_ID)).times(2).reply(502)
    const result = await runInProcess(job(), {
      with: { ...base, mode: 'subtext', subtext: 'Halfway', retries: '1' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.warnings[0]).toContain('The subtext update was not delivered')
    expect(result.outputs['delivered']).toBe('false')
    expect(result.outputs['attempts']).toBe('2')
  })
})

describe('when VibeIQ does not accept the callback', () => {
  it('the summary holds the exact body and a curl command, with no credential, and nothing breaks out of it', async () => {
    nock('https://api.vibeiq.test').post(CALLBACK).reply(401, { message: 'Invalid token' })
    const hostile = '</code></pre><script>alert(1)</script>\n````\n<img src=x onerror=alert(2)>'
    const result = await runInProcess(job(), {
      with: { ...base, status: 'SUCCESS', logs: hostile, 'include-run-info': 'false' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs['outcome']).toBe('refused')
    const body = { taskId: TASK_ID, status: 'SUCCESS', logs: hostile.split('\n') }
    expect(JSON.parse(result.outputs['body'] ?? '')).toEqual(body)
    const { summary } = result
    expect(summary).toContain('<td>Outcome</td><td>refused: not delivered</td>')
    expect(summary).toContain('Complete the task by hand')
    expect(summary).toContain('If the task is still awaiting one, send the body below.')
    const blocks = [...summary.matchAll(/<pre lang="(\w+)"><code>([\s\S]*?)<\/code><\/pre>/g)]
    expect(blocks.map(b => b[1])).toEqual(['json', 'sh'])
    const unescape = (html: string) =>
      html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    expect(JSON.parse(unescape(blocks[0]?.[2] ?? ''))).toEqual(body)
    expect(unescape(blocks[1]?.[2] ?? '')).toBe(
      [
        `curl --fail-with-body -X POST ${API}/external-events/callback/`,
        "-H 'Content-Type: application/json'",
        "-H 'Accept: application/json'",
        '-H "Authorization: Bearer $VIBEIQ_TOKEN"',
        '--data-binary @callback.json'
      ].join(' \\\n  ')
    )
    // the hostile text is there only escaped: no tag of it, no way out of the code block
    expect(summary).not.toContain('<script>')
    expect(summary).not.toContain('<img')
    expect(summary.match(/<\/pre>/g)).toHaveLength(2)
    expect(summary).not.toContain(TOKEN)
  })

  it('with an API key, the curl command takes it and the org from the environment', async () => {
    nock('https://api.vibeiq.test').post(CALLBACK).reply(403, { message: 'Forbidden' })
    const result = await runInProcess(job(), {
      with: { 'task-id': TASK_ID, 'api-url': API, status: 'FAILURE', 'api-key': API_KEY, org: ORG }
    })
    expect(result.summary).toContain('-H &#34;X-Api-Key: $VIBEIQ_API_KEY&#34;')
    expect(result.summary).toContain('-H &#34;X-Api-Org: $VIBEIQ_ORG_SLUG&#34;')
    expect(result.summary).not.toContain(API_KEY)
    expect(result.summary).not.toContain(ORG)
  })

  it('an uncertain outcome tells the person to check the task first', async () => {
    nock('https://api.vibeiq.test').post(CALLBACK).reply(504).post(CALLBACK).reply(409, {})
    const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
    expect(result.outputs['outcome']).toBe('uncertain')
    expect(result.summary).toContain('<td>Outcome</td><td>uncertain: the task may already be complete</td>')
    expect(result.summary).toContain(
      'the task may already be complete. Check it in VibeIQ, and send the body below only if the task is still awaiting a callback.'
    )
    expect(result.summary).toContain('--data-binary @callback.json')
  })

  it('a dry run shows no curl command but outputs the body', async () => {
    const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS', 'dry-run': 'true' } })
    expect(result.outputs['outcome']).toBe('')
    expect(JSON.parse(result.outputs['body'] ?? '')).toMatchObject({ taskId: TASK_ID, status: 'SUCCESS' })
    expect(result.summary).toContain('<td>Outcome</td><td>not sent (dry run)</td>')
    expect(result.summary).not.toContain('curl')
  })
})

describe("VibeIQ's answer", () => {
  const printed = (stdout: string) =>
    stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')

  it('reaches the response output and the log with the credentials replaced', async () => {
    expectCallback(200, { echo: `Bearer ${TOKEN}`, key: API_KEY })
    const result = await runInProcess(job(), {
      with: { ...base, 'api-key': API_KEY, org: ORG, status: 'SUCCESS' }
    })
    expect(result.outputs['response']).toBe('{"echo":"Bearer ***","key":"***"}')
    expect(printed(result.stdout)).toContain('{"echo":"Bearer ***","key":"***"}')
    expect(printed(result.stdout)).not.toContain(TOKEN)
    expect(printed(result.stdout)).not.toContain(API_KEY)
  })

  it('is quoted in an error with the credentials replaced', async () => {
    nock('https://api.vibeiq.test')
      .post(CALLBACK)
      .reply(503, { message: `busy for ${TOKEN}` })
      .post(CALLBACK)
      .reply(401, { message: `bad token ${TOKEN}` })
    const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
    expect(result.stdout).toContain('Attempt 1 failed: HTTP 503 (busy for ***).')
    expect(result.errors[0]).toContain('The server said: "bad token ***"')
    expect(result.outputs['response']).toBe('{"message":"bad token ***"}')
    expect(printed(result.stdout)).not.toContain(TOKEN)
  })
})

describe('the completion mark', () => {
  const markFile = () => join(job().runnerTemp, 'vibeiq-task-callback', `completed-${taskKey(TASK_ID)}.json`)
  const readMark = () => JSON.parse(readFileSync(markFile(), 'utf8')) as Record<string, unknown>

  it('records an accepted callback', async () => {
    expectCallback()
    await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
    expect(readMark()).toEqual({
      state: 'accepted',
      status: 'SUCCESS',
      httpStatus: 200,
      at: expect.any(String)
    })
  })

  it('records an uncertain callback with the exact body sent', async () => {
    const scope = nock('https://api.vibeiq.test').post(CALLBACK).times(2).reply(504)
    const result = await runInProcess(job(), {
      with: { ...base, status: 'FAILURE', retries: '1', logs: 'one\ntwo' }
    })
    expect(scope.isDone()).toBe(true)
    expect(readMark()).toEqual({
      state: 'uncertain',
      status: 'FAILURE',
      httpStatus: 504,
      at: expect.any(String),
      body: JSON.parse(result.outputs['body'] ?? '')
    })
  })

  it('records nothing when VibeIQ refused', async () => {
    nock('https://api.vibeiq.test').post(CALLBACK).reply(400, { message: 'bad' })
    await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
    expect(existsSync(markFile())).toBe(false)
  })

  it('a later callback that is refused, or uncertain, leaves an accepted mark as it was', async () => {
    expectCallback()
    await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
    const accepted = readMark()
    nock('https://api.vibeiq.test').post(CALLBACK).reply(409, { message: 'not awaiting' })
    await runInProcess(job(), { with: { ...base, status: 'FAILURE' } })
    expect(readMark()).toEqual(accepted)
    nock('https://api.vibeiq.test').post(CALLBACK).times(2).reply(504)
    await runInProcess(job(), { with: { ...base, status: 'FAILURE', retries: '1' } })
    expect(readMark()).toEqual(accepted)
  })

  it('stops a later subtext step of this job: nothing follows the outcome', async () => {
    expectCallback()
    await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
    // No PUT is expected: nock fails the request if one is made.
    const late = await runInProcess(job(), { with: { ...base, mode: 'subtext', subtext: 'Uploading cache' } })
    expect(late.exitCode).toBe(0)
    expect(late.stdout).toContain(
      `Not sent: an earlier step of this job sent SUCCESS for task ${TASK_ID}, and nothing may follow the task's outcome.`
    )
    expect(late.warnings).toEqual([])
    expect(nock.pendingMocks()).toEqual([])
  })

  it('is written before the outputs: a GITHUB_OUTPUT that fails after acceptance cannot lose it', async () => {
    expectCallback()
    const result = await runInProcess(job(), {
      with: { ...base, status: 'SUCCESS' },
      env: { GITHUB_OUTPUT: job().workspace } // a directory: the first output fails
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toMatch(/EISDIR/)
    expect(result.stdout).toContain(`VibeIQ accepted SUCCESS for task ${TASK_ID}`)
    expect(readMark()).toMatchObject({ state: 'accepted', status: 'SUCCESS' })
  })

  it('is not written through a link planted at its path', async () => {
    const elsewhere = join(job().root, 'elsewhere.txt')
    writeFileSync(elsewhere, 'untouched')
    mkdirSync(join(job().runnerTemp, 'vibeiq-task-callback'))
    symlinkSync(elsewhere, markFile())
    expectCallback()
    const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
    expect(result.warnings).toEqual([])
    expect(readFileSync(elsewhere, 'utf8')).toBe('untouched')
    expect(lstatSync(markFile()).isFile()).toBe(true)
    expect(readMark()).toMatchObject({ state: 'accepted' })
  })

  it('is not written into a linked directory', async () => {
    const elsewhere = join(job().root, 'elsewhere')
    mkdirSync(elsewhere)
    symlinkSync(elsewhere, join(job().runnerTemp, 'vibeiq-task-callback'))
    expectCallback()
    const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS' } })
    expect(readdirSync(elsewhere)).toEqual([])
    expect(result.warnings[0]).toContain(`Could not record in RUNNER_TEMP that task ${TASK_ID} is completed`)
  })

  it('without RUNNER_TEMP, is not written to the shared temporary directory: a warning says so', async () => {
    const shared = join(tmpdir(), 'vibeiq-task-callback', `completed-${taskKey(TASK_ID)}.json`)
    rmSync(shared, { force: true })
    expectCallback()
    const result = await runInProcess(job(), {
      with: { ...base, status: 'SUCCESS' },
      env: { RUNNER_TEMP: '' }
    })
    expect(result.exitCode).toBe(0)
    expect(existsSync(shared)).toBe(false)
    expect(result.warnings).toEqual([
      `RUNNER_TEMP is not set, so nothing records that task ${TASK_ID} is completed: a watch step of this job may send a second callback.`
    ])
  })
})
