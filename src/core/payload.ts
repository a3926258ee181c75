/** The callback's JSON body. Pure: what VibeIQ receives is decided here and nowhere else. */
import type { CallbackStatus } from './outcome.js'
import { redactJson, type Redact } from './secrets.js'

export interface CallbackBody {
  taskId: string
  status: CallbackStatus
  /** One entry per line: VibeIQ would keep a string as one line. */
  logs?: string[]
  output?: Record<string, unknown>
  subtext?: string
}

export interface CallbackContent {
  taskId: string
  status: CallbackStatus
  logs: readonly string[]
  output?: Record<string, unknown>
  subtext?: string
  /** Which run this is, added to the output under its key (`githubRun`, `ciRun`) unless the output has its own. */
  run?: { key: string; details: Record<string, unknown> }
}

/** Leaves out what is empty, and replaces the secrets in everything that is sent. */
export function buildCallbackBody(content: CallbackContent, redact: Redact): CallbackBody {
  const output = content.run ? { [content.run.key]: content.run.details, ...content.output } : content.output
  const body: CallbackBody = { taskId: content.taskId, status: content.status }
  if (content.logs.length > 0) body.logs = content.logs.map(redact)
  if (output && Object.keys(output).length > 0) {
    body.output = redactJson(output, redact) as Record<string, unknown>
  }
  if (content.subtext) body.subtext = redact(content.subtext)
  return body
}
