/**
 * The command-line program: one command per run, its one top-level catch, and its exit code.
 * Exit codes: 0 delivered (or a dry run), 1 not delivered, 2 usage or input error (or a shard's
 * SUCCESS refused), 3 uncertain.
 */
import { reportInvalidInputs, runCallbackMode, SuccessHeld } from '../core/completion.js'
import { ACTION_NAME, ACTION_VERSION, Inputs, Outputs } from '../core/constants.js'
import { errorText } from '../core/errors.js'
import type { ValueSource } from '../core/input-reader.js'
import { readSettings, type Settings } from '../core/settings.js'
import { runSubtextMode } from '../core/subtext.js'
import type { ClientHooks, Delivery } from '../core/vibeiq-client.js'
import {
  ExtraFlags,
  isCommandLineInput,
  isCredential,
  parseCommandLine,
  USAGE,
  variableFor,
  type CommandLine,
  type Given
} from './args.js'
import { budgetFor } from './budget.js'
import { ciRun, detectCi, type CiProvider } from './ci-providers.js'
import { decideStatus, type Decided } from './status-choice.js'
import { refuseShardSuccess } from './shards.js'
import { terminalEdge, type TerminalEdge } from './terminal-edge.js'

export const ExitCode = { Delivered: 0, NotDelivered: 1, Usage: 2, Uncertain: 3 } as const

export interface CliIo {
  env: NodeJS.ProcessEnv
  /** Human-readable lines (stderr). */
  write?: (text: string) => void
  /** The result (stdout): `--help`, `--version` and `--json`. */
  print?: (text: string) => void
  hooks?: ClientHooks
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const print = io.print ?? (text => process.stdout.write(text))
  const cli = parseCommandLine(argv)
  if (cli.help) {
    print(USAGE)
    return ExitCode.Delivered
  }
  if (cli.version) {
    print(`${ACTION_NAME} ${ACTION_VERSION}\n`)
    return ExitCode.Delivered
  }
  const ci = detectCi(io.env)
  const run = ciRun(ci, io.env)
  const edge = terminalEdge({
    env: io.env,
    run: { name: `${ci?.name ?? 'CI'} run`, outputKey: 'ciRun', details: { ...run }, url: run.url },
    write: io.write
  })
  try {
    const { code, delivery } = await runCommand(cli, ci, edge, io)
    if (cli.json) print(`${JSON.stringify(resultJson(edge, code, delivery, cli))}\n`)
    return code
  } catch (error) {
    edge.fail(errorText(error))
    if (cli.json) print(`${JSON.stringify(resultJson(edge, ExitCode.NotDelivered, undefined, cli))}\n`)
    return ExitCode.NotDelivered
  }
}

async function runCommand(
  cli: CommandLine,
  ci: CiProvider | undefined,
  edge: TerminalEdge,
  io: CliIo
): Promise<{ code: number; delivery?: Delivery }> {
  const given = givenValues(cli, io.env)
  const decided = decideStatus(given, ci, io.env)
  const { name, url, details } = edge.run()
  const attempt = details['attempt']
  // Which run sent the outcome, for the reason line in the task's logs.
  const where = [url && `${name}: ${url}`, attempt && `attempt ${attempt}`].filter(Boolean).join(', ')
  const budget = budgetFor(ci, io.env, given)
  const values = commandLineValues(cli, given, decided, where, budget?.values)
  const result = readSettings(values, secret => edge.mask(secret), io.env)
  // Masked by now: a secret given as a flag can be named without printing it.
  for (const name of [Inputs.Token, Inputs.ApiKey]) {
    if (cli.flags.get(name)) {
      edge.warning(
        `--${name} was given on the command line, where other processes of this machine can read it; ` +
          `prefer the ${variableFor(name)} environment variable.`
      )
    }
  }
  const problems = cli.command === 'complete' && 'problem' in decided ? [decided.problem] : []
  const errors = [...cli.problems, ...problems, ...(result.ok ? [] : result.errors)]
  if (errors.length > 0 || !result.ok) {
    const target = cli.command === 'subtext' ? undefined : result.failureTarget
    const delivery = await reportInvalidInputs(errors, target, edge, io.hooks)
    return { code: ExitCode.Usage, delivery }
  }
  const { settings } = result
  if (url) edge.info(`${name}: ${url}${attempt ? ` (attempt ${attempt})` : ''}`)
  if (budget?.note) edge.info(budget.note)
  if (settings.mode === 'subtext') {
    const delivery = await runSubtextMode(settings, edge, io.hooks)
    return { code: exitCode(settings, delivery), delivery }
  }
  // The CI's window covers the whole command, reading included, counted from the process's start.
  const deadline = budget && (io.hooks?.now?.() ?? performance.timeOrigin) + budget.totalMs
  const final = /^true$/i.test(given(ExtraFlags.Final).value)
  const holdSuccess = ci && !final && !settings.dryRun ? refuseShardSuccess(ci, io.env) : undefined
  let delivery: Delivery | undefined
  try {
    delivery = await runCallbackMode(settings, edge, io.hooks, { deadline, holdSuccess })
  } catch (error) {
    if (!(error instanceof SuccessHeld)) throw error
    edge.fail(error.message)
    return { code: ExitCode.Usage }
  }
  return { code: exitCode(settings, delivery), delivery }
}

function exitCode(settings: Settings, delivery: Delivery | undefined): number {
  if (!delivery || delivery.outcome === 'accepted') return ExitCode.Delivered
  // A subtext update is best effort, as in the Action; fail-on-error false asks for the same.
  if (settings.mode === 'subtext' || !settings.failOnError) return ExitCode.Delivered
  return delivery.outcome === 'uncertain' ? ExitCode.Uncertain : ExitCode.NotDelivered
}

function givenValues(cli: CommandLine, env: NodeJS.ProcessEnv): Given {
  return name => {
    const flag = cli.flags.get(name)
    if (flag !== undefined) return { value: flag, from: `--${name}` }
    // The core reads the credentials' variables itself, for the Action and the command line alike.
    if (isCredential(name)) return { value: '' }
    const variable = variableFor(name)
    const value = env[variable]?.trim()
    return value ? { value, from: variable } : { value: '' }
  }
}

/**
 * What the core reads as the Action's inputs. The status always reaches it as `auto` with the
 * job's status decided here (from --status, --exit-code or the CI's variable), so that the
 * reason line in the task's logs says where it came from, and which run: its URL and attempt.
 */
function commandLineValues(
  cli: CommandLine,
  given: Given,
  decided: Decided,
  /** The run's URL and attempt, or '' where the CI gives neither. */
  where: string,
  budget: Readonly<Record<string, string>> | undefined
): ValueSource {
  const input = (name: string) => (isCommandLineInput(name) ? given(name) : { value: '' })
  return {
    get(name) {
      if (name === Inputs.Mode) return cli.command === 'subtext' ? 'subtext' : 'callback'
      // A status this program could not read is its own usage error; the core sees FAILURE.
      if (name === Inputs.Status) return 'problem' in decided ? 'FAILURE' : 'auto'
      if (name === Inputs.JobStatus) {
        return 'status' in decided ? (decided.status === 'SUCCESS' ? 'success' : 'failure') : ''
      }
      return input(name).value || budget?.[name] || ''
    },
    label: name => input(name).from ?? `--${name}`,
    name: name => `--${name}`,
    missing(name) {
      if (name === Inputs.TaskId) return `No task id: pass --${name} or set ${variableFor(name)}.`
      if (name !== Inputs.JobStatus) return undefined
      return 'unavailable' in decided ? decided.unavailable : undefined
    },
    jobStatusReason() {
      if (!('status' in decided)) return undefined
      return where ? `${decided.reason} (${where})` : decided.reason
    }
  }
}

/** `--json`: the result as one object. */
/** The `--json` result of a command stopped by a signal, in the shape of resultJson's. */
export function interruptedResult(
  signal: string,
  sending: { taskId: string; status: string } | undefined,
  outcome: string | undefined,
  code: number,
  message: string | undefined
) {
  return {
    taskId: sending?.taskId,
    status: sending?.status,
    delivered: false,
    outcome,
    exitCode: code,
    interrupted: signal,
    errors: message ? [message] : undefined
  }
}

function resultJson(edge: TerminalEdge, code: number, delivery: Delivery | undefined, cli: CommandLine) {
  const out = edge.outputs
  const tests = out.has(Outputs.TestsTotal)
    ? {
        total: out.get(Outputs.TestsTotal),
        passed: out.get(Outputs.TestsPassed),
        failed: out.get(Outputs.TestsFailed),
        skipped: out.get(Outputs.TestsSkipped),
        flaky: out.get(Outputs.TestsFlaky)
      }
    : undefined
  return {
    command: cli.command,
    taskId: out.get(Outputs.TaskId) || undefined,
    status: out.get(Outputs.Status) || undefined,
    delivered: delivery?.outcome === 'accepted',
    outcome: delivery?.outcome ?? (code === ExitCode.Delivered ? 'dry-run' : undefined),
    httpStatus: delivery?.httpStatus,
    attempts: delivery?.attempts ?? 0,
    tests,
    exitCode: code,
    errors: edge.failures.length > 0 ? edge.failures : undefined
  }
}
