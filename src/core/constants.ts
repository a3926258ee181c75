/** Every name the action shares with action.yml, the runner or VibeIQ, in one place. */

export const ACTION_NAME = 'vibeiq-task-callback'
export const ACTION_VERSION = '1.0.0'
export const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION}`

export const Inputs = {
  TaskId: 'task-id',
  Status: 'status',
  JobStatus: 'job-status',
  Needs: 'needs',
  Logs: 'logs',
  LogsFile: 'logs-file',
  Output: 'output',
  Subtext: 'subtext',
  Token: 'token',
  ApiKey: 'api-key',
  Org: 'org',
  ApiUrl: 'api-url',
  Mode: 'mode',
  Retries: 'retries',
  RetryFor: 'retry-for',
  Timeout: 'timeout',
  IncludeRunInfo: 'include-run-info',
  MaxLogBytes: 'max-log-bytes',
  DryRun: 'dry-run',
  FailOnError: 'fail-on-error',
  GithubToken: 'github-token',
  JunitFiles: 'junit-files',
  FailOnTestFailures: 'fail-on-test-failures',
  JobCheckRunId: 'job-check-run-id',
  Progress: 'progress',
  ProgressInterval: 'progress-interval'
} as const

export const Outputs = {
  TaskId: 'task-id',
  Status: 'status',
  HttpStatus: 'http-status',
  Attempts: 'attempts',
  Response: 'response',
  Delivered: 'delivered',
  Outcome: 'outcome',
  Body: 'body',
  TestsTotal: 'tests-total',
  TestsPassed: 'tests-passed',
  TestsFailed: 'tests-failed',
  TestsSkipped: 'tests-skipped',
  TestsFlaky: 'tests-flaky'
} as const

/** Environment variables the credential inputs fall back to. */
export const CredentialEnv = {
  Token: 'VIBEIQ_TOKEN',
  ApiKey: 'VIBEIQ_API_KEY',
  Org: 'VIBEIQ_ORG_SLUG'
} as const

/** Keys saved with core.saveState; the post phase reads them back as STATE_<key>. */
export const State = {
  IsPost: 'isPost',
  /** Set by a watch step's main phase: its post phase owes the callback. */
  Watching: 'watching',
  /** The progress reporter's process id, for the post phase to stop it. */
  ProgressPid: 'progressPid',
  /** The progress reporter's directory in RUNNER_TEMP, which also tells that process apart. */
  ProgressDirectory: 'progressDirectory'
} as const

/** Environment variables of the progress reporter (see progress-control.ts). */
export const ProgressEnv = {
  /** Exported to the job's later steps: the file whose newest line becomes the subtext. */
  File: 'VIBEIQ_PROGRESS',
  /** Set only in the reporter's own environment: the bundle starts as the reporter. */
  Reporter: 'VIBEIQ_TASK_CALLBACK_REPORTER'
} as const

export const Defaults = {
  ApiUrl: 'https://api.vibeiq.com/prod/api',
  Mode: 'callback',
  Retries: 50,
  RetryForSeconds: 300,
  TimeoutSeconds: 30,
  MaxLogBytes: 262_144,
  IncludeRunInfo: true,
  DryRun: false,
  FailOnError: true,
  FailOnTestFailures: false,
  Progress: 'steps',
  ProgressIntervalSeconds: 15
} as const

/** The `response` output keeps at most this much of the server's answer. */
export const MAX_RESPONSE_OUTPUT_BYTES = 64 * 1024
/** Smallest `max-log-bytes`: room for a head, a tail and the line that joins them. */
export const MIN_LOG_BYTES = 1024
export const MAX_RETRIES = 100
export const MAX_RETRY_FOR_SECONDS = 3600
/**
 * A progress update is best effort: it gives up sooner than a callback, so that an outage does
 * not hold a job at its watch step.
 */
export const SUBTEXT_RETRY_FOR_MS = 30_000
/**
 * The runner gives a cancelled job's post steps 5 minutes before it kills them; a watch step's
 * post phase in a cancelled job (stopping the reporter, reading logs and JUnit reports, and the
 * delivery with every retry) ends within this, leaving a minute to spare.
 */
export const CANCELLED_POST_PHASE_MS = 240_000
/** The longest the JUnit reports are read, all together (here, so that a plain callback loads no reader). */
export const JUNIT_READ_MS = 60_000

/** Seconds between the progress reporter's polls: at least this, since each may cost an API request. */
export const MIN_PROGRESS_INTERVAL_SECONDS = 2
export const MAX_PROGRESS_INTERVAL_SECONDS = 3600

export const CallbackPath = '/external-events/callback/'
export const taskPath = (taskId: string): string => `/event-workflow-tasks/${taskId}`
