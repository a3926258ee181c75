/**
 * This job's steps, polled through the GitHub API with conditional requests: a job that has not
 * changed since the last look answers 304 Not Modified, which GitHub does not count against the
 * rate limit.
 */
import { errorText } from '../core/errors.js'
import {
  cannotReadJobs,
  findThisJob,
  githubClient,
  listAttemptJobs,
  noJobOnThisRunner,
  thisRun,
  type GitHubClient,
  type RunJob,
  type ThisRun
} from './failure-details.js'

/** Bound on each request: a slow API delays the next look, never more. */
export const JOB_POLL_TIMEOUT_MS = 10_000
/** How long to wait out a rate limit whose end the API did not give. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000

export type JobPoll =
  /** The job as it is now (its first look, or it changed). */
  | { kind: 'changed'; job: RunJob }
  | { kind: 'unchanged' }
  /** The job cannot be read, and will not be: no permission, or no such job. */
  | { kind: 'unavailable'; reason: string }
  /** Rate limited: no request before `untilMs`. */
  | { kind: 'limited'; untilMs: number; reason: string }
  /** Worth another look next time. */
  | { kind: 'failed'; reason: string }

interface ApiFailure {
  status?: number
  response?: { headers?: Record<string, string | number | undefined> }
}

export class JobPoller {
  private jobId: number | undefined
  private etag: string | undefined

  constructor(
    private readonly token: string,
    checkRunId: number | undefined,
    private readonly env: NodeJS.ProcessEnv,
    private readonly now: () => number = Date.now,
    private readonly timeoutMs = JOB_POLL_TIMEOUT_MS
  ) {
    this.jobId = checkRunId
  }

  async poll(): Promise<JobPoll> {
    const run = thisRun(this.env)
    if (!run) return { kind: 'unavailable', reason: 'GITHUB_REPOSITORY or GITHUB_RUN_ID is not set' }
    const signal = AbortSignal.timeout(this.timeoutMs)
    try {
      const octokit = await githubClient(this.token, this.env, signal)
      // Without job.check_run_id, the run attempt's jobs are listed once to find this one's id.
      this.jobId ??= findThisJob(await listAttemptJobs(octokit, run), undefined, this.env['RUNNER_NAME'])?.id
      if (!this.jobId) return { kind: 'unavailable', reason: noJobOnThisRunner(run, this.env) }
      return await this.pollJob(octokit, run, this.jobId)
    } catch (error) {
      return this.failure(error as ApiFailure, signal, error)
    }
  }

  private async pollJob(octokit: GitHubClient, run: ThisRun, jobId: number): Promise<JobPoll> {
    const response = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}', {
      owner: run.owner,
      repo: run.repo,
      job_id: jobId,
      headers: this.etag ? { 'if-none-match': this.etag } : {}
    })
    this.etag = response.headers.etag
    return { kind: 'changed', job: response.data as RunJob }
  }

  private failure({ status, response }: ApiFailure, signal: AbortSignal, error: unknown): JobPoll {
    if (status === 304) return { kind: 'unchanged' }
    const headers = response?.headers ?? {}
    const limited =
      status === 429 ||
      (status === 403 && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after']))
    if (limited) {
      return { kind: 'limited', untilMs: this.limitEnd(headers), reason: `rate limited (HTTP ${status})` }
    }
    if (status === 401 || status === 403 || status === 404)
      return { kind: 'unavailable', reason: cannotReadJobs(status) }
    if (signal.aborted)
      return { kind: 'failed', reason: `the GitHub API did not answer within ${this.timeoutMs / 1000} s` }
    return { kind: 'failed', reason: `the GitHub API failed: ${errorText(error)}` }
  }

  private limitEnd(headers: Record<string, string | number | undefined>): number {
    const retryAfter = Number(headers['retry-after'])
    if (retryAfter > 0) return this.now() + retryAfter * 1000
    const reset = Number(headers['x-ratelimit-reset'])
    return reset > 0 ? reset * 1000 : this.now() + DEFAULT_RATE_LIMIT_WAIT_MS
  }
}
