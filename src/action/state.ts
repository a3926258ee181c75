/** Saved state: how the post phase learns what the main phase did. Every key is in constants.State. */
import * as core from '@actions/core'
import { State } from '../core/constants.js'

/** The runner gives saved state back to the post phase only, as STATE_<key>. */
export function isPostPhase(): boolean {
  return core.getState(State.IsPost) === 'true'
}

export function markMainPhaseStarted(): void {
  core.saveState(State.IsPost, 'true')
}

/** Set by a watch step's main phase, even when its inputs are invalid: its post phase owes the callback. */
export function rememberWatching(): void {
  core.saveState(State.Watching, 'true')
}

export function isWatching(): boolean {
  return core.getState(State.Watching) === 'true'
}
