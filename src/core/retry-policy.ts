/** When to try again, how long to wait, and when to stop. Pure, so every rule is unit-tested. */

/**
 * Statuses that say "not now" rather than "no": 408, 429 and every 5xx, since a gateway or an
 * outage in front of VibeIQ answers with any of them (502, 503, 504, but also 520, 524...).
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599)
}

/**
 * A 5xx does not say that nothing happened: a gateway answers 504 when it stops waiting, while
 * VibeIQ may go on and complete the task. 408 and 429 are refusals to start, so they are not.
 */
export function mayHaveBeenProcessed(status: number): boolean {
  return status >= 500 && status <= 599
}

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
  // Node's proxy agent could not open the tunnel (the proxy refused, or is down)
  'ERR_PROXY_TUNNEL',
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

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const TIME = '\\d{2}:\\d{2}:\\d{2}'
/** The three HTTP-date forms of RFC 9110, section 5.6.7: IMF-fixdate, RFC 850 and asctime. */
const HTTP_DATES = [
  new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`),
  new RegExp(`^${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`),
  new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`)
]

/**
 * Retry-After as a non-negative number of seconds or an HTTP date in the future, capped like any
 * other wait; undefined otherwise (absent, negative, past, or text that only looks like a date:
 * `Date.parse` reads "soon 12" as a day in 2001), so that the backoff applies instead.
 */
export function retryAfterMs(header: string | string[] | undefined, now: number): number | undefined {
  const text = (Array.isArray(header) ? header[0] : header)?.trim()
  if (!text) return undefined
  let ms: number
  if (/^\d+(\.\d+)?$/.test(text)) ms = Number(text) * 1000
  else if (HTTP_DATES.some(form => form.test(text))) {
    // asctime carries no zone; HTTP dates are always GMT
    ms = Date.parse(text.endsWith('GMT') ? text : `${text} GMT`) - now
    if (!(ms > 0)) return undefined
  } else return undefined
  if (!Number.isFinite(ms)) return undefined
  return Math.min(MAX_DELAY_MS, Math.round(ms))
}

/** How long a delivery may keep trying. */
export interface RetryBudget {
  /** Further attempts after the first, at most. */
  retries: number
  /** No attempt starts later than this after the first one started. */
  retryForMs: number
  /** Bound on each attempt. */
  timeoutMs: number
}

/**
 * The wait before retry `retry` (1-based), or undefined when the budget is spent. A wait never
 * ends after `retryForMs`: the last attempt starts at the latest then, so a delivery takes at
 * most `retryForMs + timeoutMs`.
 */
export function nextDelayMs(
  retry: number,
  elapsedMs: number,
  budget: RetryBudget,
  askedMs: number | undefined,
  random: () => number
): number | undefined {
  const remaining = budget.retryForMs - elapsedMs
  if (retry > budget.retries || remaining <= 0) return undefined
  return Math.min(askedMs ?? backoffDelayMs(retry, random), remaining)
}

/** The budget shrunk so that the whole delivery, every attempt included, ends within `totalMs`. */
export function budgetWithin<T extends RetryBudget>(budget: T, totalMs: number): T {
  const timeoutMs = Math.min(budget.timeoutMs, totalMs)
  return { ...budget, timeoutMs, retryForMs: Math.max(0, Math.min(budget.retryForMs, totalMs - timeoutMs)) }
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
