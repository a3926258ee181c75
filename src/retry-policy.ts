/** When to try again, and how long to wait. Pure, so every rule is unit-tested. */

/** Statuses that say "not now" rather than "no": worth another attempt. */
export const RETRYABLE_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504]

/** Network errors worth another attempt. Anything else (a bad certificate, say) will not heal. */
export const RETRYABLE_NETWORK_CODES: readonly string[] = [
  'TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UNKNOWN'
]

export const BASE_DELAY_MS = 1000
export const MAX_DELAY_MS = 30_000

/**
 * Exponential backoff with full jitter: before retry n (1-based), wait a random time up to
 * 1 s, 2 s, 4 s, ... capped at 30 s, so that many jobs failing together do not retry in step.
 */
export function backoffDelayMs(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (retry - 1))
  return Math.floor(random() * ceiling)
}

/** Retry-After as seconds or an HTTP date, capped like any other wait; undefined if absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header
  if (!value?.trim()) return undefined
  const text = value.trim()
  const ms = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now
  if (!Number.isFinite(ms)) return undefined
  return Math.min(MAX_DELAY_MS, Math.max(0, Math.round(ms)))
}

/** What a non-retryable status most likely means, for the error message. */
export function likelyCause(status: number): string {
  if (status === 401 || status === 403) {
    return 'the credentials were refused: check the token, or the API key and org slug (an API key belongs to one org)'
  }
  if (status === 404)
    return "not found: check the task id and the org (VibeIQ answers 404 for another org's task too)"
  if (status === 400 || status === 422) return 'VibeIQ rejected the request'
  if (status === 409) return 'the task is not awaiting a callback (already completed or failed?)'
  if (status === 413) return 'the request is too large: lower max-log-bytes or shrink output'
  if (status >= 300 && status < 400) return 'a redirect, which is not followed: check api-url'
  return 'VibeIQ refused the request'
}
