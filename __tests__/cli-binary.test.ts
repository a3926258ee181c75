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
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { selfSignedCertificate, startProxy } from '../harness/proxy.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'
import { CI_ENVIRONMENTS } from './support/ci-environments.js'
import { TASK_ID, TOKEN } from './support/in-process.js'

jest.setTimeout(60_000)

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
  let noNode: string
  beforeEach(async () => {
    vibeiq = await startVibeIqStandIn()
    dir = mkdtempSync(join(tmpdir(), 'cli-binary-'))
    noNode = join(dir, 'bin') // the only PATH entry: an image without Node
    mkdirSync(noNode)
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

  function run(args: string[], env: Record<string, string> = {}): Promise<Ran> {
    return new Promise(done => {
      execFile(
        BINARY ?? '',
        args,
        { cwd: dir, env: { PATH: noNode, VIBEIQ_API_URL: vibeiq.url, ...env } },
        (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr })
      )
    })
  }

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

    it('goes through the proxy', async () => {
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
