/**
 * A job's whole life, end to end: dist/index.js (and dist/cli.js) run as the runner runs them,
 * cancelled mid-send, against servers that never finish a TLS handshake or never answer, with
 * callback steps, the command line and a second watch step completing the task while a watch
 * step's progress reporter runs, and a backend that applies an update after its client left.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { join } from 'node:path'
import { startGitHubApiStandIn, stepsJob } from '../harness/github-api.mjs'
import { createJob, spawnNode, type StepOptions } from '../harness/runner.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'
import { taskKey } from '../src/action/completion-mark.js'
import { TASK_ID, TOKEN } from './support/in-process.js'

jest.setTimeout(60_000)

const node = process.env['ACTION_NODE'] || process.execPath
const CLI = join(process.cwd(), 'dist', 'cli.js')
const STEPS = ['Set up job', 'Run ./', 'Build', 'Test', 'Post Run ./', 'Complete job']

/** Torn down once all have ended: the tests run side by side. */
const scenes: Array<{ tearDown: () => Promise<void> }> = []
afterAll(() => Promise.all(scenes.map(scene => scene.tearDown())))

async function setUp() {
  const vibeiq = await startVibeIqStandIn()
  const github = await startGitHubApiStandIn({ jobs: [stepsJob({ steps: STEPS, running: 1 })] })
  const job = createJob({ githubApiUrl: github.url, checkRunId: '1001' })
  vibeiq.addTask(TASK_ID)
  const step = (given: Record<string, string>, extra: StepOptions = {}): StepOptions => ({
    node,
    with: { 'task-id': TASK_ID, token: TOKEN, 'api-url': vibeiq.url, ...given },
    ...extra
  })
  const scene = {
    vibeiq,
    github,
    job,
    step,
    watchStep: (given: Record<string, string> = {}) =>
      step({ mode: 'watch', 'progress-interval': '2', ...given }),
    callbacks: () => vibeiq.requests.filter(r => r.method === 'POST'),
    puts: () => vibeiq.requests.filter(r => r.method === 'PUT'),
    moveTo: (running: number) => github.set({ jobs: [stepsJob({ steps: STEPS, running })] }),
    markFile: () => join(job.runnerTemp, 'vibeiq-task-callback', `completed-${taskKey(TASK_ID)}.json`),
    /** Nothing reached VibeIQ after the (first) callback. */
    expectNothingAfterCallback: () => {
      const [callback] = scene.callbacks()
      expect(callback).toBeDefined()
      const later = vibeiq.requests.filter(r => r.method === 'PUT' && r.at > (callback?.at ?? 0))
      expect(later.map(r => String(r.body?.subtext))).toEqual([])
    },
    tearDown: async () => {
      job.cleanup()
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
    await new Promise(resolve => setTimeout(resolve, 25))
  }
}

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** As the runner cancels a step: SIGINT, then SIGTERM a moment later if it still runs. */
async function cancel(child: ChildProcess): Promise<void> {
  child.kill('SIGINT')
  await pause(300)
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
}

/** A server that accepts TCP connections and never says a word: no TLS handshake ever completes. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const server: Server = createServer(socket => {
    sockets.add(socket)
    socket.on('error', () => undefined)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    port,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(resolve))
    }
  }
}

describe('record before you send', () => {
  it.concurrent(
    'a callback step cancelled mid-send after VibeIQ processed it: the post phase sends that same SUCCESS again, never FAILURE',
    async () => {
      const { vibeiq, job, step, watchStep, callbacks, markFile } = await setUp()
      const watch = await job.run(watchStep({ progress: 'off' }))
      expect(watch.exitCode).toBe(0)
      vibeiq.reply({ process: true, hang: true }) // VibeIQ completes the task, its answer never comes
      let stepProcess: ChildProcess | undefined
      const running = job.run(
        step({ status: 'success', logs: 'built' }, { onStart: child => (stepProcess = child) })
      )
      await waitFor('the callback at VibeIQ', () => callbacks().length === 1)
      await cancel(stepProcess as ChildProcess)
      const callback = await running
      job.status = 'cancelled'

      expect(callback.exitCode).not.toBe(0)
      const error = callback.commands.find(c => c.name === 'error')?.message
      expect(error).toBe(
        `Stopped by SIGINT while the SUCCESS callback for task ${TASK_ID} was being sent: VibeIQ may have ` +
          'received it, so the task may already be complete (check it in VibeIQ before sending anything). ' +
          'It is recorded as on its way: a watch step of this job sends that same callback again, never another status.'
      )
      // the mark was written before the first byte left, with the exact body
      expect(JSON.parse(readFileSync(markFile(), 'utf8'))).toEqual({
        state: 'sending',
        status: 'SUCCESS',
        at: expect.any(String),
        body: callbacks()[0]?.body
      })

      const post = await watch.post()
      expect(post.exitCode).toBe(0)
      expect(post.stdout).toContain(
        `An earlier step of this job was stopped while it sent SUCCESS for task ${TASK_ID}, so VibeIQ may ` +
          "have received it (the task may already be complete): sending that same callback again, not this job's outcome."
      )
      expect(post.commands.filter(c => c.name === 'warning').map(c => c.message)).toEqual([
        expect.stringContaining(
          `VibeIQ refused the SUCCESS callback sent again for task ${TASK_ID}, so it was probably completed earlier: the task may already be complete`
        )
      ])
      // VibeIQ received one status only, the same body twice
      expect(callbacks().map(r => r.rawBody)).toEqual([callbacks()[0]?.rawBody, callbacks()[0]?.rawBody])
      expect(callbacks().map(r => String(r.body?.status))).toEqual(['SUCCESS', 'SUCCESS'])
      expect(vibeiq.tasks.get(TASK_ID)?.status).toBe('COMPLETE')
    }
  )

  it.concurrent(
    'a watch post phase cancelled mid-send says plainly the task may already be complete',
    async () => {
      const { vibeiq, job, watchStep, callbacks, markFile } = await setUp()
      const watch = await job.run(watchStep({ progress: 'off' }))
      job.status = 'failure'
      vibeiq.reply({ process: true, hang: true })
      let postProcess: ChildProcess | undefined
      const running = watch.post({ onStart: child => (postProcess = child) })
      await waitFor('the callback at VibeIQ', () => callbacks().length === 1)
      await cancel(postProcess as ChildProcess)
      const post = await running
      expect(post.exitCode).not.toBe(0)
      expect(post.commands.filter(c => c.name === 'error').map(c => c.message)).toEqual([
        `Stopped by SIGINT while the FAILURE callback for task ${TASK_ID} was being sent: VibeIQ may have ` +
          'received it, so the task may already be complete (check it in VibeIQ before sending anything).'
      ])
      expect(JSON.parse(readFileSync(markFile(), 'utf8'))).toMatchObject({
        state: 'sending',
        body: callbacks()[0]?.body
      })
      expect(vibeiq.tasks.get(TASK_ID)?.status).toBe('FAILED')
    }
  )

  it.concurrent('the command line cancelled mid-send exits 3: the task may already be complete', async () => {
    const { vibeiq, callbacks } = await setUp()
    vibeiq.reply({ process: true, hang: true })
    let cliProcess: ChildProcess | undefined
    const running = spawnNode(node, [CLI, 'complete', '--task-id', TASK_ID, '--status', 'success'], {
      env: { PATH: process.env['PATH'] ?? '', VIBEIQ_TOKEN: TOKEN, VIBEIQ_API_URL: vibeiq.url },
      cwd: process.cwd(),
      timeoutMs: 30_000,
      onStart: child => (cliProcess = child)
    })
    await waitFor('the callback at VibeIQ', () => callbacks().length === 1)
    ;(cliProcess as ChildProcess).kill('SIGINT')
    const ran = await running
    expect(ran.exitCode).toBe(3)
    expect(ran.stderr).toContain(
      `Stopped by SIGINT while the SUCCESS callback for task ${TASK_ID} was being sent: VibeIQ may have received it`
    )
  })
})

describe('a signal while no attempt has reached VibeIQ', () => {
  it.concurrent('the command line stopped between refused connections exits 1: not delivered', async () => {
    // A port nothing listens on: every attempt is refused at connect, then waits to retry.
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    let cliProcess: ChildProcess | undefined
    const running = spawnNode(
      node,
      [CLI, 'complete', '--task-id', TASK_ID, '--status', 'success', '--retry-for', '60', '--json'],
      {
        env: {
          PATH: process.env['PATH'] ?? '',
          VIBEIQ_TOKEN: TOKEN,
          VIBEIQ_API_URL: `http://127.0.0.1:${port}/api`
        },
        cwd: process.cwd(),
        timeoutMs: 30_000,
        onStart: child => (cliProcess = child)
      }
    )
    await pause(2000)
    ;(cliProcess as ChildProcess).kill('SIGTERM')
    const ran = await running
    expect(ran.exitCode).toBe(1)
    expect(ran.stderr).toContain(
      `Stopped by SIGTERM while the SUCCESS callback for task ${TASK_ID} was being sent: no attempt reached VibeIQ`
    )
    expect(ran.stderr).not.toContain('may have received it')
    // --json gives its one result, a command cut short included
    expect(JSON.parse(ran.stdout)).toMatchObject({
      taskId: TASK_ID,
      status: 'SUCCESS',
      delivered: false,
      outcome: 'refused',
      exitCode: 1,
      interrupted: 'SIGTERM'
    })
  })
})

describe('uncertain means the request may have arrived', () => {
  it.concurrent(
    'a TLS handshake that never completes is "not delivered": no mark, and the post phase sends the job\'s FAILURE',
    async () => {
      const { job, step, watchStep, callbacks, markFile } = await setUp()
      const silent = await silentServer()
      try {
        const watch = await job.run(watchStep({ progress: 'off' }))
        const url = `https://127.0.0.1:${silent.port}/prod/api`
        const callback = await job.run(
          step({ status: 'success', 'api-url': url, retries: '1', timeout: '1' })
        )
        expect(callback.exitCode).toBe(1)
        expect(callback.outputs).toMatchObject({ outcome: 'refused', delivered: 'false' })
        const error = callback.commands.find(c => c.name === 'error')?.message ?? ''
        expect(error).toContain('no connection within 1 s')
        expect(error).toContain('was not delivered')
        expect(error).not.toContain('may already be complete')
        expect(existsSync(markFile())).toBe(false)

        const post = await watch.post() // the failed step made the job's status failure
        expect(post.exitCode).toBe(0)
        expect(callbacks().map(r => String(r.body?.status))).toEqual(['FAILURE'])
      } finally {
        await silent.close()
      }
    }
  )

  it.concurrent(
    'a proxy that never opens its tunnel: not delivered, from the Action and the command line',
    async () => {
      const { job, step, markFile } = await setUp()
      const proxy = await silentServer()
      const url = 'https://vibeiq.test/prod/api'
      const env = { HTTPS_PROXY: `http://127.0.0.1:${proxy.port}` }
      try {
        const callback = await job.run(
          step({ status: 'success', 'api-url': url, retries: '0', timeout: '1' }, { env })
        )
        expect(callback.exitCode).toBe(1)
        expect(callback.outputs).toMatchObject({ outcome: 'refused' })
        expect(callback.commands.find(c => c.name === 'error')?.message).toContain('was not delivered')
        expect(existsSync(markFile())).toBe(false)
        const ran = await spawnNode(
          node,
          [CLI, 'complete', '--task-id', TASK_ID, '--status', 'success', '--retries', '0', '--timeout', '1'],
          {
            env: { PATH: process.env['PATH'] ?? '', VIBEIQ_TOKEN: TOKEN, VIBEIQ_API_URL: url, ...env },
            cwd: process.cwd(),
            timeoutMs: 30_000
          }
        )
        expect(ran.exitCode).toBe(1)
        expect(ran.stderr).not.toContain('may already be complete')
      } finally {
        await proxy.close()
      }
    }
  )

  it.concurrent(
    'the command line: exit 1 for a handshake never completed, 3 for a request never answered',
    async () => {
      const { vibeiq, callbacks } = await setUp()
      const silent = await silentServer()
      const run = (url: string) =>
        spawnNode(
          node,
          [CLI, 'complete', '--task-id', TASK_ID, '--status', 'success', '--retries', '0', '--timeout', '1'],
          {
            env: { PATH: process.env['PATH'] ?? '', VIBEIQ_TOKEN: TOKEN, VIBEIQ_API_URL: url },
            cwd: process.cwd(),
            timeoutMs: 30_000
          }
        )
      try {
        const handshake = await run(`https://127.0.0.1:${silent.port}/prod/api`)
        expect(handshake.exitCode).toBe(1)
        expect(handshake.stderr).toContain('no connection within 1 s')
        expect(handshake.stderr).not.toContain('may already be complete')

        vibeiq.reply({ hang: true }) // reads the whole request, then never answers
        const hung = await run(vibeiq.url)
        expect(callbacks()).toHaveLength(1)
        expect(hung.exitCode).toBe(3)
        expect(hung.stderr).toContain('no answer within 1 s')
        expect(hung.stderr).toContain('may already be complete')
      } finally {
        await silent.close()
      }
    }
  )
})

describe('one outcome ends all progress', () => {
  it.concurrent(
    "a callback step between a watch step's main and post: no update after the callback",
    async () => {
      const { vibeiq, job, step, watchStep, callbacks, puts, moveTo, expectNothingAfterCallback } =
        await setUp()
      const watch = await job.run(watchStep())
      await job.shell('echo "Uploading artifacts" >> "$VIBEIQ_PROGRESS"')
      await waitFor('the progress line on the task', () =>
        puts().some(r => String(r.body?.subtext) === 'Uploading artifacts')
      )
      const callback = await job.run(step({ status: 'success', subtext: 'Built' }))
      expect(callback.exitCode).toBe(0)
      // the job goes on: a new step, a new line; the reporter must not send them
      moveTo(3)
      await job.shell('echo "Uploading cache" >> "$VIBEIQ_PROGRESS"')
      await pause(5000)
      const post = await watch.post()
      expect(post.exitCode).toBe(0)
      expect(post.stdout).toContain(
        'was already completed by an earlier step of this job (SUCCESS, HTTP 200)'
      )
      expect(post.stdout).toMatch(
        /The reporter ended: the task's outcome is recorded \(SUCCESS, accepted\), so nothing more is sent\./
      )
      expect(callbacks()).toHaveLength(1)
      expectNothingAfterCallback()
      expect(vibeiq.tasks.get(TASK_ID)).toMatchObject({ status: 'COMPLETE', subtext: 'Built' })
    }
  )

  it.concurrent('the command line completing the task stops the reporter too', async () => {
    const { vibeiq, job, watchStep, callbacks, moveTo, expectNothingAfterCallback } = await setUp()
    const watch = await job.run(watchStep())
    const ran = await job.shell(
      `VIBEIQ_TOKEN=${TOKEN} VIBEIQ_API_URL=${vibeiq.url} "${node}" "${CLI}" complete --task-id ${TASK_ID} --status success --subtext Shipped`
    )
    expect(ran.exitCode).toBe(0)
    moveTo(3)
    await job.shell('echo "Uploading cache" >> "$VIBEIQ_PROGRESS"')
    await pause(5000)
    const post = await watch.post()
    expect(post.exitCode).toBe(0)
    expect(callbacks()).toHaveLength(1)
    expectNothingAfterCallback()
    expect(vibeiq.tasks.get(TASK_ID)).toMatchObject({ status: 'COMPLETE', subtext: 'Shipped' })
  })

  it.concurrent('two watch steps on one task id: one callback, and no update after it', async () => {
    const { vibeiq, job, watchStep, callbacks, moveTo, expectNothingAfterCallback } = await setUp()
    const first = await job.run(watchStep())
    const second = await job.run(watchStep())
    moveTo(2)
    await pause(3000)
    // post phases run in reverse order: the second watch step's first
    const secondPost = await second.post()
    expect(secondPost.exitCode).toBe(0)
    moveTo(3) // the first step's reporter sees a new step
    await pause(5000)
    const firstPost = await first.post()
    expect(firstPost.exitCode).toBe(0)
    expect(firstPost.stdout).toContain('was already completed by an earlier step of this job')
    expect(callbacks()).toHaveLength(1)
    expectNothingAfterCallback()
    expect(vibeiq.tasks.get(TASK_ID)).toMatchObject({ status: 'COMPLETE', subtext: 'GitHub job succeeded' })
  })

  it.concurrent(
    'an update in flight at stop is answered before the callback goes out, even from a backend that applies it late',
    async () => {
      const { vibeiq, job, watchStep, callbacks, puts } = await setUp()
      const watch = await job.run(watchStep({ progress: 'file' }))
      vibeiq.reply({ applyAfterMs: 1500 }) // the next update is applied 1.5 s after it came
      await job.shell('echo "Packaging 3 of 3" >> "$VIBEIQ_PROGRESS"')
      await waitFor('the update at VibeIQ', () =>
        puts().some(r => String(r.body?.subtext) === 'Packaging 3 of 3')
      )
      const post = await watch.post()
      expect(post.exitCode).toBe(0)
      const update = puts().find(r => String(r.body?.subtext) === 'Packaging 3 of 3')
      const [callback] = callbacks()
      // in this order: the update came, was applied and answered, then the callback came
      expect(update?.appliedAt).toBeDefined()
      expect(callback?.at).toBeGreaterThanOrEqual(update?.appliedAt ?? Infinity)
      expect(vibeiq.tasks.get(TASK_ID)).toMatchObject({ status: 'COMPLETE', subtext: 'GitHub job succeeded' })
      expect(post.stdout).toMatch(/Z {2}Packaging 3 of 3 {2}\[accepted, HTTP 200\]/)
    }
  )

  it.concurrent.each([
    ['null', 'null'],
    ['steps that are not a list', '{"status":"in_progress","steps":"Build"}'],
    ['steps that are not steps', '{"status":"in_progress","steps":[null,7,{"name":3}]}'],
    ['text that is not JSON', '<html>Bad gateway</html>']
  ])('a jobs API body of %s: the reporter lives on and follows the progress file', async (_, body) => {
    const { job, github, watchStep, puts } = await setUp()
    github.set({ jobBody: body })
    const watch = await job.run(watchStep())
    await pause(2500) // a look at the job
    await job.shell('echo "Rendering 5 of 9" >> "$VIBEIQ_PROGRESS"')
    await waitFor('the progress line on the task', () =>
      puts().some(r => String(r.body?.subtext) === 'Rendering 5 of 9')
    )
    const post = await watch.post()
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toMatch(/The reporter ended: stopped by the post phase\./)
    expect(github.requests.length).toBeGreaterThan(0)
  })
})
