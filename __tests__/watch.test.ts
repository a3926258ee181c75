import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startGitHubApiStandIn, runningJob } from '../harness/github-api.mjs'
import { createJob } from '../harness/runner.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'
import { taskKey } from '../src/action/completion-mark.js'
import { fetchFailedSteps } from '../src/action/failure-details.js'
import { API, runInProcess, TASK_ID, TOKEN, type Job } from './support/in-process.js'
import { CALLBACK, interceptBody, subtextPath } from './support/vibeiq-nock.js'

const SUBTEXT = subtextPath(TASK_ID)
const RUN_URL = 'https://github.com/acme/widgets/actions/runs/4242'
const watch = { 'task-id': TASK_ID, token: TOKEN, 'api-url': API, mode: 'watch' }
const POST_STATE = { isPost: 'true', watching: 'true' }

let job: Job
let github: Awaited<ReturnType<typeof startGitHubApiStandIn>>
let vibeiq: Awaited<ReturnType<typeof startVibeIqStandIn>>
beforeEach(async () => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1') // the GitHub API and VibeIQ stand-ins
  github = await startGitHubApiStandIn()
  vibeiq = await startVibeIqStandIn()
  job = createJob({ githubApiUrl: github.url })
})
afterEach(async () => {
  nock.cleanAll()
  nock.enableNetConnect()
  job.cleanup()
  await github.close()
  await vibeiq.close()
})
/** The VibeIQ stand-in instead of nock: every request it gets is recorded, whatever it is. */
const local = () => ({ ...watch, 'api-url': vibeiq.url })
const callbacks = () => vibeiq.requests.filter(r => r.method === 'POST')

describe('watch mode, main phase', () => {
  it('saves state for the post phase and says on the task that the job is running', async () => {
    const subtexts = interceptBody('put', SUBTEXT)
    const result = await runInProcess(job, { with: watch })
    expect(result.exitCode).toBe(0)
    expect(result.state).toEqual(POST_STATE)
    expect(subtexts).toEqual([{ subtext: `GitHub job 'build' is running: ${RUN_URL}` }])
    expect(result.outputs['task-id']).toBe(TASK_ID)
    expect(result.stdout).toContain(`Watching task ${TASK_ID}`)
  })

  it('shows the subtext input instead, when given', async () => {
    const subtexts = interceptBody('put', SUBTEXT)
    await runInProcess(job, { with: { ...watch, subtext: 'Building 3 styles' } })
    expect(subtexts).toEqual([{ subtext: 'Building 3 styles' }])
  })

  it('a failed subtext update is only a warning', async () => {
    nock('https://api.vibeiq.test').put(SUBTEXT).times(2).reply(500)
    const result = await runInProcess(job, { with: { ...watch, retries: '1' } })
    expect(result.exitCode).toBe(0)
    expect(result.warnings[0]).toContain('The subtext update was not delivered')
    expect(result.state).toEqual(POST_STATE)
  })

  it('validates every input now, failing the job before its work starts, without completing the task', async () => {
    const result = await runInProcess(job, { with: { ...local(), output: 'nope' } })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain("Input 'output' is not valid JSON")
    expect(result.state).toEqual(POST_STATE)
    expect(vibeiq.requests).toEqual([])
  })
})

describe('watch mode, post phase', () => {
  it('sends SUCCESS for a job that succeeded, with a default subtext and a log line', async () => {
    const bodies = interceptBody('post', CALLBACK)
    const result = await runInProcess(job, { with: { ...watch, 'job-status': 'success' }, state: POST_STATE })
    expect(result.exitCode).toBe(0)
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toMatchObject({
      taskId: TASK_ID,
      status: 'SUCCESS',
      subtext: 'GitHub job succeeded',
      logs: [`GitHub job 'build' succeeded: ${RUN_URL}`]
    })
    expect(github.requests).toEqual([])
  })

  it('sends FAILURE for a cancelled job', async () => {
    const bodies = interceptBody('post', CALLBACK)
    await runInProcess(job, { with: { ...watch, 'job-status': 'cancelled' }, state: POST_STATE })
    expect(bodies[0]).toMatchObject({
      status: 'FAILURE',
      subtext: 'GitHub job was cancelled',
      logs: [`GitHub job 'build' was cancelled: ${RUN_URL}`]
    })
  })

  it('names the failed steps when the token can read the run', async () => {
    github.set({
      jobs: [runningJob({ runner: 'other runner', id: 1 }), runningJob({ failed: ['Run tests'] })]
    })
    const bodies = interceptBody('post', CALLBACK)
    const result = await runInProcess(job, {
      with: { ...watch, 'job-status': 'failure', logs: 'see below' },
      state: POST_STATE
    })
    expect(result.exitCode).toBe(0)
    expect(bodies[0]).toMatchObject({
      status: 'FAILURE',
      subtext: 'GitHub job failed',
      logs: [`GitHub job 'build' failed: ${RUN_URL}`, 'Failed step: Run tests', 'see below'],
      output: { githubRun: { url: RUN_URL, failedSteps: ['Run tests'] } }
    })
    expect(github.requests[0]?.path).toBe(
      '/repos/acme/widgets/actions/runs/4242/attempts/1/jobs?per_page=100'
    )
    expect(github.requests[0]?.authorization).toBe(`token ${job.githubToken}`)
  })

  it('finds the job by job.check_run_id where the runner provides it', async () => {
    github.set({
      jobs: [
        runningJob({ id: 77, runner: 'elsewhere', failed: ['Deploy'] }),
        runningJob({ failed: ['Other'] })
      ]
    })
    const bodies = interceptBody('post', CALLBACK)
    await runInProcess(job, {
      with: { ...watch, 'job-status': 'failure', 'job-check-run-id': '77' },
      state: POST_STATE
    })
    expect((bodies[0]?.['output'] as { githubRun: { failedSteps: string[] } }).githubRun.failedSteps).toEqual(
      ['Deploy']
    )
  })

  it('without permission (403) still sends the callback, and says why at debug level', async () => {
    github.set({ status: 403 })
    const bodies = interceptBody('post', CALLBACK)
    const result = await runInProcess(job, { with: { ...watch, 'job-status': 'failure' }, state: POST_STATE })
    expect(result.exitCode).toBe(0)
    expect(bodies[0]).toMatchObject({ status: 'FAILURE', logs: [`GitHub job 'build' failed: ${RUN_URL}`] })
    expect((bodies[0]?.['output'] as { githubRun: object }).githubRun).not.toHaveProperty('failedSteps')
    const debug = result.commands.filter(c => c.name === 'debug').map(c => c.message)
    expect(debug).toContain(
      "The failed steps are not named in the callback: the token cannot read this run's jobs (HTTP 403); grant 'permissions: actions: read'."
    )
  })

  it('does nothing when a callback step of this job already completed the task', async () => {
    const explicit = await runInProcess(job, { with: { ...local(), mode: 'callback', status: 'SUCCESS' } })
    expect(explicit.outputs['delivered']).toBe('true')
    const post = await runInProcess(job, { with: { ...local(), 'job-status': 'failure' }, state: POST_STATE })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain(
      `Task ${TASK_ID} was already completed by an earlier step of this job (SUCCESS, HTTP 200)`
    )
    expect(callbacks().map(r => String(r.body.status))).toEqual(['SUCCESS'])
  })

  it('still sends when the earlier callback step failed to deliver', async () => {
    nock('https://api.vibeiq.test').post(CALLBACK).reply(401, { message: 'expired' })
    const explicit = await runInProcess(job, { with: { ...watch, mode: 'callback', status: 'SUCCESS' } })
    expect(explicit.exitCode).toBe(1)
    const bodies = interceptBody('post', CALLBACK)
    const post = await runInProcess(job, { with: { ...watch, 'job-status': 'failure' }, state: POST_STATE })
    expect(post.exitCode).toBe(0)
    expect(bodies[0]).toMatchObject({ status: 'FAILURE' })
  })

  it('fails the post step when it cannot deliver, unless fail-on-error is false', async () => {
    nock('https://api.vibeiq.test').post(CALLBACK).times(2).reply(401)
    const failing = await runInProcess(job, { with: watch, state: POST_STATE })
    expect(failing.exitCode).toBe(1)
    const warning = await runInProcess(job, {
      with: { ...watch, 'fail-on-error': 'false' },
      state: POST_STATE
    })
    expect(warning.exitCode).toBe(0)
    expect(warning.warnings[0]).toContain('was not delivered')
  })

  it('fails the task when the inputs are invalid, so it does not wait forever', async () => {
    const bodies = interceptBody('post', CALLBACK)
    const result = await runInProcess(job, { with: { ...watch, output: 'nope' }, state: POST_STATE })
    expect(result.exitCode).toBe(1)
    expect(bodies[0]).toMatchObject({
      status: 'FAILURE',
      subtext: 'GitHub step misconfigured: see the task logs'
    })
  })

  it('the post phase of a callback or subtext step does nothing', async () => {
    const result = await runInProcess(job, {
      with: { ...watch, mode: 'callback' },
      state: { isPost: 'true' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe('')
  })

  it.each([
    ['failure', 'GitHub job failed'],
    ['success', 'GitHub job succeeded']
  ])(
    'a %s job ends with its outcome as subtext, not the subtext meant for the running job',
    async (jobStatus, subtext) => {
      const bodies = interceptBody('post', CALLBACK)
      await runInProcess(job, {
        with: { ...watch, subtext: 'Building 3 styles', 'job-status': jobStatus },
        state: POST_STATE
      })
      expect(bodies[0]?.['subtext']).toBe(subtext)
    }
  )

  it('fails the task when a needed job failed, even if this job succeeded', async () => {
    const bodies = interceptBody('post', CALLBACK)
    const needs = JSON.stringify({ test: { result: 'failure', outputs: {} } })
    await runInProcess(job, { with: { ...watch, needs }, state: POST_STATE })
    expect(bodies[0]).toMatchObject({
      status: 'FAILURE',
      subtext: "GitHub job failed: needed job 'test' failure",
      logs: ["Needed job 'test': failure", `GitHub job 'build' succeeded: ${RUN_URL}`]
    })
  })
})

describe('watch mode, post phase, after a callback step whose outcome is uncertain', () => {
  /** A callback step that met a gateway 504 after VibeIQ completed the task. */
  async function uncertainCallbackStep(status: 'SUCCESS' | 'FAILURE' = 'SUCCESS') {
    vibeiq.addTask(TASK_ID)
    vibeiq.reply({ status: 504, body: 'Gateway Timeout', process: true })
    const step = await runInProcess(job, {
      with: { ...local(), mode: 'callback', status, retries: '0', logs: 'built' }
    })
    expect(step.outputs['outcome']).toBe('uncertain')
    return step
  }

  it('sends the same body again, not the job outcome, and takes a refusal as "completed earlier"', async () => {
    const step = await uncertainCallbackStep()
    const post = await runInProcess(job, {
      with: { ...local(), 'job-status': 'failure', logs: 'other logs' },
      state: POST_STATE
    })
    expect(post.exitCode).toBe(0)
    expect(callbacks().map(r => r.rawBody)).toEqual([step.outputs['body'], step.outputs['body']])
    expect(post.stdout).toContain(
      `An earlier step of this job sent SUCCESS for task ${TASK_ID} and VibeIQ may have processed it (the task may already be complete): sending that same callback again`
    )
    expect(post.warnings).toEqual([
      expect.stringMatching(
        /^VibeIQ refused the SUCCESS callback sent again for task \w+, so it was probably completed earlier: the task may already be complete, by the first callback, which VibeIQ may have processed \(check it in VibeIQ\)\. VibeIQ answered HTTP 409/
      )
    ])
    expect(post.errors).toEqual([])
    expect(post.outputs).toMatchObject({ outcome: 'uncertain', status: 'SUCCESS', 'http-status': '409' })
    expect(vibeiq.tasks.get(TASK_ID)?.status).toBe('COMPLETE')
  })

  it('when VibeIQ accepts the body sent again, the task is completed and recorded as such', async () => {
    const step = await uncertainCallbackStep('FAILURE')
    vibeiq.tasks.set(TASK_ID, { status: 'AWAITING', logs: [], output: {} }) // the 504 was not processed after all
    const post = await runInProcess(job, { with: { ...local(), 'job-status': 'success' }, state: POST_STATE })
    expect(post.exitCode).toBe(0)
    expect(post.outputs['outcome']).toBe('accepted')
    expect(callbacks().map(r => r.rawBody)).toEqual([step.outputs['body'], step.outputs['body']])
    const again = await runInProcess(job, { with: local(), state: POST_STATE })
    expect(again.stdout).toContain('was already completed by an earlier step of this job (FAILURE, HTTP 200)')
    expect(callbacks()).toHaveLength(2)
  })

  it('sends a body with numbers beyond a double again digit for digit', async () => {
    vibeiq.addTask(TASK_ID)
    vibeiq.reply({ status: 504, body: 'Gateway Timeout', process: true })
    const output = '{"build":12345678901234567891,"ratio":1.50}'
    const step = await runInProcess(job, {
      with: { ...local(), mode: 'callback', status: 'SUCCESS', retries: '0', output }
    })
    expect(step.outputs['body']).toContain('"build":12345678901234567891,"ratio":1.50')
    await runInProcess(job, { with: { ...local(), 'job-status': 'failure' }, state: POST_STATE })
    expect(callbacks().map(r => r.rawBody)).toEqual([step.outputs['body'], step.outputs['body']])
  })

  it('when the body sent again meets no answer either, the step fails saying the task may already be complete', async () => {
    await uncertainCallbackStep()
    vibeiq.reply({ status: 503 })
    const post = await runInProcess(job, {
      with: { ...local(), 'job-status': 'failure', retries: '0' },
      state: POST_STATE
    })
    expect(post.exitCode).toBe(1)
    expect(post.errors[0]).toMatch(
      /^The SUCCESS callback for task \w+ may or may not have been delivered, so the task may already be complete/
    )
    expect(callbacks().map(r => String(r.body.status))).toEqual(['SUCCESS', 'SUCCESS'])
  })

  it('with invalid inputs, still sends only the same body again', async () => {
    const step = await uncertainCallbackStep()
    const post = await runInProcess(job, { with: { ...local(), output: 'nope' }, state: POST_STATE })
    expect(post.exitCode).toBe(1)
    expect(post.errors.at(-1)).toContain("Input 'output' is not valid JSON")
    expect(callbacks().map(r => r.rawBody)).toEqual([step.outputs['body'], step.outputs['body']])
  })
})

describe('watch mode, post phase, its budget and its mark', () => {
  it("in a cancelled job, the whole delivery ends within the runner's 5-minute window (4 minutes)", async () => {
    nock('https://api.vibeiq.test').post(CALLBACK).times(60).reply(503)
    const post = await runInProcess(job, { with: { ...watch, 'job-status': 'cancelled' }, state: POST_STATE })
    expect(post.exitCode).toBe(1)
    // the last attempt starts at 240 - 30 s (timeout), so it ends by 240 s
    expect(post.delays.reduce((a, b) => a + b, 0)).toBe(210_000)
    expect(post.errors[0]).toContain('(retry-for: 210 s)')
  })

  it('in a cancelled job, the 4 minutes cover the whole post phase: time spent reading shortens the delivery', async () => {
    nock('https://api.vibeiq.test').post(CALLBACK).times(60).reply(503)
    let reads = 0
    const post = await runInProcess(job, {
      with: { ...watch, 'job-status': 'cancelled' },
      state: POST_STATE,
      // the first look at the clock starts the post phase; by the next, reading took 100 s
      hooks: fake => ({ ...fake, now: () => fake.now() + (reads++ === 0 ? 0 : 100_000) })
    })
    expect(post.exitCode).toBe(1)
    // 240 - 100 s spent reading - 30 s for the last attempt
    expect(post.delays.reduce((a, b) => a + b, 0)).toBe(110_000)
    expect(post.errors[0]).toContain('(retry-for: 110 s)')
  })

  it('in a cancelled job, the callback for invalid inputs ends within the 4 minutes too', async () => {
    nock('https://api.vibeiq.test').post(CALLBACK).times(60).reply(503)
    const post = await runInProcess(job, {
      with: { ...watch, 'job-status': 'cancelled', output: 'nope' },
      state: POST_STATE
    })
    expect(post.exitCode).toBe(1)
    expect(post.delays.reduce((a, b) => a + b, 0)).toBe(210_000)
    expect(post.errors[0]).toContain("Input 'output' is not valid JSON")
  })

  it('in a cancelled job, an earlier uncertain callback sent again ends within the 4 minutes too', async () => {
    const body = { taskId: TASK_ID, status: 'SUCCESS', logs: ['built'] }
    mkdirSync(join(job.runnerTemp, 'vibeiq-task-callback'))
    writeFileSync(
      join(job.runnerTemp, 'vibeiq-task-callback', `completed-${taskKey(TASK_ID)}.json`),
      JSON.stringify({ state: 'sending', status: 'SUCCESS', at: 'then', body })
    )
    nock('https://api.vibeiq.test').post(CALLBACK, body).times(60).reply(503)
    const post = await runInProcess(job, { with: { ...watch, 'job-status': 'cancelled' }, state: POST_STATE })
    expect(post.delays.reduce((a, b) => a + b, 0)).toBe(210_000)
    expect(post.stdout).toContain(
      `An earlier step of this job was stopped while it sent SUCCESS for task ${TASK_ID}`
    )
  })

  it('in a cancelled job, a long timeout leaves a single attempt', async () => {
    const scope = nock('https://api.vibeiq.test').post(CALLBACK).times(2).reply(503)
    const post = await runInProcess(job, {
      with: { ...watch, 'job-status': 'cancelled', timeout: '600' },
      state: POST_STATE
    })
    expect(post.outputs['attempts']).toBe('1')
    expect(scope.pendingMocks()).toHaveLength(1)
  })

  it('a link planted at the mark path does not silence it', async () => {
    const planted = join(job.root, 'planted.json')
    writeFileSync(planted, JSON.stringify({ state: 'accepted', status: 'SUCCESS', at: 'now' }))
    mkdirSync(join(job.runnerTemp, 'vibeiq-task-callback'))
    symlinkSync(planted, join(job.runnerTemp, 'vibeiq-task-callback', `completed-${taskKey(TASK_ID)}.json`))
    const post = await runInProcess(job, { with: { ...local(), 'job-status': 'failure' }, state: POST_STATE })
    expect(post.exitCode).toBe(0)
    expect(callbacks().map(r => String(r.body.status))).toEqual(['FAILURE'])
  })

  it('without RUNNER_TEMP, nothing is recorded, so the post phase sends too, as the warning said', async () => {
    const noTemp = { RUNNER_TEMP: '' }
    const step = await runInProcess(job, {
      with: { ...local(), mode: 'callback', status: 'SUCCESS' },
      env: noTemp
    })
    expect(step.warnings[0]).toContain('RUNNER_TEMP is not set, so nothing records that task')
    const post = await runInProcess(job, { with: local(), env: noTemp, state: POST_STATE })
    expect(post.exitCode).toBe(0)
    expect(callbacks().map(r => String(r.body.status))).toEqual(['SUCCESS', 'SUCCESS'])
  })
})

describe('fetchFailedSteps', () => {
  const env = {
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '2',
    RUNNER_NAME: 'GitHub Actions 7'
  }
  const withApi = () => ({ ...env, GITHUB_API_URL: github.url })

  it('gives up on a slow API within its time limit', async () => {
    github.set({ delayMs: 3000, jobs: [runningJob({ failed: ['x'] })] })
    const started = Date.now()
    const details = await fetchFailedSteps('t', undefined, withApi(), 300)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(details).toEqual({ unavailable: 'the GitHub API did not answer within 0.3 s' })
  })

  it('reads the attempt from GITHUB_RUN_ATTEMPT', async () => {
    github.set({ jobs: [runningJob({ failed: ['Lint', 'Test'] })] })
    const details = await fetchFailedSteps('t', undefined, withApi())
    expect(details).toEqual({ failedSteps: ['Lint', 'Test'] })
    expect(github.requests[0]?.path).toContain('/actions/runs/4242/attempts/2/jobs')
  })

  it('says when no job of the run is this one', async () => {
    github.set({ jobs: [runningJob({ runner: 'someone else' })] })
    expect(await fetchFailedSteps('t', undefined, withApi())).toEqual({
      unavailable: "no job of run 4242 ran on runner 'GitHub Actions 7'"
    })
  })

  it('says when the API fails', async () => {
    github.set({ status: 500 })
    const details = await fetchFailedSteps('t', undefined, withApi())
    expect('unavailable' in details && details.unavailable).toMatch(/^the GitHub API failed/)
  })
})
