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
 * Has the edge mask each secret in what it prints (the GitHub runner masks the URL-encoded and
 * JSON-escaped forms by itself). Called while the settings are read, before anything that
 * could contain them is printed.
 */
export function registerSecrets(
  secrets: readonly (string | undefined)[],
  mask: (secret: string) => void
): void {
  for (const secret of new Set(secrets)) if (secret) mask(secret)
}

/**
 * Replaces every secret with `***`, as it is and URL-encoded or JSON-escaped, in one pass;
 * what leaves this process goes through it.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const forms = new Set<string>()
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue
    forms.add(secret)
    forms.add(encodeURIComponent(secret))
    forms.add(JSON.stringify(secret).slice(1, -1))
  }
  // Longest first: where two forms start at the same place, the whole of the longer one goes.
  const sorted = [...forms].sort((a, b) => b.length - a.length)
  if (sorted.length === 0) return Object.assign((text: string) => text, { longest: 0 })
  const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'g')
  return Object.assign((text: string) => text.replace(pattern, REDACTED), {
    longest: sorted[0]?.length ?? 0
  })
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}

/** A variable whose name ends like these holds a credential (`INPUT_GITHUB-TOKEN`, `AWS_SECRET_ACCESS_KEY`). */
const CREDENTIAL_NAME =
  /(?:^|[_-])(?:TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?|(?:API|PRIVATE|ACCESS|SECRET)[_-]?KEY)$/i
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
    if (CREDENTIAL_NAME.test(name)) secrets.push(value.trim())
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
