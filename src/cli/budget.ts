/**
 * The delivery's time budget inside the CI's own limit: where the CI documents a window for the
 * step that calls back (GitLab's after_script, Azure's cancel timeout, Buildkite's cancel grace
 * period), the default retry-for and timeout shrink so that every attempt, the by-hand block
 * and the exit fit in it. A value the user gave is kept. Pure.
 */
import { Defaults, Inputs } from '../core/constants.js'
import type { Given } from './args.js'
import type { CiProvider } from './ci-providers.js'

/** The share of the window the delivery may use: the rest is for the job's own lines and exit. */
const SHARE = 0.8

export interface Budget {
  /** Defaults for the inputs the user left unset: retry-for and timeout, in seconds. */
  values: Readonly<Record<string, string>>
  /** What the log says about the budget, when there is something to say. */
  note?: string
  /** How long the whole command may take, reading included: the window's share, in ms. */
  totalMs: number
}

export function budgetFor(
  ci: CiProvider | undefined,
  env: NodeJS.ProcessEnv,
  given: Given
): Budget | undefined {
  const window = ci?.window?.(env)
  if (!window) return undefined
  const totalSeconds = window.seconds * SHARE
  const givenTimeout = Number(given(Inputs.Timeout).value || NaN)
  // The timeout in effect: the user's, when given, or one that leaves room for retries.
  const timeout =
    givenTimeout > 0
      ? givenTimeout
      : Math.max(1, Math.min(Defaults.TimeoutSeconds, Math.floor(totalSeconds / 3)))
  const retryFor = Math.max(0, Math.min(Defaults.RetryForSeconds, Math.floor(totalSeconds - timeout)))
  const values: Record<string, string> = {}
  if (!given(Inputs.Timeout).value) values[Inputs.Timeout] = String(timeout)
  if (!given(Inputs.RetryFor).value) values[Inputs.RetryFor] = String(retryFor)
  const totalMs = totalSeconds * 1000
  const chosen = Object.entries(values)
    .map(([name, seconds]) => `${name} ${seconds} s`)
    .join(', ')
  const tooLong = givenTimeout > totalSeconds
  const note =
    (chosen
      ? `${window.what}: ${chosen} by default here, so that the callback ends within ${totalSeconds} s ` +
        `(set --retry-for and --timeout to change it).`
      : '') +
    (tooLong
      ? `${chosen ? ' ' : ''}The --timeout given (${givenTimeout} s) is longer than ${window.what} allows ` +
        `(${totalSeconds} s): the CI may stop this command before VibeIQ answers.`
      : '')
  return { values, note: note || undefined, totalMs }
}
