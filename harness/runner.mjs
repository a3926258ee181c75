// A stand-in for the GitHub runner: runs dist/index.js as a child process the way the runner
// does. Every input declared in action.yml is passed as INPUT_<NAME> with its default filled
// in, the GITHUB_* and RUNNER_* variables and the file commands are set up, the post phase
// runs with the STATE_* variables the main phase saved, and what a step exports through
// GITHUB_ENV reaches the steps after it. When the job ends, processes its steps left running
// are killed, as the runner does. Used by the end-to-end tests, the demo and the benchmarks;
// never bundled.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const ACTION_ENTRY = join(ROOT, 'dist', 'index.js')

/**
 * @typedef {object} StepResult
 * @property {number | null} exitCode
 * @property {string} stdout
 * @property {string} stderr
 * @property {Record<string, string>} outputs from GITHUB_OUTPUT
 * @property {Record<string, string>} state from GITHUB_STATE
 * @property {string} summary GITHUB_STEP_SUMMARY's content
 * @property {Command[]} commands workflow commands the runner would act on
 * @property {string[]} masked values registered with ::add-mask::
 * @property {number} durationMs
 */

/**
 * @typedef {object} Command
 * @property {string} name
 * @property {Record<string, string>} properties
 * @property {string} message
 */

/**
 * @typedef {object} StepOptions
 * @property {Record<string, string>} [with] the step's `with:` values
 * @property {Record<string, string>} [env] extra environment
 * @property {string} [node] the node binary
 * @property {string[]} [nodeArgs]
 * @property {number} [timeoutMs] kill the step after this long
 * @property {(child: import('node:child_process').ChildProcess) => void} [onStart] given the
 *   step's process once it runs: a test signals it as the runner cancels a step
 */

/** @typedef {{ name: string, default?: string }} InputSpec */

/** @returns {InputSpec[]} */
export function actionInputs(actionFile = join(ROOT, 'action.yml')) {
  const action = parse(readFileSync(actionFile, 'utf8'))
  return Object.entries(action.inputs ?? {}).map(([name, spec]) => ({
    name,
    default: spec?.default === undefined ? undefined : String(spec.default)
  }))
}

/**
 * One job: a workspace, a RUNNER_TEMP shared by its steps, an event, and a job status that
 * changes as steps fail.
 * @param {object} [options]
 * @param {string} [options.eventName]
 * @param {object} [options.event] the payload at GITHUB_EVENT_PATH
 * @param {string} [options.githubToken]
 * @param {string} [options.githubApiUrl]
 * @param {string} [options.checkRunId]
 */
export function createJob(options = {}) {
  const root = mkdtempSync(join(tmpdir(), 'runner-stand-in-'))
  const workspace = join(root, 'workspace')
  const runnerTemp = join(root, 'temp')
  mkdirSync(workspace, { recursive: true })
  mkdirSync(runnerTemp, { recursive: true })
  const eventPath = join(root, 'event.json')
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}))
  const inputs = actionInputs()
  const trackingId = `github_${randomUUID()}`
  let stepCount = 0

  const job = {
    root,
    workspace,
    runnerTemp,
    /** `${{ job.status }}` as the runner evaluates it for the next step. */
    status: 'success',
    githubToken: options.githubToken ?? 'ghs_standInGithubToken0123456789',
    /** @type {Record<string, string>} what the steps so far exported through GITHUB_ENV */
    exported: {},

    /** The environment every step of this job sees. */
    baseEnv() {
      return {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? root,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: options.githubApiUrl ?? 'https://api.github.com',
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_REPOSITORY_OWNER: 'acme',
        GITHUB_WORKFLOW: 'Build for VibeIQ',
        GITHUB_JOB: 'build',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_NUMBER: '7',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_ACTOR: 'octocat',
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: runnerTemp,
        RUNNER_NAME: 'GitHub Actions 7',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        // The runner marks every process of a job with it, and kills those left when the job ends.
        RUNNER_TRACKING_ID: trackingId
      }
    },

    /** INPUT_* for every declared input: the step's value, else the default as the runner evaluates it. */
    inputEnv(/** @type {Record<string, string>} */ given = {}) {
      for (const name of Object.keys(given)) {
        if (!inputs.some(input => input.name === name))
          throw new Error(`action.yml declares no input '${name}'`)
      }
      /** @type {Record<string, string>} */
      const env = {}
      for (const input of inputs) {
        const value = given[input.name] ?? evaluateDefault(input.default ?? '', job, options)
        env[`INPUT_${input.name.replace(/ /g, '_').toUpperCase()}`] = value
      }
      return env
    },

    /**
     * Runs the main phase of a step; `post()` on the result runs its post phase later, with
     * the state it saved and the inputs evaluated again.
     * @param {StepOptions} [step]
     */
    async run(step = {}) {
      const stepId = `step${++stepCount}`
      const main = await runPhase(job, stepId, 'main', step, {})
      return Object.assign(main, {
        /** @param {StepOptions} [overrides] */
        post: (overrides = {}) =>
          runPhase(job, stepId, 'post', { ...step, ...overrides }, stateEnv(main.state))
      })
    },

    /**
     * A `run:` step: `sh -c script` in the workspace, with the job's environment and what
     * earlier steps exported.
     * @param {string} script
     */
    async shell(script) {
      const result = await spawnNode('sh', ['-c', script], {
        env: { ...job.baseEnv(), ...job.exported },
        cwd: workspace,
        timeoutMs: 30_000
      })
      if (result.exitCode !== 0) job.status = 'failure'
      return result
    },

    /** The processes still running that a step of this job started (Linux only: none elsewhere). */
    leftRunning() {
      return processesWithEnv(`RUNNER_TRACKING_ID=${trackingId}`)
    },

    /** Ends the job: kills what its steps left running, as the runner does, and removes its files. */
    cleanup() {
      for (const pid of job.leftRunning()) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
      rmSync(root, { recursive: true, force: true })
    }
  }
  return job
}

/**
 * Pids of the live processes whose environment holds `entry` (NAME=value), read from /proc
 * (where the environment of a process that exited, but was not collected, cannot be read).
 * @param {string} entry
 * @returns {number[]}
 */
function processesWithEnv(entry) {
  if (!existsSync('/proc/self/environ')) return []
  /** @type {number[]} */
  const found = []
  for (const name of readdirSync('/proc')) {
    const pid = Number(name)
    if (!Number.isInteger(pid) || pid === process.pid) continue
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry)) found.push(pid)
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return found
}

/**
 * @param {string} value
 * @param {{ status: string, githubToken: string }} job
 * @param {{ checkRunId?: string }} options
 */
function evaluateDefault(value, job, options) {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression) => {
    switch (expression) {
      case 'job.status':
        return job.status
      case 'github.token':
        return job.githubToken
      case 'job.check_run_id':
        return options.checkRunId ?? ''
      default:
        throw new Error(`the runner stand-in cannot evaluate \${{ ${expression} }}`)
    }
  })
}

/** @param {Record<string, string>} state */
function stateEnv(state) {
  return Object.fromEntries(Object.entries(state).map(([key, value]) => [`STATE_${key}`, value]))
}

/**
 * @param {ReturnType<typeof createJob>} job
 * @param {string} stepId
 * @param {'main' | 'post'} phase
 * @param {StepOptions} step
 * @param {Record<string, string>} extraEnv
 * @returns {Promise<StepResult>}
 */
async function runPhase(job, stepId, phase, step, extraEnv) {
  const files = join(job.root, `${stepId}-${phase}`)
  mkdirSync(files, { recursive: true })
  const paths = {
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STATE: join(files, 'state'),
    GITHUB_ENV: join(files, 'env'),
    GITHUB_PATH: join(files, 'path'),
    GITHUB_STEP_SUMMARY: join(files, 'summary')
  }
  for (const path of Object.values(paths)) writeFileSync(path, '')
  const env = {
    ...job.baseEnv(),
    ...job.exported,
    ...paths,
    ...job.inputEnv(step.with),
    ...extraEnv,
    ...step.env
  }
  const started = performance.now()
  const { exitCode, stdout, stderr } = await spawnNode(
    step.node ?? process.execPath,
    [...(step.nodeArgs ?? []), ACTION_ENTRY],
    {
      env,
      cwd: job.workspace,
      timeoutMs: step.timeoutMs ?? 120_000,
      onStart: step.onStart
    }
  )
  const durationMs = performance.now() - started
  // As the runner does: a failed step makes the job's status 'failure' for the steps after it.
  if (exitCode !== 0 && phase === 'main') job.status = 'failure'
  Object.assign(job.exported, parseFileCommand(readFileSync(paths.GITHUB_ENV, 'utf8')))
  return { exitCode, stdout, stderr, durationMs, ...readStepResult(paths, stdout) }
}

/**
 * What a step left behind: its file commands, its summary, and the workflow commands in its log.
 * @param {{ GITHUB_OUTPUT: string, GITHUB_STATE: string, GITHUB_STEP_SUMMARY: string }} paths
 * @param {string} stdout
 */
export function readStepResult(paths, stdout) {
  return {
    outputs: parseFileCommand(readFileSync(paths.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommand(readFileSync(paths.GITHUB_STATE, 'utf8')),
    summary: readFileSync(paths.GITHUB_STEP_SUMMARY, 'utf8'),
    ...parseCommands(stdout)
  }
}

/**
 * @param {string} node
 * @param {string[]} args
 * @param {{ env: Record<string, string>, cwd: string, timeoutMs: number, onStart?: (child: import('node:child_process').ChildProcess) => void }} options
 * @returns {Promise<{ exitCode: number | null, stdout: string, stderr: string }>}
 */
export function spawnNode(node, args, options) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    options.onStart?.(child)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolvePromise({ exitCode: code, stdout, stderr })
    })
  })
}

/**
 * Reads `name=value` and `name<<delimiter` entries, as the runner reads GITHUB_OUTPUT.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseFileCommand(text) {
  /** @type {Record<string, string>} */
  const values = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (!line) continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const value = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      if (i >= lines.length) throw new Error(`unterminated value for '${name}' (delimiter ${delimiter})`)
      values[name] = value.join('\n')
    } else {
      const eq = line.indexOf('=')
      if (eq < 0) throw new Error(`malformed file command line: ${line}`)
      values[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return values
}

/**
 * The workflow commands the runner would act on, with `::stop-commands::` honoured.
 * @param {string} stdout
 */
export function parseCommands(stdout) {
  /** @type {Command[]} */
  const commands = []
  /** @type {string[]} */
  const masked = []
  let resumeToken = ''
  for (const line of stdout.split(/\r?\n/)) {
    if (resumeToken) {
      if (line === `::${resumeToken}::`) resumeToken = ''
      continue
    }
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const [, name = '', props = '', message = ''] = match
    /** @type {Record<string, string>} */
    const properties = {}
    for (const pair of props.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    const text = unescapeData(message)
    if (name === 'stop-commands') resumeToken = text
    if (name === 'add-mask') masked.push(text)
    commands.push({ name, properties, message: text })
  }
  return { commands, masked }
}

/** @param {string} s */
function unescapeData(s) {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** @param {string} s */
function unescapeProperty(s) {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
}
