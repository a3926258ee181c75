/** The redaction decisions of secrets.ts, called directly with plain values. */
import { describe, expect, it } from '@jest/globals'
import { parseJsonExactly } from '../../src/core/exact-json.js'
import {
  base64Forms,
  basicAuthForm,
  createRedactor,
  environmentSecrets,
  isCredentialName,
  MIN_SECRET_LENGTH,
  readBeyondBytes,
  redactJson,
  redactThenCut,
  registerSecrets,
  secretTexts,
  urlForMessages
} from '../../src/core/secrets.js'

/**
 * Names checked against each vendor's documentation. The rule (secrets.ts, CREDENTIAL_NAME):
 * after a version suffix (_V2, _2) is set aside, the name ends in TOKEN, SECRET, PASSWORD, PASSWD,
 * PASSPHRASE, CREDENTIAL(S) or APIKEY (also inside its last word), or in API/PRIVATE/ACCESS/
 * SECRET/SIGNING/SSH + KEY, or its last word is JWT, PAT, PSW or CREDS.
 */
const CREDENTIAL_NAMES: Array<[vendor: string, name: string, source: string]> = [
  ['GitHub', 'GITHUB_TOKEN', 'docs.github.com: automatic token authentication'],
  ['GitHub', 'GITHUB_PAT', 'convention for a personal access token secret'],
  ['GitHub', 'ACTIONS_RUNTIME_TOKEN', 'actions/runner: set for every JavaScript action'],
  ['GitHub', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'docs.github.com: OIDC in actions'],
  ['GitHub', 'INPUT_GITHUB-TOKEN', "the runner's INPUT_ variable for an input named github-token"],
  ['GitLab', 'CI_JOB_TOKEN', 'docs.gitlab.com: predefined variables'],
  ['GitLab', 'CI_JOB_JWT', 'docs.gitlab.com: predefined variables (deprecated)'],
  ['GitLab', 'CI_JOB_JWT_V2', 'docs.gitlab.com: predefined variables (deprecated)'],
  ['GitLab', 'CI_REGISTRY_PASSWORD', 'docs.gitlab.com: predefined variables'],
  ['GitLab', 'CI_DEPLOY_PASSWORD', 'docs.gitlab.com: deploy tokens'],
  ['GitLab', 'CI_DEPENDENCY_PROXY_PASSWORD', 'docs.gitlab.com: predefined variables'],
  [
    'Azure Pipelines',
    'SYSTEM_ACCESSTOKEN',
    'learn.microsoft.com: System.AccessToken mapped to the environment'
  ],
  ['CircleCI', 'CIRCLE_OIDC_TOKEN', 'circleci.com/docs/reference/variables'],
  ['CircleCI', 'CIRCLE_OIDC_TOKEN_V2', 'circleci.com/docs/reference/variables'],
  ['Jenkins', 'SERVICE_CREDS', 'jenkins.io: credentials() in environment, username:password'],
  ['Jenkins', 'SERVICE_CREDS_PSW', 'jenkins.io: credentials() adds <NAME>_USR and <NAME>_PSW'],
  ['Jenkins', 'PASSWORD', 'plugins.jenkins.io/credentials-binding: passwordVariable'],
  ['Bitbucket', 'BITBUCKET_STEP_OIDC_TOKEN', 'support.atlassian.com: Pipelines OIDC'],
  ['Buildkite', 'BUILDKITE_AGENT_ACCESS_TOKEN', 'buildkite.com/docs/pipelines/environment_variables'],
  // Buildkite documents no OIDC variable (the token comes from `buildkite-agent oidc request-token`); a pipeline that exports one is covered.
  ['Buildkite', 'BUILDKITE_OIDC_TOKEN', 'a name a pipeline may export'],
  ['any', 'GPG_PASSPHRASE', 'the name signing recipes use'],
  ['any', 'DATADOG_APIKEY', '*_APIKEY'],
  ['any', 'APIKEY', 'APIKEY alone'],
  ['any', 'STRIPE_API_KEY', '*_API_KEY'],
  ['any', 'AWS_SECRET_ACCESS_KEY', 'AWS CLI'],
  ['any', 'AWS_SESSION_TOKEN', 'AWS CLI'],
  ['any', 'GOOGLE_APPLICATION_CREDENTIALS', 'Google Cloud (a path, but named like a credential)'],
  ['any', 'AZURE_CREDENTIAL', '*_CREDENTIAL'],
  ['any', 'NPM_TOKEN', 'npm'],
  ['any', 'NODE_AUTH_TOKEN', 'actions/setup-node'],
  ['any', 'TOKEN', 'a variable named just TOKEN'],
  ['any', 'token', 'any case'],
  ['any', 'DEPLOY_SSH_KEY', '*_SSH_KEY'],
  ['any', 'MY_PRIVATE_KEY', '*_PRIVATE_KEY'],
  ['any', 'CLIENT_SECRET', '*_SECRET'],
  ['any', 'DB_PASSWD', '*_PASSWD'],
  ['any', 'TOKEN_2', 'a numbered copy']
]

const HARMLESS_NAMES = [
  'TOKEN_URL',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'PASSWORD_FILE',
  'KEYBOARD_LAYOUT',
  'PATH',
  'COMPAT',
  'TOKENIZERS_PARALLELISM',
  'CI_REGISTRY_USER',
  'SERVICE_CREDS_USR',
  'CACHE_KEY',
  'MAX_TOKENS',
  'GITHUB_SHA',
  'SECRETS_DIR'
]

describe('isCredentialName: the rule that fits the names real CIs use', () => {
  it.each(CREDENTIAL_NAMES)('%s: %s holds a credential (%s)', (_vendor, name) => {
    expect(isCredentialName(name)).toBe(true)
  })

  it.each(HARMLESS_NAMES)('%s does not', name => {
    expect(isCredentialName(name)).toBe(false)
  })
})

describe('environmentSecrets', () => {
  it("takes each credential-named variable's value, trimmed", () => {
    const env = Object.fromEntries(CREDENTIAL_NAMES.map(([, name], i) => [name, ` value-of-${i}-${name} `]))
    expect(environmentSecrets(env).sort()).toEqual(
      CREDENTIAL_NAMES.map(([, name], i) => `value-of-${i}-${name}`).sort()
    )
  })

  it('leaves the values of harmless names, and empty values', () => {
    const env = Object.fromEntries(HARMLESS_NAMES.map(name => [name, `harmless-value-of-${name}`]))
    expect(environmentSecrets({ ...env, EMPTY_TOKEN: '' })).toEqual([])
  })

  it(`keeps values of ${MIN_SECRET_LENGTH} characters or more, not shorter`, () => {
    expect(environmentSecrets({ TOKEN: 'abcdef' })).toEqual(['abcdef'])
    expect(environmentSecrets({ TOKEN: 'abcde' })).toEqual([])
    expect(environmentSecrets({ TOKEN: '  abcde  ' })).toEqual([])
  })

  it("takes a URL's password (as written and decoded) and credential query parameters", () => {
    expect(environmentSecrets({ HTTPS_PROXY: 'http://user:p%40ssword@proxy:3128' }).sort()).toEqual(
      ['p%40ssword', 'p@ssword'].sort()
    )
    expect(
      environmentSecrets({
        SIGNED: 'https://x.example/a?sig=signature-0001&token=token-00002&se=2026-12-01'
      }).sort()
    ).toEqual(['signature-0001', 'token-00002'])
  })

  it.each(['sig', 'signature', 'token', 'access_token', 'code', 'key', 'secret', 'password', 'SIG'])(
    'takes the value of a %s query parameter',
    parameter => {
      expect(
        environmentSecrets({ SIGNED_URL: `https://x.example/?${parameter}=value-0123&page=2000000` })
      ).toEqual(['value-0123'])
    }
  )

  it('takes the user of an http(s) URL that has no password: the https://<token>@host convention', () => {
    expect(environmentSecrets({ REPO_URL: 'https://ghp_0123456789abcdef@github.com/acme/b.git' })).toEqual([
      'ghp_0123456789abcdef',
      'ghp_0123456789abcdef'
    ])
    expect(environmentSecrets({ REPO: 'http://tok%2Fen-value@x.example/' }).sort()).toEqual(
      ['tok%2Fen-value', 'tok/en-value'].sort()
    )
    // With a password, the user is a name (x-access-token, oauth2, gitlab-ci-token), not the secret.
    expect(environmentSecrets({ REPO: 'https://x-access-token:secret-value@github.com/' })).toEqual([
      'secret-value',
      'secret-value'
    ])
  })

  it('keeps a password whose escapes do not decode as written', () => {
    expect(environmentSecrets({ PROXY: 'http://u:p%zzword@proxy:1' })).toEqual(['p%zzword', 'p%zzword'])
  })

  it.each([
    ['a `keyboard` parameter', 'https://x.example/?keyboard=dvorak-programmer'],
    ['a `monkey` parameter', 'https://x.example/?monkey=banana-banana'],
    ['an ssh URL with only a user', 'ssh://git-user@x.example/path'],
    ['a URL with only a fragment', 'https://x.example/path#fragment-value'],
    ['a URL that does not parse', 'https://[not a host/?token=abcdefgh'],
    ['text that only starts like a URL', 'plain text https://x.example/?sig=abcdefgh']
  ])('takes nothing from %s', (_what, value) => {
    expect(environmentSecrets({ SOME_URL: value })).toEqual([])
  })
})

describe('secretTexts', () => {
  it('gives the whole value and each trimmed line of a multi-line one, of the minimum length', () => {
    expect(secretTexts(['line-one-value\r\n  line-two-value  \nshort\rline-three', undefined, ''])).toEqual([
      'line-one-value\r\n  line-two-value  \nshort\rline-three',
      'line-one-value',
      'line-two-value',
      'line-three'
    ])
  })

  it('gives a one-line value once', () => {
    expect(secretTexts(['abcdef', 'abcdef'])).toEqual(['abcdef'])
  })
})

describe('registerSecrets', () => {
  it('masks each text once: the whole and each line', () => {
    const masked: string[] = []
    registerSecrets(['first-line\nsecond-line', 'first-line', 'tiny'], secret => masked.push(secret))
    expect(masked).toEqual(['first-line\nsecond-line', 'first-line', 'second-line'])
  })
})

describe('base64Forms and basicAuthForm', () => {
  const secret = 'ghs_Secret+/Value?>'

  it.each([0, 1, 2])('holds what only the secret decides, after %i bytes, standard and URL-safe', before => {
    for (const after of ['', 'x', 'xy', 'xyz']) {
      const bytes = Buffer.concat([Buffer.alloc(before, 0x61), Buffer.from(secret), Buffer.from(after)])
      const standard = bytes.toString('base64')
      const urlSafe = bytes.toString('base64url')
      const forms = base64Forms(secret)
      expect(forms.some(form => form.length >= 24 && standard.includes(form))).toBe(true)
      expect(forms.some(form => form.length >= 24 && urlSafe.includes(form))).toBe(true)
    }
  })

  it('gives the three alignments, each in both alphabets, of lengths that leave at most a character at each end', () => {
    const forms = base64Forms(secret)
    expect(forms).toHaveLength(6)
    const length = Buffer.byteLength(secret)
    expect(forms.map(form => form.length)).toEqual(
      [0, 1, 2].flatMap(before => {
        const n = Math.floor((8 * (before + length)) / 6) - Math.ceil((8 * before) / 6)
        return [n, n]
      })
    )
    expect(forms[1]).toBe(forms[0]?.replace(/\+/g, '-').replace(/\//g, '_'))
  })

  it("is checkout's header value: base64 of x-access-token:<token>, padding included", () => {
    expect(basicAuthForm('ghs_abc')).toBe(Buffer.from('x-access-token:ghs_abc').toString('base64'))
    expect(basicAuthForm('ghs_abcd')).toMatch(/=$/)
  })
})

describe('createRedactor', () => {
  it(`redacts a secret of exactly ${MIN_SECRET_LENGTH} characters, not one of ${MIN_SECRET_LENGTH - 1}`, () => {
    expect(createRedactor(['abcdef'])('xabcdefx')).toBe('x***x')
    expect(createRedactor(['abcde'])('xabcdex')).toBe('xabcdex')
  })

  it('leaves out a base64 form shorter than the minimum (a 6-character secret has 2-character forms)', () => {
    const redact = createRedactor(['abcdef'])
    for (const form of base64Forms('abcdef').filter(f => f.length < MIN_SECRET_LENGTH)) {
      expect(redact(`x ${form} y`)).toBe(`x ${form} y`)
    }
    expect(redact(Buffer.from('abcdef').toString('base64'))).toBe('***')
  })

  it('redacts each line of a PEM key, and the whole', () => {
    const pem = '-----BEGIN KEY-----\nMIIBVQIBADANBgkqhkiG9w0B\nAQEFAASCAT8wggE7AgEA\n-----END KEY-----'
    const redact = createRedactor([pem])
    expect(redact(`k=${pem}`)).toBe('k=***')
    expect(redact(JSON.stringify(pem))).toBe('"***"')
    expect(redact('line MIIBVQIBADANBgkqhkiG9w0B')).toBe('line ***')
    expect(redact('  AQEFAASCAT8wggE7AgEA  ')).toBe('  ***  ')
  })

  it("redacts checkout's whole header value, padding included", () => {
    const token = 'ghs_0123456789abcdefghij'
    expect(createRedactor([token])(`AUTHORIZATION: basic ${basicAuthForm(token)}`)).toBe(
      'AUTHORIZATION: basic ***'
    )
  })

  it('redacts the token inside base64 text at every alignment, leaving no more than a character each side', () => {
    const token = 'ghs_0123456789abcdefghij'
    const redact = createRedactor([token])
    for (const prefix of ['', 'u', 'us', 'user:']) {
      for (const text of [
        Buffer.from(`${prefix}${token}\n`).toString('base64'),
        Buffer.from(`${prefix}${token}?`).toString('base64url')
      ]) {
        expect(redact(text)).toMatch(/^[A-Za-z0-9+/_-]{0,8}\*\*\*[A-Za-z0-9+/_=-]{0,4}$/)
      }
    }
  })

  it('knows the longest form it replaces, and 0 without secrets', () => {
    expect(createRedactor(['abcdef']).longest).toBe(basicAuthForm('abcdef').length)
    expect(createRedactor([]).longest).toBe(0)
    expect(createRedactor([]).toString()).toBeDefined()
    expect(createRedactor(['abcde'])('abcde')).toBe('abcde')
  })
})

describe('redactThenCut: the response output', () => {
  const token = 'vibeiq-token-0123456789'
  const redact = createRedactor([token])

  it('redacts a token across the cut whole', () => {
    for (let shift = 1; shift < token.length; shift++) {
      const text = `${'x'.repeat(100 - shift)}${token}tail`
      const cut = redactThenCut(text, redact, 100)
      expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100)
      expect(cut).not.toContain(token.slice(0, 2 + (shift % 3)))
      expect(cut.startsWith('x'.repeat(100 - shift - redact.longest))).toBe(true)
    }
  })

  it('drops the start of a secret cut off where the text was read to', () => {
    const read = `${'x'.repeat(100)}${token.slice(0, 10)}`
    expect(redactThenCut(read, redact, 105)).toBe('x'.repeat(100 + 10 - (redact.longest - 1)))
  })

  it('leaves text within the limit whole, redacted', () => {
    expect(redactThenCut(`a ${token} b`, redact, 1000)).toBe('a *** b')
    expect(redactThenCut('x'.repeat(100), redact, 100)).toBe('x'.repeat(100))
  })

  it('reads 3 bytes beyond the limit for each character of the longest form', () => {
    expect(readBeyondBytes(redact)).toBe(3 * redact.longest)
  })
})

describe('redactJson', () => {
  const redact = createRedactor(['123456789'])

  it('keeps numbers, and numbers kept as written, unless they hold a secret', () => {
    const value = parseJsonExactly(
      '{"a": 98765432109876543210, "b": 1e400, "c": 123456789, "d": 7, "e": 1123456789}'
    )
    expect(JSON.stringify(redactJson(value, redact))).toBe(
      '{"a":98765432109876543210,"b":1e400,"c":"***","d":7,"e":"***"}'
    )
  })
})

describe('urlForMessages', () => {
  it.each([
    ['https://user@host.example/p', 'https://host.example/p'],
    ['https://host.example/p#frag', 'https://host.example/p'],
    ['https://host.example/p?x=1', 'https://host.example/p'],
    ['https://:pw@host.example/p', 'https://host.example/p'],
    ['mailto:someone@example.com?subject=x', 'mailto:someone@example.com'],
    ['https://host.example/p', 'https://host.example/p'],
    ['not a url: //user:pw@host/x?token=1#f', 'not a url: //host/x'],
    ['line one?\nline two', 'line one']
  ])('%s is shown as %s', (given, shown) => {
    expect(urlForMessages(given)).toBe(shown)
  })
})
