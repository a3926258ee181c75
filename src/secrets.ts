import * as core from '@actions/core'

export const REDACTED = '***'

export type Redact = (text: string) => string

/**
 * Tells the runner to mask each secret in the job log. Called while the inputs are read,
 * before the action prints anything that could contain them.
 */
export function registerSecrets(secrets: readonly (string | undefined)[]): void {
  for (const secret of secrets) if (secret) core.setSecret(secret)
}

/** Replaces every secret with `***`; what leaves this process goes through it. */
export function createRedactor(secrets: readonly (string | undefined)[]): Redact {
  // Longest first, so a secret that contains another is replaced whole.
  const present = [...new Set(secrets.filter((s): s is string => !!s))].sort((a, b) => b.length - a.length)
  if (present.length === 0) return text => text
  return text => {
    for (const secret of present) {
      if (text.includes(secret)) text = text.split(secret).join(REDACTED)
    }
    return text
  }
}

/** Applies a redactor to every string (keys included) of a JSON value. */
export function redactJson(value: unknown, redact: Redact): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map(item => redactJson(item, redact))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redact(key), redactJson(item, redact)])
    )
  }
  return value
}
