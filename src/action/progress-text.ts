/** What watch mode's progress reporter shows on the task. Pure, so every rule is unit-tested. */
import type { JobStep } from './failure-details.js'
import type { Redact } from '../core/secrets.js'

/** A subtext is one short line: a longer one is cut to this many characters. */
export const MAX_SUBTEXT_CHARS = 200

/** A text for the subtext, and when what it tells happened (milliseconds since the epoch). */
export interface Timed {
  text: string
  at: number
}

/**
 * `Running '<step>' (step <n> of <total>)` for the step in progress, dated by its start; the
 * API gives it to the second, so `fallbackAt` dates a step without one.
 */
export function runningStep(
  steps: readonly JobStep[],
  redact: Redact,
  fallbackAt: number
): Timed | undefined {
  const ordered = [...steps].sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
  const index = ordered.findIndex(step => step.status === 'in_progress')
  const step = ordered[index]
  if (!step) return undefined
  const started = Date.parse(step.started_at ?? '')
  return {
    text: subtextLine(`Running '${step.name}' (step ${index + 1} of ${ordered.length})`, redact),
    at: Number.isFinite(started) ? started : fallbackAt
  }
}

/** The last line of `text` that has something to show, as a subtext. */
export function newestLine(text: string, redact: Redact): string | undefined {
  const lines = text.split(/\r?\n|\r/)
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = subtextLine(lines[i] ?? '', redact)
    if (line) return line
  }
  return undefined
}

// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g

/**
 * One line fit for the subtext: colours and control characters out, spaces collapsed,
 * redacted, then cut. Redacted before the cut, since no redaction recognises a secret cut in
 * two; and before the clean-up too, which could change a secret's spacing.
 */
export function subtextLine(text: string, redact: Redact): string {
  const cleaned = redact(text).replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHARACTERS, ' ')
  const line = redact(cleaned.replace(/\s+/g, ' ').trim())
  const characters = Array.from(line)
  if (characters.length <= MAX_SUBTEXT_CHARS) return line
  return `${characters.slice(0, MAX_SUBTEXT_CHARS - 3).join('')}...`
}

/** The newer of the two; on a tie, the job's own words (the line) over the step. */
export function newer(step: Timed | undefined, line: Timed | undefined): Timed | undefined {
  if (!step || !line) return line ?? step
  return line.at >= step.at ? line : step
}
