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

/** The progress reporter a watch step's main phase started: its process and its directory. */
export interface SavedReporter {
  pid: number
  directory: string
}

export function rememberProgressReporter({ pid, directory }: SavedReporter): void {
  core.saveState(State.ProgressPid, String(pid))
  core.saveState(State.ProgressDirectory, directory)
}

export function savedProgressReporter(): SavedReporter | undefined {
  const pid = Number(core.getState(State.ProgressPid))
  const directory = core.getState(State.ProgressDirectory)
  return Number.isInteger(pid) && pid > 0 && directory ? { pid, directory } : undefined
}
