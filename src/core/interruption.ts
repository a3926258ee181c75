/**
 * What a signal would cut short. A cancelled CI job's runner signals the running step (GitHub's
 * sends SIGINT, then SIGTERM, then kills it): the entry points handle both, and say whether a
 * callback was on its way, which VibeIQ may then have received. The completion mark is written
 * synchronously, so a handler never runs in the middle of it.
 */

export interface CallbackOnItsWay {
  taskId: string
  status: string
  /** Whether an attempt went out on an open connection, so that VibeIQ may have it. */
  mayHaveArrived?: boolean
}

let onItsWay: CallbackOnItsWay | undefined

/** Runs `send` as the callback on its way, for a signal handler to name. */
export async function whileSending<T>(callback: CallbackOnItsWay, send: () => Promise<T>): Promise<T> {
  onItsWay = { ...callback, mayHaveArrived: false }
  try {
    return await send()
  } finally {
    onItsWay = undefined
  }
}

/**
 * Called by an attempt once its request may reach the server (the connection is up, or the
 * transport cannot tell): from then on, a signal may cut short a callback VibeIQ received.
 */
export function requestMayHaveLeft(): void {
  if (onItsWay) onItsWay.mayHaveArrived = true
}

/** The words for a callback cut short by a signal: it may have arrived, or it never reached VibeIQ. */
export function interruptedWhileSending(signal: string, sending: CallbackOnItsWay): string {
  const { taskId, status } = sending
  if (sending.mayHaveArrived === false) {
    return (
      `Stopped by ${signal} while the ${status} callback for task ${taskId} was being sent: no attempt ` +
      `reached VibeIQ (none got a connection), so it was not delivered and the task still waits.`
    )
  }
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
