import { rawJsonText } from './exact-json.js'
import { truncateUtf8, utf8Length, withoutLast } from './utf8.js'

export const REDACTED = '***'

/**
 * Shorter values are not treated as secrets: no real credential is this short, and replacing
 * every occurrence of a two-letter value would shred the text it appears in.
 */
export const MIN_SECRET_LENGTH = 6

export type Redact = (text: string) => string

export interface Redactor extends Redact {
  /** Length of the longest text it replaces (0 when none): text cut later than that is safe to redact. */
  readonly longest: number
}

/**
 * Each text a secret is known by: the value, and each line of a multi-line value (a PEM key
 * printed into a log arrives line by line, and a log line's indentation is not the secret's),
 * trimmed; those shorter than MIN_SECRET_LENGTH are left out.
 */
export function secretTexts(secrets: readonly (string | undefined)[]): string[] {
  const texts = new Set<string>()
  for (const secret of secrets) {
    if (!secret) continue
    for (const text of [secret, ...secret.split(/\r?\n|\r/).map(line => line.trim())]) {
      if (text.length >= MIN_SECRET_LENGTH) texts.add(text)
    }
  }
  return [...texts]
}

/**
 * Has the edge mask each secret in what it prints (the GitHub runner masks the URL-encoded,
 * JSON-escaped and base64 forms by itself). Called while the settings are read, before anything
 * that could contain them is printed.
 */
export function registerSecrets(
  secrets: readonly (string | undefined)[],
  mask: (secret: string) => void
): void {
  for (const secret of secretTexts(secrets)) mask(secret)
}

/**
 * The base64 text that encodes `secret` wherever it starts in the encoded bytes: for each of
 * the three alignments (the secret's first byte at a 3-byte group's first, second or third
 * byte, as in `base64(user:password)`), the characters that only its bytes decide, in the
 * standard and the URL-safe alphabet. Characters shared with the bytes around it differ with
 * them and are left out, as the runner's masker leaves them (actions/runner ADR 0297), so at
 * most one character at each end, 6 bits of the secret at most, can stay in clear.
 */
export function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const forms: string[] = []
  for (let before = 0; before < 3; before++) {
    const encoded = Buffer.concat([Buffer.alloc(before), bytes]).toString('base64')
    // Character i carries bits 6i to 6i+5; the secret's bits are 8*before to 8*(before+length).
    const first = Math.ceil((8 * before) / 6)
    const end = Math.floor((8 * (before + bytes.length)) / 6)
    const form = encoded.slice(first, end)
    forms.push(form, form.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return forms
}

/**
 * The header value actions/checkout keeps in .git/config for a token (`AUTHORIZATION: basic
 * base64(x-access-token:<token>)`), whole, padding included, so that `git config --list`
 * leaves not one character of it.
 */
export function basicAuthForm(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
}

/**
 * Replaces every secret with `***` in one pass: each of its texts (the whole and each line),
 * as it is, URL-encoded, JSON-escaped and in base64 (see base64Forms, basicAuthForm). What
 * leaves this process goes through it.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const forms = new Set<string>()
  for (const text of secretTexts(secrets)) {
    forms.add(text)
    forms.add(encodeURIComponent(text))
    forms.add(JSON.stringify(text).slice(1, -1))
    forms.add(basicAuthForm(text))
    for (const form of base64Forms(text)) forms.add(form)
  }
  // A base64 form of a short secret can be shorter than the secret: never one that would shred text.
  const kept = [...forms].filter(form => form.length >= MIN_SECRET_LENGTH)
  // Longest first: where two forms start at the same place, the whole of the longer one goes.
  const sorted = kept.sort((a, b) => b.length - a.length)
  if (sorted.length === 0) return Object.assign((text: string) => text, { longest: 0 })
  const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'g')
  return Object.assign((text: string) => text.replace(pattern, REDACTED), {
    longest: sorted[0]?.length ?? 0
  })
}

/**
 * How many bytes to read beyond a limit, so that a secret that starts before the limit is
 * still whole when redacted (a character is 3 bytes at most for each of its UTF-16 units).
 */
export function readBeyondBytes(redact: Redactor): number {
  return 3 * redact.longest
}

/**
 * Redacts, then cuts to `maxBytes` of UTF-8: redacted first, so that a secret across the cut
 * goes whole. `text` may have been read only up to `maxBytes + readBeyondBytes(redact)`, so
 * whenever it is cut, what a secret cut at its end could have left (one character fewer than
 * the longest form) is dropped from the end before the cut.
 */
export function redactThenCut(text: string, redact: Redactor, maxBytes: number): string {
  const redacted = redact(text)
  if (utf8Length(text) <= maxBytes) return redacted
  return truncateUtf8(withoutLast(redacted, redact.longest - 1), maxBytes)
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}

/**
 * The rule for a variable that holds a credential, by its name (any case; words split at `_`,
 * `-` and `.`), after a version suffix (`_V2`, `_2`) is set aside: the name ends in TOKEN,
 * SECRET, PASSWORD, PASSWD, PASSPHRASE, CREDENTIAL(S) or APIKEY, even inside its last word
 * (SYSTEM_ACCESSTOKEN, DATADOG_APIKEY); or in API, PRIVATE, ACCESS, SECRET, SIGNING or SSH followed
 * by KEY (AWS_SECRET_ACCESS_KEY); or its last word is JWT, PAT, PSW (Jenkins' `credentials()`
 * password) or CREDS. So GITHUB_TOKEN, CI_JOB_JWT_V2, CIRCLE_OIDC_TOKEN_V2, GITHUB_PAT,
 * GPG_PASSPHRASE and a variable named just TOKEN are credentials; TOKEN_URL, PASSWORD_FILE,
 * KEYBOARD_LAYOUT, PATH and TOKENIZERS_PARALLELISM are not.
 */
const CREDENTIAL_NAME =
  /(?:(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIALS?|APIKEY)|(?:^|[_.-])(?:(?:API|PRIVATE|ACCESS|SECRET|SIGNING|SSH)[_.-]?KEY|JWT|PAT|PSW|CREDS))(?:[_.-]V?\d+)?$/i

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name)
}

/** A URL's query parameter that carries a credential (a signed URL's `sig`, an `access_token`). */
const CREDENTIAL_PARAMETER = /^(?:sig|signature|token|access_token|code|key|secret|password)$/i

/**
 * The credentials the step's environment holds besides the action's own inputs: each variable
 * whose name marks a credential (the runner's `ACTIONS_RUNTIME_TOKEN` and
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, every `INPUT_*` token, a `GITHUB_TOKEN` the workflow
 * exported), and the password and credential-named query parameters of any URL in a
 * variable (a proxy's `user:password@`, a signed URL's `sig`). Any of them could end up in a
 * log file the job wrote, so none may be sent.
 */
export function environmentSecrets(env: NodeJS.ProcessEnv): string[] {
  const secrets: string[] = []
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue
    if (isCredentialName(name)) secrets.push(value.trim())
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) secrets.push(...urlSecrets(value))
  }
  return secrets.filter(secret => secret.length >= MIN_SECRET_LENGTH)
}

function urlSecrets(text: string): string[] {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return []
  }
  const found = [...url.searchParams].filter(([name]) => CREDENTIAL_PARAMETER.test(name)).map(([, v]) => v)
  if (url.password) found.push(url.password, safeDecode(url.password))
  // `https://<token>@host/...`: a user with no password over HTTP is how a token is given to
  // git and others (GitHub documents it for personal access tokens). A real user name so
  // redacted costs a `***` in a log; a token sent in clear costs the token.
  else if (url.username && /^https?:$/.test(url.protocol)) found.push(url.username, safeDecode(url.username))
  return found
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * A URL as it may be printed: without user, password, query or fragment, which can carry
 * credentials. Text that is not a URL loses what looks like those parts.
 */
export function urlForMessages(text: string): string {
  try {
    const url = new URL(text)
    if (!url.username && !url.password && !url.search && !url.hash) return text
    // Not url.origin: it is "null" for schemes the URL standard does not know (foo://).
    return `${url.protocol}${url.host ? `//${url.host}` : ''}${url.pathname}`
  } catch {
    return text.replace(/(\/\/)[^/?#]*@/, '$1').replace(/[?#].*$/s, '')
  }
}

/** Applies a redactor to every string (keys included) of a JSON value; iterative, so any depth is safe. */
export function redactJson(value: unknown, redact: Redact): unknown {
  const root: { value?: unknown } = {}
  const pending: Array<{ from: unknown; into: Record<string, unknown> | unknown[]; key: string | number }> = [
    { from: value, into: root, key: 'value' }
  ]
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { from, into, key } = item
    let copy: unknown = from
    if (typeof from === 'string') {
      copy = redact(from)
    } else if (typeof from === 'number' || rawJsonText(from) !== undefined) {
      // A number kept as written (see parseJsonExactly) stays as it is, unless it holds a secret.
      const text = rawJsonText(from) ?? JSON.stringify(from)
      copy = redact(text) === text ? from : REDACTED
    } else if (Array.isArray(from)) {
      const array: unknown[] = new Array<unknown>(from.length)
      for (let i = from.length - 1; i >= 0; i--) pending.push({ from: from[i], into: array, key: i })
      copy = array
    } else if (from && typeof from === 'object') {
      const object: Record<string, unknown> = {}
      const entries = Object.entries(from)
      // Pushed last to first, so that keys are added in their order (and the last of two
      // keys that redact alike wins, as with Object.fromEntries).
      for (let i = entries.length - 1; i >= 0; i--) {
        const [name, element] = entries[i] as [string, unknown]
        pending.push({ from: element, into: object, key: redact(name) })
      }
      copy = object
    }
    // defineProperty, not assignment: a "__proto__" key from JSON must stay a plain key.
    Object.defineProperty(into, key, { value: copy, enumerable: true, writable: true, configurable: true })
  }
  return root.value
}
