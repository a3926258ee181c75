import { describe, expect, it } from '@jest/globals'
import { buildCallbackBody } from '../src/core/payload.js'
import {
  basicAuthForm,
  createRedactor,
  environmentSecrets,
  MIN_SECRET_LENGTH,
  redactJson,
  urlForMessages
} from '../src/core/secrets.js'
import { serverMessage } from '../src/core/vibeiq-client.js'

describe('createRedactor', () => {
  const secret = 'ab/c+d"e\\f:g'
  const redact = createRedactor([secret])

  it.each([
    ['as it is', secret],
    ['URL-encoded', encodeURIComponent(secret)],
    ['JSON-escaped', JSON.stringify(secret).slice(1, -1)]
  ])('replaces a secret %s', (_form, text) => {
    expect(redact(`before ${text} after`)).toBe('before *** after')
  })

  it('knows the longest text it replaces', () => {
    // the longest form is checkout's basic header, base64 of `x-access-token:` and the secret
    expect(redact.longest).toBe(basicAuthForm(secret).length)
    expect(redact.longest).toBeGreaterThan(encodeURIComponent(secret).length)
    expect(createRedactor([]).longest).toBe(0)
  })

  it(`ignores values shorter than ${MIN_SECRET_LENGTH} characters, which would shred the text`, () => {
    const short = createRedactor(['a', 'abcde', undefined, ''])
    expect(short('a cat ate abcde')).toBe('a cat ate abcde')
    expect(createRedactor(['abcdef'])('xabcdefx')).toBe('x***x')
  })

  it('replaces a secret that contains another whole', () => {
    const both = createRedactor(['token-123', 'token-123-and-more'])
    expect(both('a token-123-and-more b token-123 c')).toBe('a *** b *** c')
  })

  it('leaves text without secrets as it is, regular-expression characters included', () => {
    const tricky = createRedactor(['.*+?^${}()|[]'])
    expect(tricky('nothing here')).toBe('nothing here')
    expect(tricky('x .*+?^${}()|[] y')).toBe('x *** y')
  })
})

describe('environmentSecrets', () => {
  it('finds the runner tokens, credential inputs and variables named like credentials', () => {
    const env = {
      ACTIONS_RUNTIME_TOKEN: 'eyJ0eXAiOiJKV1QiLCJhbGciOi.runtime',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request-0123456789',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.example/idtoken?api-version=2.0',
      'INPUT_GITHUB-TOKEN': 'ghs_0123456789abcdef',
      'INPUT_API-KEY': ' app:key-0123456789 ',
      INPUT_LOGS: 'some logs, not a secret',
      GITHUB_TOKEN: 'ghp_exportedByTheWorkflow01',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY',
      NPM_PASSWORD: 'hunter2-hunter2',
      TOKEN_FILE: '/var/run/token-path',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      SHORT_TOKEN: 'abc'
    }
    expect(environmentSecrets(env).sort()).toEqual(
      [
        'eyJ0eXAiOiJKV1QiLCJhbGciOi.runtime',
        'id-token-request-0123456789',
        'ghs_0123456789abcdef',
        'app:key-0123456789',
        'ghp_exportedByTheWorkflow01',
        'wJalrXUtnFEMI/K7MDENG/bPxRfiCY',
        'hunter2-hunter2'
      ].sort()
    )
  })

  it("finds a URL's password and its credential query parameters, not the rest of it", () => {
    const env = {
      HTTPS_PROXY: 'http://proxyuser:pr%40xy-pass@proxy.example:3128',
      ACTIONS_RESULTS_URL: 'https://results.example/upload?sig=c2lnbmF0dXJlMDEyMw&se=2026-12-01',
      SOME_URL: 'https://example.com/path?page=200000'
    }
    expect(environmentSecrets(env).sort()).toEqual(
      ['c2lnbmF0dXJlMDEyMw', 'pr%40xy-pass', 'pr@xy-pass'].sort()
    )
  })
})

describe('urlForMessages', () => {
  it.each([
    ['http://user:hunter22@vibeiq.example.com/api?key=abc123#frag', 'http://vibeiq.example.com/api'],
    ['foo://user:hunter22@host.example/x?token=abc123', 'foo://host.example/x'],
    ['https://api.vibeiq.com/prod/api', 'https://api.vibeiq.com/prod/api'],
    ['ftp://api.vibeiq.com', 'ftp://api.vibeiq.com'],
    ['https://user:hunter22@host:99999/x?key=abc123', 'https://host:99999/x'],
    ['not a url', 'not a url']
  ])('%s is shown as %s', (given, shown) => {
    expect(urlForMessages(given)).toBe(shown)
  })
})

describe('redactJson', () => {
  const redact = createRedactor(['secret-value'])

  it('redacts strings and keys at any depth without recursion', () => {
    let value: unknown = 'secret-value'
    for (let i = 0; i < 20_000; i++) value = i % 2 ? { 'secret-value': value } : [value]
    let redacted = redactJson(value, redact)
    for (let i = 19_999; i >= 0; i--) {
      redacted = i % 2 ? (redacted as Record<string, unknown>)['***'] : (redacted as unknown[])[0]
    }
    expect(redacted).toBe('***')
  })

  it('keeps the order of keys and elements, and every kind of value', () => {
    const value = { b: 1, a: [true, null, 'x secret-value', 2.5], c: { z: 'secret-value', y: '' } }
    const redacted = redactJson(value, redact)
    expect(JSON.stringify(redacted)).toBe('{"b":1,"a":[true,null,"x ***",2.5],"c":{"z":"***","y":""}}')
  })

  it('keeps a "__proto__" key from JSON as a key', () => {
    const redacted = redactJson(JSON.parse('{"__proto__": {"polluted": "secret-value"}}'), redact)
    expect(JSON.stringify(redacted)).toBe('{"__proto__":{"polluted":"***"}}')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('lets the last of two keys that redact alike win, as before', () => {
    const redacted = redactJson({ 'secret-value': 1, '***': 2 }, redact)
    expect(redacted).toEqual({ '***': 2 })
  })

  it('is what the callback body is built with', () => {
    const body = buildCallbackBody(
      { taskId: 't', status: 'SUCCESS', logs: [], output: { deep: [[['secret-value']]] } },
      redact
    )
    expect(body.output).toEqual({ deep: [[['***']]] })
  })
})

describe("serverMessage: what is quoted of VibeIQ's answer", () => {
  const token = 'vibeiq-bearer-token-0123456789'
  const redact = createRedactor([token])

  it('redacts before it cuts, so no start of a secret is quoted', () => {
    for (const at of [280, 290, 295, 299]) {
      const message = serverMessage(JSON.stringify({ message: `${'x'.repeat(at)}${token} tail` }), redact)
      expect(message).not.toContain(token.slice(0, 6))
      expect(message.length).toBeLessThanOrEqual(303)
    }
  })

  it('redacts a body that is not JSON, and joins its lines', () => {
    expect(serverMessage(`denied\n  for ${token}`, redact)).toBe('denied for ***')
  })
})
