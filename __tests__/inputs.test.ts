import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { API, API_KEY, freshJobEachTest, ORG, runInProcess, TASK_ID, TOKEN } from './support/in-process.js'
import { CALLBACK, interceptOnce } from './support/vibeiq-nock.js'

const base = { 'task-id': TASK_ID, token: TOKEN, 'api-url': API }

const job = freshJobEachTest()

describe('an invalid input, when the task id, URL and credentials are usable', () => {
  it.each([
    [
      { status: 'maybe' },
      "Input 'status' is 'maybe': expected auto, SUCCESS or FAILURE (any case), or a job status: success, failure or cancelled."
    ],
    [
      { output: '[1, 2]' },
      'Input \'output\' is an array: expected a JSON object such as {"artifact": "https://example.com/build.zip"}.'
    ],
    [{ output: '{"a": ' }, "Input 'output' is not valid JSON ("],
    [{ output: '"text"' }, "Input 'output' is a string: expected a JSON object"],
    [{ retries: 'three' }, "Input 'retries' is 'three': expected a whole number from 0 up to 100."],
    [{ retries: '-1' }, "Input 'retries' is '-1': expected a whole number from 0 up to 100."],
    [{ 'retry-for': '5m' }, "Input 'retry-for' is '5m': expected a whole number from 0 up to 3600."],
    [{ 'retry-for': '3601' }, "Input 'retry-for' is '3601': expected a whole number from 0 up to 3600."],
    [{ timeout: '0' }, "Input 'timeout' is '0': expected a number greater than 0 up to 600."],
    [{ timeout: '30s' }, "Input 'timeout' is '30s': expected a number greater than 0 up to 600."],
    [
      { 'max-log-bytes': '100' },
      "Input 'max-log-bytes' is '100': expected a whole number from 1024 up to 16777216."
    ],
    [{ 'include-run-info': 'yes' }, "Input 'include-run-info' is 'yes': expected true or false."],
    [{ 'fail-on-error': 'nope' }, "Input 'fail-on-error' is 'nope': expected true or false."],
    [
      { needs: '{"build": "success"}' },
      "Input 'needs' gives job 'build' the result undefined: expected one of success, failure, cancelled, skipped"
    ],
    [{ needs: 'not json' }, "Input 'needs' is not valid JSON ("],
    [{ 'job-status': 'running' }, "Input 'job-status' is 'running': expected success, failure, cancelled."],
    [{ progress: 'on' }, "Input 'progress' is 'on': expected one of steps, file, off."],
    [
      { 'progress-interval': '1' },
      "Input 'progress-interval' is '1': expected a whole number from 2 up to 3600."
    ],
    [
      { 'progress-interval': '15s' },
      "Input 'progress-interval' is '15s': expected a whole number from 2 up to 3600."
    ]
  ])('%j: fails the step with a clear message and sends FAILURE with it', async (given, message) => {
    const sent = interceptOnce('post', CALLBACK)
    const result = await runInProcess(job(), { with: { ...base, ...given } })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain(message)
    expect(result.errors[0]).toContain(`VibeIQ task ${TASK_ID} was failed so that it does not wait forever.`)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.body).toMatchObject({
      taskId: TASK_ID,
      status: 'FAILURE',
      subtext: 'GitHub step misconfigured: see the task logs'
    })
    const logs = sent[0]?.body['logs'] as string[]
    expect(logs[0]).toBe('vibeiq-task-callback: the GitHub step is misconfigured, so the task is failed:')
    expect(logs[1]).toContain(message)
    expect(result.outputs['status']).toBe('FAILURE')
    expect(result.outputs['delivered']).toBe('true')
  })

  it('an output nested 3,000 levels deep is an input error, and FAILURE goes out with it', async () => {
    const sent = interceptOnce('post', CALLBACK)
    const output = `{"a": ${'['.repeat(2999)}${']'.repeat(2999)}}`
    const result = await runInProcess(job(), { with: { ...base, status: 'SUCCESS', output } })
    const message = "Input 'output' nests objects and arrays 3000 levels deep: expected at most 64 levels."
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toBe(
      `${message}\nVibeIQ task ${TASK_ID} was failed so that it does not wait forever.`
    )
    expect(sent).toHaveLength(1)
    expect(sent[0]?.body).toMatchObject({ status: 'FAILURE', logs: [expect.any(String), message] })
  })

  it('an output 64 levels deep is sent as it is', async () => {
    const sent = interceptOnce('post', CALLBACK)
    const output = `{"a": ${'['.repeat(63)}${']'.repeat(63)}}`
    const result = await runInProcess(job(), {
      with: { ...base, status: 'SUCCESS', output, 'include-run-info': 'false' }
    })
    expect(result.exitCode).toBe(0)
    expect(sent[0]?.body['output']).toEqual(JSON.parse(output))
  })

  it('still reports the input error when RUNNER_TEMP cannot hold the completion mark', async () => {
    const notADirectory = join(job().root, 'not-a-directory')
    writeFileSync(notADirectory, '')
    interceptOnce('post', CALLBACK)
    const result = await runInProcess(job(), {
      with: { ...base, status: 'ok' },
      env: { RUNNER_TEMP: notADirectory }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain("Input 'status' is 'ok'")
    expect(result.errors[0]).toContain(`VibeIQ task ${TASK_ID} was failed so that it does not wait forever.`)
    expect(result.warnings[0]).toContain(`Could not record in RUNNER_TEMP that task ${TASK_ID} is completed`)
  })

  it('lists every invalid input at once', async () => {
    interceptOnce('post', CALLBACK)
    const result = await runInProcess(job(), { with: { ...base, status: 'ok', retries: 'x' } })
    expect(result.errors[0]).toMatch(/^Invalid inputs:\n- Input 'retries' is 'x'.*\n- Input 'status' is 'ok'/)
  })

  it.each([
    [{ 'dry-run': 'flase' }, "Input 'dry-run' is 'flase': expected true or false."],
    [{ mode: 'wacth' }, "Input 'mode' is 'wacth': expected one of callback, subtext, watch."]
  ])('%j is a typo like any other: the task is failed with the validation error', async (given, message) => {
    const sent = interceptOnce('post', CALLBACK)
    const result = await runInProcess(job(), { with: { ...base, ...given } })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toBe(
      `${message}\nVibeIQ task ${TASK_ID} was failed so that it does not wait forever.`
    )
    expect(sent).toHaveLength(1)
    expect(sent[0]?.body).toMatchObject({ taskId: TASK_ID, status: 'FAILURE' })
    expect((sent[0]?.body['logs'] as string[])[1]).toBe(message)
  })

  it('sends nothing for a dry run or a subtext update, which never complete the task', async () => {
    const steps: Record<string, string>[] = [
      { 'dry-run': 'true', status: 'ok' },
      { mode: 'subtext', subtext: 'Rendering', status: 'ok' }
    ]
    for (const given of steps) {
      const result = await runInProcess(job(), { with: { ...base, ...given } })
      expect(result.exitCode).toBe(1)
      expect(result.errors[0]).toContain("Input 'status' is 'ok'")
      expect(result.outputs['delivered']).toBeUndefined()
    }
  })

  it('the FAILURE callback carries githubRun unless include-run-info is false', async () => {
    const env = { GITHUB_REPOSITORY: 'acme/widgets', GITHUB_RUN_ID: '4242' }
    const withInfo = interceptOnce('post', CALLBACK)
    await runInProcess(job(), { with: { ...base, status: 'ok' }, env })
    expect(withInfo[0]?.body['output']).toMatchObject({
      githubRun: { url: 'https://github.com/acme/widgets/actions/runs/4242' }
    })
    const without = interceptOnce('post', CALLBACK)
    await runInProcess(job(), { with: { ...base, status: 'ok', 'include-run-info': 'false' }, env })
    expect(without[0]?.body).not.toHaveProperty('output')
  })
})

describe('an input error that leaves no way to reach the task', () => {
  it.each([
    [
      { 'task-id': '' },
      "No task id: input 'task-id' is empty and the 'workflow_dispatch' event that started this workflow has none in inputs.task-id"
    ],
    [
      { 'task-id': '../../admin' },
      "Input 'task-id' is '../../admin': expected a VibeIQ id of letters, digits, '_' and '-'"
    ],
    [
      { 'api-url': 'not a url' },
      "Input 'api-url' is 'not a url': expected an absolute URL such as https://api.vibeiq.com/prod/api."
    ],
    [
      { 'api-url': 'ftp://api.vibeiq.com' },
      "Input 'api-url' is 'ftp://api.vibeiq.com': expected an https:// URL."
    ],
    [
      { 'api-url': 'http://api.vibeiq.com/prod/api' },
      "Input 'api-url' is 'http://api.vibeiq.com/prod/api': plain http is refused because the credentials would travel in clear"
    ],
    [
      { token: '' },
      "No VibeIQ credentials: set 'token' (or VIBEIQ_TOKEN) to a bearer token, or 'api-key' and 'org'"
    ],
    [
      { token: '', 'api-key': API_KEY },
      "Input 'org' is empty: the API key ('api-key') is sent with the org slug"
    ],
    [{ token: '', org: ORG }, "Input 'api-key' is empty: 'org' is set"]
  ])('%j fails the step with a clear message and sends nothing', async (given, message) => {
    const sent = interceptOnce('post', CALLBACK)
    const result = await runInProcess(job(), { with: { ...base, ...given } })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain(message)
    expect(sent).toEqual([])
  })

  it.each([
    [
      'http://deploy:hunter22pw@api.vibeiq.test/prod/api?key=q-secret-1#f',
      "Input 'api-url' is 'http://api.vibeiq.test/prod/api': plain http is refused"
    ],
    [
      'gopher://deploy:hunter22pw@api.vibeiq.test/prod?key=q-secret-1',
      "Input 'api-url' is 'gopher://api.vibeiq.test/prod': expected an https:// URL."
    ],
    [
      'https://deploy:hunter22pw@api.vibeiq.test/prod/api?key=q-secret-1',
      "Input 'api-url' is 'https://api.vibeiq.test/prod/api': expected a base URL without user, query or fragment."
    ],
    [
      'https://deploy:hunter22pw@api.vibeiq.test:99999/api?key=q-secret-1',
      "Input 'api-url' is 'https://api.vibeiq.test:99999/api': expected an absolute URL"
    ]
  ])('an api-url of %s is quoted without its user, password, query or fragment', async (url, message) => {
    const result = await runInProcess(job(), { with: { ...base, 'api-url': url } })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain(message)
    // The password and the key of a URL are secrets: registered with the masker, never printed.
    if (URL.canParse(url)) expect(result.masked).toEqual(expect.arrayContaining(['hunter22pw', 'q-secret-1']))
    for (const part of ['deploy', 'hunter22pw', 'q-secret-1']) expect(result.printed).not.toContain(part)
  })

  it('mode subtext without a subtext fails clearly and sends nothing', async () => {
    const result = await runInProcess(job(), { with: { ...base, mode: 'subtext' } })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toBe(
      "Input 'subtext' is empty: a subtext update needs the text to show on the task."
    )
  })

  it('allows plain http to loopback only', async () => {
    for (const host of ['127.0.0.1:9', 'localhost:9', '[::1]:9']) {
      const result = await runInProcess(job(), {
        with: { ...base, 'api-url': `http://${host}/api`, 'dry-run': 'true' }
      })
      expect(result.exitCode).toBe(0)
    }
  })

  it('never prints the secrets in an error about them', async () => {
    const result = await runInProcess(job(), { with: { ...base, 'api-key': API_KEY, token: '', org: '' } })
    expect(result.exitCode).toBe(1)
    expect(result.masked).toContain(API_KEY)
    expect(result.printed).not.toContain(API_KEY)
  })
})
