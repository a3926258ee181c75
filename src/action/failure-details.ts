/**
 * The names of this job's failed steps, from the GitHub API. Best effort and bounded in time:
 * the callback never waits on it for more than a few seconds, and goes out without it.
 */
import { errorText } from '../core/errors.js'

export const FAILURE_DETAILS_TIMEOUT_MS = 5000

export type FailureDetails = { failedSteps: string[] } | { unavailable: string }

interface JobStep {
  name: string
  conclusion?: string | null
}

interface RunJob {
  id: number
  name: string
  status: string
  runner_name?: string | null
  steps?: JobStep[]
}

export async function fetchFailedSteps(
  token: string,
  checkRunId: number | undefined,
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = FAILURE_DETAILS_TIMEOUT_MS
): Promise<FailureDetails> {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  const runId = Number(env['GITHUB_RUN_ID'])
  if (!owner || !repo || !runId) return { unavailable: 'GITHUB_REPOSITORY or GITHUB_RUN_ID is not set' }
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    // Loaded here: a plain callback never pays for Octokit.
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(token, {
      baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
      request: { signal, retries: 0 }
    })
    const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
      owner,
      repo,
      run_id: runId,
      attempt_number: Number(env['GITHUB_RUN_ATTEMPT'] || '1'),
      per_page: 100
    })
    const job = findThisJob(jobs, checkRunId, env['RUNNER_NAME'])
    if (!job) return { unavailable: `no job of run ${runId} ran on runner '${env['RUNNER_NAME'] ?? ''}'` }
    return { failedSteps: failedStepNames(job) }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) {
      return {
        unavailable: `the token cannot read this run's jobs (HTTP ${status}); grant 'permissions: actions: read'`
      }
    }
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

export function failedStepNames(job: RunJob): string[] {
  return (job.steps ?? []).filter(step => step.conclusion === 'failure').map(step => step.name)
}
