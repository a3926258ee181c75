/** readSettings' decisions, called directly with plain values (no Action, no command line). */
import { describe, expect, it } from '@jest/globals'
import { STATUS_WORD_TABLE } from '../../src/core/status-words.js'
import type { ValueSource } from '../../src/core/input-reader.js'
import {
  describeSettings,
  isLoopback,
  isUnexpanded,
  MAX_OUTPUT_DEPTH,
  outputNotices,
  readSettings,
  type Settings,
  type SettingsResult
} from '../../src/core/settings.js'

const TOKEN = 'vibeiq-token-0123456789'
const TASK = 'task_ID-01'

function source(values: Record<string, string>): ValueSource {
  return {
    get: name => values[name] ?? '',
    label: name => `Input '${name}'`,
    name: name => `'${name}'`
  }
}

const base = { 'task-id': TASK, token: TOKEN, 'job-status': 'success' }

function read(
  values: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): SettingsResult & { masked: string[] } {
  const masked: string[] = []
  return { ...readSettings(source(values), secret => masked.push(secret), env), masked }
}

function settings(values: Record<string, string>, env: NodeJS.ProcessEnv = {}): Settings {
  const result = read({ ...base, ...values }, env)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.settings
}

function errors(values: Record<string, string>, env: NodeJS.ProcessEnv = {}): string[] {
  const result = read({ ...base, ...values }, env)
  return result.ok ? [] : result.errors
}

describe('defaults', () => {
  it('reads a minimal callback step with every default', () => {
    const s = settings({})
    expect(s).toMatchObject({
      mode: 'callback',
      taskId: TASK,
      statusChoice: 'auto',
      jobStatus: 'success',
      needs: [],
      logs: [],
      logFilePatterns: [],
      junitPatterns: [],
      output: undefined,
      subtext: undefined,
      includeRunInfo: true,
      maxLogBytes: 262_144,
      dryRun: false,
      failOnError: true,
      failOnTestFailures: false,
      githubToken: undefined,
      jobCheckRunId: undefined,
      progress: 'steps',
      progressIntervalMs: 15_000,
      notices: []
    })
    expect(s.connection).toEqual({
      apiUrl: 'https://api.vibeiq.com/prod/api',
      credentials: { token: TOKEN, apiKey: undefined, org: undefined },
      retries: 50,
      retryForMs: 300_000,
      timeoutMs: 30_000
    })
  })
})

describe('mode, status and job status', () => {
  it('reads the mode in any case, and refuses another', () => {
    expect(settings({ mode: 'WATCH' }).mode).toBe('watch')
    expect(errors({ mode: 'poll' })).toEqual([
      "Input 'mode' is 'poll': expected one of callback, subtext, watch."
    ])
  })

  it('reads status words in any case', () => {
    expect(settings({ status: 'AUTO' }).statusChoice).toBe('auto')
    expect(settings({ status: 'failure' }).statusChoice).toBe('FAILURE')
    expect(settings({ status: 'Success' }).statusChoice).toBe('SUCCESS')
    expect(settings({ status: 'cancelled' }).statusChoice).toBe('FAILURE')
  })

  it("reads every CI's word for how a job ended as the command line does, from the one table", () => {
    for (const row of STATUS_WORD_TABLE) expect(settings({ status: row.word }).statusChoice).toBe(row.status)
    // "Something failed but the job went on" is a FAILURE in the Action too.
    expect(settings({ status: 'SucceededWithIssues' }).statusChoice).toBe('FAILURE')
    expect(settings({ status: 'unstable' }).statusChoice).toBe('FAILURE')
    expect(settings({ status: 'passed' }).statusChoice).toBe('SUCCESS')
    // A word that says the job has not ended is no status.
    expect(errors({ status: 'running' })).toHaveLength(1)
    // GitHub's workflow_run.status: ended, but not how.
    expect(errors({ status: 'completed' })).toHaveLength(1)
    expect(errors({ status: '0' })).toHaveLength(1)
  })

  it('needs a job status only for status auto outside subtext mode', () => {
    expect(errors({ 'job-status': '' })).toEqual([
      "Input 'job-status' is empty, so status 'auto' cannot tell how the job went. Leave 'job-status' unset (the runner fills in ${{ job.status }}), or set 'status'."
    ])
    expect(settings({ 'job-status': '', status: 'SUCCESS' }).jobStatus).toBeUndefined()
    expect(settings({ 'job-status': '', mode: 'subtext', subtext: 'x' }).jobStatus).toBeUndefined()
    expect(settings({ 'job-status': 'CANCELLED' }).jobStatus).toBe('cancelled')
    expect(errors({ 'job-status': 'running', status: 'SUCCESS' })).toEqual([
      "Input 'job-status' is 'running': expected success, failure, cancelled."
    ])
  })

  it('ignores an unexpanded ${{ job.status }} where the mode does not use it, and names it where it does', () => {
    expect(settings({ 'job-status': '${{ job.status }}', status: 'SUCCESS' }).jobStatus).toBeUndefined()
    expect(
      settings({ 'job-status': ' ${{job.status}} ', mode: 'subtext', subtext: 'x' }).jobStatus
    ).toBeUndefined()
    expect(errors({ 'job-status': '${{ job.status }}' })).toEqual([
      "Input 'job-status' is '${{ job.status }}', an expression that was not filled in (a runner such as " +
        "@github/local-action passes the default as it is), so status 'auto' cannot tell how the job went: " +
        "set 'job-status' to success, failure or cancelled, or set 'status'."
    ])
  })

  it('treats unexpanded github-token and job-check-run-id defaults as not given, and does not mask them', () => {
    const result = read({
      ...base,
      'github-token': '${{ github.token }}',
      'job-check-run-id': '${{ job.check_run_id }}'
    })
    expect(result.ok && result.settings.githubToken).toBeUndefined()
    expect(result.ok && result.settings.jobCheckRunId).toBeUndefined()
    expect(result.masked).toEqual([TOKEN])
    expect(settings({ 'github-token': 'ghs_real-token-000', 'job-check-run-id': '42' })).toMatchObject({
      githubToken: 'ghs_real-token-000',
      jobCheckRunId: 42
    })
  })

  it('needs a subtext in subtext mode', () => {
    expect(errors({ mode: 'subtext' })).toEqual([
      "Input 'subtext' is empty: a subtext update needs the text to show on the task."
    ])
  })
})

describe('isUnexpanded', () => {
  it.each([
    ['${{ job.status }}', true],
    ['  ${{ github.token }}\n', true],
    ['${{ a }}${{ b }}', true],
    ['${{\nmultiline }}', true],
    ['success', false],
    ['${{ job.status }} and more', false],
    ['before ${{ job.status }}', false],
    ['${ job.status }', false],
    ['', false]
  ])('%j: %s', (value, expected) => {
    expect(isUnexpanded(value)).toBe(expected)
  })
})

describe('task id and API URL', () => {
  it('refuses a task id that is not a VibeIQ id, quoting it', () => {
    expect(errors({ 'task-id': 'a b' })).toEqual([
      "Input 'task-id' is 'a b': expected a VibeIQ id of letters, digits, '_' and '-' (such as _v_R91m5VM-CqX3Y)."
    ])
    expect(errors({ 'task-id': 'x'.repeat(129) })).toHaveLength(1)
    expect(settings({ 'task-id': 'x'.repeat(128) }).taskId).toHaveLength(128)
    expect(errors({ 'task-id': '' })).toEqual(["No task id: Input 'task-id' is empty."])
  })

  it('keeps a base URL without its trailing slashes', () => {
    expect(settings({ 'api-url': 'https://api.example/prod/api//' }).connection.apiUrl).toBe(
      'https://api.example/prod/api'
    )
    expect(settings({ 'api-url': 'http://127.0.0.1:8080/' }).connection.apiUrl).toBe('http://127.0.0.1:8080')
  })

  it.each([
    [
      'not a url',
      "Input 'api-url' is 'not a url': expected an absolute URL such as https://api.vibeiq.com/prod/api."
    ],
    ['ftp://api.example', "Input 'api-url' is 'ftp://api.example': expected an https:// URL."],
    [
      'https://user:hunter22@api.example/x?key=abc#f',
      "Input 'api-url' is 'https://api.example/x': expected a base URL without user, query or fragment."
    ],
    [
      'https://api.example/x?q=1',
      "Input 'api-url' is 'https://api.example/x': expected a base URL without user, query or fragment."
    ],
    [
      'https://api.example/x#f',
      "Input 'api-url' is 'https://api.example/x': expected a base URL without user, query or fragment."
    ],
    [
      'https://user@api.example/x',
      "Input 'api-url' is 'https://api.example/x': expected a base URL without user, query or fragment."
    ]
  ])('refuses %s without quoting its credentials', (given, message) => {
    expect(errors({ 'api-url': given })).toEqual([message])
  })

  it('refuses plain http except to this machine', () => {
    expect(errors({ 'api-url': 'http://api.example' })[0]).toMatch(
      /^Input 'api-url' is 'http:\/\/api.example': plain http is refused/
    )
    for (const host of ['localhost', '127.0.0.1', '127.255.0.9', '[::1]']) {
      expect(settings({ 'api-url': `http://${host}:1/x` }).connection.apiUrl).toBe(`http://${host}:1/x`)
    }
  })
})

describe('isLoopback', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['127.0.0.1.example.com', false],
    ['x127.0.0.1', false],
    ['localhost.example', false],
    ['::2', false]
  ])('%s: %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected)
  })
})

describe('credentials', () => {
  it('falls back to the VIBEIQ_* variables, trimmed, and says which is missing', () => {
    expect(settings({ token: '' }, { VIBEIQ_TOKEN: ` ${TOKEN} ` }).connection.credentials.token).toBe(TOKEN)
    expect(errors({ token: '' })[0]).toMatch(/^No VibeIQ credentials: set 'token' \(or VIBEIQ_TOKEN\)/)
    expect(errors({ token: '', 'api-key': 'key-0123456789' })[0]).toMatch(
      /^Input 'org' is empty: the API key \('api-key'\)/
    )
    expect(errors({ token: '', org: 'acme' })[0]).toMatch(/^Input 'api-key' is empty: 'org' is set/)
    expect(settings({ token: '', 'api-key': 'key-0123456789', org: 'acme' }).connection.credentials).toEqual({
      token: undefined,
      apiKey: 'key-0123456789',
      org: 'acme'
    })
  })

  it('refuses a credential with a line break or beyond Latin-1, without showing it', () => {
    for (const bad of [`${TOKEN}\n`, `${TOKEN}\u0000`, `${TOKEN}\u007f`, `${TOKEN}€`]) {
      const found = errors({ token: bad })
      expect(found).toEqual([
        "Input 'token' contains a line break, a control character or a character beyond Latin-1 (its value is not shown): expected the credential alone, on one line."
      ])
    }
    expect(settings({ token: `${TOKEN}é` }).connection.credentials.token).toBe(`${TOKEN}é`)
  })

  it('masks and redacts the credentials and the secrets of the environment', () => {
    const result = read(
      { ...base, 'github-token': 'ghs_github-token-01' },
      { CI_JOB_JWT_V2: 'gitlab-jwt-value-01', TOKEN_URL: 'https://x/' }
    )
    expect(result.masked).toEqual([TOKEN, 'ghs_github-token-01', 'gitlab-jwt-value-01'])
    const redact = result.ok ? result.settings.redact : String
    expect(redact(`${TOKEN} ghs_github-token-01 gitlab-jwt-value-01 https://x/`)).toBe(
      '*** *** *** https://x/'
    )
  })
})

describe('a failure target, for the callback that reports bad input', () => {
  it('is there when the task id, URL and credentials are usable', () => {
    const result = read({ ...base, retries: 'many' })
    expect(result.ok).toBe(false)
    expect(result.failureTarget).toMatchObject({ taskId: TASK, includeRunInfo: true })
  })

  it('is not there for a subtext update, a dry run, or unusable essentials', () => {
    expect(read({ ...base, mode: 'subtext', retries: 'x' }).failureTarget).toBeUndefined()
    expect(read({ ...base, 'dry-run': 'true', retries: 'x' }).failureTarget).toBeUndefined()
    expect(read({ ...base, 'api-url': 'nope' }).failureTarget).toBeUndefined()
    expect(read({ ...base, token: '' }).failureTarget).toBeUndefined()
    expect(read({ ...base, 'task-id': '' }).failureTarget).toBeUndefined()
  })

  it('keeps include-run-info when it was readable', () => {
    expect(read({ ...base, 'include-run-info': 'false', retries: 'x' }).failureTarget?.includeRunInfo).toBe(
      false
    )
    expect(read({ ...base, 'include-run-info': 'maybe' }).failureTarget?.includeRunInfo).toBe(true)
  })
})

describe('needs', () => {
  it('reads each needed job and result', () => {
    expect(
      settings({ needs: '{"build": {"result": "success"}, "lint": {"result": "skipped", "outputs": {}}}' })
        .needs
    ).toEqual([
      { job: 'build', result: 'success' },
      { job: 'lint', result: 'skipped' }
    ])
  })

  it('refuses an unknown result, naming the job', () => {
    expect(errors({ needs: '{"build": {"result": "ok"}}' })).toEqual([
      "Input 'needs' gives job 'build' the result \"ok\": expected one of success, failure, cancelled, skipped (from ${{ toJSON(needs) }})."
    ])
  })
})

describe('output', () => {
  it('is an object, nested at most MAX_OUTPUT_DEPTH levels', () => {
    const nest = (levels: number) => '{"a":'.repeat(levels - 1) + '{}' + '}'.repeat(levels - 1)
    expect(settings({ output: nest(MAX_OUTPUT_DEPTH) }).output).toBeDefined()
    expect(errors({ output: nest(MAX_OUTPUT_DEPTH + 1) })).toEqual([
      `Input 'output' nests objects and arrays ${MAX_OUTPUT_DEPTH + 1} levels deep: expected at most ${MAX_OUTPUT_DEPTH} levels.`
    ])
  })

  it('counts a number kept as written as a value, not a level', () => {
    const levels = MAX_OUTPUT_DEPTH - 1
    const output = '{"a":'.repeat(levels) + '12345678901234567891' + '}'.repeat(levels)
    expect(errors({ output })).toEqual([])
  })

  it('is sent as written, with a notice for numbers beyond a double, redacted', () => {
    const s = settings({ output: `{"n": 1e400, "m": [-1e999], "ok": 12345678901234567891, "k": "${TOKEN}"}` })
    expect(JSON.stringify(s.output)).toBe(`{"n":1e400,"m":[-1e999],"ok":12345678901234567891,"k":"${TOKEN}"}`)
    expect(s.notices).toEqual([
      "Input 'output' holds 2 numbers beyond the range of a 64-bit float (1e400, -1e999): sent as written, but JavaScript " +
        'and most JSON readers read them as infinite (or null); write them as a string to keep the digits.'
    ])
  })
})

describe('outputNotices', () => {
  it('says nothing for numbers a double holds, one notice for one beyond', () => {
    const src = source({})
    expect(outputNotices(src, { a: 1, b: [2.5, 'x', null, { c: true }] })).toEqual([])
    expect(outputNotices(src, JSON.parse('{"a": {"b": 1}}') as Record<string, unknown>)).toEqual([])
    const parsed = settings({ output: '{"x": {"y": 1E+309}}' }).output ?? {}
    expect(outputNotices(src, parsed)).toEqual([
      "Input 'output' holds a number beyond the range of a 64-bit float (1E+309): sent as written, but JavaScript " +
        'and most JSON readers read it as infinite (or null); write it as a string to keep the digits.'
    ])
  })
})

describe('numbers and booleans, each with its range', () => {
  it.each([
    ['retries', '101', 'a whole number from 0 up to 100'],
    ['retry-for', '3601', 'a whole number from 0 up to 3600'],
    ['timeout', '601', 'a number greater than 0 up to 600'],
    ['max-log-bytes', '1023', 'a whole number from 1024 up to 16777216'],
    ['progress-interval', '1', 'a whole number from 2 up to 3600'],
    ['progress-interval', '3601', 'a whole number from 2 up to 3600']
  ])('%s %s: expected %s', (name, given, expected) => {
    expect(errors({ [name]: given })).toEqual([`Input '${name}' is '${given}': expected ${expected}.`])
  })

  it('converts seconds to milliseconds, and rounds a fractional timeout', () => {
    const s = settings({
      retries: '0',
      'retry-for': '0',
      timeout: '0.0015',
      'progress-interval': '2',
      'max-log-bytes': '1024'
    })
    expect(s.connection).toMatchObject({ retries: 0, retryForMs: 0, timeoutMs: 2 })
    expect(s.progressIntervalMs).toBe(2000)
    expect(s.maxLogBytes).toBe(1024)
  })

  it('reads progress in any case, and refuses another', () => {
    expect(settings({ progress: 'FILE' }).progress).toBe('file')
    expect(errors({ progress: 'none' })).toEqual([
      "Input 'progress' is 'none': expected one of steps, file, off."
    ])
  })

  it('reads logs line by line and patterns without blanks', () => {
    expect(settings({ logs: 'a\r\nb', 'logs-file': ' x.log \n\n', 'junit-files': 'r.xml' })).toMatchObject({
      logs: ['a', 'b'],
      logFilePatterns: ['x.log'],
      junitPatterns: ['r.xml']
    })
  })

  it('collects every error at once', () => {
    expect(errors({ retries: 'x', timeout: 'y', 'dry-run': 'z' })).toHaveLength(3)
  })
})

describe('describeSettings', () => {
  it('names the credentials used, never their values', () => {
    const s = settings({ 'api-key': 'key-0123456789', org: 'acme', needs: '{"b": {"result": "failure"}}' })
    const text = describeSettings(s)
    expect(text).toContain('credentials=bearer token + API key')
    expect(text).toContain('needs=b:failure')
    expect(text).toContain('retry-for=300s timeout=30s')
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain('key-0123456789')
    expect(describeSettings(settings({ token: '', 'api-key': 'key-0123456789', org: 'acme' }))).toContain(
      'credentials=API key '
    )
  })
})
