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
  note: string
}

export function budgetFor(
  ci: CiProvider | undefined,
  env: NodeJS.ProcessEnv,
  given: Given
): Budget | undefined {
  const window = ci?.window?.(env)
  if (!window) return undefined
  const totalSeconds = window.seconds * SHARE
  const timeout = Math.min(Defaults.TimeoutSeconds, Math.floor(totalSeconds / 3))
  const retryFor = Math.min(Defaults.RetryForSeconds, Math.floor(totalSeconds - timeout))
  const values: Record<string, string> = {}
  if (!given(Inputs.Timeout).value) values[Inputs.Timeout] = String(timeout)
  if (!given(Inputs.RetryFor).value) values[Inputs.RetryFor] = String(retryFor)
  if (Object.keys(values).length === 0) return undefined
  const chosen = Object.entries(values)
    .map(([name, seconds]) => `${name} ${seconds} s`)
    .join(', ')
  return {
    values,
    note: `${window.what}: ${chosen} by default here, so that the callback ends within ${totalSeconds} s (set --retry-for and --timeout to change it).`
  }
}
