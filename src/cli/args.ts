/**
 * The command line: `complete` or `subtext`, and one flag per Action input, each also read from
 * a VIBEIQ_<NAME> environment variable. Parsed with Node's own util.parseArgs.
 */
import { parseArgs } from 'node:util'
import { ACTION_NAME, CredentialEnv, Defaults, Inputs } from '../core/constants.js'
import { acceptedWords } from '../core/status-words.js'

export const COMMANDS = ['complete', 'subtext'] as const
export type Command = (typeof COMMANDS)[number]

/** The Action inputs the command line takes, as flags of the same names. */
const FLAG_INPUTS = [
  Inputs.TaskId,
  Inputs.Status,
  Inputs.Logs,
  Inputs.LogsFile,
  Inputs.Output,
  Inputs.Subtext,
  Inputs.JunitFiles,
  Inputs.FailOnTestFailures,
  Inputs.ApiUrl,
  Inputs.Token,
  Inputs.ApiKey,
  Inputs.Org,
  Inputs.Retries,
  Inputs.RetryFor,
  Inputs.Timeout,
  Inputs.MaxLogBytes,
  Inputs.IncludeRunInfo,
  Inputs.DryRun,
  Inputs.FailOnError
] as const

/**
 * The command line's own flags, which the Action has no input for: `--exit-code N` (the job's
 * exit status: 0 SUCCESS, anything else FAILURE) and `--final` (this is the final callback of the
 * whole pipeline, so a SUCCESS may go out although this job is one of several parallel ones).
 */
export const ExtraFlags = { ExitCode: 'exit-code', Final: 'final' } as const
const EXTRA_VALUE_FLAGS: readonly string[] = [ExtraFlags.ExitCode]

/** Given more than once, each is one more line, as the Action input takes one per line. */
const REPEATABLE: readonly string[] = [Inputs.LogsFile, Inputs.JunitFiles]
/** `--dry-run` alone means true; `--dry-run false` is read too. */
const BOOLEANS: readonly string[] = [
  ExtraFlags.Final,
  Inputs.FailOnTestFailures,
  Inputs.IncludeRunInfo,
  Inputs.DryRun,
  Inputs.FailOnError
]
/** Their variables are the ones the Action falls back to too (the core reads them). */
const CREDENTIALS: Readonly<Record<string, string>> = {
  [Inputs.Token]: CredentialEnv.Token,
  [Inputs.ApiKey]: CredentialEnv.ApiKey,
  [Inputs.Org]: CredentialEnv.Org
}

/** A flag, else its VIBEIQ_* variable, and which of them gave it. */
export type Given = (name: string) => { value: string; from?: string }

export interface CommandLine {
  command?: Command
  /** Each flag's value as the Action input would hold it ('' when not given). */
  flags: ReadonlyMap<string, string>
  json: boolean
  help: boolean
  version: boolean
  /** What could not be read: unknown flags, a missing or unknown command. */
  problems: string[]
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values, positionals, tokens } = parseArgs({
    args: withBooleanValues(argv),
    options: {
      ...Object.fromEntries(
        [...FLAG_INPUTS, ...EXTRA_VALUE_FLAGS, ExtraFlags.Final].map(name => [
          name,
          { type: 'string' as const, multiple: REPEATABLE.includes(name) }
        ])
      ),
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' }
    },
    allowPositionals: true,
    strict: false,
    tokens: true
  })
  const problems: string[] = []
  const known = new Set<string>([
    ...FLAG_INPUTS,
    ...EXTRA_VALUE_FLAGS,
    ExtraFlags.Final,
    'json',
    'help',
    'version'
  ])
  const seen = new Set<string>()
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const flag = token.rawName
    if (!known.has(token.name)) {
      problems.push(`Unknown option '${flag}': see ${ACTION_NAME} --help.`)
    } else if (takesValue(token.name)) {
      // A value is never quoted: it may be a secret given to a mistyped flag. A value may start
      // with a dash (`--logs "$(tail build.log)"` whose first line is -----), but one of this
      // program's own flags in its place means that the value is missing.
      if (token.value === undefined || (token.inlineValue === false && isOwnFlag(token.value, known))) {
        problems.push(`${flag} needs a value: give it as ${flag} VALUE or ${flag}=VALUE.`)
      }
      if (seen.has(token.name) && !REPEATABLE.includes(token.name)) {
        problems.push(`${flag} is given more than once: give it once.`)
      }
      seen.add(token.name)
    }
  }
  const flags = new Map<string, string>()
  for (const name of [...FLAG_INPUTS, ...EXTRA_VALUE_FLAGS, ExtraFlags.Final]) {
    const value = values[name]
    if (Array.isArray(value)) flags.set(name, value.join('\n'))
    else if (typeof value === 'string') flags.set(name, value)
  }
  const [word, ...extra] = positionals
  const command = COMMANDS.find(c => c === word)
  const help = values['help'] === true
  const version = values['version'] === true
  if (!help && !version) {
    if (!word) problems.push(`No command: expected ${COMMANDS.join(' or ')} (see ${ACTION_NAME} --help).`)
    else if (!command) problems.push(`Unknown command '${word}': expected ${COMMANDS.join(' or ')}.`)
    if (extra.length > 0) {
      problems.push(
        `${extra.length} unexpected argument${extra.length === 1 ? '' : 's'} after the command (not shown, as a value may be a secret): every value goes after its flag.`
      )
    }
  }
  return { command, flags, json: values['json'] === true, help, version, problems }
}

function takesValue(name: string): boolean {
  return isCommandLineInput(name) || EXTRA_VALUE_FLAGS.includes(name) || name === ExtraFlags.Final
}

/** `--status`, `--status=x`, `-h`: a flag of this program, not a value. */
function isOwnFlag(value: string, known: ReadonlySet<string>): boolean {
  if (value === '-h') return true
  const match = /^--([a-z][a-z-]*)(=|$)/.exec(value)
  return match !== null && known.has(match[1] ?? '')
}

function withBooleanValues(argv: readonly string[]): string[] {
  const args: string[] = []
  argv.forEach((arg, i) => {
    args.push(arg)
    const next = argv[i + 1] ?? ''
    if (BOOLEANS.some(name => arg === `--${name}`) && !/^(true|false)$/i.test(next)) args.push('true')
  })
  return args
}

/** VIBEIQ_TASK_ID for task-id; the credentials keep VIBEIQ_TOKEN, VIBEIQ_API_KEY and VIBEIQ_ORG_SLUG. */
export function variableFor(name: string): string {
  return CREDENTIALS[name] ?? `VIBEIQ_${name.toUpperCase().replaceAll('-', '_')}`
}

/** The Action inputs the command line takes: no other is read, from a flag or a VIBEIQ_* variable. */
export function isCommandLineInput(name: string): boolean {
  return (FLAG_INPUTS as readonly string[]).includes(name)
}

export function isCredential(name: string): boolean {
  return name in CREDENTIALS
}

/** The accepted words, wrapped to the flag column. */
const STATUS_WORDS_HELP = wrap(acceptedWords(), 62).join(`\n${' '.repeat(29)}`)

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(' ')) {
    if (current && current.length + word.length + 1 > width) {
      lines.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  return current ? [...lines, current] : lines
}

export const USAGE = `Usage: ${ACTION_NAME} <command> [flags]

Completes a VibeIQ workflow's async task from any CI: the job's real outcome, its logs, test
counts and output, with retries, a log budget and secret scrubbing.

Commands:
  complete   send the callback: SUCCESS or FAILURE, logs, output and subtext
  subtext    update the task's subtext (--subtext TEXT) while the job runs

Flags (each also read from VIBEIQ_<NAME>, such as VIBEIQ_TASK_ID; a flag wins):
  --task-id ID               the VibeIQ task to complete
  --status WORD              auto (default): the job's status from the CI's own variable (GitLab,
                             Azure, Bitbucket, Buildkite, Semaphore, CodeBuild, Travis, Drone,
                             Woodpecker, Bitrise); or a CI's own word for the job's end:
                             ${STATUS_WORDS_HELP};
                             or an exit status (0 SUCCESS, anything else FAILURE)
  --exit-code N              the job's exit status: 0 sends SUCCESS, anything else FAILURE
  --final                    this is the final callback of the whole pipeline: send SUCCESS
                             even from one of several parallel jobs (shards, matrix legs)
  --logs TEXT                lines for the task's logs
  --logs-file PATTERN        a log file or glob pattern (repeatable)
  --output JSON              a JSON object merged into the task's output
  --subtext TEXT             the task's one-line subtext
  --junit-files PATTERN      a JUnit XML report or glob pattern (repeatable)
  --fail-on-test-failures    a failed or errored test sends FAILURE
  --api-url URL              default ${Defaults.ApiUrl}
  --token TOKEN              bearer token; prefer ${CredentialEnv.Token}
  --api-key KEY, --org SLUG  API key and org; prefer ${CredentialEnv.ApiKey} and ${CredentialEnv.Org}
  --retries N, --retry-for SECONDS, --timeout SECONDS, --max-log-bytes BYTES
  --include-run-info false   leave ciRun (the CI run's URL, ids, commit) out of the output
  --dry-run                  validate and print the request without sending it
  --fail-on-error false      exit 0 even when the callback is not delivered
  --json                     print the result as one JSON object on stdout
  --help, --version

Exit codes: 0 delivered (or a dry run), 1 not delivered, 2 usage or input error (and a
SUCCESS refused from one of several parallel jobs without --final: nothing is sent),
3 uncertain: VibeIQ may have processed the callback, the task may already be complete.
`
