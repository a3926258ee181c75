/**
 * Live progress end to end: dist/index.js run as the runner runs it, its progress reporter
 * a detached process of its own, against the GitHub API stand-in (a job whose steps the tests
 * move on, with ETags and 304s) and the VibeIQ stand-in, which records when each request came.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { devNull } from 'node:os'
import { join } from 'node:path'
import { startGitHubApiStandIn, stepsJob } from '../harness/github-api.mjs'
import { createJob, type StepOptions } from '../harness/runner.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'
import { TASK_ID, TOKEN } from './support/in-process.js'

// The reporter looks every 2 s at the quickest, so each test lasts a few intervals, mostly
// waiting: they run side by side, each with stand-ins and a job of its own.
jest.setTimeout(60_000)

const node = process.env['ACTION_NODE'] || process.execPath
const STEPS = ['Set up job', 'Run ./', 'Build', 'Test', 'Post Run ./', 'Complete job']
const JOB_PATH = '/repos/acme/widgets/actions/jobs/1001'
const INITIAL = `GitHub job 'build' is running: https://github.com/acme/widgets/actions/runs/4242`

/** Torn down once all have ended: the tests run side by side. */
const scenes: Array<{ tearDown: () => Promise<void> }> = []
afterAll(() => Promise.all(scenes.map(scene => scene.tearDown())))

/** Stand-ins and a job for one test. */
async function setUp() {
  const vibeiq = await startVibeIqStandIn()
  const github = await startGitHubApiStandIn({ jobs: [stepsJob({ steps: STEPS, running: 1 })] })
  const job = createJob({ githubApiUrl: github.url, checkRunId: '1001' })
  const callbacks = () => vibeiq.requests.filter(r => r.method === 'POST')
  const scene = {
    vibeiq,
    github,
    job,
    watchStep: (given: Record<string, string> = {}): StepOptions => ({
      node,
      with: {
        'task-id': TASK_ID,
        token: TOKEN,
        'api-url': vibeiq.url,
        mode: 'watch',
        'progress-interval': '2',
        ...given
      }
    }),
    subtexts: () => vibeiq.requests.filter(r => r.method === 'PUT').map(r => String(r.body.subtext)),
    callbacks,
    jobPolls: () => github.requests.filter(r => r.path === JOB_PATH),
    moveTo: (running: number) => github.set({ jobs: [stepsJob({ steps: STEPS, running })] }),
    /** The callback came, and no request came to VibeIQ after it. */
    expectCallbackLast: () => {
      const [callback] = callbacks()
      expect(callback).toBeDefined()
      expect(vibeiq.requests.at(-1)).toBe(callback)
      for (const request of vibeiq.requests) expect(request.at).toBeLessThanOrEqual(callback?.at ?? 0)
    },
    tearDown: async () => {
      job.cleanup() // kills what the job left running, as the runner does
      await vibeiq.close()
      await github.close()
    }
  }
  scenes.push(scene)
  return scene
}

async function waitFor(what: string, condition: () => boolean, withinMs = 20_000): Promise<void> {
  const deadline = Date.now() + withinMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`waited ${withinMs / 1000} s for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

/** The reporter's record of what it did, from the directory the main phase saved in state. */
function record(state: Record<string, string>): Array<Record<string, unknown>> {
  const file = join(state['progressDirectory'] ?? '', 'record.jsonl')
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map(line => JSON.parse(line) as Record<string, unknown>)
}

describe('live progress, following the steps', () => {
  it.concurrent(
    'follows the running step, asking with If-None-Match; the callback is still the last word',
    async () => {
      const { github, job, watchStep, subtexts, callbacks, jobPolls, moveTo, expectCallbackLast } =
        await setUp()
      const watch = await job.run(watchStep())
      expect(watch.exitCode).toBe(0)
      // the step returned while its reporter runs on, detached, marked as the job's own
      const pid = Number(watch.state['progressPid'])
      expect(job.leftRunning()).toEqual([pid])
      // and without the step's file commands, which it outlives
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
      expect(environ.filter(entry => /^GITHUB_(OUTPUT|STATE|ENV|PATH|STEP_SUMMARY)=/.test(entry))).toEqual([])
      expect(watch.stdout).toContain(
        "Live progress: every 2 s while the job runs, the task's subtext follows this job's running step and the newest line of $VIBEIQ_PROGRESS"
      )

      moveTo(2)
      await waitFor('the Build step on the task', () => subtexts().length === 2)
      const polled = jobPolls().length
      await waitFor('another look at the job', () => jobPolls().length > polled)
      expect(subtexts()).toHaveLength(2) // nothing changed, nothing sent
      moveTo(3)
      await waitFor('the Test step on the task', () => subtexts().length === 3)

      job.status = 'success'
      const post = await watch.post()
      expect(post.exitCode).toBe(0)
      expect(subtexts()).toEqual([INITIAL, "Running 'Build' (step 3 of 6)", "Running 'Test' (step 4 of 6)"])
      expect(callbacks()[0]?.body).toMatchObject({ status: 'SUCCESS', subtext: 'GitHub job succeeded' })
      expectCallbackLast()
      // the first look has nothing to compare with; later ones name the ETag, and an unchanged job is a 304
      const polls = jobPolls()
      expect(polls[0]?.headers['if-none-match']).toBeUndefined()
      expect(polls.slice(1).every(r => typeof r.headers['if-none-match'] === 'string')).toBe(true)
      expect(polls.filter(r => r.status === 304).length).toBeGreaterThanOrEqual(1)
      expect(polls[0]?.authorization).toBe(`token ${job.githubToken}`)
      // found by job.check_run_id: the run's jobs were never listed
      expect(github.requests.every(r => r.path === JOB_PATH)).toBe(true)

      expect(job.leftRunning()).toEqual([])
      const group = post.commands.filter(c => c.name === 'group').map(c => c.message)
      expect(group[0]).toBe('Live progress: 2 subtext updates sent while the job ran')
      expect(post.stdout).toMatch(/Z {2}Running 'Build' \(step 3 of 6\) {2}\[accepted, HTTP 200\]/)
      expect(post.stdout).toMatch(/Z {2}The reporter ended: stopped by the post phase\./)
      expect(post.summary).toContain('<td>Subtext updates sent</td><td>2</td>')
    }
  )

  it.concurrent(
    "forwards the job's own lines, redacted and cut to one line; the newer of a line and a step wins",
    async () => {
      const { vibeiq, job, watchStep, subtexts, moveTo, expectCallbackLast } = await setUp()
      const watch = await job.run(watchStep())
      expect(job.exported['VIBEIQ_PROGRESS']).toBe(
        join(watch.state['progressDirectory'] ?? '', 'progress.txt')
      )
      const long = `Rendered 40 of 100 images with ${TOKEN}, ${'x'.repeat(300)}`
      const shell = await job.shell(`printf '%s\\n\\n' 'first line' "${long}" >> "$VIBEIQ_PROGRESS"`)
      expect(shell.exitCode).toBe(0)
      await waitFor('the line on the task', () => subtexts().length === 2)
      const line = subtexts()[1] ?? ''
      expect(line).toMatch(/^Rendered 40 of 100 images with \*\*\*, x+\.\.\.$/)
      expect(Array.from(line)).toHaveLength(200)

      moveTo(2) // a step that starts after the line
      await waitFor('the step on the task', () => subtexts().length === 3)
      await job.shell('echo "Tests: 12 of 80" >> "$VIBEIQ_PROGRESS"')
      await waitFor('the newer line on the task', () => subtexts().length === 4)

      const post = await watch.post()
      expect(post.exitCode).toBe(0)
      expect(subtexts().slice(2)).toEqual(["Running 'Build' (step 3 of 6)", 'Tests: 12 of 80'])
      expectCallbackLast()
      expect(vibeiq.requests.map(r => r.rawBody).join('\n')).not.toContain(TOKEN)
    }
  )

  it.concurrent(
    'without permission to read the job (403), follows the progress file only, and says why once',
    async () => {
      const { github, job, watchStep, subtexts, expectCallbackLast } = await setUp()
      github.set({ status: 403 })
      const watch = await job.run(watchStep())
      await waitFor('the look at the job', () => github.requests.length === 1)
      await job.shell('echo "Packaging" >> "$VIBEIQ_PROGRESS"')
      await waitFor('the line on the task', () => subtexts().length === 2)
      const post = await watch.post()
      expect(post.exitCode).toBe(0)
      expect(subtexts()).toEqual([INITIAL, 'Packaging'])
      expect(github.requests).toHaveLength(1)
      const note =
        "Following the progress file only: the token cannot read this run's jobs (HTTP 403); grant 'permissions: actions: read'."
      expect(record(watch.state).filter(entry => 'note' in entry)).toEqual([{ at: expect.any(String), note }])
      expect(post.stdout).toContain(`Live progress: ${note}`)
      expect(post.summary).toContain(`<td>Note</td><td>${note.replace(/'/g, '&#39;')}</td>`)
      expectCallbackLast()
    }
  )
})

describe('live progress, its other settings', () => {
  it.concurrent('progress: file makes no GitHub API request at all', async () => {
    const { github, job, watchStep, subtexts } = await setUp()
    const watch = await job.run(watchStep({ progress: 'file' }))
    expect(watch.stdout).toContain("the task's subtext follows the newest line of $VIBEIQ_PROGRESS")
    await job.shell('echo "Rendered 1 of 3" >> "$VIBEIQ_PROGRESS"')
    await waitFor('the line on the task', () => subtexts().length === 2)
    const post = await watch.post()
    expect(post.exitCode).toBe(0)
    expect(subtexts()).toEqual([INITIAL, 'Rendered 1 of 3'])
    expect(github.requests).toEqual([])
    expect(job.leftRunning()).toEqual([])
  })

  it.concurrent(
    'progress: off starts nothing, and a step writing to $VIBEIQ_PROGRESS still works',
    async () => {
      const { github, job, watchStep, subtexts } = await setUp()
      const watch = await job.run(watchStep({ progress: 'off' }))
      expect(watch.exitCode).toBe(0)
      expect(watch.state).toEqual({ isPost: 'true', watching: 'true' })
      expect(job.exported['VIBEIQ_PROGRESS']).toBe(devNull)
      expect(job.leftRunning()).toEqual([])
      const shell = await job.shell('echo "Rendered 1 of 3" >> "$VIBEIQ_PROGRESS"')
      expect(shell.exitCode).toBe(0)
      const post = await watch.post()
      expect(post.exitCode).toBe(0)
      expect(post.commands.filter(c => c.name === 'group').map(c => c.message)).not.toContainEqual(
        expect.stringMatching(/^Live progress/)
      )
      expect(subtexts()).toEqual([INITIAL])
      expect(github.requests).toEqual([])
    }
  )

  it.concurrent('in a dry run, records what it would send and sends nothing', async () => {
    const { vibeiq, job, watchStep, moveTo } = await setUp()
    const watch = await job.run(watchStep({ 'dry-run': 'true' }))
    moveTo(2)
    await waitFor('the update in the record', () => record(watch.state).some(entry => 'subtext' in entry))
    const post = await watch.post()
    expect(post.exitCode).toBe(0)
    expect(vibeiq.requests).toEqual([])
    expect(post.commands.find(c => c.name === 'group')?.message).toBe(
      'Live progress: 0 subtext updates sent while the job ran (1 not sent: dry-run)'
    )
    expect(post.stdout).toContain("Running 'Build' (step 3 of 6)  [not sent, dry-run]")
  })
})

describe('live progress, stopping', () => {
  it.concurrent(
    'an update in flight when the post phase starts is answered (its retry too) before the callback, which comes last',
    async () => {
      const { vibeiq, job, watchStep, subtexts, moveTo, expectCallbackLast } = await setUp()
      const watch = await job.run(watchStep({ timeout: '1' }))
      vibeiq.reply({ hang: true }) // the reporter's update, which would time out in 1 s and be retried
      moveTo(2)
      await waitFor('the update in flight', () => subtexts().length === 2)
      const post = await watch.post()
      expect(post.exitCode).toBe(0)
      expect(post.stdout).not.toContain('was killed')
      expect(job.leftRunning()).toEqual([])
      await new Promise(resolve => setTimeout(resolve, 2000))
      expectCallbackLast()
      // the first attempt timed out, the retry was answered: both before the callback
      expect(subtexts()).toEqual([INITIAL, "Running 'Build' (step 3 of 6)", "Running 'Build' (step 3 of 6)"])
      expect(record(watch.state).filter(entry => 'subtext' in entry)).toEqual([
        expect.objectContaining({ subtext: "Running 'Build' (step 3 of 6)", outcome: 'accepted' })
      ])
      expect(post.stdout).toMatch(/The reporter ended: stopped by the post phase\./)
    }
  )

  it.concurrent(
    'a reporter whose post phase never runs ends by itself when the job shows completed',
    async () => {
      const { github, job, watchStep, subtexts } = await setUp()
      const watch = await job.run(watchStep())
      const pid = Number(watch.state['progressPid'])
      expect(job.leftRunning()).toEqual([pid])
      github.set({ jobs: [stepsJob({ steps: STEPS, completed: true })] })
      await waitFor('the reporter to exit', () => job.leftRunning().length === 0)
      expect(record(watch.state)).toEqual([{ at: expect.any(String), ended: 'the job has completed' }])
      expect(subtexts()).toEqual([INITIAL])
      const log = readFileSync(join(watch.state['progressDirectory'] ?? '', 'reporter.log'), 'utf8')
      expect(log).toContain('Ended: the job has completed.')
      expect(log).not.toContain(TOKEN)
    }
  )

  it.concurrent('its log and record stay in RUNNER_TEMP, and hold no secret', async () => {
    const { job, watchStep, subtexts } = await setUp()
    const watch = await job.run(watchStep({ progress: 'file' }))
    await job.shell(`echo "uploading with ${TOKEN}" >> "$VIBEIQ_PROGRESS"`)
    await waitFor('the line on the task', () => subtexts().length === 2)
    await watch.post()
    const directory = watch.state['progressDirectory'] ?? ''
    expect(directory.startsWith(join(job.runnerTemp, 'vibeiq-task-callback', 'progress-'))).toBe(true)
    for (const file of ['record.jsonl', 'reporter.log']) {
      expect(existsSync(join(directory, file))).toBe(true)
      expect(readFileSync(join(directory, file), 'utf8')).not.toContain(TOKEN)
    }
    expect(subtexts()[1]).toBe('uploading with ***')
  })
})
