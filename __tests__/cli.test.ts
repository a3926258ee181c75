/**
 * The command-line program as users run it: dist/cli.js in a child process, with each CI's
 * documented environment, against the VibeIQ stand-in on 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { selfSignedCertificate, startProxy } from '../harness/proxy.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'
import { taskKey } from '../src/action/completion-mark.js'
import { detectCi } from '../src/cli/ci-providers.js'
import { STATUS_WORD_TABLE } from '../src/core/status-words.js'
import { CI_ENVIRONMENTS } from './support/ci-environments.js'
import { TASK_ID, TOKEN } from './support/in-process.js'

jest.setTimeout(60_000)

const CLI = join(process.cwd(), 'dist', 'cli.js')
/** CLI_NODE=/path/to/node runs dist/cli.js under another Node (CI reruns this file on Node 22). */
const node = process.env['CLI_NODE'] || process.env['ACTION_NODE'] || process.execPath

let vibeiq: Awaited<ReturnType<typeof startVibeIqStandIn>>
let dir: string
beforeEach(async () => {
  vibeiq = await startVibeIqStandIn()
  dir = mkdtempSync(join(tmpdir(), 'cli-'))
})
afterEach(async () => {
  await vibeiq.close()
  rmSync(dir, { recursive: true, force: true })
})

interface Ran {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI with only the given environment (and PATH), as a CI job would. */
function cli(args: string[], env: Record<string, string> = {}, runtime = node): Promise<Ran> {
  return new Promise(resolve => {
    execFile(
      runtime,
      [CLI, ...args],
      { cwd: dir, env: { PATH: process.env['PATH'] ?? '', VIBEIQ_API_URL: vibeiq.url, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
    )
  })
}

const withToken = { VIBEIQ_TOKEN: TOKEN }
const callbacks = () => vibeiq.requests.filter(r => r.method === 'POST')
const sentStatuses = (): unknown[] => callbacks().map(c => c.body?.status as unknown)
const logsOf = (n = 0): string[] => (callbacks()[n]?.body?.logs as string[] | undefined) ?? []

/** The reason line the task's logs carry: the status, why, and which run (its URL, its attempt). */
const reasonLine = (sent: string, why: string, run?: string) =>
  `vibeiq-task-callback: ${sent} because ${why}${run ? ` (${run})` : ''}.`

describe('the job status from each CI', () => {
  it.each([
    ['gitlab', { CI_JOB_STATUS: 'success' }, 'SUCCESS', 'CI_JOB_STATUS is success'],
    ['gitlab', { CI_JOB_STATUS: 'failed' }, 'FAILURE', 'CI_JOB_STATUS is failed'],
    ['gitlab', { CI_JOB_STATUS: 'canceled' }, 'FAILURE', 'CI_JOB_STATUS is canceled'],
    ['gitlab', { CI_JOB_STATUS: 'timedout' }, 'FAILURE', 'CI_JOB_STATUS is timedout'],
    [
      'azure-pipelines',
      { AGENT_JOBSTATUS: 'Succeeded' },
      'SUCCESS',
      "AGENT_JOBSTATUS is Succeeded (the job's status so far: a later step may still fail)"
    ],
    [
      'azure-pipelines',
      { AGENT_JOBSTATUS: 'SucceededWithIssues' },
      'FAILURE',
      "AGENT_JOBSTATUS is SucceededWithIssues (the job's status so far: a later step may still fail)"
    ],
    [
      'azure-pipelines',
      { AGENT_JOBSTATUS: 'Canceled' },
      'FAILURE',
      "AGENT_JOBSTATUS is Canceled (the job's status so far: a later step may still fail)"
    ],
    ['bitbucket-pipelines', { BITBUCKET_EXIT_CODE: '0' }, 'SUCCESS', 'BITBUCKET_EXIT_CODE is 0'],
    ['bitbucket-pipelines', { BITBUCKET_EXIT_CODE: '1' }, 'FAILURE', 'BITBUCKET_EXIT_CODE is 1'],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: '0' }, 'SUCCESS', 'BUILDKITE_COMMAND_EXIT_STATUS is 0'],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: '2' }, 'FAILURE', 'BUILDKITE_COMMAND_EXIT_STATUS is 2'],
    ['semaphore', { SEMAPHORE_JOB_RESULT: 'passed' }, 'SUCCESS', 'SEMAPHORE_JOB_RESULT is passed'],
    ['semaphore', { SEMAPHORE_JOB_RESULT: 'stopped' }, 'FAILURE', 'SEMAPHORE_JOB_RESULT is stopped'],
    [
      'aws-codebuild',
      { CODEBUILD_BUILD_SUCCEEDING: '1' },
      'SUCCESS',
      "CODEBUILD_BUILD_SUCCEEDING is 1 (the build's status so far: a later step may still fail)"
    ],
    ['aws-codebuild', { CODEBUILD_BUILD_SUCCEEDING: '0' }, 'FAILURE', 'CODEBUILD_BUILD_SUCCEEDING is 0'],
    ['travis-ci', { TRAVIS_TEST_RESULT: '0' }, 'SUCCESS', 'TRAVIS_TEST_RESULT is 0'],
    ['travis-ci', { TRAVIS_TEST_RESULT: '1' }, 'FAILURE', 'TRAVIS_TEST_RESULT is 1'],
    [
      'woodpecker',
      { CI_PIPELINE_STATUS: 'success' },
      'SUCCESS',
      "CI_PIPELINE_STATUS is success (the pipeline's status so far: a later step may still fail)"
    ],
    [
      'woodpecker',
      { CI_PIPELINE_STATUS: 'failure' },
      'FAILURE',
      "CI_PIPELINE_STATUS is failure (the pipeline's status so far: a later step may still fail)"
    ],
    [
      'drone',
      { DRONE_BUILD_STATUS: 'success' },
      'SUCCESS',
      "DRONE_BUILD_STATUS is success (the build's status so far: a later step may still fail)"
    ],
    [
      'drone',
      { DRONE_BUILD_STATUS: 'failure' },
      'FAILURE',
      "DRONE_BUILD_STATUS is failure (the build's status so far: a later step may still fail)"
    ],
    [
      'bitrise',
      { BITRISE_BUILD_STATUS: '0' },
      'SUCCESS',
      "BITRISE_BUILD_STATUS is 0 (the build's status so far: a later step may still fail)"
    ],
    [
      'bitrise',
      { BITRISE_BUILD_STATUS: '1' },
      'FAILURE',
      "BITRISE_BUILD_STATUS is 1 (the build's status so far: a later step may still fail)"
    ]
  ] as const)('%s %j sends %s, saying why and which run', async (provider, status, sent, reason) => {
    const env = { ...CI_ENVIRONMENTS[provider], ...status, ...withToken }
    const ran = await cli(['complete', '--task-id', TASK_ID], env)
    expect(ran.code).toBe(0)
    expect(callbacks()).toHaveLength(1)
    const body = callbacks()[0]?.body
    expect(body).toMatchObject({ taskId: TASK_ID, status: sent, output: { ciRun: { provider } } })
    const run = body?.output?.ciRun as { url?: string; attempt?: string }
    const name = ran.stderr.match(/^(.+ run): /m)?.[1]
    const where = [run.url && `${name}: ${run.url}`, run.attempt && `attempt ${run.attempt}`]
    expect(logsOf()).toContain(reasonLine(sent, reason, where.filter(Boolean).join(', ') || undefined))
  })

  it('the reason line in the task logs carries the run URL and the attempt that sent it', async () => {
    const env = {
      ...CI_ENVIRONMENTS['azure-pipelines'],
      AGENT_JOBSTATUS: 'Failed',
      SYSTEM_JOBATTEMPT: '2',
      ...withToken
    }
    const ran = await cli(['complete', '--task-id', TASK_ID], env)
    const url = 'https://dev.azure.com/fabrikam/Fabrikam%20Fiber/_build/results?buildId=1430'
    expect(logsOf()[0]).toBe(
      reasonLine(
        'FAILURE',
        "AGENT_JOBSTATUS is Failed (the job's status so far: a later step may still fail)",
        `Azure Pipelines run: ${url}, attempt 2`
      )
    )
    expect(ran.stderr).toContain(`Azure Pipelines run: ${url} (attempt 2)`)
    expect(callbacks()[0]?.body?.output?.ciRun).toMatchObject({ attempt: '2' })
  })

  it.each(STATUS_WORD_TABLE.map(row => [row.word, row.status, row.from]))(
    '--status %s sends %s (%s)',
    async (word, sent) => {
      const ran = await cli(['complete', '--task-id', TASK_ID, '--status', word], {
        ...CI_ENVIRONMENTS.jenkins,
        ...withToken
      })
      expect(ran.code).toBe(0)
      expect(callbacks()).toHaveLength(1)
      expect(callbacks()[0]?.body).toMatchObject({ status: sent })
      expect(logsOf()[0]).toBe(
        reasonLine(
          sent,
          `--status is ${word}`,
          'Jenkins run: https://ci.example.com/job/widgets/job/main/15/'
        )
      )
    }
  )

  it("Jenkins' job is JOB_NAME, not the stage (in post { always } that is 'Declarative: Post Actions')", async () => {
    await cli(['complete', '--task-id', TASK_ID, '--status', 'SUCCESS'], {
      ...CI_ENVIRONMENTS.jenkins,
      ...withToken
    })
    expect(callbacks()[0]?.body?.output?.ciRun).toEqual({
      provider: 'jenkins',
      url: 'https://ci.example.com/job/widgets/job/main/15/',
      job: 'widgets/main',
      id: '15',
      sha: '0123456789abcdef0123456789abcdef01234567',
      ref: 'main'
    })
  })

  it("Buildkite's URL opens the job, and its attempt is the retry count plus one", async () => {
    const env = { ...CI_ENVIRONMENTS.buildkite, BUILDKITE_COMMAND_EXIT_STATUS: '0', ...withToken }
    const ran = await cli(['complete', '--task-id', TASK_ID], env)
    const url = 'https://buildkite.com/acme/widgets/builds/1514#0190b7d4-3c2e-4a8e-9d62-5a1f0e3b2c11'
    expect(ran.stderr).toContain(`Buildkite run: ${url} (attempt 2)`)
    expect(logsOf()[0]).toBe(
      reasonLine('SUCCESS', 'BUILDKITE_COMMAND_EXIT_STATUS is 0', `Buildkite run: ${url}, attempt 2`)
    )
  })

  it.each([
    ['0', 'SUCCESS'],
    ['1', 'FAILURE'],
    ['137', 'FAILURE']
  ])('--exit-code %s sends %s, and so does VIBEIQ_EXIT_CODE', async (code, sent) => {
    expect((await cli(['complete', '--task-id', TASK_ID, '--exit-code', code], withToken)).code).toBe(0)
    expect(
      (await cli(['complete', '--task-id', TASK_ID], { ...withToken, VIBEIQ_EXIT_CODE: code })).code
    ).toBe(0)
    expect(sentStatuses()).toEqual([sent, sent])
    expect(logsOf(0)[0]).toBe(reasonLine(sent, `--exit-code is ${code}`))
    expect(logsOf(1)[0]).toBe(reasonLine(sent, `VIBEIQ_EXIT_CODE is ${code}`))
  })

  it('--exit-code wins over the CI variable, and an exit status given to --status is read as one', async () => {
    const gitlab = { ...CI_ENVIRONMENTS.gitlab, CI_JOB_STATUS: 'success', ...withToken }
    await cli(['complete', '--task-id', TASK_ID, '--exit-code', '2'], gitlab)
    const travis = { ...CI_ENVIRONMENTS['travis-ci'], ...withToken }
    await cli(['complete', '--task-id', TASK_ID, '--status', '0'], travis)
    expect(sentStatuses()).toEqual(['FAILURE', 'SUCCESS'])
    expect(logsOf(1)[0]).toContain('because --status is 0, an exit status')
  })

  it.each([
    [['--exit-code', 'zero'], '--exit-code is not a whole number'],
    [['--exit-code', '0', '--status', 'success'], '--status and --exit-code are both given: give one'],
    [['--status', 'running'], '--status says the job has not ended'],
    [['--status', 'completed'], '--status says the run ended but not how'],
    [['--status', ''], '--status is given but empty'],
    [['--exit-code', ' '], '--exit-code is given but empty'],
    [['--status', 'green'], '--status is not a word this program knows']
  ])('%j is a usage error that lists only words it accepts, and the task fails', async (extra, message) => {
    const ran = await cli(['complete', '--task-id', TASK_ID, ...extra], withToken)
    expect(ran.code).toBe(2)
    expect(ran.stderr).toContain(message)
    expect(callbacks()).toHaveLength(1)
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE' })
    const invited =
      ran.stderr.match(/--status with a word from the table \(([^)]*)\)/)?.[1]?.split(', ') ?? []
    if (extra[0] === '--status') {
      expect(invited.length).toBeGreaterThan(20)
      expect(invited.filter(word => !STATUS_WORD_TABLE.some(row => row.word === word))).toEqual([])
    }
    expect(ran.stderr).not.toContain('green')
  })

  it('in CodeBuild a number given to --status is refused: 1 is passing there, failed as an exit status', async () => {
    const ran = await cli(['complete', '--task-id', TASK_ID, '--status', '1'], {
      ...CI_ENVIRONMENTS['aws-codebuild'],
      ...withToken
    })
    expect(ran.code).toBe(2)
    expect(ran.stderr).toContain(
      'leave --status unset (auto reads CODEBUILD_BUILD_SUCCEEDING), or pass --exit-code'
    )
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE' })
  })

  it.each([
    [
      'circleci',
      /CircleCI: CircleCI has no job-status variable: pass --status failure in a step with when: on_fail/
    ],
    [
      'jenkins',
      /Jenkins: Jenkins gives the build result only to the pipeline script: pass --status \$\{currentBuild.currentResult\}/
    ],
    ['gitlab', /GitLab CI: CI_JOB_STATUS is not set/],
    ['azure-pipelines', /AGENT_JOBSTATUS is not set \(Azure sets it in every step, as the job status so far/]
  ] as const)(
    'where %s cannot tell, a usage error that says what to pass, and the FAILURE callback',
    async (provider, hint) => {
      const ran = await cli(['complete', '--task-id', TASK_ID], {
        ...CI_ENVIRONMENTS[provider],
        ...withToken
      })
      expect(ran.code).toBe(2)
      expect(ran.stderr).toMatch(hint)
      expect(ran.stderr).toContain('Pass --exit-code with the exit status')
      expect(callbacks()).toHaveLength(1)
      expect(callbacks()[0]?.body).toMatchObject({
        status: 'FAILURE',
        subtext: 'CI job misconfigured: see the task logs'
      })
      expect(logsOf()[1]).toMatch(hint)
    }
  )

  it('says the run URL in the log, and leaves ciRun out with --include-run-info false', async () => {
    const env = { ...CI_ENVIRONMENTS.gitlab, CI_JOB_STATUS: 'success', ...withToken }
    const ran = await cli(['complete', '--task-id', TASK_ID], env)
    expect(ran.stderr).toContain('GitLab CI run: https://gitlab.example.com/acme/widgets/-/jobs/8001')
    await cli(['complete', '--task-id', TASK_ID, '--include-run-info', 'false'], env)
    expect(callbacks()[1]?.body).not.toHaveProperty('output')
  })
})

describe('one of several parallel jobs', () => {
  it.each([
    [
      'gitlab',
      { CI_JOB_STATUS: 'success', CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3' },
      '2 of 3',
      'CI_NODE_INDEX'
    ],
    ['circleci', { CIRCLE_NODE_INDEX: '0', CIRCLE_NODE_TOTAL: '4' }, '1 of 4', 'CIRCLE_NODE_INDEX'],
    [
      'buildkite',
      { BUILDKITE_COMMAND_EXIT_STATUS: '0', BUILDKITE_PARALLEL_JOB: '1', BUILDKITE_PARALLEL_JOB_COUNT: '2' },
      '2 of 2',
      'BUILDKITE_PARALLEL_JOB'
    ],
    [
      'azure-pipelines',
      { AGENT_JOBSTATUS: 'Succeeded', SYSTEM_JOBPOSITIONINPHASE: '1', SYSTEM_TOTALJOBSINPHASE: '2' },
      '1 of 2',
      'SYSTEM_JOBPOSITIONINPHASE'
    ],
    [
      'bitbucket-pipelines',
      { BITBUCKET_EXIT_CODE: '0', BITBUCKET_PARALLEL_STEP: '0', BITBUCKET_PARALLEL_STEP_COUNT: '3' },
      '1 of 3',
      'BITBUCKET_PARALLEL_STEP'
    ],
    [
      'semaphore',
      { SEMAPHORE_JOB_RESULT: 'passed', SEMAPHORE_JOB_INDEX: '4', SEMAPHORE_JOB_COUNT: '4' },
      '4 of 4',
      'SEMAPHORE_JOB_INDEX'
    ]
  ] as const)(
    '%s: a shard SUCCESS is refused, sends nothing and exits 2, naming the recipe; a FAILURE goes out; --final sends SUCCESS',
    async (provider, variables, position, variable) => {
      const env = { ...CI_ENVIRONMENTS[provider], ...variables, ...withToken }
      const args = [
        'complete',
        '--task-id',
        TASK_ID,
        ...(provider === 'circleci' ? ['--status', 'success'] : [])
      ]
      const refused = await cli([...args, '--json'], env)
      expect(refused.code).toBe(2)
      expect(vibeiq.requests).toEqual([])
      expect(refused.stderr).toContain(`Not sent: this job is ${position} parallel jobs (${variable}`)
      const page = detectCi(CI_ENVIRONMENTS[provider])?.docs
      expect(page).toMatch(/^docs\/ci\/[a-z-]+\.md(#[a-z-]+)?$/)
      expect(refused.stderr).toContain(`as ${page} shows; if this is that final callback, pass --final`)
      expect(JSON.parse(refused.stdout)).toMatchObject({ delivered: false, attempts: 0, exitCode: 2 })

      const failed = await cli(['complete', '--task-id', TASK_ID, '--exit-code', '1'], env)
      expect(failed.code).toBe(0)
      expect((await cli([...args, '--final'], env)).code).toBe(0)
      expect((await cli(args, { ...env, VIBEIQ_FINAL: 'true' })).code).toBe(0)
      expect(sentStatuses()).toEqual(['FAILURE', 'SUCCESS', 'SUCCESS'])
    }
  )

  it('with --fail-on-test-failures, a shard whose tests failed sends its FAILURE; one whose tests passed is refused', async () => {
    const env = {
      ...CI_ENVIRONMENTS.gitlab,
      CI_JOB_STATUS: 'success',
      CI_NODE_INDEX: '1',
      CI_NODE_TOTAL: '2',
      ...withToken
    }
    const report = (body: string) =>
      writeFileSync(join(dir, 'junit.xml'), `<testsuite name="s">${body}</testsuite>`)
    const args = ['complete', '--task-id', TASK_ID, '--junit-files', 'junit.xml', '--fail-on-test-failures']
    report('<testcase classname="c" name="t"><failure message="boom"/></testcase>')
    const failed = await cli(args, env)
    expect(failed.code).toBe(0)
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE' })
    report('<testcase classname="c" name="t"/>')
    const passed = await cli(args, env)
    expect(passed.code).toBe(2)
    expect(passed.stderr).toContain('Not sent: this job is 1 of 2 parallel jobs')
    expect(callbacks()).toHaveLength(1)
  })

  it('with --fail-on-test-failures, a shard with a report not read in full sends its FAILURE, as the core decides', async () => {
    const env = {
      ...CI_ENVIRONMENTS.gitlab,
      CI_JOB_STATUS: 'success',
      CI_NODE_INDEX: '1',
      CI_NODE_TOTAL: '2',
      ...withToken
    }
    writeFileSync(
      join(dir, 'passing.xml'),
      '<testsuite name="s"><testcase classname="c" name="t"/></testsuite>'
    )
    // An encoding the reader refuses: the failure it may hold is not counted, so nothing shows the tests passed.
    writeFileSync(
      join(dir, 'ebcdic.xml'),
      '<?xml version="1.0" encoding="EBCDIC-US"?><testsuite name="e"><testcase name="x"/></testsuite>'
    )
    const ran = await cli(
      ['complete', '--task-id', TASK_ID, '--junit-files', '*.xml', '--fail-on-test-failures'],
      env
    )
    expect(ran.code).toBe(0)
    expect(ran.stderr).not.toContain('Not sent')
    expect(sentStatuses()).toEqual(['FAILURE'])
    expect(callbacks()[0]?.body?.logs?.[0]).toMatch(/^vibeiq-task-callback: FAILURE because .*ebcdic\.xml/)
  })

  it('a job that is not parallel (CI_NODE_TOTAL 1) sends its SUCCESS', async () => {
    const env = { ...CI_ENVIRONMENTS.gitlab, CI_JOB_STATUS: 'success', CI_NODE_TOTAL: '1', ...withToken }
    expect((await cli(['complete', '--task-id', TASK_ID], env)).code).toBe(0)
    expect(callbacks()[0]?.body).toMatchObject({ status: 'SUCCESS' })
  })
})

describe('budgets inside the CI limits', () => {
  it("in GitLab, the defaults end within after_script's 5 minutes, and say so", async () => {
    const env = { ...CI_ENVIRONMENTS.gitlab, CI_JOB_STATUS: 'success', VIBEIQ_DEBUG: 'true', ...withToken }
    const ran = await cli(['complete', '--task-id', TASK_ID], env)
    expect(ran.stderr).toContain(
      'GitLab gives after_script 5 minutes by default: timeout 30 s, retry-for 210 s by default here, so that the callback ends within 240 s'
    )
    const given = await cli(['complete', '--task-id', TASK_ID, '--retry-for', '60', '--timeout', '5'], env)
    expect(given.stderr).not.toContain('by default here')
  })

  it('under an outage in GitLab, the default budget gives up inside after_script (a fake clock)', async () => {
    vibeiq.reply(...Array.from({ length: 200 }, () => ({ status: 503 })))
    const { main } = await import('../src/cli/main.js')
    let clock = 0
    const waits: number[] = []
    let stderr = ''
    let stdout = ''
    const code = await main(['complete', '--task-id', TASK_ID, '--json'], {
      env: { ...CI_ENVIRONMENTS.gitlab, CI_JOB_STATUS: 'success', VIBEIQ_API_URL: vibeiq.url, ...withToken },
      write: text => void (stderr += text),
      print: text => void (stdout += text),
      // the longest backoff every time, and waits that only move the clock
      hooks: {
        now: () => clock,
        random: () => 1,
        sleep: ms => (waits.push(ms), (clock += ms), Promise.resolve())
      }
    })
    expect(code).toBe(3)
    expect(clock).toBeLessThanOrEqual(210_000)
    expect(waits.length).toBeGreaterThan(5)
    expect(stderr).toContain('retry-for: 210 s')
    expect(JSON.parse(stdout)).toMatchObject({ outcome: 'uncertain', attempts: waits.length + 1 })
    expect(stderr.indexOf('--- Complete the task by hand, if this job ends')).toBeLessThan(
      stderr.indexOf('Attempt 1 failed')
    )
  })

  it('a cancelled Buildkite job ends within the 10 s cancel grace period during an outage, the by-hand block printed early', async () => {
    vibeiq.reply(...Array.from({ length: 20 }, () => ({ hang: true })))
    const env = {
      ...CI_ENVIRONMENTS.buildkite,
      BUILDKITE_COMMAND_EXIT_STATUS: '0',
      BUILDKITE_JOB_CANCELLED: 'true',
      ...withToken
    }
    const started = Date.now()
    const ran = await cli(['complete', '--task-id', TASK_ID], env)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(ran.code).toBe(3)
    expect(ran.stderr).toContain('timeout 2 s, retry-for 6 s by default here')
    const early = ran.stderr.indexOf(
      '--- Complete the task by hand, if this job ends before the callback is delivered'
    )
    expect(early).toBeGreaterThan(-1)
    expect(early).toBeLessThan(ran.stderr.indexOf('Attempt 1 failed'))
    expect(ran.stderr).toContain('-H "Authorization: Bearer $VIBEIQ_TOKEN"')
    expect(ran.stderr).not.toContain(TOKEN)
  })

  it("the CI's window covers reading too: a report that would take longer is cut, and the callback goes out in time", async () => {
    // About 1,000,000 cases: seconds to count, far more than a 1 s cancel grace period allows.
    const cases = '<testcase classname="c" name="t"/>'.repeat(1_000_000)
    writeFileSync(join(dir, 'big.xml'), `<testsuite name="s">${cases}</testsuite>`)
    const env = {
      ...CI_ENVIRONMENTS.buildkite,
      BUILDKITE_COMMAND_EXIT_STATUS: '0',
      BUILDKITE_JOB_CANCELLED: 'true',
      BUILDKITE_CANCEL_GRACE_PERIOD: '1',
      ...withToken
    }
    const ran = await cli(['complete', '--task-id', TASK_ID, '--junit-files', 'big.xml'], env)
    expect(ran.code).toBe(0)
    expect(callbacks()).toHaveLength(1)
    const tests = (callbacks()[0]?.body?.output as { tests?: { total: number; unreadReports?: number } })
      .tests
    expect(tests?.unreadReports).toBe(1)
    expect(tests?.total).toBeLessThan(1_000_000)
  })

  it('prints the by-hand block at the first failed attempt, not only at the end', async () => {
    vibeiq.reply({ status: 503 }, { status: 200 })
    const ran = await cli(['complete', '--task-id', TASK_ID, '--status', 'success'], withToken)
    expect(ran.code).toBe(0)
    expect(callbacks()).toHaveLength(2)
    const early = ran.stderr.indexOf(
      '--- Complete the task by hand, if this job ends before the callback is delivered'
    )
    expect(early).toBeGreaterThan(-1)
    expect(early).toBeLessThan(ran.stderr.indexOf('VibeIQ accepted SUCCESS'))
    expect(ran.stderr).toContain("The callback's first attempt failed (HTTP 503); it is being retried.")
    expect(ran.stderr).toContain(`"taskId": "${TASK_ID}"`)
  })

  it('shows in the early by-hand block the body as sent, numbers digit for digit', async () => {
    vibeiq.reply({ status: 503 }, { status: 200 })
    const output = '{"big":12345678901234567891,"f":1.0,"huge":1e400}'
    const ran = await cli(
      ['complete', '--task-id', TASK_ID, '--status', 'success', '--output', output],
      withToken
    )
    expect(callbacks()[0]?.rawBody).toContain('"big":12345678901234567891,"f":1.0,"huge":1e400')
    const early = ran.stderr.slice(ran.stderr.indexOf('--- Complete the task by hand'))
    expect(early).toContain('"big": 12345678901234567891')
    expect(early).toContain('"f": 1.0')
    expect(early).toContain('"huge": 1e400')
  })
})

describe('flags and VIBEIQ_* variables', () => {
  it('reads every value from VIBEIQ_* variables, and a flag wins over its variable', async () => {
    writeFileSync(join(dir, 'build.log'), 'compiled\npackaged\n')
    const env = {
      VIBEIQ_TASK_ID: 'fromEnvironment1',
      VIBEIQ_STATUS: 'failure',
      VIBEIQ_LOGS_FILE: 'build.log',
      VIBEIQ_SUBTEXT: 'Built',
      VIBEIQ_OUTPUT: '{"zip": "https://example.com/a.zip"}',
      ...withToken
    }
    expect((await cli(['complete'], env)).code).toBe(0)
    expect(callbacks()[0]?.body).toMatchObject({
      taskId: 'fromEnvironment1',
      status: 'FAILURE',
      subtext: 'Built',
      logs: [reasonLine('FAILURE', 'VIBEIQ_STATUS is failure'), '==> build.log <==', 'compiled', 'packaged'],
      output: { zip: 'https://example.com/a.zip' }
    })
    await cli(['complete', '--task-id', TASK_ID, '--status', 'success'], env)
    expect(callbacks()[1]?.body).toMatchObject({ taskId: TASK_ID, status: 'SUCCESS' })
    expect(callbacks()[0]?.headers['authorization']).toBe(`Bearer ${TOKEN}`)
  })

  it('sends test counts from JUnit reports, as the Action does', async () => {
    mkdirSync(join(dir, 'reports'))
    const report = (name: string, body: string) =>
      writeFileSync(join(dir, 'reports', name), `<testsuite name="s">${body}</testsuite>`)
    report(
      'a.xml',
      '<testcase classname="c" name="t1"/><testcase classname="c" name="t2"><failure message="boom"/></testcase>'
    )
    report('b.xml', '<testcase classname="c" name="t1"/>')
    const ran = await cli(
      [
        'complete',
        '--task-id',
        TASK_ID,
        '--status',
        'success',
        '--junit-files',
        'reports/*.xml',
        '--fail-on-test-failures',
        '--json'
      ],
      withToken
    )
    expect(callbacks()[0]?.body).toMatchObject({
      status: 'FAILURE',
      subtext: 'Completed with 2/3 passing, 1 failed'
    })
    expect(JSON.parse(ran.stdout)).toMatchObject({
      tests: { total: 3, passed: 2, failed: 1, skipped: 0, flaky: 0 }
    })
  })

  it('updates the subtext with the subtext command', async () => {
    const ran = await cli(['subtext', '--task-id', TASK_ID, '--subtext', 'Rendered 40 of 100'], withToken)
    expect(ran.code).toBe(0)
    expect(vibeiq.requests).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: `/event-workflow-tasks/${TASK_ID}`,
        body: { subtext: 'Rendered 40 of 100' }
      })
    ])
  })

  it('an unknown flag is a usage error, and still fails the task it names', async () => {
    const ran = await cli(['complete', '--task-id', TASK_ID, '--staus', 'failure'], withToken)
    expect(ran.code).toBe(2)
    expect(ran.stderr).toContain("Unknown option '--staus': see vibeiq-task-callback --help.")
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE' })
  })

  it('--help and --version print to stdout and exit 0', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: vibeiq-task-callback <command> \[flags\]/)
    expect(help.stdout).toContain('Exit codes: 0 delivered')
    const version = await cli(['--version'])
    expect(version.stdout).toBe(
      `vibeiq-task-callback ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`
    )
    expect(vibeiq.requests).toEqual([])
  })
})

describe('exit codes and --json', () => {
  const complete = ['complete', '--task-id', TASK_ID, '--status', 'success', '--json']

  it('0 delivered, with the result as one JSON object on stdout', async () => {
    const ran = await cli(complete, withToken)
    expect(ran.code).toBe(0)
    expect(JSON.parse(ran.stdout)).toEqual({
      command: 'complete',
      taskId: TASK_ID,
      status: 'SUCCESS',
      delivered: true,
      outcome: 'accepted',
      httpStatus: 200,
      attempts: 1,
      exitCode: 0
    })
  })

  it('1 not delivered: VibeIQ refused it', async () => {
    vibeiq.reply({ status: 401, body: { message: 'Invalid token' } })
    const ran = await cli(complete, withToken)
    expect(ran.code).toBe(1)
    expect(JSON.parse(ran.stdout)).toMatchObject({ delivered: false, outcome: 'refused', httpStatus: 401 })
    expect(ran.stderr).toContain('VibeIQ answered HTTP 401')
  })

  it('3 uncertain: a 5xx after sending, so the task may already be complete', async () => {
    vibeiq.reply({ status: 504 }, { status: 504 })
    const ran = await cli([...complete, '--retries', '1', '--retry-for', '1'], withToken)
    expect(ran.code).toBe(3)
    expect(JSON.parse(ran.stdout)).toMatchObject({ outcome: 'uncertain', attempts: 2 })
    expect(ran.stderr).toContain('the task may already be complete')
  })

  it('0 for a dry run, which sends nothing; --fail-on-error false turns a failure into a warning', async () => {
    expect((await cli([...complete, '--dry-run'], withToken)).code).toBe(0)
    expect(vibeiq.requests).toEqual([])
    vibeiq.reply({ status: 401 })
    const ran = await cli([...complete, '--fail-on-error', 'false'], withToken)
    expect(ran.code).toBe(0)
    expect(ran.stderr).toContain('warning: ')
  })

  it('2 for a usage error with nothing to reach VibeIQ with', async () => {
    const ran = await cli(['complete', '--status', 'success'])
    expect(ran.code).toBe(2)
    expect(ran.stderr).toContain('No task id: pass --task-id or set VIBEIQ_TASK_ID.')
    expect(ran.stderr).toContain('No VibeIQ credentials: set --token (or VIBEIQ_TOKEN)')
    expect(vibeiq.requests).toEqual([])
  })
})

describe('secrets', () => {
  it('never prints a credential, from a flag (with a warning) or the environment', async () => {
    writeFileSync(join(dir, 'env.log'), `TOKEN=${TOKEN}\n`)
    const fromFlag = await cli(
      [
        'complete',
        '--task-id',
        TASK_ID,
        '--status',
        'success',
        '--token',
        TOKEN,
        '--logs-file',
        'env.log',
        '--json'
      ],
      {}
    )
    expect(fromFlag.stderr).toContain(
      'warning: --token was given on the command line, where other processes of this machine can read it; prefer the VIBEIQ_TOKEN environment variable.'
    )
    const fromEnv = await cli(
      ['complete', '--task-id', TASK_ID, '--status', 'success', '--dry-run'],
      withToken
    )
    for (const ran of [fromFlag, fromEnv]) expect(ran.stdout + ran.stderr).not.toContain(TOKEN)
    expect(JSON.stringify(callbacks()[0]?.body)).not.toContain(TOKEN)
    expect(logsOf()).toContain('TOKEN=***')
    // outside GitHub Actions, no workflow commands at all
    expect(fromFlag.stderr).not.toMatch(/^::/m)
  })

  it('inside GitHub Actions, masks with workflow commands and writes the job summary', async () => {
    const summary = join(dir, 'summary.md')
    writeFileSync(summary, '')
    const ran = await cli(['complete', '--task-id', TASK_ID, '--status', 'success'], {
      ...CI_ENVIRONMENTS['github-actions'],
      GITHUB_STEP_SUMMARY: summary,
      ...withToken
    })
    expect(ran.code).toBe(0)
    const lines = ran.stderr.split('\n')
    expect(lines.filter(l => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])
    expect(lines.indexOf(`::add-mask::${TOKEN}`)).toBe(0)
    expect(readFileSync(summary, 'utf8')).toContain('<td>Status sent</td><td>SUCCESS</td>')
    expect(callbacks()[0]?.body?.output?.ciRun).toMatchObject({
      provider: 'github-actions',
      url: 'https://github.com/acme/widgets/actions/runs/4242'
    })
  })
})

describe('packaging', () => {
  it('npm pack gives a tarball that installs with no network and no dependencies', () => {
    const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', dir, '--ignore-scripts'], {
      encoding: 'utf8'
    })
    const [{ filename, files }] = JSON.parse(packed) as [{ filename: string; files: { path: string }[] }]
    expect(files.map(f => f.path).sort()).toEqual(
      ['LICENSE', 'README.md', 'dist/cli-licenses.txt', 'dist/cli.js', 'package.json'].sort()
    )
    const prefix = join(dir, 'prefix')
    execFileSync(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(dir, filename)],
      {
        encoding: 'utf8'
      }
    )
    const help = execFileSync(join(prefix, 'node_modules', '.bin', 'vibeiq-task-callback'), ['--help'], {
      encoding: 'utf8',
      env: { PATH: `${process.execPath.replace(/\/node$/, '')}:${process.env['PATH']}` }
    })
    expect(help).toMatch(/^Usage: vibeiq-task-callback/)
  })
})

describe('what is typed is what is read', () => {
  const complete = ['complete', '--status', 'success']

  it.each([
    [['--task-id'], '--task-id needs a value: give it as --task-id VALUE or --task-id=VALUE.'],
    [['--task-id', '--status', 'failure'], '--task-id needs a value'],
    [['--task-id', TASK_ID, '--status', 'failure'], '--status is given more than once: give it once.']
  ])('%j is a usage error, never a guess', async (extra, message) => {
    const ran = await cli([...complete, ...extra], { ...withToken, VIBEIQ_TASK_ID: 'fromEnvironment1' })
    expect(ran.code).toBe(2)
    expect(ran.stderr).toContain(message)
    expect(callbacks().every(c => c.body?.status === 'FAILURE')).toBe(true)
  })

  it('takes a value that starts with dashes, as `--logs "$(tail build.log)"` gives it', async () => {
    const tail = '-----\nBUILD FAILURE\n--- end'
    const ran = await cli(
      ['complete', '--task-id', TASK_ID, '--status', 'failure', '--logs', tail, '--subtext', '-x'],
      withToken
    )
    expect(ran.code).toBe(0)
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE', subtext: '-x' })
    expect(logsOf()).toEqual(expect.arrayContaining(['-----', 'BUILD FAILURE', '--- end']))
  })

  it('one of its own flags in the place of a value means the value is missing', async () => {
    const ran = await cli(
      ['complete', '--task-id', TASK_ID, '--logs', '--dry-run', '--status', 'failure'],
      withToken
    )
    expect(ran.code).toBe(2)
    expect(ran.stderr).toContain('--logs needs a value: give it as --logs VALUE or --logs=VALUE.')
  })

  it('never quotes a value it did not expect: it may be a secret given to a mistyped flag', async () => {
    const secret = 'SuperSecretValue123'
    const ran = await cli(['complete', '--task-id', TASK_ID, '--tokne', secret, '--json'], withToken)
    expect(ran.code).toBe(2)
    expect(ran.stderr).toContain("Unknown option '--tokne'")
    expect(ran.stderr).toContain('1 unexpected argument after the command (not shown')
    expect(ran.stdout + ran.stderr + JSON.stringify(vibeiq.requests)).not.toContain(secret)
    // the FAILURE went out and was accepted, and --json says so
    expect(JSON.parse(ran.stdout)).toMatchObject({
      status: 'FAILURE',
      delivered: true,
      outcome: 'accepted',
      exitCode: 2
    })
  })

  it('reads no Action-only input from the environment (needs, github-token)', async () => {
    const env = {
      ...CI_ENVIRONMENTS['azure-pipelines'],
      AGENT_JOBSTATUS: 'Succeeded',
      VIBEIQ_NEEDS: '{"build": {"result": "failure"}}',
      ...withToken
    }
    expect((await cli(['complete', '--task-id', TASK_ID], env)).code).toBe(0)
    expect(callbacks()[0]?.body).toMatchObject({ status: 'SUCCESS' })
  })

  it("takes GitLab's timedout as a failure", async () => {
    const env = { ...CI_ENVIRONMENTS.gitlab, CI_JOB_STATUS: 'timedout', ...withToken }
    expect((await cli(['complete', '--task-id', TASK_ID], env)).code).toBe(0)
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE' })
  })

  it('with fail-on-test-failures, no report to read is a FAILURE: nothing shows the tests passed', async () => {
    await cli(
      [
        'complete',
        '--task-id',
        TASK_ID,
        '--status',
        'success',
        '--junit-files',
        'missing/*.xml',
        '--fail-on-test-failures'
      ],
      withToken
    )
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE' })
    expect(logsOf()).toContain(
      'vibeiq-task-callback: FAILURE because no test report could be read and fail-on-test-failures is true.'
    )
  })

  it('prints the body and a curl command when the callback is not delivered, and names this log', async () => {
    vibeiq.reply({ status: 401 })
    const ran = await cli(['complete', '--task-id', TASK_ID, '--status', 'success'], withToken)
    expect(ran.code).toBe(1)
    expect(ran.stderr).toContain(
      'To complete the task by hand, this log has its body and a curl command that sends it.'
    )
    expect(ran.stderr).toContain('--- Complete the task by hand')
    expect(ran.stderr).toContain('-H "Authorization: Bearer $VIBEIQ_TOKEN"')
  })

  it('in a GitHub Actions run step, records the delivery so that a watch step sends nothing more', async () => {
    const runnerTemp = join(dir, 'runner-temp')
    mkdirSync(runnerTemp)
    const env = { ...CI_ENVIRONMENTS['github-actions'], RUNNER_TEMP: runnerTemp, ...withToken }
    expect((await cli(['complete', '--task-id', TASK_ID, '--status', 'success'], env)).code).toBe(0)
    const mark = JSON.parse(
      readFileSync(join(runnerTemp, 'vibeiq-task-callback', `completed-${taskKey(TASK_ID)}.json`), 'utf8')
    )
    expect(mark).toMatchObject({ state: 'accepted', status: 'SUCCESS', httpStatus: 200 })
  })

  it('in GitHub Actions, a subtext update after the task was completed by this job is not sent', async () => {
    const runnerTemp = join(dir, 'runner-temp')
    mkdirSync(runnerTemp)
    const env = { ...CI_ENVIRONMENTS['github-actions'], RUNNER_TEMP: runnerTemp, ...withToken }
    expect((await cli(['complete', '--task-id', TASK_ID, '--status', 'success'], env)).code).toBe(0)
    const late = await cli(['subtext', '--task-id', TASK_ID, '--subtext', 'publishing'], env)
    expect(late.code).toBe(0)
    expect(late.stderr).toContain(
      `Not sent: an earlier step of this job sent SUCCESS for task ${TASK_ID}, and nothing may follow the task's outcome.`
    )
    expect(vibeiq.requests.map(r => r.method)).toEqual(['POST'])
    // Outside GitHub Actions no mark is kept: the update goes out as asked.
    expect((await cli(['subtext', '--task-id', TASK_ID, '--subtext', 'x'], withToken)).code).toBe(0)
    expect(vibeiq.requests.map(r => r.method)).toEqual(['POST', 'PUT'])
  })

  const oldNode = '/usr/bin/node'
  const hasOldNode =
    existsSync(oldNode) &&
    Number(execFileSync(oldNode, ['-p', 'process.versions.node.split(".")[0]']).toString()) < 22
  it('refuses to run on a Node older than 22.21, sending nothing (where this machine has one)', async () => {
    if (!hasOldNode) return
    const ran = await cli(['complete', '--task-id', TASK_ID, '--status', 'success'], withToken, oldNode)
    expect(ran.code).toBe(2)
    expect(ran.stderr).toMatch(
      /^vibeiq-task-callback needs Node.js 22.21 or later \(24.5 or later on Node 24\); this is v\d+/
    )
    expect(vibeiq.requests).toEqual([])
  })
})

describe("the command line's transport", () => {
  const complete = ['complete', '--task-id', TASK_ID, '--status', 'success', '--json']

  it('never sends a loopback api-url through a proxy', async () => {
    const proxy = await startProxy(vibeiq.port)
    try {
      const ran = await cli(complete, { ...withToken, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url })
      expect(ran.code).toBe(0)
      expect(proxy.connects).toEqual([])
      expect(callbacks()).toHaveLength(1)
    } finally {
      await proxy.close()
    }
  })

  it('reaches an IPv6 literal', async () => {
    const v6 = await startVibeIqStandIn({ host: '::1' })
    try {
      const ran = await cli(complete, { ...withToken, VIBEIQ_API_URL: v6.url })
      expect(v6.url).toMatch(/^http:\/\/\[::1\]:/)
      expect(ran.code).toBe(0)
      expect(v6.requests).toHaveLength(1)
    } finally {
      await v6.close()
    }
  })

  it('a server that never answers cannot hold it: uncertain within its time budget', async () => {
    vibeiq.reply({ hang: true }, { hang: true })
    const started = Date.now()
    const ran = await cli([...complete, '--timeout', '0.5', '--retries', '1', '--retry-for', '1'], withToken)
    expect(ran.code).toBe(3)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(callbacks()).toHaveLength(2)
  })

  describe('through HTTPS_PROXY', () => {
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

    it('goes through the proxy, and NO_PROXY is honoured', async () => {
      const env = { ...withToken, VIBEIQ_API_URL: secure.url, NODE_EXTRA_CA_CERTS: tls.certFile }
      const ran = await cli(complete, { ...env, HTTPS_PROXY: proxy.url })
      expect(ran.code).toBe(0)
      expect(proxy.connects).toEqual([`${hostname}:443`])
      expect(secure.requests[0]?.headers['authorization']).toBe(`Bearer ${TOKEN}`)
      // straight to vibeiq.test, which only the proxy knows: the lookup fails, refused
      const direct = await cli([...complete, '--retries', '0'], {
        ...env,
        HTTPS_PROXY: proxy.url,
        NO_PROXY: hostname
      })
      expect(direct.code).toBe(1)
      expect(proxy.connects).toHaveLength(1)
    })

    it('a proxy that never opens the tunnel cannot hold it, and nothing was sent: not delivered (1)', async () => {
      const held: Socket[] = []
      const silent = createServer()
      silent.on('connect', (_req, socket: Socket) => void held.push(socket)) // answers nothing
      await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
      const { port } = silent.address() as AddressInfo
      try {
        const env = { ...withToken, VIBEIQ_API_URL: secure.url, HTTPS_PROXY: `http://127.0.0.1:${port}` }
        const started = Date.now()
        const ran = await cli([...complete, '--retries', '0', '--timeout', '0.5'], env)
        expect(Date.now() - started).toBeLessThan(10_000)
        expect(ran.code).toBe(1)
        expect(JSON.parse(ran.stdout)).toMatchObject({ outcome: 'refused', attempts: 1 })
      } finally {
        for (const socket of held) socket.destroy()
        await new Promise(resolve => silent.close(resolve))
      }
    })

    it('retries a proxy that refuses the tunnel, and ends within its time budget', async () => {
      const refusing = createServer((_req, res) => res.writeHead(405).end())
      refusing.on('connect', (_req, socket: Socket) => socket.end('HTTP/1.1 503 Service Unavailable\r\n\r\n'))
      await new Promise<void>(resolve => refusing.listen(0, '127.0.0.1', resolve))
      const { port } = refusing.address() as AddressInfo
      try {
        const env = { ...withToken, VIBEIQ_API_URL: secure.url, HTTPS_PROXY: `http://127.0.0.1:${port}` }
        const ran = await cli([...complete, '--retries', '1', '--retry-for', '2', '--timeout', '2'], env)
        expect(ran.stderr).toMatch(/Attempt 1 failed: .*503.*Retrying in/)
        expect(JSON.parse(ran.stdout)).toMatchObject({ attempts: 2, outcome: 'refused' })
        expect(ran.code).toBe(1)
      } finally {
        refusing.closeAllConnections()
        await new Promise(resolve => refusing.close(resolve))
      }
    })
  })
})
