/**
 * What a signal would cut short. A cancelled CI job's runner signals the running step (GitHub's
 * sends SIGINT, then SIGTERM, then kills it): the entry points handle both, and say whether a
 * callback was on its way, which VibeIQ may then have received. The completion mark is written
 * synchronously, so a handler never runs in the middle of it.
 */

export interface CallbackOnItsWay {
  taskId: string
  status: string
}

let onItsWay: CallbackOnItsWay | undefined

/** Runs `send` as the callback on its way, for a signal handler to name. */
export async function whileSending<T>(callback: CallbackOnItsWay, send: () => Promise<T>): Promise<T> {
  onItsWay = callback
  try {
    return await send()
  } finally {
    onItsWay = undefined
  }
}

/** The words for a callback cut short by a signal: it may have arrived. */
export function interruptedWhileSending(signal: string, { taskId, status }: CallbackOnItsWay): string {
  return (
    `Stopped by ${signal} while the ${status} callback for task ${taskId} was being sent: VibeIQ may ` +
    `have received it, so the task may already be complete (check it in VibeIQ before sending anything).`
  )
}

export const INTERRUPTING_SIGNALS = ['SIGINT', 'SIGTERM'] as const
let handled = false

/**
 * Handles SIGINT and SIGTERM, once per process: `report` says what was cut short and returns the
 * exit code; the process then ends at once, as it would have without a handler.
 */
export function handleInterruptions(
  report: (signal: string, sending: CallbackOnItsWay | undefined) => number,
  exit: (code: number) => void = code => process.exit(code)
): void {
  if (handled) return
  handled = true
  for (const signal of INTERRUPTING_SIGNALS) {
    process.once(signal, () => {
      let code = 1
      try {
        code = report(signal, onItsWay)
      } finally {
        exit(code)
      }
    })
  }
}
