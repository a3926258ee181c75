/**
 * What the command-line program knows of each CI: how to recognise it, how it tells a job's
 * status at the end of the job, and the variables that say which run this is. One row per CI:
 * adding a CI means adding a row here and its test, nothing else. Pure: the environment comes in.
 */
import { STATUS_WORDS, type CallbackStatus } from '../core/outcome.js'

type Env = NodeJS.ProcessEnv

/** `output.ciRun`: enough for a person in VibeIQ to find the job. */
export interface CiRun {
  provider: string
  url?: string
  pipeline?: string
  job?: string
  id?: string
  attempt?: string
  sha?: string
  ref?: string
  actor?: string
}

/** The job's status as the CI tells it, or why it cannot. */
export type CiStatus = { status: CallbackStatus; reason: string } | { unavailable: string }

export interface CiProvider {
  /** As it appears in `ciRun.provider`. */
  id: string
  /** As it appears in messages. */
  name: string
  detect(env: Env): boolean
  /** The job's status from the CI's own variables, where the CI has one. */
  jobStatus(env: Env): CiStatus
  run(env: Env): CiRun
}

const get = (env: Env, name: string): string | undefined => env[name]?.trim() || undefined

/** A status variable that holds one of `values` once the job has ended. */
function fromStatusVariable(
  env: Env,
  variable: string,
  values: readonly string[],
  notEnded: string
): CiStatus {
  const value = get(env, variable)
  const known = values.find(v => v.toLowerCase() === value?.toLowerCase())
  const status = known && STATUS_WORDS[known.toLowerCase()]
  if (status) return { status, reason: `${variable} is ${value}` }
  if (value === undefined) return { unavailable: `${variable} is not set (${notEnded})` }
  return { unavailable: `${variable} is '${value}', not one of ${values.join(', ')} (${notEnded})` }
}

/** `0` passed, anything else failed: the exit-code variables of Bitbucket and Buildkite. */
function fromExitCode(env: Env, variable: string, where: string): CiStatus {
  const code = get(env, variable)
  if (code === undefined) return { unavailable: `${variable} is not set (it is set ${where})` }
  if (!/^-?\d+$/.test(code)) return { unavailable: `${variable} is '${code}', not an exit code` }
  return code === '0'
    ? { status: 'SUCCESS', reason: `${variable} is 0` }
    : { status: 'FAILURE', reason: `${variable} is ${code}` }
}

/** A CI that has no status variable: `--status` must say it. */
const noStatusVariable = (hint: string) => (): CiStatus => ({ unavailable: hint })

/** The URL as a person can open it: no user, password or token in it. */
function withoutCredentials(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.toString()
  } catch {
    return undefined
  }
}

/** Drops what the CI did not set, so the task's output holds no nulls. */
function compact(run: CiRun): CiRun {
  return Object.fromEntries(Object.entries(run).filter(([, v]) => v !== undefined)) as CiRun
}

const github: CiProvider = {
  id: 'github-actions',
  name: 'GitHub Actions',
  detect: env => get(env, 'GITHUB_ACTIONS') === 'true',
  jobStatus: noStatusVariable(
    'GitHub Actions gives the job status only as ${{ job.status }}: pass --status "${{ job.status }}" in a step with if: always()'
  ),
  run: env => {
    const server = get(env, 'GITHUB_SERVER_URL') ?? 'https://github.com'
    const repository = get(env, 'GITHUB_REPOSITORY')
    const runId = get(env, 'GITHUB_RUN_ID')
    return {
      provider: 'github-actions',
      url: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
      pipeline: get(env, 'GITHUB_WORKFLOW'),
      job: get(env, 'GITHUB_JOB'),
      id: runId,
      attempt: get(env, 'GITHUB_RUN_ATTEMPT'),
      sha: get(env, 'GITHUB_SHA'),
      ref: get(env, 'GITHUB_REF'),
      actor: get(env, 'GITHUB_ACTOR')
    }
  }
}

const gitlab: CiProvider = {
  id: 'gitlab',
  name: 'GitLab CI',
  detect: env => get(env, 'GITLAB_CI') === 'true',
  jobStatus: env =>
    fromStatusVariable(
      env,
      'CI_JOB_STATUS',
      ['success', 'failed', 'canceled', 'timedout'],
      'GitLab sets it when the job has ended: run this command in after_script'
    ),
  run: env => ({
    provider: 'gitlab',
    url: withoutCredentials(get(env, 'CI_JOB_URL') ?? get(env, 'CI_PIPELINE_URL')),
    pipeline: get(env, 'CI_PIPELINE_ID'),
    job: get(env, 'CI_JOB_NAME'),
    id: get(env, 'CI_JOB_ID'),
    sha: get(env, 'CI_COMMIT_SHA'),
    ref: get(env, 'CI_COMMIT_REF_NAME'),
    actor: get(env, 'GITLAB_USER_LOGIN')
  })
}

const azure: CiProvider = {
  id: 'azure-pipelines',
  name: 'Azure Pipelines',
  detect: env => get(env, 'TF_BUILD')?.toLowerCase() === 'true',
  // Skipped is a task result more than a job status; a job that did not run did not do the work.
  jobStatus: env =>
    fromStatusVariable(
      env,
      'AGENT_JOBSTATUS',
      ['Succeeded', 'SucceededWithIssues', 'Failed', 'Canceled', 'Skipped'],
      'Azure sets it for steps that run at the end of the job: use condition: always()'
    ),
  run: env => {
    const collection = get(env, 'SYSTEM_COLLECTIONURI')
    const project = get(env, 'SYSTEM_TEAMPROJECT')
    const buildId = get(env, 'BUILD_BUILDID')
    const base = collection?.endsWith('/') ? collection : collection && `${collection}/`
    return {
      provider: 'azure-pipelines',
      url:
        base && project && buildId
          ? withoutCredentials(`${base}${encodeURIComponent(project)}/_build/results?buildId=${buildId}`)
          : undefined,
      pipeline: get(env, 'BUILD_DEFINITIONNAME'),
      job: get(env, 'SYSTEM_JOBDISPLAYNAME') ?? get(env, 'SYSTEM_JOBNAME'),
      id: buildId,
      attempt: get(env, 'SYSTEM_JOBATTEMPT'),
      sha: get(env, 'BUILD_SOURCEVERSION'),
      ref: get(env, 'BUILD_SOURCEBRANCH'),
      actor: get(env, 'BUILD_REQUESTEDFOR')
    }
  }
}

const circleci: CiProvider = {
  id: 'circleci',
  name: 'CircleCI',
  detect: env => get(env, 'CIRCLECI') === 'true',
  jobStatus: noStatusVariable(
    'CircleCI has no job-status variable: pass --status failure in a step with when: on_fail, and --status success in one with when: on_success'
  ),
  run: env => {
    const owner = get(env, 'CIRCLE_PROJECT_USERNAME')
    const repo = get(env, 'CIRCLE_PROJECT_REPONAME')
    return {
      provider: 'circleci',
      url: withoutCredentials(get(env, 'CIRCLE_BUILD_URL')),
      pipeline: owner && repo ? `${owner}/${repo}` : undefined,
      job: get(env, 'CIRCLE_JOB'),
      id: get(env, 'CIRCLE_BUILD_NUM'),
      sha: get(env, 'CIRCLE_SHA1'),
      ref: get(env, 'CIRCLE_TAG') ?? get(env, 'CIRCLE_BRANCH'),
      actor: get(env, 'CIRCLE_USERNAME')
    }
  }
}

const bitbucket: CiProvider = {
  id: 'bitbucket-pipelines',
  name: 'Bitbucket Pipelines',
  detect: env =>
    get(env, 'BITBUCKET_BUILD_NUMBER') !== undefined && get(env, 'BITBUCKET_COMMIT') !== undefined,
  jobStatus: env => fromExitCode(env, 'BITBUCKET_EXIT_CODE', 'in after-script'),
  run: env => {
    const repository = get(env, 'BITBUCKET_REPO_FULL_NAME')
    const build = get(env, 'BITBUCKET_BUILD_NUMBER')
    return {
      provider: 'bitbucket-pipelines',
      url: repository && build ? `https://bitbucket.org/${repository}/pipelines/results/${build}` : undefined,
      pipeline: repository,
      job: get(env, 'BITBUCKET_STEP_UUID'),
      id: build,
      attempt: get(env, 'BITBUCKET_STEP_RUN_NUMBER'),
      sha: get(env, 'BITBUCKET_COMMIT'),
      ref: get(env, 'BITBUCKET_TAG') ?? get(env, 'BITBUCKET_BRANCH'),
      actor: get(env, 'BITBUCKET_STEP_TRIGGERER_UUID')
    }
  }
}

const buildkite: CiProvider = {
  id: 'buildkite',
  name: 'Buildkite',
  detect: env => get(env, 'BUILDKITE') === 'true',
  jobStatus: env => {
    if (get(env, 'BUILDKITE_JOB_CANCELLED') === 'true') {
      return { status: 'FAILURE', reason: 'BUILDKITE_JOB_CANCELLED is true' }
    }
    return fromExitCode(env, 'BUILDKITE_COMMAND_EXIT_STATUS', 'in a post-command hook')
  },
  run: env => {
    const retries = Number(get(env, 'BUILDKITE_RETRY_COUNT'))
    return {
      provider: 'buildkite',
      url: withoutCredentials(get(env, 'BUILDKITE_BUILD_URL')),
      pipeline: get(env, 'BUILDKITE_PIPELINE_SLUG'),
      job: get(env, 'BUILDKITE_LABEL'),
      id: get(env, 'BUILDKITE_BUILD_NUMBER'),
      attempt: Number.isInteger(retries) && retries >= 0 ? String(retries + 1) : undefined,
      sha: get(env, 'BUILDKITE_COMMIT'),
      ref: get(env, 'BUILDKITE_TAG') ?? get(env, 'BUILDKITE_BRANCH'),
      actor: get(env, 'BUILDKITE_BUILD_CREATOR')
    }
  }
}

const jenkins: CiProvider = {
  id: 'jenkins',
  name: 'Jenkins',
  detect: env => get(env, 'JENKINS_URL') !== undefined || get(env, 'JENKINS_HOME') !== undefined,
  jobStatus: noStatusVariable(
    'Jenkins gives the build result only to the pipeline script: pass --status ${currentBuild.currentResult} in post { always { ... } }'
  ),
  run: env => ({
    provider: 'jenkins',
    url: withoutCredentials(get(env, 'BUILD_URL')),
    pipeline: get(env, 'JOB_NAME'),
    job: get(env, 'STAGE_NAME') ?? get(env, 'JOB_BASE_NAME'),
    id: get(env, 'BUILD_NUMBER'),
    sha: get(env, 'GIT_COMMIT'),
    ref: get(env, 'TAG_NAME') ?? get(env, 'BRANCH_NAME') ?? get(env, 'GIT_BRANCH')
  })
}

/** Most specific first: Jenkins' markers are the weakest, so it comes last. */
export const CI_PROVIDERS: readonly CiProvider[] = [
  github,
  gitlab,
  azure,
  circleci,
  bitbucket,
  buildkite,
  jenkins
]

export function detectCi(env: Env): CiProvider | undefined {
  return CI_PROVIDERS.find(provider => provider.detect(env))
}

export function ciRun(provider: CiProvider | undefined, env: Env): CiRun {
  return compact(provider ? provider.run(env) : { provider: 'unknown' })
}
