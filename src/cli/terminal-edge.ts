/**
 * The core's edge on a terminal, in any CI: human-readable lines on stderr, outputs kept for
 * `--json`, Node's own HTTP client. Inside GitHub Actions it also masks secrets and folds blocks
 * with workflow commands, and writes the job summary; elsewhere it prints no workflow commands.
 */
import { randomUUID } from 'node:crypto'
import { appendFile } from 'node:fs/promises'
import { beginSubtextUpdate, recordSending } from '../action/completion-mark.js'
import type { Edge, RunLink } from '../core/edge.js'
import { openWithNode } from './node-transport.js'

export interface TerminalEdge extends Edge {
  /** Every output set, by name, for `--json`. */
  readonly outputs: ReadonlyMap<string, string | number | boolean>
  /** The messages the step failed with; none when it did not fail. */
  readonly failures: readonly string[]
}

export interface TerminalOptions {
  env: NodeJS.ProcessEnv
  run: RunLink
  /** Where lines go; stderr, so that stdout holds only `--json`'s result. */
  write?: (text: string) => void
}

export function terminalEdge({
  env,
  run,
  write = text => process.stderr.write(text)
}: TerminalOptions): TerminalEdge {
  const inGitHubActions = env['GITHUB_ACTIONS'] === 'true'
  const debugging = env['RUNNER_DEBUG'] === '1' || /^true$/i.test(env['VIBEIQ_DEBUG'] ?? '')
  const outputs = new Map<string, string | number | boolean>()
  const failures: string[] = []
  const line = (text: string) => write(`${text}\n`)
  // A workflow command in text from outside must do nothing, and nothing is a command elsewhere.
  const command = (name: string, text: string) =>
    inGitHubActions ? line(`::${name}::${escapeCommand(text)}`) : line(`${name}: ${text}`)
  const edge: TerminalEdge = {
    stepName: 'CI job',
    byHandWhere: inGitHubActions ? 'the job summary' : 'this log',
    outputs,
    failures,
    info: line,
    warning: text => command('warning', text),
    debug: text => {
      if (debugging) command('debug', text)
    },
    fail: text => {
      failures.push(text)
      command('error', text)
    },
    block(title, lines) {
      if (!inGitHubActions) {
        write([`--- ${title}`, ...lines, '---'].map(l => `${l}\n`).join(''))
        return
      }
      const resume = randomUUID()
      write(
        [`::group::${title}`, `::stop-commands::${resume}`, ...lines, `::${resume}::`, '::endgroup::'].join(
          '\n'
        ) + '\n'
      )
    },
    setOutput: (name, value) => void outputs.set(name, value),
    mask: secret => {
      if (inGitHubActions) line(`::add-mask::${escapeCommand(secret)}`)
    },
    async summary(html) {
      const file = env['GITHUB_STEP_SUMMARY']
      if (inGitHubActions && file) await appendFile(file, html)
    },
    openRequest: openWithNode,
    // The CI may end this command at its own limit before the retries end (docs/ci: budgets).
    retrying: (title, lines) => edge.block(title, lines),
    run: () => run,
    // In a GitHub Actions `run` step, a watch step of the same job must not send a second status.
    recordSending: inGitHubActions ? (taskId, body) => recordSending(taskId, body, edge, env) : undefined,
    beginUpdate: inGitHubActions ? taskId => beginSubtextUpdate(taskId, env) : undefined
  }
  return edge
}

/** As the toolkit escapes a command's message: %, CR and LF. */
function escapeCommand(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}
