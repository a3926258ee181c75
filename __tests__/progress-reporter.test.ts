/**
 * The progress reporter's parts: what it shows (pure), its loop on a fake clock, the progress
 * file, the GitHub API poller against the stand-in, and how the post phase tells it apart from
 * a process that took its pid.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGitHubApiStandIn, stepsJob } from '../harness/github-api.mjs'
import { ProgressEnv } from '../src/core/constants.js'
import type { JobPoll } from '../src/action/job-steps.js'
import { JobPoller } from '../src/action/job-steps.js'
import { isReporter, REPORTER_STOP_WAIT_MS } from '../src/action/progress-control.js'
import { PROGRESS_TAIL_BYTES, ProgressFile, type Written } from '../src/action/progress-file.js'
import type { RecordEntry } from '../src/action/progress-record.js'
import {
  followProgress,
  MAX_REPORTER_LIFETIME_MS,
  progressConnection,
  PROGRESS_UPDATE_MAX_MS,
  type ReporterIo,
  type UpdateClaim
} from '../src/action/progress-reporter.js'
import { markFile, UPDATE_SETTLE_MS } from '../src/action/completion-mark.js'
import {
  MAX_SUBTEXT_CHARS,
  newer,
  newestLine,
  runningStep,
  subtextLine
} from '../src/action/progress-text.js'
import { createRedactor } from '../src/core/secrets.js'
import type { Delivery } from '../src/core/vibeiq-client.js'

const SECRET = 'vibeiq-bearer-token-0123456789'
const redact = createRedactor([SECRET])
const STEPS = ['Set up job', 'Run ./', 'Build', 'Test', 'Complete job']
const START = Date.parse('2026-11-29T12:00:00Z')

describe('what the task shows', () => {
  it("names the running step and where it is among the job's steps, dated by its start", () => {
    const { steps } = stepsJob({ steps: STEPS, running: 2, startedAt: new Date(START + 5000) })
    expect(runningStep([...steps].reverse(), redact, 0)).toEqual({
      text: "Running 'Build' (step 3 of 5)",
      at: START + 5000
    })
  })

  it('has nothing to say between steps, and dates a step without a start by the fallback', () => {
    const { steps } = stepsJob({ steps: STEPS, completed: true })
    expect(runningStep(steps, redact, 0)).toBeUndefined()
    const undated = [{ name: 'Build', status: 'in_progress', number: 1 }]
    expect(runningStep(undated, redact, 42)).toEqual({ text: "Running 'Build' (step 1 of 1)", at: 42 })
  })

  it('takes the last line that shows something', () => {
    expect(newestLine('one\r\ntwo\n\n  \n', redact)).toBe('two')
    expect(newestLine('\n\u001b[0m\n', redact)).toBeUndefined()
  })

  it('makes one line of it: colours and control characters out, spaces collapsed', () => {
    expect(subtextLine('\u001b[32mRendered\u001b[0m\t40  of\u0007100 ', redact)).toBe('Rendered 40 of 100')
  })

  it('redacts before it cuts, so no part of a secret at the cut is left', () => {
    // whole, the secret would run past the cut
    const line = subtextLine(`${'a'.repeat(180)}${SECRET} and more`, redact)
    expect(line).toBe(`${'a'.repeat(180)}*** and more`)
    const cut = subtextLine(`${'a'.repeat(MAX_SUBTEXT_CHARS - 10)}${SECRET}${'b'.repeat(50)}`, redact)
    expect(Array.from(cut)).toHaveLength(MAX_SUBTEXT_CHARS)
    expect(cut).toContain('***')
    expect(cut).not.toContain(SECRET.slice(0, 6))
  })

  it('redacts a secret that colour codes split, once they are taken out', () => {
    const split = `${SECRET.slice(0, 10)}\u001b[0m${SECRET.slice(10)}`
    expect(subtextLine(`token ${split}`, redact)).toBe('token ***')
  })

  it('cuts by characters, never inside one', () => {
    const line = subtextLine('😀'.repeat(300), redact)
    expect(Array.from(line)).toHaveLength(MAX_SUBTEXT_CHARS)
    expect(line.endsWith('😀...')).toBe(true)
  })

  it('the newer of a step and a line wins, the line on a tie', () => {
    const step = { text: 'step', at: 10 }
    expect(newer(step, { text: 'line', at: 9 })).toBe(step)
    expect(newer(step, { text: 'line', at: 11 })?.text).toBe('line')
    expect(newer(step, { text: 'line', at: 10 })?.text).toBe('line')
    expect(newer(undefined, undefined)).toBeUndefined()
    expect(newer(step, undefined)).toBe(step)
  })
})

/** The world the loop sees, changed by the test before each look. */
interface World {
  clock: number
  looks: number
  poll: JobPoll
  written?: Written
  fileError?: Error
  delivery?: Delivery
  polls: number
  sent: Array<{ text: string; look: number }>
  records: RecordEntry[]
  logs: string[]
}

const INTERVAL = 15_000
const accepted: Delivery = { outcome: 'accepted', httpStatus: 200, attempts: 1, response: '', elapsedMs: 5 }
const jobAt = (running: number, startedAt: number): JobPoll => ({
  kind: 'changed',
  job: stepsJob({ steps: STEPS, running, startedAt: new Date(startedAt) })
})

/**
 * Runs the loop for `looks.length` looks, `looks[i]` changing the world before look i + 1;
 * the lifetime then ends it.
 */
async function follow(
  looks: Array<(world: World) => void>,
  options: { steps?: boolean; claims?: Array<UpdateClaim['kind']> } = {}
) {
  const world: World = {
    clock: START,
    looks: 0,
    poll: { kind: 'unchanged' },
    polls: 0,
    sent: [],
    records: [],
    logs: []
  }
  const io: ReporterIo = {
    now: () => world.clock,
    sleep: ms => {
      world.clock += ms
      looks[world.looks++]?.(world)
      return Promise.resolve()
    },
    pollJob:
      options.steps === false
        ? undefined
        : () => {
            world.polls++
            const poll = world.poll
            world.poll = { kind: 'unchanged' }
            return Promise.resolve(poll)
          },
    readProgressFile: () => {
      if (world.fileError) return Promise.reject(world.fileError)
      const written = world.written
      world.written = undefined
      return Promise.resolve(written)
    },
    send: text => {
      world.sent.push({ text, look: world.looks })
      return Promise.resolve(world.delivery)
    },
    record: entry => world.records.push(entry),
    log: message => world.logs.push(message),
    claimUpdate: options.claims
      ? () => {
          const kind = options.claims?.shift() ?? 'go'
          if (kind === 'stop') return Promise.resolve({ kind, why: 'the outcome is recorded' })
          if (kind === 'wait') return Promise.resolve({ kind })
          return Promise.resolve({ kind, done: () => world.logs.push('answered') })
        }
      : undefined
  }
  const ended = await followProgress(
    { intervalMs: INTERVAL, redact, maxLifetimeMs: INTERVAL * (looks.length + 1) },
    io
  )
  return { world, ended }
}

describe('the reporter, look by look', () => {
  it('sends a step when it starts, and nothing while nothing changes', async () => {
    const { world, ended } = await follow([
      w => (w.poll = jobAt(1, w.clock)),
      () => undefined,
      w => (w.poll = jobAt(1, START)), // the job changed, not its running step
      w => (w.poll = jobAt(2, w.clock)),
      () => undefined
    ])
    expect(world.sent).toEqual([
      { text: "Running 'Run ./' (step 2 of 5)", look: 1 },
      { text: "Running 'Build' (step 3 of 5)", look: 4 }
    ])
    expect(world.polls).toBe(5)
    expect(ended).toBe('it ran for 0.025 hours, the most a reporter may')
  })

  it('the newer of a line and a step wins, both ways, with one update a look at most', async () => {
    const { world } = await follow([
      w => (w.poll = jobAt(1, w.clock)),
      w => (w.written = { text: 'Rendered 10 of 100\n', at: w.clock }),
      w => (w.poll = jobAt(2, w.clock - 1000)),
      w => {
        // both at once: the line was written before the step started
        w.written = { text: 'Rendered 90 of 100\n', at: w.clock - 9000 }
        w.poll = jobAt(3, w.clock - 5000)
      },
      w => (w.written = { text: 'Tests: 3 of 80\nTests: 4 of 80\n', at: w.clock })
    ])
    expect(world.sent.map(s => s.text)).toEqual([
      "Running 'Run ./' (step 2 of 5)",
      'Rendered 10 of 100',
      "Running 'Build' (step 3 of 5)",
      "Running 'Test' (step 4 of 5)",
      'Tests: 4 of 80'
    ])
  })

  it('records each update with what came of it, and does not send the same text twice', async () => {
    const refused: Delivery = {
      ...accepted,
      outcome: 'refused',
      httpStatus: 401,
      error: 'credentials refused'
    }
    const { world } = await follow([
      w => {
        w.delivery = refused
        w.written = { text: 'Packaging', at: w.clock }
      },
      w => (w.written = { text: 'Packaging', at: w.clock })
    ])
    expect(world.sent).toHaveLength(1)
    expect(world.records).toEqual([
      {
        at: new Date(START + INTERVAL).toISOString(),
        subtext: 'Packaging',
        outcome: 'refused',
        httpStatus: 401,
        error: 'credentials refused'
      }
    ])
  })

  it('asks before each update: waits while a callback is on its way, stops once the outcome is recorded', async () => {
    const { world, ended } = await follow(
      [
        w => (w.written = { text: 'Packaging 1 of 3', at: w.clock }),
        w => (w.written = { text: 'Packaging 2 of 3', at: w.clock }),
        () => undefined,
        w => (w.written = { text: 'Packaging 3 of 3', at: w.clock }),
        () => undefined
      ],
      { claims: ['go', 'wait', 'go', 'stop'] }
    )
    // the text held back while a callback was on its way is sent at the next look
    expect(world.sent.map(s => s.text)).toEqual(['Packaging 1 of 3', 'Packaging 2 of 3'])
    expect(world.logs.filter(line => line === 'answered')).toHaveLength(2)
    expect(ended).toBe('the outcome is recorded')
  })

  it.each([
    ['null', null],
    ['a job whose steps are not a list', { status: 'in_progress', steps: 'Build' }],
    ['steps that are not steps', { status: 'in_progress', steps: [null, 7, { name: 3 }, 'Build'] }],
    ['a number', 42]
  ])('survives a jobs API body of %s, and keeps following the progress file', async (_, body) => {
    const { world, ended } = await follow([
      w => (w.poll = { kind: 'changed', job: body as never }),
      w => (w.written = { text: 'Rendering 5 of 9', at: w.clock }),
      w => (w.poll = jobAt(2, w.clock))
    ])
    expect(world.sent.map(s => s.text)).toEqual(['Rendering 5 of 9', "Running 'Build' (step 3 of 5)"])
    expect(ended).toMatch(/^it ran for/)
  })

  it('a job whose list of steps holds other things shows the steps among them', async () => {
    const job = stepsJob({ steps: STEPS, running: 2, startedAt: new Date(START) })
    const { world } = await follow([
      w => (w.poll = { kind: 'changed', job: { ...job, steps: [null, ...job.steps, 5] } as never })
    ])
    expect(world.sent.map(s => s.text)).toEqual(["Running 'Build' (step 3 of 5)"])
  })

  it('in a dry run, records each update as not sent', async () => {
    const { world } = await follow([w => (w.written = { text: 'Packaging', at: w.clock })])
    expect(world.records).toEqual([{ at: new Date(START + INTERVAL).toISOString(), subtext: 'Packaging' }])
  })

  it('a job it cannot read: one note, no more looks at the job, the file still followed', async () => {
    const reason = "the token cannot read this run's jobs (HTTP 403); grant 'permissions: actions: read'"
    const { world } = await follow([
      w => (w.poll = { kind: 'unavailable', reason }),
      w => (w.written = { text: 'Packaging', at: w.clock }),
      () => undefined
    ])
    expect(world.polls).toBe(1)
    expect(world.records).toEqual([
      { at: expect.any(String), note: `Following the progress file only: ${reason}.` },
      expect.objectContaining({ subtext: 'Packaging' })
    ])
  })

  it('rate limited: no look at the job until the limit ends', async () => {
    const { world } = await follow([
      w =>
        (w.poll = { kind: 'limited', untilMs: w.clock + 2.5 * INTERVAL, reason: 'rate limited (HTTP 429)' }),
      () => undefined,
      () => undefined,
      () => undefined
    ])
    expect(world.polls).toBe(2) // the first look, then the fourth
    expect(world.logs[0]).toMatch(/^The GitHub API rate limited \(HTTP 429\): next look at the job at /)
  })

  it('a failed look is logged and tried again at the next', async () => {
    const { world } = await follow([
      w => (w.poll = { kind: 'failed', reason: 'the GitHub API failed: socket hang up' }),
      w => (w.poll = jobAt(2, w.clock))
    ])
    expect(world.logs).toEqual(['Could not look at the job: the GitHub API failed: socket hang up.'])
    expect(world.sent.map(s => s.text)).toEqual(["Running 'Build' (step 3 of 5)"])
  })

  it('a progress file it cannot read is logged once while it lasts', async () => {
    const { world } = await follow(
      [
        w => (w.fileError = new Error('it is a FIFO (named pipe), not a regular file')),
        () => undefined,
        w => (w.fileError = undefined),
        w => (w.fileError = new Error('it is a FIFO (named pipe), not a regular file'))
      ],
      { steps: false }
    )
    expect(world.logs).toEqual([
      'Could not read the progress file: it is a FIFO (named pipe), not a regular file',
      'Could not read the progress file: it is a FIFO (named pipe), not a regular file'
    ])
  })

  it('ends when the job shows completed: its post phase did not run', async () => {
    const { world, ended } = await follow([
      w => (w.poll = jobAt(2, w.clock)),
      w => (w.poll = { kind: 'changed', job: stepsJob({ steps: STEPS, completed: true }) }),
      w => (w.written = { text: 'never read', at: w.clock })
    ])
    expect(ended).toBe('the job has completed')
    expect(world.looks).toBe(2)
  })

  it('ends after 72 hours at most', async () => {
    let sleeps = 0
    let clock = START
    const ended = await followProgress(
      { intervalMs: 3_600_000, redact },
      {
        now: () => clock,
        sleep: ms => {
          sleeps++
          clock += ms
          return Promise.resolve()
        },
        readProgressFile: () => Promise.resolve(undefined),
        send: () => Promise.resolve(undefined),
        record: () => undefined,
        log: () => undefined
      }
    )
    expect(MAX_REPORTER_LIFETIME_MS).toBe(72 * 3_600_000)
    expect(ended).toBe('it ran for 72 hours, the most a reporter may')
    expect(sleeps).toBe(72)
  })

  it('ends each update, answered or given up, before a callback stops waiting for it', () => {
    expect(PROGRESS_UPDATE_MAX_MS).toBeLessThan(UPDATE_SETTLE_MS)
    expect(PROGRESS_UPDATE_MAX_MS).toBeLessThan(REPORTER_STOP_WAIT_MS)
  })

  it('gives each update a short budget of its own: one retry within 4 s, 4 s an attempt', () => {
    const connection = {
      apiUrl: 'https://x.test',
      credentials: {},
      retries: 50,
      retryForMs: 300_000,
      timeoutMs: 30_000
    }
    expect(progressConnection(connection)).toEqual({
      ...connection,
      retries: 1,
      retryForMs: 4000,
      timeoutMs: 4000
    })
    const tight = { ...connection, retries: 0, retryForMs: 500, timeoutMs: 1000 }
    expect(progressConnection(tight)).toEqual(tight)
  })
})

describe('the progress file', () => {
  let directory: string
  let path: string
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'progress-file-'))
    path = join(directory, 'progress.txt')
  })
  afterEach(() => rmSync(directory, { recursive: true, force: true }))

  it('gives what was appended since the last look, and when it was written', async () => {
    const file = new ProgressFile(path)
    expect(await file.readNew()).toBeUndefined() // not there yet
    writeFileSync(path, 'one\n')
    expect(await file.readNew()).toEqual({ text: 'one\n', at: expect.any(Number) })
    expect(await file.readNew()).toBeUndefined()
    appendFileSync(path, 'two\nthree\n')
    expect((await file.readNew())?.text).toBe('two\nthree\n')
  })

  it('starts again from the top of a file that was emptied', async () => {
    const file = new ProgressFile(path)
    writeFileSync(path, 'a long first line\n')
    await file.readNew()
    truncateSync(path, 0)
    appendFileSync(path, 'new\n')
    expect((await file.readNew())?.text).toBe('new\n')
  })

  it('reads only the end of a file that grew by a lot', async () => {
    const file = new ProgressFile(path)
    writeFileSync(path, `${'x'.repeat(5 * PROGRESS_TAIL_BYTES)}\nlast\n`)
    const written = await file.readNew()
    expect(written?.text).toHaveLength(PROGRESS_TAIL_BYTES)
    expect(written?.text.endsWith('\nlast\n')).toBe(true)
  })

  it('refuses a link to a device that never ends', async () => {
    symlinkSync('/dev/zero', path)
    await expect(new ProgressFile(path).readNew()).rejects.toThrow('it is /dev/zero, under /dev')
  })
})

describe('looking at the job through the GitHub API', () => {
  let github: Awaited<ReturnType<typeof startGitHubApiStandIn>>
  const env = () => ({
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '2',
    RUNNER_NAME: 'GitHub Actions 7'
  })
  beforeEach(async () => {
    github = await startGitHubApiStandIn({ jobs: [stepsJob({ steps: STEPS, running: 1, id: 77 })] })
  })
  afterEach(() => github.close())

  it('by job.check_run_id, with If-None-Match from the second look: an unchanged job is a 304', async () => {
    const poller = new JobPoller('ghs_token', 77, env())
    expect(await poller.poll()).toMatchObject({ kind: 'changed', job: { id: 77 } })
    expect(await poller.poll()).toEqual({ kind: 'unchanged' })
    github.set({ jobs: [stepsJob({ steps: STEPS, running: 2, id: 77 })] })
    const changed = await poller.poll()
    expect(changed.kind === 'changed' && changed.job.steps?.[2]?.status).toBe('in_progress')
    expect(github.requests.map(r => [r.path, r.status, r.headers['if-none-match'] ?? null])).toEqual([
      ['/repos/acme/widgets/actions/jobs/77', 200, null],
      ['/repos/acme/widgets/actions/jobs/77', 304, expect.stringMatching(/^W\/"/)],
      ['/repos/acme/widgets/actions/jobs/77', 200, expect.stringMatching(/^W\/"/)]
    ])
    expect(github.requests[0]?.authorization).toBe('token ghs_token')
  })

  it("without it, finds the job among the attempt's jobs once, by this runner's name", async () => {
    github.set({
      jobs: [stepsJob({ steps: STEPS, id: 5, runner: 'another runner' }), stepsJob({ steps: STEPS, id: 77 })]
    })
    const poller = new JobPoller('ghs_token', undefined, env())
    expect(await poller.poll()).toMatchObject({ kind: 'changed', job: { id: 77 } })
    expect(await poller.poll()).toEqual({ kind: 'unchanged' })
    expect(github.requests.map(r => r.path)).toEqual([
      '/repos/acme/widgets/actions/runs/4242/attempts/2/jobs?per_page=100',
      '/repos/acme/widgets/actions/jobs/77',
      '/repos/acme/widgets/actions/jobs/77'
    ])
  })

  it('no job of the run on this runner: unavailable, saying so', async () => {
    github.set({ jobs: [stepsJob({ steps: STEPS, runner: 'another runner' })] })
    expect(await new JobPoller('t', undefined, env()).poll()).toEqual({
      kind: 'unavailable',
      reason: "no job of run 4242 ran on runner 'GitHub Actions 7'"
    })
  })

  it.each([403, 404])('HTTP %i: unavailable, naming the permission', async status => {
    github.set({ status })
    expect(await new JobPoller('t', 77, env()).poll()).toEqual({
      kind: 'unavailable',
      reason: `the token cannot read this run's jobs (HTTP ${status}); grant 'permissions: actions: read'`
    })
  })

  it('a 403 that is a rate limit waits for its reset, not for a permission', async () => {
    github.set({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1900000000' } })
    expect(await new JobPoller('t', 77, env()).poll()).toEqual({
      kind: 'limited',
      untilMs: 1_900_000_000_000,
      reason: 'rate limited (HTTP 403)'
    })
  })

  it('a 429 waits as Retry-After asks', async () => {
    github.set({ status: 429, headers: { 'retry-after': '30' } })
    const poll = await new JobPoller('t', 77, env(), () => START).poll()
    expect(poll).toEqual({ kind: 'limited', untilMs: START + 30_000, reason: 'rate limited (HTTP 429)' })
  })

  it('a 5xx or a slow API: worth another look', async () => {
    github.set({ status: 502 })
    const failed = await new JobPoller('t', 77, env()).poll()
    expect(failed.kind === 'failed' && failed.reason).toMatch(/^the GitHub API failed: /)
    github.set({ delayMs: 2000, jobs: [stepsJob({ steps: STEPS, id: 77 })] })
    expect(await new JobPoller('t', 77, env(), Date.now, 200).poll()).toEqual({
      kind: 'failed',
      reason: 'the GitHub API did not answer within 0.2 s'
    })
  })
})

// /proc is what tells them apart; elsewhere the saved pid is trusted
const onLinux = process.platform === 'linux' ? describe : describe.skip

onLinux('telling the reporter apart from a process that took its pid (Linux)', () => {
  const children: ChildProcess[] = []
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL')
  })
  const directory = join(tmpdir(), 'a-reporter-directory')
  const env = { ...process.env, [ProgressEnv.Reporter]: directory }
  /** The first line a child prints, once it runs (while exec sets a process up, its environment reads empty). */
  const firstLine = (child: ChildProcess) =>
    new Promise<string>(resolve => child.stdout?.once('data', (data: Buffer) => resolve(data.toString())))

  it('is the process with its directory in its environment', async () => {
    const child = spawn(process.execPath, ['-e', "console.log('running'); setTimeout(() => {}, 30000)"], {
      env,
      stdio: ['ignore', 'pipe', 'ignore']
    })
    children.push(child)
    await firstLine(child)
    const pid = child.pid ?? 0
    expect(isReporter(pid, directory)).toBe(true)
    expect(isReporter(pid, `${directory}-other`)).toBe(false)
    child.kill('SIGKILL')
    await new Promise(resolve => child.once('exit', resolve))
    expect(isReporter(pid, directory)).toBe(false)
  })

  it('a reporter that exited but was never collected (a zombie) has ended', async () => {
    // the inner shell ends once its parent has become `sleep`, which never collects it
    const parent = spawn('sh', ['-c', `sh -c 'sleep 0.3' & echo $!; exec sleep 30`], {
      env,
      stdio: ['ignore', 'pipe', 'ignore']
    })
    children.push(parent)
    const pid = Number(await firstLine(parent))
    const zombie = () => /^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
    for (let waited = 0; !zombie() && waited < 5000; waited += 50) {
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    expect(zombie()).toBe(true)
    expect(() => process.kill(pid, 0)).not.toThrow() // still in the process table
    expect(isReporter(pid, directory)).toBe(false)
  })
})

describe('the completion mark', () => {
  it('task ids that differ only in case never share a mark, even where the file system ignores case', () => {
    const directory = join(tmpdir(), 'marks')
    const names = ['rbGtiz4rUX8JNJZv', 'RBGTIZ4RUX8JNJZV', 'rbgtiz4rux8jnjzv'].map(id =>
      markFile(directory, id).toLowerCase()
    )
    expect(new Set(names).size).toBe(3)
  })
})
