/**
 * Every word a CI gives for how a job or pipeline ended, as `--status` takes it: one table, so
 * that the docs, `--help` and the usage error list exactly the words the command line accepts.
 * Pure. Each row names where the word comes from; the sources are the CIs' own docs.
 *
 * "Something failed but the job went on" is a FAILURE everywhere: Jenkins' UNSTABLE (a test
 * failed), Azure's SucceededWithIssues (a `continueOnError` step failed, such as failing tests)
 * and Buildkite's soft_failed (a step allowed to fail did). A wrong SUCCESS lets a broken build
 * flow on in VibeIQ; a wrong FAILURE is seen and re-run.
 */
import type { CallbackStatus } from './outcome.js'

export interface StatusWord {
  word: string
  status: CallbackStatus
  /** Which CI says it, and where. */
  from: string
  /** Read only as written: the same word in another case means something else elsewhere. */
  exactCase?: true
}

const S = 'SUCCESS'
const F = 'FAILURE'

export const STATUS_WORD_TABLE: readonly StatusWord[] = [
  { word: 'SUCCESS', status: S, from: 'the callback itself' },
  { word: 'FAILURE', status: F, from: 'the callback itself' },
  // docs.github.com, contexts reference: job.status is success, failure or cancelled
  { word: 'success', status: S, from: 'GitHub Actions job.status, GitLab CI_JOB_STATUS, Drone, Woodpecker' },
  { word: 'failure', status: F, from: 'GitHub Actions job.status, Drone DRONE_BUILD_STATUS, Woodpecker' },
  { word: 'cancelled', status: F, from: 'GitHub Actions job.status' },
  // docs.gitlab.com, predefined variables: CI_JOB_STATUS is success, failed, canceled (after_script);
  // gitlab-runner also sets timedout (common/build.go)
  { word: 'failed', status: F, from: 'GitLab CI_JOB_STATUS, Semaphore SEMAPHORE_JOB_RESULT, Tekton, Argo' },
  { word: 'canceled', status: F, from: 'GitLab CI_JOB_STATUS, Azure Agent.JobStatus' },
  { word: 'timedout', status: F, from: 'GitLab CI_JOB_STATUS' },
  // learn.microsoft.com, predefined variables: Agent.JobStatus is Canceled, Failed, Succeeded,
  // SucceededWithIssues (partially successful); Skipped is a task result
  {
    word: 'Succeeded',
    status: S,
    from: 'Azure Agent.JobStatus, Tekton $(tasks.status), Argo {{workflow.status}}'
  },
  { word: 'SucceededWithIssues', status: F, from: 'Azure Agent.JobStatus (a step that may fail failed)' },
  { word: 'Skipped', status: F, from: 'Azure (a job that did not run did not do the work)' },
  // jenkins.io, pipeline syntax: currentBuild.currentResult is SUCCESS, UNSTABLE, FAILURE, ABORTED
  // (hudson.model.Result also has NOT_BUILT)
  { word: 'UNSTABLE', status: F, from: 'Jenkins currentBuild.currentResult (tests failed)' },
  { word: 'ABORTED', status: F, from: 'Jenkins currentBuild.currentResult' },
  { word: 'NOT_BUILT', status: F, from: 'Jenkins currentBuild.currentResult' },
  // docs.semaphoreci.com, environment variables: SEMAPHORE_JOB_RESULT is passed, failed or stopped
  { word: 'passed', status: S, from: 'Semaphore SEMAPHORE_JOB_RESULT, Buildkite step outcome' },
  { word: 'stopped', status: F, from: 'Semaphore SEMAPHORE_JOB_RESULT' },
  // tekton.dev, pipelines: $(tasks.status) is Succeeded, Completed (succeeded, some skipped),
  // Failed, or None (not all ended)
  // Only as Tekton writes it: GitHub's `completed` (workflow_run.status, check_run.status) and
  // Azure's build status say that a run ended, not how, so they are refused below.
  {
    word: 'Completed',
    status: S,
    from: 'Tekton $(tasks.status): every task succeeded, some were skipped',
    exactCase: true
  },
  // argo-workflows.readthedocs.io, variables: {{workflow.status}} in an exit handler is
  // Succeeded, Failed or Error
  { word: 'Error', status: F, from: 'Argo {{workflow.status}}' },
  // buildkite.com/docs, buildkite-agent step get outcome: passed, soft_failed, hard_failed, errored
  { word: 'soft_failed', status: F, from: 'Buildkite step outcome (a step allowed to fail failed)' },
  { word: 'hard_failed', status: F, from: 'Buildkite step outcome' },
  { word: 'errored', status: F, from: 'Buildkite step outcome' }
]

/** Words that say the job has not ended: refused, as a status taken from them would be a guess. */
export const NOT_ENDED_WORDS: readonly string[] = ['running', 'pending', 'None', 'created', 'started']

/**
 * Words that say a run ended but not how (GitHub's `status` beside its `conclusion`, Azure's
 * build status beside its result): refused, as a status taken from them would be a guess.
 */
export const RESULTLESS_WORDS: readonly string[] = ['completed']

const BY_WORD: ReadonlyMap<string, CallbackStatus> = new Map(
  STATUS_WORD_TABLE.filter(row => !row.exactCase).map(row => [row.word.toLowerCase(), row.status])
)
const BY_EXACT_WORD: ReadonlyMap<string, CallbackStatus> = new Map(
  STATUS_WORD_TABLE.filter(row => row.exactCase).map(row => [row.word, row.status])
)

/** The status a CI's word means; undefined for a word not in the table. */
export function statusOfWord(word: string): CallbackStatus | undefined {
  const text = word.trim()
  return BY_EXACT_WORD.get(text) ?? BY_WORD.get(text.toLowerCase())
}

export function isResultlessWord(word: string): boolean {
  const text = word.trim()
  return statusOfWord(text) === undefined && RESULTLESS_WORDS.includes(text.toLowerCase())
}

/** An exit status: 0 passed, any other whole number failed. Undefined for anything else. */
export function statusOfExitCode(code: string): CallbackStatus | undefined {
  const text = code.trim()
  if (!/^-?\d+$/.test(text)) return undefined
  return Number(text) === 0 ? 'SUCCESS' : 'FAILURE'
}

export function isNotEndedWord(word: string): boolean {
  return NOT_ENDED_WORDS.some(w => w.toLowerCase() === word.trim().toLowerCase())
}

/** The accepted words, each once, for `--help` and the usage error. */
export function acceptedWords(): string {
  return STATUS_WORD_TABLE.map(row => row.word).join(', ')
}
