/**
 * What the core needs from where it runs. The core (settings, outcome, content, delivery,
 * completion) imports nothing from `@actions/*`: the GitHub Action gives it an edge made of the
 * toolkit (src/action/toolkit-edge.ts), the command-line program one made of stderr, stdout and
 * Node's own HTTP client (src/cli/terminal-edge.ts).
 */
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import type { CallbackBody } from './payload.js'
import type { Delivery } from './vibeiq-client.js'

/** Lines for the person reading the job's log. */
export interface Log {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export interface HttpRequest {
  method: 'POST' | 'PUT'
  url: string
  headers: Record<string, string>
  body: string
  /** Aborted at the attempt's deadline: the request, its socket and any proxy tunnel end. */
  signal: AbortSignal
  /** The longest a socket may stay idle. */
  idleTimeoutMs: number
  /**
   * Given the request's socket as soon as the transport has it (called without one while the
   * request waits for it, as it does for a proxy's tunnel), so that a failure can be told by
   * what happened on the wire: nothing of the request can have left before the connection (and
   * its TLS handshake) is up.
   */
  onSocket: (socket?: Socket) => void
}

/** Sends one request and resolves with the answer's head; the body is read by the core. */
export type OpenRequest = (request: HttpRequest) => Promise<IncomingMessage>

/** Which run this is, for the task's output and the log: `githubRun` or `ciRun`. */
export interface RunLink {
  /** What a person calls it: "GitHub run", "GitLab CI run". */
  name: string
  /** The key in the task's output. */
  outputKey: string
  /** Only what the CI set: no nulls in the task's output. */
  details: Record<string, string>
  url?: string
}

export interface Edge extends Log {
  /** What the user calls the thing that runs this: "GitHub step", "CI job". */
  readonly stepName: string
  /** Where a person finds what is needed to complete a task by hand: "the job summary". */
  readonly byHandWhere: string
  /** Marks the step or the command as failed, saying why. */
  fail(message: string): void
  /** Text from outside (a request, VibeIQ's answer), folded, and never read as commands. */
  block(title: string, lines: readonly string[]): void
  setOutput(name: string, value: string | number | boolean): void
  /** Hides a secret from everything printed from now on. */
  mask(secret: string): void
  /** Appends to the job summary, where the CI has one; a failure here is the core's to report. */
  summary(html: string): Promise<void>
  readonly openRequest: OpenRequest
  run(): RunLink
  /**
   * Keeps, for the other steps of this job, that a callback is on its way (recorded before its
   * first byte leaves, with its exact body), then, through what this returns, whether it was
   * accepted or may have been: where steps share a job (GitHub's watch mode), so that none sends
   * a second status and no progress update follows it.
   */
  recordSending?(taskId: string, body: CallbackBody): Promise<(delivery: Delivery) => Promise<void>>
  /**
   * Before a subtext update, where steps share a job: the status an earlier step sent (or is
   * sending) when the task's outcome is recorded, so that no update follows it; otherwise what
   * ends the update, which a callback waits for (briefly) before it goes out.
   */
  beginUpdate?(taskId: string): Promise<{ completedWith: string } | { end: () => void }>
  /**
   * Where a CI may end the step at its own limit before the retries do (an after-script timeout,
   * a cancel): shows, once the first attempt failed, what completes the task by hand.
   */
  retrying?(title: string, lines: readonly string[]): void
}
