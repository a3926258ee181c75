/**
 * When to try again, how long to wait, and when to stop.
 *
 * Equivalent mutants (they survive `npm run mutate`; no result can tell them apart):
 * - `text.endsWith('GMT')` as `startsWith`: an IMF-fixdate then gets a second " GMT", which
 *   Date.parse reads the same;
 * - `status < 400` as `<= 400` in likelyCause: 400 has its own cause, checked before.
 */
import { describe, expect, it } from '@jest/globals'
import { Defaults } from '../../src/core/constants.js'
import {
  backoffDelayMs,
  budgetWithin,
  isRetryableStatus,
  likelyCause,
  mayHaveBeenProcessed,
  nextDelayMs,
  RETRYABLE_NETWORK_CODES,
  retryAfterMs,
  type RetryBudget
} from '../../src/core/retry-policy.js'

describe('isRetryableStatus and mayHaveBeenProcessed', () => {
  it.each([408, 429, 500, 501, 502, 503, 504, 507, 520, 524, 599])('retries HTTP %i', status => {
    expect(isRetryableStatus(status)).toBe(true)
  })

  it.each([200, 301, 302, 400, 401, 403, 404, 407, 409, 413, 422, 428, 430, 499, 600])(
    'does not retry HTTP %i',
    status => {
      expect(isRetryableStatus(status)).toBe(false)
    }
  )

  it('a 5xx may have been processed (a gateway gives up while VibeIQ goes on); 408 and 429 were not', () => {
    expect([500, 502, 503, 504, 524, 599].map(mayHaveBeenProcessed)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true
    ])
    expect([408, 429, 409, 499, 600].map(mayHaveBeenProcessed)).toEqual([false, false, false, false, false])
  })
})

describe('RETRYABLE_NETWORK_CODES', () => {
  it.each([
    // Node's and libuv's codes for a connection that failed or broke, and DNS that may answer later
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
    // the client's own attempt timeout, a proxy that could not open the tunnel, and no code at all
    'TIMEOUT',
    'ERR_PROXY_TUNNEL',
    'UNKNOWN'
  ])('retries %s', code => {
    expect(RETRYABLE_NETWORK_CODES).toContain(code)
  })

  it.each([
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_INVALID_URL',
    ''
  ])('does not retry %j: it will not heal', code => {
    expect(RETRYABLE_NETWORK_CODES).not.toContain(code)
  })
})

describe('backoffDelayMs', () => {
  it('doubles from 1 s, capped at 30 s, with full jitter', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(n => backoffDelayMs(n, () => 0.999999))).toEqual([
      999, 1999, 3999, 7999, 15999, 29999, 29999
    ])
    expect(backoffDelayMs(3, () => 0)).toBe(0)
    expect(backoffDelayMs(3, () => 0.5)).toBe(2000)
  })
})

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-29T12:00:00Z')
  it.each([
    ['5', 5000],
    ['12', 12000],
    ['0', 0],
    ['1.5', 1500],
    ['1.25', 1250],
    ['1.0004', 1000],
    [' 7 ', 7000],
    ['120', 30000],
    // the three forms of an HTTP date (RFC 9110, 5.6.7), always in GMT
    ['Sun, 29 Nov 2026 12:00:10 GMT', 10000],
    ['Sunday, 29-Nov-26 12:00:12 GMT', 12000],
    ['Sun Nov 29 12:00:04 2026', 4000],
    ['Tue Dec  1 12:00:04 2026', 30000], // a day of one digit
    ['Sun, 29 Nov 2026 13:00:00 GMT', 30000],
    // a date that is not in the future is no Retry-After
    ['Sun, 29 Nov 2026 11:59:00 GMT', undefined],
    ['Sun, 29 Nov 2026 12:00:00 GMT', undefined],
    // nor is anything else, not even what Date.parse reads as a future date
    ['-5', undefined],
    ['+5', undefined],
    ['12e3', undefined],
    ['1e5', undefined],
    ['9'.repeat(400), undefined],
    ['2026-11-29 12:00:10', undefined],
    ['2026-11-29T12:00:10Z', undefined],
    ['Sun, 29 Nov 2026 12:00:10 UTC', undefined],
    ['Sun, 29 Nov 2026 12:00:10 +0000', undefined],
    ['Sun 29 Nov 2026 12:00:10 GMT', undefined],
    ['Sunday, 29 Nov 2026 12:00:10 GMT', undefined],
    ['Sun, 29-Nov-26 12:00:12 GMT', undefined],
    ['Sun Nov 29 12:00:04 2026 GMT', undefined],
    ['Sun Nov 29 2026 12:00:04', undefined],
    ['Sun, 29 Nov 2026 12:00:10 GMT; later', undefined],
    ['at Sun, 29 Nov 2026 12:00:10 GMT', undefined],
    ['Nov 29 2026', undefined],
    ['soon', undefined],
    ['', undefined],
    ['   ', undefined],
    [undefined, undefined]
  ])('%j gives %s', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected)
  })

  it('ignores text that Date.parse reads as a date ahead, as "soon 12" (December 2001)', () => {
    // Seen from 1999, Date.parse's reading of "soon 12" is in the future: only the form check
    // keeps it from being waited for.
    const in1999 = Date.parse('1999-06-01T00:00:00Z')
    expect(Date.parse('soon 12 GMT')).toBeGreaterThan(in1999)
    expect(retryAfterMs('soon 12', in1999)).toBeUndefined()
    expect(retryAfterMs('Tue, 01 Jun 1999 00:00:05 GMT', in1999)).toBe(5000)
  })

  it('reads the first of repeated headers', () => {
    expect(retryAfterMs(['2', '9'], now)).toBe(2000)
    expect(retryAfterMs(['12', '9'], now)).toBe(12000)
    expect(retryAfterMs([], now)).toBeUndefined()
  })
})

describe('the retry schedule', () => {
  const defaults = {
    retries: Defaults.Retries,
    retryForMs: Defaults.RetryForSeconds * 1000,
    timeoutMs: Defaults.TimeoutSeconds * 1000
  }

  /** A seeded generator, so that a run of many outages is the same every time. */
  function seeded(seed: number): () => number {
    let state = seed
    return () => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state / 2 ** 31
    }
  }

  /** When a delivery that meets nothing but failures, each taking `attemptMs`, gives up. */
  function outage(budget: RetryBudget, random: () => number, attemptMs: number) {
    let clock = 0
    for (let retry = 1; ; retry++) {
      const lastStart = clock
      clock += attemptMs
      const delay = nextDelayMs(retry, clock, budget, undefined, random)
      if (delay === undefined) return { lastStart, gaveUp: clock, attempts: retry }
      clock += delay
    }
  }

  it('by default keeps trying for at least 3 minutes and gives up within 10', () => {
    const random = seeded(42)
    for (let run = 0; run < 200; run++) {
      for (const attemptMs of [0, 2000, defaults.timeoutMs]) {
        const { lastStart, gaveUp } = outage(defaults, random, attemptMs)
        expect(lastStart).toBeGreaterThanOrEqual(3 * 60_000)
        expect(gaveUp).toBeLessThanOrEqual(10 * 60_000)
      }
    }
  })

  it('the last attempt starts when retry-for ends, however long the wait drawn', () => {
    expect(outage(defaults, () => 0.999999, 0).lastStart).toBe(defaults.retryForMs)
    expect(nextDelayMs(9, 299_000, defaults, undefined, () => 0.999999)).toBe(1000)
    expect(nextDelayMs(9, 299_000, defaults, 20_000, Math.random)).toBe(1000)
    expect(nextDelayMs(9, 300_000, defaults, undefined, Math.random)).toBeUndefined()
  })

  it('retries caps the number of attempts, and 0 of either means a single attempt', () => {
    expect(outage({ ...defaults, retries: 3 }, () => 0.5, 0).attempts).toBe(4)
    expect(outage({ ...defaults, retries: 0 }, () => 0.5, 0).attempts).toBe(1)
    expect(outage({ ...defaults, retryForMs: 0 }, () => 0.5, 0).attempts).toBe(1)
  })

  it('a Retry-After is waited for as asked, within the budget', () => {
    expect(nextDelayMs(1, 0, defaults, 7000, () => 0)).toBe(7000)
  })

  it('budgetWithin keeps a whole delivery, every attempt included, within the window', () => {
    const window = 240_000
    expect(budgetWithin(defaults, window)).toEqual({ retries: 50, retryForMs: 210_000, timeoutMs: 30_000 })
    expect(budgetWithin({ ...defaults, timeoutMs: 600_000 }, window)).toEqual({
      retries: 50,
      retryForMs: 0,
      timeoutMs: 240_000
    })
    expect(budgetWithin({ ...defaults, retryForMs: 60_000 }, window).retryForMs).toBe(60_000)
    const random = seeded(7)
    for (let run = 0; run < 100; run++) {
      const budget = budgetWithin(defaults, window)
      expect(outage(budget, random, budget.timeoutMs).gaveUp).toBeLessThanOrEqual(window)
    }
  })
})

describe('likelyCause', () => {
  it.each([
    [401, /credentials were refused: check the token/],
    [403, /credentials were refused: .*org slug/],
    [404, /not found: check the task id and the org/],
    [400, /^VibeIQ rejected the request$/],
    [422, /^VibeIQ rejected the request$/],
    [409, /not awaiting a callback/],
    [413, /too large: lower max-log-bytes/],
    [300, /redirect, which is not followed: check api-url/],
    [301, /redirect/],
    [307, /redirect/],
    [399, /redirect/],
    [299, /^VibeIQ refused the request$/],
    [402, /^VibeIQ refused the request$/],
    [405, /^VibeIQ refused the request$/],
    [410, /^VibeIQ refused the request$/],
    [451, /^VibeIQ refused the request$/]
  ])('HTTP %i: %s', (status, cause) => {
    expect(likelyCause(status)).toMatch(cause)
  })
})
