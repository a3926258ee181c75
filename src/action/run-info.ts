/** What identifies this GitHub run, read from the variables the runner sets for every step. */
export interface RunInfo {
  url?: string
  repository?: string
  workflow?: string
  job?: string
  runId?: string
  runAttempt?: string
  sha?: string
  ref?: string
  eventName?: string
  actor?: string
}

export function readRunInfo(env: NodeJS.ProcessEnv = process.env): RunInfo {
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com'
  const repository = env['GITHUB_REPOSITORY'] || undefined
  const runId = env['GITHUB_RUN_ID'] || undefined
  const info: RunInfo = {
    url: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
    repository,
    workflow: env['GITHUB_WORKFLOW'] || undefined,
    job: env['GITHUB_JOB'] || undefined,
    runId,
    runAttempt: env['GITHUB_RUN_ATTEMPT'] || undefined,
    sha: env['GITHUB_SHA'] || undefined,
    ref: env['GITHUB_REF'] || undefined,
    eventName: env['GITHUB_EVENT_NAME'] || undefined,
    actor: env['GITHUB_ACTOR'] || undefined
  }
  // Drop what the runner did not set, so the task's output holds no nulls.
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined))
}
