/** No credential the step can see leaves it, in any form, whatever file it comes from. */
import { describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { API, API_KEY, freshJobEachTest, ORG, runInProcess, TASK_ID, TOKEN } from './support/in-process.js'
import { CALLBACK, interceptOnce } from './support/vibeiq-nock.js'

const base = {
  'task-id': TASK_ID,
  token: TOKEN,
  'api-url': API,
  status: 'SUCCESS',
  'include-run-info': 'false'
}
const RUNTIME_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.runtime-token-value'
const ID_TOKEN_REQUEST_TOKEN = 'id-token-request-token-value-0123'

const job = freshJobEachTest()

describe('what is sent to VibeIQ', () => {
  it('has the github-token replaced in logs, a log file, output, subtext and a test name', async () => {
    const githubToken = job().githubToken
    writeFileSync(
      join(job().workspace, 'build.log'),
      `git clone https://x-access-token:${githubToken}@github.com/a/b\n`
    )
    writeFileSync(
      join(job().workspace, 'junit.xml'),
      `<testsuite name="s"><testcase name="uses ${githubToken}"><failure message="bad ${githubToken}"/></testcase></testsuite>`
    )
    const sent = interceptOnce('post', CALLBACK)
    const result = await runInProcess(job(), {
      with: {
        ...base,
        logs: `token ${githubToken}`,
        'logs-file': 'build.log',
        'junit-files': 'junit.xml',
        output: JSON.stringify({ [githubToken]: githubToken }),
        subtext: `done ${githubToken}`
      }
    })
    expect(result.exitCode).toBe(0)
    const body = sent[0]?.body ?? {}
    expect(JSON.stringify(body)).not.toContain(githubToken)
    expect(body['subtext']).toBe('done ***')
    expect(body['output']).toMatchObject({ '***': '***' })
    expect(body['logs']).toEqual(
      expect.arrayContaining([
        'FAILED s > uses ***: bad ***',
        'token ***',
        'git clone https://x-access-token:***@github.com/a/b'
      ])
    )
  })

  it('has URL-encoded and JSON-escaped copies of a credential replaced', async () => {
    writeFileSync(
      join(job().workspace, 'encoded.log'),
      `key=${encodeURIComponent(API_KEY)}\n{"token": ${JSON.stringify(`"${API_KEY}"`)}}\n`
    )
    const sent = interceptOnce('post', CALLBACK)
    await runInProcess(job(), { with: { ...base, 'api-key': API_KEY, org: ORG, 'logs-file': 'encoded.log' } })
    expect(sent[0]?.body['logs']).toEqual(['==> encoded.log <==', 'key=***', '{"token": "\\"***\\""}'])
  })

  it("has the runner's own tokens replaced, and registers them with the masker", async () => {
    writeFileSync(
      join(job().workspace, 'env.log'),
      `ACTIONS_RUNTIME_TOKEN=${RUNTIME_TOKEN}\nid=${ID_TOKEN_REQUEST_TOKEN}\n`
    )
    const sent = interceptOnce('post', CALLBACK)
    const result = await runInProcess(job(), {
      with: { ...base, 'logs-file': 'env.log' },
      env: { ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN: ID_TOKEN_REQUEST_TOKEN }
    })
    expect(sent[0]?.body['logs']).toEqual(['==> env.log <==', 'ACTIONS_RUNTIME_TOKEN=***', 'id=***'])
    expect(result.masked).toEqual(expect.arrayContaining([RUNTIME_TOKEN, ID_TOKEN_REQUEST_TOKEN]))
  })

  it('leaves a value shorter than six characters alone', async () => {
    const sent = interceptOnce('post', CALLBACK)
    await runInProcess(job(), { with: { ...base, 'github-token': 'ab', logs: 'a cab and a tab' } })
    expect(sent[0]?.body['logs']).toEqual(['a cab and a tab'])
  })
})

describe('credentials from the environment', () => {
  it('are trimmed as inputs are: the header and the redaction use the same value', async () => {
    const sent = interceptOnce('post', CALLBACK)
    const result = await runInProcess(job(), {
      with: { ...base, token: '', logs: `echo ${TOKEN}` },
      env: { VIBEIQ_TOKEN: ` ${TOKEN}\n` }
    })
    expect(result.exitCode).toBe(0)
    expect(sent[0]?.headers['authorization']).toBe(`Bearer ${TOKEN}`)
    expect(sent[0]?.body['logs']).toEqual(['echo ***'])
    expect(result.masked).toContain(TOKEN)
  })

  it('with a line break inside is a clear error that names the variable, not the value', async () => {
    const sent = interceptOnce('post', CALLBACK)
    const result = await runInProcess(job(), {
      with: { ...base, token: '' },
      env: { VIBEIQ_TOKEN: 'first-half\nsecond-half' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toBe(
      'Environment variable VIBEIQ_TOKEN contains a line break, a control character or a character beyond Latin-1 (its value is not shown): expected the credential alone, on one line.'
    )
    expect(result.printed).not.toContain('half')
    expect(sent).toEqual([])
  })
})

describe('what the step prints', () => {
  it("quotes no start of a token that VibeIQ's answer cut in two", async () => {
    nock('https://api.vibeiq.test')
      .post(CALLBACK)
      .reply(401, { message: `${'x'.repeat(290)}${TOKEN}` })
    const result = await runInProcess(job(), { with: base })
    expect(result.exitCode).toBe(1)
    // The answer itself is printed whole, where the runner masks the token it was given.
    expect(result.errors[0]).toContain(`"${'x'.repeat(290)}***"`)
    expect(result.errors[0]).not.toContain(TOKEN.slice(0, 8))
  })
})
