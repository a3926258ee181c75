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
const logsOf = (n = 0): string[] => (callbacks()[n]?.body?.logs as string[] | undefined) ?? []

describe('the job status from each CI', () => {
  it.each([
    ['gitlab', { CI_JOB_STATUS: 'success' }, 'SUCCESS', 'CI_JOB_STATUS is success'],
    ['gitlab', { CI_JOB_STATUS: 'failed' }, 'FAILURE', 'CI_JOB_STATUS is failed'],
    ['gitlab', { CI_JOB_STATUS: 'canceled' }, 'FAILURE', 'CI_JOB_STATUS is canceled'],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Succeeded' }, 'SUCCESS', 'AGENT_JOBSTATUS is Succeeded'],
    [
      'azure-pipelines',
      { AGENT_JOBSTATUS: 'SucceededWithIssues' },
      'SUCCESS',
      'AGENT_JOBSTATUS is SucceededWithIssues'
    ],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Failed' }, 'FAILURE', 'AGENT_JOBSTATUS is Failed'],
    ['azure-pipelines', { AGENT_JOBSTATUS: 'Canceled' }, 'FAILURE', 'AGENT_JOBSTATUS is Canceled'],
    ['bitbucket-pipelines', { BITBUCKET_EXIT_CODE: '0' }, 'SUCCESS', 'BITBUCKET_EXIT_CODE is 0'],
    ['bitbucket-pipelines', { BITBUCKET_EXIT_CODE: '1' }, 'FAILURE', 'BITBUCKET_EXIT_CODE is 1'],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: '0' }, 'SUCCESS', 'BUILDKITE_COMMAND_EXIT_STATUS is 0'],
    ['buildkite', { BUILDKITE_COMMAND_EXIT_STATUS: '2' }, 'FAILURE', 'BUILDKITE_COMMAND_EXIT_STATUS is 2']
  ] as const)('%s %j sends %s, saying why', async (provider, status, sent, reason) => {
    const env = { ...CI_ENVIRONMENTS[provider], ...status, ...withToken }
    const ran = await cli(['complete', '--task-id', TASK_ID], env)
    expect(ran.code).toBe(0)
    expect(callbacks()).toHaveLength(1)
    expect(callbacks()[0]?.body).toMatchObject({ taskId: TASK_ID, status: sent })
    expect(logsOf()).toContain(`vibeiq-task-callback: ${sent} because ${reason}.`)
    expect(callbacks()[0]?.body?.output?.ciRun).toMatchObject({ provider })
  })

  it.each([
    ['SUCCESS', 'SUCCESS'],
    ['UNSTABLE', 'FAILURE'],
    ['FAILURE', 'FAILURE'],
    ['ABORTED', 'FAILURE'],
    ['NOT_BUILT', 'FAILURE']
  ])("takes Jenkins' currentBuild.currentResult %s as --status: %s", async (result, sent) => {
    const ran = await cli(['complete', '--task-id', TASK_ID, '--status', result], {
      ...CI_ENVIRONMENTS.jenkins,
      ...withToken
    })
    expect(ran.code).toBe(0)
    expect(callbacks()[0]?.body).toMatchObject({ status: sent })
    expect(callbacks()[0]?.body?.output?.ciRun).toEqual({
      provider: 'jenkins',
      url: 'https://ci.example.com/job/widgets/job/main/15/',
      pipeline: 'widgets/main',
      job: 'Build',
      id: '15',
      sha: '0123456789abcdef0123456789abcdef01234567',
      ref: 'main'
    })
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
    ['gitlab', /GitLab CI: CI_JOB_STATUS is not set/]
  ] as const)(
    'where %s cannot tell, a usage error that says what to pass, and the FAILURE callback',
    async (provider, hint) => {
      const ran = await cli(['complete', '--task-id', TASK_ID], {
        ...CI_ENVIRONMENTS[provider],
        ...withToken
      })
      expect(ran.code).toBe(2)
      expect(ran.stderr).toMatch(hint)
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
      logs: ['==> build.log <==', 'compiled', 'packaged'],
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
      readFileSync(join(runnerTemp, 'vibeiq-task-callback', `completed-${TASK_ID}.json`), 'utf8')
    )
    expect(mark).toMatchObject({ state: 'accepted', status: 'SUCCESS', httpStatus: 200 })
  })

  const oldNode = '/usr/bin/node'
  const hasOldNode =
    existsSync(oldNode) &&
    Number(execFileSync(oldNode, ['-p', 'process.versions.node.split(".")[0]']).toString()) < 22
  it('refuses to run on a Node older than 22.21, sending nothing (where this machine has one)', async () => {
    if (!hasOldNode) return
    const ran = await cli(['complete', '--task-id', TASK_ID, '--status', 'success'], withToken, oldNode)
    expect(ran.code).toBe(2)
    expect(ran.stderr).toMatch(/^vibeiq-task-callback needs Node.js 22.21 or later \(24.5 or later on Node 24\); this is v\d+/)
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

    it('a proxy that never opens the tunnel cannot hold it', async () => {
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
        expect(ran.code).toBe(3)
        expect(JSON.parse(ran.stdout)).toMatchObject({ outcome: 'uncertain', attempts: 1 })
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
