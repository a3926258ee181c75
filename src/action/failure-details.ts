/**
 * The names of this job's failed steps, from the GitHub API. Best effort and bounded in time:
 * the callback never waits on it for more than a few seconds, and goes out without it.
 */
import { errorText } from '../core/errors.js'

export const FAILURE_DETAILS_TIMEOUT_MS = 5000

export type FailureDetails = { failedSteps: string[] } | { unavailable: string }

export interface JobStep {
  name: string
  /** queued, in_progress or completed. */
  status?: string
  conclusion?: string | null
  number?: number
  started_at?: string | null
}

export interface RunJob {
  id: number
  name: string
  status: string
  runner_name?: string | null
  steps?: JobStep[]
}

/** This run, as the runner's variables name it. */
export interface ThisRun {
  owner: string
  repo: string
  runId: number
  attempt: number
}

export function thisRun(env: NodeJS.ProcessEnv): ThisRun | undefined {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  const runId = Number(env['GITHUB_RUN_ID'])
  if (!owner || !repo || !runId) return undefined
  return { owner, repo, runId, attempt: Number(env['GITHUB_RUN_ATTEMPT'] || '1') }
}

/** Loaded on demand: a plain callback never pays for Octokit. */
export async function githubClient(token: string, env: NodeJS.ProcessEnv, signal?: AbortSignal) {
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token, {
    baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    request: { signal, retries: 0 }
  })
}

export type GitHubClient = Awaited<ReturnType<typeof githubClient>>

/** Every job of this run attempt. */
export function listAttemptJobs(octokit: GitHubClient, run: ThisRun): Promise<RunJob[]> {
  return octokit.paginate(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
    owner: run.owner,
    repo: run.repo,
    run_id: run.runId,
    attempt_number: run.attempt,
    per_page: 100
  })
}

export async function fetchFailedSteps(
  token: string,
  checkRunId: number | undefined,
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = FAILURE_DETAILS_TIMEOUT_MS
): Promise<FailureDetails> {
  const run = thisRun(env)
  if (!run) return { unavailable: 'GITHUB_REPOSITORY or GITHUB_RUN_ID is not set' }
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const jobs = await listAttemptJobs(await githubClient(token, env, signal), run)
    const job = findThisJob(jobs, checkRunId, env['RUNNER_NAME'])
    if (!job) return { unavailable: noJobOnThisRunner(run, env) }
    return { failedSteps: failedStepNames(job) }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return { unavailable: cannotReadJobs(status) }
    if (signal.aborted) return { unavailable: `the GitHub API did not answer within ${timeoutMs / 1000} s` }
    return { unavailable: `the GitHub API failed: ${errorText(error)}` }
  }
}

/**
 * By `job.check_run_id` (the job's id) where the runner provides it; otherwise the job in
 * progress on this runner, which runs one job at a time.
 */
export function findThisJob(
  jobs: readonly RunJob[],
  checkRunId: number | undefined,
  runnerName: string | undefined
): RunJob | undefined {
  const byId = checkRunId ? jobs.find(job => job.id === checkRunId) : undefined
  return byId ?? jobs.find(job => job.runner_name === runnerName && job.status === 'in_progress')
}

export function cannotReadJobs(status: number): string {
  return `the token cannot read this run's jobs (HTTP ${status}); grant 'permissions: actions: read'`
}

export function noJobOnThisRunner(run: ThisRun, env: NodeJS.ProcessEnv): string {
  return `no job of run ${run.runId} ran on runner '${env['RUNNER_NAME'] ?? ''}'`
}

export function failedStepNames(job: RunJob): string[] {
  return (job.steps ?? []).filter(step => step.conclusion === 'failure').map(step => step.name)
}
