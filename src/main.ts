/** The action's two phases and its one top-level catch. */
import * as core from '@actions/core'
import { reportInvalidInputs, resendUncertainCallback, runCallbackMode } from './callback.js'
import { readCompletion } from './completion-mark.js'
import { errorText } from './errors.js'
import { describeSettings, readSettings } from './settings.js'
import {
  isPostPhase,
  isWatching,
  markMainPhaseStarted,
  rememberWatching,
  savedProgressReporter
} from './state.js'
import type { ClientHooks } from './vibeiq-client.js'

/** `bundle`: the action's bundle, which a watch step starts again as its progress reporter. */
export async function run(hooks?: ClientHooks, bundle?: string): Promise<void> {
  try {
    if (isPostPhase()) {
      await postPhase(hooks)
    } else {
      markMainPhaseStarted()
      await mainPhase(hooks, bundle)
    }
  } catch (error) {
    core.setFailed(errorText(error))
  }
}

async function mainPhase(hooks?: ClientHooks, bundle?: string): Promise<void> {
  const result = readSettings()
  if ((result.ok ? result.settings.mode : result.mode) === 'watch') rememberWatching()
  if (!result.ok) {
    // A watch step fails the job now, before its work starts; its post phase fails the task.
    const target = result.mode === 'watch' ? undefined : result.failureTarget
    await reportInvalidInputs(result.errors, target, hooks)
    return
  }
  const { settings } = result
  core.debug(`Settings: ${describeSettings(settings)}`)
  // The other modes load on demand: a plain callback, the common case, pays only for itself.
  if (settings.mode === 'callback') await runCallbackMode(settings, hooks)
  else if (settings.mode === 'subtext') await (await import('./subtext.js')).runSubtextMode(settings, hooks)
  else await (await import('./watch.js')).startWatching(settings, hooks, bundle)
}

/** The runner runs the post phase of every step of this action; only a watch step has work here. */
async function postPhase(hooks?: ClientHooks): Promise<void> {
  if (!isWatching()) return
  const result = readSettings()
  // Before anything is read or sent: no subtext update may reach VibeIQ after the callback.
  const reporter = savedProgressReporter()
  if (reporter) {
    const redact = result.ok ? result.settings.redact : result.failureTarget?.redact
    await (await import('./progress-control.js')).stopProgressReporter(reporter, redact)
  }
  if (!result.ok) {
    const target = result.failureTarget
    const mark = target && (await readCompletion(target.taskId))
    // A task that an earlier step completed, or may have, gets no other status from here.
    if (target && mark?.state === 'uncertain') await resendUncertainCallback(target, mark, true, hooks)
    await reportInvalidInputs(result.errors, mark ? undefined : target, hooks)
    return
  }
  await (await import('./watch.js')).finishWatching(result.settings, hooks)
}
