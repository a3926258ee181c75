/** The Action's two phases and its one top-level catch. */
import * as core from '@actions/core'
import { reportInvalidInputs, resendUncertainCallback, runCallbackMode } from '../core/completion.js'
import { CANCELLED_POST_PHASE_MS, Inputs } from '../core/constants.js'
import { errorText } from '../core/errors.js'
import { handleInterruptions, interruptedWhileSending, type CallbackOnItsWay } from '../core/interruption.js'
import { describeSettings, readSettings } from '../core/settings.js'
import { runSubtextMode } from '../core/subtext.js'
import type { ClientHooks } from '../core/vibeiq-client.js'
import { readCompletion } from './completion-mark.js'
import { actionInputs } from './inputs.js'
import { stopProgressReporter } from './progress-control.js'
import {
  isPostPhase,
  isWatching,
  markMainPhaseStarted,
  rememberWatching,
  savedProgressReporter
} from './state.js'
import { toolkitEdge as edge } from './toolkit-edge.js'
import { finishWatching, startWatching } from './watch.js'

/** `bundle`: the action's bundle, which a watch step starts again as its progress reporter. */
export async function run(hooks?: ClientHooks, bundle?: string): Promise<void> {
  handleInterruptions(reportInterruption)
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

/** The runner cancels a step with SIGINT, then SIGTERM: say what was cut short, and fail. */
function reportInterruption(signal: string, sending: CallbackOnItsWay | undefined): number {
  if (!sending) core.setFailed(`Stopped by ${signal}; no callback was on its way.`)
  else if (isPostPhase()) core.setFailed(interruptedWhileSending(signal, sending))
  else
    core.setFailed(
      `${interruptedWhileSending(signal, sending)} It is recorded as on its way: a watch step of this ` +
        `job sends that same callback again, never another status.`
    )
  return 1
}

function readInputs() {
  return readSettings(actionInputs(), secret => edge.mask(secret))
}

async function mainPhase(hooks?: ClientHooks, bundle?: string): Promise<void> {
  const result = readInputs()
  if ((result.ok ? result.settings.mode : result.mode) === 'watch') rememberWatching()
  if (!result.ok) {
    // A watch step fails the job now, before its work starts; its post phase fails the task.
    const target = result.mode === 'watch' ? undefined : result.failureTarget
    await reportInvalidInputs(result.errors, target, edge, hooks)
    return
  }
  const { settings } = result
  core.debug(`Settings: ${describeSettings(settings)}`)
  if (settings.mode === 'callback') await runCallbackMode(settings, edge, hooks)
  else if (settings.mode === 'subtext') await runSubtextMode(settings, edge, hooks)
  else await startWatching(settings, hooks, bundle)
}

/** The runner runs the post phase of every step of this action; only a watch step has work here. */
async function postPhase(hooks?: ClientHooks): Promise<void> {
  if (!isWatching()) return
  // The runner gives a cancelled job's post steps 5 minutes: everything from here on, reading
  // and delivery alike, ends within this deadline.
  // Read apart from the other inputs, so that it holds when they are invalid.
  const cancelled = actionInputs().get(Inputs.JobStatus).trim().toLowerCase() === 'cancelled'
  const deadline = cancelled ? (hooks?.now ?? Date.now)() + CANCELLED_POST_PHASE_MS : undefined
  const result = readInputs()
  // Before anything is read or sent: no subtext update may reach VibeIQ after the callback.
  const reporter = savedProgressReporter()
  if (reporter) {
    const redact = result.ok ? result.settings.redact : result.failureTarget?.redact
    await stopProgressReporter(reporter, redact)
  }
  if (!result.ok) {
    const target = result.failureTarget
    const mark = target && (await readCompletion(target.taskId))
    // A task that an earlier step completed, or may have, gets no other status from here.
    if (target && mark && mark.state !== 'accepted')
      await resendUncertainCallback(target, mark, true, edge, hooks, deadline)
    await reportInvalidInputs(result.errors, mark ? undefined : target, edge, hooks, deadline)
    return
  }
  await finishWatching(result.settings, hooks, deadline)
}
