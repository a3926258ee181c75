/**
 * The single executable (`npm run build:binary`) as a job without Node runs it: no node on the
 * PATH, only the CI's environment, against the VibeIQ stand-in on 127.0.0.1.
 *
 * A subset of cli.test.ts, chosen for what the executable changes: it starts at all (the
 * CommonJS wrapping of dist/cli.js, the embedded Node that the version check must accept), it
 * loads what the bundle imports on demand (the JUnit reader, the glob library), it reaches
 * VibeIQ directly and through a proxy with an extra CA (Node's own proxy support and
 * NODE_EXTRA_CA_CERTS inside the executable), and its exit codes, --json and redaction are those
 * of dist/cli.js. Everything else is the same code, tested in cli.test.ts.
 *
 * CLI_BINARY names the executable; `.ci/run` builds it and sets it. Unset, this file skips (a
 * plain `npm test` builds no binary); set to a file that is not there, it fails.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'
import { CI_ENVIRONMENTS } from './support/ci-environments.js'
import { TASK_ID, TOKEN } from './support/in-process.js'
import { useProxiedVibeIq } from './support/proxied-vibeiq.js'

jest.setTimeout(60_000)

const runFile = promisify(execFile)
const BINARY = process.env['CLI_BINARY'] ? resolve(process.env['CLI_BINARY']) : undefined
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version

describe('CLI_BINARY', () => {
  it('names an executable that exists, when set', () => {
    if (BINARY) expect(existsSync(BINARY)).toBe(true)
  })
})

const describeBinary = BINARY && existsSync(BINARY) ? describe : describe.skip

describeBinary('the single executable', () => {
  let vibeiq: Awaited<ReturnType<typeof startVibeIqStandIn>>
  let dir: string
  beforeEach(async () => {
    vibeiq = await startVibeIqStandIn()
    dir = mkdtempSync(join(tmpdir(), 'cli-binary-'))
    mkdirSync(join(dir, 'bin'))
  })
  afterEach(async () => {
    await vibeiq.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /** Runs the executable in an image without Node: an empty folder is all its PATH holds. */
  const run = (args: string[], env: Record<string, string> = {}) =>
    runFile(BINARY ?? '', args, {
      cwd: dir,
      env: { PATH: join(dir, 'bin'), VIBEIQ_API_URL: vibeiq.url, ...env }
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: Number(error.code),
        stdout: error.stdout,
        stderr: error.stderr
      })
    )

  const withToken = { VIBEIQ_TOKEN: TOKEN }
  const callbacks = () => vibeiq.requests.filter(r => r.method === 'POST')
  const complete = ['complete', '--task-id', TASK_ID, '--status', 'success', '--json']

  it('prints its version and help with no node on the PATH, without an experimental warning', async () => {
    const version = await run(['--version'])
    expect(version).toEqual({ code: 0, stdout: `vibeiq-task-callback ${VERSION}\n`, stderr: '' })
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: vibeiq-task-callback <command> \[flags\]/)
    expect(help.stderr).toBe('')
    expect(vibeiq.requests).toEqual([])
  })

  it.each([
    ['success', 'SUCCESS'],
    ['failed', 'FAILURE']
  ])("sends GitLab's CI_JOB_STATUS %s as %s, with the run's details", async (jobStatus, sent) => {
    const ran = await run(['complete', '--task-id', TASK_ID], {
      ...CI_ENVIRONMENTS.gitlab,
      CI_JOB_STATUS: jobStatus,
      ...withToken
    })
    expect(ran.code).toBe(0)
    expect(callbacks()).toHaveLength(1)
    const [callback] = callbacks()
    expect(callback?.path).toBe('/external-events/callback/')
    expect(callback?.headers['authorization']).toBe(`Bearer ${TOKEN}`)
    expect(callback?.body).toMatchObject({ taskId: TASK_ID, status: sent })
    expect(callback?.body?.logs).toEqual(
      expect.arrayContaining([expect.stringContaining(`${sent} because CI_JOB_STATUS is ${jobStatus}`)])
    )
    expect(callback?.body?.output?.ciRun).toMatchObject({
      provider: 'gitlab',
      url: 'https://gitlab.example.com/acme/widgets/-/jobs/8001'
    })
  })

  it('reads JUnit reports that a pattern matches, and logs with the token redacted', async () => {
    mkdirSync(join(dir, 'reports'))
    writeFileSync(
      join(dir, 'reports', 'a.xml'),
      '<testsuite name="s"><testcase classname="c" name="t1"/>' +
        '<testcase classname="c" name="t2"><failure message="boom"/></testcase></testsuite>'
    )
    writeFileSync(join(dir, 'build.log'), `compiled\nTOKEN=${TOKEN}\n`)
    const ran = await run(
      [...complete, '--junit-files', 'reports/*.xml', '--logs-file', 'build.log', '--fail-on-test-failures'],
      withToken
    )
    expect(ran.code).toBe(0)
    expect(JSON.parse(ran.stdout)).toMatchObject({
      status: 'FAILURE',
      delivered: true,
      tests: { total: 2, passed: 1, failed: 1, skipped: 0, flaky: 0 }
    })
    const [callback] = callbacks()
    expect(callback?.body).toMatchObject({
      status: 'FAILURE',
      subtext: 'Completed with 1/2 passing, 1 failed'
    })
    expect(callback?.body?.logs).toEqual(expect.arrayContaining(['compiled', 'TOKEN=***']))
    expect(callback?.rawBody).not.toContain(TOKEN)
    expect(ran.stdout + ran.stderr).not.toContain(TOKEN)
  })

  it('exits 1 when VibeIQ refuses, 3 when delivery is uncertain, 2 on a usage error', async () => {
    vibeiq.reply({ status: 401, body: { message: 'Invalid token' } })
    const refused = await run(complete, withToken)
    expect(refused.code).toBe(1)
    expect(JSON.parse(refused.stdout)).toMatchObject({
      delivered: false,
      outcome: 'refused',
      httpStatus: 401
    })

    vibeiq.reply({ status: 504 }, { status: 504 })
    const uncertain = await run([...complete, '--retries', '1', '--retry-for', '1'], withToken)
    expect(uncertain.code).toBe(3)
    expect(JSON.parse(uncertain.stdout)).toMatchObject({ outcome: 'uncertain', attempts: 2 })

    const usage = await run(['complete', '--status', 'success'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('No task id: pass --task-id or set VIBEIQ_TASK_ID.')
    expect(callbacks()).toHaveLength(3) // the refused one and the uncertain one's two attempts
  })

  it('sends nothing on a dry run', async () => {
    const ran = await run([...complete, '--dry-run'], withToken)
    expect(ran.code).toBe(0)
    expect(vibeiq.requests).toEqual([])
  })

  describe('through HTTPS_PROXY, trusting NODE_EXTRA_CA_CERTS', () => {
    const proxied = useProxiedVibeIq()

    it('goes through the proxy', async () => {
      const { hostname, tls, secure, proxy } = proxied
      const ran = await run(complete, {
        ...withToken,
        VIBEIQ_API_URL: secure.url,
        NODE_EXTRA_CA_CERTS: tls.certFile,
        HTTPS_PROXY: proxy.url
      })
      expect(ran.code).toBe(0)
      expect(proxy.connects).toEqual([`${hostname}:443`])
      expect(secure.requests[0]?.body).toMatchObject({ taskId: TASK_ID, status: 'SUCCESS' })
    })
  })
})
